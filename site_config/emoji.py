"""Icons are emoji an editor picks; the site draws them from self-hosted Twemoji SVGs
(static/emoji/, CC-BY 4.0) so they render on systems without a colour-emoji font.

An emoji without a shipped SVG stays text: `scripts/vendor_emoji.py` adds SVGs.
"""

from functools import cache

from django.conf import settings

EMOJI_STATIC_DIR = "emoji"
VARIATION_SELECTOR_16 = "\ufe0f"
ZERO_WIDTH_JOINER = "\u200d"


def twemoji_name(emoji):
    """Twemoji's file name: code points in hex joined by '-', without the emoji variation
    selector unless the emoji is a ZWJ sequence (Twemoji's own rule)."""
    if ZERO_WIDTH_JOINER not in emoji:
        emoji = emoji.replace(VARIATION_SELECTOR_16, "")
    return "-".join(f"{ord(char):x}" for char in emoji)


@cache
def shipped_names():
    directory = settings.BASE_DIR / "static" / EMOJI_STATIC_DIR
    return frozenset(path.stem for path in directory.glob("*.svg"))


def emoji_svg_path(emoji):
    """The static path of the emoji's SVG, or None when it is not shipped."""
    name = twemoji_name(emoji.strip())
    return f"{EMOJI_STATIC_DIR}/{name}.svg" if name and name in shipped_names() else None
