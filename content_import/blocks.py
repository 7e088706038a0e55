"""Parsed MDX nodes → raw StreamField data for an article (blog.BlogPage.body) or a lesson
(learning.LessonPage.body).

Block ids are derived from the page's source key, the block's type and its rank among the
blocks of that type ("the third paragraph"), so importing the same file twice gives the same
data (idempotence), and a translation's blocks share the ids of the English ones even when it
leaves some blocks out (content.po matches segments by block id). Each block is validated
with its own block definition; a block that does not validate becomes a paragraph holding its
source text, and is reported.
"""

import html
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from . import mdx
from .inline import InlineConverter

ID_NAMESPACE = uuid.UUID("6f1d0c3e-5a4b-4e0f-9a57-0d2b7c4e8a11")
CODE_LANGUAGE_ALIASES = {
    "py": "python",
    "python3": "python",
    "sh": "bash",
    "shell": "bash",
    "zsh": "bash",
    "console": "bash",
    "shell-session": "bash",
    "js": "javascript",
    "jsx": "javascript",
    "mjs": "javascript",
    "yml": "yaml",
    "jsonc": "json",
    "xml": "html",
    "htm": "html",
    "txt": "text",
    "plaintext": "text",
    "": "text",
}
CALLOUT_KINDS = {
    "info": "info",
    "note": "info",
    "tip": "tip",
    "success": "tip",
    "hint": "tip",
    "warning": "warning",
    "caution": "warning",
    "danger": "warning",
    "error": "warning",
}
COMPONENT_ATTRIBUTES = {
    "Quiz": {"question", "options", "answer", "explanation"},
    "ThinkAboutIt": {"hint", "question", "prompt"},
    "FunFact": set(),
    "Callout": {"type", "kind", "variant", "title"},
    "Illustration": {"src", "symbols", "alt", "caption"},
}
QUOTE_ATTRIBUTION = re.compile(r"^\s*(?:—|–|--|-)\s*(.+)$")
TABLE_CAPTION = re.compile(r"^(?:Table)?:\s+(.+)$", re.S)  # Pandoc's, just before a table


def code_language(name):
    from site_config.blocks import CODE_LANGUAGES

    offered = {code for code, _label in CODE_LANGUAGES}
    name = CODE_LANGUAGE_ALIASES.get(name, name)
    return name if name in offered else None


@dataclass
class BodyContext:
    target: str  # "lesson" or "article"
    seed: str  # the page's source key: block ids derive from it
    warn: object  # warn(line, message)
    image_for: object = None  # image_for(src, line) -> Image or None
    title: str = ""  # a leading "# Title" equal to this is dropped
    stats: Counter = field(default_factory=Counter)


class BodyBuilder:
    def __init__(self, context):
        self.context = context
        self.inline = InlineConverter(context.warn)
        self.blocks = []  # [(raw block, line, source)]
        self.prose = []  # [(html, line)] waiting to become one paragraph block
        self.counts = Counter()  # blocks of each type so far: ids are "<type>:<n>"

    # --- Output helpers ------------------------------------------------------------------
    def _id(self, *parts):
        key = ":".join(str(part) for part in (self.context.seed, *parts))
        return str(uuid.uuid5(ID_NAMESPACE, key))

    def add(self, block_type, value, line, source=""):
        self.flush()
        self._append(block_type, value, line, source)

    def _append(self, block_type, value, line, source):
        self.counts[block_type] += 1
        raw = {
            "type": block_type,
            "value": value,
            "id": self._id(block_type, self.counts[block_type]),
        }
        self.blocks.append((raw, line, source))

    def flush(self):
        if self.prose:
            markup = "".join(part for part, _line in self.prose)
            line = self.prose[0][1]
            self.prose = []
            self._append("paragraph", markup, line, "")

    def text_block(self, source, line):
        """Source kept as readable text: a paragraph of its escaped lines."""
        lines = [html.escape(part, quote=False) for part in source.strip("\n").split("\n")]
        self.add("paragraph", "<p>" + "<br/>".join(lines) + "</p>", line, source)

    # --- Nodes ---------------------------------------------------------------------------
    def build(self, nodes):
        nodes = list(nodes)
        first = nodes[0] if nodes else None
        if (
            first
            and first.kind == "heading"
            and first.level == 1
            and _same_text(self.inline.to_plain(first.text), self.context.title)
        ):
            nodes = nodes[1:]
        for position, node in enumerate(nodes):
            following = nodes[position + 1] if position + 1 < len(nodes) else None
            if self.table_caption(node, following):
                continue
            getattr(self, "node_" + node.kind)(node)
        self.flush()
        return self.blocks

    def table_caption(self, node, following):
        """A paragraph `Table: caption` (or `: caption`) just before a table in an article
        becomes that table's caption (node.info)."""
        if self.context.target != "article" or node.kind != "paragraph" or following is None:
            return False
        match = TABLE_CAPTION.match(node.text.strip())
        if following.kind != "table" or not match:
            return False
        following.info = self.inline.to_plain(match.group(1), node.line)
        return True

    def node_heading(self, node):
        text = self.inline.to_plain(node.text, node.line)
        if not text:
            return
        level = "h2" if node.level <= 2 else "h3"
        self.add("heading", {"text": text, "level": level}, node.line, node.text)

    def node_paragraph(self, node):
        image = re.fullmatch(r"\s*!\[([^\]]*)\]\(\s*(\S+?)(?:\s+\"([^\"]*)\")?\s*\)\s*", node.text)
        if image:
            attrs = {"src": image.group(2), "alt": image.group(1), "caption": image.group(3) or ""}
            self.illustration(attrs, node.line, node.text)
            return
        self.prose.append((f"<p>{self.inline.to_html(node.text, node.line)}</p>", node.line))

    def node_list(self, node):
        self.prose.append((self.list_html(node), node.line))

    def list_html(self, node):
        tag = "ol" if node.ordered else "ul"
        items = "".join(
            "<li>"
            + self.inline.to_html(item.text, item.line)
            + "".join(self.list_html(child) for child in item.children)
            + "</li>"
            for item in node.items
        )
        return f"<{tag}>{items}</{tag}>"

    def node_hr(self, node):
        self.flush()  # no divider block: a rule ends the paragraph block

    def node_quote(self, node):
        lines = node.text.split("\n")
        attribution = ""
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) > 1 and QUOTE_ATTRIBUTION.match(lines[-1]):
            attribution = self.inline.to_plain(QUOTE_ATTRIBUTION.match(lines.pop()).group(1))
        paragraphs = "\n".join(lines).split("\n\n")
        quote = "\n\n".join(
            self.inline.to_plain(part, node.line) for part in paragraphs if part.strip()
        )
        if not quote:
            return
        self.add("quote", {"quote": quote, "attribution": attribution}, node.line, node.text)

    def node_code(self, node):
        language = code_language(node.language)
        caption = _info_caption(node.info)
        if language is None:
            self.context.warn(
                node.line,
                f"code language {node.language!r} is not offered: shown as plain text",
            )
            language = "text"
            caption = caption or node.language
        value = {"language": language, "code": node.text, "caption": caption[:160]}
        self.add("code", value, node.line, node.text)

    def node_table(self, node):
        if self.context.target != "article":
            self.context.warn(node.line, "lessons have no table block: the table is kept as text")
            self.add("code", {"language": "text", "code": node.source, "caption": ""}, node.line)
            return
        rows = [[self.inline.to_plain(cell, node.line) for cell in row] for row in node.items]
        value = {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": node.info,
            "table_header_choice": "row",
        }
        self.add("table", value, node.line, node.source)

    def node_raw(self, node):
        self.text_block(node.text, node.line)

    def node_component(self, node):
        handler = getattr(self, "component_" + node.name, None)
        if handler is None:
            self.context.warn(node.line, f"unknown component <{node.name}>: kept as text")
            self.text_block(node.source, node.line)
            return
        for problem in getattr(node, "problems", []):
            self.context.warn(node.line, f"<{node.name}>: {problem}")
        unknown = set(node.attrs) - COMPONENT_ATTRIBUTES[node.name]
        for name in sorted(unknown):
            self.context.warn(node.line, f"<{node.name}> attribute {name!r} is not imported")
        handler(node)

    # --- Components ----------------------------------------------------------------------
    def children_nodes(self, node):
        return mdx.parse(node.children or "", node.children_line, self.context.warn)

    def children_plain(self, node):
        """The children as plain text: paragraphs apart, list items as "• item" lines."""
        parts = []
        for child in self.children_nodes(node):
            if child.kind == "list":
                parts.append("\n".join(_bullets(child, self.inline)))
            elif child.kind in ("paragraph", "heading", "quote"):
                parts.append(self.inline.to_plain(child.text, child.line))
            elif child.kind == "code":
                parts.append(child.text)
            elif child.kind == "component":
                self.context.warn(child.line, f"<{child.name}> inside <{node.name}>: kept as text")
                parts.append(child.source)
            elif child.kind == "raw":
                parts.append(child.text)
        return "\n\n".join(part for part in parts if part.strip())

    def children_rich(self, node):
        """The children as rich text with the callout's features (no lists or headings)."""
        parts = []
        for child in self.children_nodes(node):
            if child.kind == "list":
                parts.extend(
                    f"<p>{html.escape(line, quote=False)}</p>"
                    for line in _bullets(child, self.inline)
                )
            elif child.kind == "paragraph":
                parts.append(f"<p>{self.inline.to_html(child.text, child.line)}</p>")
            elif child.kind in ("heading", "quote"):
                text = html.escape(self.inline.to_plain(child.text, child.line), quote=False)
                parts.append(
                    f"<p><b>{text}</b></p>" if child.kind == "heading" else f"<p>{text}</p>"
                )
            elif child.kind == "code":
                lines = child.text.split("\n")
                code = "<br/>".join(html.escape(line, quote=False) for line in lines)
                parts.append(f"<p><code>{code}</code></p>")
            elif child.kind in ("component", "raw"):
                if child.kind == "component":
                    self.context.warn(
                        child.line, f"<{child.name}> inside <{node.name}>: kept as text"
                    )
                source = child.source if child.kind == "component" else child.text
                parts.append(f"<p>{html.escape(source, quote=False)}</p>")
        return "".join(parts)

    def component_Quiz(self, node):  # noqa: N802 (named after the MDX component)
        attrs = node.attrs
        options = attrs.get("options")
        if isinstance(options, str):
            options = [option.strip() for option in options.split("|")]
        problem = None
        if not isinstance(options, list) or not all(
            isinstance(option, (str, int, float)) for option in options
        ):
            problem = "options must be 'a|b|c' or an array of texts"
        else:
            options = [self.inline.to_plain(str(option), node.line) for option in options]
            if not 2 <= len(options) <= 6:
                problem = f"a quiz needs 2 to 6 options, not {len(options)}"
            elif any(not option for option in options):
                problem = "an option is empty"
            elif any(len(option) > 200 for option in options):
                problem = "an option is longer than 200 characters"
        question = self.inline.to_plain(str(attrs.get("question", "")), node.line)
        if problem is None and not question:
            problem = "the question is missing"
        elif problem is None and len(question) > 300:
            problem = "the question is longer than 300 characters"
        answer = attrs.get("answer")
        if problem is None:
            try:
                answer = int(str(answer).strip())
            except (TypeError, ValueError):
                problem = f"answer {answer!r} is not a number"
            else:
                if not 0 <= answer < len(options):
                    problem = f"answer {answer} is not one of the options (counted from 0)"
        if problem:
            self.context.warn(node.line, f"<Quiz>: {problem}: kept as text")
            self.text_block(node.source, node.line)
            return
        explanation = str(attrs.get("explanation") or "").strip()
        if self.context.target == "article":
            self.context.warn(node.line, "articles have no quiz block: the quiz is kept as text")
            items = "".join(f"<li>{html.escape(option, quote=False)}</li>" for option in options)
            markup = (
                f"<p><b>{html.escape(question, quote=False)}</b></p><ol>{items}</ol>"
                f"<p>✔ {html.escape(options[answer], quote=False)}"
                + (f" — {self.inline.to_html(explanation, node.line)}" if explanation else "")
                + "</p>"
            )
            self.add("paragraph", markup, node.line, node.source)
            return
        if not explanation:
            self.context.warn(node.line, "<Quiz> has no explanation: the right option is shown")
            explanation = options[answer]
        value = {
            "question": question,
            "options": [
                {
                    "type": "item",
                    "value": option,
                    "id": self._id("quiz", self.counts["quiz"] + 1, "option", i),
                }
                for i, option in enumerate(options)
            ],
            "answer": answer + 1,
            "explanation": f"<p>{self.inline.to_html(explanation, node.line)}</p>",
        }
        self.add("quiz", value, node.line, node.source)
        self.context.stats["quizzes"] += 1

    def component_ThinkAboutIt(self, node):  # noqa: N802
        prompt = self.children_plain(node) or self.inline.to_plain(
            str(node.attrs.get("question") or node.attrs.get("prompt") or "")
        )
        hint = self.inline.to_plain(str(node.attrs.get("hint") or ""))
        if not prompt:
            self.context.warn(node.line, "<ThinkAboutIt> is empty: left out")
            return
        if self.context.target == "article":
            text = _plain_paragraphs("\n\n".join(part for part in (prompt, hint) if part))
            self.add("callout", {"kind": "info", "title": "", "text": text}, node.line, node.source)
            return
        self.add("think_about_it", {"prompt": prompt, "hint": hint}, node.line, node.source)

    def component_FunFact(self, node):  # noqa: N802
        text = self.children_plain(node)
        if not text:
            self.context.warn(node.line, "<FunFact> is empty: left out")
            return
        if self.context.target == "article":
            markup = _plain_paragraphs(text)
            self.add("callout", {"kind": "tip", "title": "", "text": markup}, node.line)
            return
        self.add("fun_fact", {"text": text}, node.line, node.source)

    def component_Callout(self, node):  # noqa: N802
        raw_kind = str(
            node.attrs.get("type") or node.attrs.get("kind") or node.attrs.get("variant") or "info"
        )
        kind = CALLOUT_KINDS.get(raw_kind.lower())
        if kind is None:
            self.context.warn(node.line, f"<Callout> type {raw_kind!r} is unknown: shown as info")
            kind = "info"
        text = self.children_rich(node)
        if not text:
            self.context.warn(node.line, "<Callout> is empty: left out")
            return
        title = self.inline.to_plain(str(node.attrs.get("title") or ""))[:120]
        self.add("callout", {"kind": kind, "title": title, "text": text}, node.line, node.source)

    def component_Illustration(self, node):  # noqa: N802
        self.illustration(node.attrs, node.line, node.source)

    def illustration(self, attrs, line, source):
        src = str(attrs.get("src") or "")
        alt = self.inline.to_plain(str(attrs.get("alt") or ""))
        caption = self.inline.to_plain(str(attrs.get("caption") or ""))
        if attrs.get("symbols") and not src:
            self.symbol_illustration(str(attrs["symbols"]).strip(), alt, caption, line, source)
            return
        image = self.context.image_for(src, line) if (src and self.context.image_for) else None
        if image is None:
            if not src:
                self.context.warn(line, "<Illustration> has no src: kept as text")
            self.text_block(source, line)
            return
        if not alt:
            self.context.warn(line, f"illustration {src} has no alt text (treated as decorative)")
        for name, value in (("alt", alt), ("caption", caption)):
            if len(value) > 250:
                self.context.warn(line, f"illustration {name} is cut to 250 characters")
        value = {"image": image.pk, "alt_text": alt[:250], "caption": caption[:250]}
        self.add("image", value, line, source)
        self.context.stats["illustrations"] += 1

    def symbol_illustration(self, symbols, alt, caption, line, source):
        """`<Illustration symbols="📷 → 🧠" alt caption />`: a picture drawn with emoji (lessons
        have a block for it; articles get the symbols and caption as a paragraph)."""
        if self.context.target == "article":
            self.context.warn(line, "articles have no symbol illustration: kept as a paragraph")
            lines = [html.escape(part, quote=False) for part in (symbols, caption) if part]
            self.add("paragraph", "<p>" + "<br/>".join(lines) + "</p>", line, source)
            return
        if not alt:
            self.context.warn(line, "<Illustration symbols> needs alt text: kept as text")
            self.text_block(source, line)
            return
        value = {"symbols": symbols, "alt_text": alt, "caption": caption}
        self.add("illustration", value, line, source)
        self.context.stats["illustrations"] += 1


def _plain_paragraphs(text):
    """Plain text (paragraphs apart, lines within) as rich text paragraphs."""
    return "".join(
        "<p>" + "<br/>".join(html.escape(line, quote=False) for line in part.split("\n")) + "</p>"
        for part in text.split("\n\n")
        if part.strip()
    )


def _same_text(first, second):
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def _bullets(node, inline, depth=0):
    lines = []
    for number, item in enumerate(node.items, start=1):
        marker = f"{number}." if node.ordered else "•"
        lines.append("  " * depth + f"{marker} {inline.to_plain(item.text, item.line)}")
        for child in item.children:
            lines.extend(_bullets(child, inline, depth + 1))
    return lines


def _info_caption(info):
    match = re.search(r"""(?:title|filename)\s*=\s*["']([^"']*)["']""", info or "")
    if match:
        return match.group(1)
    return (info or "").strip()


def validate(stream_block, built, warn):
    """Raw blocks of `built` that validate; the others as text paragraphs, reported."""
    valid = []
    for raw, line, source in built:
        child = stream_block.child_blocks.get(raw["type"])
        problem = None
        if child is None:
            problem = f"this page type has no {raw['type']} block"
        else:
            try:
                child.clean(child.to_python(raw["value"]))
            except ValidationError as error:
                problem = "; ".join(_messages(error)) or "does not validate"
            except (TypeError, ValueError, KeyError) as error:
                problem = str(error)
        if problem is None:
            valid.append(raw)
            continue
        warn(line, f"{raw['type']} block is not valid ({problem}): kept as text")
        text = source or _text_of(raw["value"])
        lines = [html.escape(part, quote=False) for part in text.strip("\n").split("\n")]
        valid.append(
            {"type": "paragraph", "value": "<p>" + "<br/>".join(lines) + "</p>", "id": raw["id"]}
        )
    return valid


def _messages(error):
    if hasattr(error, "block_errors") and error.block_errors:
        found = []
        errors = error.block_errors
        items = errors.items() if isinstance(errors, dict) else enumerate(errors)
        for name, inner in items:
            if inner is None:
                continue
            found.extend(f"{name}: {message}" for message in _messages(inner))
        return found
    if hasattr(error, "messages"):
        return list(error.messages)
    return [str(error)]


def _text_of(value):
    if isinstance(value, dict):
        return " ".join(_text_of(item) for item in value.values() if item)
    if isinstance(value, list):
        return " ".join(_text_of(item) for item in value)
    return str(value)


def convert(text, first_line, context, stream_block):
    """Raw StreamField data for `text` (an MDX body) in `context`'s page type."""
    nodes = mdx.parse(text, first_line, context.warn)
    built = BodyBuilder(context).build(nodes)
    return validate(stream_block, built, context.warn)


def article_blocks(text, seed="markdown"):
    """Raw data for an article body (blog.BlogPage.body) from Markdown with nothing to look
    up (no images): for scripts and tests that need realistic articles. A problem the
    importer would report raises ValueError instead."""
    from blog.models import BlogPage

    def refuse(line, message):
        raise ValueError(f"line {line}: {message}")

    context = BodyContext(target="article", seed=seed, warn=refuse)
    return convert(text, 1, context, BlogPage._meta.get_field("body").stream_block)


def source_as_text(source, seed):
    """Raw StreamField data showing `source` as it is: one paragraph of its lines."""
    lines = [html.escape(line, quote=False) for line in source.strip("\n").split("\n")]
    value = "<p>" + "<br/>".join(lines) + "</p>"
    return [{"type": "paragraph", "value": value, "id": str(uuid.uuid5(ID_NAMESPACE, seed))}]


def faq_blocks(items, seed, warn):
    """Raw data for a FAQ StreamField (`question` blocks) from [{question, answer}] (the
    answer is Markdown: paragraphs, emphasis, links). Block ids derive from `seed` and the
    item's position, so every language's FAQ shares the English ids. An item without a
    question or an answer is left out and reported."""
    from site_config.blocks import FAQItemBlock

    inline, definition, found = (
        InlineConverter(lambda _line, message: warn(message)),
        FAQItemBlock(),
        [],
    )
    for position, item in enumerate(items if isinstance(items, list) else [], start=1):
        item = item if isinstance(item, dict) else {}
        question = inline.to_plain(str(item.get("question") or ""))
        paragraphs = [part for part in str(item.get("answer") or "").split("\n\n") if part.strip()]
        answer = "".join(f"<p>{inline.to_html(part.strip())}</p>" for part in paragraphs)
        value = {"question": question, "answer": answer}
        try:
            definition.clean(definition.to_python(value))
        except ValidationError as error:
            warn(f"question {position} left out ({'; '.join(_messages(error))})")
            continue
        block_id = str(uuid.uuid5(ID_NAMESPACE, f"{seed}:faq:{position}"))
        found.append({"type": "question", "value": value, "id": block_id})
    return found
