"""The demo's last loader step records which English each translation was made from, so an
English edit made afterwards shows as outdated in the status report and fuzzy in the export."""

import pytest

from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from content_translation.models import SegmentTranslation
from content_translation.sources import (
    record_demo_translation_sources,
    record_translation_sources,
)
from content_translation.status import language_status
from site_config.models import StandardPage

from .conftest import HEADING_ID
from .helpers import entries, export
from .test_import import ctx

TRANSLATIONS = {
    "nl": {"title": "Over ons", "intro": "Wie we zijn.", "heading": "Waarom AI leren"},
    "ar": {"title": "من نحن", "intro": "من نحن.", "heading": "لماذا نتعلم الذكاء الاصطناعي"},
}


def translate_like_the_demo(page):
    """Language fields written directly, as the demo loaders do: no records."""
    for language, values in TRANSLATIONS.items():
        suffix = language.replace("-", "_")
        setattr(page, f"title_{suffix}", values["title"])
        setattr(page, f"intro_{suffix}", values["intro"])
        body = page.body_en.raw_data[:]
        body[0] = {**body[0], "value": {**body[0]["value"], "text": values["heading"]}}
        setattr(page, f"body_{suffix}", body)
    page.save()
    return page


def test_the_step_is_the_last_demo_loader():
    assert settings.DEMO_CONTENT_LOADERS[-1] == (
        "content_translation.sources.record_demo_translation_sources"
    )


def test_sources_are_recorded_once(content):
    page = translate_like_the_demo(content["page"])
    assert not SegmentTranslation.objects.exists()
    # Title, intro and heading in two languages; segments still equal to the English are not.
    assert record_translation_sources() == 6
    assert record_translation_sources() == 0
    record = SegmentTranslation.objects.get(
        language="ar", context=ctx(page, "body", f"{HEADING_ID}/text")
    )
    assert (record.source, record.translation) == ("Why learn AI", TRANSLATIONS["ar"]["heading"])
    assert not SegmentTranslation.objects.filter(translation="Learning never ends.").exists()


def test_the_demo_step_records_text_identical_to_the_english_too(content):
    """After loading files, a language's own value equal to the English (a name, a figure)
    is that language's translation: the page shows no fallback note."""
    page = translate_like_the_demo(content["page"])
    assert record_demo_translation_sources() > 6
    for language in TRANSLATIONS:
        assert SegmentTranslation.objects.filter(
            language=language, translation="Learning never ends."
        ).exists()
        with translation.override(language):
            assert not StandardPage.objects.get(pk=page.pk).content_falls_back()
    assert record_demo_translation_sources() == 0


def english_edit(page):
    page = StandardPage.objects.get(pk=page.pk)
    body = page.body_en.raw_data[:]
    body[0] = {**body[0], "value": {**body[0]["value"], "text": "Why you should learn AI"}}
    page.body_en = body
    page.save()


@pytest.mark.parametrize("language", sorted(TRANSLATIONS))
def test_english_edit_after_loading_is_outdated_in_report_and_export(
    content, tmp_path, capsys, language
):
    page = translate_like_the_demo(content["page"])
    record_translation_sources()
    (before,) = language_status([language], locale_dir=tmp_path)
    assert before.content.fuzzy == 0

    english_edit(page)
    (after,) = language_status([language], locale_dir=tmp_path)
    assert after.content.fuzzy == 1
    assert after.content.translated == before.content.translated  # outdated, still there
    item = next(item for item in after.missing if item.field_name == "body")
    assert item.outdated == 1

    call_command("translation_status", languages=[language], missing=True, locale_dir=str(tmp_path))
    out = capsys.readouterr().out
    assert "1 outdated" in out
    assert "untranslated, 1 outdated" in out

    entry = entries(export(tmp_path, language))[ctx(page, "body", f"{HEADING_ID}/text")]
    assert entry.fuzzy
    assert entry.msgid == "Why you should learn AI"
    assert entry.previous_msgid == "Why learn AI"
    assert entry.msgstr == TRANSLATIONS[language]["heading"]


def test_admin_report_shows_outdated_segments(content, admin_client):
    page = translate_like_the_demo(content["page"])
    record_translation_sources()
    english_edit(page)
    html = admin_client.get("/admin/translation-status/", {"language": "ar"}).content.decode()
    (row,) = [row for row in html.split("<tr>") if "About us" in row and "<td>Body</td>" in row]
    assert "Fuzzy segments" in html
    assert row.split("</td>")[-2].strip().endswith("<td>1")  # the last column: outdated


def _shared_context(label):
    """A message context of `label` recorded in both Dutch and Arabic by the demo load."""
    contexts = {
        language: set(
            SegmentTranslation.objects.filter(
                language=language, context__startswith=f"{label}:", context__contains=":body:"
            ).values_list("context", flat=True)
        )
        for language in ("nl", "ar")
    }
    return sorted(contexts["nl"] & contexts["ar"])[0]


def test_loaded_demo_flags_an_english_edit_in_two_languages(db, tmp_path):
    from content_translation.segments import field_segments, rebuild_value

    call_command("load_demo", verbosity=0)
    context = _shared_context("site_config.standardpage")
    _label, pk, field, key = context.split(":", 3)
    page = StandardPage.objects.get(pk=pk)
    model_field = StandardPage._meta.get_field(field)
    source = next(
        segment.text
        for segment in field_segments("stream", model_field, page.body_en)
        if segment.key == key
    )
    before = {status.code: status for status in language_status(["nl", "ar"], tmp_path)}
    page.body_en = rebuild_value(
        "stream", model_field, page.body_en, {key: source.replace(".", "!", 1) + " (new)"}
    )
    page.save_revision().publish()

    for status in language_status(["nl", "ar"], tmp_path):
        assert status.content.fuzzy == before[status.code].content.fuzzy + 1
        entry = entries(export(tmp_path, status.code))[context]
        assert entry.fuzzy and entry.previous_msgid == source
