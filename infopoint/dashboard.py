"""What the back-office home shows each role. Later issues add figures here."""

from infopoint import roles


def home_context(request):
    user = request.user
    return {
        "is_officer": roles.is_officer(user),
        "is_editor": roles.is_editor(user),
        "is_head": roles.is_head(user),
        "my_offices": list(user.offices.all()) if user.is_authenticated else [],
    }
