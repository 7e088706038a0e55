from modeltranslation.translator import TranslationOptions, register

from .models import Author, BlogIndexPage, BlogPage, BlogSettings, BlogTag


@register(Author)
class AuthorTR(TranslationOptions):
    fields = ("name", "role", "bio")


@register(BlogTag)
class BlogTagTR(TranslationOptions):
    fields = ("label",)


@register(BlogSettings)
class BlogSettingsTR(TranslationOptions):
    fields = ("cta_heading", "cta_text", "cta_button_label")


@register(BlogIndexPage)
class BlogIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(BlogPage)
class BlogPageTR(TranslationOptions):
    fields = (
        "summary",
        "cover_alt",
        "body",
        "cta_heading",
        "cta_text",
        "cta_button_label",
    )
