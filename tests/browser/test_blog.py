"""The blog in a real browser: accessible index, article and tag pages; copy link works."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

ARTICLES = {"en": "ai-career-paths-2026", "nl": "wat-is-ai", "ar": "what-is-ai"}


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_blog_pages_are_accessible(site, browser_page, language):
    urls = [
        f"/{language}/blog/",
        f"/{language}/blog/{ARTICLES[language]}/",
        f"/{language}/blog/tag/ai-career/",
    ]
    for url in urls:
        response = browser_page.goto(site + url)
        assert response.status == 200, url
        html = browser_page.locator("html")
        expect(html).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
        expect(browser_page.locator("h1")).to_have_count(1)
        assert browser_page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        ), f"{url} scrolls sideways"
        assert_no_axe_violations(browser_page)


def test_contents_links_jump_to_their_headings(site, browser_page):
    browser_page.goto(site + "/ar/blog/what-is-ai/")
    links = browser_page.locator(".toc a")
    assert links.count() >= 5
    for index in range(links.count()):
        target = links.nth(index).get_attribute("href")
        assert browser_page.locator(f'[id="{target[1:]}"]').count() == 1, target


def test_copy_link_copies_the_article_url(site, browser_page):
    browser_page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    browser_page.goto(site + "/nl/blog/wat-is-ai/")
    button = browser_page.locator("[data-copy-url]").first
    expect(button).to_be_visible()  # unhidden by site.js
    button.click()
    status = browser_page.locator("[data-copy-status]").first
    expect(status).not_to_be_empty()
    assert status.inner_text() == button.get_attribute("data-copied-label")
    copied = browser_page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("/nl/blog/wat-is-ai/")
