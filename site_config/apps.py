from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    name = "site_config"
    verbose_name = _("Site configuration")

    def ready(self):
        from . import checks, signals  # noqa: F401  (chrome cache invalidation, deploy checks)
        from .control_chars import strip_control_characters
        from .frontend_cache import connect_signals as purge_frontend_cache_on_changes
        from .public_url import sync_site_with_public_url
        from .routing import install as install_routing

        install_routing()  # one query per URL segment, not every sibling page loaded

        purge_frontend_cache_on_changes()  # the proxy/CDN, when one is configured

        # Every model, every app: no control character is ever stored.
        pre_save.connect(strip_control_characters, dispatch_uid="strip-control-characters")
        post_migrate.connect(sync_site_with_public_url, dispatch_uid="sync-site-public-url")
