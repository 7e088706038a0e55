"""Demo lessons, written for AI Educademy.

Each language module holds LESSONS: a list of {"title", "description", "body"} in lesson
order. A body is a list of compact tuples that learning.demo.lesson_body turns into
StreamField data:

    ("h2" | "h3", text)                     heading
    ("p", html) / ("ul", [html, …])         paragraph / bulleted list (runs are merged)
    ("callout", kind, title, text)          kind: info, tip or warning
    ("think", prompt, hint)                 "think about it"
    ("fact", text)                          fun fact
    ("code", language, code, caption)
    ("illustration", symbols, alt_text, caption)
    ("quiz", question, [options], answer, explanation)   answer counted from 1
"""

from . import ai_launchpad_en, ai_seeds_ar, ai_seeds_en, ai_seeds_hi, ai_seeds_nl, ai_sketch_en

# Language-neutral facts of each lesson, in order: slug, icon, minutes, difficulty.
META = {
    "ai-seeds": [
        ("what-is-ai", "🤖", 15, "beginner"),
        ("learning-from-examples", "📚", 20, "beginner"),
        ("data-the-fuel-of-ai", "🗂️", 20, "beginner"),
        ("neural-networks", "🧠", 25, "beginner"),
        ("generative-ai-and-chatbots", "💬", 20, "beginner"),
        ("using-ai-wisely", "⚖️", 20, "beginner"),
    ],
    "ai-sketch": [
        ("anatomy-of-a-prompt", "✍️", 25, "beginner"),
        ("pair-programming-with-ai", "🤝", 30, "beginner"),
        ("your-first-api-call", "🐍", 35, "intermediate"),
    ],
    "ai-launchpad": [
        ("map-of-ai-roles", "🗺️", 25, "beginner"),
        ("cv-for-ai-roles", "📄", 25, "beginner"),
        ("portfolio-and-plan", "🧭", 30, "beginner"),
    ],
}

TEXTS = {
    "ai-seeds": {
        "en": ai_seeds_en.LESSONS,
        "nl": ai_seeds_nl.LESSONS,
        "ar": ai_seeds_ar.LESSONS,
        "hi": ai_seeds_hi.LESSONS,
    },
    "ai-sketch": {"en": ai_sketch_en.LESSONS},
    "ai-launchpad": {"en": ai_launchpad_en.LESSONS},
}

# Blog tags whose articles the program page lists as related reading.
RELATED_TAGS = {
    "ai-seeds": "machine-learning, data-science",
    "ai-sketch": "machine-learning",
    "ai-launchpad": "ai-career, career, jobs",
}


def _lessons(program_slug):
    texts = TEXTS[program_slug]
    lessons = []
    for position, (slug, icon, minutes, difficulty) in enumerate(META[program_slug]):
        languages = {
            code: items[position] for code, items in texts.items() if position < len(items)
        }
        if "en" not in languages:
            continue
        lessons.append(
            {
                "slug": slug,
                "order": position + 1,
                "icon": icon,
                "minutes": minutes,
                "difficulty": difficulty,
                "title": {code: text["title"] for code, text in languages.items()},
                "description": {code: text["description"] for code, text in languages.items()},
                "body": {code: text["body"] for code, text in languages.items()},
            }
        )
    return lessons


LESSONS = {slug: _lessons(slug) for slug in META}
