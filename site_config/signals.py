"""Saving anything that appears in the site chrome refreshes the cached fragments."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from .chrome_cache import bump_chrome_version
from .models import MenuItem, NavigationMenu, NavigationSettings, SiteSettings, SocialLink

for model in (NavigationMenu, MenuItem, NavigationSettings, SiteSettings, SocialLink):
    post_save.connect(
        bump_chrome_version, sender=model, dispatch_uid=f"chrome-save-{model.__name__}"
    )
    post_delete.connect(
        bump_chrome_version, sender=model, dispatch_uid=f"chrome-delete-{model.__name__}"
    )

# Page titles and URLs appear in menus: any publish, unpublish or move refreshes them.
page_published.connect(bump_chrome_version, dispatch_uid="chrome-page-published")
page_unpublished.connect(bump_chrome_version, dispatch_uid="chrome-page-unpublished")
post_page_move.connect(bump_chrome_version, dispatch_uid="chrome-page-moved")
