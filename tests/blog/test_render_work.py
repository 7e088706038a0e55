"""Work an article render no longer does per request: related articles from bounded
candidates, reading time / word count / contents stored per language and per revision,
listings without bodies."""

import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from blog.models import BlogPage
from tests.blog.factories import BlogTagFactory, heading, paragraph

pytestmark = pytest.mark.django_db


def words(count, word="word"):
    return paragraph("<p>" + f"{word} " * count + "</p>")


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return next(data for data in map(json.loads, blocks) if data.get("@type") == "BlogPosting")


# --- Related articles ----------------------------------------------------------------
def test_related_articles_rank_the_most_shared_tags_before_newer_articles(make_article):
    tags = [BlogTagFactory(name=f"t{n}", slug=f"t{n}") for n in range(3)]
    article = make_article("Main", tags=tags)
    for n in range(5):
        make_article(f"Newest untagged {n}", days_ago=0)
    two = make_article("Two shared", days_ago=30, tags=tags[:2])
    three = make_article("Three shared", days_ago=40, tags=tags)
    one_new = make_article("One shared, new", days_ago=2, tags=tags[2:])
    make_article("One shared, old", days_ago=50, tags=tags[:1])
    assert article.related_articles() == [three, two, one_new]


def test_related_articles_fill_with_the_newest_when_few_share_a_tag(make_article, python_tag):
    article = make_article("Main", tags=[python_tag])
    sharing = make_article("Sharing, newest of all", days_ago=0, tags=[python_tag])
    newer = make_article("Newer", days_ago=3)
    older = make_article("Older", days_ago=4)
    make_article("Oldest", days_ago=5)
    assert article.related_articles() == [sharing, newer, older]


def test_related_articles_never_include_the_article_itself_or_hidden_ones(make_article, python_tag):
    article = make_article("Main", tags=[python_tag])
    make_article("Draft", tags=[python_tag], live=False)
    make_article("Future", days_ago=-3, tags=[python_tag])
    visible = make_article("Visible", days_ago=20)
    assert article.related_articles() == [visible]


# --- Stored reading time, word count and contents ---------------------------------------
def test_reading_time_words_and_headings_are_stored_per_language(make_article):
    article = make_article(
        body=[heading("Why"), words(990)],
        body_nl=[heading("Waarom"), heading("Hoe", level="h3"), words(300, "woord")],
    )
    facts = BlogPage.objects.get(pk=article.pk).text_facts
    assert facts["en"]["minutes"] == 5
    assert facts["nl"]["minutes"] == 2
    assert [h[1:] for h in facts["nl"]["headings"]] == [
        ["h2", "Waarom", "waarom"],
        ["h3", "Hoe", "hoe"],
    ]
    assert facts["fr"] == facts["en"]  # no French body: the English one is shown


def test_the_article_page_shows_the_stored_facts_of_its_language(client, make_article):
    make_article(
        slug="facts", body=[heading("Why"), words(990)], body_nl=[heading("Waarom"), words(300)]
    )
    english = client.get("/en/blog/facts/").content.decode()
    assert 'href="#why"' in english and "5 min read" in english
    assert 990 < json_ld(english)["wordCount"] < 1000  # the words and the heading
    dutch = client.get("/nl/blog/facts/").content.decode()
    assert 'href="#waarom"' in dutch and 'href="#why"' not in dutch
    assert 300 < json_ld(dutch)["wordCount"] < 310


def test_a_new_revision_keeps_its_own_facts_until_it_is_published(client, make_article):
    article = make_article(slug="rev", body=[heading("First"), words(190)])
    article.body = [heading("Second"), words(1190)]
    revision = article.save_revision()

    assert revision.as_object().text_facts["en"]["minutes"] == 6
    live = client.get("/en/blog/rev/").content.decode()
    assert 'href="#first"' in live and "1 min read" in live

    revision.publish()
    published = client.get("/en/blog/rev/").content.decode()
    assert 'href="#second"' in published and "6 min read" in published
    assert BlogPage.objects.get(pk=article.pk).text_facts["en"]["minutes"] == 6


def test_validating_an_edit_refreshes_the_facts_a_preview_shows(make_article):
    article = make_article(body=[words(200)])
    article.body = [heading("Added"), words(1000)]
    article.full_clean()
    assert article.reading_time == 6
    assert article.table_of_contents() == [{"text": "Added", "anchor": "added", "children": []}]


def test_an_article_saved_before_the_facts_existed_computes_them(make_article):
    article = make_article(body=[heading("Old"), words(590)])
    BlogPage.objects.filter(pk=article.pk).update(text_facts={})
    old = BlogPage.objects.get(pk=article.pk)
    assert old.reading_time == 3
    with translation.override("nl"):
        assert old.headings()[0][1:] == ("h2", "Old", "old")


# --- Listings load the columns they show ---------------------------------------------------
def test_the_index_shows_reading_times_without_loading_any_body(client, make_article):
    make_article("Long", slug="long", body=[words(1000)])
    client.get("/en/blog/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/blog/").content.decode()
    assert "5 min read" in html
    article_selects = [q["sql"] for q in queries if 'FROM "blog_blogpage"' in q["sql"]]
    assert article_selects
    assert not any('"body_' in sql for sql in article_selects)
