"""Plain-text helpers for articles: reading time and heading anchors, in every script."""

import math
import re
import unicodedata

from django.utils import translation
from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200
CJK_CHARACTERS_PER_MINUTE = 500

# Han ideographs, kana and the CJK punctuation-free ranges: read character by character.
_CJK = re.compile(
    "["
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uff66-\uff9f"  # half-width katakana
    "]"
)


def count_reading_units(text):
    """(words, cjk_characters) in `text`: CJK characters are counted one by one,
    everything else as space-separated words."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    words = sum(1 for token in rest.split() if any(char.isalnum() for char in token))
    return words, cjk


def reading_minutes(text):
    """Minutes a typical reader needs: words/200 plus CJK characters/500, at least 1."""
    words, cjk = count_reading_units(text or "")
    minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE
    return max(1, math.ceil(minutes))


def _keep(char):
    category = unicodedata.category(char)
    return category[0] in "LMN"  # letters, combining marks (Devanagari vowel signs), digits


def anchor_slug(text):
    """A readable fragment id for a heading in any script: letters, marks and digits kept,
    runs of anything else become one hyphen. "What is AI?" -> "what-is-ai",
    "ما هو الذكاء الاصطناعي؟" -> "ما-هو-الذكاء-الاصطناعي"."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    out = []
    for char in text:
        if _keep(char):
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:80].strip("-")


def unique_anchors(texts, fallback="section"):
    """Anchors for `texts` in order, each unique within the page (-2, -3… on repeats)."""
    seen = set()
    anchors = []
    for text in texts:
        base = anchor_slug(text) or fallback
        anchor, n = base, 1
        while anchor in seen:
            n += 1
            anchor = f"{base}-{n}"
        seen.add(anchor)
        anchors.append(anchor)
    return anchors


# --- What is stored with each article (and each revision), per language ------------------
def body_in(page, language, default_language):
    """The body a visitor of `language` sees: its own, else the default language's."""
    own = getattr(page, f"body_{language.replace('-', '_')}", None)
    if own is not None and len(own.raw_data) > 0:
        return own
    return getattr(page, f"body_{default_language}")


def plain_text(body):
    chunks = body.stream_block.get_searchable_content(body) if body else []
    return " ".join(strip_tags(str(chunk)) for chunk in chunks)


def headings_of(body):
    """[[block id, level, text, anchor]] for the body's headings, anchors unique."""
    found = [
        (block.id, block.value["level"], block.value["text"])
        for block in body or []
        if block.block_type == "heading"
    ]
    anchors = unique_anchors(text for _id, _level, text in found)
    return [[*heading, anchor] for heading, anchor in zip(found, anchors, strict=True)]


def text_facts(body):
    """What pages show about a body without reading it: reading time, word count, headings."""
    text = plain_text(body)
    return {
        "minutes": reading_minutes(text),
        "words": len(text.split()),
        "headings": headings_of(body),
    }


def text_facts_by_language(page, languages, default_language):
    facts = {}
    for code in languages:
        with translation.override(code):  # block labels in the text are translated
            facts[code] = text_facts(body_in(page, code, default_language))
    return facts
