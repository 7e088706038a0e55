"""How complete each language is: the UI catalogue and the content, per page or snippet type.

Queries stay bounded: one per translatable model, one for the recorded translations of each
language, whatever the amount of content.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib

from django.conf import settings
from django.utils.translation import to_locale

from . import english_parts
from .registry import FUZZY as FUZZY_STATE
from .registry import (
    SOURCE_LANGUAGE,
    UNTRANSLATED,
    admin_edit_url,
    iter_fields,
    object_title,
    records_by_context,
    segment_state,
    target_languages,
)


@dataclass
class Counts:
    total: int = 0
    translated: int = 0
    fuzzy: int = 0

    @property
    def percent(self):
        return round(100 * self.translated / self.total) if self.total else 100

    def add(self, other):
        self.total += other.total
        self.translated += other.translated
        self.fuzzy += other.fuzzy


@dataclass
class MissingItem:
    model_name: str
    title: str
    field_name: str
    missing: int
    total: int
    edit_url: str
    outdated: int = 0  # translated from an older English text (fuzzy in the export)


@dataclass
class ModelStatus:
    label: str
    verbose_name: str
    segments: Counts = field(default_factory=Counts)
    fields: Counts = field(default_factory=Counts)


@dataclass
class LanguageStatus:
    code: str
    name: str
    ui: Counts | None
    ui_path: str
    content: Counts = field(default_factory=Counts)
    models: list = field(default_factory=list)
    missing: list = field(default_factory=list)


def ui_catalogue_counts(language, base_dir=None):
    """(Counts or None when the file is missing, path) for locale/<lang>/LC_MESSAGES/django.po."""
    base = Path(base_dir) if base_dir else Path(settings.LOCALE_PATHS[0])
    path = base / to_locale(language) / "LC_MESSAGES" / "django.po"
    if not path.exists():
        return None, str(path)
    catalogue = polib.pofile(str(path))
    entries = [entry for entry in catalogue if not entry.obsolete]
    return (
        Counts(
            total=len(entries),
            translated=len([entry for entry in entries if entry.translated()]),
            fuzzy=len([entry for entry in entries if entry.fuzzy]),
        ),
        str(path),
    )


def field_counts(ref, language, records):
    """Counts of one field's segments in `language`."""
    targets = ref.target_segments(language)
    counts = Counts(total=len(ref.segments))
    for segment in ref.segments:
        state, _text, _previous = segment_state(
            segment.text, targets.get(segment.key), records.get(ref.context(segment.key))
        )
        if state != UNTRANSLATED:
            counts.translated += 1
        if state == FUZZY_STATE:
            counts.fuzzy += 1
    return counts


def language_status(languages=None, locale_dir=None, refs=None):
    """[LanguageStatus] for every target language (or those given)."""
    languages = languages or target_languages()
    refs = list(refs if refs is not None else iter_fields())
    names = dict(settings.LANGUAGES)
    report = []
    for code in languages:
        records = records_by_context(code)
        ui, ui_path = ui_catalogue_counts(code, locale_dir)
        status = LanguageStatus(code, str(names.get(code, code)), ui, ui_path)
        per_model = {}
        for ref in refs:
            model_status = per_model.setdefault(
                ref.spec.label, ModelStatus(ref.spec.label, ref.spec.verbose_name)
            )
            counts = field_counts(ref, code, records)
            model_status.segments.add(counts)
            model_status.fields.total += 1
            if counts.translated == counts.total:
                model_status.fields.translated += 1
            status.content.add(counts)
            if counts.translated < counts.total or counts.fuzzy:
                status.missing.append(
                    MissingItem(
                        ref.spec.verbose_name,
                        object_title(ref.obj),
                        str(ref.model_field.verbose_name),
                        counts.total - counts.translated,
                        counts.total,
                        admin_edit_url(ref.obj),
                        counts.fuzzy,
                    )
                )
        status.models = sorted(per_model.values(), key=lambda item: item.label)
        report.append(status)
    return report


def page_available_languages(page):
    """Language codes in which `page` really exists: its title and main content fields
    (`main_content_fields`, else every translated field but the slug and SEO fields) have a
    translation for every segment (a stale, fuzzy one counts). English always does.

    Returns None for anything that is not a saved translatable object, so the language
    switcher then treats every language as available. One query (the page's stored
    english_parts); the page itself is already loaded.
    """
    if page is None or not getattr(page, "pk", None):
        return None
    page = page.specific if hasattr(page, "specific") else page
    if english_parts.spec_for(page) is None:
        return None
    english = english_parts.load(page)
    available = [SOURCE_LANGUAGE, *(code for code in target_languages() if not english.get(code))]
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(available, key=order.index)
