"""Anything that changes what visitors see bumps the site-wide content version, so every
cached page and chrome fragment is rendered afresh, in every app process."""

from functools import cache

from django.db.models.signals import post_delete, post_save

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .chrome_cache import bump_content_version

# Every model of these apps is content: pages (saved as drafts too, which only costs a
# render), snippets, settings, menus, tags and their orderable children.
CONTENT_APPS = {"site_config", "blog", "careers", "learning", "lab", "journey"}


@cache
def _wagtail_models_shown_on_pages():
    # Not renditions: they are created while pages render. Page: a page saved as itself
    # rather than its specific type.
    return {Page, get_image_model(), get_document_model(), Site, Redirect, PageViewRestriction}


def is_content_model(model):
    return model._meta.app_label in CONTENT_APPS or model in _wagtail_models_shown_on_pages()


def _bump_for_content(sender, **_kwargs):
    if is_content_model(sender):
        bump_content_version()


post_save.connect(_bump_for_content, dispatch_uid="content-version-save")
post_delete.connect(_bump_for_content, dispatch_uid="content-version-delete")
# Publishing (by hand or by `publish_scheduled`), unpublishing and moving change what
# visitors see without necessarily saving a content model's row.
page_published.connect(bump_content_version, dispatch_uid="content-version-published")
page_unpublished.connect(bump_content_version, dispatch_uid="content-version-unpublished")
post_page_move.connect(bump_content_version, dispatch_uid="content-version-moved")
