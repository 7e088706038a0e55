"""The translation status report in the Wagtail admin (Reports → Translation status)."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .registry import iter_fields, target_languages
from .status import language_status

MISSING_PER_PAGE = 50


def can_view_report(user):
    return user.is_active and (user.is_superuser or user.is_staff)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "content_translation/status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("content_translation:status"), "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        languages = target_languages()
        selected = self.request.GET.get("language", "")
        if selected not in languages:
            selected = languages[0] if languages else ""
        report = language_status(languages, refs=list(iter_fields()))
        current = next((status for status in report if status.code == selected), None)
        missing = Paginator(current.missing if current else [], MISSING_PER_PAGE)
        context.update(
            report=report,
            current=current,
            missing_page=missing.get_page(self.request.GET.get("page")),
        )
        return context
