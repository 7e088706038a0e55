"""Authors and tags are edited as snippets (with their translated fields)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Author, BlogTag


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role"]


class BlogTagViewSet(SnippetViewSet):
    model = BlogTag
    icon = "tag"
    list_display = ["name", "label", "slug"]
    search_fields = ["name", "label"]


class BlogViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Blog")
    menu_icon = "doc-full"
    menu_order = 250
    items = (AuthorViewSet, BlogTagViewSet)


register_snippet(BlogViewSetGroup)
