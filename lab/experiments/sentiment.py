"""Sentiment analysis: a sentence scored by word lists and rules, each word's part shown.

The scoring runs in static/lab/sentiment/core.js with one lexicon file per language
(static/lab/sentiment/lexicons/<code>.json, written for this site) and a shared emoji table.
The editors own the sentences that show where the approach fails: `example_sentence` blocks.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .base import Experiment

# The analyser's languages, as the lexicon files are named, with their own names.
LANGUAGES = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
    "pt": "Português",
}
DEFAULT_LANGUAGE = "en"
MAX_SENTENCE_LENGTH = 280

SENTIMENTS = [
    ("positive", _("positive")),
    ("negative", _("negative")),
    ("neutral", _("neutral")),
    ("mixed", _("mixed")),
]


class ExampleSentenceBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("sentence"),
        max_length=MAX_SENTENCE_LENGTH,
        help_text=_("A sentence the word lists get wrong, e.g. a sarcastic one."),
    )
    language = blocks.ChoiceBlock(
        label=_("language of the sentence"),
        choices=list(LANGUAGES.items()),
        default=DEFAULT_LANGUAGE,
        help_text=_("The word list the analyser uses for it."),
    )
    human_sentiment = blocks.ChoiceBlock(
        label=_("what a person would say"),
        choices=SENTIMENTS,
        default="negative",
    )
    explanation = blocks.TextBlock(
        label=_("explanation"),
        help_text=_("Why the analyser's verdict differs from a person's."),
    )

    class Meta:
        icon = "openquote"
        label = _("Example sentence")


def language_for(code):
    """The analyser's starting language for a page language: its own if it has a word list."""
    code = (code or "").lower()
    if code in LANGUAGES:
        return code
    base = code.split("-")[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def page_data(page, content_blocks):
    labels = dict(SENTIMENTS)
    examples = []
    for block in content_blocks:
        if block.block_type != "example_sentence":
            continue
        value = block.value
        examples.append(
            {
                "id": block.id,
                "text": value["text"],
                "language": value["language"],
                "human_sentiment": value["human_sentiment"],
                "human_label": str(labels.get(value["human_sentiment"], "")),
                "explanation": value["explanation"],
            }
        )
    return {
        "languages": [{"code": code, "name": name} for code, name in LANGUAGES.items()],
        "default_language": language_for(translation.get_language()),
        "labels": {key: str(label) for key, label in SENTIMENTS},
        "examples": examples,
    }


EXPERIMENT = Experiment(
    key="sentiment",
    name=_("Sentiment analysis"),
    icon="😊",
    blocks=[("example_sentence", ExampleSentenceBlock())],
    files=(
        *(f"lexicons/{code}.json" for code in LANGUAGES),
        "lexicons/emoji.json",
    ),
    page_data=page_data,
    strings={
        "verdict.positive": _("Positive"),
        "verdict.negative": _("Negative"),
        "verdict.neutral": _("Neutral"),
        "score": _("Score: {score}"),
        "announce": _("{verdict}, score {score}."),
        "summary": _("Positive words add {positive}; negative words add {negative}."),
        "no_words": _("None of these words is in the word list, so the sentence is neutral."),
        "neutral_word": _("not in the word list"),
        "role.negator": _("negation"),
        "role.booster": _("intensifier"),
        "role.contrast": _("contrast"),
        "effect.negated": _("{word} → flipped (×{factor})"),
        "effect.boosted": _("{word} → ×{factor}"),
        "effect.caps": _("CAPITALS → ×{factor}"),
        "effect.contrastBefore": _("before “{word}” → ×{factor}"),
        "effect.contrastAfter": _("after “{word}” → ×{factor}"),
        "effect.exclamation": _("exclamation marks: {count}"),
        "loading": _("Loading the word list…"),
        "load_failed": _("The word list could not be loaded. Reload the page to try again."),
        "comparison": _("The analyser says {verdict}; a person would say {human}."),
        "loaded_example": _("Example loaded into the analyser."),
    },
)
