"""What the back-office home shows each role. Later issues add figures here."""

from desk.selectors import officer_home_figures
from infopoint import roles
from monitoring.dashboards.home import home_figures


def home_context(request):
    user = request.user
    return {
        "is_officer": roles.is_officer(user),
        "is_editor": roles.is_editor(user),
        "is_head": roles.is_head(user),
        "my_offices": list(user.offices.all()) if user.is_authenticated else [],
        "desk_figures": officer_home_figures(user) if user.is_authenticated else None,
        "home": home_figures(user),
    }
