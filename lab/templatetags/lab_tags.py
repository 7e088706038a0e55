"""The header's Lab dropdown: every live experiment with its icon, and a real count."""

from django import template

from ..models import LabIndexPage, live_experiments

register = template.Library()


@register.inclusion_tag("lab/includes/lab_menu.html")
def lab_menu(item=None):
    lab = LabIndexPage.objects.live().public().defer_streamfields().first()
    experiments = list(live_experiments(lab)) if lab else []
    return {"item": item, "lab": lab, "experiments": experiments}


@register.inclusion_tag("lab/includes/related_experiment.html")
def related_experiment_card(page):
    """A "Try it in the Lab" card for a page's `related_experiment`, if it is live."""
    experiment = getattr(page, "related_experiment", None)
    if experiment is None or not experiment.live:
        return {"experiment": None}
    return {"experiment": experiment.specific}
