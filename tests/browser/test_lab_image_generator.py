"""Image generator in the browser: pick a digit, generate it (at once under reduced motion,
animated otherwise, or step by step), the gallery kept in localStorage and its reset;
English, Dutch and Arabic, phone and desktop, 320 px, without JavaScript, axe-clean."""

import re

import numpy as np
import pytest
from playwright.sync_api import expect
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from tests.browser.conftest import assert_no_axe_violations

LANGUAGES = ["en", "nl", "ar"]
CANVAS_GREYS = """canvas => Array.from(canvas.getContext("2d").getImageData(0, 0, 8, 8).data)
    .filter((_value, index) => index % 4 === 0)"""


@pytest.fixture(scope="module")
def classifier():
    digits = load_digits()
    return LogisticRegression(max_iter=5000).fit(digits.data, digits.target)


def _open(page, site, url):
    response = page.goto(site + url)
    assert response.status == 200
    expect(page.locator("[data-image-generator]")).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()
    # The weights are fetched, then the buttons come alive.
    expect(page.locator("[data-ig-generate]")).to_be_enabled()
    return page.evaluate("JSON.parse(document.getElementById('lab-strings').textContent)")


def _t(strings, key, **values):
    """The page's own (translated) string with its placeholders filled."""
    return re.sub(r"\{(\w+)\}", lambda match: str(values[match.group(1)]), strings[key])


def _number(page, language, value, **options):
    """A number as the page writes it (Arabic uses Arabic-Indic digits)."""
    return page.evaluate(
        "([lang, value, options]) => new Intl.NumberFormat(lang, options).format(value)",
        [language, value, {"useGrouping": False, **options}],
    )


def _set_steps(page, steps):
    """By keyboard: Home goes to 5, each ArrowUp adds one (in either direction of writing)."""
    slider = page.locator("[data-ig-steps]")
    slider.focus()
    slider.press("Home")
    for _ in range(steps - 5):
        slider.press("ArrowUp")
    expect(slider).to_have_value(str(steps))


def _canvas_greys(page, selector="[data-ig-canvas]"):
    """The canvas's 64 pixels as load_digits grey levels (0 paper .. 16 ink)."""
    levels = page.locator(selector).evaluate(CANVAS_GREYS)
    return (255 - np.array(levels)) / 255 * 16


@pytest.mark.parametrize("language", LANGUAGES)
def test_generate_draws_the_digit_asked_for(site, lab_urls, browser_page, classifier, language):
    page = browser_page
    strings = _open(page, site, lab_urls[language]["image_generator"])
    # browser_page asks for reduced motion: the finished picture comes at once.
    expect(page.locator("[data-ig-motion-note]")).to_be_visible()
    expect(page.locator("[data-ig-gallery-empty]")).to_be_visible()
    page.locator('[data-ig-digit][value="7"]').check()
    _set_steps(page, 10)
    ten = _number(page, language, 10)
    expect(page.locator("[data-ig-steps-value]")).to_have_text(ten)
    page.locator("[data-ig-seed]").fill("42")
    page.locator("[data-ig-generate]").click()

    expect(page.locator("[data-ig-step-text]")).to_have_text(
        _t(strings, "step", step=ten, total=ten)
    )
    zero = _number(page, language, 0, style="percent")
    expect(page.locator("[data-ig-noise-text]")).to_have_text(
        _t(strings, "noise_left", percent=zero)
    )
    randomness = _number(page, language, 0, minimumFractionDigits=1, maximumFractionDigits=1)
    done = {"digit": 7, "total": ten, "randomness": randomness, "seed": 42}
    expect(page.locator("[data-ig-canvas]")).to_have_attribute(
        "aria-label", _t(strings, "canvas_done", **done)
    )
    expect(page.locator("[data-lab-live]")).to_have_text(_t(strings, "done", digit=7, total=ten))
    expect(page.locator("[data-ig-status]")).to_contain_text(
        _t(strings, "timing", ms="").split(" ")[0]
    )
    # The seed moves on, so the next picture differs; the last one joins the gallery.
    expect(page.locator("[data-ig-seed]")).to_have_value("43")
    thumbnails = page.locator("[data-ig-gallery] canvas[role=img]")
    expect(thumbnails).to_have_count(1)
    expect(thumbnails.first).to_have_attribute("aria-label", _t(strings, "gallery_item", **done))
    expect(page.locator("[data-ig-gallery-empty]")).to_be_hidden()

    # What the canvas shows is a 7 to a classifier trained on the digits data set.
    greys = _canvas_greys(page)
    assert greys.max() > 12 and greys.min() < 4  # ink on paper, not a grey blur
    assert classifier.predict([greys])[0] == 7
    assert classifier.predict([_canvas_greys(page, "[data-ig-gallery] canvas")])[0] == 7
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_next_step_walks_from_noise_to_the_digit_by_keyboard(
    site, lab_urls, browser_page, classifier, language
):
    page = browser_page
    strings = _open(page, site, lab_urls[language]["image_generator"])
    # Choose the digit with the arrow keys in the radio group (3 is chosen by default).
    three = page.locator('[data-ig-digit][value="3"]')
    three.focus()
    three.press("ArrowDown")
    expect(page.locator('[data-ig-digit][value="4"]')).to_be_checked()
    _set_steps(page, 5)
    five = _number(page, language, 5)
    button = page.locator("[data-ig-step]")
    button.focus()

    page.keyboard.press("Enter")
    step = page.locator("[data-ig-step-text]")
    expect(step).to_have_text(_t(strings, "step", step=_number(page, language, 0), total=five))
    full = _number(page, language, 1, style="percent")
    expect(page.locator("[data-ig-noise-text]")).to_have_text(
        _t(strings, "noise_left", percent=full)
    )
    expect(page.locator("[data-lab-live]")).to_contain_text(
        _t(strings, "step", step=_number(page, language, 0), total=five)
    )
    expect(page.locator("[data-ig-canvas]")).to_have_attribute(
        "aria-label",
        _t(
            strings,
            "canvas_progress",
            digit=4,
            step=_number(page, language, 0),
            total=five,
            percent=full,
        ),
    )
    noise = _canvas_greys(page)
    for number in range(1, 6):
        page.keyboard.press("Space")
        expect(step).to_have_text(
            _t(strings, "step", step=_number(page, language, number), total=five)
        )
    expect(page.locator("[data-lab-live]")).to_have_text(_t(strings, "done", digit=4, total=five))
    expect(page.locator("[data-ig-gallery] canvas")).to_have_count(1)
    digit = _canvas_greys(page)
    assert not np.array_equal(noise, digit)
    assert classifier.predict([digit])[0] == 4


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_gallery_is_kept_in_this_browser_until_reset(site, lab_urls, browser_page, language):
    page = browser_page
    url = lab_urls[language]["image_generator"]
    strings = _open(page, site, url)
    _set_steps(page, 5)
    generate = page.locator("[data-ig-generate]")
    thumbnails = page.locator("[data-ig-gallery] canvas")
    for count in range(1, 10):
        generate.click()
        expect(thumbnails).to_have_count(min(count, 8))  # the last eight only
    expect(page.locator("[data-ig-seed]")).to_have_value("10")
    # Newest first: seeds 9 down to 2 (seed 1 made the first picture, which dropped out).
    described = {
        "digit": 3,
        "total": _number(page, language, 5),
        "randomness": _number(page, language, 0, minimumFractionDigits=1, maximumFractionDigits=1),
    }
    for index, seed in enumerate(range(9, 1, -1)):
        expect(thumbnails.nth(index)).to_have_attribute(
            "aria-label", _t(strings, "gallery_item", seed=seed, **described)
        )

    page.reload()
    _open(page, site, url)
    expect(thumbnails).to_have_count(8)
    expect(page.locator("[data-ig-seed]")).to_have_value("10")
    expect(page.locator("[data-ig-steps]")).to_have_value("5")

    page.locator("[data-lab-reset]").click()
    expect(thumbnails).to_have_count(0)
    expect(page.locator("[data-ig-gallery-empty]")).to_be_visible()
    expect(page.locator("[data-ig-seed]")).to_have_value("1")
    expect(page.locator("[data-ig-steps]")).to_have_value("25")
    expect(page.locator("[data-ig-canvas]")).to_have_attribute(
        "aria-label", strings["canvas_empty"]
    )
    expect(page.locator("[data-lab-live]")).to_have_text(strings["lab.reset_done"])
    page.reload()
    _open(page, site, url)
    expect(thumbnails).to_have_count(0)


def test_without_reduced_motion_the_picture_is_animated(site, lab_urls, chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        strings = _open(page, site, lab_urls["en"]["image_generator"])
        expect(page.locator("[data-ig-motion-note]")).to_be_hidden()
        page.locator("[data-ig-generate]").click()
        step = page.locator("[data-ig-step-text]")
        # On its way (about two seconds for the whole run), then finished.
        expect(step).to_have_text(re.compile(r"^Step ([1-9]|1\d|2[0-4]) of 25$"))
        expect(step).to_have_text(_t(strings, "step", step=25, total=25))
        expect(page.locator("[data-ig-gallery] canvas")).to_have_count(1)
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_fits_320_pixels_and_arabic_runs_right_to_left(site, lab_urls, chromium, language):
    context = chromium.new_context(viewport={"width": 320, "height": 700}, reduced_motion="reduce")
    page = context.new_page()
    try:
        _open(page, site, lab_urls[language]["image_generator"])
        page.locator("[data-ig-generate]").click()
        expect(page.locator("[data-ig-gallery] canvas")).to_have_count(1)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        canvas = page.locator("[data-ig-canvas]").bounding_box()
        assert canvas["width"] >= 200  # big enough to see the pixels
        zero = page.locator("label.image-generator-digit").nth(0).bounding_box()
        one = page.locator("label.image-generator-digit").nth(1).bounding_box()
        if language == "ar":
            assert one["x"] < zero["x"]
        else:
            assert one["x"] > zero["x"]
        # The picture itself is never mirrored.
        assert page.locator("[data-ig-canvas]").evaluate("c => getComputedStyle(c).transform") in (
            "none",
            "",
        )
    finally:
        context.close()


def test_without_javascript_the_page_says_it_needs_it(site, lab_urls, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site + lab_urls["nl"]["image_generator"])
        expect(page.locator("[data-lab-needs-js]")).to_be_visible()
        expect(page.locator("[data-image-generator]")).to_be_hidden()
        expect(page.locator("#how-it-works")).to_be_visible()
        expect(page.locator("main")).to_contain_text("pure ruis")
    finally:
        context.close()
