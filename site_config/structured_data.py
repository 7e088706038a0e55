"""schema.org data every page type shares: the site as publisher or provider, breadcrumbs.

Each page type builds its own main item (BlogPosting, Occupation, Course…) and uses these
for the parts Google's rich results ask of every one of them.
"""

from django.templatetags.static import static

LOGO = "img/favicon.svg"


def organization(request):
    """The site as an Organization: name from Site settings, its home page, its logo."""
    from wagtail.models import Site

    from .models import SiteSettings

    site = Site.find_for_request(request) if request is not None else None
    data = {
        "@type": "Organization",
        "name": SiteSettings.for_request(request).site_name if request else "AI Educademy",
    }
    if site is not None:
        # Absolute URLs from the Site record (PUBLIC_URL), like every other one we publish.
        data["logo"] = {"@type": "ImageObject", "url": site.root_url + static(LOGO)}
        data["url"] = site.root_page.get_full_url(request)
    return data


def breadcrumbs(request, pages):
    """BreadcrumbList for `pages` (top first); missing pages are skipped."""
    pages = [page for page in pages if page is not None]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": page.title,
                "item": page.get_full_url(request),
            }
            for position, page in enumerate(pages, start=1)
        ],
    }
