from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import TranslationStatusView, can_view_report


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    urls = [path("", TranslationStatusView.as_view(), name="status")]
    return [path("translation-status/", include((urls, "content_translation")))]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("content_translation:status"),
        name="translation-status",
        icon_name="globe",
        order=900,
    )
