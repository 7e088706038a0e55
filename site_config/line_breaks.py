"""Where a heading may break a line, per language.

- Hyphenated words ("एक-एक", "step-by-step") stay whole: a heading never breaks after the
  hyphen.
- Japanese has no spaces: browsers break between any two characters, which splits words
  such as 一歩. BudouX (Google's phrase segmenter, offline) finds the phrases; a <wbr>
  between them, with `word-break: keep-all` in the CSS, makes those the only break points.
  (Chinese typography breaks between any characters, and BudouX's Chinese model splits
  words such as 人工智能, so Chinese keeps the browser's breaks.)
"""

import re
from functools import cache

import budoux

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

HYPHENATED = re.compile(r"\w+(?:[-\u2010\u2011]\w+)+")
PHRASE_PARSERS = {
    "ja": budoux.load_default_japanese_parser,
}


@cache
def phrase_parser(language_code):
    loader = PHRASE_PARSERS.get(language_code)
    return loader() if loader else None


def _keep_hyphenated(escaped):
    return HYPHENATED.sub(r'<span class="nowrap">\g<0></span>', escaped)


def heading_html(text, language_code):
    """`text` escaped, with line breaks allowed only where the language allows them."""
    parser = phrase_parser(language_code)
    phrases = parser.parse(str(text)) if parser and text else [str(text)]
    return mark_safe(
        "<wbr>".join(_keep_hyphenated(str(conditional_escape(phrase))) for phrase in phrases)
    )
