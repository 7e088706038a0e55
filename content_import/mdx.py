"""MDX source → a flat list of block nodes (Markdown blocks and MDX components), with lines.

A small, forgiving parser for the subset of CommonMark/GFM the content repository uses:
ATX and setext headings, paragraphs, nested lists, block quotes, pipe tables, fenced code,
horizontal rules, block-level HTML (kept as text) and capitalised JSX components
(`<Quiz … />`, `<Callout>…</Callout>`). MDX `import`/`export` lines and comments are skipped.
Nothing raises: whatever cannot be understood becomes a `raw` node (shown as text) and a
warning through `warn(line, message)`.
"""

import ast
import json
import re
from dataclasses import dataclass, field

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*([^`\s{]*)\s*(.*)$")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
TABLE_SEPARATOR = re.compile(r"^ *\|? *:?-+:? *(\| *:?-+:? *)*\|? *$")
COMPONENT_START = re.compile(r"^ {0,3}<([A-Z][A-Za-z0-9_.]*)(?=[\s/>]|$)")
HTML_START = re.compile(r"^ {0,3}<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
ESM = re.compile(r"^(import|export)\s")
BLOCK_HTML_TAGS = {
    "address", "article", "aside", "audio", "blockquote", "canvas", "center", "details",
    "dialog", "div", "dl", "embed", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "iframe", "img", "link", "main", "meta", "nav",
    "noscript", "object", "ol", "p", "picture", "pre", "script", "section", "style", "summary",
    "svg", "table", "template", "ul", "video",
}  # fmt: skip


@dataclass
class ListItem:
    text: str
    line: int
    children: list = field(default_factory=list)  # nested list nodes


@dataclass
class Node:
    kind: str  # heading paragraph list quote code table hr component raw
    line: int
    text: str = ""
    level: int = 0
    ordered: bool = False
    items: list = field(default_factory=list)  # ListItem for lists, rows for tables
    language: str = ""
    info: str = ""
    name: str = ""
    attrs: dict = field(default_factory=dict)
    children: str | None = None
    children_line: int = 0
    source: str = ""


# --- JSX attributes ---------------------------------------------------------------------------
def _scan_tag_end(text, start):
    """Index of the `>` closing the tag opened at text[start] ('<'), or -1. Quotes and {…}
    expressions may contain '>'."""
    quote, depth, index = None, 0, start + 1
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return index
        elif char == "<" and depth == 0 and text[index + 1 : index + 2].isalpha():
            return -1  # another tag starts: this one was never closed
        index += 1
    return -1


def _expression_value(expression):
    """The value of a JSX `{…}` attribute when it is a literal (string, number, boolean,
    array of literals); otherwise the expression's text, flagged as not understood."""
    text = expression.strip()
    if text.startswith("`") and text.endswith("`") and len(text) > 1:
        return text[1:-1], True
    try:
        return json.loads(text), True
    except ValueError:
        pass
    literal = re.sub(r"\btrue\b", "True", text)
    literal = re.sub(r"\bfalse\b", "False", literal)
    literal = re.sub(r"\bnull\b", "None", literal)
    try:
        return ast.literal_eval(literal), True
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text, False


def parse_attributes(inner):
    """{name: value}, [problems] from the inside of a JSX tag (`question="…" answer={1}`)."""
    attrs, problems, index = {}, [], 0
    name_pattern = re.compile(r"\s*([A-Za-z_][\w:.-]*)")
    while index < len(inner):
        if inner[index].isspace():
            index += 1
            continue
        match = name_pattern.match(inner, index)
        if not match:
            problems.append(f"cannot read the attributes from {inner[index : index + 30]!r}")
            break
        name, index = match.group(1), match.end()
        while index < len(inner) and inner[index].isspace():
            index += 1
        if index >= len(inner) or inner[index] != "=":
            attrs[name] = True
            continue
        index += 1
        while index < len(inner) and inner[index].isspace():
            index += 1
        if index >= len(inner):
            problems.append(f"attribute {name} has no value")
            break
        opener = inner[index]
        if opener in "\"'":
            end = index + 1
            while end < len(inner) and inner[end] != opener:
                end += 2 if inner[end] == "\\" else 1
            if end >= len(inner):
                problems.append(f"the value of {name} is not closed")
                break
            attrs[name] = inner[index + 1 : end].replace("\\" + opener, opener)
            index = end + 1
        elif opener == "{":
            depth, end, quote = 0, index, None
            while end < len(inner):
                char = inner[end]
                if quote:
                    if char == "\\":
                        end += 1
                    elif char == quote:
                        quote = None
                elif char in "\"'`":
                    quote = char
                elif char == "{":
                    depth += 1
                elif char == "}":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            if end >= len(inner):
                problems.append(f"the value of {name} is not closed")
                break
            value, understood = _expression_value(inner[index + 1 : end])
            if not understood:
                problems.append(f"the value of {name} is an expression that cannot be read")
            attrs[name] = value
            index = end + 1
        else:
            match = re.compile(r"[^\s]+").match(inner, index)
            attrs[name] = match.group(0)
            index = match.end()
    return attrs, problems


# --- Block parser ------------------------------------------------------------------------------
JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)


def strip_jsx_comments(text):
    """`text` without {/* … */} comments outside fenced code; line numbers are kept."""
    chunks, current, fence = [], [], None
    for line in text.split("\n"):
        match = FENCE.match(line)
        if fence is None and match:
            chunks.append(("text", current))
            current, fence = [line], match.group(1)[0] * len(match.group(1))
            continue
        current.append(line)
        if (
            fence is not None
            and line.strip().startswith(fence)
            and not line.strip().strip(fence[0])
        ):
            chunks.append(("code", current))
            current, fence = [], None
    chunks.append(("code" if fence else "text", current))
    out = []
    for kind, lines in chunks:
        if not lines:
            continue
        chunk = "\n".join(lines)
        if kind == "text":
            chunk = JSX_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), chunk)
        out.append(chunk)
    return "\n".join(out)


class Parser:
    def __init__(self, text, first_line=1, warn=None):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.lines = strip_jsx_comments(text).split("\n")
        self.first_line = first_line
        self.warn = warn or (lambda line, message: None)

    def line_no(self, index):
        return self.first_line + index

    def parse(self):
        nodes, index = [], 0
        self.pending = nodes
        while index < len(self.lines):
            index = self._block(index, nodes)
        return nodes

    # Each handler returns the index of the first line it did not consume.
    def _block(self, index, nodes):
        line = self.lines[index]
        stripped = line.strip()
        if not stripped:
            return index + 1
        if ESM.match(line):
            return self._esm(index)
        if stripped.startswith("<!--"):
            return self._skip_until(index, "-->", "an HTML comment")
        if stripped.startswith("{/*"):
            return self._skip_until(index, "*/}", "a comment")
        if FENCE.match(line):
            return self._fence(index, nodes)
        if COMPONENT_START.match(line):
            return self._component(index, nodes)
        html = HTML_START.match(line)
        if html and html.group(2).lower() in BLOCK_HTML_TAGS:
            return self._html_block(index, nodes, html.group(2).lower())
        if ATX.match(line):
            match = ATX.match(line)
            nodes.append(
                Node(
                    "heading",
                    self.line_no(index),
                    text=(match.group(2) or "").strip(),
                    level=len(match.group(1)),
                )
            )
            return index + 1
        if HR.match(line):
            nodes.append(Node("hr", self.line_no(index)))
            return index + 1
        if stripped.startswith(">"):
            return self._quote(index, nodes)
        if self._is_table_start(index):
            return self._table(index, nodes)
        if LIST_ITEM.match(line) and LIST_ITEM.match(line).group(3):
            return self._list(index, nodes)
        return self._paragraph(index, nodes)

    def _esm(self, index):
        start = index
        self.warn(self.line_no(index), f"MDX {self.lines[index].split()[0]} line ignored")
        depth = 0
        while index < len(self.lines):
            depth += self.lines[index].count("{") - self.lines[index].count("}")
            index += 1
            if depth <= 0 and (index >= len(self.lines) or not self.lines[index].strip()):
                break
            if depth <= 0 and self.lines[index - 1].rstrip().endswith(";"):
                break
        return max(index, start + 1)

    def _skip_until(self, index, end, what):
        for position in range(index, len(self.lines)):
            if end in self.lines[position]:
                return position + 1
        self.warn(self.line_no(index), f"{what} is never closed: the rest of the file is text")
        return self._raw(index, len(self.lines), self.pending)

    def _raw(self, start, end, nodes_out, reason=""):
        source = "\n".join(self.lines[start:end]).strip("\n")
        nodes_out.append(Node("raw", self.line_no(start), text=source, source=reason))
        return end

    def _fence(self, index, nodes):
        match = FENCE.match(self.lines[index])
        marker, language, info = match.group(1), match.group(2), match.group(3).strip()
        body = []
        for position in range(index + 1, len(self.lines)):
            line = self.lines[position]
            closing = line.strip()
            if closing.startswith(marker[0] * len(marker)) and not closing.strip(marker[0]):
                nodes.append(
                    Node(
                        "code",
                        self.line_no(index),
                        text="\n".join(body),
                        language=language.lower(),
                        info=info,
                    )
                )
                return position + 1
            body.append(line)
        self.warn(self.line_no(index), "code block is never closed: it runs to the end")
        nodes.append(
            Node("code", self.line_no(index), text="\n".join(body), language=language.lower())
        )
        return len(self.lines)

    def _html_block(self, index, nodes, tag):
        end = index
        while end < len(self.lines) and self.lines[end].strip():
            end += 1
        self.warn(self.line_no(index), f"HTML <{tag}> is not allowed: kept as text")
        return self._raw(index, end, nodes, reason="html")

    def _component(self, index, nodes):
        name = COMPONENT_START.match(self.lines[index]).group(1)
        text = "\n".join(self.lines[index:])
        start = text.index("<")
        end = _scan_tag_end(text, start)
        if end == -1:
            self.warn(self.line_no(index), f"<{name}> tag is never closed: kept as text")
            stop = index + 1
            while stop < len(self.lines) and self.lines[stop].strip():
                stop += 1
            return self._raw(index, stop, nodes, reason="malformed")
        tag = text[start : end + 1]
        inner = tag[1 + len(name) : -1]
        self_closing = inner.rstrip().endswith("/")
        if self_closing:
            inner = inner.rstrip()[:-1]
        attrs, problems = parse_attributes(inner)
        tag_lines = text[: end + 1].count("\n")
        node = Node(
            "component", self.line_no(index), name=name, attrs=attrs, source=text[: end + 1]
        )
        node.problems = problems
        if self_closing:
            nodes.append(node)
            return self._rest_of_line(index + tag_lines, text, end + 1)
        close = self._find_close(text, name, end + 1)
        if close is None:
            self.warn(self.line_no(index), f"<{name}> has no closing </{name}>: kept as text")
            nodes.append(Node("raw", self.line_no(index), text=tag.strip(), source="malformed"))
            return self._rest_of_line(index + tag_lines, text, end + 1)
        close_start, close_end = close
        node.children = text[end + 1 : close_start]
        node.children_line = self.line_no(index) + tag_lines
        node.source = text[:close_end]
        nodes.append(node)
        return self._rest_of_line(index + text[:close_end].count("\n"), text, close_end)

    def _rest_of_line(self, line_index, text, offset):
        """Continue after a tag that ended mid-line: the rest of that line is parsed anew."""
        newline = text.find("\n", offset)
        rest = text[offset:] if newline == -1 else text[offset:newline]
        if rest.strip():
            self.lines[line_index] = rest
            return line_index
        return line_index + 1

    @staticmethod
    def _find_close(text, name, offset):
        opener = re.compile(r"<" + re.escape(name) + r"(?=[\s/>])")
        closer = re.compile(r"</" + re.escape(name) + r"\s*>")
        depth, position = 1, offset
        while True:
            next_close = closer.search(text, position)
            if next_close is None:
                return None
            next_open = opener.search(text, position, next_close.start())
            if next_open is not None:
                tag_end = _scan_tag_end(text, next_open.start())
                if tag_end != -1 and text[tag_end - 1] != "/":
                    depth += 1
                position = max(tag_end, next_open.end()) + 1
                continue
            depth -= 1
            if depth == 0:
                return next_close.start(), next_close.end()
            position = next_close.end()

    def _quote(self, index, nodes):
        lines, start = [], index
        while index < len(self.lines) and self.lines[index].strip().startswith(">"):
            content = self.lines[index].strip()[1:]
            lines.append(content[1:] if content.startswith(" ") else content)
            index += 1
        nodes.append(Node("quote", self.line_no(start), text="\n".join(lines)))
        return index

    def _is_table_start(self, index):
        if index + 1 >= len(self.lines):
            return False
        header, separator = self.lines[index], self.lines[index + 1]
        return "|" in header and "-" in separator and bool(TABLE_SEPARATOR.match(separator))

    @staticmethod
    def _cells(line):
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|") and not line.endswith("\\|"):
            line = line[:-1]
        cells, current, escaped = [], "", False
        for char in line:
            if escaped:
                current += char if char == "|" else "\\" + char
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == "|":
                cells.append(current.strip())
                current = ""
            else:
                current += char
        cells.append(current.strip())
        return cells

    def _table(self, index, nodes):
        start = index
        rows = [self._cells(self.lines[index])]
        index += 2
        while index < len(self.lines) and "|" in self.lines[index] and self.lines[index].strip():
            rows.append(self._cells(self.lines[index]))
            index += 1
        width = len(rows[0])
        for offset, row in enumerate(rows[1:], start=1):
            if len(row) != width:
                self.warn(
                    self.line_no(start + offset + 1),
                    f"table row has {len(row)} cells, the header {width}: row adjusted",
                )
        rows = [(row + [""] * width)[:width] for row in rows]
        source = "\n".join(self.lines[start:index])
        nodes.append(Node("table", self.line_no(start), items=rows, source=source))
        return index

    def _list(self, index, nodes):
        start = index
        items, index = self._list_items(index, len(LIST_ITEM.match(self.lines[index]).group(1)))
        first = LIST_ITEM.match(self.lines[start])
        nodes.append(
            Node(
                "list",
                self.line_no(start),
                ordered=first.group(2)[0].isdigit(),
                items=items,
                source="\n".join(self.lines[start:index]),
            )
        )
        return index

    def _list_items(self, index, indent):
        items, ordered = [], None
        while index < len(self.lines):
            line = self.lines[index]
            match = LIST_ITEM.match(line)
            if match and match.group(3) is not None and len(match.group(1)) == indent:
                kind = match.group(2)[0].isdigit()
                if ordered is None:
                    ordered = kind
                elif kind != ordered:
                    return items, index
            if not line.strip():
                following = self._next_nonblank(index)
                if following is None:
                    return items, index
                next_match = LIST_ITEM.match(self.lines[following])
                if next_match and len(next_match.group(1)) >= indent:
                    index = following
                    continue
                if items and self._indent(self.lines[following]) > indent:
                    index = following
                    continue
                return items, index
            if match and match.group(3) is not None:
                own = len(match.group(1))
                if own < indent:
                    return items, index
                if own > indent and items:
                    children, index = self._list_items(index, own)
                    items[-1].children.append(
                        Node(
                            "list",
                            items[-1].line,
                            ordered=match.group(2)[0].isdigit(),
                            items=children,
                        )
                    )
                    continue
                items.append(ListItem(match.group(3).strip(), self.line_no(index)))
                index += 1
                continue
            if items and (self._indent(line) > indent or not self._starts_block(index)):
                items[-1].text += " " + line.strip()
                index += 1
                continue
            return items, index
        return items, index

    @staticmethod
    def _indent(line):
        return len(line) - len(line.lstrip(" "))

    def _next_nonblank(self, index):
        for position in range(index, len(self.lines)):
            if self.lines[position].strip():
                return position
        return None

    def _starts_block(self, index):
        line = self.lines[index]
        stripped = line.strip()
        html = HTML_START.match(line)
        return bool(
            FENCE.match(line)
            or ATX.match(line)
            or HR.match(line)
            or stripped.startswith(">")
            or COMPONENT_START.match(line)
            or (html and html.group(2).lower() in BLOCK_HTML_TAGS)
            or (LIST_ITEM.match(line) and LIST_ITEM.match(line).group(3))
            or ESM.match(line)
            or self._is_table_start(index)
        )

    def _paragraph(self, index, nodes):
        start, lines = index, []
        while index < len(self.lines) and self.lines[index].strip():
            if lines and SETEXT.match(self.lines[index]):
                level = 1 if self.lines[index].strip().startswith("=") else 2
                nodes.append(
                    Node("heading", self.line_no(start), text=" ".join(lines), level=level)
                )
                return index + 1
            if lines and self._starts_block(index):
                break
            lines.append(self.lines[index])
            index += 1
        text = "\n".join(lines)
        nodes.append(Node("paragraph", self.line_no(start), text=text))
        return index


def parse(text, first_line=1, warn=None):
    """Block nodes of `text`, whose first line is line `first_line` of its file."""
    return Parser(text, first_line, warn).parse()
