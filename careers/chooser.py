"""The path chooser: reading the visitor's answers from a GET query and ranking the roles.

Each question has a key (the query parameter) and answers with keys (its values), so a
result has a shareable address such as ``chooser/?code=yes&research=no&…``. Every answer
adds its weights to roles; a role's reasons are the reasons of the answers that point to it.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch

from site_config.i18n import page_urls_by_language

MAX_VALUE_LENGTH = 30  # answer keys are slugs of at most 30 characters


def load_questions():
    """Every question with its answers: two queries, however many there are."""
    from .models import ChooserAnswer, ChooserQuestion

    return list(
        ChooserQuestion.objects.prefetch_related(
            Prefetch("answers", queryset=ChooserAnswer.objects.order_by("sort_order", "pk"))
        )
    )


@dataclass
class ChooserInput:
    """What the visitor sent, sorted into valid answers and problems (by question)."""

    chosen: dict = field(default_factory=dict)  # question key → ChooserAnswer
    missing: list = field(default_factory=list)  # questions without an answer
    invalid: list = field(default_factory=list)  # questions with an unknown value
    repeated: list = field(default_factory=list)  # questions answered more than once

    @property
    def submitted(self):
        return bool(self.chosen or self.invalid or self.repeated)

    @property
    def is_complete(self):
        return not (self.missing or self.invalid or self.repeated)

    def query_string(self):
        """The valid answers as a query string, in question order."""
        return urlencode([(key, answer.key) for key, answer in self.chosen.items()])


def read_answers(query, questions):
    """Sort a QueryDict's values into a ChooserInput; unknown parameters are ignored."""
    result = ChooserInput()
    for question in questions:
        values = {value for value in query.getlist(question.key) if value.strip()}
        if not values:
            result.missing.append(question)
            continue
        if len(values) > 1:
            result.repeated.append(question)
            continue
        value = values.pop()
        answer = None
        if len(value) <= MAX_VALUE_LENGTH:
            answer = next((a for a in question.answers.all() if a.key == value), None)
        if answer is None:
            result.invalid.append(question)
        else:
            result.chosen[question.key] = answer
    return result


@dataclass
class RoleMatch:
    role: object
    score: int = 0
    reasons: list = field(default_factory=list)


def rank_roles(roles, answers):
    """Roles by total weight, highest first; ties keep the roles' own order."""
    matches = {role.pk: RoleMatch(role) for role in roles}
    for answer in answers:
        for role_id, weight in answer.role_weights():
            match = matches.get(role_id)
            if match is None:
                continue
            match.score += weight
            if weight > 0 and answer.reason and answer.reason not in match.reasons:
                match.reasons.append(answer.reason)
    return sorted(matches.values(), key=lambda match: -match.score)


def form_rows(questions, chooser_input):
    """[(question, [(answer, is_checked), …], has_problem), …] for the GET form."""
    problems = {q.pk for q in chooser_input.invalid + chooser_input.repeated}
    if chooser_input.submitted:
        problems |= {q.pk for q in chooser_input.missing}
    rows = []
    for question in questions:
        chosen = chooser_input.chosen.get(question.key)
        answers = [
            (answer, chosen is not None and answer.pk == chosen.pk)
            for answer in question.answers.all()
        ]
        rows.append((question, answers, question.pk in problems))
    return rows


def result_context(index_page, request, roles, questions):
    """Context for the chooser's sub-page: the form (kept answers, messages) or the ranking."""
    chooser_input = read_answers(request.GET, questions)
    context = {
        "chooser_input": chooser_input,
        "form_rows": form_rows(questions, chooser_input),
        "matches": [],
    }
    if questions and chooser_input.is_complete:
        ranked = rank_roles(roles, chooser_input.chosen.values())
        context["matches"] = [match for match in ranked if match.score > 0] or ranked
    suffix = index_page.reverse_subpage("chooser")
    query = chooser_input.query_string()
    if query:
        suffix += "?" + query
    context["language_urls"] = page_urls_by_language(index_page, request, suffix)
    return context
