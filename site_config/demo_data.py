"""Demo content data for AI Educademy (data only, no logic).

Language codes follow Django: en, fr, nl, hi, te, es, pt, de, zh-hans, ja, ar.
Dicts with all eleven languages are marked ALL; dicts with en, nl and ar only
are marked ENA. Arabic text is written right to left.
"""

SITE = {
    "site_name": "AI Educademy",
    "tagline": {
        "en": "AI education for everyone, everywhere",
        "fr": "L'apprentissage de l'IA, pour tous et partout",
        "nl": "AI-onderwijs voor iedereen, overal",
        "hi": "सबके लिए, हर जगह एआई शिक्षा",
        "te": "అందరికీ, అన్ని చోట్లా ఏఐ విద్య",
        "es": "Educación en IA para todo el mundo, en cualquier lugar",
        "pt": "Educação em IA para todos, em qualquer lugar",
        "de": "KI-Bildung für alle, überall",
        "zh-hans": "人人可学、处处可学的人工智能教育",
        "ja": "だれでも、どこでも学べるAI教育",
        "ar": "تعليم الذكاء الاصطناعي للجميع، في كل مكان",
    },
    "licence_line": {
        "en": "MIT licence. Open source.",
        "fr": "Licence MIT. Code source ouvert.",
        "nl": "MIT-licentie. Open source.",
        "hi": "MIT लाइसेंस। ओपन सोर्स।",
        "te": "MIT లైసెన్స్. ఓపెన్ సోర్స్.",
        "es": "Licencia MIT. Código abierto.",
        "pt": "Licença MIT. Código aberto.",
        "de": "MIT-Lizenz. Open Source.",
        "zh-hans": "MIT 许可证 · 开源项目",
        "ja": "MITライセンス・オープンソース",
        "ar": "رخصة MIT. مفتوح المصدر.",
    },
    "github_url": "https://github.com/ai-educademy/ai-educademy",
    "contribute_url": "https://github.com/ai-educademy/ai-educademy/blob/main/CONTRIBUTING.md",
    "donation_url": "https://buymeacoffee.com/aieducademy",
    "social_links": [
        ("GitHub", "https://github.com/ai-educademy"),
        ("LinkedIn", "https://www.linkedin.com/company/ai-educademy"),
    ],
    "cta_label": {
        "en": "Start learning, it's free",
        "fr": "Commencer à apprendre, c'est gratuit",
        "nl": "Begin met leren, het is gratis",
        "hi": "सीखना शुरू करें, यह मुफ़्त है",
        "te": "నేర్చుకోవడం మొదలుపెట్టండి, ఇది ఉచితం",
        "es": "Empieza a aprender, es gratis",
        "pt": "Comece a aprender, é grátis",
        "de": "Jetzt lernen – kostenlos",
        "zh-hans": "免费开始学习",
        "ja": "無料で学びはじめる",
        "ar": "ابدأ التعلّم مجانًا",
    },
}

NAV = {
    "programs": {
        "en": "Learning paths",
        "fr": "Parcours d'apprentissage",
        "nl": "Leerpaden",
        "hi": "सीखने के पथ",
        "te": "అభ్యాస మార్గాలు",
        "es": "Rutas de aprendizaje",
        "pt": "Trilhas de aprendizagem",
        "de": "Lernpfade",
        "zh-hans": "学习路径",
        "ja": "学習パス",
        "ar": "مسارات التعلّم",
    },
    "all_programs": {
        "en": "View all programs",
        "fr": "Voir tous les programmes",
        "nl": "Alle programma's bekijken",
        "hi": "सभी कार्यक्रम देखें",
        "te": "అన్ని ప్రోగ్రామ్‌లను చూడండి",
        "es": "Ver todos los programas",
        "pt": "Ver todos os programas",
        "de": "Alle Programme ansehen",
        "zh-hans": "查看全部学习项目",
        "ja": "すべてのプログラムを見る",
        "ar": "عرض جميع البرامج",
    },
    "blog": {
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
        "ar": "المدوّنة",
    },
    "blog_description": {
        "en": "Latest articles about AI, education and technology",
        "fr": "Les derniers articles sur l'IA, l'éducation et la technologie",
        "nl": "Nieuwste artikelen over AI, onderwijs en technologie",
        "hi": "एआई, शिक्षा और तकनीक पर नए लेख",
        "te": "ఏఐ, విద్య, సాంకేతికతపై తాజా వ్యాసాలు",
        "es": "Los artículos más recientes sobre IA, educación y tecnología",
        "pt": "Os artigos mais recentes sobre IA, educação e tecnologia",
        "de": "Neue Artikel zu KI, Bildung und Technologie",
        "zh-hans": "关于人工智能、教育与技术的最新文章",
        "ja": "AI・教育・テクノロジーの最新記事",
        "ar": "أحدث المقالات عن الذكاء الاصطناعي والتعليم والتقنية",
    },
    "careers": {
        "en": "AI careers",
        "fr": "Métiers de l'IA",
        "nl": "Loopbanen in AI",
        "hi": "एआई में करियर",
        "te": "ఏఐ కెరీర్‌లు",
        "es": "Carreras en IA",
        "pt": "Carreiras em IA",
        "de": "Karriere in der KI",
        "zh-hans": "AI 职业发展",
        "ja": "AIのキャリア",
        "ar": "مهن الذكاء الاصطناعي",
    },
    "faq": {
        "en": "FAQ",
        "fr": "FAQ",
        "nl": "Veelgestelde vragen",
        "hi": "अक्सर पूछे जाने वाले सवाल",
        "te": "తరచుగా అడిగే ప్రశ్నలు",
        "es": "Preguntas frecuentes",
        "pt": "Perguntas frequentes",
        "de": "FAQ",
        "zh-hans": "常见问题",
        "ja": "よくある質問",
        "ar": "الأسئلة الشائعة",
    },
    "about": {
        "en": "About",
        "fr": "À propos",
        "nl": "Over ons",
        "hi": "हमारे बारे में",
        "te": "మా గురించి",
        "es": "Acerca de",
        "pt": "Sobre",
        "de": "Über uns",
        "zh-hans": "关于我们",
        "ja": "このサイトについて",
        "ar": "من نحن",
    },
    "mission": {
        "en": "Mission",
        "fr": "Notre mission",
        "nl": "Missie",
        "hi": "हमारा मिशन",
        "te": "మా లక్ష్యం",
        "es": "Misión",
        "pt": "Missão",
        "de": "Mission",
        "zh-hans": "使命",
        "ja": "ミッション",
        "ar": "رسالتنا",
    },
    "values": {
        "en": "Values",
        "fr": "Nos valeurs",
        "nl": "Waarden",
        "hi": "हमारे मूल्य",
        "te": "మా విలువలు",
        "es": "Valores",
        "pt": "Valores",
        "de": "Werte",
        "zh-hans": "价值观",
        "ja": "大切にしていること",
        "ar": "قيمنا",
    },
    "open_source": {
        "en": "Open source",
        "fr": "Open source",
        "nl": "Open source",
        "hi": "ओपन सोर्स",
        "te": "ఓపెన్ సోర్స్",
        "es": "Código abierto",
        "pt": "Código aberto",
        "de": "Open Source",
        "zh-hans": "开源",
        "ja": "オープンソース",
        "ar": "مفتوح المصدر",
    },
    "meet_the_maker": {
        "en": "Meet the maker",
        "fr": "Qui est derrière le projet",
        "nl": "Maak kennis met de maker",
        "hi": "निर्माता से मिलिए",
        "te": "రూపకర్త పరిచయం",
        "es": "Conoce al creador",
        "pt": "Conheça o criador",
        "de": "Der Kopf dahinter",
        "zh-hans": "认识创始人",
        "ja": "開発者の紹介",
        "ar": "تعرّف على صانع المشروع",
    },
    "view_on_github": {
        "en": "View on GitHub",
        "fr": "Voir sur GitHub",
        "nl": "Bekijk op GitHub",
        "hi": "GitHub पर देखें",
        "te": "GitHubలో చూడండి",
        "es": "Ver en GitHub",
        "pt": "Ver no GitHub",
        "de": "Auf GitHub ansehen",
        "zh-hans": "在 GitHub 上查看",
        "ja": "GitHubで見る",
        "ar": "عرض على GitHub",
    },
    "lab": {
        "en": "Lab",
        "fr": "Labo",
        "nl": "Lab",
        "hi": "लैब",
        "te": "ల్యాబ్",
        "es": "Laboratorio",
        "pt": "Laboratório",
        "de": "Labor",
        "zh-hans": "实验室",
        "ja": "ラボ",
        "ar": "المختبر",
    },
}

FOOTER = [
    {
        "key": "learn",
        "heading": {
            "en": "Learn",
            "fr": "Apprendre",
            "nl": "Leren",
            "hi": "सीखें",
            "te": "నేర్చుకోండి",
            "es": "Aprender",
            "pt": "Aprender",
            "de": "Lernen",
            "zh-hans": "学习",
            "ja": "学ぶ",
            "ar": "تعلّم",
        },
        "links": [
            (
                "programs",
                {
                    "en": "Programs",
                    "fr": "Programmes",
                    "nl": "Programma's",
                    "hi": "कार्यक्रम",
                    "te": "ప్రోగ్రామ్‌లు",
                    "es": "Programas",
                    "pt": "Programas",
                    "de": "Programme",
                    "zh-hans": "学习项目",
                    "ja": "プログラム",
                    "ar": "البرامج",
                },
            ),
            (
                "lessons",
                {
                    "en": "Lessons",
                    "fr": "Leçons",
                    "nl": "Lessen",
                    "hi": "पाठ",
                    "te": "పాఠాలు",
                    "es": "Lecciones",
                    "pt": "Lições",
                    "de": "Lektionen",
                    "zh-hans": "课程",
                    "ja": "レッスン",
                    "ar": "الدروس",
                },
            ),
            (
                "lab",
                {
                    "en": "Lab",
                    "fr": "Labo",
                    "nl": "Lab",
                    "hi": "लैब",
                    "te": "ల్యాబ్",
                    "es": "Laboratorio",
                    "pt": "Laboratório",
                    "de": "Labor",
                    "zh-hans": "实验室",
                    "ja": "ラボ",
                    "ar": "المختبر",
                },
            ),
        ],
    },
    {
        "key": "community",
        "heading": {
            "en": "Community",
            "fr": "Communauté",
            "nl": "Community",
            "hi": "समुदाय",
            "te": "కమ్యూనిటీ",
            "es": "Comunidad",
            "pt": "Comunidade",
            "de": "Community",
            "zh-hans": "社区",
            "ja": "コミュニティ",
            "ar": "المجتمع",
        },
        "links": [
            (
                "github",
                {
                    "en": "GitHub",
                    "fr": "GitHub",
                    "nl": "GitHub",
                    "hi": "GitHub",
                    "te": "GitHub",
                    "es": "GitHub",
                    "pt": "GitHub",
                    "de": "GitHub",
                    "zh-hans": "GitHub",
                    "ja": "GitHub",
                    "ar": "GitHub",
                },
            ),
            (
                "contribute",
                {
                    "en": "Contribute",
                    "fr": "Contribuer",
                    "nl": "Bijdragen",
                    "hi": "योगदान दें",
                    "te": "తోడ్పడండి",
                    "es": "Colaborar",
                    "pt": "Contribuir",
                    "de": "Mitmachen",
                    "zh-hans": "参与贡献",
                    "ja": "貢献する",
                    "ar": "ساهم معنا",
                },
            ),
            (
                "code_of_conduct",
                {
                    "en": "Code of conduct",
                    "fr": "Code de conduite",
                    "nl": "Gedragscode",
                    "hi": "आचार संहिता",
                    "te": "ప్రవర్తనా నియమావళి",
                    "es": "Código de conducta",
                    "pt": "Código de conduta",
                    "de": "Verhaltenskodex",
                    "zh-hans": "行为准则",
                    "ja": "行動規範",
                    "ar": "مدونة السلوك",
                },
            ),
            (
                "about",
                {
                    "en": "About us",
                    "fr": "À propos",
                    "nl": "Over ons",
                    "hi": "हमारे बारे में",
                    "te": "మా గురించి",
                    "es": "Sobre nosotros",
                    "pt": "Sobre nós",
                    "de": "Über uns",
                    "zh-hans": "关于我们",
                    "ja": "私たちについて",
                    "ar": "من نحن",
                },
            ),
            (
                "faq",
                {
                    "en": "FAQ",
                    "fr": "FAQ",
                    "nl": "Veelgestelde vragen",
                    "hi": "अक्सर पूछे जाने वाले सवाल",
                    "te": "తరచుగా అడిగే ప్రశ్నలు",
                    "es": "Preguntas frecuentes",
                    "pt": "Perguntas frequentes",
                    "de": "FAQ",
                    "zh-hans": "常见问题",
                    "ja": "よくある質問",
                    "ar": "الأسئلة الشائعة",
                },
            ),
        ],
    },
    {
        "key": "support",
        "heading": {
            "en": "Support",
            "fr": "Soutenir",
            "nl": "Steun ons",
            "hi": "सहयोग करें",
            "te": "మద్దతు ఇవ్వండి",
            "es": "Apoya el proyecto",
            "pt": "Apoie o projeto",
            "de": "Unterstützen",
            "zh-hans": "支持我们",
            "ja": "応援する",
            "ar": "ادعمنا",
        },
        "links": [
            (
                "donate",
                {
                    "en": "Buy me a coffee ☕",
                    "fr": "Offrez-moi un café ☕",
                    "nl": "Trakteer me op koffie ☕",
                    "hi": "मुझे एक कॉफ़ी पिलाइए ☕",
                    "te": "నాకో కాఫీ ఇప్పించండి ☕",
                    "es": "Invítame a un café ☕",
                    "pt": "Me pague um café ☕",
                    "de": "Spendier mir einen Kaffee ☕",
                    "zh-hans": "请我喝杯咖啡 ☕",
                    "ja": "コーヒーをおごる ☕",
                    "ar": "ادعمني بفنجان قهوة ☕",
                },
            ),
        ],
    },
]

HOME = {
    "title": {
        "en": "Learn AI for free, in your own language",
        "fr": "Apprenez l'IA gratuitement, dans votre langue",
        "nl": "Leer AI gratis, in je eigen taal",
        "hi": "एआई सीखें, मुफ़्त और अपनी भाषा में",
        "te": "ఏఐ నేర్చుకోండి, ఉచితంగా, మీ భాషలోనే",
        "es": "Aprende IA gratis y en tu idioma",
        "pt": "Aprenda IA de graça, no seu idioma",
        "de": "KI lernen – kostenlos und in deiner Sprache",
        "zh-hans": "用你的语言，免费学习人工智能",
        "ja": "AIを無料で、あなたの言語で学ぼう",
        "ar": "تعلّم الذكاء الاصطناعي مجانًا وبلغتك",
    },
    "hero_heading": {
        "en": "Understand AI, one clear step at a time",
        "fr": "Comprendre l'IA, une étape claire après l'autre",
        "nl": "Begrijp AI, stap voor stap",
        "hi": "एआई को समझिए, एक-एक साफ़ क़दम के साथ",
        "te": "ఏఐని అర్థం చేసుకోండి, ఒక్కో అడుగు స్పష్టంగా",
        "es": "Entiende la IA, paso a paso y sin rodeos",
        "pt": "Entenda a IA, um passo claro de cada vez",
        "de": "KI verstehen – Schritt für Schritt",
        "zh-hans": "一步一步，真正读懂人工智能",
        "ja": "AIを、一歩ずつわかりやすく",
        "ar": "افهم الذكاء الاصطناعي خطوةً بعد خطوة",
    },
    "hero_intro": {
        "en": "Structured lessons that start from zero and take you all the way to mastery. Everything is free, available in eleven languages, and you never need to create an account.",
        "fr": "Des leçons structurées qui partent de zéro et vous mènent jusqu'à la maîtrise. Tout est gratuit, disponible en onze langues, et aucun compte n'est nécessaire.",
        "nl": "Gestructureerde lessen die bij nul beginnen en je helemaal naar meesterschap brengen. Alles is gratis, beschikbaar in elf talen, en je hoeft nooit een account aan te maken.",
        "hi": "शून्य से शुरू होकर महारत तक ले जाने वाले व्यवस्थित पाठ। सब कुछ मुफ़्त है, ग्यारह भाषाओं में उपलब्ध है, और आपको कोई खाता बनाने की ज़रूरत नहीं।",
        "te": "సున్నా నుంచి మొదలై నైపుణ్యం వరకు తీసుకెళ్లే క్రమబద్ధమైన పాఠాలు. అన్నీ ఉచితం, పదకొండు భాషల్లో అందుబాటులో ఉన్నాయి, ఖాతా తెరవాల్సిన అవసరమే లేదు.",
        "es": "Lecciones ordenadas que empiezan desde cero y te llevan hasta dominar el tema. Todo es gratuito, está disponible en once idiomas y nunca tendrás que crear una cuenta.",
        "pt": "Lições organizadas que começam do zero e levam você até o domínio do assunto. Tudo é gratuito, está disponível em onze idiomas e você não precisa criar conta.",
        "de": "Aufeinander aufbauende Lektionen, die bei null beginnen und dich bis zur Meisterschaft führen. Alles ist kostenlos, in elf Sprachen verfügbar, und ein Konto brauchst du nie.",
        "zh-hans": "从零起步、循序渐进直至精通的系统课程。全部免费，提供十一种语言，无需注册账号。",
        "ja": "ゼロから始めて、確かな実力が身につくまで導く体系的なレッスン。すべて無料、11言語に対応し、アカウント登録も一切不要です。",
        "ar": "دروس منظّمة تبدأ معك من الصفر وتصل بك إلى الإتقان. كل شيء مجاني ومتاح بإحدى عشرة لغة، ولن تحتاج أبدًا إلى إنشاء حساب.",
    },
    "mission_heading": {
        "en": "Our mission",
        "nl": "Onze missie",
        "ar": "رسالتنا",
    },
    "mission_text": {
        "en": "We believe that understanding artificial intelligence should not depend on where you live, what you earn or which language you grew up speaking. AI Educademy exists to put good AI education within reach of everyone, everywhere. No paywalls, no sign-up forms, no fine print.",
        "nl": "Wij vinden dat het begrijpen van kunstmatige intelligentie niet mag afhangen van waar je woont, wat je verdient of met welke taal je bent opgegroeid. AI Educademy bestaat om goed AI-onderwijs binnen bereik te brengen van iedereen, waar ook ter wereld. Geen betaalmuren, geen aanmeldformulieren, geen kleine lettertjes.",
        "ar": "نؤمن بأن فهم الذكاء الاصطناعي لا ينبغي أن يتوقف على مكان إقامتك أو دخلك أو اللغة التي نشأت عليها. وُجدت AI Educademy لتضع تعليمًا جيدًا في الذكاء الاصطناعي في متناول الجميع، أينما كانوا. لا اشتراكات مدفوعة، ولا استمارات تسجيل، ولا شروط خفية.",
    },
    "values": [
        {
            "icon": "🔓",
            "title": {
                "en": "Open by default",
                "nl": "Standaard open",
                "ar": "مفتوح بطبيعته",
            },
            "text": {
                "en": "Every lesson, every line of code and every translation lives in a public repository under the MIT licence. You are free to read it, reuse it and improve it.",
                "nl": "Elke les, elke regel code en elke vertaling staat in een openbare repository onder de MIT-licentie. Je mag alles lezen, hergebruiken en verbeteren.",
                "ar": "كل درس وكل سطر برمجي وكل ترجمة موجودة في مستودع عام بموجب رخصة MIT، فلك أن تقرأها وتعيد استخدامها وتحسّنها.",
            },
        },
        {
            "icon": "🌍",
            "title": {
                "en": "Your language first",
                "nl": "Eerst jouw taal",
                "ar": "لغتك أولًا",
            },
            "text": {
                "en": "Learning is easier in the language you think in. That is why the whole site, from menus to quizzes, is available in eleven languages, including right-to-left Arabic.",
                "nl": "Leren gaat makkelijker in de taal waarin je denkt. Daarom is de hele site, van menu's tot quizzen, beschikbaar in elf talen, inclusief Arabisch, dat van rechts naar links wordt gelezen.",
                "ar": "التعلّم أيسر باللغة التي تفكّر بها، ولهذا يتوفر الموقع كله، من القوائم إلى الاختبارات القصيرة، بإحدى عشرة لغة، منها العربية بكتابتها من اليمين إلى اليسار.",
            },
        },
        {
            "icon": "🤝",
            "title": {
                "en": "Built together",
                "nl": "Samen gebouwd",
                "ar": "نبنيه معًا",
            },
            "text": {
                "en": "Teachers, engineers, translators and learners shape the project in public on GitHub. Every correction and suggestion makes the next lesson better for someone else.",
                "nl": "Docenten, engineers, vertalers en leerlingen geven het project in alle openheid vorm op GitHub. Elke correctie en elk voorstel maakt de volgende les beter voor iemand anders.",
                "ar": "يشارك المعلّمون والمهندسون والمترجمون والمتعلّمون في تشكيل المشروع علنًا على GitHub، وكل تصحيح أو اقتراح يجعل الدرس التالي أفضل لمتعلّم آخر.",
            },
        },
    ],
    "open_source_heading": {
        "en": "Built in the open",
        "nl": "Gebouwd in alle openheid",
        "ar": "نبنيه على الملأ",
    },
    "open_source_text": {
        "en": "AI Educademy is developed in public on GitHub and released under the MIT licence. Browse the code, follow the plans, open an issue when something looks wrong, or send a pull request with a fix or a new translation.",
        "nl": "AI Educademy wordt openlijk ontwikkeld op GitHub en is uitgebracht onder de MIT-licentie. Bekijk de code, volg de plannen, open een issue als je iets vreemds ziet, of stuur een pull request met een verbetering of een nieuwe vertaling.",
        "ar": "تُطوَّر AI Educademy علنًا على GitHub وتُنشر بموجب رخصة MIT. تصفّح الشيفرة، وتابع خطط العمل، وافتح بلاغًا (issue) إذا لاحظت خطأً، أو أرسل طلب دمج (pull request) يحمل إصلاحًا أو ترجمة جديدة.",
    },
    "tracks_heading": {
        "en": "Three paths, fifteen programs",
        "nl": "Drie leerpaden, vijftien programma's",
        "ar": "ثلاثة مسارات وخمسة عشر برنامجًا",
    },
    "tracks_intro": {
        "en": "Pick the path that fits your goal. AI learning takes you from your very first concept to mastery, craft engineering teaches you to build real AI systems, and career ready prepares you for interviews and your first offer. Each path has five levels, from beginner to expert.",
        "nl": "Kies het pad dat bij je doel past. Het AI-leerpad brengt je van je allereerste begrip tot meesterschap, het craft-engineeringpad leert je echte AI-systemen bouwen, en Career ready bereidt je voor op sollicitatiegesprekken en je eerste aanbod. Elk pad telt vijf niveaus, van beginner tot expert.",
        "ar": "اختر المسار الذي يناسب هدفك. مسار تعلّم الذكاء الاصطناعي يأخذك من أول مفهوم حتى الإتقان، ومسار هندسة الحِرفة يعلّمك بناء أنظمة ذكاء اصطناعي حقيقية، ومسار الجاهزية المهنية يهيّئك للمقابلات ولأول عرض عمل. ولكل مسار خمسة مستويات، من المبتدئ إلى الخبير.",
    },
    "closing_cta_heading": {
        "en": "Your first lesson is one click away",
        "nl": "Je eerste les is maar één klik verwijderd",
        "ar": "درسك الأول على بُعد نقرة واحدة",
    },
    "closing_cta_text": {
        "en": "Start with AI Seeds, a gentle two-hour introduction for complete beginners. No account, no cost, no pressure: just open a lesson and begin.",
        "nl": "Begin met AI Seeds, een rustige introductie van twee uur voor absolute beginners. Geen account, geen kosten, geen druk: open gewoon een les en ga aan de slag.",
        "ar": "ابدأ ببرنامج AI Seeds، وهو مدخل هادئ مدته ساعتان للمبتدئين تمامًا. لا حساب ولا تكلفة ولا ضغط: افتح درسًا وابدأ.",
    },
}

PAGES = {
    "about": {
        "slug": {
            "en": "about",
            "fr": "a-propos",
            "nl": "over-ons",
            "hi": "hamare-bare-mein",
            "te": "maa-gurinchi",
            "es": "sobre-nosotros",
            "pt": "sobre-nos",
            "de": "ueber-uns",
            "zh-hans": "guanyu-women",
            "ja": "watashitachi-ni-tsuite",
            "ar": "من-نحن",
        },
        "title": {
            "en": "About AI Educademy",
            "fr": "À propos d'AI Educademy",
            "nl": "Over AI Educademy",
            "hi": "AI Educademy के बारे में",
            "te": "AI Educademy గురించి",
            "es": "Acerca de AI Educademy",
            "pt": "Sobre a AI Educademy",
            "de": "Über AI Educademy",
            "zh-hans": "关于 AI Educademy",
            "ja": "AI Educademyについて",
            "ar": "عن AI Educademy",
        },
        "intro": {
            "en": "AI Educademy is a free, open-source place to learn artificial intelligence in your own language. Here is why it exists, what guides it and how you can take part.",
            "nl": "AI Educademy is een gratis, open-source plek om kunstmatige intelligentie te leren in je eigen taal. Hier lees je waarom het project bestaat, waar het voor staat en hoe je kunt meedoen.",
            "ar": "AI Educademy مساحة مجانية ومفتوحة المصدر لتعلّم الذكاء الاصطناعي بلغتك. ستجد هنا سبب وجودها، والمبادئ التي توجّهها، وكيف يمكنك المشاركة فيها.",
        },
        "sections": {
            "en": [
                (
                    "Our mission",
                    [
                        "Artificial intelligence is changing how people work, study and make decisions, yet good explanations of it are often locked behind expensive courses, dense jargon or a single language. We want to remove those barriers.",
                        "Our goal is simple to state and hard to finish: AI education that anyone, anywhere, can use. Every program on this site is free to read, works without an account and is offered in eleven languages.",
                    ],
                ),
                (
                    "Our values",
                    [
                        "Three commitments shape every decision we make. We stay open source, so the material belongs to everyone who uses it. We stay multilingual, so nobody has to learn English before they can learn AI. And we stay community-driven, so the people who learn here can also improve what they learn from.",
                        "When a choice is hard, we ask which option keeps the site free, readable and welcoming to someone meeting AI for the first time. That option usually wins.",
                    ],
                ),
                (
                    "Open source",
                    [
                        "The entire project, including the website code, the lesson texts and the translations, is published on GitHub under the MIT licence. You are free to study it, copy it, adapt it for your classroom or build something new on top of it.",
                        "Working in public keeps us honest. Anyone can see how a lesson was written, check a claim, follow a discussion or suggest a better explanation.",
                    ],
                ),
                (
                    "Meet the maker",
                    [
                        "AI Educademy was started by a software engineer who kept meeting curious people held back by the same two obstacles: the cost of courses and the lack of material in their own language. The founder decided to build the resource that was missing, and to give it away.",
                        "What began as a side project is growing into a shared effort. The founder still reviews contributions and writes lessons, but the direction of the site is increasingly set by the community around it.",
                    ],
                ),
                (
                    "How to help",
                    [
                        "You do not need to be an AI expert to make a difference. Pointing out a typo, improving a sentence in your native language or telling a friend about the site all count.",
                        "If you would like to go further, read our contribution guide, pick an open issue on GitHub or help with the running costs by buying the project a coffee. Every contribution, large or small, is welcome.",
                    ],
                ),
            ],
            "nl": [
                (
                    "Onze missie",
                    [
                        "Kunstmatige intelligentie verandert hoe mensen werken, studeren en beslissingen nemen. Toch zitten goede uitleggen erover vaak verstopt achter dure cursussen, moeilijk jargon of één enkele taal. Die drempels willen we weghalen.",
                        "Ons doel is makkelijk uit te leggen en lastig af te ronden: AI-onderwijs dat iedereen, waar dan ook, kan gebruiken. Elk programma op deze site is gratis, werkt zonder account en is beschikbaar in elf talen.",
                    ],
                ),
                (
                    "Onze waarden",
                    [
                        "Drie uitgangspunten sturen elke keuze die we maken. We blijven open source, zodat het materiaal van iedereen is die het gebruikt. We blijven meertalig, zodat niemand eerst Engels hoeft te leren om AI te kunnen leren. En we bouwen samen met de community, zodat wie hier leert ook kan verbeteren waarvan hij leert.",
                        "Twijfelen we, dan kiezen we de optie die de site gratis, leesbaar en uitnodigend houdt voor iemand die voor het eerst met AI kennismaakt. Die optie wint meestal.",
                    ],
                ),
                (
                    "Open source",
                    [
                        "Het hele project, van de code van de website tot de lesteksten en vertalingen, staat op GitHub onder de MIT-licentie. Je mag het bestuderen, kopiëren, aanpassen voor je eigen klas of er iets nieuws op bouwen.",
                        "In het openbaar werken houdt ons scherp. Iedereen kan zien hoe een les tot stand kwam, een bewering controleren, een discussie volgen of een betere uitleg voorstellen.",
                    ],
                ),
                (
                    "Maak kennis met de maker",
                    [
                        "AI Educademy is opgezet door een software-engineer die steeds weer nieuwsgierige mensen tegenkwam die tegen dezelfde twee muren liepen: dure cursussen en te weinig materiaal in hun eigen taal. De oprichter besloot zelf te bouwen wat er nog niet was, en het gratis weg te geven.",
                        "Wat begon als bijproject groeit uit tot een gezamenlijke inspanning. De oprichter beoordeelt nog steeds bijdragen en schrijft lessen, maar de koers van de site wordt steeds meer bepaald door de community eromheen.",
                    ],
                ),
                (
                    "Zo kun je helpen",
                    [
                        "Je hoeft geen AI-expert te zijn om het verschil te maken. Een tikfout melden, een zin in je moedertaal verbeteren of een vriend over de site vertellen: het helpt allemaal.",
                        "Wil je een stap verder gaan? Lees dan onze handleiding voor bijdragers, pak een openstaand issue op GitHub op of help de kosten te dekken door het project op een kop koffie te trakteren. Elke bijdrage, groot of klein, is welkom.",
                    ],
                ),
            ],
            "ar": [
                (
                    "رسالتنا",
                    [
                        "يغيّر الذكاء الاصطناعي طريقة عمل الناس ودراستهم واتخاذهم للقرارات، ومع ذلك كثيرًا ما تبقى الشروح الجيدة عنه حبيسة دورات باهظة الثمن، أو مصطلحات معقّدة، أو لغة واحدة. ونحن نريد إزالة هذه الحواجز.",
                        "هدفنا سهل القول صعب الإنجاز: تعليم في الذكاء الاصطناعي يستطيع أي شخص، في أي مكان، الاستفادة منه. كل برنامج على هذا الموقع مجاني، ويعمل دون حساب، ومتاح بإحدى عشرة لغة.",
                    ],
                ),
                (
                    "قيمنا",
                    [
                        "ثلاثة التزامات تحكم كل قرار نتخذه. نبقى مفتوحي المصدر ليظل المحتوى ملكًا لكل من يستخدمه. ونبقى متعددي اللغات كي لا يضطر أحد إلى تعلّم الإنجليزية قبل أن يتعلّم الذكاء الاصطناعي. ونبقى مشروعًا يقوده مجتمعه، ليتمكّن من يتعلّم هنا من تحسين ما يتعلّم منه أيضًا.",
                        "وحين يصعب الاختيار، نسأل أنفسنا: أيّ الخيارين يُبقي الموقع مجانيًا وسهل القراءة ومرحّبًا بمن يقترب من الذكاء الاصطناعي لأول مرة؟ وغالبًا ما يكون ذلك هو الخيار الصحيح.",
                    ],
                ),
                (
                    "مفتوح المصدر",
                    [
                        "المشروع بأكمله، من شيفرة الموقع إلى نصوص الدروس والترجمات، منشور على GitHub بموجب رخصة MIT. لك أن تدرسه وتنسخه وتكيّفه لصفّك الدراسي أو تبني عليه شيئًا جديدًا.",
                        "العمل العلني يُبقينا صادقين؛ فبإمكان أي شخص أن يرى كيف كُتب الدرس، وأن يتحقق من معلومة، وأن يتابع نقاشًا، أو يقترح شرحًا أفضل.",
                    ],
                ),
                (
                    "تعرّف على صانع المشروع",
                    [
                        "أسّس AI Educademy مهندسُ برمجيات كان يلتقي باستمرار بأشخاص فضوليين تعيقهم العقبتان نفسهما: غلاء الدورات وقلّة المحتوى بلغاتهم. فقرّر المؤسس أن يبني المورد الذي كان ينقصهم، وأن يقدّمه مجانًا.",
                        "ما بدأ مشروعًا جانبيًا يتحوّل اليوم إلى جهد مشترك. لا يزال المؤسس يراجع المساهمات ويكتب الدروس، لكن المجتمع المحيط بالموقع بات يرسم اتجاهه أكثر فأكثر.",
                    ],
                ),
                (
                    "كيف تساعد",
                    [
                        "لست بحاجة إلى أن تكون خبيرًا في الذكاء الاصطناعي لتُحدث فرقًا. الإشارة إلى خطأ إملائي، أو تحسين جملة بلغتك الأم، أو إخبار صديق عن الموقع، كلها مساعدة حقيقية.",
                        "وإن أردت أن تذهب أبعد، فاقرأ دليل المساهمة، واختر بلاغًا مفتوحًا على GitHub، أو ساعد في تغطية تكاليف التشغيل بفنجان قهوة. كل مساهمة، كبيرة كانت أم صغيرة، موضع ترحيب.",
                    ],
                ),
            ],
        },
    },
    "code-of-conduct": {
        "slug": {
            "en": "code-of-conduct",
            "fr": "code-de-conduite",
            "nl": "gedragscode",
            "hi": "aachar-sanhita",
            "te": "pravartana-niyamavali",
            "es": "codigo-de-conducta",
            "pt": "codigo-de-conduta",
            "de": "verhaltenskodex",
            "zh-hans": "xingwei-zhunze",
            "ja": "kodo-kihan",
            "ar": "مدونة-السلوك",
        },
        "title": {
            "en": "Code of conduct",
            "fr": "Code de conduite",
            "nl": "Gedragscode",
            "hi": "आचार संहिता",
            "te": "ప్రవర్తనా నియమావళి",
            "es": "Código de conducta",
            "pt": "Código de conduta",
            "de": "Verhaltenskodex",
            "zh-hans": "行为准则",
            "ja": "行動規範",
            "ar": "مدونة السلوك",
        },
        "intro": {
            "en": "AI Educademy is a place for learners and contributors from every background. This code of conduct explains how we treat each other in our repositories, discussions and any other space connected to the project.",
            "nl": "AI Educademy is er voor leerlingen en bijdragers met allerlei achtergronden. Deze gedragscode beschrijft hoe we met elkaar omgaan in onze repositories, discussies en alle andere ruimtes die met het project te maken hebben.",
            "ar": "AI Educademy مساحة للمتعلّمين والمساهمين من جميع الخلفيات. توضّح مدونة السلوك هذه كيف نتعامل بعضنا مع بعض في مستودعاتنا ونقاشاتنا وفي كل مساحة أخرى مرتبطة بالمشروع.",
        },
        "sections": {
            "en": [
                (
                    "Our commitment",
                    [
                        "We want taking part in this project to be a good experience for everyone, whatever their age, body, disability, ethnicity, gender identity, level of experience, nationality, appearance, religion or sexual orientation.",
                        "Beginners are especially welcome here. Asking a basic question is never a mistake, and nobody should feel embarrassed about something they do not know yet.",
                    ],
                ),
                (
                    "What we expect",
                    [
                        "Be kind and patient, particularly with people who are writing in a language that is not their first. Assume good intentions, comment on the work rather than the person, and accept criticism of your own work gracefully.",
                        "When you disagree, explain your reasoning and stay open to the possibility that you are wrong. When you make a mistake, acknowledge it and move on; it happens to all of us.",
                    ],
                ),
                (
                    "What we do not accept",
                    [
                        "Harassment, insults, discriminatory jokes, personal or political attacks and unwelcome sexual attention have no place in this community. Neither does publishing someone's private information without their clear permission.",
                        "We also do not accept deliberately misleading content in lessons or translations, or repeated behaviour that derails discussions and drives other people away.",
                    ],
                ),
                (
                    "How to report a problem",
                    [
                        "If you experience or witness behaviour that breaks this code, please contact the maintainers privately using the contact details listed in the project repository. Describe what happened, where and when, and add links if you have them.",
                        "Every report is handled confidentially and taken seriously. Nobody will face negative consequences for raising a concern in good faith.",
                    ],
                ),
                (
                    "How we respond",
                    [
                        "The maintainers review each report and decide on a fair response. Depending on the situation, that may be a private conversation, a public warning, the removal of content, or a temporary or permanent ban from project spaces.",
                        "This code applies in every space linked to AI Educademy, including the GitHub repository, issues, pull requests and community channels, and also whenever someone represents the project in public.",
                    ],
                ),
            ],
            "nl": [
                (
                    "Onze belofte",
                    [
                        "We willen dat meedoen aan dit project voor iedereen een goede ervaring is, ongeacht leeftijd, lichaam, beperking, etniciteit, genderidentiteit, ervaring, nationaliteit, uiterlijk, geloof of seksuele oriëntatie.",
                        "Beginners zijn hier extra welkom. Een eenvoudige vraag stellen is nooit fout, en je hoeft je nooit te schamen voor iets wat je nog niet weet.",
                    ],
                ),
                (
                    "Wat we van je verwachten",
                    [
                        "Wees vriendelijk en geduldig, vooral tegenover mensen die schrijven in een taal die niet hun moedertaal is. Ga uit van goede bedoelingen, geef feedback op het werk en niet op de persoon, en neem kritiek op je eigen werk sportief op.",
                        "Ben je het ergens niet mee eens, leg dan uit waarom en houd er rekening mee dat je ongelijk kunt hebben. Maak je een fout, erken die dan en ga verder; dat overkomt iedereen.",
                    ],
                ),
                (
                    "Wat we niet accepteren",
                    [
                        "Intimidatie, beledigingen, discriminerende grappen, persoonlijke of politieke aanvallen en ongewenste seksuele aandacht horen niet thuis in deze community. Hetzelfde geldt voor het openbaar maken van iemands privégegevens zonder diens duidelijke toestemming.",
                        "Ook opzettelijk misleidende inhoud in lessen of vertalingen accepteren we niet, net zomin als herhaald gedrag dat discussies laat ontsporen en anderen wegjaagt.",
                    ],
                ),
                (
                    "Een probleem melden",
                    [
                        "Maak je gedrag mee dat tegen deze code ingaat, of zie je het gebeuren? Neem dan privé contact op met de beheerders via de contactgegevens in de projectrepository. Beschrijf wat er gebeurde, waar en wanneer, en voeg links toe als je die hebt.",
                        "Elke melding wordt vertrouwelijk en serieus behandeld. Wie te goeder trouw een zorg meldt, ondervindt daar geen nadelige gevolgen van.",
                    ],
                ),
                (
                    "Hoe we reageren",
                    [
                        "De beheerders bekijken elke melding en besluiten over een passende reactie. Afhankelijk van de situatie kan dat een persoonlijk gesprek zijn, een openbare waarschuwing, het verwijderen van inhoud, of een tijdelijke of permanente uitsluiting van de projectruimtes.",
                        "Deze code geldt in elke ruimte die met AI Educademy verbonden is, zoals de GitHub-repository, issues, pull requests en communitykanalen, en ook wanneer iemand het project in het openbaar vertegenwoordigt.",
                    ],
                ),
            ],
            "ar": [
                (
                    "التزامنا",
                    [
                        "نريد أن تكون المشاركة في هذا المشروع تجربة طيبة للجميع، بصرف النظر عن العمر أو الهيئة الجسدية أو الإعاقة أو الأصل العرقي أو الهوية الجندرية أو مستوى الخبرة أو الجنسية أو المظهر أو الدين أو التوجّه الجنسي.",
                        "المبتدئون مرحَّب بهم هنا بشكل خاص. طرح سؤال بسيط ليس خطأً أبدًا، ولا ينبغي لأحد أن يشعر بالحرج لأنه لا يعرف شيئًا بعد.",
                    ],
                ),
                (
                    "ما نتوقّعه منك",
                    [
                        "كن لطيفًا وصبورًا، ولا سيّما مع من يكتبون بلغة غير لغتهم الأم. أحسن الظن بالآخرين، ووجّه ملاحظاتك إلى العمل لا إلى الشخص، وتقبّل النقد الموجّه إلى عملك بصدر رحب.",
                        "إذا اختلفت مع أحد فاشرح أسبابك وابقَ منفتحًا على احتمال أن تكون مخطئًا. وإذا أخطأت فاعترف بالخطأ وامضِ قدمًا؛ فكلّنا نخطئ.",
                    ],
                ),
                (
                    "ما لا نقبله",
                    [
                        "لا مكان في هذا المجتمع للتحرش أو الإهانات أو النكات التمييزية أو الهجمات الشخصية والسياسية أو الاهتمام الجنسي غير المرغوب فيه. ولا مكان كذلك لنشر المعلومات الخاصة لأي شخص دون إذن صريح منه.",
                        "كما لا نقبل المحتوى المضلّل عمدًا في الدروس أو الترجمات، ولا السلوك المتكرر الذي يحرف النقاشات عن مسارها وينفّر الآخرين.",
                    ],
                ),
                (
                    "كيف تبلّغ عن مشكلة",
                    [
                        "إذا تعرّضت لسلوك يخالف هذه المدونة أو شهدته، فتواصل مع القائمين على المشروع بشكل خاص عبر بيانات الاتصال المذكورة في مستودع المشروع. صِف ما حدث وأين ومتى، وأرفق الروابط إن وُجدت.",
                        "نتعامل مع كل بلاغ بسرّية وجدّية تامّتين، ولن تترتب على أحد أي عواقب سلبية إذا أثار مخاوفه بحسن نية.",
                    ],
                ),
                (
                    "كيف نتصرّف",
                    [
                        "يراجع القائمون على المشروع كل بلاغ ويقرّرون الإجراء المناسب. وبحسب الحالة، قد يكون ذلك محادثة خاصة، أو تحذيرًا علنيًا، أو حذف محتوى، أو منعًا مؤقتًا أو دائمًا من مساحات المشروع.",
                        "تسري هذه المدونة على كل مساحة مرتبطة بـ AI Educademy، بما فيها مستودع GitHub والبلاغات وطلبات الدمج وقنوات المجتمع، وكذلك حين يمثّل أحدهم المشروع علنًا.",
                    ],
                ),
            ],
        },
    },
    "contribute": {
        "slug": {
            "en": "contribute",
            "fr": "contribuer",
            "nl": "bijdragen",
            "hi": "yogdan-dein",
            "te": "thodpadandi",
            "es": "colaborar",
            "pt": "contribuir",
            "de": "mitmachen",
            "zh-hans": "canyu-gongxian",
            "ja": "kouken",
            "ar": "ساهم-معنا",
        },
        "title": {
            "en": "How to contribute",
            "fr": "Comment contribuer",
            "nl": "Zo draag je bij",
            "hi": "योगदान कैसे दें",
            "te": "ఎలా తోడ్పడాలి",
            "es": "Cómo colaborar",
            "pt": "Como contribuir",
            "de": "So kannst du mitmachen",
            "zh-hans": "如何参与贡献",
            "ja": "貢献するには",
            "ar": "كيف تساهم",
        },
        "intro": {
            "en": "AI Educademy grows because people give a little of their time and knowledge. Whether you have five minutes or a whole weekend, there is a way to help.",
            "nl": "AI Educademy groeit doordat mensen een beetje van hun tijd en kennis delen. Of je nu vijf minuten hebt of een heel weekend, er is altijd een manier om te helpen.",
            "ar": "تنمو AI Educademy لأن أشخاصًا يمنحونها قليلًا من وقتهم ومعرفتهم. سواء كان لديك خمس دقائق أو عطلة نهاية أسبوع كاملة، فهناك دائمًا طريقة للمساعدة.",
        },
        "sections": {
            "en": [
                (
                    "Before you start",
                    [
                        "All work happens in our public GitHub repository. Create a free GitHub account if you do not have one, read the code of conduct, and take a look at the CONTRIBUTING.md file, which explains how the project is organised and how changes are reviewed.",
                        "Small, focused changes are easier to review than large ones. If you are planning something big, open an issue first so that we can talk the idea through together before you invest your time.",
                    ],
                ),
                (
                    "Improve a translation",
                    [
                        "Translations are among the most valuable contributions we receive. If one of our eleven languages is your native language, read a few lessons and the interface in it, and fix anything that sounds stiff, unclear or simply wrong.",
                        "Aim for wording a native speaker would actually use, not a word-for-word copy of the English. Use technical terms the same way as the rest of the site does in that language, and leave a short note in your pull request if you changed a term on purpose.",
                    ],
                ),
                (
                    "Write or review a lesson",
                    [
                        "A good lesson explains one idea clearly, uses concrete examples and ends with a short quiz that checks understanding rather than memory. To propose a new lesson, open an issue describing the topic, the target level and what learners should be able to do afterwards.",
                        "Reviewing is just as useful as writing. Read an existing lesson carefully, check the facts and the quiz answers, and tell us where a beginner might get lost.",
                    ],
                ),
                (
                    "Contribute code",
                    [
                        "The site is built with Django and Wagtail. Fork the repository, create a branch for your change, run the tests locally and open a pull request that explains what you changed and why.",
                        "We care about speed, accessibility and right-to-left support, so please try your change on a small screen and in Arabic before you submit it.",
                    ],
                ),
                (
                    "Report a problem",
                    [
                        "Found a broken link, a wrong quiz answer or a page that looks odd? Open an issue on GitHub with the page address, your language, what you expected and what you saw instead. A screenshot helps a lot.",
                        "If you are not comfortable with GitHub, any clear description is still welcome. Every report, however small, makes the site better for the next learner.",
                    ],
                ),
            ],
            "nl": [
                (
                    "Voordat je begint",
                    [
                        "Al het werk gebeurt in onze openbare GitHub-repository. Maak een gratis GitHub-account aan als je dat nog niet hebt, lees de gedragscode en bekijk het bestand CONTRIBUTING.md, waarin staat hoe het project in elkaar zit en hoe wijzigingen worden beoordeeld.",
                        "Kleine, gerichte wijzigingen zijn makkelijker te beoordelen dan grote. Heb je iets groots in gedachten, open dan eerst een issue, zodat we het idee samen kunnen bespreken voordat je er veel tijd in steekt.",
                    ],
                ),
                (
                    "Een vertaling verbeteren",
                    [
                        "Vertalingen behoren tot de waardevolste bijdragen die we krijgen. Is een van onze elf talen je moedertaal? Lees dan een paar lessen en de interface in die taal en verbeter alles wat stroef, onduidelijk of gewoon fout klinkt.",
                        "Kies woorden die een moedertaalspreker echt zou gebruiken, geen letterlijke kopie van het Engels. Gebruik vaktermen op dezelfde manier als in de rest van de site en zet een korte toelichting in je pull request als je bewust een term hebt veranderd.",
                    ],
                ),
                (
                    "Een les schrijven of nakijken",
                    [
                        "Een goede les legt één idee helder uit, gebruikt concrete voorbeelden en sluit af met een korte quiz die begrip toetst in plaats van geheugen. Stel een nieuwe les voor door een issue te openen met het onderwerp, het niveau en wat leerlingen daarna moeten kunnen.",
                        "Nakijken is net zo nuttig als schrijven. Lees een bestaande les aandachtig, controleer de feiten en de quizantwoorden, en laat ons weten waar een beginner zou kunnen vastlopen.",
                    ],
                ),
                (
                    "Code bijdragen",
                    [
                        "De site is gebouwd met Django en Wagtail. Fork de repository, maak een branch voor je wijziging, draai de tests lokaal en open een pull request waarin je uitlegt wat je hebt veranderd en waarom.",
                        "Snelheid, toegankelijkheid en ondersteuning voor talen die van rechts naar links worden geschreven vinden we belangrijk. Probeer je wijziging daarom uit op een klein scherm en in het Arabisch voordat je hem indient.",
                    ],
                ),
                (
                    "Een probleem melden",
                    [
                        "Kom je een kapotte link tegen, een verkeerd quizantwoord of een pagina die er vreemd uitziet? Open een issue op GitHub met het adres van de pagina, je taal, wat je verwachtte en wat je in plaats daarvan zag. Een schermafbeelding helpt enorm.",
                        "Werk je liever niet met GitHub, dan is elke duidelijke beschrijving nog steeds welkom. Iedere melding, hoe klein ook, maakt de site beter voor de volgende leerling.",
                    ],
                ),
            ],
            "ar": [
                (
                    "قبل أن تبدأ",
                    [
                        "يجري العمل كله في مستودعنا العام على GitHub. أنشئ حسابًا مجانيًا على GitHub إن لم يكن لديك واحد، واقرأ مدونة السلوك، وألقِ نظرة على ملف CONTRIBUTING.md الذي يشرح بنية المشروع وطريقة مراجعة التغييرات.",
                        "التغييرات الصغيرة المركّزة أسهل في المراجعة من الكبيرة. وإن كنت تخطط لعمل كبير، فافتح بلاغًا أولًا لنناقش الفكرة معًا قبل أن تستثمر فيها وقتك.",
                    ],
                ),
                (
                    "حسّن ترجمة",
                    [
                        "الترجمات من أثمن المساهمات التي نتلقاها. إذا كانت إحدى لغاتنا الإحدى عشرة لغتك الأم، فاقرأ بعض الدروس وواجهة الموقع بها، وصحّح كل ما يبدو متكلّفًا أو غامضًا أو خاطئًا ببساطة.",
                        "اختر صياغة يستخدمها أهل اللغة فعلًا، لا نقلًا حرفيًا عن الإنجليزية. واستخدم المصطلحات التقنية بالطريقة نفسها المعتمدة في بقية الموقع بتلك اللغة، وأضف ملاحظة قصيرة في طلب الدمج إن غيّرت مصطلحًا عن قصد.",
                    ],
                ),
                (
                    "اكتب درسًا أو راجعه",
                    [
                        "الدرس الجيد يشرح فكرة واحدة بوضوح، ويستعين بأمثلة ملموسة، وينتهي باختبار قصير يقيس الفهم لا الحفظ. لاقتراح درس جديد، افتح بلاغًا تصف فيه الموضوع والمستوى المستهدف وما ينبغي أن يقدر عليه المتعلّم بعده.",
                        "المراجعة لا تقل أهمية عن الكتابة. اقرأ درسًا قائمًا بتمعّن، وتحقّق من المعلومات وإجابات الاختبار، وأخبرنا أين قد يتوه المبتدئ.",
                    ],
                ),
                (
                    "ساهم بالشيفرة",
                    [
                        "بُني الموقع باستخدام Django و Wagtail. أنشئ نسخة (fork) من المستودع، وافتح فرعًا لتغييرك، وشغّل الاختبارات محليًا، ثم أرسل طلب دمج يشرح ما غيّرته ولماذا.",
                        "نهتم بالسرعة وسهولة الوصول ودعم الكتابة من اليمين إلى اليسار، لذا نرجو أن تجرّب تغييرك على شاشة صغيرة وباللغة العربية قبل إرساله.",
                    ],
                ),
                (
                    "أبلغ عن مشكلة",
                    [
                        "هل وجدت رابطًا معطّلًا أو إجابة خاطئة في اختبار أو صفحة تبدو غريبة؟ افتح بلاغًا على GitHub يتضمن عنوان الصفحة ولغتك وما كنت تتوقعه وما ظهر لك بدلًا منه. ولقطة الشاشة مفيدة جدًا.",
                        "إن لم تكن معتادًا على GitHub، فأي وصف واضح يظل موضع ترحيب. كل بلاغ، مهما كان صغيرًا، يجعل الموقع أفضل للمتعلّم التالي.",
                    ],
                ),
            ],
        },
    },
}

FAQ = {
    "slug": {
        "en": "faq",
        "fr": "questions-frequentes",
        "nl": "veelgestelde-vragen",
        "hi": "aksar-puchhe-jane-wale-sawal",
        "te": "tarachuga-adige-prashnalu",
        "es": "preguntas-frecuentes",
        "pt": "perguntas-frequentes",
        "de": "haeufige-fragen",
        "zh-hans": "changjian-wenti",
        "ja": "yokuaru-shitsumon",
        "ar": "الأسئلة-الشائعة",
    },
    "title": {
        "en": "Frequently asked questions",
        "fr": "Questions fréquentes",
        "nl": "Veelgestelde vragen",
        "hi": "अक्सर पूछे जाने वाले सवाल",
        "te": "తరచుగా అడిగే ప్రశ్నలు",
        "es": "Preguntas frecuentes",
        "pt": "Perguntas frequentes",
        "de": "Häufig gestellte Fragen",
        "zh-hans": "常见问题",
        "ja": "よくある質問",
        "ar": "الأسئلة الشائعة",
    },
    "intro": {
        "en": "Quick answers to the questions we hear most often. If yours is not here, open an issue on GitHub and we will do our best to help.",
        "nl": "Korte antwoorden op de vragen die we het vaakst krijgen. Staat jouw vraag er niet bij? Open dan een issue op GitHub, dan helpen we je zo goed mogelijk.",
        "ar": "إجابات سريعة عن أكثر الأسئلة التي تصلنا. إذا لم تجد سؤالك هنا، فافتح بلاغًا على GitHub وسنبذل ما بوسعنا لمساعدتك.",
    },
    "groups": [
        {
            "heading": {
                "en": "Getting started",
                "nl": "Aan de slag",
                "ar": "البداية",
            },
            "items": [
                {
                    "question": {
                        "en": "Is AI Educademy really free?",
                        "nl": "Is AI Educademy echt gratis?",
                        "ar": "هل AI Educademy مجانية فعلًا؟",
                    },
                    "answer": {
                        "en": "Yes, completely. Every lesson, quiz and program is free. There is no trial period and no paid tier. If you would like to help with running costs, you can buy the project a coffee, but that is entirely optional.",
                        "nl": "Ja, helemaal. Alle lessen, quizzen en programma's zijn gratis. Er is geen proefperiode en geen betaalde versie. Wil je helpen de kosten te dekken, dan kun je het project op een kop koffie trakteren, maar dat is volledig vrijblijvend.",
                        "ar": "نعم، تمامًا. جميع الدروس والاختبارات والبرامج مجانية، فلا توجد فترة تجريبية ولا نسخة مدفوعة. وإذا رغبت في المساعدة على تغطية التكاليف، يمكنك أن تدعو المشروع إلى فنجان قهوة، لكن ذلك اختياري بالكامل.",
                    },
                },
                {
                    "question": {
                        "en": "Do I need an account?",
                        "nl": "Heb ik een account nodig?",
                        "ar": "هل أحتاج إلى إنشاء حساب؟",
                    },
                    "answer": {
                        "en": "No. You can open any lesson and start right away. There is nothing to sign up for, and we never ask for your email address.",
                        "nl": "Nee. Je kunt elke les openen en meteen beginnen. Je hoeft je nergens voor aan te melden en we vragen nooit om je e-mailadres.",
                        "ar": "لا. يمكنك فتح أي درس والبدء فورًا، فلا يوجد تسجيل ولا نطلب بريدك الإلكتروني أبدًا.",
                    },
                },
                {
                    "question": {
                        "en": "Which languages are available?",
                        "nl": "In welke talen is de site beschikbaar?",
                        "ar": "ما اللغات المتاحة؟",
                    },
                    "answer": {
                        "en": "The site is available in eleven languages: English, French, Dutch, Hindi, Telugu, Spanish, Portuguese, German, Simplified Chinese, Japanese and Arabic. You can switch language at any time from the menu, and Arabic is displayed from right to left.",
                        "nl": "De site is beschikbaar in elf talen: Engels, Frans, Nederlands, Hindi, Telugu, Spaans, Portugees, Duits, vereenvoudigd Chinees, Japans en Arabisch. Via het menu wissel je op elk moment van taal, en Arabisch wordt van rechts naar links weergegeven.",
                        "ar": "يتوفر الموقع بإحدى عشرة لغة: الإنجليزية والفرنسية والهولندية والهندية والتيلوغوية والإسبانية والبرتغالية والألمانية والصينية المبسّطة واليابانية والعربية. يمكنك تغيير اللغة في أي وقت من القائمة، وتُعرض العربية من اليمين إلى اليسار.",
                    },
                },
                {
                    "question": {
                        "en": "Do I need to know maths or programming?",
                        "nl": "Moet ik wiskunde of programmeren beheersen?",
                        "ar": "هل أحتاج إلى معرفة الرياضيات أو البرمجة؟",
                    },
                    "answer": {
                        "en": "Not to begin with. AI Seeds assumes no prior knowledge and explains every idea in plain language. Later levels introduce some maths and Python gradually, and each program lists its prerequisites so you know what to expect.",
                        "nl": "Niet om te beginnen. AI Seeds gaat uit van nul voorkennis en legt elk idee uit in gewone taal. In latere niveaus komen wiskunde en Python geleidelijk aan bod, en bij elk programma staat welke voorkennis handig is, zodat je weet wat je kunt verwachten.",
                        "ar": "ليس في البداية. لا يفترض برنامج AI Seeds أي معرفة مسبقة، ويشرح كل فكرة بلغة بسيطة. أما المستويات اللاحقة فتُدخل شيئًا من الرياضيات ولغة Python بالتدريج، ويذكر كل برنامج متطلباته المسبقة حتى تعرف ما ينتظرك.",
                    },
                },
            ],
        },
        {
            "heading": {
                "en": "Learning on the site",
                "nl": "Leren op de site",
                "ar": "التعلّم على الموقع",
            },
            "items": [
                {
                    "question": {
                        "en": "What are the three learning paths?",
                        "nl": "Wat zijn de drie leerpaden?",
                        "ar": "ما المسارات التعليمية الثلاثة؟",
                    },
                    "answer": {
                        "en": "AI learning takes you from the basics of artificial intelligence to advanced topics in five levels, from AI Seeds to AI Forest. Craft engineering focuses on building real AI systems, from AI Sketch to AI Masterpiece. Career ready helps you prepare for job interviews, from the Interview Launchpad all the way to handling an offer.",
                        "nl": "Het AI-leerpad brengt je in vijf niveaus van de basis van kunstmatige intelligentie naar gevorderde onderwerpen, van AI Seeds tot AI Forest. Het craft-engineeringpad draait om het bouwen van echte AI-systemen, van AI Sketch tot AI Masterpiece. Career ready bereidt je voor op sollicitatiegesprekken, van de Interview Launchpad tot het beoordelen van een aanbod.",
                        "ar": "مسار تعلّم الذكاء الاصطناعي ينقلك عبر خمسة مستويات من الأساسيات إلى الموضوعات المتقدمة، من AI Seeds إلى AI Forest. ومسار هندسة الحِرفة يركّز على بناء أنظمة ذكاء اصطناعي حقيقية، من AI Sketch إلى AI Masterpiece. أما مسار الجاهزية المهنية فيساعدك على الاستعداد لمقابلات العمل، من Interview Launchpad حتى التعامل مع عرض العمل.",
                    },
                },
                {
                    "question": {
                        "en": "How is my progress saved?",
                        "nl": "Hoe wordt mijn voortgang bewaard?",
                        "ar": "كيف يُحفظ تقدّمي؟",
                    },
                    "answer": {
                        "en": "Your progress is stored only in your own browser, on your own device. Nothing is sent to a server. That also means you will start from scratch if you clear your browser data or switch to another device.",
                        "nl": "Je voortgang wordt alleen in je eigen browser op je eigen apparaat opgeslagen. Er gaat niets naar een server. Dat betekent ook dat je opnieuw begint als je je browsergegevens wist of een ander apparaat gebruikt.",
                        "ar": "يُحفظ تقدّمك في متصفحك فقط، على جهازك أنت، ولا يُرسل أي شيء إلى خادم. وهذا يعني أيضًا أنك ستبدأ من جديد إذا مسحت بيانات المتصفح أو انتقلت إلى جهاز آخر.",
                    },
                },
                {
                    "question": {
                        "en": "Who writes the lessons?",
                        "nl": "Wie schrijft de lessen?",
                        "ar": "من يكتب الدروس؟",
                    },
                    "answer": {
                        "en": "Lessons are written by the founder and by volunteers from the community, and reviewed in public on GitHub before they are published. Whenever possible, translations are checked by native speakers.",
                        "nl": "De lessen worden geschreven door de oprichter en door vrijwilligers uit de community, en vóór publicatie openbaar op GitHub nagekeken. Vertalingen laten we waar mogelijk controleren door moedertaalsprekers.",
                        "ar": "يكتب الدروسَ المؤسسُ ومتطوعون من المجتمع، وتُراجَع علنًا على GitHub قبل نشرها. ونحرص قدر الإمكان على أن يراجع الترجماتِ أشخاصٌ من أهل اللغة.",
                    },
                },
            ],
        },
        {
            "heading": {
                "en": "Contributing and open source",
                "nl": "Bijdragen en open source",
                "ar": "المساهمة والمصدر المفتوح",
            },
            "items": [
                {
                    "question": {
                        "en": "Is the project open source?",
                        "nl": "Is het project open source?",
                        "ar": "هل المشروع مفتوح المصدر؟",
                    },
                    "answer": {
                        "en": "Yes. All code and content is published on GitHub under the MIT licence, so you may use, copy, modify and share it, including in your own courses, as long as you keep the licence notice.",
                        "nl": "Ja. Alle code en inhoud staat op GitHub onder de MIT-licentie. Je mag alles gebruiken, kopiëren, aanpassen en delen, ook in je eigen cursussen, zolang je de licentievermelding behoudt.",
                        "ar": "نعم. كل الشيفرة والمحتوى منشوران على GitHub بموجب رخصة MIT، فيحق لك استخدامهما ونسخهما وتعديلهما ومشاركتهما، حتى في دوراتك الخاصة، بشرط الإبقاء على إشعار الرخصة.",
                    },
                },
                {
                    "question": {
                        "en": "Can I help translate or contribute in another way?",
                        "nl": "Kan ik helpen met vertalen of op een andere manier bijdragen?",
                        "ar": "هل يمكنني المساعدة في الترجمة أو المساهمة بطريقة أخرى؟",
                    },
                    "answer": {
                        "en": "Absolutely. You can improve translations, suggest or review lessons, fix bugs or polish the design. Our contribution guide walks you through each option step by step.",
                        "nl": "Zeker. Je kunt vertalingen verbeteren, lessen voorstellen of nakijken, bugs oplossen of het ontwerp verfijnen. In onze handleiding voor bijdragers lees je per optie stap voor stap hoe het werkt.",
                        "ar": "بكل تأكيد. يمكنك تحسين الترجمات، أو اقتراح الدروس ومراجعتها، أو إصلاح الأخطاء البرمجية، أو تحسين التصميم. ويشرح دليل المساهمة كل خيار خطوة بخطوة.",
                    },
                },
                {
                    "question": {
                        "en": "I found a mistake. How do I report it?",
                        "nl": "Ik heb een fout gevonden. Hoe meld ik die?",
                        "ar": "وجدت خطأً، فكيف أبلّغ عنه؟",
                    },
                    "answer": {
                        "en": "Thank you for spotting it! Open an issue in our GitHub repository and tell us the page, the language and what looks wrong. If you know the correct version, include it, or send a pull request with the fix straight away.",
                        "nl": "Fijn dat je het ziet! Open een issue in onze GitHub-repository en vermeld de pagina, de taal en wat er niet klopt. Weet je hoe het wel moet, zet dat er dan bij, of stuur meteen een pull request met de verbetering.",
                        "ar": "شكرًا لانتباهك! افتح بلاغًا في مستودعنا على GitHub، واذكر الصفحة واللغة وموضع الخطأ. وإن كنت تعرف الصيغة الصحيحة فأضفها، أو أرسل مباشرة طلب دمج يتضمن الإصلاح.",
                    },
                },
            ],
        },
    ],
}

NOT_FOUND = {
    "heading": {
        "en": "This page wandered off",
        "fr": "Cette page s'est égarée",
        "nl": "Deze pagina is zoekgeraakt",
        "hi": "यह पेज कहीं खो गया है",
        "te": "ఈ పేజీ ఎక్కడో తప్పిపోయింది",
        "es": "Esta página se ha perdido",
        "pt": "Esta página se perdeu",
        "de": "Diese Seite hat sich verlaufen",
        "zh-hans": "这个页面走丢了",
        "ja": "このページは迷子になったようです",
        "ar": "يبدو أن هذه الصفحة قد ضلّت طريقها",
    },
    "text": {
        "en": "We could not find what you were looking for. The link may be out of date or mistyped. Head back to the home page or browse the learning paths to pick up where you left off.",
        "fr": "Impossible de trouver ce que vous cherchiez. Le lien est peut-être ancien ou mal saisi. Revenez à l'accueil ou parcourez les parcours d'apprentissage pour reprendre là où vous en étiez.",
        "nl": "We konden niet vinden wat je zocht. Misschien is de link verouderd of zit er een typfout in. Ga terug naar de startpagina of bekijk de leerpaden om verder te gaan waar je gebleven was.",
        "hi": "आप जो ढूँढ रहे थे, वह हमें नहीं मिला। हो सकता है लिंक पुराना हो या उसमें टाइपिंग की कोई ग़लती हो। होम पेज पर लौटें या सीखने के पथ देखें और वहीं से आगे बढ़ें जहाँ आपने छोड़ा था।",
        "te": "మీరు వెతుకుతున్నది మాకు దొరకలేదు. లింక్ పాతది కావచ్చు లేదా టైప్ చేయడంలో పొరపాటు జరిగి ఉండవచ్చు. హోమ్ పేజీకి తిరిగి వెళ్లండి, లేదా అభ్యాస మార్గాలను చూసి మీరు ఆపిన చోటు నుంచే కొనసాగించండి.",
        "es": "No hemos encontrado lo que buscabas. Puede que el enlace esté desactualizado o mal escrito. Vuelve a la página de inicio o explora las rutas de aprendizaje para seguir donde lo dejaste.",
        "pt": "Não encontramos o que você procurava. Talvez o link esteja desatualizado ou tenha um erro de digitação. Volte à página inicial ou explore as trilhas de aprendizagem para continuar de onde parou.",
        "de": "Wir konnten nicht finden, wonach du gesucht hast. Vielleicht ist der Link veraltet oder enthält einen Tippfehler. Geh zurück zur Startseite oder stöbere in den Lernpfaden, um dort weiterzumachen, wo du aufgehört hast.",
        "zh-hans": "没有找到你要访问的内容。链接可能已经失效，或者输入有误。你可以返回首页，或浏览学习路径，从上次停下的地方继续。",
        "ja": "お探しのページが見つかりませんでした。リンクが古いか、入力に誤りがあるのかもしれません。ホームに戻るか、学習パスを開いて前回の続きから再開しましょう。",
        "ar": "لم نعثر على ما تبحث عنه. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ. عُد إلى الصفحة الرئيسية أو تصفّح مسارات التعلّم لتكمل من حيث توقفت.",
    },
}

# Heading of the community links block that ends the About and Contribute pages.
COMMUNITY_LINKS_HEADING = {
    "en": "Find the project",
    "fr": "Retrouver le projet",
    "nl": "Het project vinden",
    "hi": "परियोजना से जुड़ें",
    "te": "ప్రాజెక్ట్‌తో కలవండి",
    "es": "Encuentra el proyecto",
    "pt": "Encontre o projeto",
    "de": "Hier findest du das Projekt",
    "zh-hans": "找到我们的项目",
    "ja": "プロジェクトへのリンク",
    "ar": "روابط المشروع",
}
