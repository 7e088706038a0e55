"""Rich text (Wagtail's stored HTML) split into translatable segments and rebuilt from them.

One segment per block-level element (<p>, <h2>, <li>, <blockquote>…). Inline markup stays
in the segment, but an element's attributes (a link's target, an embed's id) are replaced by
a numbered placeholder, so a translator sees ``Read <a id="1">the guide</a> first`` and can
neither break nor change where the link points. Attribute-free inline tags (<b>, <i>,
<code>…) are shown as they are.
"""

import html
import re
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "th",
    "dt",
    "dd",
    "figcaption",
    "caption",
}
CONTAINER_TAGS = {
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "div",
    "section",
    "figure",
}
# Block-level elements without text of their own (an image embed, a rule): kept as they are.
OPAQUE_TAGS = {"hr", "embed", "img", "iframe"}
VOID_TAGS = {"br", "embed", "img", "hr", "wbr"}

# A tag as a translator may write it in a segment: <b>, </b>, <a id="1">, <br/>, <embed id="2"/>.
SEGMENT_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:-]+=\"[^\"<>]*\")*)\s*(/?)>"
)
ATTR_RE = re.compile(r"([a-zA-Z_:-]+)=\"([^\"<>]*)\"")
# Text that would read as markup or as an entity is escaped in segments (and only that).
AMBIGUOUS_LT_RE = re.compile(r"<(?=[a-zA-Z/!])")
AMBIGUOUS_AMP_RE = re.compile(r"&(?=#?[a-zA-Z0-9]+;)")


class MarkupError(ValueError):
    """A translated segment whose markup or placeholders do not match its source."""


# --- A tiny DOM ---------------------------------------------------------------------------
class Element:
    def __init__(self, tag, attrs=None, children=None):
        self.tag = tag
        self.attrs = list(attrs or [])
        self.children = children if children is not None else []

    def html(self):
        attrs = "".join(
            f' {name}="{html.escape(value or "", quote=True)}"' for name, value in self.attrs
        )
        if self.tag in VOID_TAGS:
            return f"<{self.tag}{attrs}/>"
        return f"<{self.tag}{attrs}>{serialize(self.children)}</{self.tag}>"


class Run:
    """A run of inline content (text and inline elements): one translatable segment."""

    def __init__(self, children, parent=None):
        self.children = children
        self.parent = parent  # the block-level element holding the run (None at the top)

    def html(self):
        return serialize(self.children)


def serialize(nodes):
    return "".join(
        html.escape(node, quote=False) if isinstance(node, str) else node.html() for node in nodes
    )


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs)
        self.stack[-1].children.append(element)
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, attrs))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(source):
    builder = _TreeBuilder()
    builder.feed(source or "")
    builder.close()
    return builder.root


def _is_inline(node):
    return isinstance(node, str) or (
        node.tag not in BLOCK_TAGS
        and node.tag not in CONTAINER_TAGS
        and node.tag not in OPAQUE_TAGS
    )


def _group_runs(element, counter, found):
    """Replace each run of inline children by a Run and record (key, run) in `found`."""
    is_block = element.tag in BLOCK_TAGS
    if is_block:
        counter[0] += 1
        number = counter[0]
    grouped, run, runs_here = [], [], 0

    def flush():
        nonlocal run, runs_here
        if not run:
            return
        if any(not isinstance(n, str) or n.strip() for n in run):
            holder = Run(run, element if is_block else None)
            runs_here += 1
            if is_block:
                key = f"{element.tag}-{number}" + (f".{runs_here}" if runs_here > 1 else "")
            else:
                counter[0] += 1
                key = f"text-{counter[0]}"
            found.append((key, holder))
            grouped.append(holder)
        else:
            grouped.extend(run)
        run = []

    for child in element.children:
        if _is_inline(child):
            run.append(child)
        else:
            flush()
            if child.tag not in OPAQUE_TAGS:
                _group_runs(child, counter, found)
            grouped.append(child)
    flush()
    element.children = grouped


def split(source):
    """(tree, [(key, Run)]) for stored rich text HTML, in document order."""
    tree = parse(source)
    found = []
    _group_runs(tree, [0], found)
    return tree, found


# --- Segments with placeholders -----------------------------------------------------------
def _escape_segment_text(text):
    return AMBIGUOUS_LT_RE.sub("&lt;", AMBIGUOUS_AMP_RE.sub("&amp;", text))


def run_to_segment(run):
    """(segment text, {placeholder id: (tag, attrs)}) for a run of inline nodes."""
    placeholders = {}

    def render(nodes):
        out = []
        for node in nodes:
            if isinstance(node, str):
                out.append(_escape_segment_text(node))
                continue
            if node.attrs:
                number = str(len(placeholders) + 1)
                placeholders[number] = (node.tag, node.attrs)
                opening = f'<{node.tag} id="{number}"'
            else:
                opening = f"<{node.tag}"
            if node.tag in VOID_TAGS:
                out.append(opening + "/>")
            else:
                out.append(f"{opening}>{render(node.children)}</{node.tag}>")
        return "".join(out)

    return render(run.children), placeholders


def segments(source):
    """[(key, segment text)] for stored rich text HTML."""
    _tree, found = split(source)
    return [(key, run_to_segment(run)[0]) for key, run in found]


def element_key(segment_key):
    """The element a segment belongs to: "p-3" for "p-3" and "p-3.2" (its second run)."""
    return segment_key.split(".", 1)[0]


def mark_elements(source, element_keys, attrs):
    """Stored HTML with `attrs` [(name, value)] added to the block-level elements named by
    `element_keys` ("p-3", as segment keys name them); text outside any block element
    cannot carry an attribute and is left as it is."""
    tree, found = split(source)
    marked = set()
    for key, run in found:
        element = run.parent
        if element is None or id(element) in marked or element_key(key) not in element_keys:
            continue
        names = {name for name, _value in attrs}
        element.attrs = [(n, v) for n, v in element.attrs if n not in names] + list(attrs)
        marked.add(id(element))
    return serialize(tree.children)


def _tag_tokens(segment):
    """The markup of a segment as a sorted list of tokens, for comparison with its source."""
    tokens = []
    for match in SEGMENT_TAG_RE.finditer(segment):
        closing, tag, attr_text, self_closing = match.groups()
        tag = tag.lower()
        if closing:
            tokens.append(f"</{tag}>")
            continue
        number = dict(ATTR_RE.findall(attr_text)).get("id")
        ending = "/>" if self_closing or tag in VOID_TAGS else ">"
        tokens.append(f"<{tag}" + (f' id="{number}"' if number else "") + ending)
    return tokens


def parse_segment(text, placeholders, source_text):
    """Inline nodes for a translated segment, restoring the source's attributes.

    Raises MarkupError naming the problem when tags do not nest, are unknown, or differ from
    the source's (same tags, same placeholders, each exactly once).
    """
    known_tags = {match.group(2).lower() for match in SEGMENT_TAG_RE.finditer(source_text)}
    root = Element("#run")
    stack = [root]
    position = 0
    for match in SEGMENT_TAG_RE.finditer(text):
        _append_text(stack[-1], text[position : match.start()])
        position = match.end()
        closing, tag, attr_text, self_closing = match.groups()
        tag = tag.lower()
        attrs = dict(ATTR_RE.findall(attr_text))
        if tag not in known_tags:
            raise MarkupError(f"<{tag}> is not in the source")
        if closing:
            if len(stack) == 1 or stack[-1].tag != tag:
                raise MarkupError(f"closing tag </{tag}> does not match an open tag")
            stack.pop()
            continue
        if set(attrs) - {"id"}:
            raise MarkupError(f"<{tag}> may only carry the placeholder id, not other attributes")
        if "id" in attrs:
            if attrs["id"] not in placeholders or placeholders[attrs["id"]][0] != tag:
                raise MarkupError(f'placeholder <{tag} id="{attrs["id"]}"> is not in the source')
            element = Element(tag, placeholders[attrs["id"]][1])
        else:
            element = Element(tag)
        stack[-1].children.append(element)
        if tag not in VOID_TAGS and not self_closing:
            stack.append(element)
    _append_text(stack[-1], text[position:])
    if len(stack) > 1:
        raise MarkupError(f"<{stack[-1].tag}> is never closed")
    expected, got = _tag_tokens(source_text), _tag_tokens(text)
    if sorted(expected) != sorted(got):
        missing = _difference(expected, got)
        extra = _difference(got, expected)
        details = []
        if missing:
            details.append("missing " + " ".join(missing))
        if extra:
            details.append("unexpected " + " ".join(extra))
        raise MarkupError("markup differs from the source: " + "; ".join(details))
    return root.children


def _difference(left, right):
    remaining = list(right)
    out = []
    for token in left:
        if token in remaining:
            remaining.remove(token)
        else:
            out.append(token)
    return out


def _append_text(element, raw):
    if not raw:
        return
    if AMBIGUOUS_LT_RE.search(raw):
        snippet = raw[AMBIGUOUS_LT_RE.search(raw).start() :][:20]
        raise MarkupError(f"broken markup near {snippet!r}")
    element.children.append(html.unescape(raw))


def validate_segment(text, source_text):
    """Check a translation of a rich text segment against its source; raise MarkupError."""
    placeholders = _placeholders_from_segment(source_text)
    parse_segment(text, placeholders, source_text)


def _placeholders_from_segment(source_text):
    found = {}
    for match in SEGMENT_TAG_RE.finditer(source_text):
        attrs = dict(ATTR_RE.findall(match.group(3)))
        if "id" in attrs:
            found[attrs["id"]] = (match.group(2).lower(), [])
    return found


def rebuild(source, translations):
    """Stored HTML for `source` with segment texts replaced: translations {key: text}.

    Keys missing from `translations` keep the source text. Raises MarkupError.
    """
    tree, found = split(source)
    for key, run in found:
        if key not in translations:
            continue
        source_text, placeholders = run_to_segment(run)
        run.children = parse_segment(translations[key], placeholders, source_text)
    return serialize(tree.children)
