"""The username django-axes records a failed login under (AXES_USERNAME_CALLABLE).

Axes copies the posted username into its AccessAttempt and AccessLog rows, whose column
holds 255 characters and, being PostgreSQL text, no NUL: a longer or NUL-carrying username
turned a failed login into a 500. No real username is that long or holds a control
character, so the recorded name is cleaned and cut; two such names that end up alike
share a lockout, which costs nobody a login.
"""

from infopoint.validators import normalise_text

AXES_USERNAME_MAX = 255


def axes_username(request, credentials=None):
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "POST", {}).get("username")
    return normalise_text(str(username or ""), multiline=False)[:AXES_USERNAME_MAX]
