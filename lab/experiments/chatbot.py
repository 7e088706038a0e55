"""Chatbot builder: the visitor defines intents and answers, then chats with the bot.

Matching runs in static/lab/chatbot/core.js (TF-IDF, cosine similarity, max over phrases).
The editors own the starter bot: one `bot_settings` block and any number of `intent` blocks.
"""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from site_config.i18n import DEFAULT_LANGUAGE, falls_back

from .base import Experiment, serialise_block

# Keep in step with LIMITS in static/lab/chatbot/core.js (an imported bot is held to them).
MAX_NAME_LENGTH = 80
MAX_PHRASE_LENGTH = 200
MAX_PHRASES = 40
MAX_TEXT_LENGTH = 1000


def phrase_lines(text):
    """The example phrases of an intent: one per line, trimmed, no blanks or repeats."""
    phrases = []
    for line in (text or "").splitlines():
        phrase = line.strip()
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


class IntentBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("name"),
        max_length=MAX_NAME_LENGTH,
        help_text=_("What the visitor wants, in a word or two, e.g. “Opening hours”."),
    )
    phrases = blocks.TextBlock(
        label=_("example phrases"),
        help_text=_("One per line: ways a visitor might ask for this."),
    )
    answer = blocks.TextBlock(label=_("answer"), max_length=MAX_TEXT_LENGTH)

    class Meta:
        icon = "help"
        label = _("Intent")

    def clean(self, value):
        value = super().clean(value)
        phrases = phrase_lines(value.get("phrases"))  # at least one: the field is required
        errors = {}
        if len(phrases) > MAX_PHRASES:
            errors["phrases"] = ValidationError(
                _("Give at most %(max)s example phrases.") % {"max": MAX_PHRASES}
            )
        elif any(len(phrase) > MAX_PHRASE_LENGTH for phrase in phrases):
            errors["phrases"] = ValidationError(
                _("Keep each example phrase under %(max)s characters.") % {"max": MAX_PHRASE_LENGTH}
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["phrases"] = phrase_lines(value.get("phrases"))
        return representation


class BotSettingsBlock(blocks.StructBlock):
    bot_name = blocks.CharBlock(label=_("bot name"), max_length=MAX_NAME_LENGTH)
    greeting = blocks.TextBlock(label=_("greeting"), max_length=MAX_TEXT_LENGTH, required=False)
    fallback_answer = blocks.TextBlock(
        label=_("fallback answer"),
        max_length=MAX_TEXT_LENGTH,
        help_text=_("What the bot says when no intent scores above the threshold."),
    )
    threshold = blocks.FloatBlock(
        label=_("default threshold"),
        min_value=0,
        max_value=1,
        default=0.3,
        help_text=_("Between 0 and 1: the lowest similarity at which an intent answers."),
    )

    class Meta:
        icon = "cog"
        label = _("Bot settings")


def page_data(page, blocks):
    """The blocks as usual, plus the language they are written in (English when this language
    has no starter bot of its own), so the JavaScript tokenises them with the right rules."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    return {
        "blocks": [serialise_block(block) for block in blocks],
        "content_language": DEFAULT_LANGUAGE if falls_back(page, ("content",)) else language,
    }


EXPERIMENT = Experiment(
    key="chatbot",
    name=_("Chatbot builder"),
    icon="💡",
    blocks=[("intent", IntentBlock()), ("bot_settings", BotSettingsBlock())],
    page_data=page_data,
    strings={
        "you": _("You"),
        "show_scores": _("Show its scores"),
        "bot": _("Bot"),
        "default_fallback": _("Sorry, I did not understand that."),
        "bot_said": _("{bot}: {text}"),
        "matched": _("Matched intent “{intent}” with a score of {score}."),
        "fell_back": _(
            "No intent reached the threshold of {threshold} (best: {score}), so the bot gave "
            "its fallback answer."
        ),
        "no_words": _("None of these words appear in the bot's example phrases."),
        "unknown_words": _("Words the bot has never seen: {words}"),
        "closest_phrase": _("closest example: “{phrase}”"),
        "above": _("at or above the threshold"),
        "below": _("below the threshold"),
        "score_of": _("{intent}: {score}"),
        "no_intents": _("This bot has no intents yet. Add one below."),
        "phrase_count": _("Example phrases: {count}"),
        "edit": _("Edit “{intent}”"),
        "delete": _("Delete “{intent}”"),
        "deleted": _("The intent “{intent}” was deleted."),
        "saved": _("The intent “{intent}” was saved."),
        "settings_saved": _("The bot's settings were saved."),
        "imported": _("The bot “{bot}” was imported with {count} intents."),
        "exported": _("The bot was saved to the file {file}."),
        "error.too_large": _(
            "This file is too big ({size} KB). A chatbot file may be at most {max} KB."
        ),
        "error.not_json": _("This file is not valid JSON, so it cannot be a chatbot."),
        "error.not_a_bot": _("This file holds JSON, but not a chatbot from the Lab."),
        "error.wrong_shape": _(
            "This file is not a chatbot from the Lab: the part “{field}” is missing or wrong."
        ),
        "error.empty_text": _("“{field}” must not be empty."),
        "error.text_too_long": _("“{field}” is longer than {max} characters."),
        "error.too_many_intents": _("A bot may have at most {max} intents; this one has {count}."),
        "error.too_many_phrases": _("The intent “{name}” has more than {max} example phrases."),
        "error.no_phrases": _("The intent “{name}” needs at least one example phrase."),
        "error.duplicate_name": _(
            "There is already an intent called “{name}”. Each intent needs its own name."
        ),
        "error.unreadable": _("This file could not be read."),
        "field.intent.name": _("Name"),
        "field.intent.answer": _("Answer"),
        "field.phrase": _("Example phrase {n}"),
        "field.greeting": _("Greeting"),
        "field.name": _("Bot name"),
        "field.fallback": _("Fallback answer"),
    },
)
