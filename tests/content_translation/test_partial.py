"""Partly translated pages: the English parts a PO import fills in are told apart.

The note and the switcher's "partly in English" stay while any part of the main content is
English, and those parts are marked lang="en" (blocks of a StreamField, paragraphs of rich
text); a fully translated page has neither. Dutch (LTR) and Arabic (RTL).
"""

import re

import polib
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from content_translation import english_parts
from content_translation.models import EnglishParts
from content_translation.status import page_available_languages
from site_config.models import StandardPage
from tests.careers.factories import CareerRolePageFactory, CareersIndexPageFactory

from .conftest import CTA_ID, HEADING_ID, PARAGRAPH_ID, QUOTE_ID, SECTION_ID
from .helpers import export, translate
from .test_import import ctx, run_import

NOTE = 'class="fallback-notice"'
PARTLY_ENGLISH = 'class="language-untranslated"'  # the switcher's "(partly in English)"
ENGLISH_RUN = '<div class="stream" lang="en" dir="ltr">'
LANGUAGES = {"nl": "NL", "ar": "AR"}


def page_entries(path, page):
    return {
        entry.msgctxt: entry.msgid
        for entry in polib.pofile(str(path))
        if entry.msgctxt.startswith(ctx(page, "")) and not entry.msgctxt.endswith(":slug")
    }


def import_translations(tmp_path, language, values):
    po = translate(export(tmp_path, language), tmp_path / f"{language}.po", values)
    run_import(po, publish=True)


def only_heading(page, language):
    """Title and the first heading: one body segment out of ten."""
    return {
        ctx(page, "title"): f"{LANGUAGES[language]} About us",
        ctx(page, "body", f"{HEADING_ID}/text"): f"{LANGUAGES[language]} Why learn AI",
    }


def everything(tmp_path, page, language):
    return {
        context: f"{LANGUAGES[language]} {text}"
        for context, text in page_entries(export(tmp_path, language), page).items()
    }


def article(html):
    return html.split('<article class="stream prose"', 1)[1].split("</article>", 1)[0]


def switcher_entry(html, language):
    match = re.search(
        rf'class="language-link"[^>]*hreflang="{language}"[^>]*>(.*?)</a>', html, re.S
    )
    return match.group(1)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_partial_import_keeps_the_note_and_the_switcher_mark(content, tmp_path, client, language):
    page = content["page"]
    import_translations(tmp_path, language, only_heading(page, language))

    page = StandardPage.objects.get(pk=page.pk)
    # The importer filled the nine other segments with the English text.
    assert "Learning never ends." in str(getattr(page, f"body_{language.replace('-', '_')}"))
    assert page.content_falls_back() is False  # English is active
    with translation.override(language):
        assert page.content_falls_back() is True
        assert page.fields_shown_in_english == set()
    assert language not in page_available_languages(page)

    html = client.get(f"/{language}/about/").content.decode()
    assert NOTE in html
    assert PARTLY_ENGLISH in switcher_entry(html, language)
    body = article(html)
    assert body.startswith(">")  # the article itself is not marked English
    heading, rest = body.split(ENGLISH_RUN, 1)
    assert f"{LANGUAGES[language]} Why learn AI" in heading
    # One run of English blocks: the paragraph, section, quote and call to action.
    assert body.count(ENGLISH_RUN) == 1
    for text in ("One idea", "Our mission", "Learning never ends.", "Start now"):
        assert text in rest


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_fully_translated_page_has_neither_note_nor_marks(content, tmp_path, client, language):
    page = content["page"]
    import_translations(tmp_path, language, everything(tmp_path, page, language))

    html = client.get(f"/{language}/about/").content.decode()
    assert NOTE not in html
    assert PARTLY_ENGLISH not in switcher_entry(html, language)
    assert 'lang="en"' not in article(html)
    assert page_available_languages(StandardPage.objects.get(pk=page.pk)) == ["en", language]


def test_an_untranslated_language_marks_the_whole_body(content, client):
    html = client.get("/ar/about/").content.decode()
    assert NOTE in html
    assert article(html).startswith(' lang="en" dir="ltr">')
    assert ENGLISH_RUN not in html


def test_identical_recorded_translations_count_as_translated(content, tmp_path, client):
    """ "A teacher" kept as it is: recorded by the import, so it is a translation, not a gap."""
    page = content["page"]
    values = everything(tmp_path, page, "nl")
    values[ctx(page, "body", f"{QUOTE_ID}/attribution")] = "A teacher"
    import_translations(tmp_path, "nl", values)

    html = client.get("/nl/about/").content.decode()
    assert NOTE not in html
    assert 'lang="en"' not in article(html)
    assert "A teacher" in html


def test_an_import_that_only_records_identical_text_refreshes_cached_pages(
    content, tmp_path, client
):
    """The second import changes no field, only what counts as English: the page a visitor
    was served with the note (and cached) is served again without it."""
    page = content["page"]
    values = everything(tmp_path, page, "nl")
    del values[ctx(page, "body", f"{QUOTE_ID}/attribution")]
    import_translations(tmp_path, "nl", values)
    for _visit in range(2):  # the first visit also creates the site's settings rows
        assert NOTE in client.get("/nl/about/").content.decode()

    import_translations(tmp_path, "nl", {ctx(page, "body", f"{QUOTE_ID}/attribution"): "A teacher"})

    assert NOTE not in client.get("/nl/about/").content.decode()


def test_identical_text_without_a_record_is_english(content, client):
    """Text equal to the English with no record (typed in, or copied) counts as English."""
    page = content["page"]
    page.body_nl = page.body_en.raw_data[:]
    page.save()
    with translation.override("nl"):
        page = StandardPage.objects.get(pk=page.pk)
        assert page.fields_shown_in_english == {"body"}
    assert NOTE in client.get("/nl/about/").content.decode()


def test_half_translated_block_keeps_the_note_without_marking_the_block(content, tmp_path):
    page = content["page"]
    import_translations(
        tmp_path,
        "nl",
        {
            **everything(tmp_path, page, "nl"),
            ctx(page, "body", f"{PARAGRAPH_ID}:li-3"): "",  # one list item left English
        },
    )
    page = StandardPage.objects.get(pk=page.pk)
    with translation.override("nl"):
        assert page.content_falls_back() is True
        assert page.english_blocks == {"body": set()}  # no block is wholly English


def test_parts_are_stored_on_save_and_read_in_one_query(content, tmp_path):
    page = content["page"]
    import_translations(tmp_path, "nl", only_heading(page, "nl"))
    stored = EnglishParts.objects.get(page_id=page.pk).languages
    assert sorted(stored["nl"]["parts"]["body"]) == sorted(
        [PARAGRAPH_ID, SECTION_ID, QUOTE_ID, CTA_ID]
    )
    assert stored["ar"]["parts"] == {"title": "*", "body": "*"}
    page = StandardPage.objects.get(pk=page.pk)
    with translation.override("nl"), CaptureQueriesContext(connection) as queries:
        assert page.content_falls_back() and page.english_blocks
        for code in ("fr", "de", "ar"):
            page.english_parts(code)
    assert len(queries) == 1


def test_a_page_changed_without_a_save_is_computed_afresh(content):
    """A preview, or a row updated behind the model's back, does not trust the stored row."""
    page = content["page"]
    page.body_nl = page.body_en.raw_data[:]
    page.save()  # stored: the whole body is English in Dutch
    dutch_heading = [
        {"type": "heading", "value": {"text": "Waarom", "level": "h2"}, "id": HEADING_ID}
    ]
    previewed = StandardPage.objects.get(pk=page.pk)
    previewed.body_nl = dutch_heading
    assert sorted(english_parts.load(previewed, ["nl"])["nl"]["body"]) == sorted(
        [PARAGRAPH_ID, SECTION_ID, QUOTE_ID, CTA_ID]
    )
    StandardPage.objects.filter(pk=page.pk).update(body_nl=dutch_heading)
    with translation.override("nl"):
        assert StandardPage.objects.get(pk=page.pk).fields_shown_in_english == set()
    assert EnglishParts.objects.get(page_id=page.pk).languages["nl"]["parts"]["body"] == "*"


def test_revision_bookkeeping_saves_do_not_recompute(content, django_assert_max_num_queries):
    page = content["page"]
    page.body_nl = [
        {"type": "heading", "value": {"text": "Waarom", "level": "h2"}, "id": HEADING_ID}
    ]
    before = EnglishParts.objects.get(page_id=page.pk).languages
    page.save_revision()  # a draft: the live row's columns do not change
    assert EnglishParts.objects.get(page_id=page.pk).languages == before


@pytest.fixture
def role(home):
    index = CareersIndexPageFactory(parent=home, title="Careers", slug="careers")
    return CareerRolePageFactory(
        parent=index,
        title="Data analyst",
        slug="data-analyst",
        what_it_is="<p>Turns data into answers.</p><p>Works with everyone.</p>",
        who_it_suits="<p>Curious people.</p>",
    )


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_rich_text_marks_its_english_paragraphs(role, tmp_path, client, language):
    label = "careers.careerrolepage"
    prefix = f"{label}:{role.pk}:"
    code = LANGUAGES[language]
    import_translations(
        tmp_path,
        language,
        {
            f"{prefix}title": f"{code} Data analyst",
            f"{prefix}what_it_is:p-1": f"{code} Turns data into answers.",
        },
    )
    html = client.get(f"/{language}/careers/data-analyst/").content.decode()
    assert NOTE in html
    assert f"<p>{code} Turns data into answers.</p>" in html
    assert '<p lang="en" dir="ltr">Works with everyone.</p>' in html
    # who_it_suits is wholly English: marked as a whole, not paragraph by paragraph.
    assert re.search(r'<div class="rich-text" lang="en" dir="ltr"><p>Curious people.</p>', html)
    assert 'class="prose role-body" lang="en"' not in html
