"""The sitemap index's lines, built in Python (templates/site_config/sitemap_index.xml)."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def sitemap_index_entries(items):
    """One <sitemap> line per file of Django's index items, escaped: a template loop (or
    format_html, or Django's lazy-aware escape) costs several µs a line, and a large site's
    index lists hundreds of files. The files of a section share its lastmod."""
    lastmods = {}
    lines = []
    for item in items:
        if item.last_mod not in lastmods:
            lastmods[item.last_mod] = (
                f"<lastmod>{item.last_mod.isoformat()}</lastmod>" if item.last_mod else ""
            )
        lines.append(
            f"<sitemap><loc>{escape(item.location)}</loc>{lastmods[item.last_mod]}</sitemap>"
        )
    return mark_safe("\n".join(lines))
