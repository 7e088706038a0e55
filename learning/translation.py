from modeltranslation.translator import TranslationOptions, register

from .models import ProgramPage, ProgramsIndexPage, Track


@register(Track)
class TrackTR(TranslationOptions):
    fields = ("name", "tagline")


@register(ProgramsIndexPage)
class ProgramsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProgramPage)
class ProgramPageTR(TranslationOptions):
    fields = (
        "tagline",
        "subtitle",
        "description",
        "audience",
        "prerequisites",
        "topics",
        "outcomes",
        "faq",
    )
