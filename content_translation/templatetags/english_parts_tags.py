"""Mark the parts of a page's main content that are shown in English with lang="en".

``{% english_runs page "body" as runs %}`` splits a StreamField (or a list of (block, …)
tuples built from it, passed as a third argument) into runs of consecutive blocks, each
with ``english`` true when its blocks are English in the active language::

    {% for run in runs %}{% if run.english %}<div class="stream" lang="en" dir="ltr">{% endif %}
      {% for block in run.blocks %}{% include_block block %}{% endfor %}
    {% if run.english %}</div>{% endif %}{% endfor %}

``{{ page|english_marked:"what_it_is"|richtext }}`` is a rich text field with
lang="en" dir="ltr" on its English paragraphs and list items. A field shown wholly in
English is marked as a whole by the template instead (``page.fields_shown_in_english``).
"""

from dataclasses import dataclass, field

from django import template

from content_translation.richtext import mark_elements

register = template.Library()
ENGLISH_ATTRIBUTES = [("lang", "en"), ("dir", "ltr")]


@dataclass
class Run:
    english: bool
    blocks: list = field(default_factory=list)


def _block_id(item):
    block = item[0] if isinstance(item, tuple) else item
    return getattr(block, "id", None)


@register.simple_tag
def english_runs(page, field_name, blocks=None):
    """[Run] of the field's blocks (or `blocks`), consecutive English blocks grouped."""
    items = list(blocks if blocks is not None else getattr(page, field_name, None) or [])
    english = getattr(page, "english_blocks", {}).get(field_name, set())
    runs = []
    for item in items:
        is_english = _block_id(item) in english
        if not runs or runs[-1].english != is_english:
            runs.append(Run(is_english))
        runs[-1].blocks.append(item)
    return runs


@register.filter
def english_marked(page, field_name):
    """The stored rich text of `field_name` with its English elements marked lang="en"."""
    source = getattr(page, field_name, "") or ""
    english = getattr(page, "english_blocks", {}).get(field_name)
    if not english:
        return source
    return mark_elements(source, english, ENGLISH_ATTRIBUTES)
