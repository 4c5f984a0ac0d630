"""The portal's production settings plus what only the benchmark needs: its reference
pages (`/bench/baseline`, `/bench/fortunes`) and a query count on every answer.

The runtime knows nothing of this module; `benchmarks.run` starts gunicorn with it.
"""

from infopoint.settings import *  # noqa: F403
from infopoint.settings import INSTALLED_APPS, MIDDLEWARE

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]
# Outermost, so it costs every page the same.
MIDDLEWARE = ["benchmarks.middleware.QueryCountMiddleware", *MIDDLEWARE]
ROOT_URLCONF = "benchmarks.urls"
