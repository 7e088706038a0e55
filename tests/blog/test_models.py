"""Article and index behaviour: tree rules, contents, related articles, scheduling, fallback."""

import datetime

import pytest

from django.test import RequestFactory
from django.utils import timezone, translation

from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage, BlogSettings, published_articles
from site_config.models import HomePage
from tests.blog.factories import BlogTagFactory, heading, paragraph

pytestmark = pytest.mark.django_db


def test_tree_rules():
    assert BlogIndexPage.parent_page_types == ["site_config.HomePage"]
    assert BlogIndexPage.subpage_types == ["blog.BlogPage"]
    assert BlogPage.parent_page_types == ["blog.BlogIndexPage"]
    assert BlogPage.subpage_types == []
    assert BlogIndexPage.can_create_at(HomePage())
    assert not BlogPage.can_create_at(HomePage())
    assert "blog.BlogIndexPage" in HomePage.subpage_types


def test_reading_time_follows_the_active_language(make_article):
    article = make_article(
        body=[paragraph("<p>" + "word " * 1000 + "</p>")],
        body_ja=[paragraph("<p>" + "学習" * 250 + "</p>")],
    )
    article.refresh_from_db()
    assert article.reading_time == 5
    with translation.override("ja"):
        assert article.reading_time == 1
    with translation.override("nl"):  # no Dutch body: the English text is shown and timed
        assert article.reading_time == 5


def test_table_of_contents_nests_h3_and_keeps_anchors_unique(make_article):
    article = make_article(
        body=[
            heading("Skills"),
            heading("What the role is", "h3"),
            heading("Skills"),
            heading("What the role is", "h3"),
            heading("ما هو الذكاء الاصطناعي؟"),
            heading("人工智能是什么？"),
        ]
    )
    toc = article.table_of_contents()
    assert [entry["anchor"] for entry in toc] == [
        "skills",
        "skills-2",
        "ما-هو-الذكاء-الاصطناعي",
        "人工智能是什么",
    ]
    assert [child["anchor"] for child in toc[0]["children"]] == ["what-the-role-is"]
    assert [child["anchor"] for child in toc[1]["children"]] == ["what-the-role-is-2"]
    anchors = [anchor for _block, anchor in article.body_with_anchors() if anchor]
    assert len(anchors) == len(set(anchors)) == 6


def test_an_h3_before_any_h2_is_a_top_level_entry(make_article):
    article = make_article(body=[heading("Intro", "h3"), heading("Main")])
    assert [entry["text"] for entry in article.table_of_contents()] == ["Intro", "Main"]


def test_related_articles_by_shared_tags_then_recency(make_article):
    a, b, c = (BlogTagFactory() for _ in range(3))
    article = make_article("Me", tags=[a, b, c])
    two_shared_old = make_article("Two shared", days_ago=30, tags=[a, b])
    one_shared_new = make_article("One shared", days_ago=2, tags=[c])
    make_article("Unrelated newest", days_ago=0, tags=[])
    three_shared = make_article("Three shared", days_ago=40, tags=[a, b, c])
    related = article.related_articles()
    assert related == [three_shared, two_shared_old, one_shared_new]
    assert article not in related


def test_related_falls_back_to_the_most_recent(make_article):
    article = make_article("Lonely", tags=[BlogTagFactory()])
    older = make_article("Older", days_ago=10)
    newer = make_article("Newer", days_ago=3)
    newest = make_article("Newest", days_ago=0)
    make_article("Oldest", days_ago=50)
    assert article.related_articles() == [newest, newer, older]


def test_related_never_shows_draft_private_or_future_articles(make_article, python_tag):
    article = make_article("Me", tags=[python_tag])
    draft = make_article("Draft", tags=[python_tag])
    draft.unpublish()
    make_article("Future dated", days_ago=-5, tags=[python_tag])
    visible = make_article("Visible", days_ago=9)
    assert article.related_articles() == [visible]


def test_scheduled_article_is_nowhere_until_it_goes_live(blog, make_article, python_tag):
    live = make_article("Live one", tags=[python_tag])
    scheduled = make_article("Scheduled", tags=[python_tag], live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert list(published_articles()) == [live]
    assert list(blog.articles()) == [live]
    assert live.related_articles() == []

    # Once the time has come, Wagtail's publish_scheduled makes it live everywhere.
    from django.core.management import call_command

    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = scheduled.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert set(published_articles()) == {live, BlogPage.objects.get(pk=scheduled.pk)}


def test_future_publication_date_schedules_the_article_on_clean(make_article):
    article = make_article("Future")
    article.date = timezone.localdate() + datetime.timedelta(days=10)
    article.go_live_at = None
    article.clean()
    assert article.go_live_at is not None
    assert article.go_live_at.date() == article.date


def test_title_and_body_fall_back_to_english(make_article):
    article = make_article(
        "English title", title_nl="Nederlandse titel", body=[heading("English heading")]
    )
    with translation.override("nl"):
        assert article.title == "Nederlandse titel"
        assert not article.title_falls_back()
        assert article.content_falls_back()
        assert article.table_of_contents()[0]["text"] == "English heading"
    with translation.override("ar"):
        assert article.title == "English title"
        assert article.title_falls_back()


def test_call_to_action_comes_from_settings_unless_the_article_overrides_it(make_article, home):
    request = RequestFactory().get("/en/blog/")
    request.site = home.get_site()
    settings = BlogSettings.for_site(request.site)
    settings.cta_heading = "Ready to learn AI properly?"
    settings.cta_button_label = "Start AI Seeds"
    settings.cta_page = home
    settings.save()
    article = make_article()
    cta = article.call_to_action(request)
    assert cta["heading"] == "Ready to learn AI properly?"
    assert cta["label"] == "Start AI Seeds"
    assert cta["url"] == "/en/"
    article.cta_heading = "Own heading"
    assert article.call_to_action(request)["heading"] == "Own heading"


def test_index_get_context_lists_newest_first(rf, blog, make_article, python_tag):
    old = make_article("Old", days_ago=5, tags=[python_tag])
    new = make_article("New", days_ago=1)
    request = rf.get("/en/blog/")
    request.site = blog.get_site()
    context = blog.get_context(request)
    assert list(context["articles"]) == [new, old]
    assert context["topics"] == [python_tag]
    tag_context = blog.get_context(request, tag=python_tag)
    assert list(tag_context["articles"]) == [old]


def test_tag_label_is_translated(python_tag):
    with translation.override("nl"):
        assert python_tag.display_name == "Python-taal"
    with translation.override("fr"):  # no French label: English label
        assert python_tag.display_name == "Python"


def test_every_page_is_a_specific_page(blog, make_article):
    make_article()
    assert Page.objects.type(BlogPage).count() == 1
