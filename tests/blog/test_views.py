"""What visitors see: index, article, tag archive, feeds, search, bad input, query counts."""

import datetime
import json
import re

import feedparser
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from site_config.chrome_cache import bump_content_version
from site_config.demo import block
from tests.blog.factories import BlogTagFactory, heading, paragraph
from tests.sitemap_files import sitemap_text

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- Index --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "direction", "month"),
    [("en", "ltr", "March"), ("nl", "ltr", "maart"), ("ar", "rtl", "مارس")],
)
def test_index_renders_in_ltr_and_rtl(client, make_article, python_tag, language, direction, month):
    make_article("Career paths", date=datetime.date(2026, 3, 11), tags=[python_tag])
    page = html(client.get(f"/{language}/blog/"))
    assert f'dir="{direction}"' in page
    assert "Career paths" in page
    assert month in page and "2026" in page
    assert f'href="/{language}/blog/tag/python/"' in page
    label = {"en": "Python", "nl": "Python-taal", "ar": "بايثون"}[language]
    assert f">{label}</a>" in page
    assert re.search(
        rf'type="application/rss\+xml" title="[^"]+" href="/{language}/blog/feed/rss/"', page
    )
    assert re.search(
        rf'type="application/atom\+xml" title="[^"]+" href="/{language}/blog/feed/atom/"', page
    )


def test_index_shows_translated_tag_labels_and_author(client, make_article, python_tag):
    make_article(tags=[python_tag])
    assert "Python-taal" in html(client.get("/nl/blog/"))
    assert "بايثون" in html(client.get("/ar/blog/"))
    assert "AI Educademy-team" in html(client.get("/nl/blog/"))


def test_untranslated_card_is_marked_english(client, make_article):
    make_article("Only English")
    page = html(client.get("/nl/blog/"))
    assert re.search(r'<li class="card article-card" lang="en" dir="ltr">', page)


def test_empty_blog_says_so(client, blog):
    assert "No articles have been published yet." in html(client.get("/en/blog/"))


@pytest.mark.parametrize("value", ["abc", "-1", "0", "999999", "1.5", "9" * 50, "%00", "١"])
def test_bad_page_numbers_are_404(client, make_article, value):
    make_article()
    assert client.get(f"/en/blog/?page={value}").status_code == 404


def test_pagination_edges(client, make_article):
    for n in range(11):
        make_article(f"Article number {n}", days_ago=n + 1)
    first = html(client.get("/en/blog/"))
    assert first.count('class="card article-card"') == 10
    assert 'rel="next"' in first and 'aria-current="page"' in first
    second = html(client.get("/en/blog/?page=2"))
    assert second.count('class="card article-card"') == 1
    assert "Article number 10" in second
    assert client.get("/en/blog/?page=3").status_code == 404


# --- Search ----------------------------------------------------------------------
def test_search_finds_articles_in_the_active_language(client, make_article):
    make_article(
        "Transformers explained",
        title_nl="Transformers uitgelegd",
        body=[paragraph("<p>Attention lets every token look at the others.</p>")],
        body_nl=[paragraph("<p>Aandacht laat elk token naar de andere kijken.</p>")],
    )
    make_article("Something else", body=[paragraph("<p>Nothing related at all.</p>")])
    english = html(client.get("/en/blog/?q=attention"))
    assert "Transformers explained" in english and "Something else" not in english
    dutch = html(client.get("/nl/blog/?q=aandacht"))
    assert "Transformers uitgelegd" in dutch
    assert "1 artikel" in dutch or "1 article" in dutch
    assert "Transformers explained" not in html(client.get("/en/blog/?q=aandacht"))


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "%FF%FE%00%C3",
        "a" * 10000,
        "%E2%80%AE%00ok",
        "%22%27;--",
        "NOT%20AND%20OR%20NEAR(",
        "(x*%20%5E%7B%7D:",
    ],
)
def test_hostile_search_input_is_escaped_and_never_500(client, make_article, query):
    make_article()
    response = client.get(f"/en/blog/?q={query}")
    page = html(response)
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "a" * 101 not in page


# --- Article ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "published", "minutes"),
    [
        ("en", "11 March 2026", "2 min read"),
        ("nl", "11 maart 2026", "2"),
        ("ar", "مارس", "2"),
    ],
)
def test_article_page_renders_in_ltr_and_rtl(
    client, make_article, python_tag, language, published, minutes
):
    article = make_article(
        "AI Career Paths in 2026",
        date=datetime.date(2026, 3, 11),
        tags=[python_tag],
        summary="Ten roles compared.",
        body=[
            heading("Machine learning engineer"),
            heading("Skills", "h3"),
            paragraph("<p>" + "word " * 350 + "</p>"),
            heading("Data scientist"),
            heading("Skills", "h3"),
        ],
    )
    page = html(client.get(f"/{language}{article.url[3:]}"))
    assert published in page
    assert minutes in page
    assert "AI Educademy" in page
    assert 'href="#machine-learning-engineer"' in page and 'id="machine-learning-engineer"' in page
    assert 'href="#skills-2"' in page and 'id="skills-2"' in page
    assert f'href="/{language}/blog/tag/python/"' in page
    assert f'class="back-link" href="/{language}/blog/"' in page
    for network in ("https://x.com/intent/post?", "linkedin.com/sharing", "reddit.com/submit?"):
        assert page.count(network) == 2
    assert page.count("data-copy-url=") == 2
    assert re.search(r"<button[^>]*data-copy-url=[^>]*hidden>", page)
    assert "data-copy-status" in page
    if language == "ar":
        assert 'dir="rtl"' in page
        assert 'class="prose stream article-body" lang="en" dir="ltr"' in page  # English body


@pytest.mark.parametrize("language", ["en", "ar"])
def test_contents_is_a_collapsible_side_column_with_h3_on_demand(client, make_article, language):
    article = make_article(
        "Roles",
        body=[
            heading("1. Do you love code?"),
            heading("Skills", "h3"),
            heading("Tools", "h3"),
            heading("2. Research"),
        ],
    )
    page = html(client.get(f"/{language}{article.url[3:]}"))
    toc = page.split('<nav class="toc"')[1].split("</nav>")[0]
    assert "data-toc" in toc and '<details class="toc-details" data-toc-details>' in toc
    assert 'id="toc-title"' in toc.split("</summary>")[0]  # the heading is the summary
    top_level = toc.split('<ol class="toc-list">')[1]
    assert top_level.count('<details class="toc-more">') == 1  # h3s behind one disclosure
    more = top_level.split('<details class="toc-more">')[1].split("</details>")[0]
    assert 'href="#skills"' in more and 'href="#tools"' in more
    assert "2" in more.split("</summary>")[0]  # "2 subsections", translated
    assert 'class="container article-layout has-toc"' in page


def test_article_without_headings_has_no_contents_column(client, make_article):
    article = make_article("Plain", body=[paragraph("<p>Just text.</p>")])
    page = html(client.get(article.url))
    assert "data-toc" not in page
    assert 'class="container article-layout"' in page


def json_ld_of(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(data) for data in blocks]


def test_article_json_ld_and_social_tags(client, make_article, python_tag):
    article = make_article("Hello </script><b>", tags=[python_tag], summary="A summary.")
    page = html(client.get(article.url))
    posting = next(data for data in json_ld_of(page) if data["@type"] == "BlogPosting")
    assert posting["headline"] == "Hello </script><b>"
    assert posting["inLanguage"] == "en"
    assert posting["datePublished"] == article.date.isoformat()
    assert posting["author"] == [{"@type": "Organization", "name": "AI Educademy team"}]
    assert posting["keywords"] == "Python"
    assert posting["mainEntityOfPage"].endswith("/en/blog/hello-scriptb/")
    assert '<meta property="og:type" content="article">' in page
    assert '<meta name="description" content="A summary.">' in page
    assert '<meta property="article:tag" content="Python">' in page
    assert 'name="twitter:card" content="summary"' in page
    nl_posting = json_ld_of(html(client.get("/nl" + article.url[3:])))
    assert any(data.get("inLanguage") == "nl" for data in nl_posting)


def test_article_with_cover_has_share_image(client, make_article):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Cover", file=get_test_image_file())
    article = make_article(cover_image=image, cover_alt="A cover", cover_alt_nl="Een omslag")
    page = html(client.get(article.url))
    posting = next(data for data in json_ld_of(page) if data["@type"] == "BlogPosting")
    assert posting["image"].startswith("http://testserver/")
    assert '<meta property="og:image" content="http://testserver/' in page
    assert 'content="summary_large_image"' in page
    assert 'alt="Een omslag"' in html(client.get("/nl" + article.url[3:]))
    assert re.search(r'<img [^>]*fetchpriority="high"', page)  # the cover is the LCP


def test_article_shows_cta_and_three_related(client, make_article, home, python_tag):
    from blog.models import BlogSettings

    settings = BlogSettings.for_site(home.get_site())
    settings.cta_heading = "Ready to learn AI properly?"
    settings.cta_heading_nl = "Klaar om AI echt te leren?"
    settings.cta_button_label = "Start AI Seeds"
    settings.cta_page = home
    settings.save()
    article = make_article("Main", tags=[python_tag])
    for n in range(4):
        make_article(f"Other {n}", days_ago=n + 2, tags=[python_tag] if n == 3 else [])
    page = html(client.get(article.url))
    related = page.split('id="related-heading"')[1]
    assert related.count('class="card article-card"') == 3
    assert related.index("Other 3") < related.index("Other 0")  # shared tag first
    assert "Ready to learn AI properly?" in page and "Start AI Seeds" in page
    assert "Klaar om AI echt te leren?" in html(client.get("/nl" + article.url[3:]))


def test_code_is_highlighted_with_classes_only(client, make_article):
    article = make_article(
        body=[("code", {"language": "python", "caption": "demo.py", "code": "print('<b>hi</b>')"})]
    )
    page = html(client.get(article.url))
    assert '<div class="highlight"><pre tabindex="0">' in page
    assert '<figcaption class="code-block-title">demo.py</figcaption>' in page
    assert '<span class="nb">print</span>' in page
    assert "&lt;b&gt;hi&lt;/b&gt;" in page
    assert "style=" not in page.split('<main id="main"')[1]


def test_table_block_renders_headers(client, make_article):
    table = {
        "data": [["Role", "UK"], ["ML Engineer", "£60,000–£130,000"]],
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_caption": "Salaries",
    }
    page = html(client.get(make_article(body=[("table", table)]).url))
    assert '<th scope="col">Role</th>' in page
    assert '<th scope="row">ML Engineer</th>' in page
    assert "<caption>Salaries</caption>" in page


# --- Tag archive -----------------------------------------------------------------
def test_tag_page_lists_only_tagged_articles_with_language_urls(client, make_article, python_tag):
    make_article("Tagged", tags=[python_tag])
    make_article("Untagged")
    page = html(client.get("/nl/blog/tag/python/"))
    assert "Tagged" in page and "Untagged" not in page
    assert "Python-taal" in page
    assert 'hreflang="ar" href="http://testserver/ar/blog/tag/python/"' in page
    assert '<link rel="canonical" href="http://testserver/nl/blog/tag/python/">' in page
    assert 'aria-current="page"' in page
    assert 'dir="rtl"' in html(client.get("/ar/blog/tag/python/"))


def test_unknown_or_unused_tags_are_404(client, make_article, python_tag):
    make_article("Untagged")
    assert client.get("/en/blog/tag/does-not-exist/").status_code == 404
    assert client.get("/en/blog/tag/python/").status_code == 404  # no visible article
    assert client.get("/en/blog/tag/%3Cscript%3E/").status_code == 404


# --- Feeds -----------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "nl", "ar"])
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_in_each_language(client, make_article, python_tag, language, kind):
    make_article("First", title_nl="Eerste", title_ar="الأول", days_ago=2, tags=[python_tag])
    make_article("Second", days_ago=1)
    scheduled = make_article("Scheduled", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision().publish()
    response = client.get(f"/{language}/blog/feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == language
    titles = [entry.title for entry in feed.entries]
    first = {"en": "First", "nl": "Eerste", "ar": "الأول"}[language]
    assert titles == ["Second", first]
    assert feed.entries[1].link == f"http://localhost/{language}/blog/first/"
    label = {"en": "Python", "nl": "Python-taal", "ar": "بايثون"}[language]
    assert [tag.term for tag in feed.entries[1].tags] == [label]


# --- Sitemap and home --------------------------------------------------------------
def test_sitemap_lists_live_articles_with_alternates(client, make_article):
    make_article("Visible")
    scheduled = make_article("Invisible", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision().publish()
    sitemap = sitemap_text(client)
    assert re.search(r"<loc>http://[^/]+/en/blog/visible/</loc>", sitemap)
    assert re.search(r'hreflang="ar" href="http://[^/]+/ar/blog/visible/"', sitemap)
    assert "invisible" not in sitemap


def test_home_latest_articles_block(client, home, make_article):
    make_article("Fresh article")
    home.body = [block("latest_articles", {"heading": "Latest articles"})]
    home.save_revision().publish()
    page = html(client.get("/en/"))
    assert "Latest articles" in page and "Fresh article" in page
    assert 'href="/en/blog/"' in page


# --- Queries do not grow with content ----------------------------------------------
def count_queries(client, url):
    """(queries of the first render after a content change, of a render after it): the
    first computes the page's fragments, routes and listing facts, the next reuses them.
    Renders only, never a cached page's zero."""
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get(url)  # creates the settings rows read on first use (a content change)
        bump_content_version()
        with CaptureQueriesContext(connection) as first:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as again:
            assert client.get(url).status_code == 200
    return len(first), len(again)


def test_query_counts_do_not_grow_with_articles(client, make_article):
    tags = [BlogTagFactory(name=f"tag{n}", slug=f"tag{n}") for n in range(3)]
    main = make_article("Main", tags=tags)
    for n in range(4):
        make_article(f"A{n}", days_ago=n + 2, tags=tags[: n % 3 + 1])
    urls = [main.url, "/en/blog/", "/en/blog/tag/tag0/"]
    few = [count_queries(client, url) for url in urls]
    for n in range(45):
        make_article(f"B{n}", days_ago=n + 10, tags=tags[: n % 3 + 1])
    many = [count_queries(client, url) for url in urls]
    assert few == many
    assert all(again < first for first, again in many)  # the second render reuses the work
    print(f"\nSQL queries: article={many[0]} index={many[1]} tag={many[2]}")
