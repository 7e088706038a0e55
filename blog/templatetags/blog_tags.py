"""The blog's pieces other pages show: the home page's latest articles."""

from django import template

from ..models import BlogIndexPage, published_articles

register = template.Library()


@register.inclusion_tag("blog/includes/latest_articles.html", takes_context=True)
def latest_articles(context, heading="", count=3):
    """The newest visible articles (title, date, summary), with a link to the blog."""
    count = max(1, min(int(count), 12))
    articles = list(
        published_articles()
        .defer_streamfields()
        .select_related("cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("-date", "-pk")[:count]
    )
    return {
        "request": context.get("request"),
        "heading": heading,
        "articles": articles,
        "blog_index": BlogIndexPage.objects.live().public().first() if articles else None,
    }


@register.simple_tag(takes_context=True)
def blog_tag_url(context, tag):
    """The tag's archive under the blog index in the context (`blog_index`)."""
    index = context.get("blog_index")
    if index is None:
        return ""
    return index.get_url(context.get("request")) + index.reverse_subpage(
        "tag", kwargs={"tag_slug": tag.slug}
    )
