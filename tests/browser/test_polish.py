"""Issue 13 (polish) in the browser: the header in one row, the Contents column, pagination,
the language switcher's query, layout slips; axe on every state."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

LANGUAGES = ["en", "fr", "nl", "hi", "te", "es", "pt", "de", "zh-hans", "ja", "ar"]
ARTICLE = "ai-career-paths-2026"

ONE_ROW = """() => {
  const boxes = [document.querySelector('.brand'),
                 ...document.querySelectorAll('.main-nav-list > li, .header-actions > *')]
    .filter((element) => !element.hidden && element.offsetParent !== null)
    .map((element) => element.getBoundingClientRect());
  const first = Math.min(...boxes.map((box) => box.top));
  return {
    oneRow: boxes.every((box) => box.top < first + box.height / 2 + 1),
    height: Math.round(document.querySelector('.header-bar').getBoundingClientRect().height),
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
}"""


@pytest.fixture(scope="session")
def warm(demo_content, django_db_blocker):
    """Renders the pages once outside any test transaction, so the image renditions they
    need exist (the live server cannot write while a test holds SQLite's write lock)."""
    from django.test import Client

    with django_db_blocker.unblock():
        client = Client()
        for language in LANGUAGES:
            client.get(f"/{language}/")
        client.get(f"/en/blog/{ARTICLE}/")
        client.get("/ar/blog/")
        client.get("/en/blog/?page=2")


@pytest.mark.parametrize("width", [1024, 1280, 1440])
def test_header_is_one_row_in_every_language(site, warm, chromium, width):
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        heights = {}
        for language in LANGUAGES:
            page.goto(f"{site}/{language}/")
            result = page.evaluate(ONE_ROW)
            heights[language] = result["height"]
            assert result["oneRow"], f"{language} at {width} px: header wraps ({result})"
            assert not result["sideways"], f"{language} at {width} px scrolls sideways"
        assert max(heights.values()) <= 72, heights
    finally:
        context.close()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_more_menu_holds_the_items_that_do_not_fit(site, warm, chromium, language):
    context = chromium.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{site}/{language}/")
        more = page.locator("[data-nav-more]")
        expect(more).to_be_visible()
        moved = more.locator("[data-nav-more-list] > li")
        assert moved.count() >= 1
        more.locator("summary").first.click()
        expect(moved.first).to_be_visible()
        assert_no_axe_violations(page)
        # Back at phone width every item returns to the menu, and More disappears.
        page.set_viewport_size({"width": 375, "height": 800})
        expect(more).to_be_hidden()
        expect(moved).to_have_count(0)
    finally:
        context.close()


def test_contents_is_a_sticky_side_column_with_the_current_section(site, warm, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site}/en/blog/{ARTICLE}/")
    toc = page.locator("[data-toc]")
    body = page.locator(".article-body")
    expect(toc.locator("[data-toc-details]")).to_have_attribute("open", "")
    toc_box, body_box = toc.bounding_box(), body.bounding_box()
    assert toc_box["x"] + toc_box["width"] <= body_box["x"], "Contents sits beside the body"
    assert toc_box["y"] < 900, "Contents starts on the first screen"
    # h2 entries only by default; no doubled numbers (the list adds none).
    assert page.evaluate("getComputedStyle(document.querySelector('.toc-list')).listStyleType") in (
        "none",
        "",
    )
    expect(toc.locator(".toc-more ol a").first).to_be_hidden()

    target = toc.locator("[data-toc-link]").nth(2)
    anchor = target.get_attribute("href")
    page.locator(f'[id="{anchor[1:]}"]').scroll_into_view_if_needed()
    page.evaluate(f"document.getElementById({anchor[1:]!r}).scrollIntoView()")
    expect(target).to_have_attribute("aria-current", "location")
    expect(toc.locator("[aria-current]")).to_have_count(1)
    # Sticky: still in view far down the article.
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    assert 0 <= toc.bounding_box()["y"] < 200
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_contents_is_collapsed_on_phones(site, warm, chromium, language):
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        path = "/en/blog/ai-career-paths-2026/"
        if language == "ar":
            page.goto(site + path)
            path = page.locator('link[hreflang="ar"]').get_attribute("href")
            path = path.split("//", 1)[1].split("/", 1)[1]
            path = "/" + path
        page.goto(site + path)
        details = page.locator("[data-toc-details]")
        expect(details).not_to_have_attribute("open", "")
        assert page.locator(".article-body").bounding_box()["y"] < 2 * 812
        details.locator("summary").first.click()
        expect(page.locator("[data-toc-link]").first).to_be_visible()
        assert_no_axe_violations(page)
    finally:
        context.close()


def test_pagination_marks_the_current_page(site, warm, browser_page):
    page = browser_page
    page.goto(f"{site}/en/blog/?page=2")
    current = page.locator(".pagination [aria-current='page']")
    expect(current).to_have_text("2")
    other = page.locator(".pagination a", has_text="1")
    current_bg = current.evaluate("el => getComputedStyle(el).backgroundColor")
    other_bg = other.evaluate("el => getComputedStyle(el).backgroundColor")
    assert current_bg != other_bg, "the current page looks like any other"
    # The language switcher keeps the page number.
    switch = page.locator('.language-link[hreflang="nl"]')
    assert switch.get_attribute("href").endswith("?page=2")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("path", ["/en/blog/", "/ar/blog/"])
def test_listing_titles_line_up_with_their_content(site, warm, browser_page, path):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + path)
    title = page.locator("h1.page-title").bounding_box()
    form = page.locator(".search-form").bounding_box()
    if path.startswith("/ar/"):
        assert abs((title["x"] + title["width"]) - (form["x"] + form["width"])) < 2
    else:
        assert abs(title["x"] - form["x"]) < 2


@pytest.mark.parametrize("language", ["en", "ar"])
def test_meta_lines_never_start_with_a_separator(site, warm, chromium, language):
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{site}/{language}/blog/")
        starts = page.evaluate(
            """() => [...document.querySelectorAll('.meta')].flatMap((list) => {
              const box = list.getBoundingClientRect();
              return [...list.children].map((item) => {
                const left = item.getBoundingClientRect().left;
                const right = item.getBoundingClientRect().right;
                const rtl = document.dir === 'rtl';
                return {clipped: rtl ? right >= box.right - 1 : left <= box.left + 1,
                        clip: getComputedStyle(list).overflowX};
              });
            })"""
        )
        # Items at a line start have their separator outside the list's clipped box.
        assert starts and all(item["clip"] == "clip" for item in starts)
    finally:
        context.close()


def test_three_cards_never_leave_an_orphan(site, warm, browser_page):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site}/en/blog/{ARTICLE}/")
    cards = page.locator(".related .card-grid > li")
    assert cards.count() == 3
    tops = {round(cards.nth(i).bounding_box()["y"]) for i in range(3)}
    assert len(tops) == 1, "the three related articles share one row"


@pytest.mark.parametrize("width", [320, 375, 1280])
@pytest.mark.parametrize(("language", "word"), [("hi", "एक-एक"), ("ja", "一歩")])
def test_hero_title_keeps_its_words_whole(site, warm, chromium, language, word, width):
    context = chromium.new_context(viewport={"width": width, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{site}/{language}/")
        lines = page.evaluate(
            """() => {
              const heading = document.querySelector('.hero-heading');
              const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              const lines = []; let top = null;
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                  range.setStart(node, i); range.setEnd(node, i + 1);
                  const rect = range.getClientRects()[0];
                  if (!rect) continue;
                  if (top === null || Math.abs(rect.top - top) > 5) {
                    lines.push(''); top = rect.top;
                  }
                  lines[lines.length - 1] += node.data[i];
                }
              }
              return lines;
            }"""
        )
        assert word in "".join(lines)
        assert any(word in line for line in lines), lines
    finally:
        context.close()


def test_covers_and_cards_load_a_sized_avif(site, warm, browser_page):
    """Chromium picks the AVIF source, at a width near what the layout shows."""
    page = browser_page
    page.goto(f"{site}/en/blog/{ARTICLE}/")
    cover = page.locator(".article-cover img")
    cover.evaluate("(image) => image.decode()")
    source, shown = cover.evaluate("(image) => [image.currentSrc, image.clientWidth]")
    assert source.endswith(".avif"), source
    width = int(source.rsplit("width-", 1)[1].split(".", 1)[0])
    assert width >= shown and width <= max(1200, shown * 3), (width, shown)
    page.goto(f"{site}/en/blog/")
    card = page.locator("img.card-image").first
    card.scroll_into_view_if_needed()
    card.evaluate("(image) => image.decode()")
    assert card.evaluate("(image) => image.currentSrc").endswith(".avif")
