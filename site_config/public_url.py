"""The site's public base URL (PUBLIC_URL, e.g. https://educademy.example.org) is the one
source of the host: production derives ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS and
WAGTAILADMIN_BASE_URL from it, and `migrate` writes it into the default Wagtail Site, whose
root URL builds every absolute link (share links, og:url, JSON-LD, feeds, PO references)."""

import contextlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

LOCAL_HOSTNAMES = {"", "localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"}  # noqa: S104


def parse_public_url(url):
    """(scheme, hostname, port) of `url`; ImproperlyConfigured when it is not a bare
    http(s) origin."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(f"PUBLIC_URL must look like https://example.org (got {url!r}).")
    if parts.path not in {"", "/"} or parts.query or parts.fragment:
        raise ImproperlyConfigured("PUBLIC_URL is an origin only: no path, query or fragment.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, parts.hostname, port


def origin(url):
    scheme, hostname, port = parse_public_url(url)
    default = 443 if scheme == "https" else 80
    return f"{scheme}://{hostname}" + ("" if port == default else f":{port}")


def sync_default_site(url):
    """Point the default Site at `url`; True when it changed."""
    from wagtail.models import Site

    scheme, hostname, port = parse_public_url(url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    if scheme == "http" and port == 443:
        raise ImproperlyConfigured("PUBLIC_URL: http on port 443 cannot be told from https.")
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


def sync_site_with_public_url(sender, **kwargs):
    """post_migrate: keep the default Site on PUBLIC_URL (once, after the last app)."""
    url = getattr(settings, "PUBLIC_URL", "")
    if not url or sender.name != "site_config":
        return
    from django.db import DatabaseError

    with contextlib.suppress(DatabaseError):  # no wagtailcore tables (yet)
        sync_default_site(url)
