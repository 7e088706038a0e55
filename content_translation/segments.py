"""Translatable segments of one field value, and the value rebuilt from translated segments.

A field is one of four kinds:

* ``text``: a plain CharField/TextField, one segment (key ``""``);
* ``slug``: a page slug, one segment, validated as a (unicode) slug on import;
* ``richtext``: a RichTextField, one segment per block-level element (see richtext.py);
* ``stream``: a StreamField, walked through its block definitions on the *stored JSON*
  (no database lookups for chosen pages or images), translating only text blocks.

Segment keys inside a StreamField are paths of block ids (not positions) and StructBlock
child names, e.g. ``<block id>/values/<item id>/title``; a rich text block adds
``:<element key>``, e.g. ``<block id>/text:p-3``. Items stored without an id (old-format
ListBlock items) fall back to their position.
"""

import copy
from dataclasses import dataclass

from django.conf import settings
from django.db import models

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import RichTextField, StreamField

from . import richtext

# StructBlock children with these names hold identifiers, code or presentation, never prose.
DEFAULT_SKIPPED_BLOCK_NAMES = frozenset(
    {
        "anchor",
        "slug",
        "icon",
        "colour",
        "color",
        "code",
        "language",
        "lang",
        "css_class",
        "class_name",
        "url",
        "href",
        "id",
        "html",
        "raw_html",
        "embed",
        "style",
        "theme",
    }
)


def skipped_block_names():
    extra = getattr(settings, "CONTENT_TRANSLATION_SKIPPED_BLOCK_NAMES", ())
    return DEFAULT_SKIPPED_BLOCK_NAMES | frozenset(extra)


@dataclass(frozen=True)
class Segment:
    key: str
    text: str
    is_html: bool = False
    max_length: int | None = None
    # The key with positions and block types instead of ids: matches a translation whose
    # blocks were added in the admin (their own ids) to the English block in the same place.
    shape: str = ""


# --- Field kinds -----------------------------------------------------------------------
def field_kind(model_field, is_page=False):
    """The kind of a registered field, or None when it holds no translatable prose."""
    if isinstance(model_field, StreamField):
        return "stream"
    if isinstance(model_field, RichTextField):
        return "richtext"
    if model_field.name == "slug":
        return "slug" if is_page else None
    if isinstance(
        model_field,
        models.URLField | models.EmailField | models.SlugField | models.GenericIPAddressField,
    ):
        return None
    if isinstance(model_field, models.CharField | models.TextField):
        return "text"
    return None


def raw_stream(value):
    """The stored JSON (list of dicts) of a StreamField value, without converting blocks."""
    if value is None:
        return []
    if hasattr(value, "raw_data"):
        return [dict(item) for item in value.raw_data]
    return list(value)


def field_segments(kind, model_field, value):
    """[Segment] for one language's value of a field."""
    if kind in ("text", "slug"):
        if value is None or not str(value).strip():
            return []
        return [Segment("", str(value), max_length=getattr(model_field, "max_length", None))]
    if kind == "richtext":
        return [Segment(key, text, is_html=True) for key, text in richtext.segments(value or "")]
    if kind == "stream":
        found = []
        _walk_stream(model_field.stream_block, raw_stream(value), [], [], found)
        return found
    return []


def match_segments(kind, model_field, english_segments, target_value):
    """{English segment key: text in the target value}, matching by key (block ids), then
    by shape (same block types in the same places) for blocks created separately."""
    targets = field_segments(kind, model_field, target_value)
    by_key = {segment.key: segment.text for segment in targets}
    by_shape = {segment.shape: segment.text for segment in targets if segment.shape}
    matched = {}
    for segment in english_segments:
        if segment.key in by_key:
            matched[segment.key] = by_key[segment.key]
        elif segment.shape and segment.shape in by_shape:
            matched[segment.key] = by_shape[segment.shape]
    return matched


def rebuild_value(kind, model_field, english_value, translations):
    """The target-language value: the English value with segments replaced.

    `translations` maps segment keys to translated text; keys it lacks keep the English text.
    Raises richtext.MarkupError for markup that cannot be placed.
    """
    if kind in ("text", "slug"):
        return translations.get("", english_value)
    if kind == "richtext":
        return richtext.rebuild(english_value or "", translations)
    if kind == "stream":
        data = copy.deepcopy(raw_stream(english_value))
        return _rebuild_stream(model_field.stream_block, data, [], translations)
    raise ValueError(kind)


# --- StreamField walking ----------------------------------------------------------------
def _is_translatable_name(name, block):
    override = getattr(block.meta, "translatable", None)
    if override is not None:
        return bool(override)
    return name not in skipped_block_names()


def _item_id(item, position):
    return str(item.get("id") or position) if isinstance(item, dict) else str(position)


def _list_item(item):
    """(value, id) for a ListBlock item stored in the new ({id, type, value}) or old format."""
    if isinstance(item, dict) and "id" in item and "value" in item:
        return item["value"], item["id"]
    return item, None


def _text_leaf(block):
    if isinstance(block, blocks.RichTextBlock):
        return "html"
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return "text"
    if isinstance(block, TableBlock):
        return "table"
    return None


def _walk_stream(block, raw, path, shape, found):
    if isinstance(block, blocks.BaseStreamBlock):
        for position, item in enumerate(raw or []):
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _walk_stream(
                    child,
                    item.get("value"),
                    [*path, _item_id(item, position)],
                    [*shape, f"{position}.{item.get('type')}"],
                    found,
                )
    elif isinstance(block, blocks.BaseStructBlock):
        if not isinstance(raw, dict):
            return
        for name, child in block.child_blocks.items():
            if name in raw and _is_translatable_name(name, child):
                _walk_stream(child, raw[name], [*path, name], [*shape, name], found)
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(raw or []):
            value, item_id = _list_item(item)
            _walk_stream(
                block.child_block,
                value,
                [*path, str(item_id or position)],
                [*shape, str(position)],
                found,
            )
    else:
        _walk_leaf(block, raw, "/".join(path), "/".join(shape), found)


def _walk_leaf(block, raw, key, shape, found):
    leaf = _text_leaf(block)
    if leaf == "html":
        for element_key, text in richtext.segments(raw or ""):
            found.append(
                Segment(f"{key}:{element_key}", text, is_html=True, shape=f"{shape}:{element_key}")
            )
    elif leaf == "text":
        if isinstance(raw, str) and raw.strip():
            field = getattr(block, "field", None)
            found.append(
                Segment(key, raw, max_length=getattr(field, "max_length", None), shape=shape)
            )
    elif leaf == "table" and isinstance(raw, dict):
        for r, row in enumerate(raw.get("data") or []):
            for c, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    found.append(Segment(f"{key}/r{r}c{c}", cell, shape=f"{shape}/r{r}c{c}"))
        caption = raw.get("table_caption")
        if isinstance(caption, str) and caption.strip():
            found.append(Segment(f"{key}/caption", caption, shape=f"{shape}/caption"))


def _rebuild_stream(block, raw, path, translations):
    if isinstance(block, blocks.BaseStreamBlock):
        for position, item in enumerate(raw or []):
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                item["value"] = _rebuild_stream(
                    child, item.get("value"), [*path, _item_id(item, position)], translations
                )
        return raw
    if isinstance(block, blocks.BaseStructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                if name in raw and _is_translatable_name(name, child):
                    raw[name] = _rebuild_stream(child, raw[name], [*path, name], translations)
        return raw
    if isinstance(block, blocks.ListBlock):
        for position, item in enumerate(raw or []):
            value, item_id = _list_item(item)
            new = _rebuild_stream(
                block.child_block, value, [*path, str(item_id or position)], translations
            )
            if item_id is None:
                raw[position] = new
            else:
                item["value"] = new
        return raw
    return _rebuild_leaf(block, raw, "/".join(path), translations)


def _rebuild_leaf(block, raw, key, translations):
    leaf = _text_leaf(block)
    if leaf == "html":
        prefix = key + ":"
        inner = {k[len(prefix) :]: v for k, v in translations.items() if k.startswith(prefix)}
        return richtext.rebuild(raw or "", inner) if inner else raw
    if leaf == "text":
        return translations.get(key, raw)
    if leaf == "table" and isinstance(raw, dict):
        for r, row in enumerate(raw.get("data") or []):
            for c, _cell in enumerate(row or []):
                if f"{key}/r{r}c{c}" in translations:
                    row[c] = translations[f"{key}/r{r}c{c}"]
        if f"{key}/caption" in translations:
            raw["table_caption"] = translations[f"{key}/caption"]
    return raw
