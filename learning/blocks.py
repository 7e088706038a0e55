"""StreamField blocks for lessons. Generic blocks (headings, images, callouts…) come from
site_config.blocks; only what a lesson needs beyond them lives here."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from site_config.blocks import BaseStreamBlock, CodeBlock


class IllustrationBlock(blocks.StructBlock):
    """A small picture made of emoji or symbols (no image file), with a text alternative."""

    symbols = blocks.CharBlock(
        label=_("Symbols"),
        max_length=80,
        help_text=_("Emoji or symbols that draw the idea, e.g. 📷 → 🧠 → 🏷️"),
    )
    alt_text = blocks.CharBlock(
        label=_("Text alternative"),
        max_length=250,
        help_text=_("What the symbols show, read aloud to people who cannot see them."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "learning/blocks/illustration_block.html"
        label = _("Illustration")
        preview_value = {
            "symbols": "📷 → 🧠 → 🏷️",
            "alt_text": "A photo goes into a model, which outputs a label.",
            "caption": "A model turns an input into a prediction.",
        }


class ThinkAboutItBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question to think about"))
    hint = blocks.TextBlock(
        label=_("Hint"), required=False, help_text=_("Shown behind a 'Show a hint' toggle.")
    )

    class Meta:
        icon = "help"
        template = "learning/blocks/think_about_it_block.html"
        label = _("Think about it")
        preview_value = {"prompt": "Which apps on your phone learn from what you do?"}


class FunFactBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Fun fact"))

    class Meta:
        icon = "pick"
        template = "learning/blocks/fun_fact_block.html"
        label = _("Fun fact")
        preview_value = {"text": "The word 'robot' comes from a 1920 Czech play."}


class QuizBlock(blocks.StructBlock):
    """A multiple-choice question. The right answer is counted from 1 (the first option is 1)."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Option"), max_length=200),
        label=_("Options"),
        min_num=2,
        max_num=6,
    )
    answer = blocks.IntegerBlock(
        label=_("Number of the right answer"),
        min_value=1,
        default=1,
        help_text=_("Counted from 1: enter 1 if the first option is right, 2 for the second…"),
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        features=["bold", "italic", "link", "code"],
        help_text=_("Why the right answer is right; shown after the visitor answers."),
    )

    class Meta:
        icon = "list-ul"
        template = "learning/blocks/quiz_block.html"
        label = _("Quiz question")
        form_classname = "quiz-block"
        preview_value = {
            "question": "Which of these learns from examples?",
            "options": ["A calculator", "A spam filter", "A light switch"],
            "answer": 2,
            "explanation": "<p>A spam filter learns from emails people marked as spam.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        count = len(value.get("options") or [])
        answer = value.get("answer")
        if answer is None or not 1 <= answer <= count:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "answer": ValidationError(
                        _("Enter a number between 1 and %(count)s: one of the options above.")
                        % {"count": count}
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        answer = value.get("answer") or 0
        options = list(value.get("options") or [])
        context["choices"] = [
            {"number": number, "text": text, "is_answer": number == answer}
            for number, text in enumerate(options, start=1)
        ]
        context["right_option"] = options[answer - 1] if 1 <= answer <= len(options) else ""
        return context


class LessonStreamBlock(BaseStreamBlock):
    """The shared body blocks plus what a lesson needs to teach and check understanding."""

    illustration = IllustrationBlock()
    think_about_it = ThinkAboutItBlock()
    fun_fact = FunFactBlock()
    code = CodeBlock()
    quiz = QuizBlock()
