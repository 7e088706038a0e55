"""RSS and Atom feeds of the newest articles, one per language (served by BlogIndexPage).

Summaries are plain text: Atom declares them `type="text"`; RSS readers render a
description as HTML, so RSS gets the summary HTML-escaped (a typed `<b>` shows as text).
No control character reaches the XML writer, whatever the database holds.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Site

from site_config.control_chars import clean_data

from .models import FEED_ITEMS, with_card_data


class CleanTextMixin:
    """A feed generator that drops control characters (XML 1.0 cannot carry them) from
    every value it is given, instead of failing with UnserializableContentError."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *(clean_data(arg) for arg in args),
            **{key: clean_data(value) for key, value in kwargs.items()},
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *(clean_data(arg) for arg in args),
            **{key: clean_data(value) for key, value in kwargs.items()},
        )


class CleanRssFeed(CleanTextMixin, Rss201rev2Feed):
    pass


class PlainTextAtomFeed(CleanTextMixin, Atom1Feed):
    """Atom with the summary declared as what it is: plain text."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class RssArticlesFeed(Feed):
    feed_type = CleanRssFeed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, obj):
        site = Site.find_for_request(self.request)
        name = site.site_name if site and site.site_name else "AI Educademy"
        return _("%(blog)s · %(site)s") % {"blog": obj.title, "site": name}

    def link(self, obj):
        return obj.get_full_url(self.request)

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def description(self, obj):
        return obj.intro or _("The latest articles from the blog.")

    def items(self, obj):
        return with_card_data(obj.articles())[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS readers treat the description as HTML; the summary is text.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.author_list()) or None

    def item_categories(self, item):
        return [tag.display_name for tag in item.tag_list()]


class AtomArticlesFeed(RssArticlesFeed):
    feed_type = PlainTextAtomFeed

    def item_description(self, item):
        return item.summary

    def subtitle(self, obj):
        return self.description(obj)
