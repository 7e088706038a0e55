from django.core.management.base import BaseCommand, CommandError

from content_translation.exporter import export
from content_translation.registry import target_languages


class Command(BaseCommand):
    help = (
        "Write the translatable content of every page and snippet to "
        "locale/<lang>/LC_MESSAGES/content.po, one file per language."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            "-l",
            action="append",
            dest="languages",
            help="A language code (repeatable); every language but English by default.",
        )
        parser.add_argument(
            "--output-dir",
            help="Write <locale>/LC_MESSAGES/content.po under this directory "
            "(default: LOCALE_PATHS[0]).",
        )

    def handle(self, *args, languages=None, output_dir=None, **options):
        known = target_languages()
        languages = languages or known
        unknown = [code for code in languages if code not in known]
        if unknown:
            raise CommandError(
                f"Unknown language(s): {', '.join(unknown)}. Choose from: {', '.join(known)}."
            )
        for language, (path, catalogue) in export(languages, output_dir).items():
            entries = list(catalogue)
            translated = len([entry for entry in entries if entry.translated()])
            fuzzy = len([entry for entry in entries if entry.fuzzy])
            self.stdout.write(
                f"{language}: {path} ({len(entries)} entries, {translated} translated, "
                f"{fuzzy} fuzzy)"
            )
