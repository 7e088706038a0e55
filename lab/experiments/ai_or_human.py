"""AI or human?: the visitor reads a short text and guesses who wrote it, a person or a model.

The game runs in static/lab/ai_or_human/core.js (score, streak, round order) and app.js.
The editors own the rounds: one `round` block per text, in the order they are played.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .base import Experiment

SOURCES = [("person", _("A person")), ("model", _("A model"))]


class RoundBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("text"),
        max_length=1200,
        help_text=_(
            "A short text, a few sentences. Use genuine samples where you can: a message a "
            "person really wrote (with their permission) or a model's real output. Replace "
            "the demo rounds, which were all drafted with an AI assistant as imitations."
        ),
    )
    source = blocks.ChoiceBlock(
        label=_("written by"),
        choices=SOURCES,
        help_text=_("The right answer: who the text's style comes from."),
    )
    provenance = blocks.CharBlock(
        label=_("how it was made"),
        max_length=300,
        help_text=_(
            "Shown with the answer, and it must be true, e.g. “Posted by a volunteer on our "
            "forum in 2024, shared with permission” or “Demo text drafted with an AI "
            "assistant to imitate a hurried person's message”."
        ),
    )
    signs = blocks.ListBlock(
        blocks.CharBlock(label=_("sign"), max_length=200),
        label=_("tell-tale signs"),
        min_num=1,
        help_text=_("What gives the text away, one clue per item."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Round")


EXPERIMENT = Experiment(
    key="ai_or_human",
    name=_("AI or human?"),
    icon="🤖",
    blocks=[("round", RoundBlock())],
    strings={
        "progress": _("Text {round} of {total}"),
        "score": _("Score: {score} of {answered}"),
        "streak": _("Streak: {streak}"),
        "best_streak": _("Best streak: {best}"),
        "source_person": _("a person"),
        "source_model": _("a model"),
        "right": _("Right! The answer is: {answer}."),
        "wrong": _("Not this time. You said {guess}; the answer is: {answer}."),
        "new_best": _("New best streak: {best}!"),
        "next": _("Next text"),
        "see_result": _("See my result"),
        "finished": _("All {total} texts done. You got {score} of {total} right."),
        "no_rounds": _("There are no texts to guess in this language yet."),
        "text_label": _("Text {round}"),
    },
)
