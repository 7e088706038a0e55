"""Which English each translation was made from (SegmentTranslation), recorded in bulk.

The importer records it for what it writes; the exporter for translations typed in the
admin; `record_translation_sources` (the last demo loader step, settings.DEMO_CONTENT_LOADERS)
for everything in the database, so the shipped demo can tell an English edit made after
loading: the affected translations then show as outdated (fuzzy) in the status report and
the PO export.
"""

from wagtail.models import Page

from . import english_parts
from .models import SegmentTranslation
from .registry import TRANSLATED, iter_fields, records_by_context, segment_state, target_languages


def needs_record(state, record, text):
    """True for a translated segment whose record is missing or names another translation
    (a stale record keeps its old source: that is what makes it outdated)."""
    return state == TRANSLATED and (record is None or record.translation != text)


def is_unrecorded_identical(source, target, record):
    """True when the language's own text is the English text itself and nothing records it
    yet (a name, a figure: "Data Scientist", "£50,000–£100,000")."""
    return record is None and bool(target and target.strip()) and target == source


def baselines(refs, language, records, identical_is_translation=False):
    """[(record or None, context, source, text)] for the segments of `refs` in `language`
    that need a record (see record_translation_sources)."""
    found = []
    for ref in refs:
        targets = ref.target_segments(language)
        for segment in ref.segments:
            context, target = ref.context(segment.key), targets.get(segment.key)
            record = records.get(context)
            state, text, _previous = segment_state(segment.text, target, record)
            if needs_record(state, record, text):
                found.append((record, context, segment.text, text))
            elif identical_is_translation and is_unrecorded_identical(segment.text, target, record):
                found.append((None, context, segment.text, target))
    return found


def save_records(language, baselines):
    """Create or update SegmentTranslations from [(record or None, context, source, text)]."""
    new, changed = [], []
    for record, context, source, text in baselines:
        if record is None:
            new.append(
                SegmentTranslation(
                    language=language, context=context, source=source, translation=text
                )
            )
        else:
            record.source, record.translation = source, text
            changed.append(record)
    SegmentTranslation.objects.bulk_create(new, batch_size=500)
    SegmentTranslation.objects.bulk_update(changed, ["source", "translation"], batch_size=500)
    return len(new) + len(changed)


def record_translation_sources(languages=None, identical_is_translation=False):
    """Record (source = current English, translation = current text) for every translated
    segment of every page and snippet that has no such record yet; idempotent. Then store
    every page's English parts. Returns the number of records written.

    With `identical_is_translation`, a segment whose text in the language equals the English
    is recorded too: right after loading content files, where every value in a language's
    field was written from that language's file, never filled in with English."""
    refs = list(iter_fields())
    written = 0
    for language in languages or target_languages():
        records = records_by_context(language)
        found = baselines(refs, language, records, identical_is_translation)
        written += save_records(language, found)
    english_parts.refresh_pages(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    return written


def record_demo_translation_sources():
    """The last demo loader step: every value the content files gave a language, identical
    to the English or not, is that language's translation made from the current English."""
    return record_translation_sources(identical_is_translation=True)
