from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentImportConfig(AppConfig):
    name = "content_import"
    verbose_name = _("Content import")
    default_auto_field = "django.db.models.BigAutoField"
