from modeltranslation.translator import TranslationOptions, register

from .models import (
    CareerRolePage,
    CareersIndexPage,
    ChooserAnswer,
    ChooserQuestion,
    RoleDifference,
    RoleTrack,
    SalaryRange,
    Skill,
)


@register(Skill)
class SkillTR(TranslationOptions):
    fields = ("name", "description")


@register(CareersIndexPage)
class CareersIndexPageTR(TranslationOptions):
    fields = ("intro", "comparison_intro", "core_skills_intro", "chooser_intro")


@register(CareerRolePage)
class CareerRolePageTR(TranslationOptions):
    fields = (
        "summary",
        "what_it_is",
        "day_to_day",
        "who_it_suits",
        "how_to_break_in",
        "growth_outlook",
        "notes",
        "typical_entry_route",
    )


@register(SalaryRange)
class SalaryRangeTR(TranslationOptions):
    fields = ("region", "note")


@register(RoleTrack)
class RoleTrackTR(TranslationOptions):
    fields = ("name", "description")


@register(RoleDifference)
class RoleDifferenceTR(TranslationOptions):
    fields = ("sentence",)


@register(ChooserQuestion)
class ChooserQuestionTR(TranslationOptions):
    fields = ("text", "help_text")


@register(ChooserAnswer)
class ChooserAnswerTR(TranslationOptions):
    fields = ("label", "reason")
