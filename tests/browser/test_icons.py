"""Issue 13, point 4: every icon (brand, paths, programs, lessons, roles, the Lab) renders
in a browser whose only font is DejaVu: no colour-emoji font, so an emoji left as text
would be a box."""

import os

import pytest

from tests.browser.conftest import DESKTOP, launch_chromium

ICON_SELECTOR = (
    ".brand-icon, .card-icon, .dropdown-link-icon, .program-icon, .lesson-icon, "
    ".lesson-item-icon, .role-icon, .experiment-icon, .language-switcher-icon"
)
ICON_STATE = """(selector) => [...document.querySelectorAll(selector)].map((icon) => {
  const image = icon.querySelector('img.emoji');
  return {
    html: icon.outerHTML.slice(0, 120),
    text: icon.textContent.trim(),
    drawn: Boolean(image && image.complete && image.naturalWidth > 0),
  };
})"""
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


@pytest.fixture(scope="module")
def chromium_without_emoji_font(playwright, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("fonts")
    config = workdir / "fonts.conf"
    config.write_text(FONTCONFIG.format(cache=workdir / "cache"))
    environment = {**os.environ, "FONTCONFIG_FILE": str(config), "HOME": str(workdir)}
    browser = launch_chromium(playwright, env=environment, timeout=60_000)
    yield browser
    browser.close()


def test_the_browser_really_has_no_emoji_font(chromium_without_emoji_font, site):
    page = chromium_without_emoji_font.new_page()
    page.goto(f"{site}/en/")
    has_emoji_font = page.evaluate(
        "() => document.fonts.check('16px \"Noto Color Emoji\"', '🌳')"
        " && [...document.fonts].length > 0"
    )
    page.close()
    assert not has_emoji_font


@pytest.mark.parametrize("language", ["en", "ar", "ja"])
def test_every_icon_is_drawn_without_an_emoji_font(
    chromium_without_emoji_font, site, demo_page_urls, lab_urls, language
):
    urls = demo_page_urls[language]
    pages = [
        urls["home"],
        urls["ai-seeds"],
        urls["learning-from-examples"],
        urls["careers"],
        urls["data-scientist"],
        lab_urls[language]["lab"],
        lab_urls[language]["neural_network"],
    ]
    context = chromium_without_emoji_font.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        for path in pages:
            page.goto(f"{site}{path}")
            icons = page.evaluate(ICON_STATE, ICON_SELECTOR)
            assert icons, f"no icons found on {path}"
            left_as_text = [icon["html"] for icon in icons if icon["text"]]
            assert not left_as_text, f"{path}: emoji left as text: {left_as_text}"
            page.evaluate(
                "() => document.querySelectorAll('img.emoji').forEach((i) => i.loading = 'eager')"
            )
            page.wait_for_function(
                "() => [...document.querySelectorAll('img.emoji')].every((i) => i.complete)"
            )
            undrawn = [
                icon["html"]
                for icon in page.evaluate(ICON_STATE, ICON_SELECTOR)
                if not icon["drawn"]
            ]
            assert not undrawn, f"{path}: icons not drawn: {undrawn}"
    finally:
        context.close()
