"""Prompt engineering basics. Translated into Dutch."""

ARTICLE = {
    "slug": "prompt-engineering-basics",
    "translated_slugs": {"nl": "basis-van-prompt-engineering"},
    "date": "2026-02-12",
    "tags": ["prompt-engineering", "llm"],
    "cover": ((139, 92, 246), (6, 182, 212)),
    "title": {
        "en": "Prompt Engineering Basics: Getting Useful Answers from Language Models",
        "nl": "De basis van prompt engineering: bruikbare antwoorden uit taalmodellen",
        "ar": "أساسيات هندسة الأوامر: كيف تحصل على إجابات مفيدة من نماذج اللغة",
    },
    "summary": {
        "en": "Five habits that turn vague chatbot replies into useful work: context, a clear "
        "task, examples, a format and a check.",
        "nl": "Vijf gewoontes die vage chatbotantwoorden omzetten in bruikbaar werk: context, een "
        "duidelijke opdracht, voorbeelden, een vorm en een controle.",
        "ar": "خمس عادات تحوّل ردود روبوتات المحادثة المبهمة إلى عمل مفيد: السياق، ومهمة "
        "واضحة، وأمثلة، وشكل محدد، ومراجعة.",
    },
    "body": {
        "en": """
A language model answers the question you asked, not the one you meant. Prompt engineering is simply the craft of closing that gap. You do not need special tricks; you need the same clarity you would give a capable new colleague on their first day.

## 1. Give context

The model knows nothing about your situation unless you say it. Who is the audience? What have you already tried? What constraints matter? "Explain overfitting" gets a textbook answer; "Explain overfitting to a marketing team that has just seen a model fail on new customers" gets a useful one.

## 2. State the task precisely

Use a clear verb and a clear outcome: summarise, compare, draft, classify, list. Say how long the answer should be and what to leave out. If a task has several steps, number them.

## 3. Show an example

One good example often beats a paragraph of instructions. If you want product descriptions in a certain tone, paste one you like and ask for more in the same style. This is called few-shot prompting.

## 4. Ask for a format

Tables, bullet points, JSON, a short email: if you know the shape you need, ask for it. Structured output is easier to check and easier to reuse.

## 5. Check the result

Language models can be wrong with complete confidence. Ask the model to list its assumptions, to quote the part of your document it relied on, or to say "I don't know" when it is unsure. For anything important, verify facts yourself.

!warning Never paste secrets: Do not put passwords, personal data or confidential documents into a tool unless you know exactly where that data goes and who can see it.

## Putting it together

Here is the difference in practice. A weak prompt: "Write about our new course." A stronger one: "Write a 120-word announcement of a free beginner course on machine learning for adults changing careers. Friendly tone, no jargon, end with one sentence inviting readers to start today. Here is last month's announcement as an example of our style."

> A good prompt reads like a good brief: short, specific and honest about what success looks like.

## Where prompt engineering is heading

As models improve, they need fewer tricks and more clear thinking. The lasting skill is not memorising magic phrases but breaking a problem down, describing it precisely and evaluating the answer critically. Those skills will still matter when today's tools are long forgotten.
""",
        "nl": """
Een taalmodel beantwoordt de vraag die je stelde, niet de vraag die je bedoelde. Prompt engineering is eenvoudig gezegd het vak van dat gat dichten. Je hebt geen speciale trucs nodig; je hebt dezelfde duidelijkheid nodig die je een bekwame nieuwe collega op zijn eerste werkdag zou geven.

## 1. Geef context

Het model weet niets over jouw situatie tenzij je het vertelt. Wie is het publiek? Wat heb je al geprobeerd? Welke beperkingen tellen? "Leg overfitting uit" levert een antwoord uit het leerboek op; "Leg overfitting uit aan een marketingteam dat net een model heeft zien falen bij nieuwe klanten" levert een bruikbaar antwoord op.

## 2. Omschrijf de opdracht precies

Gebruik een duidelijk werkwoord en een duidelijk resultaat: samenvatten, vergelijken, opstellen, indelen, opsommen. Zeg hoe lang het antwoord mag zijn en wat eruit moet blijven. Heeft een opdracht meerdere stappen, nummer ze dan.

## 3. Laat een voorbeeld zien

Eén goed voorbeeld is vaak beter dan een alinea instructies. Wil je productbeschrijvingen in een bepaalde toon, plak er dan één die je goed vindt en vraag om meer in dezelfde stijl. Dat heet few-shot prompting.

## 4. Vraag om een vorm

Tabellen, opsommingstekens, JSON, een korte e-mail: als je weet welke vorm je nodig hebt, vraag erom. Gestructureerde uitvoer is makkelijker te controleren en te hergebruiken.

## 5. Controleer het resultaat

Taalmodellen kunnen er vol overtuiging naast zitten. Vraag het model zijn aannames op te sommen, het stuk van je document te citeren waarop het zich baseerde, of "ik weet het niet" te zeggen als het twijfelt. Controleer feiten zelf bij alles wat belangrijk is.

!warning Plak nooit geheimen: Zet geen wachtwoorden, persoonsgegevens of vertrouwelijke documenten in een hulpmiddel, tenzij je precies weet waar die gegevens heen gaan en wie ze kan zien.

## Alles samen

Zo ziet het verschil er in de praktijk uit. Een zwakke prompt: "Schrijf iets over onze nieuwe cursus." Een sterkere: "Schrijf een aankondiging van 120 woorden voor een gratis beginnerscursus machine learning voor volwassenen die van loopbaan wisselen. Vriendelijke toon, geen jargon, eindig met één zin die lezers uitnodigt vandaag te beginnen. Hier is de aankondiging van vorige maand als voorbeeld van onze stijl."

> Een goede prompt leest als een goede briefing: kort, concreet en eerlijk over hoe succes eruitziet.

## Waar prompt engineering heen gaat

Naarmate modellen beter worden, hebben ze minder trucs en meer helder denken nodig. De blijvende vaardigheid is niet het onthouden van toverformules, maar een probleem opdelen, het precies beschrijven en het antwoord kritisch beoordelen. Die vaardigheden blijven belangrijk als de hulpmiddelen van nu allang vergeten zijn.
""",
    },
}
