"""StreamField blocks shared by every page type. Domain apps compose these, never copy them."""

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class LinkStructValue(blocks.StructValue):
    """Gives every link `.url` and `.text`, so templates never branch on the link type."""

    @property
    def url(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("external_url") or ""

    @property
    def text(self):
        if self.get("text"):
            return self.get("text")
        page = self.get("page")
        return page.title if page else self.get("external_url", "")


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), required=False, max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose either a page or an external URL, not both."))
                }
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "What is machine learning?", "level": "h2"}


ALT_TEXT_REQUIRED = _(
    "Describe the image for people who cannot see it, or tick Decorative if it adds "
    "nothing the text does not say."
)


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative: it adds nothing the text does not say"),
        required=False,
        help_text=_("Screen readers then skip it; no description is needed."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(ALT_TEXT_REQUIRED)}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {"quote": "The best way to learn is to teach.", "attribution": "Proverb"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "code"])

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")


class SectionBlock(blocks.StructBlock):
    """A heading with a few paragraphs and an optional anchor, e.g. "Our mission"."""

    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=60,
        help_text=_("Optional id for links to this section, e.g. 'mission'."),
    )
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "doc-full"
        template = "blocks/section_block.html"
        label = _("Section")


class ValueBlock(blocks.StructBlock):
    icon = blocks.CharBlock(label=_("Icon (emoji)"), max_length=8)
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"))


class ValuesBlock(blocks.StructBlock):
    anchor = blocks.CharBlock(label=_("Anchor"), required=False, max_length=60)
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    values = blocks.ListBlock(ValueBlock(), label=_("Values"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ul"
        template = "blocks/values_block.html"
        label = _("Values")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        template = "blocks/faq_item_block.html"
        label = _("Question and answer")


class FAQGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Group heading"), max_length=160)
    questions = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        template = "blocks/faq_group_block.html"
        label = _("Group of questions")


CODE_LANGUAGES = [
    ("python", "Python"),
    ("bash", _("Shell")),
    ("javascript", "JavaScript"),
    ("json", "JSON"),
    ("sql", "SQL"),
    ("yaml", "YAML"),
    ("html", "HTML"),
    ("text", _("Plain text")),
]


def highlight_code(code, language):
    """Pygments HTML for `code` (<div class="highlight"><pre>…), coloured by CSS classes only,
    since a strict CSP forbids inline styles. Unknown languages are shown as plain text."""
    try:
        lexer = get_lexer_by_name(language or "text")
    except ClassNotFound:
        lexer = get_lexer_by_name("text")
    html = highlight(code, lexer, HtmlFormatter(cssclass="highlight"))
    # A long line scrolls sideways: the scroll box must be reachable by keyboard.
    return mark_safe(html.replace("<pre>", '<pre tabindex="0">', 1))  # Pygments escapes code


class CodeBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("Language"), choices=CODE_LANGUAGES, default="python")
    code = blocks.TextBlock(label=_("Code"))
    caption = blocks.CharBlock(label=_("Caption or file name"), required=False, max_length=160)

    class Meta:
        icon = "code"
        template = "blocks/code_block.html"
        label = _("Code")
        preview_value = {"language": "python", "code": "print('Hello, AI!')", "caption": ""}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["highlighted"] = highlight_code(value["code"], value["language"])
        return context


class BaseStreamBlock(blocks.StreamBlock):
    """The body of generic pages; richer bodies (articles, lessons) extend it."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ul", "ol", "code"],
        template="blocks/paragraph_block.html",
    )
    section = SectionBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    call_to_action = CallToActionBlock()


class CommunityLinksBlock(blocks.StructBlock):
    """The project's GitHub, contribution guide, code of conduct, donation and social links,
    drawn from Site settings: an editor changes each address once, there."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/community_links_block.html"
        label = _("Community links (from Site settings)")


class StandardStreamBlock(BaseStreamBlock):
    community_links = CommunityLinksBlock()


class HomeStreamBlock(BaseStreamBlock):
    values = ValuesBlock()
    learning_paths = blocks.StructBlock(
        [
            ("heading", blocks.CharBlock(label=_("Heading"), max_length=160)),
            ("intro", blocks.TextBlock(label=_("Introduction"), required=False)),
        ],
        icon="list-ol",
        label=_("Learning paths overview"),
        template="blocks/learning_paths_block.html",
    )
    latest_articles = blocks.StructBlock(
        [("heading", blocks.CharBlock(label=_("Heading"), max_length=160))],
        icon="doc-full",
        label=_("Latest articles"),
        template="blocks/latest_articles_block.html",
    )


class FAQStreamBlock(blocks.StreamBlock):
    group = FAQGroupBlock()
