"""Read translated PO files back into the language fields, all or nothing.

Every entry of every file is checked first; a single problem (broken placeholder or markup,
unknown message context or object, a slug that is not a slug, a file that does not parse)
means nothing is written. Then the changes are written in one transaction, as a new
revision of each changed page (or snippet with revisions), published or left as a draft.

Rules for what is written:

* only entries that are translated and not fuzzy;
* a StreamField (or rich text field) in the target language is rebuilt from the English
  structure: translated segments take the translation, segments the file leaves
  untranslated keep a translation already in place, or else the English text (so the page
  never shows an empty block); non-text blocks (images, links, choices) follow the English;
* an object whose language fields would not change gets no new revision, so importing the
  same file twice changes nothing the second time.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

import polib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug, validate_unicode_slug
from django.db import DatabaseError, transaction
from django.utils.translation import to_language

from wagtail.models import DraftStateMixin, Page, RevisionMixin

from site_config.chrome_cache import bump_content_version
from site_config.control_chars import CONTROL_CHARACTERS, describe, find_control_characters

from . import english_parts, richtext
from .models import SegmentTranslation
from .registry import (
    SOURCE_LANGUAGE,
    UNTRANSLATED,
    FieldRef,
    iter_fields,
    localized,
    model_specs,
    object_key,
    object_title,
    records_by_context,
    segment_state,
    target_languages,
)
from .segments import field_segments, match_segments, raw_stream, rebuild_value


@dataclass
class Problem:
    path: str
    line: int | None
    context: str
    message: str

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else self.path
        context = f' msgctxt "{self.context}":' if self.context else ""
        return f"{where}:{context} {self.message}"


@dataclass
class Change:
    language: str
    ref_label: str
    title: str
    fields: list
    contexts: list
    revision: str = ""

    def __str__(self):
        names = ", ".join(self.fields)
        suffix = f" ({self.revision})" if self.revision else ""
        return f"[{self.language}] {self.ref_label} “{self.title}”: {names}{suffix}"


@dataclass
class ImportResult:
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    skipped_fuzzy: int = 0
    written: bool = False
    recorded: int = 0  # segment records written (an identical translation changes no field)

    @property
    def ok(self):
        return not self.problems


@dataclass
class Accepted:
    ref: FieldRef
    segment_key: str
    source: str  # the current English text
    msgid: str  # the English text the translator saw
    text: str


def _language_of(catalogue, path, override, result):
    language = override or to_language(catalogue.metadata.get("Language", "") or "")
    if language not in target_languages():
        result.problems.append(
            Problem(
                path,
                None,
                "",
                f"unknown or missing language {language!r}: set the Language header or "
                "pass --language",
            )
        )
        return None
    return language


def _diagnose_unknown(context):
    parts = context.split(":", 3)
    if len(parts) < 3:
        return "message context is not of the form <model>:<object>:<field>[:<segment>]"
    label, key, field_name = parts[:3]
    spec = next((s for s in model_specs() if s.label == label), None)
    if spec is None:
        return f"unknown content type {label!r}"
    if field_name not in {name for name, _kind, _field in spec.fields}:
        return f"{label} has no translatable field {field_name!r}"
    objects = {object_key(obj) for obj in spec.queryset()}
    if key not in objects:
        return f"unknown object: no {spec.verbose_name} {key!r} (deleted since the export?)"
    return "unknown segment: the English content changed since the export; export again"


def _check_slug(ref, language, text):
    validator = (
        validate_unicode_slug if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True) else None
    ) or validate_slug
    try:
        validator(text)
    except ValidationError:
        return "is not a valid slug (letters, digits, hyphens and underscores, no spaces)"
    if isinstance(ref.obj, Page):
        own, english = localized("slug", language), localized("slug", SOURCE_LANGUAGE)
        siblings = ref.obj.get_siblings(inclusive=False)
        if (
            siblings.filter(**{own: text}).exists()
            or siblings.filter(**{f"{own}__in": ["", None], english: text}).exists()
        ):
            return f"slug {text!r} is already used by another page at the same level"
    return None


def _check_entry(entry, unit, language, path, result):
    """An Accepted translation, or None after recording a problem or warning."""
    ref, segment = unit
    text = entry.msgstr
    problem = None
    if segment.is_html:
        try:
            richtext.validate_segment(text, segment.text)
        except richtext.MarkupError as error:
            problem = str(error)
            if entry.msgid != segment.text:
                try:
                    richtext.validate_segment(text, entry.msgid)
                except richtext.MarkupError:
                    pass
                else:
                    result.warnings.append(
                        Problem(
                            path,
                            entry.linenum,
                            entry.msgctxt,
                            "the English text and its markup changed since the export; "
                            "not imported (export again to translate the new text)",
                        )
                    )
                    return None
    if problem is None and segment.max_length and len(text) > segment.max_length:
        problem = f"translation is {len(text)} characters long; the limit is {segment.max_length}"
    if problem is None and ref.kind == "slug":
        problem = _check_slug(ref, language, text)
    if problem:
        result.problems.append(Problem(path, entry.linenum, entry.msgctxt, problem))
        return None
    if entry.msgid != segment.text:
        result.warnings.append(
            Problem(
                path,
                entry.linenum,
                entry.msgctxt,
                "the English text changed since the export; imported, and the next export "
                "marks it fuzzy",
            )
        )
    return Accepted(ref, segment.key, segment.text, entry.msgid, text)


_KEYWORD_RE = re.compile(
    r"^(?:#~\s*)?(?:#\|\s*)?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)$"
)
_STRING_RE = re.compile(r'^"(?:[^"\\]|\\.)*"$')


def check_syntax(text):
    """[(line, problem)] for PO syntax polib lets through: unterminated strings, an entry
    cut off before its msgstr (a truncated file)."""
    problems = []
    last_keyword, last_line = None, 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith(("#~", "#|"))):
            continue
        match = _KEYWORD_RE.match(line)
        string = match.group(2).strip() if match else line
        if match and not line.startswith("#|"):
            last_keyword, last_line = match.group(1), number
        elif not match and line.startswith("#"):
            continue
        if string.startswith("#| "):
            string = string[3:]
        if not _STRING_RE.match(string):
            problems.append((number, "unterminated or malformed string (is the file truncated?)"))
    if last_keyword is not None and not last_keyword.startswith("msgstr"):
        problems.append((last_line, "the last entry has no msgstr (is the file truncated?)"))
    return problems


def read_po_text(path):
    """The file's text: UTF-8, with or without a byte order mark (some editors add one)."""
    with open(path, "rb") as handle:
        data = handle.read()
    return data.decode("utf-8-sig")


def validate(files, language=None):
    """Parse and check every file: (ImportResult, {language: [Accepted]})."""
    result = ImportResult()
    units = {}
    for ref in iter_fields():
        for segment in ref.segments:
            units[ref.context(segment.key)] = (ref, segment)
    accepted = defaultdict(list)
    for path in files:
        path = str(path)
        try:
            text = read_po_text(path)
        except (OSError, ValueError) as error:
            result.problems.append(Problem(path, None, "", f"cannot read the file: {error}"))
            continue
        controls = find_control_characters(text)
        if controls:
            result.problems += [
                Problem(
                    path,
                    line,
                    "",
                    f"control character {name} in column {column}: remove it (it cannot be "
                    "stored or shown)",
                )
                for line, column, name in controls
            ]
            continue
        syntax = check_syntax(text)
        try:
            catalogue = polib.pofile(text) if not syntax else None
        except (OSError, ValueError) as error:
            result.problems.append(Problem(path, None, "", f"cannot read the file: {error}"))
            continue
        if syntax:
            result.problems += [
                Problem(path, line, "", f"cannot read the file: {message}")
                for line, message in syntax
            ]
            continue
        lang = _language_of(catalogue, path, language, result)
        if lang is None:
            continue
        seen = set()
        for entry in catalogue:
            if entry.obsolete or not entry.msgstr:
                continue
            if not entry.msgctxt:
                result.problems.append(
                    Problem(path, entry.linenum, "", "entry has no msgctxt, so no place to go")
                )
                continue
            if entry.msgctxt in seen:
                result.problems.append(
                    Problem(path, entry.linenum, entry.msgctxt, "the context appears twice")
                )
                continue
            seen.add(entry.msgctxt)
            escaped = [char for char in entry.msgstr if CONTROL_CHARACTERS.match(char)]
            if escaped:
                result.problems.append(
                    Problem(
                        path,
                        entry.linenum,
                        entry.msgctxt,
                        f"the translation contains the control character {describe(escaped[0])} "
                        "(an escape such as \\v, \\b or \\f): remove it",
                    )
                )
                continue
            if entry.fuzzy:
                result.skipped_fuzzy += 1
                result.warnings.append(
                    Problem(path, entry.linenum, entry.msgctxt, "fuzzy: not imported")
                )
                continue
            unit = units.get(entry.msgctxt)
            if unit is None:
                message = _diagnose_unknown(entry.msgctxt)
                result.problems.append(Problem(path, entry.linenum, entry.msgctxt, message))
                continue
            item = _check_entry(entry, unit, lang, path, result)
            if item is not None:
                accepted[lang].append(item)
    return result, accepted


# --- Writing ---------------------------------------------------------------------------------
def _comparable(kind, value):
    if kind == "stream":
        return json.dumps(raw_stream(value), sort_keys=True)
    return value or ""


def _new_value(ref, base, language, imported, records):
    """The field's new value in `language` on `base` (the object or its latest draft),
    or None when nothing would change."""
    english = getattr(base, localized(ref.name, SOURCE_LANGUAGE))
    current = getattr(base, localized(ref.name, language))
    segments = field_segments(ref.kind, ref.model_field, english)
    current_segments = match_segments(ref.kind, ref.model_field, segments, current)
    translations = {}
    for key, source in ((segment.key, segment.text) for segment in segments):
        item = imported.get(key)
        if item is not None and item.source == source:
            translations[key] = item.text
            continue
        state, text, _previous = segment_state(
            source, current_segments.get(key), records.get(ref.context(key))
        )
        if state != UNTRANSLATED:
            translations[key] = text
    if not translations:
        return None
    value = rebuild_value(ref.kind, ref.model_field, english, translations)
    if _comparable(ref.kind, value) == _comparable(ref.kind, current):
        return None
    return value


def _record_updates(language, items, records):
    new, changed = [], []
    for item in items:
        context = item.ref.context(item.segment_key)
        record = records.get(context)
        if record is None:
            new.append(
                SegmentTranslation(
                    language=language, context=context, source=item.msgid, translation=item.text
                )
            )
        elif (record.source, record.translation) != (item.msgid, item.text):
            record.source, record.translation = item.msgid, item.text
            changed.append(record)
    return new, changed


def _base_object(obj):
    """The version to change: the latest draft when there are unpublished changes."""
    if isinstance(obj, DraftStateMixin) and obj.has_unpublished_changes and obj.latest_revision_id:
        return obj.get_latest_revision_as_object(), True
    return obj, False


def _save(obj, base, has_draft, publish):
    """Save `base` with its new values; return a short description of what was saved."""
    if isinstance(obj, DraftStateMixin):
        revision = base.save_revision(log_action=True)
        if publish and obj.live and not has_draft:
            revision.publish()
            return "published"
        return "draft"
    base.full_clean()
    base.save()
    if isinstance(obj, RevisionMixin):
        base.save_revision(log_action=True)
    return "saved"


def plan(accepted):
    """[(language, obj, base, has_draft, {field: value}, [Accepted])] of real changes."""
    planned = []
    for language, items in accepted.items():
        records = records_by_context(language)
        by_object = defaultdict(lambda: defaultdict(dict))
        refs = {}
        for item in items:
            object_id = (item.ref.spec.label, item.ref.key)
            by_object[object_id][item.ref.name][item.segment_key] = item
            refs[(object_id, item.ref.name)] = item.ref
        for object_id, fields in by_object.items():
            obj = refs[(object_id, next(iter(fields)))].obj
            base, has_draft = _base_object(obj)
            values = {}
            for name, imported in fields.items():
                value = _new_value(refs[(object_id, name)], base, language, imported, records)
                if value is not None:
                    values[name] = value
            object_items = [item for imported in fields.values() for item in imported.values()]
            planned.append((language, obj, base, has_draft, values, object_items, records))
    return planned


def import_files(files, language=None, publish=False, dry_run=False):
    """Validate every file, then (unless dry_run) write all changes in one transaction."""
    result, accepted = validate(files, language)
    if not result.ok:
        return result
    planned = plan(accepted)
    try:
        with transaction.atomic():
            for lang, obj, base, has_draft, values, items, records in planned:
                new_records, changed_records = _record_updates(lang, items, records)
                if values:
                    change = Change(
                        lang,
                        f"{obj._meta.label_lower}:{object_key(obj)}",
                        object_title(obj),
                        sorted(localized(name, lang) for name in values),
                        sorted(
                            item.ref.context(item.segment_key)
                            for item in items
                            if item.ref.name in values
                        ),
                    )
                    result.changes.append(change)
                    if publish and has_draft and isinstance(obj, DraftStateMixin):
                        result.warnings.append(
                            Problem(
                                "",
                                None,
                                "",
                                f"{change.ref_label} has unpublished changes: saved as a "
                                "draft, not published",
                            )
                        )
                if dry_run:
                    continue
                SegmentTranslation.objects.bulk_create(new_records)
                SegmentTranslation.objects.bulk_update(changed_records, ["source", "translation"])
                result.recorded += len(new_records) + len(changed_records)
                if values:
                    for name, value in values.items():
                        setattr(base, localized(name, lang), value)
                    change.revision = _save(obj, base, has_draft, publish)
    except ValidationError as error:
        result.problems.append(Problem("", None, "", f"the content does not validate: {error}"))
        result.changes = []
        return result
    except (DatabaseError, ValueError) as error:
        # Rolled back: a value the database refused (checks above should make it rare).
        result.problems.append(
            Problem("", None, "", f"the database refused the import, nothing changed: {error}")
        )
        result.changes = []
        return result
    result.written = not dry_run
    if result.written:
        # Saved pages are refreshed by their save; this also covers recorded identical
        # translations ("Python" kept as "Python"), which change no field.
        english_parts.refresh_pages(
            obj.pk for _lang, obj, *_rest in planned if isinstance(obj, Page)
        )
    if result.written and (result.changes or result.recorded):
        # Published translations show at once, in every process, and so does a note that
        # goes because a recorded identical translation no longer counts as English.
        bump_content_version()
    return result
