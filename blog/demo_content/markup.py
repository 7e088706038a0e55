"""A tiny line-based markup for demo articles, turned into StreamField raw data.

## Heading / ### Subheading          heading blocks (h2 / h3)
> Quote text -- Attribution          quote block
!tip Title: text                     callout (info, tip or warning)
Table: caption, then | a | b | rows   table block (first row is the header)
```python title ... ```              code block
- item / 1. item                     lists; other lines are paragraphs
**bold** and `code` inside text.
"""

import re

from django.utils.html import escape

from site_config.demo import block

_INLINE = [
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"`(.+?)`"), r"<code>\1</code>"),
]


def inline(text):
    html = escape(text.strip())
    for pattern, replacement in _INLINE:
        html = pattern.sub(replacement, html)
    return html


def _table(caption, rows):
    cells = [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]
    return block(
        "table",
        {
            "data": cells,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": caption,
        },
    )


def _chunks(text):
    """Split on blank lines, keeping fenced code together."""
    chunks, current, fenced = [], [], False
    for line in text.strip("\n").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                chunks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        chunks.append(current)
    return chunks


_BULLET = re.compile(r"^(-|\d+\.)\s+")


def _list_html(lines):
    ordered = re.match(r"\d+\.\s", lines[0]) is not None
    items = "".join(f"<li>{inline(_BULLET.sub('', line))}</li>" for line in lines)
    tag = "ol" if ordered else "ul"
    return f"<{tag}>{items}</{tag}>"


def to_blocks(text):
    blocks, prose = [], []

    def flush():
        if prose:
            blocks.append(block("paragraph", "".join(prose)))
            prose.clear()

    for lines in _chunks(text):
        first = lines[0]
        if first.startswith("### ") or first.startswith("## "):
            flush()
            level = "h3" if first.startswith("### ") else "h2"
            blocks.append(block("heading", {"text": first.lstrip("# ").strip(), "level": level}))
        elif first.startswith("> "):
            flush()
            quote, _sep, attribution = " ".join(line[2:] for line in lines).partition(" -- ")
            blocks.append(block("quote", {"quote": quote.strip(), "attribution": attribution}))
        elif re.match(r"!(tip|info|warning) ", first):
            flush()
            kind, rest = first[1:].split(" ", 1)
            title, _sep, body = " ".join([rest, *lines[1:]]).partition(": ")
            blocks.append(
                block("callout", {"kind": kind, "title": title, "text": f"<p>{inline(body)}</p>"})
            )
        elif first.startswith("Table: ") or first.startswith("|"):
            flush()
            caption = first[len("Table: ") :] if first.startswith("Table: ") else ""
            rows = lines[1:] if caption else lines
            blocks.append(_table(caption, rows))
        elif first.startswith("```"):
            flush()
            language, _sep, title = first[3:].partition(" ")
            blocks.append(
                block(
                    "code",
                    {
                        "language": language or "text",
                        "caption": title,
                        "code": "\n".join(lines[1:-1]),
                    },
                )
            )
        elif re.match(r"(-|\d+\.)\s", first):
            prose.append(_list_html(lines))
        else:
            prose.append(f"<p>{inline(' '.join(lines))}</p>")
    flush()
    return blocks
