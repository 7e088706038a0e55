from modeltranslation.translator import TranslationOptions, register

from .models import JourneyPage, LessonIndexPage


@register(JourneyPage)
class JourneyPageTR(TranslationOptions):
    fields = ("intro",)


@register(LessonIndexPage)
class LessonIndexPageTR(TranslationOptions):
    fields = ("intro",)
