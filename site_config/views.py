import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET

from .i18n import language_codes, translated_url

logger = logging.getLogger("educademy.errors")

# A 404's language links repeat the requested path once per language and link tag; past
# this length they point to each language's home page instead, so the answer stays small
# whatever the request.
MAX_REFLECTED_PATH = 200


@require_GET
@cache_page(60 * 60)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    if len(request.get_full_path()) > MAX_REFLECTED_PATH:
        urls = {code: f"/{code}/" for code in language_codes()}
    else:
        urls = {code: translated_url(request, code) for code in language_codes()}
    html = render_to_string(
        "404.html", {"request": request, "language_urls": urls}, request=request
    )
    return HttpResponse(html, status=404)


def database_unavailable(request):
    """503 while the database cannot be reached: a static page (no query, no tag that
    might need one), in the language of the URL, asking to come back shortly."""
    html = render_to_string("503.html", {"request": request})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    return response


def server_error(request):
    """Rendered without the database or template tags that might be what failed; a
    database that cannot be reached is a 503 (temporary), not a 500."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError) or (
        isinstance(error, DatabaseError) and "connection" in str(error).lower()
    ):
        logger.error("Database unavailable: %s", error)
        return database_unavailable(request)
    html = render_to_string("500.html", {"request": request})
    return HttpResponse(html, status=500)
