"""Demo content for the site chrome and generic pages, plus helpers every app's loader uses.

Loaders are idempotent: they create what is missing and never overwrite what exists, so
`make run` can call them on every start without undoing an editor's work.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from . import demo_data as data
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


# --- Helpers shared by the apps' demo loaders -----------------------------------------
def translated(field, values):
    """{"title_en": …, "title_nl": …} from {"en": …, "nl": …}."""
    return {build_localized_fieldname(field, code): value for code, value in values.items()}


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


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


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
def _home_body(language):
    home = data.HOME
    pick = {key: value[language] for key, value in home.items() if isinstance(value, dict)}
    return [
        block(
            "section",
            {
                "anchor": "mission",
                "heading": pick["mission_heading"],
                "text": f"<p>{escape(pick['mission_text'])}</p>",
            },
        ),
        block(
            "values",
            {
                "anchor": "values",
                "heading": {"en": "Our values", "nl": "Onze waarden", "ar": "قيمنا"}[language],
                "values": [
                    {"icon": v["icon"], "title": v["title"][language], "text": v["text"][language]}
                    for v in home["values"]
                ],
            },
        ),
        block(
            "learning_paths",
            {"heading": pick["tracks_heading"], "intro": pick["tracks_intro"]},
        ),
        block(
            "section",
            {
                "anchor": "open-source",
                "heading": pick["open_source_heading"],
                "text": f"<p>{escape(pick['open_source_text'])}</p>",
            },
        ),
    ]


def _body_languages(values):
    return [code for code in ("en", "nl", "ar") if code in values]


def _remove_wagtail_welcome_page():
    """Wagtail's migrations create a plain "Welcome" page at the top; it holds the slug
    "home" that our home page needs."""
    page_type = ContentType.objects.get_for_model(Page)
    Page.objects.filter(depth=2, content_type=page_type, numchild=0).delete()


def load_home():
    existing = home_page()
    if existing:
        return existing
    _remove_wagtail_welcome_page()
    home = HomePage(slug="home", **translated("title", data.HOME["title"]))
    set_translated(home, "hero_heading", data.HOME["hero_heading"])
    set_translated(home, "hero_intro", data.HOME["hero_intro"])
    for code in _body_languages(data.HOME["mission_text"]):
        setattr(home, build_localized_fieldname("body", code), _home_body(code))
    add_page(Page.get_first_root_node(), home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "AI Educademy",
        },
    )
    return home


def _standard_page_body(sections):
    return [
        block(
            "section",
            {"anchor": "", "heading": heading, "text": paragraphs_html(paragraphs)},
        )
        for heading, paragraphs in sections
    ]


ABOUT_ANCHORS = ["mission", "values", "open-source", "meet-the-maker", "help"]
# These pages end with the links an editor keeps in Site settings (GitHub, guide, …).
PAGES_WITH_COMMUNITY_LINKS = ("about", "contribute")


def load_standard_pages(home):
    pages = {}
    for key, page_data in data.PAGES.items():
        fields = {
            **translated("title", page_data["title"]),
            **translated("slug", page_data["slug"]),
        }
        fields.update(translated("intro", page_data["intro"]))
        for code, sections in page_data["sections"].items():
            body = _standard_page_body(sections)
            if key == "about":
                for section, anchor in zip(body, ABOUT_ANCHORS, strict=False):
                    section["value"]["anchor"] = anchor
            if key in PAGES_WITH_COMMUNITY_LINKS:
                heading = data.COMMUNITY_LINKS_HEADING[code]
                body.append(block("community_links", {"heading": heading, "intro": ""}))
            fields[build_localized_fieldname("body", code)] = body
        fields.pop("slug_en")
        pages[key], _created = get_or_add_page(
            home, StandardPage, page_data["slug"]["en"], **fields
        )
    return pages


def load_faq(home):
    faq = data.FAQ
    fields = {**translated("title", faq["title"]), **translated("slug", faq["slug"])}
    fields.update(translated("intro", faq["intro"]))
    fields.pop("slug_en")
    for code in _body_languages(faq["intro"]):
        fields[build_localized_fieldname("body", code)] = [
            block(
                "group",
                {
                    "heading": group["heading"][code],
                    "questions": [
                        {
                            "question": item["question"][code],
                            "answer": f"<p>{escape(item['answer'][code])}</p>",
                        }
                        for item in group["items"]
                    ],
                },
            )
            for group in faq["groups"]
        ]
    page, _created = get_or_add_page(home, FAQPage, faq["slug"]["en"], **fields)
    return page


def load_settings(site, pages):
    site_settings = SiteSettings.for_site(site)
    if site_settings.tagline:
        return
    site_settings.site_name = data.SITE["site_name"]
    for field in ("tagline", "licence_line", "cta_label"):
        set_translated(site_settings, field, data.SITE[field])
    site_settings.github_url = data.SITE["github_url"]
    site_settings.contribute_url = data.SITE["contribute_url"]
    site_settings.donation_url = data.SITE["donation_url"]
    site_settings.code_of_conduct_page = pages["code-of-conduct"]
    site_settings.social_links = numbered(
        SocialLink(name=name, url=url) for name, url in data.SITE["social_links"]
    )
    site_settings.save()


def load_pages():
    """Home, About, Code of conduct, Contribute, FAQ and the site settings."""
    home = load_home()
    pages = load_standard_pages(home)
    pages["faq"] = load_faq(home)
    load_settings(Site.objects.get(is_default_site=True), pages)


# --- Navigation (runs after every app created its pages) ------------------------------
def _page_by_slug(slug):
    return Page.objects.filter(slug_en=slug).first()


def _link(label, page=None, url="", icon="", description=None, kind=MenuItem.Kind.LINK):
    item = MenuItem(kind=kind, link_page=page, link_url=url, icon=icon)
    set_translated(item, "label", label)
    if description:
        set_translated(item, "description", description)
    return item


def _menu(name, items):
    menu = NavigationMenu(name=name)
    menu.items = numbered(items)
    menu.save()
    return menu


def _about_menu(nav):
    about = _page_by_slug("about")
    anchors = [("mission", "🎯"), ("values", "💜"), ("open_source", "🔓"), ("meet_the_maker", "👋")]
    items = [
        _link(nav[key], page=about, url="#" + key.replace("_", "-"), icon=icon)
        for key, icon in anchors
    ]
    items.append(_link(nav["view_on_github"], icon="🐙", kind=MenuItem.Kind.GITHUB))
    return _menu("About", items)


def _optional_link(label, slug, **kwargs):
    page = _page_by_slug(slug)
    return _link(label, page=page, **kwargs) if page else None


def load_navigation():
    if NavigationMenu.objects.exists():
        return
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    nav = data.NAV
    about_menu = _about_menu(nav)
    header = _menu(
        "Header",
        [
            _link(nav["programs"], kind=MenuItem.Kind.LEARNING_PATHS),
            _optional_link(nav["lab"], "lab", kind=MenuItem.Kind.LAB),
            _optional_link(nav["blog"], "blog", description=nav["blog_description"]),
            _optional_link(nav["careers"], "careers"),
            _optional_link(nav["faq"], "faq"),
            _link(nav["about"], kind=MenuItem.Kind.SUBMENU),
        ],
    )
    about_item = header.items.get(kind=MenuItem.Kind.SUBMENU)
    about_item.submenu = about_menu
    about_item.save()

    targets = {
        "programs": {"page": _page_by_slug("programs")},
        "lessons": {"page": _page_by_slug("lessons") or _page_by_slug("programs")},
        "lab": {"page": _page_by_slug("lab")},
        "github": {"kind": MenuItem.Kind.GITHUB},
        "contribute": {"page": _page_by_slug("contribute")},
        "code_of_conduct": {"kind": MenuItem.Kind.CODE_OF_CONDUCT},
        "about": {"page": _page_by_slug("about")},
        "faq": {"page": _page_by_slug("faq")},
        "donate": {"kind": MenuItem.Kind.DONATION},
    }
    columns = []
    for column in data.FOOTER:
        links = [
            _link(label, **targets[key])
            for key, label in column["links"]
            if targets[key].get("kind") or targets[key].get("page")  # skip missing pages
        ]
        submenu = _menu(f"Footer: {column['key']}", links)
        item = _link(column["heading"], kind=MenuItem.Kind.SUBMENU)
        item.submenu = submenu
        columns.append(item)
    footer = _menu("Footer", columns)

    navigation = NavigationSettings.for_site(site)
    navigation.header_menu = header
    navigation.footer_menu = footer
    navigation.save()
    site_settings.cta_page = _page_by_slug("programs")
    site_settings.save()
