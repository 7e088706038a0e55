"""Small response middlewares: a strict Content Security Policy and the language cookie."""

from django.conf import settings
from django.utils import translation

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware:
    """Public pages carry no inline script or style, so they get a strict policy.
    The Wagtail admin needs its own inline code and is left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(ADMIN_PREFIXES) and not getattr(
            request, "is_preview", False
        ):
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
