"""Small middlewares: request ids, Content Security Policies, no caching of the admin, and
the language cookie."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import add_never_cache_headers

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


class RememberLanguageMiddleware:
    """Visiting /<lang>/… remembers that language, so `/` later redirects to it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        prefix = request.path_info.lstrip("/").split("/", 1)[0]
        chosen = translation.get_language()
        if (
            prefix in self.codes
            and prefix == chosen
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != chosen
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                chosen,
                max_age=settings.LANGUAGE_COOKIE_AGE or 60 * 60 * 24 * 365,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=False,
            )
        return response
