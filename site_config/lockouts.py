"""Settings > Login lockouts: the failed sign-ins django-axes counts, and a button that lifts
a lockout (deleting the attempt record resets its count)."""

from axes.models import AccessAttempt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

PERMISSION = "axes.delete_accessattempt"


@require_http_methods(["GET", "POST"])
def lockouts(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        deleted, _detail = AccessAttempt.objects.filter(pk=request.POST.get("attempt")).delete()
        if deleted:
            messages.success(request, _("The lockout is lifted: that sign-in can be tried again."))
        return redirect("site_config_lockouts")
    attempts = AccessAttempt.objects.order_by("-attempt_time")[:200]
    rows = [
        {
            "attempt": attempt,
            "locked": attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT,
        }
        for attempt in attempts
    ]
    return TemplateResponse(
        request,
        "site_config/admin/lockouts.html",
        {
            "rows": rows,
            "page_title": gettext_lazy("Login lockouts"),
            "header_icon": "lock",
            "failure_limit": settings.AXES_FAILURE_LIMIT,
        },
    )
