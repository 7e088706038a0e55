"""The Lab: an index page and one page per in-browser experiment."""

from django.core.exceptions import ValidationError
from django.db import models
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from site_config.i18n import translated_search_fields
from site_config.models import FallbackNoticeMixin
from site_config.visibility import ViewRestrictionsReadOnceMixin

from .experiments import all_blocks, choices, get_experiment

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def live_experiments(index=None):
    """Published experiment pages in the editors' order, without their content: one query."""
    pages = ExperimentPage.objects.live().public().defer_streamfields().order_by("path")
    return pages.child_of(index) if index is not None else pages


class LabIndexPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("intro", autocomplete=False),
    ]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = ["lab.ExperimentPage"]
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("Lab index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experiments"] = list(live_experiments(self))
        return context


class ExperimentPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    experiment = models.CharField(
        _("experiment"),
        max_length=40,
        choices=choices(),
        help_text=_("Which of the Lab's experiments this page runs."),
    )
    icon = models.CharField(_("icon (emoji)"), max_length=8, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    how_it_works = RichTextField(_("how it works"), features=TEXT_FEATURES, blank=True)
    what_to_try = RichTextField(_("what to try"), features=TEXT_FEATURES, blank=True)
    content = StreamField(
        all_blocks(),
        verbose_name=_("experiment content"),
        blank=True,
        help_text=_(
            "Rounds, challenges, scenarios, example sentences or the starter bot: only the "
            "kinds of block the chosen experiment uses."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("experiment"), FieldPanel("icon")])],
            heading=_("Experiment"),
        ),
        FieldPanel("intro"),
        FieldPanel("how_it_works"),
        FieldPanel("what_to_try"),
        FieldPanel("content"),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("intro", autocomplete=False),
    ]

    parent_page_types = ["lab.LabIndexPage"]
    subpage_types = []
    main_content_fields = ("intro", "how_it_works", "what_to_try")

    class Meta:
        verbose_name = _("experiment page")

    @property
    def definition(self):
        return get_experiment(self.experiment)

    @property
    def display_icon(self):
        definition = self.definition
        return self.icon or (definition.icon if definition else "")

    def clean(self):
        super().clean()
        definition = self.definition
        if definition is None:
            return
        stray = sorted({block.block_type for block in self.content} - definition.block_names)
        if stray:
            raise ValidationError(
                {
                    "content": _(
                        "The experiment “%(experiment)s” does not use these blocks: "
                        "%(blocks)s. Remove them or choose another experiment."
                    )
                    % {"experiment": definition.name, "blocks": ", ".join(stray)}
                }
            )

    def content_blocks(self):
        """This language's blocks of the kinds the experiment reads (English fallback)."""
        names = self.definition.block_names if self.definition else set()
        return [block for block in self.content if block.block_type in names]

    def experiment_files(self):
        """{path under static/lab/<key>/: URL} for the data files the JavaScript fetches."""
        definition = self.definition
        return {path: static(f"lab/{definition.key}/{path}") for path in definition.files}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        definition = self.definition
        lab = LabIndexPage.objects.parent_of(self).defer_streamfields().first()
        context.update(
            definition=definition,
            lab=lab,
            other_experiments=[page for page in live_experiments(lab) if page.pk != self.pk]
            if lab
            else [],
            lab_strings=definition.runtime_strings() if definition else {},
            lab_data=definition.data(self, self.content_blocks()) if definition else {},
            lab_files=self.experiment_files() if definition else {},
            structured_data=[self.json_ld(request, lab)],
        )
        return context

    def json_ld(self, request=None, lab=None):
        data = {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "description": self.intro,
            "learningResourceType": "Interactive simulation",
            "interactivityType": "active",
            "inLanguage": "en" if self.content_falls_back() else translation.get_language(),
            "isAccessibleForFree": True,
            "url": self.get_full_url(request),
            "provider": {"@type": "Organization", "name": "AI Educademy"},
        }
        if lab is not None:
            data["isPartOf"] = {
                "@type": "CollectionPage",
                "name": lab.title,
                "url": lab.get_full_url(request),
            }
        return data
