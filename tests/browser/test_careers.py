"""Careers in a real browser: accessible index, role and chooser result in en/nl/ar; the kind
filter works in place with JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

RESULT = "chooser/?code=yes&research=no&stakeholders=no&background=software-engineer"


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_careers_pages_are_accessible(site, browser_page, language):
    for path in ("", "machine-learning-engineer/", RESULT):
        url = f"/{language}/careers/{path}"
        response = browser_page.goto(site + url)
        assert response.status == 200, url
        expect(browser_page.locator("html")).to_have_attribute(
            "dir", "rtl" if language == "ar" else "ltr"
        )
        expect(browser_page.locator("h1")).to_have_count(1)
        assert browser_page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        ), f"{url} scrolls sideways"
        assert_no_axe_violations(browser_page)
    # The last page was the chooser result: the best match comes first.
    first = browser_page.locator(".chooser-match").first
    expect(first.locator(".badge")).to_have_count(1)


def test_kind_filter_hides_cards_in_place(site, browser_page):
    browser_page.goto(site + "/en/careers/")
    cards = browser_page.locator("[data-role-card]")
    total = cards.count()
    assert total == 10
    browser_page.locator('.kind-filter a[data-kind="analyses"]').click()
    expect(browser_page).to_have_url(site + "/en/careers/?kind=analyses")
    expect(browser_page.locator("[data-role-card]:visible")).to_have_count(1)
    expect(browser_page.locator('.kind-filter a[data-kind="analyses"]')).to_have_attribute(
        "aria-current", "true"
    )
    browser_page.locator('.kind-filter a[data-kind=""]').click()
    expect(browser_page.locator("[data-role-card]:visible")).to_have_count(total)


def test_chooser_form_submits_to_a_shareable_result(site, browser_page):
    browser_page.goto(site + "/nl/careers/")
    form = browser_page.locator(".chooser-form")
    for name, value in (
        ("code", "no"),
        ("research", "no"),
        ("stakeholders", "yes"),
        ("background", "product-manager"),
    ):
        form.locator(f'input[name="{name}"][value="{value}"]').check()
    form.locator('button[type="submit"]').click()
    expect(browser_page).to_have_url(
        site
        + "/nl/careers/chooser/?code=no&research=no&stakeholders=yes&background=product-manager"
    )
    expect(browser_page.locator(".chooser-match").first).to_contain_text("AI-productmanager")
