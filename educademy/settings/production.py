"""Production: everything secret or host-specific comes from the environment.

Required: SECRET_KEY, DATABASE_URL, and PUBLIC_URL (the site's public origin, e.g.
https://educademy.example.org) or ALLOWED_HOSTS (comma separated).
Optional: ALLOWED_HOSTS (extra hosts), TRUSTED_PROXY, EMAIL_URL or EMAIL_HOST…,
DEFAULT_FROM_EMAIL, SENTRY_DSN, REDIS_URL, CSRF_TRUSTED_ORIGINS, WAGTAILADMIN_BASE_URL,
SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS, MEDIA_ROOT, STATIC_ROOT, LOG_LEVEL, RELEASE_ID,
FRONTEND_CACHE_PURGE_URL and the other FRONTEND_CACHE_* variables (the caching proxy or CDN).
See docs/deployment.md.
"""

import os
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from site_config.public_url import origin, parse_public_url

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


def env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_flag(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (got {value!r}).")


def email_settings(environ):
    """EMAIL_* settings from EMAIL_URL (smtp://user:password@host:587, smtp+ssl://…:465,
    console://) or from EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
    EMAIL_USE_TLS, EMAIL_USE_SSL. {} when neither is set."""
    url = environ.get("EMAIL_URL", "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme == "console":
            return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
        if parts.scheme not in {"smtp", "smtp+tls", "smtps", "smtp+ssl"} or not parts.hostname:
            raise ImproperlyConfigured(
                "EMAIL_URL must look like smtp://user:password@host:587 (or smtp+ssl://…)."
            )
        use_ssl = parts.scheme in {"smtps", "smtp+ssl"}
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": parts.port or (465 if use_ssl else 587),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": use_ssl,
            "EMAIL_USE_TLS": not use_ssl and parts.port != 25,
            "EMAIL_TIMEOUT": 10,
        }
    host = environ.get("EMAIL_HOST", "").strip()
    if not host:
        return {}
    use_ssl = environ.get("EMAIL_USE_SSL", "").lower() in {"1", "true", "yes"}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": host,
        "EMAIL_PORT": int(environ.get("EMAIL_PORT") or (465 if use_ssl else 587)),
        "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
        "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_USE_TLS": not use_ssl
        and environ.get("EMAIL_USE_TLS", "true").lower() in {"1", "true", "yes"},
        "EMAIL_TIMEOUT": 10,
    }


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
required_env("DATABASE_URL")

# --- Hosts: one variable for the public base URL -------------------------------------
PUBLIC_URL = os.environ.get("PUBLIC_URL", "").strip().rstrip("/")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
if PUBLIC_URL:
    _scheme, _hostname, _port = parse_public_url(PUBLIC_URL)
    PUBLIC_URL = origin(PUBLIC_URL)
    ALLOWED_HOSTS = [_hostname, *(host for host in ALLOWED_HOSTS if host != _hostname)]
    CSRF_TRUSTED_ORIGINS = [PUBLIC_URL, *CSRF_TRUSTED_ORIGINS]
    WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_URL)
else:
    WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set PUBLIC_URL (e.g. https://educademy.example.org) or ALLOWED_HOSTS in production."
    )
if not WAGTAILADMIN_BASE_URL:
    WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0]}"

# --- HTTPS ------------------------------------------------------------------------------
# X-Forwarded-Proto (and X-Forwarded-For, for the login throttle) are believed only when
# the operator says a reverse proxy in front of every app server sets them: otherwise any
# client could send "X-Forwarded-Proto: https" and skip the redirect to HTTPS.
TRUSTED_PROXY = env_flag("TRUSTED_PROXY")
if TRUSTED_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# --- E-mail -------------------------------------------------------------------------------
# Without e-mail settings nothing is sent, and the admin offers no password reset (it
# would claim to have sent a mail); when sending fails, Django logs the error.
_email = email_settings(os.environ)
globals().update(_email)
EMAIL_CONFIGURED = bool(_email)
if not EMAIL_CONFIGURED:
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
WAGTAIL_PASSWORD_RESET_ENABLED = EMAIL_CONFIGURED
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"AI Educademy <noreply@{ALLOWED_HOSTS[0].lstrip('.')}>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Error reporting ------------------------------------------------------------------------
# Sentry (or any Sentry-compatible service, e.g. GlitchTip) when SENTRY_DSN is set; errors
# are also in the JSON logs on stderr either way.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )


# --- Frontend cache / CDN ---------------------------------------------------------------
def frontend_cache_backends(environ):
    """WAGTAILFRONTENDCACHE from FRONTEND_CACHE_PURGE_URL (HTTP PURGE, e.g. Varnish; comma
    separated for several), FRONTEND_CACHE_CLOUDFLARE_ZONE_ID + _TOKEN, and/or
    FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID (boto3 and the usual AWS_* variables)."""
    backends = {}
    locations = [url.strip() for url in environ.get("FRONTEND_CACHE_PURGE_URL", "").split(",")]
    for number, location in enumerate(filter(None, locations), start=1):
        if urlsplit(location).scheme not in {"http", "https"} or not urlsplit(location).netloc:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_PURGE_URL must list URLs like http://127.0.0.1:6081."
            )
        backends[f"http-{number}"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    zone = environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", "").strip()
    token = environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", "").strip()
    if bool(zone) != bool(token):
        raise ImproperlyConfigured(
            "Set both FRONTEND_CACHE_CLOUDFLARE_ZONE_ID and FRONTEND_CACHE_CLOUDFLARE_TOKEN."
        )
    if zone:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }
    distribution = environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", "").strip()
    if distribution:
        try:
            import boto3  # noqa: F401
        except ImportError as error:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID needs boto3 (pip install boto3)."
            ) from error
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends


WAGTAILFRONTENDCACHE = frontend_cache_backends(os.environ)
