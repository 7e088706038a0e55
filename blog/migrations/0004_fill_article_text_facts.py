"""Reading time, word count and headings of existing articles, stored per language.

The body blocks of the app (not the migration's frozen copies) read the text, as on save;
only the body columns are loaded, so later schema changes do not break this migration.
"""

from django.conf import settings
from django.db import migrations


def fill_text_facts(apps, schema_editor):
    from blog.models import BlogPage
    from blog.text import text_facts_by_language

    languages = [code for code, _name in settings.LANGUAGES]
    bodies = [f"body_{code.replace('-', '_')}" for code in languages]
    for page in BlogPage.objects.only("pk", *bodies):
        facts = text_facts_by_language(page, languages, settings.LANGUAGE_CODE)
        BlogPage.objects.filter(pk=page.pk).update(text_facts=facts)


class Migration(migrations.Migration):
    dependencies = [("blog", "0003_article_text_facts")]

    operations = [migrations.RunPython(fill_text_facts, migrations.RunPython.noop)]
