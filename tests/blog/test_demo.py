"""The demo loader: idempotent, adds the home section once, schedules one article."""

import pytest

from django.utils import translation

from wagtail.models import Revision

from blog import demo
from blog.models import BlogIndexPage, BlogPage, BlogSettings, BlogTag, published_articles
from site_config.demo import block

pytestmark = pytest.mark.django_db


def test_demo_loader_is_idempotent_and_complete(home):
    home.body = [block("paragraph", "<p>Welcome</p>")]
    home.body_nl = [block("paragraph", "<p>Welkom</p>")]
    home.save_revision().publish()
    first = demo.load()
    assert first.warning_lines() == []  # the content files import cleanly
    revisions = Revision.objects.count()
    second = demo.load()
    assert second.changes == [] and Revision.objects.count() == revisions
    assert BlogIndexPage.objects.count() == 1
    assert BlogPage.objects.count() == 13
    assert published_articles().count() == 12
    scheduled = BlogPage.objects.get(slug_en="ai-agents-explained")
    assert not scheduled.live and scheduled.latest_revision.approved_go_live_at
    home.refresh_from_db()
    assert [b.block_type for b in home.body] == ["paragraph", "latest_articles"]
    assert [b.block_type for b in home.body_nl] == ["paragraph", "latest_articles"]
    assert not home.body_ar.raw_data  # no Arabic body: left alone
    seed = BlogPage.objects.get(slug_en="ai-career-paths-2026")
    assert str(seed.date) == "2026-03-11"
    assert {tag.name for tag in seed.tag_list()} == {
        "ai-career",
        "machine-learning",
        "jobs",
        "data-science",
        "career",
    }
    assert len(seed.body_text().split()) >= 1500
    assert seed.reading_time == 9
    assert {b.block_type for b in seed.body} >= {"heading", "table", "callout", "quote"}
    table = next(b.value for b in seed.body if b.block_type == "table")
    assert table["table_caption"].startswith("Typical salary ranges in 2026")
    assert (
        seed.cover_image and seed.cover_alt and seed.cover_alt_nl and not seed.cover_is_decorative
    )
    python = BlogPage.objects.get(slug_en="python-for-ai")
    assert "code" in {b.block_type for b in python.body}
    for code, minimum in (("nl", 4), ("ar", 2), ("ja", 1)):
        translated = [p for p in BlogPage.objects.all() if getattr(p, f"body_{code}").raw_data]
        assert len(translated) >= minimum, code
    with translation.override("nl"):
        assert BlogTag.objects.get(name="career").display_name == "Loopbaan"
    with translation.override("ar"):
        assert BlogTag.objects.get(name="career").display_name == "المسار المهني"
    assert BlogSettings.objects.get().cta_heading_nl


def test_demo_loader_keeps_editors_changes(home):
    demo.load()
    page = BlogPage.objects.get(slug_en="what-is-ai")
    page.title = "Edited by an editor"
    page.save_revision().publish()
    demo.load()
    assert BlogPage.objects.get(pk=page.pk).title == "Edited by an editor"
