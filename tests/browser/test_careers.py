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


BAR_BOX = """(row) => {
  const bar = row.querySelector('.salary-chart-bar').getBoundingClientRect();
  const track = row.querySelector('.salary-chart-track').getBoundingClientRect();
  return {
    left: (bar.left - track.left) / track.width,
    right: (track.right - bar.right) / track.width,
  };
}"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_salary_chart_draws_bars_with_their_figures_as_text(site, browser_page, language):
    browser_page.goto(f"{site}/{language}/careers/")
    chart = browser_page.locator("figure.salary-chart").first
    rows = chart.locator(".salary-chart-row")
    expect(rows).to_have_count(10)
    first = rows.first
    # The figures are text a screen reader reads; the drawing is hidden from it.
    expect(first.locator(".salary-chart-figures")).to_have_text(
        "£60,000–£130,000" if language == "en" else "\u200f60,000\xa0UK£–\u200f130,000\xa0UK£"
    )
    expect(first.locator("svg")).to_have_attribute("aria-hidden", "true")
    # 60k–130k on the UK axis, which ends at 240k (the open-ended 200k+ needs room): the
    # bar starts a quarter in from where the visitor starts reading, and stops at 54 %.
    box = first.evaluate(BAR_BOX)
    start, end = (box["left"], box["right"]) if language == "en" else (box["right"], box["left"])
    assert start == pytest.approx(0.25, abs=0.01), box
    assert end == pytest.approx(1 - 130 / 240, abs=0.01), box
    # The table's caption wraps within the screen, even where the table scrolls sideways.
    caption = browser_page.locator(".careers-comparison caption").bounding_box()
    assert caption["x"] >= 0
    assert caption["x"] + caption["width"] <= browser_page.viewport_size["width"] + 1
    # One region at a time in the table, chosen by links that work without JavaScript.
    browser_page.locator(".region-filter a").nth(1).click()
    expect(browser_page.locator(".region-filter a[aria-current]")).to_have_count(1)
    expect(browser_page.locator(".comparison-salary").first).to_contain_text("250")
    assert_no_axe_violations(browser_page)
