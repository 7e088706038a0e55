"""The learning paths as the header dropdown and the home-page overview."""

from django import template

from ..models import ProgramsIndexPage, group_by_track, live_programs

register = template.Library()


@register.inclusion_tag("learning/includes/learning_paths_menu.html", takes_context=True)
def learning_paths_menu(context, item=None):
    return {
        "request": context.get("request"),
        "item": item,
        "tracks": group_by_track(live_programs()),
        "index_page": ProgramsIndexPage.objects.live().public().first(),
    }


@register.inclusion_tag("learning/includes/learning_paths_overview.html", takes_context=True)
def learning_paths_overview(context, heading="", intro=""):
    return {
        "request": context.get("request"),
        "heading": heading,
        "intro": intro,
        "tracks": group_by_track(live_programs()),
    }
