"""manage.py import_mdx PATH: import a content repository of MDX files (see docs/importing.md)."""

from django.core.management.base import BaseCommand, CommandError

from content_import.importer import PARTS, FatalImportError, import_repository


class Command(BaseCommand):
    help = (
        "Import a content repository laid out like the original site's (tracks.json, "
        "programs/<program>/program.json, lessons and assets, blog/<locale>/*.mdx). "
        "Idempotent; see docs/importing.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the repository's root folder")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="report what would change and write nothing",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish updated draft pages too (and unpublish live pages whose file says "
            "published: false); without it, only pages that are live get published updates",
        )
        parser.add_argument(
            "--update-existing",
            action="store_true",
            help="also update pages and tracks with the same slug that import_mdx did not "
            "create (they are adopted: later imports update them too)",
        )

        parser.add_argument(
            "--only",
            action="append",
            choices=PARTS,
            help="import only this part of the repository (repeat for several); default: all",
        )

    def handle(self, *args, path, dry_run, publish, update_existing, only, **options):
        try:
            report = import_repository(
                path,
                publish=publish,
                dry_run=dry_run,
                update_existing=update_existing,
                parts=only or PARTS,
            )
        except FatalImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.render())
