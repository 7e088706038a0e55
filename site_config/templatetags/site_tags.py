"""Template tags for the site chrome: menus, language links, structured data, notices."""

import json
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..chrome_cache import chrome_version, page_value
from ..i18n import (
    DEFAULT_LANGUAGE,
    available_languages,
    falls_back,
    page_urls_by_language,
    translated_url,
)
from ..line_breaks import heading_html
from ..models import NavigationSettings

register = template.Library()

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def chrome_cache_key():
    """Key of every cached chrome fragment: the language, and a version that changes
    whenever an editor saves something the chrome shows."""
    return f"{translation.get_language()}:{chrome_version()}"


@register.simple_tag
def chrome_cache_seconds():
    return settings.CHROME_CACHE_SECONDS


def _menu_items(menu):
    if menu is None:
        return []
    return list(
        menu.items.select_related("link_page", "submenu").prefetch_related(
            "submenu__items__link_page"
        )
    )


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    navigation = NavigationSettings.for_request(request)
    header_menu = navigation.header_menu if navigation.header_menu_id else None
    return {"request": request, "items": _menu_items(header_menu)}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    request = context["request"]
    navigation = NavigationSettings.for_request(request)
    footer = navigation.footer_menu if navigation.footer_menu_id else None
    return {"request": request, "columns": _menu_items(footer)}


def language_urls(context):
    """{code: url} for the current page in every language.

    A view may put its own `language_urls` in the context (e.g. a routable sub-page);
    otherwise a Wagtail page gives its translated URLs, and any other URL is translated
    through Django's resolver.
    """
    if context.get("language_urls"):
        return context["language_urls"]
    request = context.get("request")
    page = context.get("page")
    if page is not None and getattr(page, "pk", None):
        return page_value(
            request, page, "language-urls", lambda: page_urls_by_language(page, request)
        )
    if request is None:
        return {}
    return {code: translated_url(request, code) for code, _name in settings.LANGUAGES}


# Query parameters that mean the same in every language: a listing's page number, a
# careers filter, a search (the visitor's own words; results follow the language).
KEPT_QUERY_PARAMETERS = ("page", "kind", "region", "q")


KEPT_VALUE_LENGTH = 100


def kept_query(request, url):
    """ "?page=2&q=…" from the current request, for the parameters `url` does not set."""
    if request is None:
        return ""
    present = set()
    if "?" in url:
        present = {part.split("=", 1)[0] for part in url.split("?", 1)[1].split("&")}
    # Bounded: a 10,000-character ?q= must not be copied into eleven links.
    pairs = [
        (name, value[:KEPT_VALUE_LENGTH])
        for name in KEPT_QUERY_PARAMETERS
        if name not in present
        for value in request.GET.getlist(name)[:1]
        if value.strip()
    ]
    if not pairs:
        return ""
    return ("&" if "?" in url else "?") + urlencode(pairs)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    urls = language_urls(context)
    request = context.get("request")
    urls = {code: url + kept_query(request, url) for code, url in urls.items()}
    current = translation.get_language()
    available = context.get("available_languages")
    page = context.get("page")
    if available is None and getattr(page, "main_content_fields", None):
        # Reads the main content in all eleven languages: once per published revision.
        available = page_value(
            request,
            page,
            "available-languages",
            lambda: available_languages(page, page.main_content_fields),
        )
    languages = [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": urls.get(code, f"/{code}/"),
            "is_current": code == current,
            "is_translated": available is None or code in available,
        }
        for code, _name in settings.LANGUAGES
    ]
    return {
        "languages": languages,
        "current_name": translation.get_language_info(current)["name_local"],
        "current_code": current.split("-")[0].upper(),
        "cookie_name": settings.LANGUAGE_COOKIE_NAME,
    }


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context.get("request")
    urls = language_urls(context)
    base = request.build_absolute_uri("/").rstrip("/") if request else ""
    current = translation.get_language()
    return {
        "alternates": [(code, base + url) for code, url in urls.items()],
        "x_default": base + urls[DEFAULT_LANGUAGE] if DEFAULT_LANGUAGE in urls else "",
        "canonical": base + urls.get(current, request.path if request else ""),
    }


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable data block (allowed by a strict CSP)."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("includes/fallback_notice.html", takes_context=True)
def fallback_notice(context, instance=None, field_names=None):
    """A translated note when the main content is shown in English instead of this language."""
    instance = instance or context.get("page")
    if instance is None:
        return {"show": False}
    names = field_names.split(",") if field_names else getattr(instance, "main_content_fields", ())
    return {"show": falls_back(instance, names), "language": translation.get_language()}


@register.filter
def text_direction(language_code):
    return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"


@register.filter
def keep_words(text):
    """A heading that breaks lines only between words (line_breaks.py): hyphenated words
    stay whole, Japanese and Chinese break between phrases."""
    return heading_html(text, translation.get_language())
