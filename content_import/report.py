"""What an import did: counts per type, language and action, warnings with file:line."""

from collections import Counter
from dataclasses import dataclass, field

ACTIONS = ("created", "updated", "unchanged", "skipped")


@dataclass
class Report:
    dry_run: bool = False
    files_read: int = 0
    pages: Counter = field(default_factory=Counter)  # (type, locale, action) -> count
    objects: Counter = field(default_factory=Counter)  # e.g. "authors created"
    content: Counter = field(default_factory=Counter)  # quizzes, illustrations
    warnings: list = field(default_factory=list)  # (path, line, message)
    notes: list = field(default_factory=list)
    changes: list = field(default_factory=list)  # one line per created or updated object
    fatal: str = ""

    def warn(self, path, line, message):
        entry = (path, line or 1, message)
        if entry not in self.warnings:
            self.warnings.append(entry)

    def note(self, message):
        self.notes.append(message)

    def count(self, kind, locale, action):
        self.pages[(kind, locale, action)] += 1

    def total(self, action, kind=None, locale=None):
        return sum(
            number
            for (page_kind, page_locale, page_action), number in self.pages.items()
            if page_action == action and kind in (None, page_kind) and locale in (None, page_locale)
        )

    def warning_lines(self):
        return [f"{path}:{line}: {message}" for path, line, message in sorted(self.warnings)]

    def render(self):
        verb = "would be " if self.dry_run else ""
        out = []
        if self.dry_run:
            out.append("Dry run: nothing was written.")
        out.append(f"Files read: {self.files_read}")
        if self.changes:
            out.append("Changes:" if not self.dry_run else "Changes that would be made:")
            out.extend(f"  {line}" for line in self.changes)
        out.append(f"Objects per type and language ({verb}{'/'.join(ACTIONS)}):")
        kinds = sorted({(kind, locale) for kind, locale, _action in self.pages})
        if not kinds:
            out.append("  none")
        for kind, locale in kinds:
            numbers = " ".join(
                f"{action} {self.pages[(kind, locale, action)]}"
                for action in ACTIONS
                if self.pages[(kind, locale, action)]
            )
            out.append(f"  {kind:<8} {locale:<8} {numbers}")
        for name, number in sorted(self.objects.items()):
            out.append(f"{name.capitalize()}: {number}")
        out.append(
            f"Quizzes imported: {self.content['quizzes']}; "
            f"illustrations imported: {self.content['illustrations']}"
        )
        for note in self.notes:
            out.append(f"Note: {note}")
        out.append(f"Warnings: {len(self.warnings)}")
        out.extend(f"  {line}" for line in self.warning_lines())
        if self.fatal:
            out.append(f"Fatal: {self.fatal}")
        return "\n".join(out)
