"""Write the translatable content of every page and snippet into one PO file per language."""

from pathlib import Path

import polib

from django.conf import settings
from django.utils.translation import to_locale

from .registry import (
    FUZZY,
    admin_edit_url,
    iter_fields,
    object_title,
    public_url,
    records_by_context,
    segment_state,
)
from .sources import needs_record, save_records

CATALOGUE_NAME = "content.po"


def catalogue_path(language, base_dir=None):
    base = Path(base_dir) if base_dir else Path(settings.LOCALE_PATHS[0])
    return base / to_locale(language) / "LC_MESSAGES" / CATALOGUE_NAME


def _comment(ref, segment):
    field_label = str(ref.model_field.verbose_name)
    lines = [f"{ref.spec.verbose_name} “{object_title(ref.obj)}”, {field_label}"]
    if ref.kind == "slug":
        lines.append("URL slug: letters, digits and hyphens only, no spaces.")
    if segment.is_html:
        lines.append('Keep the tags; <a id="1"> and similar are placeholders for links.')
    if segment.max_length:
        lines.append(f"At most {segment.max_length} characters.")
    return "\n".join(lines)


def build_catalogue(language, refs):
    """A polib.POFile for `language` from FieldRefs (see registry.iter_fields).

    Also records, for translations made in the admin, which English text they translate,
    so a later change to the English marks them fuzzy.
    """
    records = records_by_context(language)
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "AI Educademy content",
        "Language": to_locale(language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "content_translation export_content_po",
    }
    baselines = []
    for ref in refs:
        targets = ref.target_segments(language)
        links = [(url, "") for url in (admin_edit_url(ref.obj), public_url(ref.obj)) if url]
        for segment in ref.segments:
            context = ref.context(segment.key)
            record = records.get(context)
            state, text, previous = segment_state(segment.text, targets.get(segment.key), record)
            entry = polib.POEntry(
                msgctxt=context,
                msgid=segment.text,
                msgstr=text,
                occurrences=links,
                comment=_comment(ref, segment),
            )
            if state == FUZZY:
                entry.flags.append("fuzzy")
                entry.previous_msgid = previous
            elif needs_record(state, record, text):
                baselines.append((record, context, segment.text, text))
            catalogue.append(entry)
    save_records(language, baselines)
    return catalogue


def export(languages, base_dir=None):
    """Write content.po for each language; return {language: (path, catalogue)}."""
    refs = list(iter_fields())
    written = {}
    for language in languages:
        catalogue = build_catalogue(language, refs)
        path = catalogue_path(language, base_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue.save(str(path))
        written[language] = (path, catalogue)
    return written
