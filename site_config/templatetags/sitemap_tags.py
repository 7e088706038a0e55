"""The sitemap index's lines, built in Python (templates/site_config/sitemap_index.xml)."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def sitemap_index_entries(items):
    """One <sitemap> line per file of Django's index items, escaped: a template loop (or
    format_html) costs tens of µs a line, and a large site's index lists hundreds of files."""
    lines = []
    for item in items:
        lastmod = f"<lastmod>{item.last_mod.isoformat()}</lastmod>" if item.last_mod else ""
        lines.append(f"<sitemap><loc>{escape(item.location)}</loc>{lastmod}</sitemap>")
    return mark_safe("\n".join(lines))
