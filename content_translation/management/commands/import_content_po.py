from django.core.management.base import BaseCommand, CommandError

from content_translation.importer import import_files
from content_translation.registry import target_languages


class Command(BaseCommand):
    help = (
        "Import translated content from PO files made by export_content_po. Every entry is "
        "checked first; on any problem nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="PO files (their Language header decides).")
        parser.add_argument("--language", "-l", help="Language of the files, if not in the header.")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--publish",
            action="store_true",
            help="Publish the new revisions of live pages (pages with unpublished changes "
            "are left as drafts).",
        )
        mode.add_argument(
            "--draft",
            action="store_true",
            help="Save new revisions as drafts for an editor to publish (the default).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would change; change nothing."
        )

    def handle(self, *args, files, language=None, publish=False, dry_run=False, **options):
        if language and language not in target_languages():
            raise CommandError(f"Unknown language {language!r}.")
        result = import_files(files, language=language, publish=publish, dry_run=dry_run)
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(f"warning: {warning}"))
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(self.style.ERROR(str(problem)))
            raise CommandError(f"{len(result.problems)} problem(s) found; nothing was imported.")
        verb = "would update" if dry_run else "updated"
        for change in result.changes:
            self.stdout.write(f"{verb} {change}")
            if dry_run:
                for context in change.contexts:
                    self.stdout.write(f"    {context}")
        summary = f"{len(result.changes)} object(s) {verb}"
        if result.skipped_fuzzy:
            summary += f"; {result.skipped_fuzzy} fuzzy entr(ies) skipped"
        self.stdout.write(self.style.SUCCESS(summary + "."))
