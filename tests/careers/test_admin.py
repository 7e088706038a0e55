"""Editors: chooser questions with weighted answers, and role pages, through the admin."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from careers.models import ChooserQuestion
from tests.careers.factories import CareerRolePageFactory

pytestmark = pytest.mark.django_db


def _question_data(role, answer_keys):
    answers = [
        {
            "key": key,
            "label_en": key.title(),
            "reason_en": f"Because {key}.",
            "weights": streamfield([("weight", {"role": role.pk, "weight": 2})]),
        }
        for key in answer_keys
    ]
    return nested_form_data(
        {
            "key": "code",
            "text_en": "Do you love code?",
            "text_nl": "Codeer je graag?",
            "sort_order": 0,
            "answers": inline_formset(answers),
        }
    )


def test_editor_adds_a_question_with_weighted_answers(editor, careers_index):
    role = CareerRolePageFactory(parent=careers_index)
    url = reverse("wagtailsnippets_careers_chooserquestion:add")
    response = editor.post(url, _question_data(role, ["yes", "no"]))
    assert response.status_code == 302, response.context["form"].errors
    question = ChooserQuestion.objects.get()
    assert question.text_nl == "Codeer je graag?"
    assert [a.key for a in question.answers.all()] == ["yes", "no"]
    assert question.answers.first().role_weights() == [(role.pk, 2)]


def test_answer_keys_must_be_unique_within_a_question(editor, careers_index):
    role = CareerRolePageFactory(parent=careers_index)
    url = reverse("wagtailsnippets_careers_chooserquestion:add")
    response = editor.post(url, _question_data(role, ["yes", "yes"]))
    assert response.status_code == 200
    assert not ChooserQuestion.objects.exists()
    assert "Another answer of this question already uses this key." in response.content.decode()


def test_admin_edit_views_open(editor, careers_index):
    role = CareerRolePageFactory(parent=careers_index)
    for url in (
        reverse("wagtailadmin_pages:edit", args=[role.pk]),
        reverse("wagtailadmin_pages:edit", args=[careers_index.pk]),
        reverse("wagtailsnippets_careers_skill:add"),
        reverse("wagtailsnippets_careers_chooserquestion:list"),
    ):
        assert editor.get(url).status_code == 200, url
