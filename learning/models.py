"""Learning paths: tracks (snippets) and the programs that belong to them (pages)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from site_config.blocks import FAQItemBlock
from site_config.i18n import translated_search_fields
from site_config.models import FallbackNoticeMixin


@register_snippet
class Track(index.Indexed, models.Model):
    """A learning path such as "AI learning": programs at levels 1 to 5."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("order")]),
        FieldPanel("tagline"),
    ]
    search_fields = translated_search_fields("name")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("track")
        verbose_name_plural = _("tracks")

    def __str__(self):
        return self.name


class Level(models.IntegerChoices):
    BEGINNER = 1, _("Beginner")
    FOUNDATION = 2, _("Foundation")
    APPLIED = 3, _("Applied")
    ADVANCED = 4, _("Advanced")
    EXPERT = 5, _("Expert")


def live_programs():
    """Every published program, with its track, ordered by track then level: one query."""
    return (
        ProgramPage.objects.live()
        .public()
        .select_related("track")
        .defer_streamfields()
        .order_by("track__order", "track_id", "level", "path")
    )


def group_by_track(programs):
    """[(track, [programs…]), …] keeping the programs' order."""
    groups = {}
    for program in programs:
        groups.setdefault(program.track, []).append(program)
    return list(groups.items())


class ProgramColour(models.TextChoices):
    """A fixed palette, styled in static/css (no inline styles, contrast checked)."""

    EMERALD = "#34D399", _("Emerald")
    SKY = "#60A5FA", _("Sky blue")
    AMBER = "#F59E0B", _("Amber")
    VIOLET = "#8B5CF6", _("Violet")
    RED = "#EF4444", _("Red")
    ORANGE = "#F97316", _("Orange")
    CYAN = "#06B6D4", _("Cyan")
    PINK = "#EC4899", _("Pink")
    YELLOW = "#EAB308", _("Yellow")
    BLUE = "#3B82F6", _("Blue")
    GREEN = "#10B981", _("Green")


class ProgramsIndexPage(FallbackNoticeMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *translated_search_fields("title")]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = ["learning.ProgramPage"]
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("programs index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = group_by_track(live_programs().child_of(self))
        return context


class ProgramPage(FallbackNoticeMixin, Page):
    track = models.ForeignKey(
        Track, verbose_name=_("track"), on_delete=models.PROTECT, related_name="programs"
    )
    level = models.PositiveSmallIntegerField(
        _("level"), choices=Level.choices, default=Level.BEGINNER
    )
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        choices=ProgramColour.choices,
        default=ProgramColour.VIOLET,
        help_text=_("The program's accent colour; the palette keeps text readable in both themes."),
    )
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"), default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    tagline = models.CharField(_("tagline"), max_length=80, blank=True)
    subtitle = models.CharField(_("subtitle"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    audience = models.TextField(_("who it is for"), blank=True)
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    topics = models.TextField(_("topics"), blank=True, help_text=_("One topic per line."))
    outcomes = models.TextField(_("outcomes"), blank=True, help_text=_("One outcome per line."))
    faq = StreamField(
        [("question", FAQItemBlock())], verbose_name=_("frequently asked questions"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("track"),
                FieldRowPanel([FieldPanel("level"), FieldPanel("estimated_hours")]),
                FieldRowPanel([FieldPanel("icon"), FieldPanel("colour")]),
            ],
            heading=_("Place in the learning path"),
        ),
        FieldPanel("tagline"),
        FieldPanel("subtitle"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("prerequisites"),
        FieldPanel("topics"),
        FieldPanel("outcomes"),
        FieldPanel("faq"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        index.SearchField("description"),
        index.FilterField("level"),
    ]

    parent_page_types = ["learning.ProgramsIndexPage"]
    subpage_types = []
    main_content_fields = ("description",)

    class Meta:
        verbose_name = _("program page")

    @property
    def colour_class(self):
        return "program-colour-" + self.colour.lstrip("#").lower()

    @property
    def topic_list(self):
        return [line.strip() for line in self.topics.splitlines() if line.strip()]

    @property
    def outcome_list(self):
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    def json_ld(self):
        return {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.description or self.subtitle,
            "educationalLevel": self.get_level_display(),
            "timeRequired": f"PT{self.estimated_hours}H",
            "isAccessibleForFree": True,
            "provider": {"@type": "Organization", "name": "AI Educademy"},
        }
