"""Demo blog: the index, an editorial author, translated tags, articles and the call to action.

Idempotent: creates only what is missing (found by English slug or name), never overwrites.
"""

import datetime
import io

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.utils import timezone

from modeltranslation.utils import build_localized_fieldname
from wagtail.images.models import Image
from wagtail.models import Page, Site

from site_config.demo import block, get_or_add_page, home_page, set_translated, translated
from site_config.i18n import has_own_value, language_codes

from .demo_content import ARTICLES, AUTHOR, BLOG_INDEX, CTA, HOME_HEADING, TAGS
from .demo_content.markup import to_blocks
from .models import Author, BlogIndexPage, BlogPage, BlogSettings, BlogTag

COVER_SIZE = (1200, 630)
COVER_ALT = {
    "en": "Abstract cover art: soft circles on a colour gradient",
    "nl": "Abstracte omslag: zachte cirkels op een kleurverloop",
    "ar": "غلاف تجريدي: دوائر ناعمة على تدرّج لوني",
    "ja": "抽象的な表紙：グラデーションの上に浮かぶやわらかな円",
}


def cover_image(slug, colours):
    """A generated gradient cover (no downloads), reused when it already exists."""
    title = f"Blog cover: {slug}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    start, end = colours
    first = PillowImage.new("RGB", COVER_SIZE, start)
    second = PillowImage.new("RGB", COVER_SIZE, end)
    mask = PillowImage.linear_gradient("L").rotate(-35, expand=True).resize(COVER_SIZE)
    picture = PillowImage.composite(second, first, mask)
    overlay = PillowImage.new("RGBA", COVER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    seed = sum(map(ord, slug))
    for n in range(6):
        radius = 60 + (seed * (n + 3)) % 160
        x = (seed * (n + 7) * 37) % COVER_SIZE[0]
        y = (seed * (n + 5) * 53) % COVER_SIZE[1]
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, 46))
    picture = PillowImage.alpha_composite(picture.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    image = Image(title=title, file=ImageFile(buffer, name=f"blog-cover-{slug}.jpg"))
    image.save()
    return image


def load_author():
    author = Author.objects.filter(name_en=AUTHOR["name"]["en"]).first()
    if author is None:
        author = Author(is_organization=True)
        for field in ("name", "role", "bio"):
            set_translated(author, field, AUTHOR[field])
        author.save()
    return author


def load_tags():
    tags = {}
    for name, labels in TAGS.items():
        tag = BlogTag.objects.filter(name=name).first()
        if tag is None:
            tag = BlogTag(name=name, slug=name)
            set_translated(tag, "label", labels)
            tag.save()
        tags[name] = tag
    return tags


def add_home_block(home):
    """Append the latest-articles section to every language's home body that has one."""
    changed = False
    for code in language_codes():
        if not has_own_value(home, "body", code):
            continue
        field = build_localized_fieldname("body", code)
        raw = list(getattr(home, field).raw_data)
        heading = HOME_HEADING.get(code, HOME_HEADING["en"])
        raw.append(block("latest_articles", {"heading": heading}))
        setattr(home, field, raw)
        changed = True
    if changed:
        home.save_revision().publish()


def load_index(home):
    fields = {
        **translated("title", BLOG_INDEX["title"]),
        **translated("intro", BLOG_INDEX["intro"]),
    }
    index, created = get_or_add_page(home, BlogIndexPage, "blog", **fields)
    if created:
        add_home_block(home)
    return index


def _article_page(data, author, tags):
    page = BlogPage(
        slug=data["slug"],
        date=datetime.date.fromisoformat(data["date"]),
        cover_image=cover_image(data["slug"], data["cover"]),
    )
    for field in ("title", "summary"):
        set_translated(page, field, data[field])
    for code, slug in data.get("translated_slugs", {}).items():
        setattr(page, build_localized_fieldname("slug", code), slug)
    for code, text in data["body"].items():
        setattr(page, build_localized_fieldname("body", code), to_blocks(text))
    set_translated(page, "cover_alt", COVER_ALT)
    page.authors = [author]
    page.tags.add(*(tags[name] for name in data["tags"]))
    return page


def load_article(index, data, author, tags):
    existing = BlogPage.objects.filter(slug_en=data["slug"]).first()
    if existing:
        return existing
    page = _article_page(data, author, tags)
    if data.get("scheduled"):
        # A draft with an approved future go-live time: Wagtail's publish_scheduled
        # command makes it live on that day; until then it appears nowhere.
        page.live = False
        page.go_live_at = timezone.make_aware(
            datetime.datetime.fromisoformat(data["date"]).replace(hour=8)
        )
        index.add_child(instance=page)
    else:
        index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_settings(site):
    blog_settings = BlogSettings.for_site(site)
    if blog_settings.cta_heading:
        return
    set_translated(blog_settings, "cta_heading", CTA["heading"])
    set_translated(blog_settings, "cta_text", CTA["text"])
    set_translated(blog_settings, "cta_button_label", CTA["button"])
    blog_settings.cta_page = Page.objects.filter(slug_en="ai-seeds").first()
    blog_settings.save()


def load():
    home = home_page()
    if home is None:
        return
    index = load_index(home)
    author = load_author()
    tags = load_tags()
    for data in ARTICLES:
        load_article(index, data, author, tags)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        load_settings(site)
