"""Images (issue 13, point 8): covers, cards and body images are sized renditions in AVIF
and WebP with a JPEG or PNG fallback, picked by `sizes`; every image is described unless
its editor marked it decorative."""

import re

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from site_config.blocks import ImageBlock
from tests.blog.factories import paragraph

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return Image.objects.create(title="Cover", file=get_test_image_file(size=(1600, 900)))


def picture_after(html, marker):
    """The first <picture> element after `marker` in the page."""
    start = html.index(marker)
    picture = re.search(r"<picture>.*?</picture>", html[start:], re.S)
    assert picture, f"no <picture> after {marker}"
    return picture.group(0)


def source_types(picture):
    return re.findall(r'<source [^>]*type="(image/[a-z]+)"', picture)


def test_the_cover_offers_avif_and_webp_in_three_widths(client, make_article, image):
    article = make_article(cover_image=image, cover_alt="Circles on a gradient")
    cover = picture_after(client.get(article.url).content.decode(), 'class="article-cover"')
    assert source_types(cover) == ["image/avif", "image/webp"]
    assert 'fetchpriority="high"' in cover
    for width in (480, 736, 1200):
        assert re.search(rf'srcset="[^"]*\.width-{width}\.avif {width}w', cover), width
    assert 'sizes="(min-width: 64rem) 736px, calc(100vw - 2.5rem)"' in cover
    assert re.search(r'<img [^>]*alt="Circles on a gradient"', cover)
    assert re.search(r'<img [^>]*src="[^"]*\.jpg"', cover)  # the fallback for older browsers


def test_cards_are_small_renditions_for_their_column(client, make_article, blog, image):
    make_article(cover_image=image, cover_alt="Circles")
    card = picture_after(client.get(blog.url).content.decode(), 'class="card article-card"')
    assert source_types(card) == ["image/avif", "image/webp"]
    assert re.search(r'srcset="[^"]*fill-320x168[^"]*\.avif 320w', card)
    assert re.search(r'srcset="[^"]*fill-640x336[^"]*\.avif 640w', card)
    assert "sizes=" in card and 'alt=""' in card and 'loading="lazy"' in card
    assert 'class="card-image"' in card


@pytest.mark.parametrize(
    ("alt", "decorative", "expected_alt"),
    [("Two hands on a keyboard", False, "Two hands on a keyboard"), ("", True, "")],
)
def test_body_images_are_described_or_decorative(
    client, make_article, image, alt, decorative, expected_alt
):
    article = make_article(
        body=[
            paragraph("<p>Intro.</p>"),
            ("image", {"image": image, "alt_text": alt, "decorative": decorative, "caption": ""}),
        ]
    )
    figure = picture_after(client.get(article.url).content.decode(), 'class="block-image"')
    assert source_types(figure) == ["image/avif", "image/webp"]
    assert re.search(rf'<img [^>]*alt="{expected_alt}"', figure)


def test_an_image_block_needs_a_description_unless_decorative(image):
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    assert "tick Decorative" in str(error.value.block_errors["alt_text"])
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    block.clean(block.to_python({"image": image.pk, "alt_text": "A chart", "decorative": False}))


def test_a_cover_needs_a_description_unless_decorative(make_article, image):
    article = make_article(cover_image=image, cover_alt="A cover")
    article.cover_alt = ""
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "cover_alt" in error.value.message_dict
    article.cover_is_decorative = True
    article.full_clean()
