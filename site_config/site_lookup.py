"""The request's Site, its root page and its settings, read once per content version.

On every page view Wagtail finds the Site with a query (its root page joined), loads the
root page's specific row to route from, and reads each site setting with another query.
All of them change only when an editor saves a site, a setting or the home page, which
replaces the content version (signals.py), so they are kept in the shared cache under it.
"""

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .chrome_cache import computed_once
from .i18n import language_prefixed
from .routing import specific_page


def find_site(hostname, port):
    """The Site for `hostname`:`port` (Wagtail's own choice) with its root page as its
    specific type, loaded for the active language; None when no site matches."""
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    site.root_page = specific_page(site.root_page_id, site.root_page.content_type_id)
    return site


class CachedSiteMiddleware:
    """Gives Wagtail the request's Site from the cache (Site.find_for_request reads
    request._wagtail_site first). After LocaleMiddleware: the root page is loaded for the
    active language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not language_prefixed(request.path_info):  # pages only: not static files, the admin
            return self.get_response(request)
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:  # Django answers 400 when the view asks for the host
            return self.get_response(request)
        port = request.get_port()
        site = computed_once(
            "site", lambda: find_site(hostname, port), hostname, port, translation.get_language()
        )
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)


class SettingReadOnceMixin:
    """A site setting as pages read it (for_request) comes from the cache, once per site
    and content version (Wagtail pickles settings without their request). The admin edits
    the row itself (for_site). A host no site serves gets the defaults, unsaved, so its
    404 page renders instead of a 500."""

    @classmethod
    def for_request(cls, request):
        name = cls.get_cache_attr_name()
        if not hasattr(request, name):
            site = Site.find_for_request(request)
            if site is None:
                setting = cls()
            else:
                setting = computed_once(
                    "setting", lambda: cls.for_site(site), cls._meta.label, site.pk
                )
            setting._request = request  # as Wagtail's own, for its page URL helpers
            setattr(request, name, setting)
        return getattr(request, name)
