"""What the importer wrote, so exports can tell stale and identical translations apart."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SegmentTranslation(models.Model):
    """The English source a translation was made from, per language and message context.

    When the English text later differs from `source`, the next export marks the entry fuzzy
    and shows `source` as the previous msgid. It also records that a translation identical to
    the English text (a name, "Python") is a real translation, not an untranslated copy.
    """

    language = models.CharField(_("language"), max_length=16)
    context = models.CharField(_("message context"), max_length=500)
    source = models.TextField(_("English source"))
    translation = models.TextField(_("translation"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("segment translation")
        verbose_name_plural = _("segment translations")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "context"], name="content_translation_unique_segment"
            )
        ]

    def __str__(self):
        return f"{self.language} {self.context}"


class EnglishParts(models.Model):
    """Which parts of a page's main content are English in each language, stored on save.

    `languages` maps each target language code to {"fingerprint": a hash of the English
    and that language's values it was computed from, "parts": {field name: "*" (the whole
    field is English) or [English parts]}}: top-level block ids of a StreamField, element
    keys ("p-3") of rich text; [] when some text is English but no whole block is. Fully
    translated fields are absent. A page whose values differ from the fingerprint (a
    preview, a row changed without a save) is computed afresh instead of trusted.
    Internal data (content_translation.english_parts), not shown in the admin.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    languages = models.JSONField(default=dict)

    def __str__(self):
        return f"English parts of page {self.page_id}"
