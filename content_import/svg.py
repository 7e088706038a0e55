"""Sanitising SVG illustrations before they become Wagtail images.

An SVG is a document that can run scripts and load other files when opened on its own, so
only drawing survives: scripts, event handlers, `<foreignObject>`, animations (which can
rewrite links), external references (`href`, `url(…)`, `@import` pointing anywhere but an
`#id` in the same file) are removed. Parsing goes through defusedxml, which refuses entity
tricks (billion laughs, external entities).
"""

import re
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ElementTree.register_namespace("", SVG_NS)
ElementTree.register_namespace("xlink", XLINK_NS)

REMOVED_ELEMENTS = {
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "handler",
    "listener",
    "set",
    "animate",
    "animateMotion",
    "animateTransform",
    "animateColor",
}
LOCAL_REFERENCE = re.compile(r"^\s*#")
SAFE_DATA_IMAGE = re.compile(r"^\s*data:image/(png|jpeg|gif|webp);base64,", re.I)
URL_FUNCTION = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
DANGEROUS_TEXT = re.compile(r"javascript:|vbscript:|expression\s*\(|@import|behavior\s*:", re.I)
MAX_BYTES = 2 * 1024 * 1024


class UnsafeSvg(ValueError):
    """The file is not an SVG drawing that can be made safe."""


def _local_name(name):
    return name.rsplit("}", 1)[-1]


def _css_is_safe(text):
    if DANGEROUS_TEXT.search(text):
        return False
    return all(LOCAL_REFERENCE.match(target) for _quote, target in URL_FUNCTION.findall(text))


def sanitise(data):
    """(clean SVG bytes, [what was removed]) for the SVG in `data` (bytes); UnsafeSvg when
    it does not parse or is not an SVG."""
    if len(data) > MAX_BYTES:
        raise UnsafeSvg("the file is larger than 2 MB")
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise UnsafeSvg(f"it is not well-formed XML ({error})") from error
    if root.tag != f"{{{SVG_NS}}}svg":
        raise UnsafeSvg("its root element is not <svg> in the SVG namespace")
    removed = []
    _clean(root, removed)
    if not (root.get("viewBox") or (root.get("width") and root.get("height"))):
        raise UnsafeSvg("it has neither a viewBox nor a width and height")
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True), removed


def _clean(element, removed):
    for child in list(element):
        if not isinstance(child.tag, str):  # comments, processing instructions
            element.remove(child)
            continue
        name = _local_name(child.tag)
        if not child.tag.startswith(f"{{{SVG_NS}}}") or name in REMOVED_ELEMENTS:
            removed.append(f"<{name}>")
            element.remove(child)
            continue
        if name == "style" and not _css_is_safe(child.text or ""):
            removed.append("<style> with external references or scripts")
            element.remove(child)
            continue
        _clean(child, removed)
    for attribute, value in list(element.attrib.items()):
        name = _local_name(attribute)
        if name.lower().startswith("on"):
            removed.append(f"{name} handler")
            del element.attrib[attribute]
        elif name == "href":
            if LOCAL_REFERENCE.match(value):
                continue
            if _local_name(element.tag) == "image" and SAFE_DATA_IMAGE.match(value):
                continue
            removed.append(f"external reference {value[:60]!r}")
            del element.attrib[attribute]
        elif not _css_is_safe(value):
            removed.append(f"{name} attribute with an external reference")
            del element.attrib[attribute]
