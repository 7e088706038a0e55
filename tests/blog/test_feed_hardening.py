"""Feeds survive whatever the database holds: control characters in every field (written
past the model's cleaning, as an old row or a bulk update would), and summaries that
look like markup are sent as text."""

import feedparser
import pytest

from django.conf import settings
from django.db import connection

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from blog.models import Author, BlogTag

# PostgreSQL cannot store NUL at all; SQLite can, so an old SQLite row may hold one.
DIRTY = "A\x0bB" + ("\x00" if connection.vendor == "sqlite" else "") + "C\x1bD\x07E\x0c"


@pytest.fixture
def dirty_article(make_article, python_tag, author, blog):
    article = make_article("Clean", tags=[python_tag])
    for code, _name in settings.LANGUAGES:
        field = lambda name, code=code: build_localized_fieldname(name, code)  # noqa: E731
        Page.objects.filter(pk=article.pk).update(**{field("title"): "Title " + DIRTY})
        Page.objects.filter(pk=blog.pk).update(**{field("title"): "Blog " + DIRTY})
        type(article).objects.filter(pk=article.pk).update(**{field("summary"): "Sum " + DIRTY})
        type(blog).objects.filter(pk=blog.pk).update(**{field("intro"): "Intro " + DIRTY})
        Author.objects.filter(pk=author.pk).update(**{field("name"): "Ada " + DIRTY})
        BlogTag.objects.filter(pk=python_tag.pk).update(**{field("label"): "Py " + DIRTY})
    Site.objects.update(site_name="Site " + DIRTY)
    return article


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_with_control_characters_in_every_field_parse_in_every_language(
    client, dirty_article, kind
):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/blog/feed/{kind}/")
        assert response.status_code == 200, code
        feed = feedparser.parse(response.content)
        assert not feed.bozo, (code, feed.bozo_exception)
        [entry] = feed.entries
        assert entry.title.startswith("Title A")
        assert "\x00" not in response.content.decode() and "\x0b" not in response.content.decode()
        assert "Ada" in response.content.decode() and "Py A" in response.content.decode()


def test_summaries_are_declared_and_escaped_as_text(client, make_article):
    make_article("Markup", summary="Use <b>bold</b> & <script>x</script>")
    atom = client.get("/en/blog/feed/atom/").content.decode()
    assert '<summary type="text">Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;' in atom
    assert 'type="html"' not in atom
    rss = client.get("/en/blog/feed/rss/").content.decode()
    # Escaped once for HTML (RSS readers render descriptions as HTML), once for XML.
    assert "Use &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; &amp;amp;" in rss
    entry = feedparser.parse(rss).entries[0]
    assert "<script>" not in entry.summary
