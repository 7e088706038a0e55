"""Control characters never reach the database: what a word processor pastes (a vertical tab
for a soft line break, a form feed for a page break) or a broken file carries (NUL, ESC,
BEL) cannot be written to XML (feeds, sitemaps), breaks PostgreSQL (NUL) and shows as
boxes on a page.

`clean_text` is the one rule; `strip_control_characters` applies it to every text value of
every model on `pre_save` (connected in `site_config.apps`), so the admin, the importers
and the shell all go through it. Tab, line feed and carriage return are kept; a vertical
tab or form feed becomes a line break in multi-line text and a space on one line.
"""

import json
import re
import unicodedata

from django.db import models

from wagtail.fields import StreamField
from wagtail.models import Revision

# C0 controls but tab, LF and CR; DEL; C1 controls; lone surrogates; the two noncharacters
# XML forbids.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LINE_BREAKS = re.compile("[\x0b\x0c]")


def clean_text(value, multiline=True):
    """`value` without control characters (vertical tab and form feed become a line
    break, or a space when `multiline` is false). Non-strings are returned unchanged."""
    if not isinstance(value, str) or not CONTROL_CHARACTERS.search(value):
        return value
    value = LINE_BREAKS.sub("\n" if multiline else " ", value)
    return CONTROL_CHARACTERS.sub("", value)


def clean_data(value):
    """`value` (str, list, dict, nested) with every string cleaned; the same object when
    nothing had to change."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        cleaned = [clean_data(item) for item in value]
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else cleaned
    if isinstance(value, dict):
        cleaned = {key: clean_data(item) for key, item in value.items()}
        return value if all(cleaned[key] is value[key] for key in value) else cleaned
    return value


def describe(char):
    """'U+000B (LINE TABULATION)' for a report."""
    name = unicodedata.name(char, "") or {
        "\x00": "NULL",
        "\x07": "BELL",
        "\x1b": "ESCAPE",
    }.get(char, "control character")
    return f"U+{ord(char):04X} ({name})"


def find_control_characters(text):
    """[(line number, column, description)] of every control character in `text`."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in CONTROL_CHARACTERS.finditer(line.rstrip("\r")):
            found.append((number, match.start() + 1, describe(match.group())))
    return found


def _clean_stream(field, value):
    raw = field.get_prep_value(value)
    data = json.loads(raw) if isinstance(raw, str) else raw
    cleaned = clean_data(data)
    return None if cleaned is data else cleaned


def _clean_revision_content(content):
    """Revision content keeps StreamFields as JSON strings: clean inside them too."""
    if isinstance(content, dict):
        changed = {}
        for key, item in content.items():
            if isinstance(item, str) and item[:1] in "[{":
                try:
                    decoded = json.loads(item)
                except ValueError:
                    decoded = None
                if isinstance(decoded, list | dict):
                    cleaned = clean_data(decoded)
                    if cleaned is not decoded:
                        changed[key] = json.dumps(cleaned, cls=_Encoder)
                    continue
            cleaned = _clean_revision_content(item)
            if cleaned is not item:
                changed[key] = cleaned
        return {**content, **changed} if changed else content
    if isinstance(content, list):
        cleaned = [_clean_revision_content(item) for item in content]
        return content if all(a is b for a, b in zip(cleaned, content, strict=True)) else cleaned
    return clean_text(content)


class _Encoder(json.JSONEncoder):
    def default(self, o):
        return str(o)


def strip_control_characters(sender, instance, raw=False, **kwargs):
    """pre_save: clean every text, JSON and StreamField value of `instance` in place."""
    if raw:  # loading a fixture: keep it byte for byte
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            value = getattr(instance, field.attname, None)
            if value is None:
                continue
            cleaned = _clean_stream(field, value)
            if cleaned is not None:
                setattr(instance, field.attname, cleaned)
        elif isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname, None)
            cleaned = clean_text(value, multiline=isinstance(field, models.TextField))
            if cleaned is not value:
                setattr(instance, field.attname, cleaned)
        elif isinstance(field, models.JSONField):
            value = getattr(instance, field.attname, None)
            cleaned = _clean_revision_content(value) if isinstance(instance, Revision) else None
            if cleaned is None:
                cleaned = clean_data(value)
            if cleaned is not value:
                setattr(instance, field.attname, cleaned)
