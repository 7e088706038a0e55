"""Demo content for the site chrome and generic pages (read from content/site/, see
docs/demo-content.md), plus helpers every app's loader uses.

Loaders are idempotent: they create what is missing and never overwrite what exists, so
`make run` can call them on every start without undoing an editor's work.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from content_import.inline import InlineConverter

from .content_files import ContentFileError, content_path, read_yaml
from .models import (
    FAQPage,
    HomePage,
    MenuItem,
    NavigationMenu,
    NavigationSettings,
    SiteSettings,
    SocialLink,
    StandardPage,
)

# Block ids of the demo pages are derived from the file and the block's position, the same in
# every language, so each language's block is known as the translation of the English one.
BLOCK_ID_NAMESPACE = uuid.UUID("2f0c7d4e-8b1a-4c6f-9e3d-5a7b9c1d3e5f")


# --- Helpers shared by the apps' demo loaders -----------------------------------------
def translated(field, values):
    """{"title_en": …, "title_nl": …} from {"en": …, "nl": …}."""
    return {build_localized_fieldname(field, code): value for code, value in values.items()}


def translated_slugs(values):
    """{"slug_fr": …, …} from {"en": …, "fr": …}: every language but English, which is the
    page's own `slug`."""
    return {name: slug for name, slug in translated("slug", values).items() if name != "slug_en"}


def set_translated(obj, field, values):
    for name, value in translated(field, values).items():
        setattr(obj, name, value)


def per_language(values, transform):
    """Apply `transform` to each language's value: {"en": transform(v_en), …}."""
    return {code: transform(value) for code, value in values.items()}


def numbered(items):
    """`items` (orderables) with an explicit sort_order 0, 1, 2…: with NULLs, saving one
    of them in the admin would reorder them all."""
    items = [item for item in items if item is not None]
    for position, item in enumerate(items):
        item.sort_order = position
    return items


def block(block_type, value, key=None):
    """A StreamField block; `key` (any text naming the block) gives it a stable id."""
    block_id = uuid.uuid5(BLOCK_ID_NAMESPACE, key) if key else uuid.uuid4()
    return {"type": block_type, "value": value, "id": str(block_id)}


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def markdown_paragraphs(paragraphs, source):
    """Rich text HTML from one paragraph or a list of them, in inline Markdown (bold, italic,
    code, links), converted as the MDX importer does; `source` names the file in errors."""

    def refuse(_line, message):
        raise ContentFileError(f"{source}: {message}")

    converter = InlineConverter(warn=refuse)
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    return "".join(f"<p>{converter.to_html(text, allow_html=False)}</p>" for text in paragraphs)


class _MissingLanguage(Exception):
    pass


def is_language_map(value):
    codes = {code for code, _name in settings.LANGUAGES}
    return isinstance(value, dict) and "en" in value and set(value) <= codes


def _pick(tree, code):
    if is_language_map(tree):
        if not tree.get(code):  # absent, or left empty for a translator
            raise _MissingLanguage
        return tree[code]
    if isinstance(tree, dict):
        return {key: _pick(value, code) for key, value in tree.items()}
    if isinstance(tree, list):
        return [_pick(value, code) for value in tree]
    return tree


def in_language(tree, code):
    """`tree` (parsed YAML) with every language map replaced by its `code` text; None when
    one of them lacks that language (or leaves it empty)."""
    try:
        return _pick(tree, code)
    except _MissingLanguage:
        return None


def complete_languages(tree):
    """{code: tree in that language} for every language in which all of `tree` is written."""
    languages = ((code, in_language(tree, code)) for code, _name in settings.LANGUAGES)
    return {code: value for code, value in languages if value is not None}


def find_page(model, slug):
    return model.objects.filter(slug_en=slug).first()


def add_page(parent, page):
    """Add `page` under `parent` and publish it; return the saved page."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def get_or_add_page(parent, model, slug, **fields):
    existing = find_page(model, slug)
    if existing:
        return existing, False
    return add_page(parent, model(slug=slug, **fields)), True


def home_page():
    return HomePage.objects.first()


# --- Pages ----------------------------------------------------------------------------
def _body_block(entry, key, source):
    """One `body` entry of a page file, in one language, as block data."""
    value = {name: item for name, item in entry.items() if name != "type"}
    if entry["type"] == "section":
        value = {**value, "anchor": value.get("anchor", "")}
        value["text"] = markdown_paragraphs(value["text"], source)
    return block(entry["type"], value, key)


def _body(entries, source):
    return [_body_block(entry, f"{source}#{rank}", source) for rank, entry in enumerate(entries)]


def set_body(page, entries, source):
    """Fill `page.body` in every language in which all of `entries` is written."""
    for code, localized in complete_languages(entries).items():
        setattr(page, build_localized_fieldname("body", code), _body(localized, source))


def _page_fields(data):
    """Title, translated slugs (English is the page's own slug) and intro of a page file."""
    return {
        **translated("title", data["title"]),
        **translated_slugs(data["slug"]),
        **translated("intro", data.get("intro", {})),
    }


def _remove_wagtail_welcome_page():
    """Wagtail's migrations create a plain "Welcome" page at the top; it holds the slug
    "home" that our home page needs."""
    page_type = ContentType.objects.get_for_model(Page)
    Page.objects.filter(depth=2, content_type=page_type, numchild=0).delete()


def load_home():
    existing = home_page()
    if existing:
        return existing
    source = "content/site/home.yaml"
    data = read_yaml("site/home.yaml")
    site_name = read_yaml("site/settings.yaml")["site_name"]
    _remove_wagtail_welcome_page()
    home = HomePage(slug="home")
    for field in ("title", "hero_heading", "hero_intro"):
        set_translated(home, field, data[field])
    set_body(home, data["body"], source)
    add_page(Page.get_first_root_node(), home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": site_name},
    )
    return home


def load_standard_pages(home):
    """Every content/site/pages/*.yaml, in file-name order; {English slug: page}."""
    pages = {}
    for path in sorted(content_path("site/pages").glob("*.yaml")):
        data = read_yaml(f"site/pages/{path.name}")
        slug = data["slug"]["en"]
        page = find_page(StandardPage, slug)
        if page is None:
            page = StandardPage(slug=slug, **_page_fields(data))
            set_body(page, data["body"], f"content/site/pages/{path.name}")
            add_page(home, page)
        pages[slug] = page
    return pages


def _faq_groups(groups, source):
    return [
        block(
            "group",
            {
                "heading": group["heading"],
                "questions": [
                    {
                        "question": item["question"],
                        "answer": markdown_paragraphs(item["answer"], source),
                    }
                    for item in group["questions"]
                ],
            },
            f"{source}#{rank}",
        )
        for rank, group in enumerate(groups)
    ]


def load_faq(home):
    data = read_yaml("site/faq.yaml")
    existing = find_page(FAQPage, data["slug"]["en"])
    if existing:
        return existing
    page = FAQPage(slug=data["slug"]["en"], **_page_fields(data))
    for code, groups in complete_languages(data["groups"]).items():
        body = _faq_groups(groups, "content/site/faq.yaml")
        setattr(page, build_localized_fieldname("body", code), body)
    return add_page(home, page)


def _page_by_slug(slug):
    return Page.objects.filter(slug_en=slug).first()


def load_settings(site):
    site_settings = SiteSettings.for_site(site)
    if site_settings.tagline:
        return
    data = read_yaml("site/settings.yaml")
    site_settings.site_name = data["site_name"]
    for field in ("tagline", "licence_line", "cta_label"):
        set_translated(site_settings, field, data[field])
    for field in ("github_url", "contribute_url", "donation_url"):
        setattr(site_settings, field, data[field])
    site_settings.code_of_conduct_page = _page_by_slug(data["code_of_conduct_page"])
    site_settings.social_links = numbered(SocialLink(**link) for link in data["social_links"])
    site_settings.save()


def load_pages():
    """Home, the standard pages (About, Code of conduct, Contribute), FAQ, site settings."""
    home = load_home()
    load_standard_pages(home)
    load_faq(home)
    load_settings(Site.objects.get(is_default_site=True))


# --- Navigation (runs after every app created its pages) ------------------------------
def _target_page(slugs):
    """The first existing page among `slugs` (one English slug or a list of them)."""
    for slug in [slugs] if isinstance(slugs, str) else slugs:
        page = _page_by_slug(slug)
        if page:
            return page
    return None


def _menu_item(data, source):
    """A MenuItem from a menu file's item, or None when the page it links to is missing."""
    kind = MenuItem.Kind.SUBMENU if "submenu" in data else data.get("kind", MenuItem.Kind.LINK)
    if kind not in MenuItem.Kind.values:
        raise ContentFileError(f"{source}: unknown menu item kind {kind!r}")
    page = _target_page(data["page"]) if "page" in data else None
    if "page" in data and page is None:
        return None
    item = MenuItem(kind=kind, link_page=page, icon=data.get("icon", ""))
    if "anchor" in data:
        item.link_url = "#" + data["anchor"]
    set_translated(item, "label", data["label"])
    set_translated(item, "description", data.get("description", {}))
    if "submenu" in data:
        item.submenu = _menu(data["submenu"], source)
    return item


def _menu(data, source):
    menu = NavigationMenu(name=data["name"])
    menu.items = numbered(_menu_item(item, source) for item in data["items"])
    menu.save()
    return menu


def load_navigation():
    if NavigationMenu.objects.exists():
        return
    site = Site.objects.get(is_default_site=True)
    navigation = NavigationSettings.for_site(site)
    for field in ("header", "footer"):
        menu = _menu(read_yaml(f"site/menus/{field}.yaml"), f"content/site/menus/{field}.yaml")
        setattr(navigation, f"{field}_menu", menu)
    navigation.save()
    site_settings = SiteSettings.for_site(site)
    site_settings.cta_page = _page_by_slug(read_yaml("site/settings.yaml")["cta_page"])
    site_settings.save()
