"""Icons: an editor's emoji drawn from the self-hosted Twemoji SVGs, text when none ships."""

import re

import pytest

from django.contrib.staticfiles import finders
from django.template import Context, Template

from site_config.emoji import emoji_svg_path, shipped_names, twemoji_name


@pytest.mark.parametrize(
    ("emoji", "name"),
    [
        ("🌳", "1f333"),
        ("⚙️", "2699"),  # the variation selector is dropped...
        ("👁️‍🗨️", "1f441-fe0f-200d-1f5e8-fe0f"),  # ...except in a ZWJ sequence
        ("🧑‍💻", "1f9d1-200d-1f4bb"),
    ],
)
def test_twemoji_file_names(emoji, name):
    assert twemoji_name(emoji) == name


def render(emoji):
    return Template("{% load icon_tags %}{{ emoji|emoji_icon }}").render(Context({"emoji": emoji}))


def test_a_shipped_emoji_is_a_decorative_image_of_its_svg():
    html = render("🌱")
    assert re.fullmatch(r'<img class="emoji" src="/static/emoji/1f331\.svg" alt="" [^>]*>', html)
    assert finders.find("emoji/1f331.svg")


def test_an_emoji_without_an_svg_stays_escaped_text():
    assert render("🦩") == "🦩"  # not shipped: the system's font draws it
    assert render('<b x="1">') == "&lt;b x=&quot;1&quot;&gt;"
    assert render("") == ""


def test_every_shipped_svg_is_a_self_contained_svg():
    assert len(shipped_names()) >= 50
    for name in shipped_names():
        with open(finders.find(f"emoji/{name}.svg"), encoding="utf-8") as file:
            svg = file.read()
        assert svg.startswith("<svg") and "<script" not in svg and 'href="http' not in svg


def test_the_header_draws_the_brand_icon_as_an_image(client, home):
    html = client.get("/nl/").content.decode()
    brand = re.search(r'<span class="brand-icon" aria-hidden="true">(.*?)</span>', html).group(1)
    assert brand == render("🌳")
    assert emoji_svg_path("🌳") == "emoji/1f333.svg"
