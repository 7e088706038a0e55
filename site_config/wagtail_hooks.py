from django.contrib import messages
from django.shortcuts import redirect
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


@hooks.register("before_edit_page")
def refuse_stale_page_saves(request, page):
    """Two editors on one page: the edit form carries the revision it was loaded from
    (Wagtail's `loaded_revision_id`). Wagtail's script warns about a newer version; a form
    sent without it (no JavaScript, or a tab left open) would silently overwrite the other
    editor's save. It is refused instead, with a message, and the editor reloads."""
    if request.method != "POST" or not request.accepts("text/html"):
        return None  # autosave (JSON) has Wagtail's own conflict handling
    latest = str(page.latest_revision_id or "")
    # The same rule as Wagtail's autosave: this session's own autosaved revision, else
    # the revision the form was loaded from, must still be the latest.
    sent = request.POST.get("overwrite_revision_id") or request.POST.get("loaded_revision_id")
    if not sent or not latest or sent == latest:
        return None
    messages.error(
        request,
        _(
            "Someone else saved this page after you opened it, so your changes were not "
            "saved (they would have replaced theirs). Reopen the page, then make your "
            "changes again; the page history shows both versions."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
