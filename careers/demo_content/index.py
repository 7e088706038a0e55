"""The careers index page: title and introductions."""

TITLE = {
    "en": "AI careers", "fr": "Métiers de l'IA", "nl": "Loopbanen in AI", "hi": "एआई करियर",
    "te": "ఏఐ కెరీర్లు", "es": "Carreras en IA", "pt": "Carreiras em IA", "de": "Karrieren in der KI",
    "zh-hans": "AI 职业", "ja": "AI のキャリア", "ar": "مهن الذكاء الاصطناعي",
}  # fmt: skip

INTRO = {
    "en": "Ten ways to work in AI, explained role by role: what the work is, what it pays and "
    "how people get in. Compare them side by side, or answer four questions to find your fit.",
    "fr": "Dix façons de travailler dans l'IA, présentées métier par métier : le travail, le "
    "salaire et les moyens d'y entrer. Comparez-les, ou répondez à quatre questions.",
    "nl": "Tien manieren om in AI te werken, rol voor rol uitgelegd: wat je doet, wat het "
    "oplevert en hoe je binnenkomt. Vergelijk ze naast elkaar of beantwoord vier vragen.",
    "hi": "एआई में काम करने के दस रास्ते, हर भूमिका अलग से: काम क्या है, वेतन कितना है और "
    "शुरुआत कैसे करें। इनकी तुलना करें या चार सवालों के जवाब दें।",
    "te": "ఏఐలో పనిచేయడానికి పది మార్గాలు, ఒక్కో పాత్రగా: పని ఏమిటి, జీతం ఎంత, ఎలా ప్రవేశించాలి. "
    "వాటిని పోల్చండి, లేదా నాలుగు ప్రశ్నలకు జవాబివ్వండి.",
    "es": "Diez formas de trabajar en IA, explicadas puesto a puesto: en qué consiste, cuánto se "
    "gana y cómo entrar. Compáralas o responde a cuatro preguntas.",
    "pt": "Dez maneiras de trabalhar com IA, explicadas função por função: o trabalho, o salário "
    "e como entrar. Compare-as ou responda a quatro perguntas.",
    "de": "Zehn Wege, in der KI zu arbeiten, Rolle für Rolle erklärt: die Arbeit, das Gehalt und "
    "der Einstieg. Vergleichen Sie sie oder beantworten Sie vier Fragen.",
    "zh-hans": "在 AI 领域工作的十种方式，逐一介绍：做什么、收入多少、如何入行。可以并排比较，"
    "也可以回答四个问题找到适合你的方向。",
    "ja": "AI の仕事を 10 の職種ごとに紹介します。仕事内容、年収、入り方を比べるか、"
    "4 つの質問に答えて自分に合う道を見つけましょう。",
    "ar": "عشر طرق للعمل في الذكاء الاصطناعي، مشروحة دورًا دورًا: طبيعة العمل والأجر وطريق "
    "الدخول. قارن بينها أو أجب عن أربعة أسئلة.",
}

COMPARISON_INTRO = {
    "en": "Salaries are yearly gross estimates for 2026 and vary widely between companies.",
    "nl": "De salarissen zijn geschatte bruto jaarbedragen voor 2026 en verschillen sterk per "
    "bedrijf.",
    "ar": "الرواتب تقديرات سنوية إجمالية لعام 2026 وتختلف كثيرًا من شركة إلى أخرى.",
}

CORE_SKILLS_INTRO = {
    "en": "Whichever role you choose, these skills pay off.",
    "nl": "Welke rol je ook kiest, deze vaardigheden betalen zich terug.",
    "ar": "أيًّا كان الدور الذي تختاره، فهذه المهارات تؤتي ثمارها.",
}

CHOOSER_INTRO = {
    "en": "Four quick questions, no account and nothing stored: we rank the roles by how well "
    "they fit your answers.",
    "nl": "Vier korte vragen, zonder account en zonder dat er iets wordt opgeslagen: we zetten "
    "de rollen op volgorde van hoe goed ze bij je antwoorden passen.",
    "ar": "أربعة أسئلة سريعة، بلا حساب ودون حفظ أي شيء: نرتّب الأدوار حسب مدى ملاءمتها لإجاباتك.",
}
