"""The Lab as a visitor finds it: the index, the header dropdown, pages without JavaScript."""

import pytest
from playwright.sync_api import expect

from lab.experiments import KEYS
from tests.browser.conftest import assert_no_axe_violations

LANGUAGES = ["en", "nl", "ar"]


def _open_menu_if_collapsed(page):
    toggle = page.locator(".menu-toggle-button")
    if toggle.is_visible():
        toggle.click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_shows_every_experiment_with_its_own_address(site, lab_urls, browser_page, language):
    urls = lab_urls[language]
    browser_page.goto(site + urls["lab"])
    expect(browser_page.locator("html")).to_have_attribute("lang", language)
    cards = browser_page.locator("[data-lab-card]")
    expect(cards).to_have_count(7)
    hrefs = [cards.nth(n).locator("a").get_attribute("href") for n in range(7)]
    assert sorted(hrefs) == sorted(urls[key] for key in KEYS)
    assert len(set(hrefs)) == 7
    assert_no_axe_violations(browser_page)


@pytest.mark.parametrize(("language", "badge"), [("en", "7 experiments"), ("ar", None)])
def test_header_dropdown_lists_the_experiments_by_keyboard(
    site, lab_urls, browser_page, language, badge
):
    urls = lab_urls[language]
    browser_page.goto(site + urls["lab"])
    _open_menu_if_collapsed(browser_page)
    dropdown = browser_page.locator(
        ".main-nav details", has=browser_page.locator(".dropdown-badge")
    )
    summary = dropdown.locator("summary")
    summary.focus()
    browser_page.keyboard.press("Enter")
    expect(dropdown).to_have_attribute("open", "")
    if badge:
        expect(dropdown.locator(".dropdown-badge")).to_have_text(badge)
    links = dropdown.locator(".dropdown-list a")
    expect(links).to_have_count(7)
    assert {links.nth(n).get_attribute("href") for n in range(7)} == {urls[k] for k in KEYS}
    expect(dropdown.locator(".dropdown-footer a")).to_have_attribute("href", urls["lab"])
    assert_no_axe_violations(browser_page)
    browser_page.keyboard.press("Escape")
    expect(dropdown).not_to_have_attribute("open", "")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_javascript_each_page_explains_itself(site, lab_urls, chromium, language):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 812}
    )
    page = context.new_page()
    for key in KEYS:
        page.goto(site + lab_urls[language][key])
        expect(page.locator("[data-lab-needs-js]")).to_be_visible()
        expect(page.locator("[data-lab-app]")).to_be_hidden()
        expect(page.locator("#how-it-works")).to_be_visible()
        expect(page.locator(".lab-privacy")).to_be_visible()
    context.close()


def test_reset_clears_only_this_experiments_progress(site, lab_urls, browser_page):
    page = browser_page
    page.goto(site + lab_urls["en"]["ethics"])
    page.evaluate(
        """() => {
            localStorage.setItem("educademy.lab.v1.ethics", JSON.stringify({kept: 1}));
            localStorage.setItem("educademy.lab.v1.chatbot", JSON.stringify({kept: 2}));
        }"""
    )
    page.reload()
    page.get_by_role("button", name="Reset my progress").click()
    expect(page.locator("[data-lab-live]")).to_have_text(
        "Your progress in this experiment has been reset."
    )
    stored = page.evaluate(
        """() => [localStorage.getItem("educademy.lab.v1.ethics"),
                  localStorage.getItem("educademy.lab.v1.chatbot")]"""
    )
    assert stored[0] in (None, "{}") or "kept" not in stored[0]
    assert "kept" in stored[1]


def test_programs_link_to_their_experiment(site, demo_page_urls, lab_urls, browser_page):
    browser_page.goto(site + demo_page_urls["nl"]["ai-seeds"])
    card = browser_page.locator(".lab-related")
    expect(card).to_be_visible()
    expect(card.locator("a")).to_have_attribute("href", lab_urls["nl"]["ai_or_human"])
    card.locator("a").click()
    browser_page.wait_for_url(site + lab_urls["nl"]["ai_or_human"])
    expect(browser_page.locator("[data-lab-app]")).to_be_visible()
