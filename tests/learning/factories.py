import factory
import wagtail_factories

from learning.models import LessonPage, ProgramPage, ProgramsIndexPage, Track


class TrackFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Track {n}")
    slug = factory.Sequence(lambda n: f"track-{n}")
    icon = "🌳"
    tagline = "A path through AI."
    order = factory.Sequence(lambda n: n)

    class Meta:
        model = Track


class ProgramsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programs"
    slug = "programs"

    class Meta:
        model = ProgramsIndexPage


class ProgramPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Program {n}")
    track = factory.SubFactory(TrackFactory)
    level = 1
    icon = "🌱"
    colour = "#34D399"
    estimated_hours = 2
    tagline = "Start from zero"
    description = "A gentle start."

    class Meta:
        model = ProgramPage


def quiz(question="Which of these learns from examples?", options=None, answer=2, **extra):
    """Raw StreamField data for one quiz block (answer counted from 1)."""
    return {
        "type": "quiz",
        "value": {
            "question": question,
            "options": options or ["A calculator", "A spam filter", "A light switch"],
            "answer": answer,
            "explanation": "<p>A spam filter learns from emails marked as spam.</p>",
            **extra,
        },
    }


def paragraph(html="<p>Machines learn from examples.</p>"):
    return {"type": "paragraph", "value": html}


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    description = "A short lesson."
    order = factory.Sequence(lambda n: n + 1)
    difficulty = "beginner"
    duration_minutes = 10
    icon = "🤖"
    body = factory.LazyFunction(lambda: [paragraph(), quiz()])

    class Meta:
        model = LessonPage
