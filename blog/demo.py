"""Demo blog, from the content files (docs/demo-content.md).

The articles are `content/blog/<locale>/*.mdx` with their covers in `content/blog/assets/`,
written by the MDX importer (content_import); the records the front matter cannot hold are
YAML in `content/blog-settings/`: the blog index (and the home page's latest-articles heading),
the authors, the tags' labels and the call to action.

Idempotent: creates only what is missing (found by English slug or name), never overwrites;
the importer writes an article again only where its file changed (docs/importing.md).
"""

import logging

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from content_import.importer import import_repository
from site_config.content_files import content_path, read_yaml
from site_config.demo import block, get_or_add_page, home_page, set_translated, translated
from site_config.i18n import has_own_value, language_codes

from .models import Author, BlogIndexPage, BlogSettings, BlogTag

logger = logging.getLogger(__name__)

SETTINGS_FOLDER = "blog-settings"
TRANSLATED_AUTHOR_FIELDS = ("name", "role", "bio")
CTA_FIELDS = ("cta_heading", "cta_text", "cta_button_label")


def settings_file(name):
    return read_yaml(f"{SETTINGS_FOLDER}/{name}.yaml")


def add_home_block(home, headings):
    """Append the latest-articles section to every language's home body that has one."""
    changed = False
    for code in language_codes():
        if not has_own_value(home, "body", code):
            continue
        field = build_localized_fieldname("body", code)
        raw = list(getattr(home, field).raw_data)
        raw.append(block("latest_articles", {"heading": headings.get(code, headings["en"])}))
        setattr(home, field, raw)
        changed = True
    if changed:
        home.save_revision().publish()


def load_index(home, data):
    fields = {**translated("title", data["title"]), **translated("intro", data["intro"])}
    index, created = get_or_add_page(home, BlogIndexPage, data["slug"], **fields)
    if created:
        add_home_block(home, data["home_heading"])
    return index


def load_authors(records):
    for record in records:
        if Author.objects.filter(name_en=record["name"]["en"]).exists():
            continue
        author = Author(is_organization=bool(record.get("is_organization")))
        for field in TRANSLATED_AUTHOR_FIELDS:
            set_translated(author, field, record.get(field, {}))
        author.save()


def load_tags(labels_by_name):
    for name, labels in labels_by_name.items():
        if BlogTag.objects.filter(slug=name).exists():
            continue
        tag = BlogTag(name=name, slug=name)
        set_translated(tag, "label", labels)
        tag.save()


def import_articles():
    """The articles through the importer (`--only blog --publish`); returns its Report."""
    report = import_repository(content_path(""), publish=True, parts=("blog",))
    for line in report.warning_lines():
        logger.warning("demo blog: %s", line)
    return report


def load_settings(site, data):
    blog_settings = BlogSettings.for_site(site)
    if blog_settings.cta_heading:
        return
    for field in CTA_FIELDS:
        set_translated(blog_settings, field, data[field])
    blog_settings.cta_page = Page.objects.filter(slug_en=data["cta_page"]).first()
    blog_settings.save()


def load():
    """Load the demo blog; returns the importer's Report (None without a home page)."""
    home = home_page()
    if home is None:
        return None
    load_index(home, settings_file("index"))
    load_authors(settings_file("authors")["authors"])
    load_tags(settings_file("tags"))
    report = import_articles()
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        load_settings(site, settings_file("settings"))
    return report
