"""Which pages a visitor may see, without a query per listing.

Wagtail's `PageQuerySet.public()` reads every view restriction (with its page's full row)
each time it is called, even for a queryset that is never evaluated. The restricted
sections only change when an editor saves a page's privacy settings, which replaces the
content version (signals.py), so their paths are read once per version here.
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from .chrome_cache import computed_once


def restricted_paths():
    """Tree paths of the pages with a view restriction (each covers its descendants)."""
    return computed_once(
        "restricted-paths",
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public(queryset):
    """`queryset` without the pages in a private section: PageQuerySet.public()."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private) if private else queryset


class ViewRestrictionsReadOnceMixin:
    """Wagtail checks a page's view restrictions before serving it, with two queries (the
    ancestors' aliases, then their restrictions) on every page view. While no page of the
    site is private (read once per content version) there is nothing to check."""

    def get_view_restrictions(self):
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
