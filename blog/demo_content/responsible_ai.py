"""Responsible AI."""

ARTICLE = {
    "slug": "responsible-ai-in-practice",
    "date": "2026-03-04",
    "tags": ["responsible-ai", "ethics"],
    "cover": ((20, 184, 166), (234, 179, 8)),
    "title": {
        "en": "Responsible AI in Practice: Six Questions to Ask Before You Build",
        "nl": "Verantwoorde AI in de praktijk: zes vragen voordat je bouwt",
        "ar": "الذكاء الاصطناعي المسؤول عمليًا: ستة أسئلة قبل أن تبني",
    },
    "summary": {
        "en": "Fairness, privacy, transparency, safety, accountability and environmental cost, "
        "turned into concrete questions any team can answer.",
        "nl": "Eerlijkheid, privacy, transparantie, veiligheid, verantwoording en milieukosten, "
        "vertaald naar concrete vragen die elk team kan beantwoorden.",
        "ar": "العدالة والخصوصية والشفافية والسلامة والمساءلة والكلفة البيئية، في صورة "
        "أسئلة عملية يستطيع أي فريق الإجابة عنها.",
    },
    "body": {
        "en": """
"Responsible AI" can sound like a poster on an office wall. In practice it is a set of questions that good teams ask early, when changing course is still cheap. Here are six of them.

## 1. Who could be harmed, and how?

List the people affected by the system, including those who never use it directly: the job applicant screened out, the neighbourhood flagged as risky. For each group, ask what a wrong decision would cost them.

## 2. Does it work equally well for everyone?

Measure performance separately for different groups: ages, languages, accents, skin tones, regions. An average accuracy of 95% can hide a group for whom the system fails half the time.

## 3. What data does it use, and did people agree?

Know where your training data came from, whether it contains personal information, and whether its use respects the terms under which it was collected. Collect less when you can.

## 4. Can a person understand and challenge a decision?

People affected by an automated decision should be able to find out that AI was involved, get an explanation they can understand and reach a human who can change the outcome.

!tip Write it down: A one-page "model card" describing purpose, data, known limits and evaluation results is one of the cheapest and most useful habits a team can adopt.

## 5. Who is accountable when it goes wrong?

Name an owner. Decide in advance how problems are reported, how quickly they are investigated and when the system is switched off.

## 6. Is it worth the cost?

Training and running large models uses significant energy and money. Sometimes a simpler model or no model at all is the responsible choice.

> Responsibility is not a feature you add at the end. It is a habit you practise from the first meeting.

These questions do not slow good teams down. They prevent the expensive surprises that do.
""",
    },
}
