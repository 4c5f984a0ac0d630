"""Production settings for the fault suite's gunicorn: the public forms' per-address limits
are lifted, because every simulated visitor comes from 127.0.0.1 and the suite tests
concurrency and crashes, not abuse (tests/infopoint/test_ratelimit.py does that), and
static files use the plain storage so no `collectstatic` is needed."""

from infopoint.settings import *  # noqa: F403
from infopoint.settings import STORAGES

DESK_PUBLIC_RATE_LIMIT = 10**9
RATELIMIT_ENABLED = False
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
