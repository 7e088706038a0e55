"""Neural network playground in the browser: a visitor trains XOR, watches the boundary and the
losses, adds points, reshapes the network, comes back and resets; en, nl and ar, phone and
desktop, axe-clean, no console errors or CSP violations.

The browser context asks for reduced motion, so the page trains in chunks of 25 epochs.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

EPOCH = "[data-nn-stat=epoch]"
LIVE = "[data-lab-live]"

# Reads a figure the page wrote with Intl.NumberFormat (Arabic-Indic digits too).
NUMBER_JS = """(selector) => {
  const text = document.querySelector(selector).textContent;
  const digits = text.replace(/[\\u0660-\\u0669]/g, (d) => d.charCodeAt(0) - 0x0660);
  return Number(digits.replace(/[^0-9.]/g, ""));
}"""

# Mean colour of a square of the plane canvas around plane point (x, y) (plane -6..6).
PLANE_COLOUR_JS = """([x, y]) => {
  const canvas = document.querySelector("[data-nn-plane]");
  const size = canvas.width;
  const px = Math.round(((x + 6) / 12) * size), py = Math.round(((6 - y) / 12) * size);
  const data = canvas.getContext("2d").getImageData(px - 10, py - 10, 20, 20).data;
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c += 1) sum[c] += data[i + c];
  return sum.map((s) => s / (data.length / 4));
}"""

# How many dark pixels a vertical line of the loss chart canvas holds at column x.
CHART_COLUMN_JS = """(x) => {
  const canvas = document.querySelector("[data-nn-chart]");
  const data = canvas.getContext("2d").getImageData(x, 0, 1, canvas.height).data;
  let inked = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 128) inked += 1;
  return inked;
}"""


def _open(page, site, url):
    response = page.goto(site + url)
    assert response.status == 200
    app = page.locator("[data-nn]")
    expect(app).to_be_visible()
    expect(page.locator("[data-lab-needs-js]")).to_be_hidden()
    return app


def _number(page, selector):
    return page.evaluate(NUMBER_JS, selector)


def _wait_for_epoch(page, at_least, timeout=60_000):
    page.wait_for_function(
        f"() => ({NUMBER_JS})('{EPOCH}') >= {at_least}", timeout=timeout, polling=200
    )


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_playground_is_accessible_and_fits_the_screen(site, lab_urls, browser_page, language):
    page = browser_page
    _open(page, site, lab_urls[language]["neural_network"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    expect(page.locator("h1")).to_have_count(1)
    # The controls start from the stored (here: default) configuration.
    expect(page.locator("[data-nn-layers] > li")).to_have_count(2)
    expect(page.locator("[data-nn-dataset][value=circle]")).to_be_checked()
    # Both canvases are drawn and named for screen readers.
    for canvas in ("[data-nn-plane]", "[data-nn-chart]"):
        expect(page.locator(canvas)).to_have_attribute("aria-label", re.compile(r"\d|[٠-٩]"))
    no_sideways_scroll = page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert no_sideways_scroll, "the page scrolls sideways"
    assert_no_axe_violations(page)


def test_a_visitor_trains_xor_and_sees_the_boundary_and_the_losses(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["neural_network"])
    page.get_by_label("Exclusive or (XOR)").check()
    expect(page.locator(LIVE)).to_contain_text("New data: 100 training points and 100 test")
    page.get_by_role("button", name="Remove a hidden layer").click()
    expect(page.locator(LIVE)).to_have_text("Network changed: hidden layers of 4 neurons.")
    expect(page.locator("[data-nn-layer-count]")).to_have_text("Hidden layers: 1")
    page.get_by_label("Learning rate").select_option("0.3")

    page.get_by_role("button", name="Step one epoch").click()
    expect(page.locator(EPOCH)).to_have_text("1")
    expect(page.locator(LIVE)).to_contain_text("Trained one more epoch, now at epoch 1.")
    untrained_loss = _number(page, "[data-nn-stat=test-loss]")

    # Play from the keyboard; the button then offers to pause.
    play = page.locator("[data-nn-play]")
    play.focus()
    page.keyboard.press("Enter")
    expect(play).to_have_text("Pause")
    expect(page.locator(LIVE)).to_have_text("Training started.")
    _wait_for_epoch(page, 150)
    play.click()
    expect(play).to_have_text("Play")
    expect(page.locator(LIVE)).to_contain_text("Paused at epoch")
    epoch = _number(page, EPOCH)
    expect(page.locator(LIVE)).to_contain_text(f"Paused at epoch {epoch:,.0f}.")
    # Paused means paused.
    page.wait_for_timeout(1000)
    assert _number(page, EPOCH) == epoch

    accuracy = _number(page, "[data-nn-stat=test-accuracy]")
    assert accuracy >= 90, f"test accuracy {accuracy} % after {epoch} epochs"
    assert _number(page, "[data-nn-stat=test-loss]") < untrained_loss
    expect(page.locator("[data-nn-stat=best]")).to_contain_text(re.compile(r"\d+% at epoch \d+"))

    # The heat map: blue (class 1) where x and y share a sign, orange where they differ.
    for x, y, blue in (
        (3.5, 3.5, True),
        (-3.5, -3.5, True),
        (3.5, -3.5, False),
        (-3.5, 3.5, False),
    ):
        r, _g, b = page.evaluate(PLANE_COLOUR_JS, [x, y])
        assert (b > r) is blue, f"colour at ({x}, {y}): r={r:.0f} b={b:.0f}"
    expect(page.locator("[data-nn-plane]")).to_have_attribute(
        "aria-label", re.compile(rf"at epoch {epoch:,.0f}: the network puts \d+% of the test")
    )
    expect(page.locator("[data-nn-chart]")).to_have_attribute(
        "aria-label", re.compile(rf"Loss over {epoch:,.0f} epochs: training loss 0\.\d{{3}}")
    )

    # Reset the network: epoch 0 again, same data.
    page.get_by_role("button", name="Reset the network").click()
    expect(page.locator(EPOCH)).to_have_text("0")
    expect(page.locator(LIVE)).to_have_text(
        "The network starts again at epoch 0 with new random weights."
    )
    assert_no_axe_violations(page)


def test_visitor_points_layers_storage_and_reset(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["neural_network"])
    count = page.locator("[data-nn-custom-count]")
    expect(count).to_have_text("Points you added: 0")
    expect(page.get_by_role("button", name="Remove my points")).to_be_disabled()

    # With the keyboard form: a wrong value is explained, a right one added.
    page.get_by_label("x", exact=True).fill("9")
    page.get_by_label("y", exact=True).fill("1")
    page.get_by_role("button", name="Add the point").click()
    error = page.locator("[data-nn-point-error]")
    expect(error).to_have_text("Enter x and y as numbers from -6 to 6.")
    expect(page.get_by_label("x", exact=True)).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Orange square", exact=True).check()
    page.get_by_label("x", exact=True).fill("1.5")
    page.get_by_label("y", exact=True).press("Enter")
    expect(error).to_be_hidden()
    expect(count).to_have_text("Points you added: 1")
    expect(page.locator(LIVE)).to_have_text(
        "Point added at x 1.5, y 1: orange square. It now belongs to the training data."
    )
    # By clicking the plane near its top-left corner, (-6, 6).
    page.get_by_label("Blue circle", exact=True).check()
    page.locator("[data-nn-plane]").click(position={"x": 10, "y": 10})
    expect(count).to_have_text("Points you added: 2")
    expect(page.locator(LIVE)).to_contain_text(re.compile(r"Point added at x -5\.\d, y 5\.\d"))

    # The network's shape: buttons stop at 4 layers and at 8 neurons.
    add_layer = page.get_by_role("button", name="Add a hidden layer")
    for _ in range(2):
        add_layer.click()
    expect(page.locator("[data-nn-layer-count]")).to_have_text("Hidden layers: 4")
    expect(add_layer).to_be_disabled()
    add_neuron = page.get_by_role("button", name="Add a neuron to layer 1")
    for _ in range(4):
        add_neuron.click()
    first = page.locator("[data-nn-layers] > li").first
    expect(first).to_contain_text("Layer 1")
    expect(first).to_contain_text("Neurons: 8")
    expect(first.locator(".nn-dot")).to_have_count(8)
    expect(add_neuron).to_be_disabled()
    expect(page.locator(LIVE)).to_have_text("Network changed: hidden layers of 8, 2, 2, 2 neurons.")
    page.get_by_label("Activation").select_option("relu")
    expect(page.locator(LIVE)).to_have_text("Activation changed to ReLU; the network starts again.")
    page.get_by_label("Spiral").check()
    page.get_by_role("button", name="Step one epoch").click()
    expect(page.locator("[data-nn-stat=best]")).to_contain_text("at epoch 1")

    # Coming back: the configuration, the points and the best score were kept.
    page.reload()
    expect(page.locator("[data-nn-dataset][value=spiral]")).to_be_checked()
    expect(page.locator("[data-nn-layer-count]")).to_have_text("Hidden layers: 4")
    expect(page.get_by_label("Activation")).to_have_value("relu")
    expect(count).to_have_text("Points you added: 2")
    expect(page.locator("[data-nn-stat=best]")).to_contain_text("at epoch 1")

    # Removing the points keeps the rest; "Reset my progress" brings the defaults back.
    page.get_by_role("button", name="Remove my points").click()
    expect(count).to_have_text("Points you added: 0")
    page.get_by_role("button", name="Reset my progress").click()
    expect(page.locator("[data-nn-dataset][value=circle]")).to_be_checked()
    expect(page.locator("[data-nn-layer-count]")).to_have_text("Hidden layers: 2")
    expect(page.locator("[data-nn-stat=best]")).to_have_text("none yet")
    expect(page.locator(LIVE)).to_have_text("Your progress in this experiment has been reset.")
    page.reload()
    expect(page.locator("[data-nn-dataset][value=circle]")).to_be_checked()
    expect(page.get_by_label("Activation")).to_have_value("tanh")


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_translated_pages_train_and_arabic_mirrors_the_time_axis(
    site, lab_urls, browser_page, viewport, language
):
    page = browser_page
    _open(page, site, lab_urls[language]["neural_network"])
    page.locator("[data-nn-step]").click()
    expect(page.locator(EPOCH)).to_have_text(
        page.evaluate("(lang) => new Intl.NumberFormat(lang).format(1)", language)
    )
    # The loss axis stands on the start side: left in Dutch, right in Arabic.
    width, height = page.evaluate(
        "[document.querySelector('[data-nn-chart]').width,"
        " document.querySelector('[data-nn-chart]').height]"
    )
    axis = height - 52  # the chart box's height (app.js drawChart)
    left_column = page.evaluate(CHART_COLUMN_JS, 44)
    right_column = page.evaluate(CHART_COLUMN_JS, width - 44)
    start, end = (right_column, left_column) if language == "ar" else (left_column, right_column)
    assert start >= axis and end < axis / 3, (left_column, right_column, axis)
    # On a wide screen the settings sit on the start side of the results.
    if viewport["width"] >= 1000:
        settings_box = page.locator(".nn-settings").bounding_box()
        results_box = page.locator(".nn-results").bounding_box()
        assert (settings_box["x"] > results_box["x"]) is (language == "ar")


# The epoch figures shown during 1.5 s of training, read on every animation frame.
EPOCHS_SEEN_JS = """() => new Promise((done) => {
  const seen = new Set();
  const start = performance.now();
  (function read() {
    seen.add(document.querySelector("[data-nn-stat=epoch]").textContent);
    if (performance.now() - start < 1500) requestAnimationFrame(read);
    else done([...seen]);
  })();
})"""


def test_reduced_motion_trains_in_larger_chunks_and_redraws_less(site, lab_urls, browser_page):
    page = browser_page
    _open(page, site, lab_urls["en"]["neural_network"])
    play = page.locator("[data-nn-play]")
    play.click()
    calm = page.evaluate(EPOCHS_SEEN_JS)
    play.click()
    page.emulate_media(reduced_motion="no-preference")
    play.click()
    lively = page.evaluate(EPOCHS_SEEN_JS)
    play.click()
    calm_epochs = [int(value.replace(",", "")) for value in calm]
    # Reduced motion: a redraw every 0.7 s, 25 epochs at a time.
    assert len(calm) <= 4 and all(epoch % 25 == 0 for epoch in calm_epochs), calm
    # Otherwise: a couple of epochs on every frame.
    assert len(lively) >= 10, lively
