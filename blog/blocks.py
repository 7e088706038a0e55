"""Article body blocks: the shared blocks plus code (highlighted server-side) and tables."""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.table_block.blocks import TableBlock

from site_config.blocks import BaseStreamBlock, CodeBlock


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
