"""Admin form for chooser questions: each answer key may appear once per question."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


class ChooserQuestionForm(WagtailAdminModelForm):
    def is_valid(self):
        valid = super().is_valid()
        formset = self.formsets.get("answers")
        if not valid or formset is None:
            return valid
        seen = set()
        for form in formset.forms:
            if formset.can_delete and formset._should_delete_form(form):
                continue
            key = getattr(form, "cleaned_data", {}).get("key")
            if not key:
                continue
            if key in seen:
                form.add_error("key", _("Another answer of this question already uses this key."))
                valid = False
            seen.add(key)
        return valid
