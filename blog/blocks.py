"""Article body blocks: the shared blocks plus code (highlighted server-side) and tables."""

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

from site_config.blocks import BaseStreamBlock

CODE_LANGUAGES = [
    ("python", "Python"),
    ("bash", "Shell"),
    ("javascript", "JavaScript"),
    ("json", "JSON"),
    ("sql", "SQL"),
    ("yaml", "YAML"),
    ("html", "HTML"),
    ("text", _("Plain text")),
]


class CodeBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("Language"), choices=CODE_LANGUAGES, default="python")
    title = blocks.CharBlock(label=_("File name or title"), required=False, max_length=120)
    code = blocks.TextBlock(label=_("Code"))

    class Meta:
        icon = "code"
        template = "blog/blocks/code_block.html"
        label = _("Code")
        preview_value = {"language": "python", "title": "", "code": "print('Hello, AI')"}

    @cached_property
    def formatter(self):
        # CSS classes only (the stylesheet colours them): no inline styles under a strict CSP.
        return HtmlFormatter(cssclass="highlight", nowrap=False, noclasses=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        try:
            lexer = get_lexer_by_name(value["language"] or "text")
        except ClassNotFound:
            lexer = get_lexer_by_name("text")
        html = highlight(value["code"], lexer, self.formatter)
        # A long line scrolls sideways: the scroll box must be reachable by keyboard.
        html = html.replace("<pre>", '<pre tabindex="0">', 1)
        context["highlighted"] = mark_safe(html)  # Pygments escapes the code itself
        return context


class ArticleTableBlock(TableBlock):
    """A data table (first row and/or column as headers, optional caption), scrollable
    on narrow screens."""

    class Meta:
        icon = "table"
        template = "blog/blocks/table_block.html"
        label = _("Table")


class ArticleStreamBlock(BaseStreamBlock):
    """Everything an article body may hold (headings feed the table of contents)."""

    code = CodeBlock()
    table = ArticleTableBlock(table_options={"startRows": 3, "startCols": 3, "colHeaders": False})
