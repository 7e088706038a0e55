from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentTranslationConfig(AppConfig):
    name = "content_translation"
    verbose_name = _("Content translation")

    def ready(self):
        from .english_parts import connect_signals

        connect_signals()
