"""A page translated in part by a PO import, in French and Arabic: the note stays, the
switcher says "partly in English", and the English blocks are marked lang="en" dir="ltr"
while the translated heading is in the page's language."""

import polib
import pytest
from playwright.sync_api import expect

from django.utils import translation

from tests.browser.conftest import assert_no_axe_violations

LANGUAGES = {"fr": "Pourquoi apprendre l’IA", "ar": "لماذا نتعلم الذكاء الاصطناعي"}
HEADING_ID = "9c1f3e2a-5b7d-4e11-8a0c-00000000aa01"
PARAGRAPH_ID = "9c1f3e2a-5b7d-4e11-8a0c-00000000aa02"
QUOTE_ID = "9c1f3e2a-5b7d-4e11-8a0c-00000000aa03"
BODY = [
    {"type": "heading", "value": {"text": "Why learn AI", "level": "h2"}, "id": HEADING_ID},
    {"type": "paragraph", "value": "<p>Models learn from examples.</p>", "id": PARAGRAPH_ID},
    {
        "type": "quote",
        "value": {"quote": "Learning never ends.", "attribution": "A teacher"},
        "id": QUOTE_ID,
    },
]


def _import_heading_only(page, tmp_path):
    """A PO file per language translating the title and the heading, imported and published."""
    from content_translation.importer import import_files
    from content_translation.registry import make_context

    files = []
    for code, heading in LANGUAGES.items():
        catalogue = polib.POFile()
        catalogue.metadata = {"Language": code, "Content-Type": "text/plain; charset=UTF-8"}
        for field, key, source, text in [
            ("title", "", page.title_en, f"{page.title_en} ({code})"),
            ("body", f"{HEADING_ID}/text", "Why learn AI", heading),
        ]:
            context = make_context("site_config.standardpage", str(page.pk), field, key)
            catalogue.append(polib.POEntry(msgctxt=context, msgid=source, msgstr=text))
        path = tmp_path / f"{code}.po"
        catalogue.save(str(path))
        files.append(path)
    result = import_files(files, publish=True)
    assert result.ok and result.written, [str(problem) for problem in result.problems]


@pytest.fixture(scope="module")
def partial_urls(demo_content, django_db_blocker, tmp_path_factory):
    """{language: URL} of a new page under the demo home, translated in part; removed after."""
    from content_translation.models import SegmentTranslation
    from site_config.models import HomePage, StandardPage

    with django_db_blocker.unblock():
        home = HomePage.objects.get()
        page = home.add_child(
            instance=StandardPage(title="Partly translated", slug="partly-translated", body=BODY)
        )
        page.save_revision().publish()
        _import_heading_only(page, tmp_path_factory.mktemp("po"))
        page = StandardPage.objects.get(pk=page.pk)
        urls = {}
        for code in LANGUAGES:
            with translation.override(code):
                urls[code] = page.get_url()
        yield urls
        SegmentTranslation.objects.filter(
            context__startswith=f"site_config.standardpage:{page.pk}:"
        ).delete()
        page.delete()


def _language_of(page, selector):
    """The language and direction an element inherits: its nearest lang and dir."""
    return page.locator(selector).evaluate(
        "el => [el.closest('[lang]').lang, el.closest('[dir]').dir]"
    )


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_partly_translated_page_keeps_note_and_marks_english(
    site, partial_urls, browser_page, language
):
    browser_page.goto(site + partial_urls[language])
    direction = "rtl" if language == "ar" else "ltr"
    expect(browser_page.locator("html")).to_have_attribute("lang", language)
    expect(browser_page.locator(".fallback-notice")).to_be_visible()

    heading = browser_page.get_by_role("heading", name=LANGUAGES[language])
    expect(heading).to_be_visible()
    assert _language_of(browser_page, f"h2:has-text('{LANGUAGES[language]}')") == [
        language,
        direction,
    ]
    assert _language_of(browser_page, "p:has-text('Models learn from examples.')") == ["en", "ltr"]
    assert _language_of(browser_page, "blockquote:has-text('Learning never ends.')") == [
        "en",
        "ltr",
    ]
    # The switcher's entry for this language says the page is partly in English.
    entry = browser_page.locator(f".language-link[hreflang='{language}']")
    expect(entry.locator(".language-untranslated")).to_have_count(1)
    assert_no_axe_violations(browser_page)
