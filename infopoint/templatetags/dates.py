"""Dates as each language writes them, for templates: `{% load dates %}`."""

from django import template
from django.utils import formats
from django.utils.translation import get_language

register = template.Library()


@register.filter
def weekday_and_day(value):
    """«понедельник, 7 декабря» / «Monday, 7 December».

    Russian writes the names of weekdays in lower case; Django's catalogue capitalises
    them, as they stand alone in a calendar's heading.
    """
    if not value:
        return ""
    weekday = formats.date_format(value, "l")
    if (get_language() or "").startswith("ru"):
        weekday = weekday.lower()
    return f"{weekday}, {formats.date_format(value, 'MONTH_DAY_FORMAT')}"
