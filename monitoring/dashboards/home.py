"""What the back-office home shows each role: this month's figures, the department's for
heads (with a chart and a link to the full dashboard), the officer's own cases for
officers. The officer's queue (open, overdue, follow-ups) is the desk's panel beside it."""

from django.utils import timezone
from django.utils.translation import gettext as _

from desk.selectors import officer_home_figures
from infopoint import roles
from monitoring.dashboards import figures
from monitoring.dashboards.board import _breakdown_chart
from monitoring.dashboards.periods import MONTH, Period


def home_context(request):
    """The back-office index's context (`infopoint.admin_site`)."""
    user = request.user
    return {
        "is_officer": roles.is_officer(user),
        "is_editor": roles.is_editor(user),
        "is_head": roles.is_head(user),
        "my_offices": list(user.offices.all()) if user.is_authenticated else [],
        "desk_figures": officer_home_figures(user) if user.is_authenticated else None,
        "home": home_figures(user),
    }


def home_figures(user, *, today=None):
    if not user.is_authenticated:
        return None
    today = today or timezone.localdate()
    period = Period.containing(MONTH, today)
    if roles.is_head(user):
        channels = figures.cases_by_channel(period=period)
        return {
            "for_head": True,
            "period": period,
            "summary": figures.case_summary(period=period, today=today),
            "chart": _breakdown_chart(
                channels,
                _("Cases opened this month per channel, with last month in grey."),
            ),
        }
    if roles.is_officer(user):
        return {
            "for_head": False,
            "period": period,
            "summary": figures.case_summary(period=period, officer=user, today=today),
        }
    return None
