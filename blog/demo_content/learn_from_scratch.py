"""How to learn AI from scratch. Translated into Dutch."""

ARTICLE = {
    "slug": "how-to-learn-ai-from-scratch",
    "translated_slugs": {"nl": "ai-leren-vanaf-nul"},
    "date": "2026-02-02",
    "tags": ["beginners", "learning", "career"],
    "cover": ((52, 211, 153), (96, 165, 250)),
    "title": {
        "en": "How to Learn AI from Scratch: A Realistic Plan",
        "nl": "AI leren vanaf nul: een realistisch plan",
        "ar": "كيف تتعلم الذكاء الاصطناعي من الصفر: خطة واقعية",
    },
    "summary": {
        "en": "No degree, no background, a few hours a week: a step-by-step plan that takes "
        "you from curious to capable without burning out.",
        "nl": "Geen diploma, geen voorkennis, een paar uur per week: een stappenplan dat je van "
        "nieuwsgierig naar bekwaam brengt zonder op te branden.",
        "ar": "بلا شهادة ولا خلفية، وبضع ساعات أسبوعيًا: خطة خطوة بخطوة تنقلك من الفضول "
        "إلى الكفاءة دون إرهاق.",
    },
    "body": {
        "en": """
The internet is full of AI roadmaps with forty courses and a reading list longer than a novel. Most people who start them quit within a month. This plan is deliberately smaller. It assumes a few hours a week and no technical background, and it favours doing over watching.

## Step 1: Build intuition before maths

Start by understanding what AI systems do and where they fail. Use a chatbot, an image generator and a translation tool with a critical eye. Read plain-language explanations of how models learn from examples. Two or three weeks of this gives you a mental map that makes everything later easier.

## Step 2: Learn just enough Python

Python is the common language of AI. You do not need to become a software engineer; you need variables, lists, loops, functions and how to read a CSV file. Aim for small wins: a script that counts words in a text, or one that draws a chart from a spreadsheet.

## Step 3: Meet data

Most of the work in machine learning is understanding and cleaning data. Learn to load a dataset, look at it, find missing values and make simple charts. The pandas library is the standard tool for this.

## Step 4: Train your first models

Now the fun part. With scikit-learn you can train a model to predict house prices or classify flowers in a dozen lines of code. Focus on the ideas rather than the code: training and test data, overfitting, and how to measure whether a model is any good.

### The maths, when you need it

You will eventually want some linear algebra, probability and a little calculus. Learn them when a concept you care about needs them, not before. Maths learned with a purpose sticks.

## Step 5: Build something you care about

Pick a small project connected to your life or work: sorting your photos, predicting your commute, summarising meeting notes. Finish it, write a short explanation of what you did, and share it. A finished small project teaches more than three abandoned big ones.

!tip Protect your consistency: Thirty minutes on five days beats a five-hour marathon once a month. Put the sessions in your calendar as if they were appointments.

## Step 6: Go deeper, one direction at a time

Once the basics feel comfortable, choose one direction: deep learning, language models, data science or MLOps. Depth in one area opens more doors than a thin layer of everything.

> You do not need to know everything. You need to know enough to take the next step.

## A plan you can start today

The AI Seeds program on this site follows exactly this order, starting from zero. It is free, works in your language and needs no account, so you can begin in the next five minutes.
""",
        "nl": """
Het internet staat vol AI-stappenplannen met veertig cursussen en een leeslijst langer dan een roman. De meeste mensen die eraan beginnen, haken binnen een maand af. Dit plan is bewust kleiner. Het gaat uit van een paar uur per week en geen technische achtergrond, en het verkiest doen boven kijken.

## Stap 1: bouw intuïtie op vóór de wiskunde

Begin met begrijpen wat AI-systemen doen en waar ze falen. Gebruik een chatbot, een beeldgenerator en een vertaalprogramma met een kritische blik. Lees uitleg in gewone taal over hoe modellen leren van voorbeelden. Twee of drie weken zo geeft je een mentale kaart die al het latere makkelijker maakt.

## Stap 2: leer net genoeg Python

Python is de gemeenschappelijke taal van AI. Je hoeft geen software-engineer te worden; je hebt variabelen, lijsten, lussen, functies en het inlezen van een CSV-bestand nodig. Mik op kleine successen: een script dat woorden in een tekst telt, of een dat een grafiek maakt van een spreadsheet.

## Stap 3: maak kennis met data

Het meeste werk in machine learning is data begrijpen en opschonen. Leer een dataset in te laden, te bekijken, ontbrekende waarden te vinden en eenvoudige grafieken te maken. De bibliotheek pandas is hiervoor het standaardgereedschap.

## Stap 4: train je eerste modellen

Nu het leuke deel. Met scikit-learn train je in een tiental regels code een model dat huizenprijzen voorspelt of bloemen indeelt. Richt je op de ideeën in plaats van de code: trainings- en testdata, overfitting en hoe je meet of een model iets voorstelt.

### De wiskunde, wanneer je die nodig hebt

Uiteindelijk wil je wat lineaire algebra, kansrekening en een beetje analyse. Leer ze op het moment dat een begrip dat je belangrijk vindt erom vraagt, niet eerder. Wiskunde die je met een doel leert, blijft hangen.

## Stap 5: bouw iets waar je om geeft

Kies een klein project dat met je leven of werk te maken heeft: je foto's sorteren, je reistijd voorspellen, vergadernotities samenvatten. Maak het af, schrijf kort op wat je hebt gedaan en deel het. Eén afgerond klein project leert je meer dan drie half verlaten grote.

!tip Bescherm je regelmaat: Vijf dagen een halfuur is beter dan één keer per maand een marathon van vijf uur. Zet de sessies in je agenda alsof het afspraken zijn.

## Stap 6: ga dieper, één richting tegelijk

Voelt de basis vertrouwd, kies dan één richting: deep learning, taalmodellen, datawetenschap of MLOps. Diepgang in één gebied opent meer deuren dan een dun laagje van alles.

> Je hoeft niet alles te weten. Je moet genoeg weten om de volgende stap te zetten.

## Een plan waar je vandaag mee begint

Het programma AI Seeds op deze site volgt precies deze volgorde en begint bij nul. Het is gratis, werkt in jouw taal en vraagt geen account, dus je kunt binnen vijf minuten beginnen.
""",
    },
}
