"""Demo articles, authors, tags and blog settings (original prose, several languages)."""

from . import (
    ai_agents_scheduled,
    ai_ml_dl,
    career_paths,
    eu_ai_act,
    interview_questions,
    learn_from_scratch,
    ml_without_code,
    prompt_engineering,
    python_for_ai,
    rag,
    responsible_ai,
    transformers,
    what_is_ai,
)

ARTICLES = [
    module.ARTICLE
    for module in (
        what_is_ai,
        ai_ml_dl,
        learn_from_scratch,
        prompt_engineering,
        rag,
        transformers,
        responsible_ai,
        career_paths,
        eu_ai_act,
        python_for_ai,
        ml_without_code,
        interview_questions,
        ai_agents_scheduled,
    )
]

BLOG_INDEX = {
    "title": {
        "en": "Blog",
        "fr": "Blog",
        "nl": "Blog",
        "hi": "ब्लॉग",
        "te": "బ్లాగ్",
        "es": "Blog",
        "pt": "Blog",
        "de": "Blog",
        "zh-hans": "博客",
        "ja": "ブログ",
        "ar": "المدونة",
    },
    "intro": {
        "en": "Fresh articles on AI, learning and technology, written for curious people "
        "at every level.",
        "fr": "Des articles récents sur l'IA, l'apprentissage et la technologie, pour les "
        "curieux de tous niveaux.",
        "nl": "Nieuwe artikelen over AI, leren en technologie, geschreven voor nieuwsgierige "
        "mensen van elk niveau.",
        "es": "Artículos recientes sobre IA, aprendizaje y tecnología para personas curiosas "
        "de cualquier nivel.",
        "de": "Neue Artikel über KI, Lernen und Technologie für neugierige Menschen auf "
        "jedem Niveau.",
        "ja": "AI、学び、テクノロジーについての新しい記事。どのレベルの人にも読みやすく書いています。",
        "ar": "مقالات جديدة عن الذكاء الاصطناعي والتعلّم والتقنية، مكتوبة للفضوليين في كل "
        "المستويات.",
    },
}

HOME_HEADING = {
    "en": "Latest articles",
    "nl": "Nieuwste artikelen",
    "ar": "أحدث المقالات",
    "fr": "Derniers articles",
    "de": "Neueste Artikel",
    "es": "Últimos artículos",
    "ja": "最新の記事",
}

AUTHOR = {
    "name": {
        "en": "AI Educademy team",
        "nl": "AI Educademy-team",
        "ar": "فريق AI Educademy",
        "ja": "AI Educademy チーム",
    },
    "role": {
        "en": "Editorial team",
        "nl": "Redactie",
        "ar": "فريق التحرير",
        "ja": "編集チーム",
        "fr": "Équipe éditoriale",
        "de": "Redaktion",
        "es": "Equipo editorial",
    },
    "bio": {
        "en": "A small group of volunteers who write, review and translate the site's "
        "articles so that anyone can learn AI in their own language.",
        "nl": "Een kleine groep vrijwilligers die de artikelen van de site schrijft, nakijkt en "
        "vertaalt, zodat iedereen AI in de eigen taal kan leren.",
        "ar": "مجموعة صغيرة من المتطوعين يكتبون مقالات الموقع ويراجعونها ويترجمونها ليتمكن "
        "الجميع من تعلّم الذكاء الاصطناعي بلغتهم.",
        "ja": "だれもが自分のことばでAIを学べるように、サイトの記事を書き、見直し、翻訳している"
        "ボランティアの小さなチームです。",
    },
}

CTA = {
    "heading": {
        "en": "Ready to learn AI properly?",
        "nl": "Klaar om AI echt te leren?",
        "ar": "هل أنت مستعد لتعلّم الذكاء الاصطناعي كما يجب؟",
        "ja": "AIをしっかり学ぶ準備はできましたか？",
        "fr": "Prêt à apprendre l'IA pour de bon ?",
        "de": "Bereit, KI richtig zu lernen?",
        "es": "¿Listo para aprender IA de verdad?",
    },
    "text": {
        "en": "Begin with AI Seeds, a structured program for complete beginners. It is free, "
        "available in your language and needs no account.",
        "nl": "Begin met AI Seeds, een gestructureerd programma voor echte beginners. Gratis, in "
        "jouw taal en zonder account.",
        "ar": "ابدأ ببرنامج AI Seeds، وهو برنامج منظّم للمبتدئين تمامًا. مجاني ومتاح بلغتك "
        "ولا يحتاج إلى حساب.",
        "ja": "まったくの初心者向けに組み立てられたプログラム「AI Seeds」から始めましょう。無料で、"
        "あなたのことばで学べて、アカウントも不要です。",
        "fr": "Commencez par AI Seeds, un programme structuré pour grands débutants. Gratuit, "
        "dans votre langue, sans compte.",
        "de": "Starte mit AI Seeds, einem strukturierten Programm für absolute Einsteiger. "
        "Kostenlos, in deiner Sprache, ohne Konto.",
        "es": "Empieza con AI Seeds, un programa estructurado para principiantes. Gratis, en tu "
        "idioma y sin cuenta.",
    },
    "button": {
        "en": "Start AI Seeds",
        "nl": "Begin met AI Seeds",
        "ar": "ابدأ AI Seeds",
        "ja": "AI Seeds を始める",
        "fr": "Commencer AI Seeds",
        "de": "AI Seeds starten",
        "es": "Empezar AI Seeds",
    },
}

# Tag name (stable identifier and slug) -> label per language.
TAGS = {
    "ai-career": {
        "en": "AI careers",
        "nl": "AI-loopbaan",
        "ar": "مهن الذكاء الاصطناعي",
        "ja": "AIキャリア",
    },
    "machine-learning": {
        "en": "Machine learning",
        "nl": "Machine learning",
        "ar": "تعلّم الآلة",
        "ja": "機械学習",
    },
    "jobs": {"en": "Jobs", "nl": "Banen", "ar": "وظائف", "ja": "仕事"},
    "data-science": {
        "en": "Data science",
        "nl": "Datawetenschap",
        "ar": "علم البيانات",
        "ja": "データサイエンス",
    },
    "career": {"en": "Career", "nl": "Loopbaan", "ar": "المسار المهني", "ja": "キャリア"},
    "ai-basics": {
        "en": "AI basics",
        "nl": "AI-basis",
        "ar": "أساسيات الذكاء الاصطناعي",
        "ja": "AIの基本",
    },
    "beginners": {"en": "Beginners", "nl": "Beginners", "ar": "للمبتدئين", "ja": "初心者向け"},
    "deep-learning": {
        "en": "Deep learning",
        "nl": "Deep learning",
        "ar": "التعلّم العميق",
        "ja": "ディープラーニング",
    },
    "learning": {"en": "Learning", "nl": "Leren", "ar": "التعلّم", "ja": "学び方"},
    "prompt-engineering": {
        "en": "Prompt engineering",
        "nl": "Prompt engineering",
        "ar": "هندسة الأوامر",
        "ja": "プロンプト設計",
    },
    "llm": {"en": "Language models", "nl": "Taalmodellen", "ar": "نماذج اللغة", "ja": "言語モデル"},
    "rag": {"en": "RAG", "nl": "RAG", "ar": "التوليد المعزَّز بالاسترجاع", "ja": "RAG"},
    "transformers": {
        "en": "Transformers",
        "nl": "Transformers",
        "ar": "المحوّلات",
        "ja": "トランスフォーマー",
    },
    "responsible-ai": {
        "en": "Responsible AI",
        "nl": "Verantwoorde AI",
        "ar": "الذكاء الاصطناعي المسؤول",
        "ja": "責任あるAI",
    },
    "ethics": {"en": "Ethics", "nl": "Ethiek", "ar": "الأخلاقيات", "ja": "倫理"},
    "regulation": {"en": "Regulation", "nl": "Regelgeving", "ar": "التنظيم", "ja": "規制"},
    "python": {"en": "Python", "nl": "Python", "ar": "بايثون", "ja": "Python"},
    "no-code": {"en": "No code", "nl": "Zonder code", "ar": "بلا برمجة", "ja": "ノーコード"},
}
