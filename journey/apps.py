from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JourneyConfig(AppConfig):
    name = "journey"
    verbose_name = _("Journey")

    def ready(self):
        from site_config.models import HomePage

        # The home page lists the children it accepts; this optional app adds its own two
        # pages there so site_config need not know about it.
        HomePage.subpage_types = [
            *HomePage.subpage_types,
            *(name for name in JOURNEY_PAGE_TYPES if name not in HomePage.subpage_types),
        ]


JOURNEY_PAGE_TYPES = ("journey.JourneyPage", "journey.LessonIndexPage")
