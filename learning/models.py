"""Learning paths: tracks (snippets), the programs that belong to them and their lessons."""

from functools import partial

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from site_config.blocks import FAQItemBlock
from site_config.i18n import (
    DEFAULT_LANGUAGE,
    falls_back,
    language_codes,
    page_urls_by_language,
    translated_search_fields,
)
from site_config.models import FallbackNoticeMixin
from site_config.routing import in_render_languages, linked_ancestor, routed_parent
from site_config.structured_data import breadcrumbs, organization
from site_config.visibility import ViewRestrictionsReadOnceMixin, public

from .blocks import LessonStreamBlock


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


def programs_index_above(program):
    """The programs index above `program` (for links to it)."""
    return linked_ancestor(program, ProgramsIndexPage)


def live_programs():
    """Every published program, with its track, ordered by track then level: one query."""
    return (
        public(ProgramPage.objects.live())
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


def related_experiment_field():
    """An optional link from a program or lesson to the Lab experiment that fits it."""
    return models.ForeignKey(
        "lab.ExperimentPage",
        verbose_name=_("related Lab experiment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown as a “Try it in the Lab” card."),
    )


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


class ProgramsIndexPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
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


class ProgramPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
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
    related_tags = models.CharField(
        _("tags of related articles"),
        max_length=200,
        blank=True,
        help_text=_("Blog tag slugs separated by commas, e.g. machine-learning, ai-career."),
    )
    related_experiment = related_experiment_field()

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
        FieldPanel("related_tags"),
        FieldPanel("related_experiment"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        index.SearchField("description"),
        index.FilterField("level"),
    ]

    parent_page_types = ["learning.ProgramsIndexPage"]
    subpage_types = ["learning.LessonPage"]
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

    @property
    def related_tag_slugs(self):
        return [slug.strip() for slug in self.related_tags.split(",") if slug.strip()]

    def lessons(self):
        """The published lessons in order, without their bodies: one query."""
        return live_lessons().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = list(self.lessons())
        context["lessons"] = lessons
        context["total_minutes"] = sum(lesson.duration_minutes for lesson in lessons)
        context["first_lesson"] = lessons[0] if lessons else None
        # Shown inside {% page_fragment %}s: computed only when those miss.
        context["related_articles"] = SimpleLazyObject(lambda: related_articles(self))
        programs_index = programs_index_above(self)
        context["programs_index"] = programs_index
        context["structured_data"] = partial(self.structured_data, request, programs_index, lessons)
        return context

    def structured_data(self, request, programs_index, lessons):
        return [
            self.json_ld(lessons=lessons, request=request),
            breadcrumbs(request, [programs_index, self]),
        ]

    def json_ld(self, lessons=None, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.description or self.subtitle,
            "educationalLevel": self.get_level_display(),
            "timeRequired": f"PT{self.estimated_hours}H",
            "isAccessibleForFree": True,
            "provider": organization(request),
            "inLanguage": translation.get_language(),
            # Free and online at the learner's pace: the offer and instance Google's course
            # rich results require.
            "offers": [{"@type": "Offer", "category": "Free", "price": 0, "priceCurrency": "EUR"}],
            "hasCourseInstance": [
                {
                    "@type": "CourseInstance",
                    "courseMode": "Online",
                    "courseWorkload": f"PT{self.estimated_hours}H",
                }
            ],
        }
        if request is not None:
            data["url"] = self.get_full_url(request)
        if lessons:
            data["hasPart"] = [
                {
                    "@type": "LearningResource",
                    "name": lesson.title,
                    "position": position,
                    "url": lesson.get_full_url(request),
                    "timeRequired": f"PT{lesson.duration_minutes}M",
                }
                for position, lesson in enumerate(lessons, start=1)
            ]
        return data


def related_articles(program, limit=3):
    """Published blog articles sharing a tag with `program`, newest first.

    A seam: the blog app is optional, so this returns [] when blog.BlogPage is not
    installed or has no `tags`, and never more than one query.
    """
    slugs = program.related_tag_slugs
    if not slugs or not apps.is_installed("blog"):
        return []
    try:
        article_model = apps.get_model("blog", "BlogPage")
        article_model._meta.get_field("tags")
    except (LookupError, FieldDoesNotExist):
        return []
    articles = public(article_model.objects.live()).filter(tags__slug__in=slugs)
    ordering = ["-first_published_at", "-pk"]
    if any(field.name == "date" for field in article_model._meta.get_fields()):
        articles = articles.filter(date__lte=timezone.localdate())
        ordering = ["-date", "-pk"]
    return list(articles.distinct().defer_streamfields().order_by(*ordering)[:limit])


def titles_by_language(page):
    """{language code: title} for `page`, the English title where a language has none."""
    english = getattr(page, build_localized_fieldname("title", DEFAULT_LANGUAGE), "") or page.title
    return {
        code: getattr(page, build_localized_fieldname("title", code), "") or english
        for code in language_codes()
    }


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


def live_lessons():
    """Published lessons in their program's order, bodies deferred."""
    lessons = in_render_languages(public(LessonPage.objects.live()).defer_streamfields())
    return lessons.order_by("order", "path")


class LessonPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    """One lesson of a program: a body of teaching blocks with inline quizzes."""

    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences for the lesson list.")
    )
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=1,
        help_text=_("Lessons are listed by this number, smallest first."),
    )
    difficulty = models.CharField(
        _("difficulty"), max_length=20, choices=Difficulty.choices, default=Difficulty.BEGINNER
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    related_experiment = related_experiment_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("order"), FieldPanel("duration_minutes")]),
                FieldRowPanel([FieldPanel("difficulty"), FieldPanel("icon")]),
            ],
            heading=_("Place in the program"),
        ),
        FieldPanel("body"),
        FieldPanel("related_experiment"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        index.SearchField("description"),
        index.SearchField("body"),
        index.FilterField("difficulty"),
    ]

    parent_page_types = ["learning.ProgramPage"]
    subpage_types = []
    main_content_fields = ("body",)

    class Meta:
        verbose_name = _("lesson page")

    def title_falls_back(self):
        """True when this language has no title of its own, so lists show the English one."""
        return falls_back(self, ("title",))

    def description_falls_back(self):
        return falls_back(self, ("description",))

    def quiz_ids(self):
        return [block.id for block in self.body if block.block_type == "quiz"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        program = self.program()
        lessons = list(program.lessons()) if program else [self]
        ids = [lesson.pk for lesson in lessons]
        index_in_program = ids.index(self.pk) if self.pk in ids else 0
        programs_index = programs_index_above(program) if program else None
        context.update(
            program=program,
            programs_index=programs_index,
            lessons=lessons,
            position=index_in_program + 1,
            lesson_count=len(lessons),
            previous_lesson=lessons[index_in_program - 1] if index_in_program > 0 else None,
            next_lesson=(
                lessons[index_in_program + 1] if index_in_program + 1 < len(lessons) else None
            ),
            quiz_ids=self.quiz_ids(),
        )
        # Shown inside {% page_fragment %}s: computed only when those miss.
        context["progress_data"] = partial(
            self.progress_data, request, program, context["next_lesson"]
        )
        context["structured_data"] = partial(self.structured_data, request, programs_index, program)
        return context

    def program(self):
        """The program above the lesson (the one routing went through, when it did)."""
        parent = routed_parent(self)
        if isinstance(parent, ProgramPage):
            return parent
        programs = ProgramPage.objects.parent_of(self).select_related("track")
        return in_render_languages(programs.defer_streamfields()).first()

    def structured_data(self, request, programs_index, program):
        return [
            self.json_ld(request, program),
            breadcrumbs(request, [programs_index, program, self]),
        ]

    def progress_data(self, request, program=None, next_lesson=None):
        """What the browser keeps about this lesson, its program and the next lesson, in
        every language, so the home card can show them in whichever language the visitor
        reads next (`static/js/learning.js`)."""

        def describe(page):
            if page is None:
                return None
            return {
                "id": page.pk,
                "titles": titles_by_language(page),
                "urls": page_urls_by_language(page, request),
            }

        return {
            "lesson": describe(self),
            "next": describe(next_lesson),
            "program": describe(program),
        }

    def json_ld(self, request=None, program=None):
        data = {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "description": self.description,
            "learningResourceType": "Lesson",
            "educationalLevel": self.get_difficulty_display(),
            "timeRequired": f"PT{self.duration_minutes}M",
            "inLanguage": self.content_language(),
            "isAccessibleForFree": True,
            "url": self.get_full_url(request),
        }
        if program is not None:
            data["isPartOf"] = {
                "@type": "Course",
                "name": program.title,
                "url": program.get_full_url(request),
            }
        return data

    def content_language(self):
        return "en" if self.content_falls_back() else translation.get_language()
