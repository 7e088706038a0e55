"""What the importer created: one row per imported object, keyed by its source path.

The importer only ever changes objects listed here (unless `--update-existing` adopts an
object it finds by slug), and it writes an object again only when the fingerprint of what it
would write in a language differs from the one recorded for that language.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedObject(models.Model):
    source = models.CharField(
        _("source"),
        max_length=400,
        unique=True,
        help_text=_("Where it came from in the content repository, e.g. blog/what-is-ai."),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    fingerprints = models.JSONField(
        _("fingerprints"),
        default=dict,
        help_text=_("Per language, a hash of the values last imported."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("imported object")
        verbose_name_plural = _("imported objects")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return self.source
