"""The blog: an index with tag archives, search and feeds; articles; authors; tags."""

import re
import unicodedata
from datetime import datetime, time
from functools import partial
from urllib.parse import urlencode

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TagBase, TaggedItemBase

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from site_config.blocks import ALT_TEXT_REQUIRED
from site_config.chrome_cache import CountedOncePaginator, computed_once
from site_config.i18n import (
    DEFAULT_LANGUAGE,
    has_own_value,
    language_codes,
    page_urls_by_language,
    translated_search_fields,
)
from site_config.models import FallbackNoticeMixin
from site_config.routing import light_page, linked_ancestor, localized_columns
from site_config.structured_data import breadcrumbs, organization
from site_config.visibility import ViewRestrictionsReadOnceMixin, public

from . import related
from .blocks import ArticleStreamBlock
from .text import plain_text, text_facts, text_facts_by_language

ARTICLES_PER_PAGE = 10
FEED_ITEMS = 20
RELATED_ARTICLES = 3
MAX_QUERY_LENGTH = 100
MAX_SEARCH_CANDIDATES = 50
_PAGE_NUMBER = re.compile(r"[0-9]{1,6}")


# --- Snippets and tags ------------------------------------------------------------
class Author(index.Indexed, models.Model):
    """Who wrote an article; name, role and biography are translated per language."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    is_organization = models.BooleanField(
        _("a team or organisation"),
        default=False,
        help_text=_("Tick for a team (such as the editorial team) rather than one person."),
    )
    avatar = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("avatar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_organization"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("avatar"),
    ]
    search_fields = translated_search_fields("name")

    class Meta:
        ordering = ["name_en", "pk"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class BlogTag(TagBase):
    """A tag with a label per language; `name` and `slug` stay the stable identifiers."""

    label = models.CharField(
        _("label"),
        max_length=100,
        blank=True,
        help_text=_("How the tag is shown to visitors in this language; the name if empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("label")]

    class Meta:
        verbose_name = _("blog tag")
        verbose_name_plural = _("blog tags")
        ordering = ["name"]

    @property
    def display_name(self):
        return self.label or self.name


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(BlogTag, on_delete=models.CASCADE, related_name="tagged_articles")


@register_setting(icon="doc-full")
class BlogSettings(BaseSiteSetting):
    """The call to action under every article (an article may override it)."""

    cta_heading = models.CharField(_("heading"), max_length=160, blank=True)
    cta_text = models.TextField(_("text"), blank=True)
    cta_button_label = models.CharField(_("button label"), max_length=80, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("cta_heading"),
                FieldPanel("cta_text"),
                FieldPanel("cta_button_label"),
                FieldPanel("cta_page"),
            ],
            heading=_("Call to action under articles"),
        )
    ]

    class Meta:
        verbose_name = _("blog settings")


# --- Queries ----------------------------------------------------------------------
def published_articles():
    """Articles a visitor may see: live, public, and dated today or earlier."""
    return public(BlogPage.objects.live().filter(date__lte=timezone.localdate()))


# What a card shows (and its link needs), beside the cover image: a full article row has
# about 160 columns (each translated field once per language).
CARD_FIELDS = ("id", "path", "depth", "live", "content_type", "date", "text_facts")
CARD_TRANSLATED_FIELDS = ("title", "slug", "url_path", "summary")


def card_columns():
    """The card's columns in the active language and English (its fallback)."""
    translated = localized_columns(*CARD_TRANSLATED_FIELDS)
    return [*CARD_FIELDS, "cover_image", "last_published_at", *translated]


def with_card_data(queryset, bodies=False):
    """Everything an article card shows, in a fixed number of queries whatever the count,
    from the columns it shows; with `bodies`, also the bodies of the active language and
    English (search matches the text a visitor sees)."""
    columns = card_columns()
    if bodies:
        columns += [
            build_localized_fieldname("body", code)
            for code in dict.fromkeys(
                [translation.get_language() or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE]
            )
        ]
    return (
        queryset.only(*columns)
        .select_related("cover_image")
        .prefetch_related(
            "authors",
            "cover_image__renditions",
            Prefetch("tagged_items", queryset=BlogPageTag.objects.select_related("tag")),
        )
    )


def linked_page(page_id):
    """A page a link points at, with the columns its title and URL need, or None."""
    return light_page(page_id) if page_id else None


def clean_query(raw):
    """A search query safe for every database: no control characters, bounded length."""
    text = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """Words only (letters, marks, digits), casefolded: no character the full-text syntax
    of a database could read as an operator or quote."""
    words = "".join(
        char if unicodedata.category(char)[0] in "LMN" else " " for char in query.casefold()
    )
    return words.split()


def page_number(request):
    raw = request.GET.get("page", "1")
    if not _PAGE_NUMBER.fullmatch(raw) or int(raw) < 1:
        raise Http404(_("There is no such page of articles."))
    return int(raw)


def paginate(queryset, request, per_page=ARTICLES_PER_PAGE, count_name=None):
    if count_name is None:
        paginator = Paginator(queryset, per_page)
    else:
        paginator = CountedOncePaginator(queryset, per_page, count_name)
    try:
        page = paginator.page(page_number(request))
    except EmptyPage as error:
        raise Http404(_("There is no such page of articles.")) from error
    # The first and last pages and two on each side of this one, "…" between: links that
    # do not grow with the number of articles.
    page.page_links = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page


# --- Pages ------------------------------------------------------------------------
class BlogIndexPage(RoutablePageMixin, FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *translated_search_fields("title")]

    parent_page_types = ["site_config.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count = 1
    main_content_fields = ("intro",)

    class Meta:
        verbose_name = _("blog index page")

    def articles(self):
        return published_articles().descendant_of(self).order_by("-date", "-pk")

    def search_articles(self, query):
        """Articles matching `query` in the text a visitor sees in the active language
        (English where no translation exists yet), most relevant first.

        Wagtail's database backend ranks the candidates; it indexes every language's
        fields together (SQLite's full-text table cannot be restricted to some fields),
        so the candidates are then kept only when the visible text contains every word.
        """
        terms = search_terms(query)
        if not terms:
            return []
        candidates = self.articles().order_by().search(" ".join(terms), operator="and")
        ids = [article.pk for article in candidates[:MAX_SEARCH_CANDIDATES]]
        order = {pk: position for position, pk in enumerate(ids)}
        found = [
            article
            for article in with_card_data(self.articles().filter(pk__in=ids), bodies=True)
            if all(term in article.visible_text().casefold() for term in terms)
        ]
        return sorted(found, key=lambda article: order[article.pk])

    def get_context(self, request, *args, tag=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = clean_query(request.GET.get("q", ""))
        count_name = None
        if query:
            articles = self.search_articles(query)
        else:
            articles = self.articles()
            if tag is not None:
                articles = articles.filter(tagged_items__tag=tag)
            articles = with_card_data(articles)
            count_name = f"articles:{self.pk}:{tag.pk if tag else ''}"
        context.update(
            {
                # The page's rows are read only when the cards render (a fragment).
                "articles": paginate(articles, request, count_name=count_name),
                "query": query,
                "tag": tag,
                "topics": self.topics(),
                "blog_index": self,
                "feed_urls": self.feed_urls(),
            }
        )
        return context

    def topics(self):
        """Tags that label at least one visible article, most used first: one query, once
        per content version."""
        return computed_once("blog-topics", self._topics, self.pk)

    def _topics(self):
        return list(
            BlogTag.objects.filter(tagged_articles__content_object__in=self.articles())
            .annotate(uses=Count("tagged_articles"))
            .order_by("-uses", "name")
        )

    def has_articles_tagged(self, tag):
        return computed_once(
            "blog-tag-used",
            lambda: self.articles().filter(tagged_items__tag=tag).exists(),
            self.pk,
            tag.pk,
        )

    def feed_urls(self):
        base = self.url
        return {
            "rss": base + self.reverse_subpage("rss_feed"),
            "atom": base + self.reverse_subpage("atom_feed"),
        }

    def tag_url(self, tag):
        return self.url + self.reverse_subpage("tag", kwargs={"tag_slug": tag.slug})

    @path("")
    def index(self, request):
        return self.render(request)

    @path("tag/<str:tag_slug>/", name="tag")
    def tag_archive(self, request, tag_slug):
        tag = get_object_or_404(BlogTag, slug=tag_slug)
        if not self.has_articles_tagged(tag):
            raise Http404(_("No published article has this tag."))
        suffix = self.reverse_subpage("tag", kwargs={"tag_slug": tag.slug})
        return self.render(
            request,
            tag=tag,
            context_overrides={"language_urls": page_urls_by_language(self, request, suffix)},
            template="blog/blog_tag_page.html",
        )

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from .feeds import RssArticlesFeed

        return RssArticlesFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from .feeds import AtomArticlesFeed

        return AtomArticlesFeed(self)(request)


class BlogPage(FallbackNoticeMixin, ViewRestrictionsReadOnceMixin, Page):
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in listings.")
    )
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_(
            "A future date schedules the article for that day (unless you set a go-live "
            "time yourself); until then it appears nowhere."
        ),
    )
    authors = ParentalManyToManyField(Author, verbose_name=_("authors"), blank=True)
    tags = ClusterTaggableManager(through=BlogPageTag, verbose_name=_("tags"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("Describe the cover for people who cannot see it."),
    )
    cover_is_decorative = models.BooleanField(
        _("the cover is decorative"),
        default=False,
        help_text=_("Tick when the cover adds nothing the title does not say: no description."),
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"), blank=True)
    cta_heading = models.CharField(_("heading"), max_length=160, blank=True)
    cta_text = models.TextField(_("text"), blank=True)
    cta_button_label = models.CharField(_("button label"), max_length=80, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # {language: {"minutes", "words", "headings"}}, filled on save (see refresh_text_facts).
    text_facts = models.JSONField(default=dict, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("authors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt"), FieldPanel("cover_is_decorative")],
            heading=_("Cover image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("cta_heading"),
                FieldPanel("cta_text"),
                FieldPanel("cta_button_label"),
                FieldPanel("cta_page"),
            ],
            heading=_("Call to action (leave empty to use the blog settings)"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *translated_search_fields("title"),
        *translated_search_fields("summary", "body", autocomplete=False),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    main_content_fields = ("body",)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_is_decorative and not self.cover_alt.strip():
            raise ValidationError({"cover_alt": ALT_TEXT_REQUIRED})
        if self.date and self.date > timezone.localdate() and not self.go_live_at:
            self.go_live_at = timezone.make_aware(datetime.combine(self.date, time.min))
        self.refresh_text_facts()  # a preview shows its own reading time and contents

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or any(name.startswith("body") for name in update_fields):
            self.refresh_text_facts()
            if update_fields is not None:
                kwargs["update_fields"] = [*update_fields, "text_facts"]
        return super().save(*args, **kwargs)

    def serializable_data(self):
        self.refresh_text_facts()  # each revision keeps the facts of its own body
        return super().serializable_data()

    # --- What the templates show ------------------------------------------------
    def tag_list(self):
        """The article's tags in one query (none when a listing prefetched them); in a
        preview, the unsaved tags held in memory."""
        if "_tag_list" not in self.__dict__:
            items = self.tagged_items.all()
            if "tagged_items" not in getattr(self, "_prefetched_objects_cache", {}):
                items = items.select_related("tag")
            self.__dict__["_tag_list"] = [item.tag for item in items]
        return self.__dict__["_tag_list"]

    def author_list(self):
        if "_author_list" not in self.__dict__:
            self.__dict__["_author_list"] = list(self.authors.all())
        return self.__dict__["_author_list"]

    def title_falls_back(self):
        language = translation.get_language() or DEFAULT_LANGUAGE
        return language != DEFAULT_LANGUAGE and not has_own_value(self, "title", language)

    def body_text(self):
        """The plain text of the body in the active language (English if untranslated)."""
        return plain_text(self.body)

    def visible_text(self):
        return " ".join([self.title, self.summary, self.body_text()])

    # Reading time, word count and headings are computed when the article (or a revision
    # of it, or a preview) is saved or validated, for every language, and stored in
    # `text_facts`; a row saved before that existed computes them on the fly.
    def refresh_text_facts(self):
        self.text_facts = text_facts_by_language(self, language_codes(), DEFAULT_LANGUAGE)

    def current_text_facts(self):
        language = translation.get_language() or DEFAULT_LANGUAGE
        stored = (self.text_facts or {}).get(language)
        return stored if stored is not None else text_facts(self.body)

    @property
    def reading_time(self):
        return self.current_text_facts()["minutes"]

    def headings(self):
        """[(block id, level, text, anchor)] for the body's headings, anchors unique."""
        return [tuple(heading) for heading in self.current_text_facts()["headings"]]

    def table_of_contents(self):
        """[{"text", "anchor", "children": [...]}]: h3 entries nest under the h2 before them."""
        toc = []
        for _id, level, text, anchor in self.headings():
            entry = {"text": text, "anchor": anchor, "children": []}
            if level == "h3" and toc:
                toc[-1]["children"].append(entry)
            else:
                toc.append(entry)
        return toc

    def body_with_anchors(self):
        anchors = {block_id: anchor for block_id, _level, _text, anchor in self.headings()}
        return [(block, anchors.get(block.id)) for block in self.body]

    def related_articles(self, limit=RELATED_ARTICLES):
        """Other visible articles worth reading next (ranking in related.py): a bounded
        set of candidates in four queries, whatever the number of articles."""
        tag_ids = [tag.pk for tag in self.tag_list()]
        visible = published_articles()
        others = visible.exclude(pk=self.pk)
        pool = (
            related.candidates(self, others, tag_ids, limit)
            .only(*card_columns())
            .prefetch_related("tagged_items")
        )
        chosen = related.rank(self, list(pool), related.tag_weights(tag_ids, visible), limit)
        prefetch_related_objects(chosen, "authors", "cover_image__renditions")
        return chosen

    def call_to_action(self, request):
        """The article's own call to action, or the site-wide one from the blog settings."""
        source = self if self.cta_heading else BlogSettings.for_request(request)
        if not source.cta_heading:
            return None
        page = linked_page(source.cta_page_id)
        return {
            "heading": source.cta_heading,
            "text": source.cta_text,
            "label": source.cta_button_label or (page.title if page else ""),
            "url": page.get_url(request) if page else "",
        }

    def cover(self):
        """The cover image with all its renditions (two queries, once), or None."""
        if self.cover_image_id:
            prefetch_related_objects([self], "cover_image__renditions")
        return self.cover_image

    def share_image_url(self, request):
        image = self.cover()
        if image is None:
            from site_config.models import SiteSettings

            image = SiteSettings.for_request(request).default_share_image
        if image is None:
            return ""
        # get_renditions, unlike get_rendition, takes a prefetched rendition as it is
        # (get_rendition writes it back to the cache on every call).
        spec = "fill-1200x630|format-jpeg"
        return request.build_absolute_uri(image.get_renditions(spec)[spec].url)

    def json_ld(self, request, image_url=None):
        if image_url is None:
            image_url = self.share_image_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "inLanguage": translation.get_language(),
            "mainEntityOfPage": self.get_full_url(request),
            "author": [
                {
                    "@type": "Organization" if author.is_organization else "Person",
                    "name": author.name,
                }
                for author in self.author_list()
            ],
            "keywords": ", ".join(tag.display_name for tag in self.tag_list()),
            "wordCount": self.current_text_facts()["words"],
            "isAccessibleForFree": True,
            "publisher": organization(request),
        }
        if image_url:
            data["image"] = image_url
        return data

    def share_links(self, request):
        url = self.get_full_url(request)
        return {
            "url": url,
            "x": "https://x.com/intent/post?" + urlencode({"url": url, "text": self.title}),
            "linkedin": "https://www.linkedin.com/sharing/share-offsite/?"
            + urlencode({"url": url}),
            "reddit": "https://www.reddit.com/submit?"
            + urlencode({"url": url, "title": self.title}),
        }

    def blog_index(self):
        """The index above the article (for links to it and its tag pages and feeds)."""
        return linked_ancestor(self, BlogIndexPage)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        blog_index = self.blog_index()
        context.update(
            {
                "blog_index": blog_index,
                "feed_urls": blog_index.feed_urls() if blog_index else {},
                "toc": self.table_of_contents(),
                # Shown inside {% page_fragment %}s: computed only when those miss.
                "body_blocks": self.body_with_anchors,
                "related": self.related_articles,
                "cta": partial(self.call_to_action, request),
                "share": self.share_links(request),
                "share_image_url": partial(self.share_image_url, request),
                "article_json_ld": partial(self.json_ld, request),
                "breadcrumb_json_ld": partial(breadcrumbs, request, [blog_index, self]),
            }
        )
        return context
