"""Ethics simulator in the browser: scenarios with their consequences, summary, storage and
reset; the fairness explorer's sliders, solvers, tables and chart; en, nl and ar, phone and
desktop, axe-clean."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

# The first demo scenario per language (content/lab/ethics.yaml): its title, its first and
# second decisions, and a consequence of the first.
FIRST = {
    "en": (
        "The CV screener",
        "Use it as it is; it saves weeks of work.",
        "Retrain it without gender signals and audit its results per group every quarter.",
        "Women applying for engineering roles",
    ),
    "nl": (
        "De cv-selectie",
        "Gebruik hem zoals hij is; het scheelt weken werk.",
        "Train hem opnieuw zonder signalen over geslacht en controleer elk kwartaal de "
        "resultaten per groep.",
        "Vrouwen die solliciteren op technische functies",
    ),
    "ar": (
        "فرز السير الذاتية",
        "أستخدمها كما هي، فهي توفّر أسابيع من العمل.",
        "أعيد تدريبها من دون أي إشارات إلى الجنس وأراجع نتائجها لكل فئة كل ثلاثة أشهر.",
        "النساء المتقدّمات إلى الوظائف الهندسية",
    ),
}


def _open(page, site, url):
    response = page.goto(site + url)
    assert response.status == 200
    expect(page.locator("[data-lab-app]")).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()
    expect(page.locator("[data-ethics-chart='A'] rect").first).to_be_attached()


def _t(page, key, **values):
    """The page's own runtime string, filled with numbers formatted in the page language."""
    return page.evaluate(
        """([key, values]) => {
            const strings = JSON.parse(document.getElementById("lab-strings").textContent);
            const format = new Intl.NumberFormat(document.documentElement.lang);
            return strings[key].replace(/\\{(\\w+)\\}/g, (m, name) =>
                typeof values[name] === "number" ? format.format(values[name]) : values[name]);
        }""",
        [key, values],
    )


def _decide(page, label):
    page.get_by_label(label, exact=True).check()
    page.locator("[data-ethics-form] button[type=submit]").click()


def _cell(page, row, column):
    return page.locator(f"[data-ethics-row='{row}'] td").nth(column)


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_a_scenario_shows_consequences_for_each_group_in_its_language(
    site, lab_urls, browser_page, language
):
    page = browser_page
    _open(page, site, lab_urls[language]["ethics"])
    title, first, second, affected = FIRST[language]
    expect(page.locator("[data-ethics-title]")).to_have_text(title)
    expect(page.locator("[data-ethics-progress]")).to_have_text(_t(page, "progress", n=1, total=5))
    expect(page.locator("[data-ethics-choices] input[type=radio]")).to_have_count(3)
    assert_no_axe_violations(page)

    _decide(page, first)
    consequences = page.locator("[data-ethics-consequence-list] > li")
    expect(consequences).to_have_count(3)
    # The impact is a symbol and a word as well as a colour.
    harmed = consequences.filter(has_text=affected)
    expect(harmed.locator(".ethics-impact")).to_have_text(f"✗ {_t(page, 'impact.harmed')}")
    expect(consequences.first.locator(".ethics-impact")).to_have_text(
        f"✓ {_t(page, 'impact.helped')}"
    )
    expect(consequences.last.locator(".ethics-impact")).to_have_text(
        f"± {_t(page, 'impact.mixed')}"
    )
    expect(page.locator("[data-ethics-reflection]")).to_be_visible()
    expect(page.locator("[data-ethics-consequences-title]")).to_be_focused()
    expect(page.locator("[data-lab-live]")).to_contain_text(first)
    assert_no_axe_violations(page)

    page.locator("[data-ethics-reconsider]").click()
    expect(page.get_by_label(first, exact=True)).to_be_checked()
    _decide(page, second)
    expect(page.locator("[data-ethics-chosen]")).to_contain_text(second)
    expect(consequences.first).to_contain_text(affected)
    expect(consequences.first.locator(".ethics-impact")).to_contain_text("✓")


def test_all_scenarios_lead_to_a_summary_kept_until_reset(site, lab_urls, browser_page):
    page = browser_page
    url = lab_urls["en"]["ethics"]
    _open(page, site, url)
    for number in range(1, 6):
        expect(page.locator("[data-ethics-progress]")).to_have_text(f"Scenario {number} of 5")
        if number > 1:
            expect(page.locator("[data-ethics-title]")).to_be_focused()
        # Always the first decision, by keyboard: arrow keys move within the radio group.
        page.locator("[data-ethics-choices] input").first.focus()
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        expect(page.locator("[data-ethics-consequences]")).to_be_visible()
        button = "See the summary" if number == 5 else "Next scenario"
        expect(page.get_by_role("button", name="Next scenario")).to_be_visible(visible=number < 5)
        page.get_by_role("button", name=button).click()

    summary = page.locator("[data-ethics-summary]")
    expect(summary).to_be_visible()
    expect(page.locator("[data-ethics-summary-heading]")).to_be_focused()
    rows = page.locator("[data-ethics-summary-list] > li")
    expect(rows).to_have_count(5)
    expect(rows.first).to_contain_text("The CV screener")
    expect(rows.first).to_contain_text("Your decision: Use it as it is")
    expect(rows.first).to_contain_text("Helped: 1, harmed: 1, mixed: 1")
    # First decisions of the five demo scenarios: 6 helped, 6 harmed, 3 mixed.
    expect(page.locator("[data-ethics-summary-totals]")).to_have_text(
        "Over all your decisions, people helped: 6; harmed: 6; mixed: 3."
    )
    expect(page.locator("[data-lab-live]")).to_contain_text("All scenarios done")
    assert_no_axe_violations(page)

    page.reload()
    expect(summary).to_be_visible()
    expect(rows).to_have_count(5)

    page.get_by_role("button", name="Reset my progress").click()
    expect(summary).to_be_hidden()
    expect(page.locator("[data-ethics-progress]")).to_have_text("Scenario 1 of 5")
    expect(page.locator("[data-ethics-choices] input:checked")).to_have_count(0)
    assert page.evaluate("localStorage.getItem('educademy.lab.v1.ethics')") is None
    page.reload()
    expect(page.locator("[data-ethics-progress]")).to_have_text("Scenario 1 of 5")


def test_fairness_explorer_shows_that_the_definitions_pull_apart(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["ethics"])
    # One threshold (55) for both groups of the seeded population: B is accepted far less.
    expect(_cell(page, "threshold", 0)).to_have_text("55")
    expect(_cell(page, "accepted", 0)).to_have_text("220")
    expect(_cell(page, "accepted", 1)).to_have_text("100")
    expect(_cell(page, "selectionRate", 0)).to_have_text("55%")
    expect(_cell(page, "selectionRate", 1)).to_have_text("25%")
    expect(_cell(page, "tpr", 0)).to_have_text("82.1%")
    expect(_cell(page, "tpr", 1)).to_have_text("68.3%")
    expect(_cell(page, "fnr", 1)).to_have_text("31.7%")
    expect(_cell(page, "precision", 1)).to_have_text("82%")
    expect(_cell(page, "parity", 0)).to_have_text("30.0 percentage points")
    expect(_cell(page, "parity", 1)).to_have_text("✗ does not hold")
    expect(_cell(page, "overall", 0)).to_have_text("84.8%")
    chart = page.locator("[data-ethics-chart='B']")
    expect(chart).to_have_attribute("aria-label", re.compile(r"threshold 55, 100 accepted"))

    page.get_by_role("button", name="Demographic parity (equal acceptance rates)").click()
    verdict = page.locator("[data-ethics-verdict]")
    expect(verdict).to_contain_text("Demographic parity now holds")
    expect(verdict).to_contain_text("Meeting one definition broke the other")
    expect(page.locator("[data-ethics-threshold-output='B']")).to_have_text("44")
    expect(page.get_by_label("Threshold for group B")).to_have_value("44")
    expect(_cell(page, "selectionRate", 1)).to_have_text("55.5%")
    expect(_cell(page, "parity", 1)).to_have_text("✓ holds")
    expect(_cell(page, "opportunity", 0)).to_have_text("14.6 percentage points")
    expect(_cell(page, "opportunity", 1)).to_have_text("✗ does not hold")
    expect(page.locator("[data-lab-live]")).to_contain_text("Demographic parity now holds")

    page.get_by_role("button", name="Equal opportunity (equal true positive rates)").click()
    expect(verdict).to_contain_text("Equal opportunity now holds")
    expect(verdict).to_contain_text("Meeting one definition broke the other")
    expect(page.get_by_label("Threshold for group B")).to_have_value("50")
    expect(_cell(page, "opportunity", 1)).to_have_text("✓ holds")
    expect(_cell(page, "parity", 0)).to_have_text("18.5 percentage points")
    expect(_cell(page, "parity", 1)).to_have_text("✗ does not hold")
    assert_no_axe_violations(page)

    # By keyboard: one step up for group A, announced when the slider settles.
    page.get_by_label("Threshold for group A").focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("[data-ethics-threshold-output='A']")).to_have_text("56")
    expect(verdict).to_be_hidden()
    expect(_cell(page, "accepted", 0)).to_have_text("209")
    expect(page.locator("[data-lab-live]")).to_contain_text("Thresholds A 56, B 50")

    page.get_by_role("button", name="One threshold for both groups").click()
    expect(page.get_by_label("Threshold for group B")).to_have_value("56")
    expect(verdict).to_contain_text("Both groups now have the same threshold: 56.")

    page.reload()
    expect(page.get_by_label("Threshold for group A")).to_have_value("56")
    page.get_by_role("button", name="Reset my progress").click()
    expect(page.get_by_label("Threshold for group A")).to_have_value("55")
    expect(_cell(page, "accepted", 0)).to_have_text("220")


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_explorer_follows_the_page_direction_and_fits_a_small_screen(
    site, lab_urls, browser_page, language
):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 800})
    _open(page, site, lab_urls[language]["ethics"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    # Low scores sit at the start of the line: on the right in Arabic, as the slider's minimum.
    zero = page.locator("[data-ethics-chart='A'] .ethics-tick-label").first
    x = float(zero.get_attribute("x"))
    assert (x > 300) if language == "ar" else (x < 100)
    slider = page.locator("#ethics-threshold-A")
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    page.mouse.click(box["x"] + 2, box["y"] + box["height"] / 2)
    low = int(slider.input_value())
    page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
    high = int(slider.input_value())
    assert (low > high) if language == "ar" else (low < high)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.locator("[data-ethics-solve='parity']").click()
    expect(page.locator("[data-ethics-verdict]")).to_be_visible()
    assert_no_axe_violations(page)
