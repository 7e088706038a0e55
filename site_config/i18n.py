"""Language helpers shared by every app: fallback detection and per-language page URLs."""

from django.conf import settings
from django.utils import translation

from modeltranslation.utils import build_localized_fieldname

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def has_own_value(instance, field_name, language):
    """True when `field_name` holds real content in `language` (not an English fallback)."""
    value = getattr(instance, build_localized_fieldname(field_name, language), None)
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def falls_back(instance, field_names, language=None):
    """True when any main-content field is empty in `language` but filled in English."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE:
        return False
    return any(
        not has_own_value(instance, name, language)
        and has_own_value(instance, name, DEFAULT_LANGUAGE)
        for name in field_names
    )


def available_languages(instance, field_names):
    """Language codes in which every one of `field_names` has its own content."""
    return [
        code
        for code in language_codes()
        if all(has_own_value(instance, name, code) for name in field_names)
    ]


def page_urls_by_language(page, request=None, suffix=""):
    """{language code: URL path} for `page` in every language, `suffix` appended
    (a RoutablePageMixin sub-route such as "tag/python/")."""
    urls = {}
    for code in language_codes():
        with translation.override(code):
            url = page.get_url(request=request)
        if url:
            urls[code] = url + suffix
    return urls


def translated_search_fields(*field_names, autocomplete=True):
    """Per-language search fields (and autocomplete fields, for titles and names), so
    searches find content in every language, not only the English column."""
    from wagtail.search import index

    fields = []
    for name in field_names:
        for code in language_codes():
            localized = build_localized_fieldname(name, code)
            fields.append(index.SearchField(localized))
            if autocomplete:
                fields.append(index.AutocompleteField(localized))
    return fields


def translated_url(request, language):
    """The current non-page URL (e.g. a 404) in another language, via Django's resolver."""
    from django.urls import translate_url

    return translate_url(request.get_full_path(), language)
