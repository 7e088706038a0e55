from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from site_config.sitemaps import SECTION_URL_NAME, sitemap_index, sitemap_section
from site_config.views import robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    # An index of one sitemap per language (site_config.sitemaps).
    path("sitemap.xml", sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", sitemap_section, name=SECTION_URL_NAME),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [path("500/", TemplateView.as_view(template_name="500.html"))]

# Every public page lives under its language prefix: /en/…, /nl/…, /ar/…
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)

handler404 = "site_config.views.page_not_found"
handler500 = "site_config.views.server_error"
