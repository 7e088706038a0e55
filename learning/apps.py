from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning paths")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from site_config.chrome_cache import bump_chrome_version

        from .models import Track

        post_save.connect(bump_chrome_version, sender=Track, dispatch_uid="chrome-track-save")
        post_delete.connect(bump_chrome_version, sender=Track, dispatch_uid="chrome-track-delete")
