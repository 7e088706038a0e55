from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .lockouts import PERMISSION, lockouts


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("lockouts/", lockouts, name="site_config_lockouts")]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Login lockouts"), reverse("site_config_lockouts"), icon_name="lock", order=900
    )
