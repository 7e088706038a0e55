"""`{{ value|emoji_icon }}`: an editor's emoji drawn as a self-hosted SVG (see emoji.py)."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from ..emoji import emoji_svg_path

register = template.Library()


@register.filter
def emoji_icon(emoji):
    """The emoji as an <img> (decorative: the icons sit beside their text), or the escaped
    text itself when no SVG is shipped for it."""
    if not emoji:
        return ""
    path = emoji_svg_path(str(emoji))
    if path is None:
        return emoji
    # Lazy: most icons sit in closed dropdowns, which then fetch nothing.
    return format_html(
        '<img class="emoji" src="{}" alt="" width="72" height="72" loading="lazy"'
        ' decoding="async">',
        static(path),
    )


@register.filter
def emoji_src(emoji):
    """The URL of the emoji's SVG, or "" (for scripts that draw the icon themselves)."""
    path = emoji_svg_path(str(emoji or ""))
    return static(path) if path else ""
