"""A small site with every kind of translatable content: rich text, nested StreamField
blocks, a page slug, a snippet, an inline menu item and per-site settings."""

import pytest

from wagtail.models import Site

from site_config.models import SiteSettings
from tests.learning.factories import TrackFactory
from tests.site_config.factories import MenuItemFactory, StandardPageFactory

HEADING_ID = "0b0e1a52-1111-4c1e-9a3b-000000000001"
PARAGRAPH_ID = "0b0e1a52-1111-4c1e-9a3b-000000000002"
SECTION_ID = "0b0e1a52-1111-4c1e-9a3b-000000000003"
QUOTE_ID = "0b0e1a52-1111-4c1e-9a3b-000000000004"
CTA_ID = "0b0e1a52-1111-4c1e-9a3b-000000000005"


def body(link_page_id):
    return [
        {"type": "heading", "value": {"text": "Why learn AI", "level": "h2"}, "id": HEADING_ID},
        {
            "type": "paragraph",
            "value": (
                f'<p>Read <a linktype="page" id="{link_page_id}">the <b>guide</b></a> first.</p>'
                "<ul><li>One idea</li><li>Two ideas &amp; more</li></ul>"
            ),
            "id": PARAGRAPH_ID,
        },
        {
            "type": "section",
            "value": {"anchor": "mission", "heading": "Our mission", "text": "<p>Teach all.</p>"},
            "id": SECTION_ID,
        },
        {
            "type": "quote",
            "value": {"quote": "Learning never ends.", "attribution": "A teacher"},
            "id": QUOTE_ID,
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Start now",
                "text": "",
                "link": {"text": "Begin", "page": None, "external_url": "https://example.org/"},
            },
            "id": CTA_ID,
        },
    ]


# title, slug, intro + 10 body segments (heading 1, paragraph 3, section 2, quote 2, cta 2)
PAGE_SEGMENTS = 13


@pytest.fixture
def content(home):
    page = StandardPageFactory(
        parent=home, title="About us", slug="about", intro="Who we are.", body=body(home.pk)
    )
    track = TrackFactory(name="AI learning", tagline="From zero to hero")
    item = MenuItemFactory(label="Programs", description="")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tagline = "Learn AI for free"
    settings.save()
    return {"page": page, "track": track, "item": item, "settings": settings, "home": home}
