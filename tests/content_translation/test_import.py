import polib
import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Revision

from content_translation.models import SegmentTranslation
from content_translation.registry import make_context
from site_config.models import StandardPage

from .conftest import HEADING_ID, PARAGRAPH_ID, QUOTE_ID
from .helpers import entries, export, keys, translate


def ctx(page, field, key=""):
    return make_context("site_config.standardpage", str(page.pk), field, key)


def dutch(page):
    return {
        ctx(page, "title"): "Over ons",
        ctx(page, "intro"): "Wie we zijn.",
        ctx(page, "body", f"{HEADING_ID}/text"): "Waarom AI leren",
        ctx(page, "body", f"{PARAGRAPH_ID}:p-1"): 'Lees eerst <a id="1">de <b>gids</b></a>.',
        ctx(page, "body", f"{PARAGRAPH_ID}:li-3"): "Twee ideeën & meer",
    }


def run_import(*args, **options):
    call_command("import_content_po", *[str(arg) for arg in args], **options)


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def test_import_writes_translations_as_a_published_revision(content, tmp_path, client):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    run_import(po, publish=True)

    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_nl == "Over ons"
    assert revisions(page) == 1
    body = list(page.body_nl.raw_data)
    # Links keep their target; untranslated segments keep the English text.
    assert 'Lees eerst <a id="{}" linktype="page">'.format(content["home"].pk) in str(body) or (
        f'<a linktype="page" id="{content["home"].pk}">de <b>gids</b></a>' in str(body)
    )
    assert "One idea" in str(body)
    assert body[2]["value"]["anchor"] == "mission"

    response = client.get("/nl/about/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Waarom AI leren" in html
    assert "Twee ideeën &amp; meer" in html
    assert f'href="{content["home"].url}"' in html or 'href="/nl/"' in html


def test_round_trip_is_lossless(content, tmp_path):
    page = content["page"]
    first = export(tmp_path)
    catalogue = polib.pofile(str(first))
    for entry in catalogue:
        entry.msgstr = (
            entry.msgid + "-nl" if entry.msgctxt.endswith(":slug") else "NL " + entry.msgid
        )
    translated = tmp_path / "nl.po"
    catalogue.save(str(translated))
    run_import(translated, publish=True)
    assert keys(export(tmp_path)) == keys(translated)
    page.refresh_from_db()
    assert page.slug_nl == "about-nl"


def test_second_import_changes_nothing(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    run_import(po, publish=True)
    records = list(SegmentTranslation.objects.values_list("context", "updated_at"))
    run_import(po, publish=True)
    assert revisions(page) == 1
    assert list(SegmentTranslation.objects.values_list("context", "updated_at")) == records
    assert "0 object(s) updated" in capsys.readouterr().out


def test_draft_import_leaves_the_live_page_alone_and_is_idempotent(content, tmp_path):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    run_import(po, draft=True)
    run_import(po, draft=True)
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_nl in ("", None)
    assert page.has_unpublished_changes
    assert revisions(page) == 1
    assert page.get_latest_revision_as_object().title_nl == "Over ons"


def test_dry_run_lists_changes_and_writes_nothing(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    run_import(po, dry_run=True)
    out = capsys.readouterr().out
    assert f"would update [nl] site_config.standardpage:{page.pk} “About us”" in out
    assert ctx(page, "title") in out
    page.refresh_from_db()
    assert page.title_nl in ("", None)
    assert revisions(page) == 0
    assert not SegmentTranslation.objects.exists()


def _assert_rejected(content, po, capsys, *expected):
    page = content["page"]
    with pytest.raises(CommandError, match="nothing was imported"):
        run_import(po, publish=True)
    err = capsys.readouterr().err
    for text in expected:
        assert text in err
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_nl in ("", None)
    assert not page.body_nl.raw_data
    assert revisions(page) == 0
    assert not SegmentTranslation.objects.exists()
    return err


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ('Lees <a id="2">de <b>gids</b></a>.', 'placeholder <a id="2"> is not in the source'),
        ('Lees <a id="1">de <b>gids</a></b>.', "closing tag </a> does not match an open tag"),
        ("Lees de gids.", 'markup differs from the source: missing <a id="1">'),
    ],
)
def test_broken_placeholder_or_markup_rejects_the_whole_file(
    content, tmp_path, capsys, translation, problem
):
    page = content["page"]
    values = dutch(page) | {ctx(page, "body", f"{PARAGRAPH_ID}:p-1"): translation}
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    line = entries(po)[ctx(page, "body", f"{PARAGRAPH_ID}:p-1")].linenum
    err = _assert_rejected(content, po, capsys, problem)
    assert f'{po}:{line}: msgctxt "{ctx(page, "body", f"{PARAGRAPH_ID}:p-1")}"' in err


def _with_extra_entry(path, target, msgctxt, msgstr="Iets"):
    catalogue = polib.pofile(str(path))
    catalogue.append(polib.POEntry(msgctxt=msgctxt, msgid="Something", msgstr=msgstr))
    catalogue.save(str(target))
    return target


def test_wrong_msgctxt_is_rejected(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    po = _with_extra_entry(po, po, ctx(page, "nonexistent"))
    po = _with_extra_entry(po, po, "garbage")
    po = _with_extra_entry(po, po, "shop.product:1:name")
    _assert_rejected(
        content,
        po,
        capsys,
        "site_config.standardpage has no translatable field 'nonexistent'",
        "not of the form <model>:<object>:<field>",
        "unknown content type 'shop.product'",
    )


def test_unknown_object_is_rejected(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    po = _with_extra_entry(po, po, "site_config.standardpage:999999:title")
    _assert_rejected(content, po, capsys, "unknown object: no standard page '999999'")


def test_truncated_file_is_rejected(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    text = po.read_text()
    cut = text.index('msgstr "Waarom') + len('msgstr "Waar')
    po.write_text(text[:cut])
    _assert_rejected(content, po, capsys, "cannot read the file")


def test_invalid_slug_is_rejected(content, tmp_path, capsys):
    page = content["page"]
    values = dutch(page) | {ctx(page, "slug"): "over ons"}
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    _assert_rejected(content, po, capsys, "is not a valid slug")


def test_fuzzy_entries_are_not_imported(content, tmp_path, capsys):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    catalogue = polib.pofile(str(po))
    for entry in catalogue:
        if entry.msgctxt == ctx(page, "title"):
            entry.flags.append("fuzzy")
    catalogue.save(str(po))
    run_import(po, publish=True)
    captured = capsys.readouterr()
    assert f'msgctxt "{ctx(page, "title")}": fuzzy: not imported' in captured.err
    assert "1 fuzzy entr(ies) skipped" in captured.out
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title_nl in ("", None)
    assert page.intro_nl == "Wie we zijn."


def test_unicode_slug_is_accepted_and_used_in_urls(content, tmp_path, client):
    page = content["page"]
    values = dutch(page) | {ctx(page, "slug"): "über-uns"}
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    run_import(po, publish=True)
    page = StandardPage.objects.get(pk=page.pk)
    with translation.override("nl"):
        assert page.url == "/nl/%C3%BCber-uns/"
    assert client.get(page.url).status_code == 200


def test_english_edit_marks_the_translation_fuzzy_on_next_export(content, tmp_path):
    page = content["page"]
    po = translate(export(tmp_path), tmp_path / "nl.po", dutch(page))
    run_import(po, publish=True)

    page = StandardPage.objects.get(pk=page.pk)
    page.intro_en = "Who we are, and why."
    body = list(page.body_en.raw_data)
    body[0]["value"]["text"] = "Why everyone should learn AI"
    page.body_en = body
    page.save_revision().publish()

    found = entries(export(tmp_path))
    intro = found[ctx(page, "intro")]
    assert intro.fuzzy
    assert intro.msgid == "Who we are, and why."
    assert intro.msgstr == "Wie we zijn."
    assert intro.previous_msgid == "Who we are."
    heading = found[ctx(page, "body", f"{HEADING_ID}/text")]
    assert heading.fuzzy and heading.previous_msgid == "Why learn AI"
    # Unchanged sources stay translated, not fuzzy.
    assert not found[ctx(page, "title")].fuzzy
    assert found[ctx(page, "title")].msgstr == "Over ons"


def test_translation_identical_to_english_counts_as_translated(content, tmp_path):
    page = content["page"]
    values = {ctx(page, "body", f"{QUOTE_ID}/attribution"): "A teacher"}
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    run_import(po, publish=True)
    found = entries(export(tmp_path))
    assert found[ctx(page, "body", f"{QUOTE_ID}/attribution")].msgstr == "A teacher"
    # Other segments were filled with English on the page, but are still untranslated.
    assert found[ctx(page, "body", f"{HEADING_ID}/text")].msgstr == ""


def test_snippet_and_settings_translations_are_imported(content, tmp_path):
    track, item = content["track"], content["item"]
    values = {
        f"learning.track:{track.pk}:name": "AI leren",
        f"site_config.menuitem:{item.pk}:label": "Programma's",
        "site_config.sitesettings:site-localhost-80:tagline": "Leer AI, gratis",
    }
    po = translate(export(tmp_path), tmp_path / "nl.po", values)
    run_import(po, publish=True)
    track.refresh_from_db()
    item.refresh_from_db()
    content["settings"].refresh_from_db()
    assert track.name_nl == "AI leren"
    assert item.label_nl == "Programma's"
    assert content["settings"].tagline_nl == "Leer AI, gratis"
