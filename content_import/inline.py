"""Markdown inline text → the HTML Wagtail's rich text stores (b, i, code, a, br), or plain text.

Inline HTML is kept only when it maps onto those features (`<strong>`, `<em>`, `<code>`,
`<br>`, `<a href="https://…">`); every other tag is escaped, so it shows as typed, and
reported. Links keep only safe targets (http, https, mailto, tel, relative, #anchors).
"""

import html
import re
from urllib.parse import urlsplit

from django.utils.html import strip_tags

PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
ESCAPABLE = set("\\`*_{}[]()#+-.!|<>~\"'")
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i", "code": "code"}
HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)(/?)>")
JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
EMPHASIS = [
    (re.compile(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*"), r"<b><i>\1</i></b>"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"<b>\1</b>"),
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"), r"<i>\1</i>"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"<i>\1</i>"),
]
OUR_TAG = re.compile(r"<(/?)(b|i|code|a)(?:\s[^>]*)?>")


def safe_url(url):
    """`url` when a visitor may follow it, else None (javascript:, data:, …)."""
    url = url.strip()
    if not url or any(ord(char) < 32 for char in url):
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme and scheme not in SAFE_SCHEMES:
        return None
    return url


def _balanced(markup):
    stack = []
    for match in OUR_TAG.finditer(markup):
        closing, name = match.group(1), match.group(2)
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


class InlineConverter:
    def __init__(self, warn=None):
        self.warn = warn or (lambda line, message: None)

    def to_html(self, text, line=0, allow_html=True):
        text = JSX_COMMENT.sub("", text)
        tokens = []

        def hold(markup):
            tokens.append(markup)
            return f"\ue000{len(tokens) - 1}\ue001"

        out, index = [], 0
        while index < len(text):
            char = text[index]
            if char == "\\" and index + 1 < len(text):
                following = text[index + 1]
                if following == "\n":
                    out.append(hold("<br/>"))
                    index += 2
                    continue
                if following in ESCAPABLE:
                    out.append(hold(html.escape(following)))
                    index += 2
                    continue
            if char == "`":
                run = len(text[index:]) - len(text[index:].lstrip("`"))
                fence = "`" * run
                end = text.find(fence, index + run)
                while end != -1 and text[end + run : end + run + 1] == "`":
                    end = text.find(fence, end + run + 1)
                if end != -1:
                    code = text[index + run : end].replace("\n", " ")
                    if code.startswith(" ") and code.endswith(" ") and code.strip():
                        code = code[1:-1]
                    out.append(hold(f"<code>{html.escape(code, quote=False)}</code>"))
                    index = end + run
                    continue
                out.append(hold(fence))
                index += run
                continue
            if char == "!" and text.startswith("![", index):
                link = self._link_at(text, index + 1)
                if link:
                    label, _url, end = link
                    self.warn(line, "an image inside a paragraph is kept as its description")
                    out.append(hold(html.escape(label)))
                    index = end
                    continue
            if char == "[":
                link = self._link_at(text, index)
                if link:
                    label, url, end = link
                    inner = self.to_html(label, line, allow_html)
                    target = safe_url(url)
                    if target is None:
                        self.warn(line, f"link target {url!r} is not allowed: kept as text")
                        out.append(hold(inner))
                    else:
                        out.append(hold(f'<a href="{html.escape(target)}">{inner}</a>'))
                    index = end
                    continue
            if char == "<":
                autolink = re.compile(r"<((?:https?|mailto):[^\s<>]+)>").match(text, index)
                if autolink:
                    url = autolink.group(1)
                    out.append(hold(f'<a href="{html.escape(url)}">{html.escape(url)}</a>'))
                    index = autolink.end()
                    continue
                tag = HTML_TAG.match(text, index)
                if tag:
                    out.append(hold(self._tag(tag, line, allow_html)))
                    index = tag.end()
                    continue
            if char == "\n":
                trailing = out[-2:] == [" ", " "]
                out.append(hold("<br/>") if trailing else " ")
                index += 1
                continue
            out.append(char)
            index += 1
        markup = html.escape("".join(out), quote=False)
        markup = re.sub(r" +(?=\ue000)", " ", markup)
        for pattern, replacement in EMPHASIS:
            markup = pattern.sub(replacement, markup)
        result = PLACEHOLDER.sub(lambda match: tokens[int(match.group(1))], markup)
        result = re.sub(r"\s*<br/>\s*", "<br/>", result).strip()
        if not _balanced(result):
            if allow_html:
                self.warn(line, "inline HTML tags do not match: kept as text")
                return self.to_html(text, line, allow_html=False)
            return html.escape(" ".join(text.split()), quote=False)
        return result

    def _tag(self, match, line, allow_html):
        closing, name, attributes, self_closing = match.groups()
        lowered = name.lower()
        if allow_html and lowered == "br":
            return "<br/>"
        if allow_html and lowered in INLINE_TAGS and not self_closing:
            return f"</{INLINE_TAGS[lowered]}>" if closing else f"<{INLINE_TAGS[lowered]}>"
        if allow_html and lowered == "a":
            if closing:
                return "</a>"
            href = re.search(r"""href\s*=\s*("([^"]*)"|'([^']*)')""", attributes or "")
            target = safe_url(href.group(2) or href.group(3) or "") if href else None
            if target:
                return f'<a href="{html.escape(target)}">'
        if allow_html:
            what = f"<{closing}{name}>" if name[0].islower() else f"component <{name}>"
            self.warn(line, f"inline {what} is not allowed: kept as text")
        return html.escape(match.group(0))

    @staticmethod
    def _link_at(text, index):
        """(label, url, end) for a `[label](url "title")` starting at text[index]."""
        depth, position = 0, index
        while position < len(text):
            char = text[position]
            if char == "\\":
                position += 2
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    break
            position += 1
        else:
            return None
        label_end = position
        if text[label_end + 1 : label_end + 2] != "(":
            return None
        depth, close = 1, label_end + 2
        while close < len(text):
            if text[close] == "(":
                depth += 1
            elif text[close] == ")":
                depth -= 1
                if depth == 0:
                    break
            close += 1
        else:
            return None
        target = text[label_end + 2 : close].strip()
        url = target.split()[0] if target.split() else ""
        if url.startswith("<") and url.endswith(">"):
            url = url[1:-1]
        return text[index + 1 : label_end], url, close + 1

    def to_plain(self, text, line=0):
        """The text a reader sees, without markup (for plain-text blocks: quotes, cells)."""
        markup = self.to_html(text, line)
        markup = markup.replace("<br/>", "\n")
        return html.unescape(strip_tags(markup)).strip()
