import datetime

import factory
import wagtail_factories

from blog.models import Author, BlogIndexPage, BlogPage, BlogTag


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    role = "Editor"

    class Meta:
        model = Author


class BlogTagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"topic-{n}")
    slug = factory.LazyAttribute(lambda tag: tag.name)

    class Meta:
        model = BlogTag


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"
    intro = "Articles about AI."

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    summary = factory.Sequence(lambda n: f"Summary of article {n}.")
    date = datetime.date(2026, 1, 1)

    class Meta:
        model = BlogPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            for tag in extracted:
                self.tagged_items.create(tag=tag)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            self.authors.set(extracted)
            self.save()


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)
