"""Careers: skills (snippets), role guides (pages), their index with a comparison table,
and the "which role is right for you" chooser (editable questions and weighted answers)."""

import re
from functools import cached_property

from babel.numbers import list_currencies
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from site_config.chrome_cache import computed_once
from site_config.i18n import DEFAULT_LANGUAGE, page_urls_by_language, translated_search_fields
from site_config.models import FallbackNoticeMixin
from site_config.routing import linked_ancestor
from site_config.structured_data import breadcrumbs
from site_config.visibility import ViewRestrictionsReadOnceMixin, public

from . import chooser
from .blocks import RoleWeightsBlock
from .formatting import format_salary_range
from .forms import ChooserQuestionForm
from .related import related_articles

PROSE_FEATURES = ["bold", "italic", "link", "ol", "ul"]
REGION_NUMBER = re.compile(r"[0-9]{1,2}")


# --- Choices -----------------------------------------------------------------------------
class RoleKind(models.TextChoices):
    BUILDS = "builds", _("Builds systems")
    ANALYSES = "analyses", _("Analyses data")
    RESEARCHES = "researches", _("Researches")
    LEADS = "leads", _("Leads products")
    POLICY = "policy", _("Shapes policy")


class Intensity(models.IntegerChoices):
    LOW = 1, _("Low")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")


class ResearchBalance(models.IntegerChoices):
    BUILDING = 1, _("Mostly building")
    MIXED = 2, _("A mix of research and building")
    RESEARCH = 3, _("Mostly research")


class SkillCategory(models.TextChoices):
    PROGRAMMING = "programming", _("Programming")
    DATA = "data", _("Data")
    MACHINE_LEARNING = "ml", _("Machine learning")
    INFRASTRUCTURE = "infrastructure", _("Infrastructure and cloud")
    RESEARCH = "research", _("Research")
    PRODUCT = "product", _("Product and business")
    PEOPLE = "people", _("Communication and people")
    ETHICS = "ethics", _("Ethics and policy")


# --- Skills ------------------------------------------------------------------------------
class Skill(index.Indexed, models.Model):
    """A skill shared by several roles, so the same skill reads the same everywhere."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    category = models.CharField(
        _("category"), max_length=20, choices=SkillCategory.choices, default=SkillCategory.DATA
    )
    description = models.CharField(_("short description"), max_length=200, blank=True)
    is_core = models.BooleanField(
        _("matters on every path"),
        default=False,
        help_text=_("Listed on the careers page as a skill worth having whichever role you pick."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("order")]),
        FieldPanel("description"),
        FieldPanel("is_core"),
    ]
    search_fields = [*translated_search_fields("name"), index.FilterField("category")]

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name


def shown_translations(*names, prefix=""):
    """The columns of translated fields `names` a visitor sees: active language and English."""
    return [
        prefix + build_localized_fieldname(name, language)
        for name in names
        for language in dict.fromkeys([get_language(), DEFAULT_LANGUAGE])
    ]


def link_fields(prefix=""):
    """The columns a link to a page shows (title, URL) and `live`: a role's full row has
    about 190 columns."""
    return [prefix + "live", *shown_translations("title", "url_path", prefix=prefix)]


# --- Index page --------------------------------------------------------------------------
def live_roles(parent=None):
    """Published roles in tree order, with what the cards, table and chooser show: 3 queries."""
    roles = public(CareerRolePage.objects.live())
    if parent is not None:
        roles = roles.child_of(parent)
    return roles.order_by("path").prefetch_related(
        "salary_ranges",
        Prefetch(
            "related_programs",
            queryset=RoleProgram.objects.filter(program__live=True).select_related("program"),
        ),
    )


def region_key(request):
    """The `?region=` value as part of a fragment key: one or two digits, else "" (which
    shows the same table: the first region)."""
    value = request.GET.get("region", "")
    return value if REGION_NUMBER.fullmatch(value) else ""


class CareersIndexPage(RoutablePageMixin, FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    comparison_intro = models.TextField(_("comparison introduction"), blank=True)
    core_skills_intro = models.TextField(_("introduction to the skills for every path"), blank=True)
    chooser_intro = models.TextField(_("chooser introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("comparison_intro"),
        FieldPanel("core_skills_intro"),
        FieldPanel("chooser_intro"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = ["careers.CareerRolePage"]
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("careers index page")

    # The kind filter is a plain GET parameter (?kind=builds), validated against RoleKind.
    def selected_kind(self, request):
        """(kind or None, is_valid): several or unknown values are invalid."""
        values = request.GET.getlist("kind")
        if not values or values == [""]:
            return None, True
        if len(values) == 1 and values[0] in RoleKind.values:
            return values[0], True
        return None, False

    def kinds_present(self):
        """The kinds of the published roles, once per content version."""
        return computed_once(
            "career-kinds",
            lambda: sorted(set(live_roles(self).values_list("kind", flat=True))),
            self.pk,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind, kind_is_valid = self.selected_kind(request)
        present = self.kinds_present()
        # The roles, skills and questions are read only when the page's fragments
        # ({% page_fragment %}) are rendered, not on every request.
        roles = SimpleLazyObject(lambda: list(live_roles(self)))
        questions = SimpleLazyObject(chooser.load_questions)
        context.update(
            roles=roles,
            shown_roles=SimpleLazyObject(
                lambda: [role for role in roles if kind is None or role.kind == kind]
            ),
            kind=kind,
            kind_is_valid=kind_is_valid,
            kinds=[(value, label) for value, label in RoleKind.choices if value in present],
            region_key=region_key(request),
            core_skills=SimpleLazyObject(lambda: list(Skill.objects.filter(is_core=True))),
            questions=questions,
            form_rows=SimpleLazyObject(
                lambda: chooser.form_rows(questions, chooser.ChooserInput())
            ),
            chooser_url=self.get_url(request) + self.reverse_subpage("chooser"),
        )
        if kind:
            context["language_urls"] = page_urls_by_language(self, request, f"?kind={kind}")
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        response = super().index_route(request, *args, **kwargs)
        if not response.context_data["kind_is_valid"]:
            response.status_code = 404
        return response

    @path("chooser/", name="chooser")
    def chooser_route(self, request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        context = self.get_context(request)
        context.update(
            chooser.result_context(self, request, context["roles"], context["questions"])
        )
        return TemplateResponse(request, "careers/chooser_page.html", context)


# --- Role pages --------------------------------------------------------------------------
class CareerRolePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "careers.CareerRolePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CareerRolePage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    kind = models.CharField(
        _("kind of work"), max_length=20, choices=RoleKind.choices, default=RoleKind.BUILDS
    )
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for cards."))
    what_it_is = RichTextField(_("what the role is"), features=PROSE_FEATURES, blank=True)
    day_to_day = models.TextField(
        _("day-to-day tasks"), blank=True, help_text=_("One task per line.")
    )
    who_it_suits = RichTextField(_("who it suits"), features=PROSE_FEATURES, blank=True)
    how_to_break_in = RichTextField(_("how to break in"), features=PROSE_FEATURES, blank=True)
    growth_outlook = RichTextField(_("growth outlook"), features=PROSE_FEATURES, blank=True)
    notes = RichTextField(
        _("good to know"),
        features=PROSE_FEATURES,
        blank=True,
        help_text=_("Caveats such as overlaps with other roles or how settled the field is."),
    )
    coding_intensity = models.PositiveSmallIntegerField(
        _("coding intensity"), choices=Intensity.choices, default=Intensity.MEDIUM
    )
    research_balance = models.PositiveSmallIntegerField(
        _("research or building"), choices=ResearchBalance.choices, default=ResearchBalance.MIXED
    )
    stakeholder_contact = models.PositiveSmallIntegerField(
        _("contact with stakeholders"), choices=Intensity.choices, default=Intensity.MEDIUM
    )
    typical_entry_route = models.CharField(_("typical entry route"), max_length=160, blank=True)
    tags = ClusterTaggableManager(
        through=CareerRolePageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Blog articles sharing one of these tags are listed as related reading."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("kind"), FieldPanel("icon")]), FieldPanel("summary")],
            heading=_("Card"),
        ),
        FieldPanel("what_it_is"),
        FieldPanel("day_to_day"),
        InlinePanel("role_skills", label=_("Skills")),
        InlinePanel("salary_ranges", label=_("Salary ranges")),
        FieldPanel("who_it_suits"),
        FieldPanel("how_to_break_in"),
        FieldPanel("growth_outlook"),
        FieldPanel("notes"),
        InlinePanel("tracks", label=_("Tracks within the role")),
        InlinePanel("differences", label=_("How it differs from related roles")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("coding_intensity"),
                        FieldPanel("research_balance"),
                        FieldPanel("stakeholder_contact"),
                    ]
                ),
                FieldPanel("typical_entry_route"),
            ],
            heading=_("Comparison table"),
        ),
        InlinePanel(
            "related_programs",
            label=_("Related programs"),
            help_text=_("The first program is suggested as the place to start."),
        ),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        index.SearchField("summary"),
        index.SearchField("what_it_is"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["careers.CareersIndexPage"]
    subpage_types = []
    main_content_fields = ("what_it_is", "day_to_day", "who_it_suits")

    class Meta:
        verbose_name = _("career role page")

    @property
    def task_list(self):
        return [line.strip() for line in self.day_to_day.splitlines() if line.strip()]

    @cached_property
    def salary_range_list(self):
        return list(self.salary_ranges.all())

    @cached_property
    def skill_list(self):
        return [link.skill for link in self.role_skills.select_related("skill")]

    @cached_property
    def starting_program(self):
        """The first live related program (prefetched by live_roles)."""
        for link in self.related_programs.all():
            if link.program.live:
                return link.program
        return None

    def skills_with_other_roles(self):
        """The role's skills, each with `other_roles`: live roles that also list it (1 query)."""
        skills = self.skill_list
        for skill in skills:
            skill.other_roles = []
        if not self.pk or not skills:
            return skills
        by_id = {skill.pk: skill for skill in skills}
        links = (
            RoleSkill.objects.filter(skill__in=list(by_id), page__live=True)
            .exclude(page=self.pk)
            .select_related("page")
            .only("skill_id", "page_id", *link_fields("page__"))
            .order_by("page__path")
        )
        for link in links:
            if link.page not in by_id[link.skill_id].other_roles:
                by_id[link.skill_id].other_roles.append(link.page)
        return skills

    def index_page(self):
        """The index above the role (for links to it and its chooser)."""
        return linked_ancestor(self, CareersIndexPage)

    def differences_shown(self):
        differences = self.differences.select_related("other_role").only(
            "sort_order",
            "page",
            "other_role",
            *shown_translations("sentence"),
            *link_fields("other_role__"),
        )
        return [item for item in differences if item.other_role.live]

    def programs_shown(self):
        programs = self.related_programs.select_related("program").only(
            "sort_order",
            "page",
            "program",
            "program__icon",
            *shown_translations("tagline", prefix="program__"),
            *link_fields("program__"),
        )
        return [item.program for item in programs if item.program.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.index_page()
        # All but the header is shown inside {% page_fragment %}s: read on a miss only.
        context.update(
            salary_ranges=SimpleLazyObject(lambda: self.salary_range_list),
            index_page=index_page,
            skills=SimpleLazyObject(self.skills_with_other_roles),
            differences=SimpleLazyObject(self.differences_shown),
            tracks=SimpleLazyObject(lambda: list(self.tracks.all())),
            programs=SimpleLazyObject(self.programs_shown),
            related_articles=SimpleLazyObject(
                lambda: related_articles([tag.slug for tag in self.tags.all()])
            ),
            structured_data=SimpleLazyObject(
                lambda: [self.json_ld(request), breadcrumbs(request, [index_page, self])]
            ),
        )
        return context

    def json_ld(self, request=None):
        """schema.org Occupation with its salary distributions, skills and tasks."""
        data = {
            "@context": "https://schema.org",
            "@type": "Occupation",
            "name": self.title,
            "description": self.summary,
            "skills": [skill.name for skill in self.skill_list],
            "estimatedSalary": [salary.json_ld() for salary in self.salary_range_list],
            "occupationLocation": occupation_locations(self.salary_range_list),
        }
        if self.task_list:
            data["responsibilities"] = self.task_list
        url = self.get_full_url(request)
        if url:
            data["url"] = url
        return data


def occupation_locations(salaries):
    """schema.org places for the salary regions (in English, as search engines expect): a
    list such as "Berlin, Toronto, Singapore" gives cities, a single name a country."""
    places = []
    for salary in salaries:
        names = [name.strip() for name in (salary.region_en or salary.region).split(",")]
        kind = "City" if len(names) > 1 else "Country"
        places.extend({"@type": kind, "name": name} for name in names if name)
    return places


class RoleSkill(Orderable):
    page = ParentalKey(CareerRolePage, on_delete=models.CASCADE, related_name="role_skills")
    skill = models.ForeignKey(
        Skill, verbose_name=_("skill"), on_delete=models.CASCADE, related_name="role_links"
    )

    panels = [FieldPanel("skill")]

    def __str__(self):
        return str(self.skill)


def validate_currency(code):
    if code not in list_currencies():
        raise ValidationError(_("Enter a three-letter ISO 4217 currency code such as GBP."))


class SalaryRange(Orderable):
    page = ParentalKey(CareerRolePage, on_delete=models.CASCADE, related_name="salary_ranges")
    region = models.CharField(_("region"), max_length=80)
    currency = models.CharField(
        _("currency (ISO code)"), max_length=3, validators=[validate_currency], default="GBP"
    )
    minimum = models.PositiveIntegerField(_("minimum per year"))
    maximum = models.PositiveIntegerField(_("maximum per year"), null=True, blank=True)
    open_ended = models.BooleanField(
        _("open-ended"), default=False, help_text=_("Shows a '+' after the top of the range.")
    )
    year = models.PositiveSmallIntegerField(
        _("year of the estimate"),
        default=2026,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    note = models.CharField(_("note"), max_length=120, blank=True)
    is_rough_estimate = models.BooleanField(
        _("rough estimate"),
        default=False,
        help_text=_("Tick when the figures are a general-knowledge estimate, not from a survey."),
    )

    panels = [
        FieldRowPanel([FieldPanel("region"), FieldPanel("currency")]),
        FieldRowPanel([FieldPanel("minimum"), FieldPanel("maximum"), FieldPanel("open_ended")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("is_rough_estimate")]),
        FieldPanel("note"),
    ]

    def __str__(self):
        return f"{self.region}: {self.formatted}"

    def clean(self):
        super().clean()
        if self.maximum is not None and self.minimum is not None and self.maximum < self.minimum:
            raise ValidationError({"maximum": _("The maximum cannot be below the minimum.")})

    @property
    def formatted(self):
        """The range in the active language's number and currency format."""
        return format_salary_range(self.minimum, self.maximum, self.currency, self.open_ended)

    def json_ld(self):
        # schema.org has no min/max on a distribution: the range is read as the usual spread.
        return {
            "@type": "MonetaryAmountDistribution",
            "name": f"{self.region} ({self.year})",
            "currency": self.currency,
            "duration": "P1Y",
            "percentile10": self.minimum,
            "percentile90": self.maximum if self.maximum is not None else self.minimum,
        }


class RoleTrack(Orderable):
    """A distinct track within a role (e.g. the technical and the policy side of AI safety)."""

    page = ParentalKey(CareerRolePage, on_delete=models.CASCADE, related_name="tracks")
    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"))

    panels = [FieldPanel("name"), FieldPanel("description")]

    def __str__(self):
        return self.name


class RoleDifference(Orderable):
    page = ParentalKey(CareerRolePage, on_delete=models.CASCADE, related_name="differences")
    other_role = models.ForeignKey(
        CareerRolePage,
        verbose_name=_("related role"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    sentence = models.CharField(_("how they differ"), max_length=300)

    panels = [FieldPanel("other_role"), FieldPanel("sentence")]

    def __str__(self):
        return self.sentence

    def clean(self):
        super().clean()
        if self.page_id and self.other_role_id == self.page_id:
            raise ValidationError({"other_role": _("Choose a role other than this one.")})


class RoleProgram(Orderable):
    page = ParentalKey(CareerRolePage, on_delete=models.CASCADE, related_name="related_programs")
    program = models.ForeignKey(
        "learning.ProgramPage",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("program")]

    def __str__(self):
        return str(self.program)


# --- Chooser -----------------------------------------------------------------------------
class ChooserQuestion(index.Indexed, ClusterableModel):
    """One question of "How to choose your path"; each answer adds weights to roles."""

    key = models.SlugField(
        _("key"),
        max_length=30,
        unique=True,
        help_text=_("Short name used in the result's address, e.g. 'code'."),
    )
    text = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("text"),
        FieldPanel("help_text"),
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        InlinePanel("answers", label=_("Answers"), min_num=2),
    ]
    search_fields = translated_search_fields("text")
    base_form_class = ChooserQuestionForm

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("chooser question")
        verbose_name_plural = _("chooser questions")

    def __str__(self):
        return self.text


class ChooserAnswer(Orderable):
    question = ParentalKey(ChooserQuestion, on_delete=models.CASCADE, related_name="answers")
    key = models.SlugField(
        _("key"), max_length=30, help_text=_("Short name used in the result's address, e.g. 'yes'.")
    )
    label = models.CharField(_("answer"), max_length=120)
    reason = models.CharField(
        _("reason"),
        max_length=300,
        blank=True,
        help_text=_("Shown next to each role this answer points to, e.g. 'You enjoy coding.'"),
    )
    weights = StreamField(RoleWeightsBlock(), verbose_name=_("role weights"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("key")]),
        FieldPanel("reason"),
        FieldPanel("weights"),
    ]

    def __str__(self):
        return self.label

    def role_weights(self):
        """[(role page id, weight), …] read from the raw stream: no query per answer."""
        pairs = []
        for item in self.weights.raw_data:
            value = item.get("value") or {}
            try:
                pairs.append((int(value["role"]), int(value["weight"])))
            except (KeyError, TypeError, ValueError):
                continue
        return pairs
