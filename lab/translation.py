from modeltranslation.translator import TranslationOptions, register

from .models import ExperimentPage, LabIndexPage


@register(LabIndexPage)
class LabIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ExperimentPage)
class ExperimentPageTR(TranslationOptions):
    # Which experiment runs and its icon are shared by every language.
    fields = ("intro", "how_it_works", "what_to_try", "content")
