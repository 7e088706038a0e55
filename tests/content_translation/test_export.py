from content_translation.registry import make_context

from .conftest import HEADING_ID, PAGE_SEGMENTS, PARAGRAPH_ID, SECTION_ID
from .helpers import entries, export


def ctx(page, field, key=""):
    return make_context("site_config.standardpage", str(page.pk), field, key)


def test_export_writes_one_entry_per_segment_with_stable_contexts(content, tmp_path):
    page = content["page"]
    found = entries(export(tmp_path))
    own = {key: entry for key, entry in found.items() if key.startswith(ctx(page, ""))}
    assert len(own) == PAGE_SEGMENTS
    assert found[ctx(page, "title")].msgid == "About us"
    assert found[ctx(page, "slug")].msgid == "about"
    assert found[ctx(page, "body", f"{HEADING_ID}/text")].msgid == "Why learn AI"
    paragraph = found[ctx(page, "body", f"{PARAGRAPH_ID}:p-1")]
    assert paragraph.msgid == 'Read <a id="1">the <b>guide</b></a> first.'
    assert found[ctx(page, "body", f"{PARAGRAPH_ID}:li-3")].msgid == "Two ideas & more"
    assert found[ctx(page, "body", f"{SECTION_ID}/heading")].msgid == "Our mission"


def test_export_never_shows_json_urls_anchors_or_choices(content, tmp_path):
    text = export(tmp_path).read_text()
    for forbidden in ("mission", "h2", "https://example.org/", "linktype", '"type"', "{"):
        assert f'msgid "{forbidden}"' not in text
    assert "Our mission" in text  # the section heading is prose
    assert 'msgid "mission"' not in text  # its anchor is not


def test_export_links_each_entry_to_its_admin_and_public_pages(content, tmp_path):
    page = content["page"]
    entry = entries(export(tmp_path))[ctx(page, "title")]
    urls = [url for url, _line in entry.occurrences]
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in urls
    assert "http://localhost/en/about/" in urls
    assert "About us" in entry.comment


def test_snippets_inline_items_and_settings_are_exported(content, tmp_path):
    found = entries(export(tmp_path))
    track, item = content["track"], content["item"]
    assert found[f"learning.track:{track.pk}:name"].msgid == "AI learning"
    menu_item = found[f"site_config.menuitem:{item.pk}:label"]
    # An inline menu item links to the menu (snippet) that holds it.
    assert (
        f"/admin/snippets/site_config/navigationmenu/edit/{item.menu_id}/"
        in (menu_item.occurrences[0][0])
    )
    assert found["site_config.sitesettings:site-localhost-80:tagline"].msgid == (
        "Learn AI for free"
    )


def test_existing_translations_are_exported_as_msgstr(content, tmp_path):
    page = content["page"]
    page.title_nl = "Over ons"
    page.save()
    found = entries(export(tmp_path))
    assert found[ctx(page, "title")].msgstr == "Over ons"
    assert found[ctx(page, "intro")].msgstr == ""


def test_block_ids_keep_contexts_stable_when_blocks_are_reordered(content, tmp_path):
    page = content["page"]
    before = set(entries(export(tmp_path)))
    page.body_en = list(reversed(list(page.body_en.raw_data)))
    page.save()
    after = set(entries(export(tmp_path)))
    assert before == after
