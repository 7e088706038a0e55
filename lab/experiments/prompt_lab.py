"""Prompt lab: the visitor writes a prompt for a challenge and sees at once which elements of a
good prompt it has (role, context, format, constraints, examples, tone).

No language model is involved: static/lab/prompt_lab/core.js looks for cues listed per
language in static/lab/prompt_lab/cues/<lang>.json, plus language-neutral signals.
The editors own the challenges: one `challenge` block each.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks

from .base import Experiment

ELEMENTS = [
    ("role", pgettext_lazy("element of a prompt", "Role")),
    ("context", pgettext_lazy("element of a prompt", "Context")),
    ("format", pgettext_lazy("element of a prompt", "Format")),
    ("constraints", pgettext_lazy("element of a prompt", "Constraints")),
    ("examples", pgettext_lazy("element of a prompt", "Examples")),
    ("tone", pgettext_lazy("element of a prompt", "Tone")),
]
# Languages with their own cue file; the others use the English cues and neutral signals.
CUE_LANGUAGES = ("en", "nl", "fr", "es", "de", "pt", "ar")


class ChallengeBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    task = blocks.TextBlock(
        label=_("task"),
        max_length=1000,
        help_text=_("What the visitor's prompt should get a model to do."),
    )
    elements = blocks.MultipleChoiceBlock(
        label=_("elements a good prompt needs"),
        choices=ELEMENTS,
        help_text=_("The score counts only these; the others are reported but not required."),
    )
    example = blocks.TextBlock(
        label=_("example of a strong prompt"),
        required=False,
        max_length=2000,
        help_text=_("Optional: shown on request, so visitors can compare their own."),
    )

    class Meta:
        icon = "edit"
        label = _("Challenge")


EXPERIMENT = Experiment(
    key="prompt_lab",
    name=_("Prompt lab"),
    icon="💬",
    blocks=[("challenge", ChallengeBlock())],
    files=tuple(f"cues/{code}.json" for code in CUE_LANGUAGES),
    strings={
        **{f"element_{key}": label for key, label in ELEMENTS},
        "advice_role": _(
            "Give the model a role: say who it should be, e.g. “You are a patient science teacher.”"
        ),
        "advice_context": _(
            "Add context: who the answer is for, what it is for, and what the model should "
            "know about the situation."
        ),
        "advice_format": _(
            "Say what shape the answer should take: a list, a table, a few short paragraphs, "
            "an email, JSON…"
        ),
        "advice_constraints": _(
            "Set limits: a length (“at most 100 words”), what to leave out, what it must or "
            "must not do."
        ),
        "advice_examples": _(
            "Show an example of what you want, in quotation marks or after “for example”."
        ),
        "advice_tone": _("Name the tone you want: friendly, formal, playful, calm, plain…"),
        "score": _("Score: {found} of {required} required elements ({percent})"),
        "best": _("Your best for this challenge: {percent}"),
        "best_none": _("No score yet for this challenge."),
        "needs": _("A good prompt here has: {elements}"),
        "status_found": _("Found"),
        "status_missing": _("Missing"),
        "status_extra": _("Found (not required here)"),
        "status_unused": _("Not required here"),
        "found_text": _("In your prompt: {text}"),
        "empty": _("Start typing: the analysis appears here as you write."),
        "all_found": _("Every element this challenge needs is there. Well done!"),
        "announce_score": _("{found} of {required} required elements found."),
        "no_challenges": _("There are no challenges in this language yet."),
        "cues_failed": _(
            "The word lists could not be loaded, so only signals that need no language "
            "(quotes, lists, numbers) are detected."
        ),
        "challenge_option": _("{number}. {title}"),
    },
)
