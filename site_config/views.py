from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET


@require_GET
@cache_page(60 * 60)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    html = render_to_string("404.html", {"request": request}, request=request)
    return HttpResponse(html, status=404)


def server_error(request):
    """Rendered without the database or template tags that might be what failed."""
    html = render_to_string("500.html", {"request": request})
    return HttpResponse(html, status=500)
