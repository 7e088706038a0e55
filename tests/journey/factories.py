import wagtail_factories

from journey.models import JourneyPage, LessonIndexPage


class JourneyPageFactory(wagtail_factories.PageFactory):
    title = "Your learning journey"
    slug = "journey"
    intro = "Three paths, five levels each."

    class Meta:
        model = JourneyPage


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "All lessons"
    slug = "lessons"
    intro = "Every lesson of every program."

    class Meta:
        model = LessonIndexPage
