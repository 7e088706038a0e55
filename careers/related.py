"""Related blog articles: a seam over the blog app, which may not be installed or finished.

Only this module knows how blog articles are found; a role page just asks for articles
sharing its tag slugs and gets [] when there is no blog (or no tagged article model).
"""

from django.apps import apps


def blog_article_model():
    """blog.BlogPage if it exists and has a `tags` manager, else None."""
    try:
        model = apps.get_model("blog", "BlogPage")
    except LookupError:
        return None
    return model if hasattr(model, "tags") else None


def related_articles(tag_slugs, limit=3):
    """Up to `limit` live, public articles sharing one of `tag_slugs`, newest first."""
    model = blog_article_model()
    if model is None or not tag_slugs:
        return []
    articles = (
        model.objects.live()
        .public()
        .filter(tags__slug__in=list(tag_slugs))
        .distinct()
        .defer_streamfields()
        .order_by("-first_published_at", "-pk")
    )
    return list(articles[:limit])
