from modeltranslation.translator import TranslationOptions, register

from .models import FAQPage, HomePage, MenuItem, SiteSettings, StandardPage


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("tagline", "licence_line", "cta_label")


@register(MenuItem)
class MenuItemTR(TranslationOptions):
    fields = ("label", "description")


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "hero_intro", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(FAQPage)
class FAQPageTR(TranslationOptions):
    fields = ("intro", "body")
