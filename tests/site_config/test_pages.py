"""Home, standard and FAQ pages: tree rules, rendering per language, fallback, JSON-LD."""

import json
import re

import pytest

from django.utils import translation

from wagtail.models import Page

from learning.models import ProgramsIndexPage
from site_config.models import FAQPage, HomePage, StandardPage
from tests.site_config.factories import FAQPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

FALLBACK_NOTE = "This content is not yet available in your language, so it is shown in English."


def _paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def _faq_body(question, answer):
    return [
        {
            "type": "group",
            "value": {
                "heading": "Basics",
                "questions": [{"question": question, "answer": f"<p>{answer}</p>"}],
            },
        }
    ]


class TestTreeRules:
    def test_home_sits_at_the_root_and_holds_the_sections(self):
        assert HomePage.allowed_parent_page_models() == [Page]
        children = set(HomePage.allowed_subpage_models())
        assert {StandardPage, FAQPage, ProgramsIndexPage} <= children

    def test_standard_pages_nest_under_home_or_each_other(self):
        assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
        assert StandardPage.allowed_subpage_models() == [StandardPage]

    def test_faq_is_a_leaf_under_home(self):
        assert FAQPage.allowed_parent_page_models() == [HomePage]
        assert FAQPage.allowed_subpage_models() == []


def test_standard_page_renders_in_english_dutch_and_arabic(client, home):
    StandardPageFactory(
        parent=home,
        title="About us",
        slug="about",
        title_nl="Over ons",
        slug_nl="over-ons",
        title_ar="من نحن",
        slug_ar="من-نحن",
        body=_paragraph("We teach AI."),
        body_nl=_paragraph("Wij leren AI."),
        body_ar=_paragraph("نعلّم الذكاء الاصطناعي."),
    )
    english = client.get("/en/about/").content.decode()
    dutch = client.get("/nl/over-ons/").content.decode()
    arabic = client.get("/ar/من-نحن/").content.decode()
    assert '<h1 class="page-title">About us</h1>' in english and "We teach AI." in english
    assert "Over ons</h1>" in dutch and "Wij leren AI." in dutch
    assert "من نحن</h1>" in arabic and 'dir="rtl"' in arabic
    assert FALLBACK_NOTE not in english


def test_untranslated_body_falls_back_to_english_with_a_translated_note(client, home):
    StandardPageFactory(
        parent=home, title="About", slug="about", title_nl="Over", body=_paragraph("English only.")
    )
    html = client.get("/nl/about/").content.decode()
    with translation.override("nl"):
        dutch_note = translation.gettext(FALLBACK_NOTE)
    assert dutch_note != FALLBACK_NOTE, "the Dutch catalogue lacks the fallback note"
    assert dutch_note in html
    assert "English only." in html
    assert re.search(r'<article class="stream prose" lang="en" dir="ltr">', html)


def test_faq_page_groups_questions_and_publishes_faq_json_ld(client, home):
    FAQPageFactory(
        parent=home,
        body=_faq_body("Is it free?", "Yes, <b>always</b>."),
        body_nl=_faq_body("Is het gratis?", "Ja, altijd."),
    )
    html = client.get("/nl/faq/").content.decode()
    assert '<summary class="faq-question">Is het gratis?</summary>' in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"][0]["name"] == "Is het gratis?"
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "Ja, altijd."


def test_json_ld_cannot_break_out_of_its_script(client, home):
    FAQPageFactory(parent=home, body=_faq_body("</script><script>alert(1)</script>", "x"))
    html = client.get("/en/faq/").content.decode()
    assert "</script><script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_home_page_get_context_and_render(client, home):
    home.body = [
        {
            "type": "values",
            "value": {
                "anchor": "values",
                "heading": "Our values",
                "values": [{"icon": "🔓", "title": "Open", "text": "Open source."}],
            },
        }
    ]
    home.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "Learn AI" in html  # hero heading from the fixture
    assert 'id="values"' in html and "Open source." in html


@pytest.mark.parametrize(
    "value",
    [{"text": "Both", "page": "HOME", "external_url": "https://example.org"}, {"text": "Neither"}],
)
def test_link_block_needs_exactly_one_target(home, value):
    from wagtail.blocks.struct_block import StructBlockValidationError

    from site_config.blocks import LinkBlock

    block = LinkBlock()
    data = {**value, "page": home if value.get("page") else None}
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({**data, "page": data["page"] and data["page"].pk}))
    assert "Choose either a page or an external URL" in str(error.value.block_errors["page"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("एआई को समझिए, एक-एक साफ़ क़दम", 'एआई को समझिए, <span class="nowrap">एक-एक</span> साफ़ क़दम'),
        ("Learn step-by-step <b>", 'Learn <span class="nowrap">step-by-step</span> &lt;b&gt;'),
        ("AIを、一歩ずつ", "AIを、一歩ずつ"),
    ],
)
def test_keep_words_keeps_hyphenated_words_whole(text, expected):
    from site_config.templatetags.site_tags import keep_words

    assert keep_words(text) == expected
