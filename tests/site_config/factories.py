import factory
import wagtail_factories

from site_config.models import FAQPage, HomePage, MenuItem, NavigationMenu, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Learn AI, free, in your language"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction."

    class Meta:
        model = StandardPage


class FAQPageFactory(wagtail_factories.PageFactory):
    title = "FAQ"
    slug = "faq"

    class Meta:
        model = FAQPage


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Menu {n}")

    class Meta:
        model = NavigationMenu


class MenuItemFactory(factory.django.DjangoModelFactory):
    menu = factory.SubFactory(NavigationMenuFactory)
    kind = MenuItem.Kind.LINK
    label = factory.Sequence(lambda n: f"Item {n}")
    link_url = "https://example.org/"

    class Meta:
        model = MenuItem
