"""Deploy checks (`manage.py check --deploy`): the public base URL is really set."""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from .public_url import LOCAL_HOSTNAMES, parse_public_url


@register(Tags.sites, deploy=True)
def check_site_hostname(app_configs=None, **kwargs):
    """Warn while the default Wagtail Site (which builds every absolute URL) still says
    localhost, or disagrees with PUBLIC_URL. A database without tables (a fresh checkout,
    CI's settings check) has no Site to check yet: nothing to say."""
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []
    if site is None:
        return []
    public_url = getattr(settings, "PUBLIC_URL", "")
    if site.hostname in LOCAL_HOSTNAMES:
        return [
            Warning(
                f"Site hostname is still {site.hostname or 'empty'!r}: share links, feeds, "
                "JSON-LD and PO references would point there.",
                hint="Set PUBLIC_URL (e.g. https://educademy.example.org) and run "
                "`manage.py migrate`, or edit the default site under Settings > Sites.",
                id="site_config.W001",
            )
        ]
    if public_url:
        _scheme, hostname, port = parse_public_url(public_url)
        if (site.hostname, site.port) != (hostname, port):
            return [
                Warning(
                    f"The default Site is {site.hostname}:{site.port} but PUBLIC_URL is "
                    f"{public_url}.",
                    hint="Run `manage.py migrate` (it updates the Site from PUBLIC_URL).",
                    id="site_config.W002",
                )
            ]
    return []
