from modeltranslation.translator import TranslationOptions, register

from .models import LessonPage, ProgramPage, ProgramsIndexPage, Track


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


@register(LessonPage)
class LessonPageTR(TranslationOptions):
    # Order, difficulty, duration and icon are facts shared by every language (a lesson's
    # place in its program must not change with the language, or progress would not match).
    fields = ("description", "body")
