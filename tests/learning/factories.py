import factory
import wagtail_factories

from learning.models import ProgramPage, ProgramsIndexPage, Track


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
