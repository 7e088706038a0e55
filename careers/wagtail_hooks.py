"""Admin: skills and chooser questions as snippets, grouped under "Careers"."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ChooserQuestion, Skill


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tick-inverse"
    menu_label = _("Skills")
    list_display = ["name", "category", "is_core"]
    list_filter = ["category", "is_core"]
    ordering = ["order", "pk"]


class ChooserQuestionViewSet(SnippetViewSet):
    model = ChooserQuestion
    icon = "help"
    menu_label = _("Chooser questions")
    list_display = ["text", "key", "sort_order"]
    ordering = ["sort_order", "pk"]


class CareersGroup(SnippetViewSetGroup):
    menu_label = _("Careers")
    menu_icon = "user"
    menu_order = 300
    items = (SkillViewSet, ChooserQuestionViewSet)


register_snippet(CareersGroup)
