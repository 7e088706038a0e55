"""Site-wide settings, menus and the generic page types (home, standard, FAQ)."""

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.snippets.models import register_snippet

from .blocks import FAQStreamBlock, HomeStreamBlock, StandardStreamBlock
from .i18n import DEFAULT_LANGUAGE, has_own_value, translated_search_fields
from .site_lookup import SettingReadOnceMixin
from .visibility import ViewRestrictionsReadOnceMixin


# --- Settings -----------------------------------------------------------------------
@register_setting(icon="cog")
class SiteSettings(SettingReadOnceMixin, ClusterableModel, BaseSiteSetting):
    """Who we are and where to find us; text fields are translated per language."""

    select_related = ["cta_page"]  # the header shows it on every page

    site_name = models.CharField(_("site name"), max_length=80, default="AI Educademy")
    brand_icon = models.CharField(_("brand icon (emoji)"), max_length=8, default="🌳")
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    licence_line = models.CharField(_("licence line"), max_length=160, blank=True)
    github_url = models.URLField(_("GitHub URL"), blank=True)
    contribute_url = models.URLField(_("contribute URL"), blank=True)
    code_of_conduct_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("code of conduct page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    donation_url = models.URLField(_("donation (Buy me a coffee) URL"), blank=True)
    cta_label = models.CharField(_("call to action label"), max_length=80, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("brand_icon"), FieldPanel("tagline")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("cta_label"), FieldPanel("cta_page")],
            heading=_("Header call to action"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("github_url"),
                FieldPanel("contribute_url"),
                FieldPanel("code_of_conduct_page"),
                FieldPanel("donation_url"),
                FieldPanel("licence_line"),
            ],
            heading=_("Community and licence"),
        ),
        InlinePanel("social_links", label=_("Social links")),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    name = models.CharField(_("name"), max_length=40)
    url = models.URLField(_("URL"))

    panels = [FieldPanel("name"), FieldPanel("url")]

    def __str__(self):
        return self.name


# --- Menus ---------------------------------------------------------------------------
@register_snippet
class NavigationMenu(ClusterableModel):
    """A list of links; an item can open another menu as a dropdown (or footer column)."""

    name = models.CharField(_("name"), max_length=80, unique=True)

    panels = [FieldPanel("name"), InlinePanel("items", label=_("Items"))]

    class Meta:
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MenuItem(Orderable):
    class Kind(models.TextChoices):
        LINK = "link", _("Link")
        SUBMENU = "submenu", _("Dropdown of another menu")
        LEARNING_PATHS = "learning_paths", _("Dropdown of all learning paths")
        LAB = "lab", _("Dropdown of the Lab's experiments")
        # Links whose address is kept once, in Site settings (Community and licence).
        GITHUB = "github", _("GitHub (address from Site settings)")
        CONTRIBUTE = "contribute", _("Contribution guide (address from Site settings)")
        CODE_OF_CONDUCT = "code_of_conduct", _("Code of conduct (page from Site settings)")
        DONATION = "donation", _("Donation (address from Site settings)")

    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.LINK)
    label = models.CharField(_("label"), max_length=80)
    description = models.CharField(_("description"), max_length=160, blank=True)
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.CharField(
        _("URL or #anchor"),
        max_length=300,
        blank=True,
        help_text=_("An external address, or '#anchor' appended to the chosen page."),
    )
    submenu = models.ForeignKey(
        NavigationMenu,
        verbose_name=_("dropdown menu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("label"),
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("submenu"),
    ]

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if self.kind == self.Kind.SUBMENU and not self.submenu_id:
            raise ValidationError({"submenu": _("Choose the menu this dropdown shows.")})
        if self.kind == self.Kind.LINK and not (self.link_page_id or self.link_url):
            raise ValidationError({"link_url": _("Choose a page or enter a URL.")})

    @cached_property
    def url(self):
        """The address; "" for a settings link whose setting is empty (the item is hidden)."""
        if self.kind in SETTINGS_LINKS:
            return settings_link_url(self.kind)
        if self.link_page_id:
            base = self.link_page.url or ""
            return base + self.link_url if self.link_url.startswith("#") else base
        return self.link_url


SETTINGS_LINKS = {
    MenuItem.Kind.GITHUB: "github_url",
    MenuItem.Kind.CONTRIBUTE: "contribute_url",
    MenuItem.Kind.DONATION: "donation_url",
    MenuItem.Kind.CODE_OF_CONDUCT: "code_of_conduct_page",
}


def settings_link_url(kind):
    """The address the default site's settings hold for a settings link kind ("" when
    unset). Menus are rendered into cached fragments, so this lookup is rare."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    value = getattr(SiteSettings.for_site(site), SETTINGS_LINKS[kind])
    if isinstance(value, Page):
        return value.url or ""
    return value or ""


@register_setting(icon="list-ul")
class NavigationSettings(SettingReadOnceMixin, BaseSiteSetting):
    header_menu = models.ForeignKey(
        NavigationMenu,
        verbose_name=_("header menu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_menu = models.ForeignKey(
        NavigationMenu,
        verbose_name=_("footer menu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Each dropdown item of this menu becomes a footer column."),
    )

    panels = [FieldPanel("header_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = _("navigation")


# --- Pages ---------------------------------------------------------------------------
class FallbackNoticeMixin:
    """Pages name their main-content fields; the template shows a translated notice when
    any part of them is shown in English because this language has no text for it yet
    (content_translation.english_parts decides which parts, once per save)."""

    main_content_fields = ()

    @cached_property
    def english_parts_by_language(self):
        from content_translation.english_parts import load

        return load(self, check=[translation.get_language() or DEFAULT_LANGUAGE])

    def english_parts(self, language=None):
        """{main-content field: "*" (all of it) or [English block ids / element keys]} of
        the fields with English parts in `language` (the active one)."""
        language = language or translation.get_language() or DEFAULT_LANGUAGE
        parts = self.english_parts_by_language.get(language, {})
        return {name: parts[name] for name in self.main_content_fields if name in parts}

    def content_falls_back(self):
        return bool(self.english_parts())

    @property
    def fields_shown_in_english(self):
        """The main-content fields shown wholly in English (marked lang="en" as a whole)."""
        return {name for name, parts in self.english_parts().items() if parts == "*"}

    @property
    def main_content_in_english(self):
        """True when every main-content field with English content is shown wholly in
        English (an untranslated page): its template may mark the whole body lang="en"."""
        parts = self.english_parts()
        return bool(parts) and all(
            parts.get(name) == "*"
            for name in self.main_content_fields
            if has_own_value(self, name, DEFAULT_LANGUAGE)
        )

    @property
    def english_blocks(self):
        """{field: set of English block ids or element keys} of the fields only partly
        English: those parts are marked lang="en" one by one."""
        return {name: set(parts) for name, parts in self.english_parts().items() if parts != "*"}


class HomePage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_intro")], heading=_("Hero")),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("hero_intro", autocomplete=False),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "site_config.StandardPage",
        "site_config.FAQPage",
        "learning.ProgramsIndexPage",
        "blog.BlogIndexPage",
        "careers.CareersIndexPage",
        "lab.LabIndexPage",
    ]
    max_count = 1
    main_content_fields = ("hero_intro", "body")

    class Meta:
        verbose_name = _("home page")


class StandardPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("intro", "body", autocomplete=False),
    ]

    parent_page_types = ["site_config.HomePage", "site_config.StandardPage"]
    subpage_types = ["site_config.StandardPage"]
    main_content_fields = ("body",)

    class Meta:
        verbose_name = _("standard page")


class FAQPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(FAQStreamBlock(), verbose_name=_("questions"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("intro", "body", autocomplete=False),
    ]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = []
    max_count = 1
    main_content_fields = ("body",)

    class Meta:
        verbose_name = _("FAQ page")

    def questions(self):
        for group in self.body:
            yield from group.value["questions"]

    def json_ld(self):
        """schema.org FAQPage data for the questions in the active language."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(item["answer"].source).strip(),
                    },
                }
                for item in self.questions()
            ],
        }
