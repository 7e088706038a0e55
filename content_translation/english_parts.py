"""Which parts of a page's main content are shown in English in each language.

A segment (see segments.py) is English in a language when that language has no text for it,
or the same text as the English and no record (SegmentTranslation) that this identical text
is the translation: the importer fills untranslated segments with the English text, so a
field can be non-empty and still partly English. This is the one place that decides it.

Computed when a page is saved (and after a PO import or the demo load change the records)
and stored per page in EnglishParts; a render reads that row (one query) and checks the
active language's fingerprint against the page's values, so a preview or a row changed
without a save is computed afresh instead of trusted. Per field and language the result is:

* ``WHOLE`` ("*"): every segment is English (or the field is empty in that language);
* a list of parts: the top-level block ids of a StreamField whose every segment is English,
  or the element keys ("p-3") of rich text that are English; [] when some text is English
  but no whole block is (a block half translated).

Fields with no English are absent. The title is included (the language switcher's
availability needs it); the note and the lang="en" marks use the main-content fields.
"""

import hashlib
import json

from django.conf import settings

from wagtail.models import Page

from site_config.i18n import has_own_value

from .registry import (
    SOURCE_LANGUAGE,
    UNTRANSLATED,
    localized,
    make_context,
    model_specs,
    object_key,
    segment_state,
    target_languages,
)
from .segments import field_segments, match_segments, raw_stream

WHOLE = "*"
# Fields left out of the main content of a page type that names none.
NOT_MAIN = ("slug", "seo_title", "search_description")


def spec_for(page):
    return next((spec for spec in model_specs() if spec.model is type(page)), None)


def checked_fields(page, spec):
    """[(name, kind, model field)]: the title and the page's main-content fields
    (`main_content_fields`, else every translated field but the slug and SEO fields)."""
    main = tuple(getattr(page, "main_content_fields", ()) or ())
    wanted = {"title", *main} if main else None
    return [
        (name, kind, model_field)
        for name, kind, model_field in spec.fields
        if (name in wanted if wanted is not None else name not in NOT_MAIN)
    ]


# --- Fingerprint ---------------------------------------------------------------------------
def _serialised(kind, value):
    if kind == "stream":
        return json.dumps(raw_stream(value), default=str)
    return str(value or "")


def fingerprint(page, fields, language):
    """A hash of what a language's result depends on: the English and `language` values
    of the checked fields (about 0.05 ms for a 20-block article)."""
    digest = hashlib.blake2b(digest_size=16)
    for name, kind, _model_field in fields:
        for code in (SOURCE_LANGUAGE, language):
            digest.update(_serialised(kind, getattr(page, localized(name, code), None)).encode())
            digest.update(b"\x00")
    return digest.hexdigest()


# --- Computing ------------------------------------------------------------------------------
def _top_level_id(kind, segment_key):
    if kind == "stream":
        return segment_key.split("/", 1)[0].split(":", 1)[0]
    return segment_key.split(":", 1)[0]


def _english_keys(page, spec, name, kind, model_field, segments, language, records):
    """The keys of the segments of one field that are English in `language`."""
    if not has_own_value(page, name, language):
        return [segment.key for segment in segments]
    targets = match_segments(kind, model_field, segments, getattr(page, localized(name, language)))
    return [
        segment.key
        for segment in segments
        if segment_state(
            segment.text,
            targets.get(segment.key),
            records.get(make_context(spec.label, object_key(page), name, segment.key)),
        )[0]
        == UNTRANSLATED
    ]


def _field_parts(kind, segments, english_keys):
    """WHOLE, or the list of English parts (see the module docstring)."""
    if len(english_keys) == len(segments):
        return WHOLE
    english = set(english_keys)
    if kind == "richtext":
        from .richtext import element_key

        return sorted({element_key(key) for key in english})
    # A block is English when all of its segments are.
    blocks = {}
    for segment in segments:
        block = _top_level_id(kind, segment.key)
        blocks[block] = blocks.get(block, True) and segment.key in english
    return [block for block, is_english in blocks.items() if is_english]


def _records(page, spec):
    """{language: {context: SegmentTranslation}} for this page: one query."""
    from .models import SegmentTranslation

    if not page.pk:
        return {}
    prefix = f"{spec.label}:{object_key(page)}:"
    records = {}
    for record in SegmentTranslation.objects.filter(context__startswith=prefix):
        records.setdefault(record.language, {})[record.context] = record
    return records


def compute(page, spec=None, fields=None):
    """{language: {field: WHOLE or [parts]}} for every target language (fields with no
    English parts left out; languages with none map to {})."""
    spec = spec or spec_for(page)
    fields = fields if fields is not None else checked_fields(page, spec)
    records = _records(page, spec)
    english = {
        name: field_segments(kind, model_field, getattr(page, localized(name, SOURCE_LANGUAGE)))
        for name, kind, model_field in fields
    }
    result = {}
    for language in target_languages():
        parts = {}
        for name, kind, model_field in fields:
            segments = english[name]
            if not segments:
                continue
            keys = _english_keys(
                page, spec, name, kind, model_field, segments, language, records.get(language, {})
            )
            if keys:
                parts[name] = _field_parts(kind, segments, keys)
        result[language] = parts
    return result


# --- Storing and reading ----------------------------------------------------------------------
def refresh(page):
    """Compute and store the English parts of `page` (a saved page of any type)."""
    from .models import EnglishParts

    page = page.specific if type(page) is Page else page
    spec = spec_for(page)
    if spec is None or not page.pk:
        return None
    fields = checked_fields(page, spec)
    languages = compute(page, spec, fields)
    stored = {
        language: {"fingerprint": fingerprint(page, fields, language), "parts": parts}
        for language, parts in languages.items()
    }
    EnglishParts.objects.update_or_create(page_id=page.pk, defaults={"languages": stored})
    return languages


def refresh_pages(page_ids):
    """refresh() each of these pages, as they are in the database now."""
    for page in Page.objects.filter(pk__in=list(page_ids)).specific():
        refresh(page)


def load(page, check=None):
    """{language: {field: WHOLE or [parts]}} for `page` as it is in memory.

    The stored row (one query) when the fingerprints of the languages in `check` (default:
    every target language) match the page's values; otherwise computed now (one more
    query; none for a page not saved yet). A render checks only the active language.
    """
    from .models import EnglishParts

    spec = spec_for(page)
    if spec is None:
        return {}
    fields = checked_fields(page, spec)
    check = target_languages() if check is None else [c for c in check if c != SOURCE_LANGUAGE]
    if page.pk:
        rows = EnglishParts.objects.filter(page_id=page.pk).values_list("languages", flat=True)
        stored = next(iter(rows[:1]), None) or {}
        if all(
            code in stored and stored[code].get("fingerprint") == fingerprint(page, fields, code)
            for code in check
        ):
            return {code: entry.get("parts", {}) for code, entry in stored.items()}
    return compute(page, spec, fields)


def on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save: store the parts again when a checked field may have changed. Wagtail's
    save_revision saves only revision bookkeeping (update_fields), never the content."""
    if raw or not isinstance(instance, Page):
        return
    instance.__dict__.pop("english_parts_by_language", None)  # FallbackNoticeMixin's cache
    spec = spec_for(instance)
    if spec is None:
        return
    if update_fields is not None:
        names = [name for name, _kind, _field in checked_fields(instance, spec)]
        columns = {
            localized(name, code) for name in names for code, _language_name in settings.LANGUAGES
        } | set(names)
        if not columns & set(update_fields):
            return
    refresh(instance)


def connect_signals():
    from django.db.models.signals import post_save

    post_save.connect(on_page_saved, dispatch_uid="content_translation-english-parts")
