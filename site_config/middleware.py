"""Small middlewares: request ids, Content Security Policies, no caching of the admin, and
compression of public pages."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import add_never_cache_headers, set_response_etag

from .log import new_request_id, request_id_var

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class RequestIdMiddleware:
    """Every request gets an id (the proxy's X-Request-ID when it sends a sane one): in
    each log line written while serving it and in the X-Request-ID response header, so a
    visitor's report and the logs meet."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = new_request_id(request.META.get("HTTP_X_REQUEST_ID"))
        # Not reset on the way out: Django logs a 4xx/5xx response ("Not Found: …") after
        # the middleware returns, and that line needs the id too. The next request in
        # this thread sets its own.
        request_id_var.set(request.id)
        response = self.get_response(request)
        response.headers.setdefault("X-Request-ID", request.id)
        return response


class AdminNoStoreMiddleware:
    """Admin pages hold editors' drafts and session-bound forms: no cache (browser, proxy
    or CDN) may keep them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            add_never_cache_headers(response)
        return response


class ContentSecurityPolicyMiddleware:
    """Public pages carry no inline script or style, so they get a strict policy.
    The Wagtail admin needs its own inline code: it gets the directives that cannot break
    it, and a strict policy in report-only mode."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            response.headers.setdefault(
                "Content-Security-Policy", settings.ADMIN_CONTENT_SECURITY_POLICY
            )
            response.headers.setdefault(
                "Content-Security-Policy-Report-Only",
                settings.ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY,
            )
        elif not getattr(request, "is_preview", False):
            response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """Compresses HTML and other text for clients that accept gzip, except the admin: its
    pages hold CSRF tokens and editors' data, which compression would expose to BREACH.

    Each response is first tagged with the ETag of its uncompressed bytes (weakened by the
    compression), so a revalidation matches although gzip output differs per render."""

    def process_response(self, request, response):
        # Files (documents) stream: already compressed or binary, and ranges must work.
        if request.path.startswith(ADMIN_PREFIXES) or response.streaming:
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        return super().process_response(request, response)
