"""Ways into the learning paths: a journey map of the tracks and a listing of every lesson."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import TextField
from django.db.models.functions import Cast, Length, Trim
from django.db.models.lookups import GreaterThan
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from learning.models import LessonPage, Level, group_by_track, live_lessons, live_programs
from site_config.i18n import language_codes, translated_search_fields
from site_config.models import FallbackNoticeMixin
from site_config.visibility import ViewRestrictionsReadOnceMixin


class JourneyPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    """The three tracks drawn as paths of levels, each program a stop; the visitor's
    progress (kept in their browser) marks the stops (static/journey/app.js)."""

    intro = models.TextField(_("introduction"), blank=True)
    starting_program = models.ForeignKey(
        "learning.ProgramPage",
        verbose_name=_("where to start"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Suggested to newcomers. Leave empty to suggest the first beginner program."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("starting_program")]
    search_fields = [*Page.search_fields, *translated_search_fields("title")]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = []
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("journey map page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programs = list(live_programs())
        lessons = lessons_by_program(programs, live_lessons().only("pk", "path"))
        context.update(
            tracks=group_by_track(programs),
            starting_program=self.suggested_start(programs),
            chooser_url=career_chooser_url(request),
            journey_data=journey_data(programs, lessons),
            journey_labels={
                "done": gettext("Done"),
                "in_progress": gettext("In progress"),
                "next": gettext("Next stop"),
                "start": gettext("Start here"),
            },
        )
        return context

    def suggested_start(self, programs):
        """The editor's choice when it is live, else the first program at the lowest level."""
        live = {program.pk: program for program in programs}
        if self.starting_program_id in live:
            return live[self.starting_program_id]
        return min(programs, key=lambda program: program.level, default=None)


def career_chooser_url(request):
    """The careers "which role is right for you" page, or "" without a live careers index."""
    if not apps.is_installed("careers"):
        return ""
    from careers.models import CareersIndexPage

    careers = CareersIndexPage.objects.live().public().defer_streamfields().first()
    url = careers.get_url(request) if careers else None
    return url + careers.reverse_subpage("chooser") if url else ""


def lessons_by_program(programs, lessons):
    """{program pk: [lessons…]} for the lessons whose parent is one of `programs`, in the
    lessons' order (lessons of unpublished programs are left out)."""
    by_path = {program.path: program.pk for program in programs}
    grouped = {program.pk: [] for program in programs}
    for lesson in lessons:
        program_pk = by_path.get(lesson.path[: -LessonPage.steplen])
        if program_pk is not None:
            grouped[program_pk].append(lesson)
    return grouped


def journey_data(programs, lessons):
    """What app.js needs to mark the stops: each track's programs in order, with the ids of
    their live lessons (a program is done when all of them are)."""
    tracks = {}
    for program in programs:
        tracks.setdefault(program.track_id, []).append(
            {"id": program.pk, "lessons": [lesson.pk for lesson in lessons[program.pk]]}
        )
    return {"tracks": [{"id": pk, "programs": stops} for pk, stops in tracks.items()]}


def _has_own_value(field, code):
    """An SQL expression: `field` holds content of its own in language `code`."""
    column = build_localized_fieldname(field.name, code)
    if isinstance(field, StreamField):
        return GreaterThan(Length(Cast(column, TextField())), 2)  # more than "[]"
    return GreaterThan(Length(Trim(column)), 0)


def with_language_flags(lessons):
    """`lessons` annotated with `has_<field>_<code>` for every main-content field and language,
    so the languages of a lesson are known without loading its body."""
    flags = {}
    for name in LessonPage.main_content_fields:
        field = LessonPage._meta.get_field(name)
        for code in language_codes():
            flags[f"has_{name}_{code.replace('-', '_')}"] = _has_own_value(field, code)
    return lessons.annotate(**flags)


def lesson_languages(lesson):
    """The codes of the languages in which every main-content field of `lesson` is filled."""
    return [
        code
        for code in language_codes()
        if all(
            getattr(lesson, f"has_{name}_{code.replace('-', '_')}")
            for name in LessonPage.main_content_fields
        )
    ]


def lessons_by_level(programs, lessons):
    """[(level, [(program, [lessons…]), …]), …]: levels in order, programs in track order,
    each lesson carrying `languages` as (code, short label, name); programs without live
    lessons are left out."""
    names = dict(settings.LANGUAGES)
    levels = {}
    for program in programs:
        program_lessons = lessons[program.pk]
        for lesson in program_lessons:
            lesson.languages = [
                (code, code.partition("-")[0].upper(), names[code])
                for code in lesson_languages(lesson)
            ]
        if program_lessons:
            levels.setdefault(program.level, []).append((program, program_lessons))
    return [(Level(level), levels[level]) for level in sorted(levels)]


class LessonIndexPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    """Every published lesson, by level and program, with its duration, difficulty and the
    languages it is written in. Two queries whatever the number of lessons."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *translated_search_fields("title")]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = []
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("lesson index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programs = list(live_programs())
        lessons = lessons_by_program(programs, with_language_flags(live_lessons()))
        context["levels"] = lessons_by_level(programs, lessons)
        return context
