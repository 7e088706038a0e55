"""Every translatable object and segment, found through django-modeltranslation's registry.

Nothing here names an app: a page type or snippet registered in any app's translation.py
(now or later) is covered. Each segment has a stable message context::

    <app_label>.<model_name>:<object key>:<field>[:<segment key>]

The object key is the primary key, except for settings: ``site-<hostname>-<port>`` for a
per-site setting and ``generic`` for a site-wide one, so they survive being recreated.
"""

from dataclasses import dataclass, field
from functools import cache, cached_property

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, get_page_models

from .segments import field_kind, field_segments, match_segments

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
# Computed by Wagtail from the slugs; never translated by hand.
NEVER_EXPORTED = frozenset({"url_path"})


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def localized(name, language):
    return build_localized_fieldname(name, language)


@dataclass
class ModelSpec:
    model: type
    fields: list  # [(field name, kind, model field)]

    @property
    def label(self):
        return self.model._meta.label_lower

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def verbose_name(self):
        return str(self.model._meta.verbose_name)

    def queryset(self):
        model = self.model
        if self.is_page:
            content_type = ContentType.objects.get_for_model(model)
            return model.objects.filter(content_type=content_type, alias_of__isnull=True).order_by(
                "path"
            )
        if issubclass(model, BaseSiteSetting):
            return model.objects.select_related("site").order_by("pk")
        return model._default_manager.order_by("pk")


def _translated_field_names(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        options = translator.get_options_for_model(Page)
    return set(options.all_fields) - NEVER_EXPORTED


@cache
def model_specs():
    """A ModelSpec for every concrete registered model and every page type, sorted by label.

    Computed once per process: the registry is complete once the apps are loaded."""
    models = [
        model
        for model in translator.get_registered_models(abstract=False)
        if model is not Page and not issubclass(model, Page)
    ]
    models += [model for model in get_page_models() if model is not Page]
    specs = []
    for model in models:
        if model._meta.abstract or model._meta.proxy:
            continue
        names = _translated_field_names(model)
        is_page = issubclass(model, Page)
        fields = []
        for model_field in model._meta.fields:
            if model_field.name in names:
                kind = field_kind(model_field, is_page=is_page)
                if kind:
                    fields.append((model_field.name, kind, model_field))
        if fields:
            specs.append(ModelSpec(model, fields))
    return tuple(sorted(specs, key=lambda spec: spec.label))


def spec_for_label(label):
    return next((spec for spec in model_specs() if spec.label == label), None)


def object_key(obj):
    if isinstance(obj, BaseSiteSetting):
        return f"site-{obj.site.hostname}-{obj.site.port}"
    if isinstance(obj, BaseGenericSetting):
        return "generic"
    return str(obj.pk)


def make_context(label, key, field_name, segment_key=""):
    context = f"{label}:{key}:{field_name}"
    return f"{context}:{segment_key}" if segment_key else context


# --- Links a translator can follow ----------------------------------------------------------
_url_finder = None


def admin_edit_url(obj):
    """Absolute admin URL where `obj` (or the page/snippet that holds it inline) is edited."""
    global _url_finder
    if _url_finder is None:
        _url_finder = AdminURLFinder()
    target = obj
    url = _url_finder.get_edit_url(obj)
    if url is None:
        parental = next((f for f in obj._meta.fields if isinstance(f, ParentalKey)), None)
        if parental is not None and getattr(obj, parental.attname):
            target = parental.related_model(pk=getattr(obj, parental.attname))
            url = _url_finder.get_edit_url(target)
    if not url:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def public_url(obj):
    if not isinstance(obj, Page) or not obj.live:
        return ""
    with translation.override(SOURCE_LANGUAGE):
        return obj.get_full_url() or ""


def object_title(obj):
    with translation.override(SOURCE_LANGUAGE):
        return str(obj.title if isinstance(obj, Page) else obj)


# --- Units: one segment of one object's field ------------------------------------------------
@dataclass
class FieldRef:
    spec: ModelSpec
    obj: object
    name: str
    kind: str
    model_field: object
    segments: list = field(default_factory=list)

    @cached_property
    def key(self):
        return object_key(self.obj)

    def context(self, segment_key):
        return make_context(self.spec.label, self.key, self.name, segment_key)

    def english_value(self):
        return getattr(self.obj, localized(self.name, SOURCE_LANGUAGE))

    def target_value(self, language):
        return getattr(self.obj, localized(self.name, language))

    def target_segments(self, language):
        """{English segment key: text} of this field in `language`."""
        return match_segments(
            self.kind, self.model_field, self.segments, self.target_value(language)
        )


def iter_fields(specs=None):
    """Every FieldRef with English content, one query per model."""
    for spec in specs if specs is not None else model_specs():
        for obj in spec.queryset():
            for name, kind, model_field in spec.fields:
                ref = FieldRef(spec, obj, name, kind, model_field)
                ref.segments = field_segments(kind, model_field, ref.english_value())
                if ref.segments:
                    yield ref


# --- Translation state of a segment ------------------------------------------------------------
UNTRANSLATED = "untranslated"
TRANSLATED = "translated"
FUZZY = "fuzzy"


def segment_state(source, target, record):
    """(state, translation, previous source) of one segment in one language.

    `target` is the segment's text in the language's field (None when absent) and `record`
    the SegmentTranslation the importer left (or None). Text equal to the English source
    counts as translated only when the importer recorded it as a translation: otherwise it is
    the English kept in place of a missing translation.
    """
    if target is None or not target.strip():
        return UNTRANSLATED, "", None
    if record is not None and record.translation == target:
        if record.source != source:
            return FUZZY, target, record.source
        return TRANSLATED, target, None
    if target != source:
        return TRANSLATED, target, None
    return UNTRANSLATED, "", None


def records_by_context(language):
    from .models import SegmentTranslation

    return {
        record.context: record for record in SegmentTranslation.objects.filter(language=language)
    }
