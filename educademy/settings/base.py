"""Settings shared by every environment. No secrets here: see production.py."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The wagtail_modeltranslation apps must come first: they patch Wagtail's Page
# and override `migrate`/`makemigrations` to add the per-language columns.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "site_config",
    "learning",
    "blog",
    "careers",
    "lab",
    "journey",
    "content_translation",
    "content_import",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "site_config.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 for a matching If-None-Match, on cached and fresh pages alike.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous pages from the shared cache (site_config/page_cache.py, docs/caching.md),
    # stored compressed: above everything a hit can skip.
    "site_config.page_cache.PageCacheMiddleware",
    "site_config.middleware.PublicGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The request's Wagtail Site and root page, once per content version (site_lookup.py).
    "site_config.site_lookup.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "site_config.middleware.ContentSecurityPolicyMiddleware",
    "site_config.middleware.AdminNoStoreMiddleware",
    # A 404 whose path is an old URL (e.g. a slug changed by import_mdx) redirects.
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "educademy.urls"
WSGI_APPLICATION = "educademy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Embedded SQLite unless DATABASE_URL says otherwise (e.g. postgres://user@host/db).
# CONN_HEALTH_CHECKS: a connection the database dropped is replaced at the next request
# instead of failing it.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite shared by several workers: WAL lets readers and one writer work at once, writers
# wait for each other (busy timeout) instead of failing with "database is locked", and
# IMMEDIATE transactions take the write lock up front, so a transaction that reads before
# it writes cannot deadlock with another one (which no timeout can resolve).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

# The cache is shared by every app process: Redis when REDIS_URL is set, else files under
# CACHE_DIR on this server (not process memory, which left other workers' menus stale).
# It holds the page cache and the chrome fragments, both keyed by the content version.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "educademy"),
            # A Redis outage degrades to rendering every page (no cache), never to a 500,
            # and is logged (logger "educademy.cache").
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "educademy.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # Past this many files a third are dropped at random (then pages re-render).
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "20000"))},
        }
    }

# Seconds a rendered page for anonymous visitors is kept (in the cache above, and by shared
# caches: s-maxage); publishing refreshes it at once. 0: every request renders the page.
PAGE_CACHE_SECONDS = max(int(os.environ.get("PAGE_CACHE_SECONDS", "600")), 0)
# Names the running code in every cache key (a deploy never serves the last one's pages);
# empty: a hash of the source files (site_config/release.py).
RELEASE_ID = os.environ.get("RELEASE_ID", "").strip()
# Browsers cannot be told about a publish: they keep a page at most this long (max-age).
BROWSER_CACHE_SECONDS = max(int(os.environ.get("BROWSER_CACHE_SECONDS", "60")), 0)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication ----------------------------------------------------------------
# django-axes counts failed logins (database handler) and locks out one username from one
# address after AXES_FAILURE_LIMIT failures, for AXES_COOLOFF_TIME. Admins see and lift
# lockouts under Settings > Login lockouts (or `manage.py axes_reset_username NAME`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "site_config.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "site_config.security.client_ip"
AXES_VERBOSE = False
# Only client addresses from X-Forwarded-For when a trusted proxy sets it (production.py).
TRUSTED_PROXY = False

# Wagtail's own password reset sends mail: off unless e-mail is configured (production.py).
WAGTAIL_PASSWORD_RESET_ENABLED = True
# No Gravatar: editors' e-mail hashes are not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -----------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("hi", _("Hindi")),
    ("te", _("Telugu")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("de", _("German")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("ar", _("Arabic")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# One language per site (URL prefix), never Wagtail's page-tree copies.
WAGTAIL_I18N_ENABLED = False
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Static and media -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "educademy.storage.StaticFilesStorage"},
}

# Hostile or oversized input gets a 400, never a 500.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# --- Wagtail ---------------------------------------------------------------------
WAGTAIL_SITE_NAME = "AI Educademy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# A 20-megapixel photo is plenty for the web; each rendition of a bigger one costs
# hundreds of megabytes of memory. The upload form says so when a file exceeds a limit.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TAGGIT_CASE_INSENSITIVE = True

# Time the header, footer and other chrome fragments stay cached; saving in the admin
# bumps a version number, so editors never wait for this to expire.
CHROME_CACHE_SECONDS = 60 * 60

# The public base URL (production: from the PUBLIC_URL environment variable); when set,
# `migrate` writes its host into the default Wagtail Site.
PUBLIC_URL = ""

# Content Security Policy sent on public pages (see site_config.middleware).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'"
)
# The Wagtail admin runs inline scripts and styles of its own: it is sent the part of a
# policy that cannot break it, and reports (without blocking) what a strict policy would.
ADMIN_CONTENT_SECURITY_POLICY = (
    "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"
)
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = (
    "default-src 'self'; img-src 'self' data: blob:; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)

# --- Logging ----------------------------------------------------------------------
# One JSON object a line on stderr, each with the request id that the X-Request-ID
# response header also carries (see site_config.log).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "site_config.log.RequestIdFilter"}},
    "formatters": {"json": {"()": "site_config.log.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_id"],
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django_tasks logs every background task twice (RUNNING, SUCCESSFUL) at INFO: with the
    # immediate backend that is two lines per page saved, thousands during load_demo.
    "loggers": {"axes": {"level": "WARNING"}, "django_tasks": {"level": "WARNING"}},
}

# Demo content loaders run in this order by `manage.py load_demo` (each is idempotent).
DEMO_CONTENT_LOADERS = [
    "site_config.demo.load_pages",
    "learning.demo.load",
    "blog.demo.load",
    "careers.demo.load",
    "lab.demo.load",
    "journey.demo.load",
    "site_config.demo.load_navigation",
    "content_translation.sources.record_demo_translation_sources",
]
FORMAT_MODULE_PATH = ["educademy.formats"]

# --- Frontend cache / CDN ---------------------------------------------------------------
# Proxies and CDNs that site_config.frontend_cache purges when a page changes (Wagtail's
# frontend_cache backends; production.py builds them from FRONTEND_CACHE_* variables).
# None here: development and tests purge nothing unless they configure one.
WAGTAILFRONTENDCACHE = {}
# Wagtail would rewrite each URL's /<lang>/ prefix for every language, which misses
# translated slugs: site_config.frontend_cache lists each language's real URL itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# URLs per sitemap file (each with its 12 hreflang links); the index lists every file.
# Small files keep the cost of each one bounded, whatever the size of the site.
SITEMAP_URLS_PER_FILE = max(int(os.environ.get("SITEMAP_URLS_PER_FILE", "100")), 1)
