from django.core.management.base import BaseCommand, CommandError

from content_translation.registry import target_languages
from content_translation.status import language_status


class Command(BaseCommand):
    help = "Translation completeness per language: UI catalogue and content, by type."

    def add_arguments(self, parser):
        parser.add_argument("--language", "-l", action="append", dest="languages")
        parser.add_argument(
            "--missing",
            action="store_true",
            help="List the fields with untranslated or outdated segments, and their links.",
        )
        parser.add_argument("--locale-dir", help="Where django.po files live (LOCALE_PATHS[0]).")

    def handle(self, *args, languages=None, missing=False, locale_dir=None, **options):
        unknown = [code for code in languages or [] if code not in target_languages()]
        if unknown:
            raise CommandError(f"Unknown language(s): {', '.join(unknown)}.")
        for status in language_status(languages, locale_dir):
            ui = (
                f"{status.ui.translated}/{status.ui.total} ({status.ui.percent}%)"
                + (f", {status.ui.fuzzy} fuzzy" if status.ui.fuzzy else "")
                if status.ui
                else "no catalogue"
            )
            content = status.content
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"{status.code} {status.name}")
                + f"  UI: {ui}  content: {content.translated}/{content.total} segments "
                f"({content.percent}%), {content.fuzzy} outdated"
            )
            for model in status.models:
                self.stdout.write(
                    f"  {model.verbose_name:<28} segments {model.segments.translated:>5}/"
                    f"{model.segments.total:<5} fields {model.fields.translated:>4}/"
                    f"{model.fields.total}"
                    + (f"  outdated {model.segments.fuzzy}" if model.segments.fuzzy else "")
                )
            if missing:
                for item in status.missing:
                    self.stdout.write(
                        f"    - {item.model_name} “{item.title}” {item.field_name}: "
                        f"{item.missing}/{item.total} untranslated"
                        + (f", {item.outdated} outdated" if item.outdated else "")
                        + f"  {item.edit_url}"
                    )
