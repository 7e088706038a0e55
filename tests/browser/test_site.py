"""What a visitor sees and clicks on the shared pages, in en, nl and ar, phone and desktop."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

LANGUAGES = ["en", "nl", "ar"]
PAGES = ["home", "programs", "ai-seeds", "faq", "about"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", PAGES)
def test_page_is_accessible_and_in_the_right_language(
    site, demo_page_urls, browser_page, language, slug
):
    browser_page.goto(site + demo_page_urls[language][slug])
    html = browser_page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    expect(browser_page.locator("h1")).to_have_count(1)
    no_horizontal_scroll = browser_page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert no_horizontal_scroll, "the page scrolls sideways"
    assert_no_axe_violations(browser_page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_translated_and_accessible(site, browser_page, language):
    response = browser_page.goto(f"{site}/{language}/no-such-page/")
    assert response.status == 404
    expect(browser_page.locator("html")).to_have_attribute("lang", language)
    expect(browser_page.get_by_role("link", name=re.compile(".")).first).to_be_visible()
    assert_no_axe_violations(browser_page)


def _open_menu_if_collapsed(page):
    toggle = page.locator(".menu-toggle-button")
    if toggle.is_visible():
        toggle.click()


def test_language_switcher_works_by_keyboard_and_keeps_the_page(site, demo_page_urls, browser_page):
    browser_page.goto(site + demo_page_urls["en"]["faq"])
    _open_menu_if_collapsed(browser_page)
    switcher = browser_page.locator(".language-switcher > summary")
    switcher.focus()
    browser_page.keyboard.press("Enter")
    dutch = browser_page.locator('.language-list a[hreflang="nl"]')
    expect(dutch).to_be_visible()
    dutch.focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(site + demo_page_urls["nl"]["faq"])
    expect(browser_page.locator("html")).to_have_attribute("lang", "nl")
    expect(browser_page.locator("h1")).to_have_text("Veelgestelde vragen")


def test_learning_paths_dropdown_opens_by_keyboard_and_closes_on_escape(
    site, demo_page_urls, browser_page
):
    browser_page.goto(site + demo_page_urls["ar"]["home"])
    _open_menu_if_collapsed(browser_page)
    dropdown = browser_page.locator(".main-nav details.dropdown-wide")
    summary = dropdown.locator("summary")
    summary.focus()
    browser_page.keyboard.press("Enter")
    expect(dropdown).to_have_attribute("open", "")
    program_link = dropdown.locator(f'a[href="{demo_page_urls["ar"]["ai-seeds"]}"]')
    expect(program_link).to_be_visible()
    assert_no_axe_violations(browser_page)
    browser_page.keyboard.press("Escape")
    expect(dropdown).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()


def test_theme_toggle_switches_and_remembers_the_theme(site, demo_page_urls, chromium):
    context = chromium.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site + demo_page_urls["nl"]["home"])
    toggle = page.locator("[data-theme-toggle]")
    expect(toggle).to_be_visible()
    toggle.click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert_no_axe_violations(page)
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    context.close()


def test_phone_menu_works_without_javascript(site, demo_page_urls, chromium):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 812}
    )
    page = context.new_page()
    page.goto(site + demo_page_urls["nl"]["home"])
    nav_link = page.locator(".main-nav a", has_text="Veelgestelde vragen")
    expect(nav_link).to_be_hidden()
    page.locator(".menu-toggle-button").click()
    expect(nav_link).to_be_visible()
    nav_link.click()
    page.wait_for_url(site + demo_page_urls["nl"]["faq"])
    context.close()


@pytest.mark.parametrize("slug", ["home", "ai-seeds", "faq"])
def test_system_dark_theme_is_accessible(site, demo_page_urls, chromium, slug):
    context = chromium.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site + demo_page_urls["ar"][slug])
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(14, 15, 28)", "the dark palette is not applied"
    assert_no_axe_violations(page)
    context.close()
