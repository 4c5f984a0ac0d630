"""The timeline lines the portal writes itself, kept as data and read in the reader's
language.

A line such as «Направлено в Торгово-промышленную палату: …» used to be kept only as
text in the language of the page it was written from, so an English reader saw Russian
lines. Such a line now also keeps which message it is and with what (`CaseEvent.data`:
the partner's names in both languages, the date as a date, the answer as its status), and
the case page renders it again in the reader's language. `CaseEvent.text` keeps the line
as written: what the personal-data export hands out, and what lines written before, and
notes people write, show.
"""

from datetime import date, datetime

from django.utils import formats, timezone
from django.utils.translation import get_language, gettext, gettext_noop

MESSAGES = {
    "referral_sent": gettext_noop("Referred to %(organisation)s: %(reason)s"),
    "referral_withdrawn": gettext_noop("Referral withdrawn: %(organisation)s. Reason: %(reason)s"),
    "referral_no_answer": gettext_noop("No answer from %(organisation)s by %(date)s"),
    "partner_answer": gettext_noop("%(organisation)s answered: %(answer)s"),
    "follow_up": gettext_noop("Follow-up on %(date)s: %(text)s"),
    "follow_up_done": gettext_noop("Follow-up done: %(text)s"),
    "booking": gettext_noop("Consultation booked for %(time)s"),
    "booking_confirmed": gettext_noop("Booking confirmed for %(time)s"),
    "booking_moved": gettext_noop("Booking moved from %(before)s to %(after)s"),
    "feedback_invitation": gettext_noop("Feedback invitation created."),
    # The titles of the pages handed out, one a line, with no words around them.
    "handout": None,
}


def names(russian: str, english: str = "") -> dict:
    """A name in both languages (a partner's, an article's)."""
    return {"ru": russian, "en": english}


def day(value: date) -> dict:
    return {"date": value.isoformat()}


def moment(value: datetime) -> dict:
    return {"time": value.isoformat()}


def referral_status(value: str) -> dict:
    return {"referral_status": value}


def line(message: str, **params) -> dict:
    """The data of a timeline line: `message` (a key of MESSAGES) and its params, each a
    plain text (written by a person: kept as written) or one of the values above. A
    `note` param follows the line on a line of its own."""
    return {"message": message, "params": params}


def article_titles(articles) -> list:
    """The titles of `articles` in both languages, from the published revisions loaded
    with them (selectors: no query per article)."""
    return [
        names(
            article.published_ru.title if article.published_ru_id else article.title,
            article.published_en.title if article.published_en_id else "",
        )
        for article in articles
    ]


def render(data: dict) -> str:
    """The line in the active language."""
    if data["message"] == "handout":
        return "\n".join(_value(title) for title in data["params"]["articles"])
    text = gettext(MESSAGES[data["message"]])
    params = {key: _value(value) for key, value in data.get("params", {}).items()}
    note = params.pop("note", "")
    if params:
        text = text % params
    return f"{text}\n{note}" if note else text


def _value(value):
    if not isinstance(value, dict):
        return value
    if "ru" in value:
        return value["en"] if get_language() == "en" and value.get("en") else value["ru"]
    if "date" in value:
        return formats.date_format(date.fromisoformat(value["date"]), "SHORT_DATE_FORMAT")
    if "time" in value:
        moment = timezone.localtime(datetime.fromisoformat(value["time"]))
        return formats.date_format(moment, "DATETIME_FORMAT")
    if "referral_status" in value:
        from desk.models import Referral

        return str(Referral.Status(value["referral_status"]).label)
    raise ValueError(f"Unknown timeline value: {value!r}")
