"""A scheduled article (goes live in the future; appears nowhere until then)."""

ARTICLE = {
    "slug": "ai-agents-explained",
    "date": "2027-01-20",
    "scheduled": True,
    "tags": ["llm", "ai-basics"],
    "cover": ((6, 182, 212), (139, 92, 246)),
    "title": {
        "en": "AI Agents, Explained: When Language Models Take Actions",
        "nl": "AI-agents uitgelegd: als taalmodellen zelf handelen",
        "ar": "وكلاء الذكاء الاصطناعي: عندما تتخذ نماذج اللغة إجراءات",
    },
    "summary": {
        "en": "What changes when a language model can call tools, browse and act on your "
        "behalf, and the safeguards that keep it useful.",
        "nl": "Wat er verandert als een taalmodel hulpmiddelen kan aanroepen, kan browsen en "
        "namens jou kan handelen, en welke waarborgen het bruikbaar houden.",
        "ar": "ما الذي يتغير عندما يستطيع نموذج اللغة استدعاء الأدوات والتصفح والتصرف نيابة "
        "عنك، وما الضمانات التي تبقيه مفيدًا.",
    },
    "body": {
        "en": """
A chatbot answers. An agent acts. When a language model is allowed to call tools such as search, a calendar or a code interpreter, and to decide which one to use next, it becomes an agent.

## How an agent works

The model receives a goal, plans a step, calls a tool, reads the result and decides what to do next, looping until the goal is met or it gives up.

## Why safeguards matter

Every action has consequences. Good agent designs limit which tools are available, ask for confirmation before anything irreversible, and keep a readable log of every step.

!warning Start read-only: Let a new agent look things up before you let it change anything.

> The more an assistant can do, the more carefully you should decide what it may do.
""",
    },
}
