"""Language helpers shared by every app: fallback detection and per-language page URLs."""

from django.conf import settings
from django.utils import translation

from modeltranslation.utils import build_localized_fieldname

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_prefixed(path):
    """True for a path under a language prefix (/nl/…): where pages are served."""
    return path.lstrip("/").split("/", 1)[0] in language_codes()


def has_own_value(instance, field_name, language):
    """True when `field_name` holds real content in `language` (not an English fallback)."""
    value = getattr(instance, build_localized_fieldname(field_name, language), None)
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value.raw_data) > 0
    return bool(str(value).strip())


def _shown_in_english(instance, name, language):
    """Whether field `name` of `instance` is shown (wholly or partly) in English in
    `language`. A page's main-content fields are judged per segment (its english_parts:
    text the importer filled in from the English counts as English); any other field is
    English when it is empty in `language` and filled in English."""
    if name in (getattr(instance, "main_content_fields", None) or ()) and hasattr(
        instance, "english_parts"
    ):
        return name in instance.english_parts(language)
    return not has_own_value(instance, name, language) and has_own_value(
        instance, name, DEFAULT_LANGUAGE
    )


def falls_back(instance, field_names, language=None):
    """True when any of `field_names` is shown in English, wholly or in part, in `language`."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE:
        return False
    return any(_shown_in_english(instance, name, language) for name in field_names)


def available_languages(instance, field_names):
    """Language codes in which every one of `field_names` has its own content, no part of
    it shown in English."""
    return [
        code
        for code in language_codes()
        if all(has_own_value(instance, name, code) for name in field_names)
        and not falls_back(instance, field_names, code)
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
