"""Production settings plus the scale suite's probe URLs.

Only two things differ from `infopoint.settings`: the URLconf adds the probes of
`tests/scale/urls.py`, and static files use the plain storage, so that the suite need not
run `collectstatic` (compressing every file takes minutes; static files play no part in
what the suite shows).
"""

from infopoint.settings import *  # noqa: F403
from infopoint.settings import STORAGES

ROOT_URLCONF = "tests.scale.urls"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
