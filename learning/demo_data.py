"""Demo content for AI Educademy's learning tracks and programs.

Plain data only: tracks, level taglines and the fifteen programs. Short fields
(names, titles, taglines) are given in all eleven site languages; longer
program texts are given in English, Dutch and Arabic.
"""

LANGUAGE_CODES = ["en", "fr", "nl", "hi", "te", "es", "pt", "de", "zh-hans", "ja", "ar"]

TRACKS = [
    {
        "slug": "ai-learning",
        "icon": "🌳",
        "order": 1,
        "name": {
            "en": "AI learning path",
            "fr": "Parcours d'apprentissage de l'IA",
            "nl": "AI-leerpad",
            "hi": "एआई सीखने का पथ",
            "te": "ఏఐ అభ్యాస మార్గం",
            "es": "Ruta de aprendizaje de IA",
            "pt": "Trilha de aprendizagem em IA",
            "de": "KI-Lernpfad",
            "zh-hans": "AI 学习路径",
            "ja": "AI 学習パス",
            "ar": "مسار تعلّم الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Understand AI step by step, from your very first idea to real mastery.",
            "fr": "Comprenez l'IA pas à pas, de vos toutes premières notions jusqu'à la maîtrise.",
            "nl": "Leer AI stap voor stap begrijpen, van de allereerste basis tot echte beheersing.",
            "hi": "एआई को कदम-दर-कदम समझें, बिल्कुल शुरुआत से लेकर पूरी महारत तक।",
            "te": "ఏఐని దశలవారీగా అర్థం చేసుకోండి: మొదటి ఆలోచన నుండి పూర్తి ప్రావీణ్యం వరకు.",
            "es": "Entiende la IA paso a paso, desde las primeras nociones hasta dominarla de verdad.",
            "pt": "Entenda a IA passo a passo, das primeiras noções até o domínio de verdade.",
            "de": "Verstehe KI Schritt für Schritt – von den ersten Grundlagen bis zur echten Meisterschaft.",
            "zh-hans": "循序渐进地理解 AI，从最初的概念一路走到融会贯通。",
            "ja": "AI を一歩ずつ理解し、最初の基本から本格的な習熟まで進みましょう。",
            "ar": "افهم الذكاء الاصطناعي خطوة بخطوة، من أولى المفاهيم حتى الإتقان الحقيقي.",
        },
    },
    {
        "slug": "craft-engineering",
        "icon": "⚒️",
        "order": 2,
        "name": {
            "en": "Craft engineering path",
            "fr": "Parcours ingénierie IA",
            "nl": "Leerpad AI-vakmanschap",
            "hi": "एआई इंजीनियरिंग कौशल पथ",
            "te": "ఏఐ ఇంజనీరింగ్ నైపుణ్య మార్గం",
            "es": "Ruta de ingeniería con IA",
            "pt": "Trilha de engenharia com IA",
            "de": "KI-Engineering-Pfad",
            "zh-hans": "AI 工程实战路径",
            "ja": "AI エンジニアリング実践パス",
            "ar": "مسار هندسة الذكاء الاصطناعي التطبيقية",
        },
        "tagline": {
            "en": "Build real software with AI: prompting, tooling, evaluation and shipping.",
            "fr": "Construisez de vrais logiciels avec l'IA : prompts, outils, évaluation et mise en production.",
            "nl": "Bouw echte software met AI: prompts schrijven, tools inzetten, evalueren en live zetten.",
            "hi": "एआई के साथ असली सॉफ़्टवेयर बनाएँ: प्रॉम्प्ट, टूल, मूल्यांकन और लॉन्च।",
            "te": "ఏఐతో నిజమైన సాఫ్ట్‌వేర్‌ను నిర్మించండి: ప్రాంప్ట్‌లు, టూల్స్, మూల్యాంకనం, విడుదల.",
            "es": "Crea software real con IA: prompts, herramientas, evaluación y puesta en producción.",
            "pt": "Crie software de verdade com IA: prompts, ferramentas, avaliação e entrega em produção.",
            "de": "Echte Software mit KI bauen: Prompts, Werkzeuge, Evaluierung und Auslieferung.",
            "zh-hans": "用 AI 打造真正的软件：提示词、工具链、评估与上线。",
            "ja": "AI で本物のソフトウェアを作る：プロンプト、ツール、評価、そしてリリースまで。",
            "ar": "ابنِ برمجيات حقيقية بالذكاء الاصطناعي: صياغة الأوامر، والأدوات، والتقييم، والإطلاق.",
        },
    },
    {
        "slug": "career-ready",
        "icon": "🚀",
        "order": 3,
        "name": {
            "en": "Career-ready path",
            "fr": "Parcours carrière IA",
            "nl": "Leerpad AI-carrière",
            "hi": "करियर तैयारी पथ",
            "te": "కెరీర్ సన్నద్ధత మార్గం",
            "es": "Ruta de carrera en IA",
            "pt": "Trilha de carreira em IA",
            "de": "Karrierepfad",
            "zh-hans": "AI 求职路径",
            "ja": "AI キャリア準備パス",
            "ar": "مسار الاستعداد المهني",
        },
        "tagline": {
            "en": "Prepare for an AI job, from your first application to signing the offer.",
            "fr": "Préparez-vous aux métiers de l'IA, de la première candidature jusqu'à la signature de l'offre.",
            "nl": "Bereid je voor op een baan in AI, van je eerste sollicitatie tot het tekenen van het aanbod.",
            "hi": "एआई नौकरी की तैयारी करें, पहले आवेदन से लेकर ऑफ़र स्वीकार करने तक।",
            "te": "ఏఐ ఉద్యోగానికి సిద్ధమవ్వండి: మొదటి దరఖాస్తు నుండి ఆఫర్‌పై సంతకం వరకు.",
            "es": "Prepárate para trabajar en IA, desde tu primera candidatura hasta firmar la oferta.",
            "pt": "Prepare-se para trabalhar com IA, do primeiro currículo enviado até a assinatura da proposta.",
            "de": "Bereite dich auf einen Job in der KI vor – von der ersten Bewerbung bis zur Vertragsunterschrift.",
            "zh-hans": "为 AI 岗位做好准备，从投出第一份简历到签下 Offer。",
            "ja": "AI 分野の仕事に向けて準備しよう。最初の応募から内定承諾まで。",
            "ar": "استعدّ للعمل في مجال الذكاء الاصطناعي، من أول طلب توظيف حتى توقيع العرض.",
        },
    },
]

LEVEL_TAGLINES = {
    1: {
        "en": "Start from zero",
        "fr": "Partir de zéro",
        "nl": "Begin bij nul",
        "hi": "शून्य से शुरुआत करें",
        "te": "సున్నా నుండి మొదలుపెట్టండి",
        "es": "Empieza desde cero",
        "pt": "Comece do zero",
        "de": "Bei null anfangen",
        "zh-hans": "从零开始",
        "ja": "ゼロから始めよう",
        "ar": "ابدأ من الصفر",
    },
    2: {
        "en": "Build a foundation",
        "fr": "Poser des bases solides",
        "nl": "Bouw een fundament",
        "hi": "मज़बूत नींव तैयार करें",
        "te": "బలమైన పునాది వేయండి",
        "es": "Construye una base sólida",
        "pt": "Construa uma base sólida",
        "de": "Ein Fundament legen",
        "zh-hans": "打好基础",
        "ja": "基礎を固めよう",
        "ar": "ابنِ أساسًا متينًا",
    },
    3: {
        "en": "Apply in practice",
        "fr": "Mettre en pratique",
        "nl": "Pas het toe in de praktijk",
        "hi": "व्यवहार में लागू करें",
        "te": "ఆచరణలో పెట్టండి",
        "es": "Aplícalo en la práctica",
        "pt": "Aplique na prática",
        "de": "In der Praxis anwenden",
        "zh-hans": "学以致用",
        "ja": "実践で活かそう",
        "ar": "طبّق ما تعلّمته عمليًا",
    },
    4: {
        "en": "Go in depth",
        "fr": "Approfondir",
        "nl": "Ga de diepte in",
        "hi": "गहराई से समझें",
        "te": "లోతుగా అధ్యయనం చేయండి",
        "es": "Profundiza",
        "pt": "Aprofunde-se",
        "de": "In die Tiefe gehen",
        "zh-hans": "深入钻研",
        "ja": "深く掘り下げよう",
        "ar": "تعمّق أكثر",
    },
    5: {
        "en": "Master AI",
        "fr": "Maîtriser l'IA",
        "nl": "Beheers AI",
        "hi": "एआई में महारत पाएँ",
        "te": "ఏఐపై పట్టు సాధించండి",
        "es": "Domina la IA",
        "pt": "Domine a IA",
        "de": "KI meistern",
        "zh-hans": "精通 AI",
        "ja": "AI を極めよう",
        "ar": "أتقن الذكاء الاصطناعي",
    },
}

PROGRAMS = [
    # ------------------------------------------------------------------
    # Track 1: AI learning path
    # ------------------------------------------------------------------
    {
        "slug": "ai-seeds",
        "track": "ai-learning",
        "level": 1,
        "icon": "🌱",
        "colour": "#34D399",
        "hours": 2,
        "title": {
            "en": "AI Seeds",
            "fr": "AI Seeds",
            "nl": "AI Seeds",
            "hi": "एआई बीज",
            "te": "ఏఐ విత్తనాలు",
            "es": "AI Seeds",
            "pt": "AI Seeds",
            "de": "AI Seeds",
            "zh-hans": "AI 种子",
            "ja": "AI の種",
            "ar": "بذور الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Start from zero",
            "fr": "Partir de zéro",
            "nl": "Begin bij nul",
            "hi": "शून्य से शुरुआत करें",
            "te": "సున్నా నుండి మొదలుపెట్టండి",
            "es": "Empieza desde cero",
            "pt": "Comece do zero",
            "de": "Bei null anfangen",
            "zh-hans": "从零开始",
            "ja": "ゼロから始めよう",
            "ar": "ابدأ من الصفر",
        },
        "subtitle": {
            "en": "A gentle first look at what artificial intelligence is and where it already shows up in your day.",
            "nl": "Een rustige eerste kennismaking met wat kunstmatige intelligentie is en waar je het dagelijks al tegenkomt.",
            "ar": "مدخل هادئ لفهم ماهية الذكاء الاصطناعي وأين تصادفه بالفعل في حياتك اليومية.",
        },
        "description": {
            "en": (
                "AI Seeds explains the core ideas behind artificial intelligence in plain language, "
                "without maths or code. You will see how machines learn from examples, where AI is "
                "used around you, and what it can and cannot do. In about two hours you will have a "
                "clear mental picture to build on."
            ),
            "nl": (
                "AI Seeds legt de kernideeën achter kunstmatige intelligentie uit in gewone taal, "
                "zonder wiskunde of code. Je ontdekt hoe computers leren van voorbeelden, waar AI om "
                "je heen wordt gebruikt en wat het wel en niet kan. In ongeveer twee uur heb je een "
                "helder beeld waarop je verder kunt bouwen."
            ),
            "ar": (
                "يشرح برنامج «بذور الذكاء الاصطناعي» الأفكار الأساسية وراء الذكاء الاصطناعي بلغة "
                "بسيطة، من دون رياضيات أو برمجة. ستتعرّف على الطريقة التي تتعلّم بها الآلات من "
                "الأمثلة، وأين يُستخدم الذكاء الاصطناعي من حولك، وما الذي يستطيع فعله وما لا "
                "يستطيعه. وخلال ساعتين تقريبًا ستكوّن صورة واضحة تبني عليها لاحقًا."
            ),
        },
        "audience": {
            "en": "Anyone who is curious about AI and wants a calm, jargon-free starting point, whatever their age or background.",
            "nl": "Iedereen die nieuwsgierig is naar AI en een rustig instappunt zonder vakjargon zoekt, ongeacht leeftijd of achtergrond.",
            "ar": "كل من يشعر بالفضول تجاه الذكاء الاصطناعي ويبحث عن بداية هادئة خالية من المصطلحات المعقّدة، أيًّا كان عمره أو خلفيته.",
        },
        "prerequisites": {
            "en": "None: if you can use a web browser, you are ready to start.",
            "nl": "Geen: kun je een webbrowser gebruiken, dan ben je klaar om te beginnen.",
            "ar": "لا شيء: إذا كنت تستطيع استخدام متصفح الإنترنت فأنت جاهز للبدء.",
        },
        "topics": {
            "en": [
                "What AI actually means",
                "Learning from examples",
                "AI in everyday life",
                "Chatbots and generative AI",
                "Limits and common myths",
                "Using AI safely and fairly",
            ],
            "nl": [
                "Wat AI echt betekent",
                "Leren van voorbeelden",
                "AI in het dagelijks leven",
                "Chatbots en generatieve AI",
                "Grenzen en hardnekkige mythes",
                "AI veilig en eerlijk gebruiken",
            ],
            "ar": [
                "ما المقصود فعلًا بالذكاء الاصطناعي",
                "التعلّم من الأمثلة",
                "الذكاء الاصطناعي في الحياة اليومية",
                "روبوتات المحادثة والذكاء الاصطناعي التوليدي",
                "الحدود والخرافات الشائعة",
                "استخدام الذكاء الاصطناعي بأمان وإنصاف",
            ],
        },
        "outcomes": {
            "en": [
                "Explain AI in your own words",
                "Spot AI in the apps you use every day",
                "Tell real capabilities apart from hype",
                "Ask better questions about AI tools",
            ],
            "nl": [
                "AI in je eigen woorden uitleggen",
                "AI herkennen in de apps die je dagelijks gebruikt",
                "Echte mogelijkheden onderscheiden van hype",
                "Betere vragen stellen over AI-tools",
            ],
            "ar": [
                "شرح الذكاء الاصطناعي بكلماتك الخاصة",
                "التعرّف على الذكاء الاصطناعي في التطبيقات التي تستخدمها يوميًا",
                "التمييز بين القدرات الحقيقية والمبالغات",
                "طرح أسئلة أفضل حول أدوات الذكاء الاصطناعي",
            ],
        },
        "faq": {
            "en": [
                (
                    "Do I need to know maths or programming?",
                    "No. AI Seeds relies on everyday examples and simple visuals, so no maths or coding is required.",
                ),
                (
                    "How long does it take?",
                    "Most learners finish in about two hours, and you can pause and come back whenever you like.",
                ),
            ],
            "nl": [
                (
                    "Moet ik wiskunde of programmeren kennen?",
                    "Nee. AI Seeds werkt met alledaagse voorbeelden en eenvoudige illustraties, dus wiskunde of programmeerkennis is niet nodig.",
                ),
                (
                    "Hoe lang duurt het?",
                    "De meeste deelnemers zijn in ongeveer twee uur klaar, en je kunt op elk moment pauzeren en later verdergaan.",
                ),
            ],
            "ar": [
                (
                    "هل أحتاج إلى معرفة الرياضيات أو البرمجة؟",
                    "لا. يعتمد البرنامج على أمثلة من الحياة اليومية ورسوم توضيحية بسيطة، فلا حاجة إلى رياضيات أو برمجة.",
                ),
                (
                    "كم يستغرق البرنامج؟",
                    "ينهيه معظم المتعلّمين في نحو ساعتين، ويمكنك التوقف والعودة متى شئت.",
                ),
            ],
        },
    },
    {
        "slug": "ai-sprouts",
        "track": "ai-learning",
        "level": 2,
        "icon": "🌿",
        "colour": "#60A5FA",
        "hours": 4,
        "title": {
            "en": "AI Sprouts",
            "fr": "AI Sprouts",
            "nl": "AI Sprouts",
            "hi": "एआई अंकुर",
            "te": "ఏఐ మొలకలు",
            "es": "AI Sprouts",
            "pt": "AI Sprouts",
            "de": "AI Sprouts",
            "zh-hans": "AI 萌芽",
            "ja": "AI の芽",
            "ar": "براعم الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Build a foundation",
            "fr": "Poser des bases solides",
            "nl": "Bouw een fundament",
            "hi": "मज़बूत नींव तैयार करें",
            "te": "బలమైన పునాది వేయండి",
            "es": "Construye una base sólida",
            "pt": "Construa uma base sólida",
            "de": "Ein Fundament legen",
            "zh-hans": "打好基础",
            "ja": "基礎を固めよう",
            "ar": "ابنِ أساسًا متينًا",
        },
        "subtitle": {
            "en": "Turn first impressions into a solid understanding of how machine learning really works.",
            "nl": "Maak van je eerste indrukken een stevig begrip van hoe machine learning echt werkt.",
            "ar": "حوّل انطباعاتك الأولى إلى فهم متين لطريقة عمل تعلّم الآلة فعلًا.",
        },
        "description": {
            "en": (
                "AI Sprouts lays the foundation you need to understand modern AI: data, models, "
                "training and testing. Through interactive examples you will follow how a model "
                "learns a pattern, why it sometimes gets things wrong and how we measure whether it "
                "is any good. Short Python snippets appear along the way, but reading them is enough."
            ),
            "nl": (
                "AI Sprouts legt het fundament om moderne AI te begrijpen: data, modellen, trainen en "
                "testen. Met interactieve voorbeelden volg je hoe een model een patroon leert, waarom "
                "het soms de mist in gaat en hoe je meet of het goed genoeg is. Onderweg zie je korte "
                "stukjes Python, maar meelezen is voldoende."
            ),
            "ar": (
                "يضع برنامج «براعم الذكاء الاصطناعي» الأساس الذي تحتاجه لفهم الذكاء الاصطناعي "
                "الحديث: البيانات والنماذج والتدريب والاختبار. ستتابع عبر أمثلة تفاعلية كيف يتعلّم "
                "النموذج نمطًا ما، ولماذا يخطئ أحيانًا، وكيف نقيس جودته. وستصادف مقتطفات قصيرة بلغة "
                "Python، لكن قراءتها تكفي."
            ),
        },
        "audience": {
            "en": "Learners who have finished AI Seeds or already know the basics and now want to understand what happens under the hood.",
            "nl": "Voor wie AI Seeds heeft afgerond of de basis al kent en nu wil snappen wat er onder de motorkap gebeurt.",
            "ar": "لمن أنهى برنامج «بذور الذكاء الاصطناعي» أو يعرف الأساسيات، ويريد الآن فهم ما يجري خلف الكواليس.",
        },
        "prerequisites": {
            "en": "AI Seeds or a similar introduction; being comfortable with basic school arithmetic helps.",
            "nl": "AI Seeds of een vergelijkbare introductie; basisrekenen van school komt goed van pas.",
            "ar": "برنامج «بذور الذكاء الاصطناعي» أو مقدّمة مشابهة، ويساعدك الإلمام بالحساب المدرسي البسيط.",
        },
        "topics": {
            "en": [
                "Data, features and labels",
                "Supervised and unsupervised learning",
                "Training, validation and testing",
                "Overfitting and underfitting",
                "A first look at neural networks",
                "Reading simple Python examples",
            ],
            "nl": [
                "Data, kenmerken en labels",
                "Leren met en zonder begeleiding",
                "Trainen, valideren en testen",
                "Overfitting en underfitting",
                "Een eerste blik op neurale netwerken",
                "Eenvoudige Python-voorbeelden lezen",
            ],
            "ar": [
                "البيانات والسمات والتصنيفات",
                "التعلّم الخاضع للإشراف وغير الخاضع له",
                "التدريب والتحقّق والاختبار",
                "فرط التخصيص ونقصه",
                "نظرة أولى على الشبكات العصبية",
                "قراءة أمثلة بسيطة بلغة Python",
            ],
        },
        "outcomes": {
            "en": [
                "Describe the machine learning workflow end to end",
                "Explain why models need good data",
                "Recognise overfitting in a chart",
                "Read and tweak a tiny Python model",
            ],
            "nl": [
                "Het machine-learningproces van begin tot eind beschrijven",
                "Uitleggen waarom modellen goede data nodig hebben",
                "Overfitting herkennen in een grafiek",
                "Een klein Python-model lezen en aanpassen",
            ],
            "ar": [
                "وصف مراحل تعلّم الآلة من البداية إلى النهاية",
                "شرح سبب حاجة النماذج إلى بيانات جيدة",
                "اكتشاف فرط التخصيص من رسم بياني",
                "قراءة نموذج صغير بلغة Python وتعديله",
            ],
        },
        "faq": {
            "en": [
                (
                    "Will I have to write code?",
                    "Only if you want to. The short Python examples are explained line by line, and every exercise can also be done by reading and answering the quizzes.",
                ),
                (
                    "How is this different from AI Seeds?",
                    "AI Seeds explains what AI is; AI Sprouts explains how it learns, using the real vocabulary of training data, models and evaluation.",
                ),
            ],
            "nl": [
                (
                    "Moet ik zelf code schrijven?",
                    "Alleen als je dat wilt. De korte Python-voorbeelden worden regel voor regel uitgelegd, en elke oefening kun je ook doen door te lezen en de quizvragen te beantwoorden.",
                ),
                (
                    "Wat is het verschil met AI Seeds?",
                    "AI Seeds legt uit wat AI is; AI Sprouts laat zien hoe het leert, met echte begrippen als trainingsdata, modellen en evaluatie.",
                ),
            ],
            "ar": [
                (
                    "هل سأضطر إلى كتابة الشيفرة؟",
                    "فقط إن رغبت في ذلك. الأمثلة القصيرة بلغة Python مشروحة سطرًا بسطر، ويمكنك إنجاز كل تمرين بالقراءة والإجابة عن الاختبارات القصيرة.",
                ),
                (
                    "ما الفرق بينه وبين «بذور الذكاء الاصطناعي»؟",
                    "يشرح «بذور الذكاء الاصطناعي» ماهية الذكاء الاصطناعي، أمّا «براعم الذكاء الاصطناعي» فيشرح كيف يتعلّم، بمصطلحات حقيقية مثل بيانات التدريب والنماذج والتقييم.",
                ),
            ],
        },
    },
    {
        "slug": "ai-branches",
        "track": "ai-learning",
        "level": 3,
        "icon": "🌳",
        "colour": "#F59E0B",
        "hours": 6,
        "title": {
            "en": "AI Branches",
            "fr": "AI Branches",
            "nl": "AI Branches",
            "hi": "एआई शाखाएँ",
            "te": "ఏఐ కొమ్మలు",
            "es": "AI Branches",
            "pt": "AI Branches",
            "de": "AI Branches",
            "zh-hans": "AI 枝干",
            "ja": "AI の枝",
            "ar": "أغصان الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Apply in practice",
            "fr": "Mettre en pratique",
            "nl": "Pas het toe in de praktijk",
            "hi": "व्यवहार में लागू करें",
            "te": "ఆచరణలో పెట్టండి",
            "es": "Aplícalo en la práctica",
            "pt": "Aplique na prática",
            "de": "In der Praxis anwenden",
            "zh-hans": "学以致用",
            "ja": "実践で活かそう",
            "ar": "طبّق ما تعلّمته عمليًا",
        },
        "subtitle": {
            "en": "Put what you know to work on real problems, from text and images to everyday decisions.",
            "nl": "Zet wat je weet in op echte problemen, van tekst en beeld tot alledaagse beslissingen.",
            "ar": "وظّف ما تعرفه في حلّ مشكلات حقيقية، من النصوص والصور إلى القرارات اليومية.",
        },
        "description": {
            "en": (
                "AI Branches moves from theory to hands-on projects. You will classify text, explore "
                "image recognition, build a small recommender and use ready-made models in notebooks "
                "that run in your browser. Each project ends with a short reflection on accuracy, "
                "bias and whether AI was the right tool in the first place."
            ),
            "nl": (
                "In AI Branches ga je van theorie naar praktijkprojecten. Je classificeert tekst, "
                "verkent beeldherkenning, bouwt een kleine aanbevelingsmachine en gebruikt "
                "kant-en-klare modellen in notebooks die in je browser draaien. Elk project sluit af "
                "met een korte reflectie op nauwkeurigheid, vooroordelen en de vraag of AI wel het "
                "juiste gereedschap was."
            ),
            "ar": (
                "ينقلك برنامج «أغصان الذكاء الاصطناعي» من النظرية إلى المشاريع العملية. ستصنّف "
                "نصوصًا، وتستكشف التعرّف على الصور، وتبني نظام توصيات صغيرًا، وتستخدم نماذج جاهزة "
                "في دفاتر تفاعلية تعمل داخل متصفحك. ويُختتم كل مشروع بوقفة قصيرة مع الدقة والتحيّز، "
                "ومع سؤال: هل كان الذكاء الاصطناعي الأداة المناسبة أصلًا؟"
            ),
        },
        "audience": {
            "en": "Learners with the foundations in place who want to see AI solve concrete problems and try it for themselves.",
            "nl": "Voor wie de basis beheerst en wil zien hoe AI concrete problemen oplost, en het ook zelf wil proberen.",
            "ar": "للمتعلّمين الذين أتقنوا الأساسيات ويريدون رؤية الذكاء الاصطناعي وهو يحلّ مشكلات ملموسة، وتجربة ذلك بأنفسهم.",
        },
        "prerequisites": {
            "en": "AI Sprouts or equivalent knowledge of training, testing and reading basic Python.",
            "nl": "AI Sprouts of vergelijkbare kennis van trainen, testen en het lezen van eenvoudige Python-code.",
            "ar": "برنامج «براعم الذكاء الاصطناعي» أو معرفة مماثلة بالتدريب والاختبار وقراءة شيفرة Python البسيطة.",
        },
        "topics": {
            "en": [
                "Text classification and sentiment",
                "Image recognition basics",
                "Recommendation systems",
                "Using pretrained models",
                "Working with real datasets",
                "Checking results for bias",
            ],
            "nl": [
                "Tekstclassificatie en sentiment",
                "Basis van beeldherkenning",
                "Aanbevelingssystemen",
                "Voorgetrainde modellen gebruiken",
                "Werken met echte datasets",
                "Resultaten controleren op vooroordelen",
            ],
            "ar": [
                "تصنيف النصوص وتحليل المشاعر",
                "أساسيات التعرّف على الصور",
                "أنظمة التوصية",
                "استخدام النماذج المدرّبة مسبقًا",
                "العمل على مجموعات بيانات حقيقية",
                "فحص النتائج بحثًا عن التحيّز",
            ],
        },
        "outcomes": {
            "en": [
                "Complete three small end-to-end AI projects",
                "Choose a suitable type of model for a task",
                "Evaluate results with simple metrics",
                "Judge when AI is not the answer",
            ],
            "nl": [
                "Drie kleine AI-projecten van begin tot eind afronden",
                "Een passend type model kiezen voor een taak",
                "Resultaten beoordelen met eenvoudige meetwaarden",
                "Inschatten wanneer AI niet de oplossing is",
            ],
            "ar": [
                "إنجاز ثلاثة مشاريع صغيرة متكاملة في الذكاء الاصطناعي",
                "اختيار نوع النموذج المناسب لكل مهمة",
                "تقييم النتائج بمقاييس بسيطة",
                "تقدير متى لا يكون الذكاء الاصطناعي هو الحل",
            ],
        },
        "faq": {
            "en": [
                (
                    "Do I need to install anything?",
                    "No. All projects run in browser-based notebooks, so a laptop and an internet connection are enough.",
                ),
                (
                    "Can I use my own data?",
                    "Yes. Once you have completed the guided version, each project explains how to swap in a small dataset of your own.",
                ),
            ],
            "nl": [
                (
                    "Moet ik iets installeren?",
                    "Nee. Alle projecten draaien in notebooks in je browser, dus een laptop en een internetverbinding zijn genoeg.",
                ),
                (
                    "Kan ik mijn eigen data gebruiken?",
                    "Ja. Heb je de begeleide versie afgerond, dan lees je bij elk project hoe je een kleine eigen dataset kunt inzetten.",
                ),
            ],
            "ar": [
                (
                    "هل أحتاج إلى تثبيت أي برنامج؟",
                    "لا. تعمل جميع المشاريع في دفاتر تفاعلية داخل المتصفح، فيكفيك حاسوب محمول واتصال بالإنترنت.",
                ),
                (
                    "هل يمكنني استخدام بياناتي الخاصة؟",
                    "نعم. بعد إنهاء النسخة الموجَّهة، يشرح لك كل مشروع كيف تستبدل بياناته بمجموعة صغيرة من بياناتك.",
                ),
            ],
        },
    },
    {
        "slug": "ai-canopy",
        "track": "ai-learning",
        "level": 4,
        "icon": "🏕️",
        "colour": "#8B5CF6",
        "hours": 10,
        "title": {
            "en": "AI Canopy",
            "fr": "AI Canopy",
            "nl": "AI Canopy",
            "hi": "एआई छत्र",
            "te": "ఏఐ పందిరి",
            "es": "AI Canopy",
            "pt": "AI Canopy",
            "de": "AI Canopy",
            "zh-hans": "AI 树冠",
            "ja": "AI の樹冠",
            "ar": "تاج الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Go in depth",
            "fr": "Approfondir",
            "nl": "Ga de diepte in",
            "hi": "गहराई से समझें",
            "te": "లోతుగా అధ్యయనం చేయండి",
            "es": "Profundiza",
            "pt": "Aprofunde-se",
            "de": "In die Tiefe gehen",
            "zh-hans": "深入钻研",
            "ja": "深く掘り下げよう",
            "ar": "تعمّق أكثر",
        },
        "subtitle": {
            "en": "Look inside deep learning, transformers and large language models to see how they really work.",
            "nl": "Kijk in deep learning, transformers en grote taalmodellen en ontdek hoe ze echt werken.",
            "ar": "ادخل إلى أعماق التعلّم العميق والمحوّلات والنماذج اللغوية الكبيرة لترى كيف تعمل حقًا.",
        },
        "description": {
            "en": (
                "AI Canopy takes you beneath the surface of today's most capable systems. You will "
                "work through neural network training, embeddings, attention and the transformer "
                "architecture, then study how large language models are pretrained, fine-tuned and "
                "aligned. Along the way you will compare evaluation methods and discuss the "
                "real-world risks these systems bring."
            ),
            "nl": (
                "AI Canopy neemt je mee onder de oppervlakte van de krachtigste systemen van nu. Je "
                "doorloopt het trainen van neurale netwerken, embeddings, attention en de "
                "transformer-architectuur, en bestudeert daarna hoe grote taalmodellen worden "
                "voorgetraind, verfijnd en afgestemd op menselijke waarden. Onderweg vergelijk je "
                "evaluatiemethoden en bespreek je de risico's die deze systemen in de praktijk "
                "meebrengen."
            ),
            "ar": (
                "يأخذك برنامج «تاج الذكاء الاصطناعي» إلى ما تحت سطح أقوى الأنظمة المتاحة اليوم. "
                "ستتعمّق في تدريب الشبكات العصبية، والتضمينات، وآلية الانتباه، وبنية المحوّلات "
                "(Transformers)، ثم تدرس كيف تُدرَّب النماذج اللغوية الكبيرة مسبقًا وتُضبط وتُوائَم "
                "مع القيم البشرية. وخلال ذلك ستقارن بين أساليب التقييم وتناقش المخاطر الواقعية "
                "لهذه الأنظمة."
            ),
        },
        "audience": {
            "en": "Learners comfortable with the applied basics who want a rigorous yet intuitive understanding of deep learning and modern generative AI.",
            "nl": "Voor wie de toegepaste basis beheerst en deep learning en moderne generatieve AI grondig én intuïtief wil begrijpen.",
            "ar": "للمتعلّمين الذين يتقنون الأساسيات التطبيقية ويريدون فهمًا دقيقًا وبديهيًا في آن واحد للتعلّم العميق والذكاء الاصطناعي التوليدي الحديث.",
        },
        "prerequisites": {
            "en": "AI Branches or hands-on experience with simple models, plus some Python and secondary-school algebra.",
            "nl": "AI Branches of praktijkervaring met eenvoudige modellen, plus wat Python en algebra op middelbareschoolniveau.",
            "ar": "برنامج «أغصان الذكاء الاصطناعي» أو خبرة عملية بنماذج بسيطة، مع قليل من Python والجبر المدرسي.",
        },
        "topics": {
            "en": [
                "Backpropagation and gradient descent",
                "Embeddings and vector spaces",
                "Attention and transformers",
                "How large language models are trained",
                "Fine-tuning and retrieval",
                "Evaluating and aligning models",
            ],
            "nl": [
                "Backpropagation en gradient descent",
                "Embeddings en vectorruimtes",
                "Attention en transformers",
                "Hoe grote taalmodellen worden getraind",
                "Fine-tuning en retrieval",
                "Modellen evalueren en afstemmen",
            ],
            "ar": [
                "الانتشار العكسي والانحدار التدرّجي",
                "التضمينات والفضاءات المتّجهية",
                "آلية الانتباه والمحوّلات",
                "كيف تُدرَّب النماذج اللغوية الكبيرة",
                "الضبط الدقيق والاسترجاع",
                "تقييم النماذج ومواءمتها",
            ],
        },
        "outcomes": {
            "en": [
                "Explain how a transformer processes text",
                "Train and inspect a small neural network",
                "Compare fine-tuning with retrieval-augmented generation",
                "Read claims about AI benchmarks critically",
                "Discuss safety risks with precision",
            ],
            "nl": [
                "Uitleggen hoe een transformer tekst verwerkt",
                "Een klein neuraal netwerk trainen en onderzoeken",
                "Fine-tuning vergelijken met retrieval-augmented generation",
                "Claims over AI-benchmarks kritisch lezen",
                "Veiligheidsrisico's precies benoemen",
            ],
            "ar": [
                "شرح طريقة معالجة المحوّل للنصوص",
                "تدريب شبكة عصبية صغيرة وفحصها",
                "المقارنة بين الضبط الدقيق والتوليد المعزَّز بالاسترجاع",
                "قراءة ادّعاءات مقاييس الأداء بعين ناقدة",
                "مناقشة مخاطر السلامة بدقّة",
            ],
        },
        "faq": {
            "en": [
                (
                    "How much maths is involved?",
                    "You will meet vectors, matrices and derivatives, but every idea is introduced visually first and the formulas are not needed to pass the quizzes.",
                ),
                (
                    "Do I need a powerful computer?",
                    "No. The exercises use small models sized for a free cloud notebook or an ordinary laptop.",
                ),
            ],
            "nl": [
                (
                    "Hoeveel wiskunde komt erbij kijken?",
                    "Je komt vectoren, matrices en afgeleiden tegen, maar elk idee wordt eerst visueel geïntroduceerd en de formules heb je niet nodig om de quizzen te halen.",
                ),
                (
                    "Heb ik een krachtige computer nodig?",
                    "Nee. De oefeningen gebruiken kleine modellen die passen in een gratis cloudnotebook of op een gewone laptop.",
                ),
            ],
            "ar": [
                (
                    "ما مقدار الرياضيات المطلوب؟",
                    "ستتعامل مع المتّجهات والمصفوفات والمشتقّات، لكن كل فكرة تُقدَّم بصريًا أولًا، ولا تحتاج إلى الصيغ الرياضية لاجتياز الاختبارات القصيرة.",
                ),
                (
                    "هل أحتاج إلى حاسوب قوي؟",
                    "لا. تعتمد التمارين على نماذج صغيرة تعمل في دفتر سحابي مجاني أو على حاسوب محمول عادي.",
                ),
            ],
        },
    },
    {
        "slug": "ai-forest",
        "track": "ai-learning",
        "level": 5,
        "icon": "🌲",
        "colour": "#EF4444",
        "hours": 15,
        "title": {
            "en": "AI Forest",
            "fr": "AI Forest",
            "nl": "AI Forest",
            "hi": "एआई वन",
            "te": "ఏఐ అడవి",
            "es": "AI Forest",
            "pt": "AI Forest",
            "de": "AI Forest",
            "zh-hans": "AI 森林",
            "ja": "AI の森",
            "ar": "غابة الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Master AI",
            "fr": "Maîtriser l'IA",
            "nl": "Beheers AI",
            "hi": "एआई में महारत पाएँ",
            "te": "ఏఐపై పట్టు సాధించండి",
            "es": "Domina la IA",
            "pt": "Domine a IA",
            "de": "KI meistern",
            "zh-hans": "精通 AI",
            "ja": "AI を極めよう",
            "ar": "أتقن الذكاء الاصطناعي",
        },
        "subtitle": {
            "en": "Bring everything together to design, evaluate and responsibly deploy complete AI systems.",
            "nl": "Breng alles samen om complete AI-systemen te ontwerpen, te evalueren en verantwoord in te zetten.",
            "ar": "اجمع كل ما تعلّمته لتصميم أنظمة ذكاء اصطناعي متكاملة وتقييمها ونشرها بمسؤولية.",
        },
        "description": {
            "en": (
                "AI Forest is the capstone of the learning path. You will design a complete AI "
                "system from problem framing to monitoring, weigh cost, accuracy and fairness against "
                "each other, and study agents, multimodal models and current research directions. "
                "The program ends with a self-directed project that you can publish and share with "
                "the community."
            ),
            "nl": (
                "AI Forest is het sluitstuk van het leerpad. Je ontwerpt een volledig AI-systeem, van "
                "probleemdefinitie tot monitoring, weegt kosten, nauwkeurigheid en eerlijkheid tegen "
                "elkaar af en verdiept je in agents, multimodale modellen en actuele "
                "onderzoeksrichtingen. Je sluit af met een eigen project dat je kunt publiceren en "
                "delen met de community."
            ),
            "ar": (
                "برنامج «غابة الذكاء الاصطناعي» هو تتويج مسار التعلّم. ستصمّم نظام ذكاء اصطناعي "
                "كاملًا، من تحديد المشكلة حتى مراقبته بعد التشغيل، وتوازن بين التكلفة والدقة "
                "والإنصاف، وتدرس الوكلاء الأذكياء والنماذج متعددة الوسائط واتجاهات البحث الحالية. "
                "ويُختتم البرنامج بمشروع مستقل يمكنك نشره ومشاركته مع المجتمع."
            ),
        },
        "audience": {
            "en": "Experienced learners who want to reason about AI at the level of whole systems and be able to lead or critique real AI initiatives.",
            "nl": "Ervaren deelnemers die op systeemniveau over AI willen nadenken en echte AI-projecten willen kunnen leiden of kritisch beoordelen.",
            "ar": "للمتعلّمين المتمرّسين الذين يريدون التفكير في الذكاء الاصطناعي على مستوى الأنظمة الكاملة، والقدرة على قيادة مشاريع حقيقية أو تقييمها بعين ناقدة.",
        },
        "prerequisites": {
            "en": "AI Canopy or equivalent knowledge of deep learning, transformers and model evaluation.",
            "nl": "AI Canopy of vergelijkbare kennis van deep learning, transformers en modelevaluatie.",
            "ar": "برنامج «تاج الذكاء الاصطناعي» أو معرفة مماثلة بالتعلّم العميق والمحوّلات وتقييم النماذج.",
        },
        "topics": {
            "en": [
                "Framing problems for AI",
                "System design and trade-offs",
                "Agents and tool use",
                "Multimodal models",
                "Governance, regulation and ethics",
                "Reading current research",
            ],
            "nl": [
                "Problemen geschikt maken voor AI",
                "Systeemontwerp en afwegingen",
                "Agents en het gebruik van tools",
                "Multimodale modellen",
                "Governance, regelgeving en ethiek",
                "Actueel onderzoek lezen",
            ],
            "ar": [
                "صياغة المشكلات بما يناسب الذكاء الاصطناعي",
                "تصميم الأنظمة والموازنة بين الخيارات",
                "الوكلاء واستخدام الأدوات",
                "النماذج متعددة الوسائط",
                "الحوكمة والتنظيم والأخلاقيات",
                "قراءة الأبحاث الحديثة",
            ],
        },
        "outcomes": {
            "en": [
                "Design an AI system end to end",
                "Defend design choices with evidence",
                "Assess risks and plan mitigations",
                "Follow and summarise new research papers",
                "Publish a portfolio-ready capstone project",
            ],
            "nl": [
                "Een AI-systeem van begin tot eind ontwerpen",
                "Ontwerpkeuzes onderbouwen met bewijs",
                "Risico's inschatten en maatregelen plannen",
                "Nieuwe onderzoekspapers volgen en samenvatten",
                "Een eindproject publiceren dat in je portfolio past",
            ],
            "ar": [
                "تصميم نظام ذكاء اصطناعي من البداية إلى النهاية",
                "الدفاع عن قرارات التصميم بالأدلة",
                "تقييم المخاطر ووضع خطط للحدّ منها",
                "متابعة الأوراق البحثية الجديدة وتلخيصها",
                "نشر مشروع ختامي يليق بملفّ أعمالك",
            ],
        },
        "faq": {
            "en": [
                (
                    "What does the capstone project involve?",
                    "You pick a real problem, design and prototype an AI solution, evaluate it honestly and write up what you learned, with guidance and a checklist at every stage.",
                ),
                (
                    "Can I jump straight into AI Forest?",
                    "You can open any program at any time, since no account is required. The lessons do assume the depth of AI Canopy, so if terms like attention or fine-tuning feel unfamiliar, start there.",
                ),
            ],
            "nl": [
                (
                    "Wat houdt het eindproject in?",
                    "Je kiest een echt probleem, ontwerpt en bouwt een prototype van een AI-oplossing, evalueert dat eerlijk en schrijft op wat je hebt geleerd; bij elke stap krijg je richtlijnen en een checklist.",
                ),
                (
                    "Kan ik meteen met AI Forest beginnen?",
                    "Je kunt elk programma op elk moment openen, want een account is niet nodig. De lessen gaan wel uit van de diepgang van AI Canopy; zeggen begrippen als attention of fine-tuning je nog weinig, begin dan daar.",
                ),
            ],
            "ar": [
                (
                    "ماذا يتضمّن المشروع الختامي؟",
                    "تختار مشكلة حقيقية، وتصمّم لها حلًّا بالذكاء الاصطناعي وتبني نموذجًا أوليًا منه، ثم تقيّمه بأمانة وتكتب ما تعلّمته، مع إرشادات وقائمة تحقّق في كل مرحلة.",
                ),
                (
                    "هل يمكنني البدء مباشرةً بـ«غابة الذكاء الاصطناعي»؟",
                    "يمكنك فتح أي برنامج في أي وقت، إذ لا حاجة إلى إنشاء حساب. لكن الدروس تفترض العمق الذي يقدّمه «تاج الذكاء الاصطناعي»، فإن بدت لك مصطلحات مثل آلية الانتباه أو الضبط الدقيق غريبة فابدأ به.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Track 2: Craft engineering path
    # ------------------------------------------------------------------
    {
        "slug": "ai-sketch",
        "track": "craft-engineering",
        "level": 1,
        "icon": "✏️",
        "colour": "#F97316",
        "hours": 4,
        "title": {
            "en": "AI Sketch",
            "fr": "AI Sketch",
            "nl": "AI Sketch",
            "hi": "एआई स्केच",
            "te": "ఏఐ స్కెచ్",
            "es": "AI Sketch",
            "pt": "AI Sketch",
            "de": "AI Sketch",
            "zh-hans": "AI 草图",
            "ja": "AI スケッチ",
            "ar": "مسودة الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Start from zero",
            "fr": "Partir de zéro",
            "nl": "Begin bij nul",
            "hi": "शून्य से शुरुआत करें",
            "te": "సున్నా నుండి మొదలుపెట్టండి",
            "es": "Empieza desde cero",
            "pt": "Comece do zero",
            "de": "Bei null anfangen",
            "zh-hans": "从零开始",
            "ja": "ゼロから始めよう",
            "ar": "ابدأ من الصفر",
        },
        "subtitle": {
            "en": "Write your first useful prompts and let AI help you sketch small pieces of working software.",
            "nl": "Schrijf je eerste bruikbare prompts en laat AI je helpen kleine stukjes werkende software te schetsen.",
            "ar": "اكتب أولى أوامرك المفيدة، ودع الذكاء الاصطناعي يساعدك على رسم أجزاء صغيرة من برمجيات تعمل فعلًا.",
        },
        "description": {
            "en": (
                "AI Sketch introduces the everyday craft of building with AI. You will learn to write "
                "clear prompts, use an AI assistant to draft and explain code, and call a language "
                "model from a short script. Every lesson ends with a tiny working result, so you see "
                "progress from the very first hour."
            ),
            "nl": (
                "AI Sketch laat je kennismaken met het dagelijkse vakwerk van bouwen met AI. Je leert "
                "heldere prompts schrijven, een AI-assistent code laten opstellen en uitleggen, en een "
                "taalmodel aanroepen vanuit een kort script. Elke les eindigt met een klein werkend "
                "resultaat, zodat je vanaf het eerste uur vooruitgang ziet."
            ),
            "ar": (
                "يعرّفك برنامج «مسودة الذكاء الاصطناعي» بالحرفة اليومية للبناء بالذكاء الاصطناعي. "
                "ستتعلّم كتابة أوامر (Prompts) واضحة، واستخدام مساعد ذكي لصياغة الشيفرة وشرحها، "
                "واستدعاء نموذج لغوي من نص برمجي قصير. وينتهي كل درس بنتيجة صغيرة تعمل فعلًا، فترى "
                "تقدّمك منذ الساعة الأولى."
            ),
        },
        "audience": {
            "en": "Beginner developers, students and curious makers who want to start using AI as a practical building tool.",
            "nl": "Beginnende ontwikkelaars, studenten en nieuwsgierige makers die AI willen gaan gebruiken als praktisch bouwgereedschap.",
            "ar": "للمطوّرين المبتدئين والطلاب وهواة الصناعة الفضوليين الذين يريدون البدء باستخدام الذكاء الاصطناعي أداةً عملية للبناء.",
        },
        "prerequisites": {
            "en": "Basic familiarity with any programming language and a code editor; no prior AI experience is needed.",
            "nl": "Enige ervaring met een programmeertaal en een code-editor; eerdere ervaring met AI is niet nodig.",
            "ar": "إلمام بسيط بأي لغة برمجة وبمحرّر للشيفرة، ولا تلزم أي خبرة سابقة بالذكاء الاصطناعي.",
        },
        "topics": {
            "en": [
                "Anatomy of a good prompt",
                "Roles, context and examples",
                "Pair programming with an AI assistant",
                "Calling a model API from Python",
                "Reading and checking AI-generated code",
                "Keeping secrets and data safe",
            ],
            "nl": [
                "De opbouw van een goede prompt",
                "Rollen, context en voorbeelden",
                "Pair programming met een AI-assistent",
                "Een model-API aanroepen vanuit Python",
                "Door AI gegenereerde code lezen en controleren",
                "Geheimen en gegevens veilig houden",
            ],
            "ar": [
                "بنية الأمر الجيد",
                "الأدوار والسياق والأمثلة",
                "البرمجة الثنائية مع مساعد ذكي",
                "استدعاء واجهة برمجة نموذج من Python",
                "قراءة الشيفرة المولَّدة ومراجعتها",
                "حماية الأسرار والبيانات",
            ],
        },
        "outcomes": {
            "en": [
                "Write prompts that give consistent results",
                "Use an AI assistant to explain and draft code",
                "Make a first API call to a language model",
                "Review AI output before you trust it",
            ],
            "nl": [
                "Prompts schrijven die consistente resultaten geven",
                "Een AI-assistent code laten uitleggen en opstellen",
                "Een eerste API-aanroep naar een taalmodel doen",
                "AI-output controleren voordat je erop vertrouwt",
            ],
            "ar": [
                "كتابة أوامر تعطي نتائج متّسقة",
                "استخدام مساعد ذكي لشرح الشيفرة وصياغتها",
                "إجراء أول استدعاء لواجهة نموذج لغوي",
                "مراجعة مخرجات الذكاء الاصطناعي قبل الوثوق بها",
            ],
        },
        "faq": {
            "en": [
                (
                    "Do I need a paid API key?",
                    "No. Every exercise can be completed with a free option, such as a small open model running on your own computer, and the lessons explain how to set one up.",
                ),
                (
                    "Which programming language is used?",
                    "The examples use Python because it is short and readable, but the prompting skills carry over to any language.",
                ),
            ],
            "nl": [
                (
                    "Heb ik een betaalde API-sleutel nodig?",
                    "Nee. Elke oefening kan met een gratis optie, zoals een klein open model op je eigen computer, en de lessen leggen uit hoe je dat instelt.",
                ),
                (
                    "Welke programmeertaal wordt gebruikt?",
                    "De voorbeelden zijn in Python, omdat dat kort en leesbaar is, maar de promptvaardigheden kun je in elke taal gebruiken.",
                ),
            ],
            "ar": [
                (
                    "هل أحتاج إلى مفتاح API مدفوع؟",
                    "لا. يمكن إنجاز كل تمرين بخيار مجاني، مثل نموذج مفتوح صغير يعمل على حاسوبك، وتشرح الدروس طريقة إعداده.",
                ),
                (
                    "ما لغة البرمجة المستخدمة؟",
                    "الأمثلة مكتوبة بلغة Python لأنها موجزة وسهلة القراءة، لكن مهارات صياغة الأوامر تنطبق على أي لغة.",
                ),
            ],
        },
    },
    {
        "slug": "ai-chisel",
        "track": "craft-engineering",
        "level": 2,
        "icon": "🪨",
        "colour": "#06B6D4",
        "hours": 6,
        "title": {
            "en": "AI Chisel",
            "fr": "AI Chisel",
            "nl": "AI Chisel",
            "hi": "एआई छेनी",
            "te": "ఏఐ ఉలి",
            "es": "AI Chisel",
            "pt": "AI Chisel",
            "de": "AI Chisel",
            "zh-hans": "AI 雕琢",
            "ja": "AI チゼル",
            "ar": "إزميل الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Build a foundation",
            "fr": "Poser des bases solides",
            "nl": "Bouw een fundament",
            "hi": "मज़बूत नींव तैयार करें",
            "te": "బలమైన పునాది వేయండి",
            "es": "Construye una base sólida",
            "pt": "Construa uma base sólida",
            "de": "Ein Fundament legen",
            "zh-hans": "打好基础",
            "ja": "基礎を固めよう",
            "ar": "ابنِ أساسًا متينًا",
        },
        "subtitle": {
            "en": "Shape rough prompts into reliable building blocks with structure, tools and tests.",
            "nl": "Vorm ruwe prompts om tot betrouwbare bouwstenen met structuur, tools en tests.",
            "ar": "حوّل الأوامر الأولية إلى لبنات بناء موثوقة بفضل البنية والأدوات والاختبارات.",
        },
        "description": {
            "en": (
                "AI Chisel turns one-off prompts into dependable components. You will request "
                "structured output such as JSON, let models call your own functions, ground answers "
                "in your documents with retrieval, and keep prompts under version control. Small "
                "automated tests show you whether a change makes things better or worse."
            ),
            "nl": (
                "AI Chisel maakt van losse prompts betrouwbare onderdelen. Je vraagt om "
                "gestructureerde output zoals JSON, laat modellen je eigen functies aanroepen, "
                "baseert antwoorden met retrieval op je eigen documenten en beheert prompts in "
                "versiebeheer. Kleine geautomatiseerde tests laten zien of een wijziging iets "
                "verbetert of juist verslechtert."
            ),
            "ar": (
                "يحوّل برنامج «إزميل الذكاء الاصطناعي» الأوامر العابرة إلى مكوّنات يمكن الاعتماد "
                "عليها. ستطلب مخرجات منظّمة مثل JSON، وتدع النماذج تستدعي دوالّك الخاصة، وتبني "
                "الإجابات على مستنداتك عبر الاسترجاع، وتدير الأوامر ضمن نظام لإدارة الإصدارات. "
                "وتكشف لك اختبارات آلية صغيرة ما إذا كان التعديل يحسّن النتائج أم يُضعفها."
            ),
        },
        "audience": {
            "en": "Developers who have experimented with prompts and now want repeatable results they can build features on.",
            "nl": "Ontwikkelaars die met prompts hebben geëxperimenteerd en nu herhaalbare resultaten willen waarop ze functies kunnen bouwen.",
            "ar": "للمطوّرين الذين جرّبوا كتابة الأوامر ويريدون الآن نتائج قابلة للتكرار يبنون عليها ميزات حقيقية.",
        },
        "prerequisites": {
            "en": "AI Sketch or comparable experience calling a language model from code, plus comfort with Python and JSON.",
            "nl": "AI Sketch of vergelijkbare ervaring met het aanroepen van een taalmodel vanuit code, plus vertrouwdheid met Python en JSON.",
            "ar": "برنامج «مسودة الذكاء الاصطناعي» أو خبرة مماثلة في استدعاء نموذج لغوي من الشيفرة، مع إلمام بلغة Python وصيغة JSON.",
        },
        "topics": {
            "en": [
                "Structured output and schemas",
                "Function and tool calling",
                "Retrieval basics with embeddings",
                "Prompt templates and versioning",
                "Handling errors, retries and rate limits",
                "Writing your first prompt tests",
            ],
            "nl": [
                "Gestructureerde output en schema's",
                "Function calling en tools",
                "Basis van retrieval met embeddings",
                "Promptsjablonen en versiebeheer",
                "Fouten, retries en rate limits afhandelen",
                "Je eerste prompttests schrijven",
            ],
            "ar": [
                "المخرجات المنظّمة والمخطّطات",
                "استدعاء الدوال والأدوات",
                "أساسيات الاسترجاع بالتضمينات",
                "قوالب الأوامر وإدارة إصداراتها",
                "معالجة الأخطاء وإعادة المحاولة وحدود الاستخدام",
                "كتابة أولى اختبارات الأوامر",
            ],
        },
        "outcomes": {
            "en": [
                "Get valid, schema-checked JSON from a model",
                "Connect a model to your own functions",
                "Build a small question-answering tool over documents",
                "Track prompt changes the way you track code",
            ],
            "nl": [
                "Geldige, tegen een schema gecontroleerde JSON uit een model halen",
                "Een model koppelen aan je eigen functies",
                "Een kleine vraag-en-antwoordtool voor documenten bouwen",
                "Promptwijzigingen bijhouden zoals je code bijhoudt",
            ],
            "ar": [
                "الحصول على JSON صالح ومطابق للمخطّط من النموذج",
                "ربط النموذج بدوالّك الخاصة",
                "بناء أداة صغيرة للإجابة عن الأسئلة من المستندات",
                "تتبّع تغييرات الأوامر كما تتبّع الشيفرة",
            ],
        },
        "faq": {
            "en": [
                (
                    "Is this tied to one AI provider?",
                    "No. The patterns are shown with provider-neutral code, and the lessons point out where the main APIs differ.",
                ),
                (
                    "Why test prompts at all?",
                    "Models do not always give the same answer, and prompts drift as you edit them; small tests catch regressions before your users do.",
                ),
            ],
            "nl": [
                (
                    "Is dit gebonden aan één AI-aanbieder?",
                    "Nee. De patronen worden getoond met code die niet aan een aanbieder vastzit, en de lessen wijzen aan waar de belangrijkste API's van elkaar verschillen.",
                ),
                (
                    "Waarom zou je prompts testen?",
                    "Modellen geven niet altijd hetzelfde antwoord en prompts veranderen ongemerkt terwijl je eraan sleutelt; kleine tests vangen achteruitgang op voordat je gebruikers die merken.",
                ),
            ],
            "ar": [
                (
                    "هل البرنامج مرتبط بمزوّد ذكاء اصطناعي واحد؟",
                    "لا. تُعرض الأنماط بشيفرة لا ترتبط بمزوّد بعينه، وتشير الدروس إلى مواضع اختلاف الواجهات البرمجية الرئيسية.",
                ),
                (
                    "لماذا نختبر الأوامر أصلًا؟",
                    "لأن النماذج لا تعطي الإجابة نفسها دائمًا، ولأن الأوامر تتبدّل تدريجيًا مع كل تعديل؛ والاختبارات الصغيرة تكشف التراجع قبل أن يلاحظه المستخدمون.",
                ),
            ],
        },
    },
    {
        "slug": "ai-craft",
        "track": "craft-engineering",
        "level": 3,
        "icon": "⚒️",
        "colour": "#8B5CF6",
        "hours": 8,
        "title": {
            "en": "AI Craft",
            "fr": "AI Craft",
            "nl": "AI Craft",
            "hi": "एआई शिल्प",
            "te": "ఏఐ క్రాఫ్ట్",
            "es": "AI Craft",
            "pt": "AI Craft",
            "de": "AI Craft",
            "zh-hans": "AI 匠艺",
            "ja": "AI クラフト",
            "ar": "حِرفة الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Apply in practice",
            "fr": "Mettre en pratique",
            "nl": "Pas het toe in de praktijk",
            "hi": "व्यवहार में लागू करें",
            "te": "ఆచరణలో పెట్టండి",
            "es": "Aplícalo en la práctica",
            "pt": "Aplique na prática",
            "de": "In der Praxis anwenden",
            "zh-hans": "学以致用",
            "ja": "実践で活かそう",
            "ar": "طبّق ما تعلّمته عمليًا",
        },
        "subtitle": {
            "en": "Build and ship a complete AI-powered feature, from first prototype to something real people can use.",
            "nl": "Bouw en lever een complete AI-functie op, van eerste prototype tot iets waar echte mensen mee werken.",
            "ar": "ابنِ ميزة متكاملة تعمل بالذكاء الاصطناعي وأطلقها، من النموذج الأولي حتى منتج يستخدمه أناس حقيقيون.",
        },
        "description": {
            "en": (
                "AI Craft is where the pieces come together in a working application. You will build "
                "a document assistant with retrieval, add a simple agent that uses tools, stream "
                "responses into a web interface and keep an eye on latency and cost. By the end you "
                "will have a small but complete project running on your own machine or on free "
                "hosting."
            ),
            "nl": (
                "In AI Craft komen alle onderdelen samen in een werkende applicatie. Je bouwt een "
                "documentassistent met retrieval, voegt een eenvoudige agent toe die tools gebruikt, "
                "streamt antwoorden naar een webinterface en houdt latency en kosten in de gaten. Aan "
                "het eind heb je een klein maar compleet project dat op je eigen computer of bij een "
                "gratis hostingdienst draait."
            ),
            "ar": (
                "في برنامج «حِرفة الذكاء الاصطناعي» تجتمع القطع كلها في تطبيق يعمل. ستبني مساعدًا "
                "للمستندات يعتمد على الاسترجاع، وتضيف وكيلًا بسيطًا يستخدم الأدوات، وتبثّ الردود "
                "تدريجيًا إلى واجهة ويب، وتراقب زمن الاستجابة والتكلفة. وفي النهاية سيكون لديك مشروع "
                "صغير لكنه متكامل يعمل على جهازك أو على خدمة استضافة مجانية."
            ),
        },
        "audience": {
            "en": "Developers ready to move beyond snippets and build an end-to-end AI feature they could show in a portfolio.",
            "nl": "Ontwikkelaars die verder willen dan losse codefragmenten en een AI-functie van begin tot eind willen bouwen voor hun portfolio.",
            "ar": "للمطوّرين المستعدّين لتجاوز المقتطفات البرمجية وبناء ميزة ذكاء اصطناعي متكاملة يعرضونها في ملفّ أعمالهم.",
        },
        "prerequisites": {
            "en": "AI Chisel or hands-on experience with structured output, tool calling and basic retrieval.",
            "nl": "AI Chisel of praktijkervaring met gestructureerde output, tool calling en eenvoudige retrieval.",
            "ar": "برنامج «إزميل الذكاء الاصطناعي» أو خبرة عملية بالمخرجات المنظّمة واستدعاء الأدوات والاسترجاع البسيط.",
        },
        "topics": {
            "en": [
                "Designing an AI feature around a user need",
                "Retrieval-augmented generation in practice",
                "Agents with tools and guardrails",
                "Streaming responses in a web app",
                "Managing latency and cost",
                "Logging conversations responsibly",
            ],
            "nl": [
                "Een AI-functie ontwerpen rond een gebruikersbehoefte",
                "Retrieval-augmented generation in de praktijk",
                "Agents met tools en vangrails",
                "Antwoorden streamen in een webapp",
                "Latency en kosten beheersen",
                "Gesprekken verantwoord loggen",
            ],
            "ar": [
                "تصميم ميزة ذكاء اصطناعي حول حاجة المستخدم",
                "التوليد المعزَّز بالاسترجاع عمليًا",
                "الوكلاء والأدوات وضوابط الأمان",
                "بثّ الردود في تطبيق ويب",
                "التحكّم في زمن الاستجابة والتكلفة",
                "تسجيل المحادثات بمسؤولية",
            ],
        },
        "outcomes": {
            "en": [
                "Ship a working retrieval-based assistant",
                "Add tool use with sensible limits",
                "Measure latency and cost per request",
                "Explain your architecture clearly to others",
            ],
            "nl": [
                "Een werkende assistent op basis van retrieval opleveren",
                "Toolgebruik toevoegen met verstandige grenzen",
                "Latency en kosten per verzoek meten",
                "Je architectuur helder uitleggen aan anderen",
            ],
            "ar": [
                "إطلاق مساعد يعمل بالاسترجاع",
                "إضافة استخدام الأدوات ضمن حدود معقولة",
                "قياس زمن الاستجابة وتكلفة كل طلب",
                "شرح بنية مشروعك للآخرين بوضوح",
            ],
        },
        "faq": {
            "en": [
                (
                    "Which framework will I use?",
                    "The core project uses plain Python and a lightweight web framework, so you understand each step before reaching for bigger libraries.",
                ),
                (
                    "Can I build my own idea instead?",
                    "Yes. The lessons follow a reference project, but every milestone includes notes on adapting it to an idea of your own.",
                ),
            ],
            "nl": [
                (
                    "Welk framework ga ik gebruiken?",
                    "Het kernproject gebruikt gewone Python en een lichtgewicht webframework, zodat je elke stap begrijpt voordat je naar grotere bibliotheken grijpt.",
                ),
                (
                    "Kan ik ook mijn eigen idee uitwerken?",
                    "Ja. De lessen volgen een voorbeeldproject, maar bij elke mijlpaal lees je hoe je het kunt aanpassen aan je eigen idee.",
                ),
            ],
            "ar": [
                (
                    "ما إطار العمل الذي سأستخدمه؟",
                    "يعتمد المشروع الأساسي على Python البسيطة وإطار ويب خفيف، لتفهم كل خطوة قبل اللجوء إلى مكتبات أكبر.",
                ),
                (
                    "هل يمكنني بناء فكرتي الخاصة بدلًا من ذلك؟",
                    "نعم. تتبع الدروس مشروعًا مرجعيًا، لكن كل مرحلة تتضمّن ملاحظات عن تكييفه مع فكرتك الخاصة.",
                ),
            ],
        },
    },
    {
        "slug": "ai-polish",
        "track": "craft-engineering",
        "level": 4,
        "icon": "💎",
        "colour": "#EC4899",
        "hours": 4,
        "title": {
            "en": "AI Polish",
            "fr": "AI Polish",
            "nl": "AI Polish",
            "hi": "एआई निखार",
            "te": "ఏఐ మెరుగు",
            "es": "AI Polish",
            "pt": "AI Polish",
            "de": "AI Polish",
            "zh-hans": "AI 打磨",
            "ja": "AI ポリッシュ",
            "ar": "صقل الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Go in depth",
            "fr": "Approfondir",
            "nl": "Ga de diepte in",
            "hi": "गहराई से समझें",
            "te": "లోతుగా అధ్యయనం చేయండి",
            "es": "Profundiza",
            "pt": "Aprofunde-se",
            "de": "In die Tiefe gehen",
            "zh-hans": "深入钻研",
            "ja": "深く掘り下げよう",
            "ar": "تعمّق أكثر",
        },
        "subtitle": {
            "en": "Measure, harden and refine AI features until they hold up in front of real users.",
            "nl": "Meet, versterk en verfijn AI-functies tot ze overeind blijven bij echte gebruikers.",
            "ar": "قِس ميزات الذكاء الاصطناعي وحصّنها وحسّنها حتى تصمد أمام المستخدمين الحقيقيين.",
        },
        "description": {
            "en": (
                "AI Polish focuses on the quality work that separates a demo from a dependable "
                "product. You will build evaluation sets, combine automated and human grading, defend "
                "against prompt injection and add monitoring that shows how your feature behaves "
                "after launch. The result is a repeatable routine for improving an AI system with "
                "evidence instead of guesswork."
            ),
            "nl": (
                "AI Polish draait om het kwaliteitswerk dat een demo onderscheidt van een betrouwbaar "
                "product. Je stelt evaluatiesets samen, combineert automatische en menselijke "
                "beoordeling, beschermt je tegen prompt injection en voegt monitoring toe die laat "
                "zien hoe je functie zich na de lancering gedraagt. Zo krijg je een vaste werkwijze "
                "om een AI-systeem te verbeteren op basis van bewijs in plaats van giswerk."
            ),
            "ar": (
                "يركّز برنامج «صقل الذكاء الاصطناعي» على أعمال الجودة التي تفصل بين العرض التجريبي "
                "والمنتج الموثوق. ستبني مجموعات للتقييم، وتجمع بين التقييم الآلي والبشري، وتتصدّى "
                "لهجمات حقن الأوامر، وتضيف أدوات مراقبة تكشف سلوك الميزة بعد إطلاقها. والنتيجة "
                "منهجية قابلة للتكرار لتحسين نظام الذكاء الاصطناعي بالأدلة لا بالتخمين."
            ),
        },
        "audience": {
            "en": "Engineers who already have an AI feature running and want to make it measurably better, safer and easier to maintain.",
            "nl": "Engineers die al een werkende AI-functie hebben en die aantoonbaar beter, veiliger en makkelijker te onderhouden willen maken.",
            "ar": "للمهندسين الذين لديهم ميزة ذكاء اصطناعي تعمل بالفعل ويريدون جعلها أفضل وأكثر أمانًا وأسهل صيانةً على نحو قابل للقياس.",
        },
        "prerequisites": {
            "en": "AI Craft or a working AI feature of your own that you can evaluate.",
            "nl": "AI Craft of een eigen werkende AI-functie die je kunt evalueren.",
            "ar": "برنامج «حِرفة الذكاء الاصطناعي» أو ميزة ذكاء اصطناعي خاصة بك تعمل ويمكن تقييمها.",
        },
        "topics": {
            "en": [
                "Building evaluation datasets",
                "Automated and model-graded evals",
                "Human review and feedback loops",
                "Prompt injection and data leaks",
                "Observability and tracing",
                "Regression testing before each release",
            ],
            "nl": [
                "Evaluatiedatasets opbouwen",
                "Automatische evals en beoordeling door modellen",
                "Menselijke review en feedbackloops",
                "Prompt injection en datalekken",
                "Observability en tracing",
                "Regressietests vóór elke release",
            ],
            "ar": [
                "بناء مجموعات بيانات للتقييم",
                "التقييم الآلي والتقييم بواسطة النماذج",
                "المراجعة البشرية وحلقات التغذية الراجعة",
                "حقن الأوامر وتسرّب البيانات",
                "المراقبة وتتبّع الطلبات",
                "اختبارات التراجع قبل كل إصدار",
            ],
        },
        "outcomes": {
            "en": [
                "Create an evaluation set for your feature",
                "Compare prompt or model versions with data",
                "Reduce common security risks",
                "Set up monitoring for behaviour in production",
            ],
            "nl": [
                "Een evaluatieset voor je functie maken",
                "Prompt- of modelversies vergelijken met data",
                "Veelvoorkomende beveiligingsrisico's verkleinen",
                "Monitoring inrichten voor gedrag in productie",
            ],
            "ar": [
                "إنشاء مجموعة تقييم لميزتك",
                "المقارنة بين إصدارات الأوامر أو النماذج بالبيانات",
                "الحدّ من المخاطر الأمنية الشائعة",
                "إعداد مراقبة لسلوك الميزة في بيئة الإنتاج",
            ],
        },
        "faq": {
            "en": [
                (
                    "Why is this program shorter than AI Craft?",
                    "It is focused: about four hours on evaluation, safety and monitoring, applied to a project you already have rather than a new one.",
                ),
                (
                    "Can a model grade another model?",
                    "Yes, with care. You will learn when model-based grading is reliable and how to check it against a sample of human judgements.",
                ),
            ],
            "nl": [
                (
                    "Waarom is dit programma korter dan AI Craft?",
                    "Het is gericht: ongeveer vier uur over evaluatie, veiligheid en monitoring, toegepast op een project dat je al hebt in plaats van een nieuw project.",
                ),
                (
                    "Kan een model een ander model beoordelen?",
                    "Ja, mits je het zorgvuldig aanpakt. Je leert wanneer beoordeling door een model betrouwbaar is en hoe je die toetst aan een steekproef van menselijke oordelen.",
                ),
            ],
            "ar": [
                (
                    "لماذا هذا البرنامج أقصر من «حِرفة الذكاء الاصطناعي»؟",
                    "لأنه مركّز: نحو أربع ساعات عن التقييم والأمان والمراقبة، تطبّقها على مشروع تملكه بالفعل بدلًا من بناء مشروع جديد.",
                ),
                (
                    "هل يمكن لنموذج أن يقيّم نموذجًا آخر؟",
                    "نعم، مع الحذر. ستتعلّم متى يكون التقييم بواسطة النماذج موثوقًا، وكيف تتحقّق منه بمقارنته بعيّنة من الأحكام البشرية.",
                ),
            ],
        },
    },
    {
        "slug": "ai-masterpiece",
        "track": "craft-engineering",
        "level": 5,
        "icon": "🏆",
        "colour": "#EAB308",
        "hours": 10,
        "title": {
            "en": "AI Masterpiece",
            "fr": "AI Masterpiece",
            "nl": "AI Masterpiece",
            "hi": "एआई उत्कृष्ट कृति",
            "te": "ఏఐ కళాఖండం",
            "es": "AI Masterpiece",
            "pt": "AI Masterpiece",
            "de": "AI Masterpiece",
            "zh-hans": "AI 杰作",
            "ja": "AI マスターピース",
            "ar": "تحفة الذكاء الاصطناعي",
        },
        "tagline": {
            "en": "Master AI",
            "fr": "Maîtriser l'IA",
            "nl": "Beheers AI",
            "hi": "एआई में महारत पाएँ",
            "te": "ఏఐపై పట్టు సాధించండి",
            "es": "Domina la IA",
            "pt": "Domine a IA",
            "de": "KI meistern",
            "zh-hans": "精通 AI",
            "ja": "AI を極めよう",
            "ar": "أتقن الذكاء الاصطناعي",
        },
        "subtitle": {
            "en": "Design, build and launch a production-grade AI product that shows everything you have learned.",
            "nl": "Ontwerp, bouw en lanceer een AI-product op productieniveau dat laat zien wat je allemaal hebt geleerd.",
            "ar": "صمّم منتج ذكاء اصطناعي جاهزًا للإنتاج وابنِه وأطلقه، ليُظهر كل ما تعلّمته.",
        },
        "description": {
            "en": (
                "AI Masterpiece is the capstone of the craft engineering path. You will scope a real "
                "product, choose between prompting, retrieval and fine-tuning with clear reasoning, "
                "and deliver it with evaluation, monitoring, documentation and a rollback plan. You "
                "finish with a public case study and, if you like, a contribution to an open-source "
                "AI project."
            ),
            "nl": (
                "AI Masterpiece is het sluitstuk van het leerpad AI-vakmanschap. Je bakent een echt "
                "product af, kiest met heldere argumenten tussen prompting, retrieval en fine-tuning, "
                "en levert het op met evaluatie, monitoring, documentatie en een plan om terug te "
                "rollen. Je sluit af met een openbare casestudy en, als je wilt, een bijdrage aan een "
                "open-source-AI-project."
            ),
            "ar": (
                "برنامج «تحفة الذكاء الاصطناعي» هو المشروع الختامي لمسار هندسة الذكاء الاصطناعي "
                "التطبيقية. ستحدّد نطاق منتج حقيقي، وتختار بين صياغة الأوامر والاسترجاع والضبط "
                "الدقيق بحجج واضحة، ثم تسلّمه مع التقييم والمراقبة والتوثيق وخطة للتراجع عند "
                "الحاجة. وتختم بدراسة حالة منشورة، وإن شئت بمساهمة في مشروع ذكاء اصطناعي مفتوح "
                "المصدر."
            ),
        },
        "audience": {
            "en": "Engineers who want to lead AI work from end to end and have a showcase project that proves it.",
            "nl": "Engineers die AI-werk van begin tot eind willen leiden en een showcaseproject willen dat dat bewijst.",
            "ar": "للمهندسين الذين يريدون قيادة أعمال الذكاء الاصطناعي من البداية إلى النهاية، وامتلاك مشروع بارز يثبت ذلك.",
        },
        "prerequisites": {
            "en": "AI Polish, or solid experience shipping and evaluating AI features in production.",
            "nl": "AI Polish, of stevige ervaring met het opleveren en evalueren van AI-functies in productie.",
            "ar": "برنامج «صقل الذكاء الاصطناعي»، أو خبرة متينة في إطلاق ميزات الذكاء الاصطناعي وتقييمها في بيئة الإنتاج.",
        },
        "topics": {
            "en": [
                "Scoping and product requirements",
                "Prompting, retrieval or fine-tuning?",
                "Scalable architecture and caching",
                "Release strategy and rollback",
                "Documentation and model cards",
                "Contributing to open source",
            ],
            "nl": [
                "Afbakening en productvereisten",
                "Prompting, retrieval of fine-tuning?",
                "Schaalbare architectuur en caching",
                "Releasestrategie en terugrollen",
                "Documentatie en model cards",
                "Bijdragen aan open source",
            ],
            "ar": [
                "تحديد النطاق ومتطلبات المنتج",
                "صياغة الأوامر أم الاسترجاع أم الضبط الدقيق؟",
                "بنية قابلة للتوسّع والتخزين المؤقت",
                "استراتيجية الإطلاق والتراجع",
                "التوثيق وبطاقات النماذج",
                "المساهمة في المصادر المفتوحة",
            ],
        },
        "outcomes": {
            "en": [
                "Ship a production-ready AI product",
                "Justify key technical decisions in writing",
                "Run a safe, staged launch",
                "Publish a clear case study",
                "Give something back to the open-source community",
            ],
            "nl": [
                "Een productierijp AI-product opleveren",
                "Belangrijke technische keuzes schriftelijk onderbouwen",
                "Een veilige, gefaseerde lancering uitvoeren",
                "Een heldere casestudy publiceren",
                "Iets teruggeven aan de open-sourcecommunity",
            ],
            "ar": [
                "إطلاق منتج ذكاء اصطناعي جاهز للإنتاج",
                "تبرير القرارات التقنية الرئيسية كتابيًا",
                "تنفيذ إطلاق تدريجي آمن",
                "نشر دراسة حالة واضحة",
                "ردّ الجميل لمجتمع المصادر المفتوحة",
            ],
        },
        "faq": {
            "en": [
                (
                    "How long does the capstone take?",
                    "Plan for around ten hours of guided work spread over a few weeks; many learners take longer because they keep improving their product.",
                ),
                (
                    "Does my project have to be original?",
                    "It should solve a problem you care about. Rebuilding an existing idea is fine, as long as the design decisions and the evaluation are your own.",
                ),
            ],
            "nl": [
                (
                    "Hoeveel tijd kost het eindproject?",
                    "Reken op ongeveer tien uur begeleid werk, verspreid over een paar weken; veel deelnemers doen er langer over omdat ze hun product blijven verbeteren.",
                ),
                (
                    "Moet mijn project origineel zijn?",
                    "Het moet een probleem oplossen dat jij belangrijk vindt. Een bestaand idee opnieuw bouwen mag, zolang de ontwerpkeuzes en de evaluatie van jezelf zijn.",
                ),
            ],
            "ar": [
                (
                    "كم يستغرق المشروع الختامي؟",
                    "خصّص نحو عشر ساعات من العمل الموجَّه موزّعة على بضعة أسابيع؛ ويستغرق كثير من المتعلّمين وقتًا أطول لأنهم يواصلون تحسين منتجاتهم.",
                ),
                (
                    "هل يجب أن يكون مشروعي أصليًا؟",
                    "ينبغي أن يحلّ مشكلة تهمّك. ولا بأس بإعادة بناء فكرة موجودة ما دامت قرارات التصميم والتقييم من صنعك.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Track 3: Career-ready path
    # ------------------------------------------------------------------
    {
        "slug": "ai-launchpad",
        "track": "career-ready",
        "level": 1,
        "icon": "🚀",
        "colour": "#8B5CF6",
        "hours": 3,
        "title": {
            "en": "Interview Launchpad",
            "fr": "Tremplin entretiens",
            "nl": "Startblok sollicitaties",
            "hi": "इंटरव्यू लॉन्चपैड",
            "te": "ఇంటర్వ్యూ లాంచ్‌ప్యాడ్",
            "es": "Trampolín de entrevistas",
            "pt": "Trampolim para entrevistas",
            "de": "Bewerbungs-Startrampe",
            "zh-hans": "面试起航",
            "ja": "面接準備の第一歩",
            "ar": "منصة الانطلاق للمقابلات",
        },
        "tagline": {
            "en": "Start your job search from zero",
            "fr": "Partir de zéro pour trouver un emploi",
            "nl": "Begin je zoektocht naar werk bij nul",
            "hi": "नौकरी की तलाश शून्य से शुरू करें",
            "te": "ఉద్యోగ వేటలో మొదటి అడుగు",
            "es": "Empieza tu búsqueda de empleo",
            "pt": "Comece a busca de emprego do zero",
            "de": "Die Jobsuche bei null beginnen",
            "zh-hans": "从零开始求职",
            "ja": "ゼロから始める就職活動",
            "ar": "ابدأ البحث عن عمل من الصفر",
        },
        "subtitle": {
            "en": "Find the AI role that fits you and prepare a CV, portfolio and plan that get you noticed.",
            "nl": "Vind de AI-functie die bij je past en maak een cv, portfolio en plan waarmee je opvalt.",
            "ar": "اعثر على وظيفة الذكاء الاصطناعي المناسبة لك، وجهّز سيرة ذاتية وملفّ أعمال وخطة تلفت الانتباه.",
        },
        "description": {
            "en": (
                "Interview Launchpad helps you begin your AI job search with a clear direction. You "
                "will compare roles such as ML engineer, data scientist, MLOps engineer and AI "
                "product manager, match them to your background, and shape your CV, LinkedIn profile "
                "and portfolio around them. You leave with a realistic weekly plan for applications "
                "and preparation."
            ),
            "nl": (
                "Startblok sollicitaties helpt je je zoektocht naar een AI-baan te beginnen met een "
                "duidelijke richting. Je vergelijkt functies als ML-engineer, datascientist, "
                "MLOps-engineer en AI-productmanager, legt ze naast je eigen achtergrond en stemt je "
                "cv, LinkedIn-profiel en portfolio daarop af. Je sluit af met een realistisch weekplan "
                "voor sollicitaties en voorbereiding."
            ),
            "ar": (
                "يساعدك برنامج «منصة الانطلاق للمقابلات» على بدء بحثك عن وظيفة في الذكاء الاصطناعي "
                "باتجاه واضح. ستقارن بين أدوار مثل مهندس تعلّم الآلة وعالم البيانات ومهندس MLOps "
                "ومدير منتجات الذكاء الاصطناعي، وتطابقها مع خلفيتك، ثم تبني سيرتك الذاتية وملفك على "
                "LinkedIn وملفّ أعمالك حولها. وتخرج بخطة أسبوعية واقعية للتقديم والاستعداد."
            ),
        },
        "audience": {
            "en": "Students, career changers and professionals who want to move into AI but are not sure where to begin.",
            "nl": "Studenten, carrièreswitchers en professionals die de overstap naar AI willen maken, maar niet goed weten waar ze moeten beginnen.",
            "ar": "للطلاب والراغبين في تغيير مسارهم المهني والمحترفين الذين يريدون الانتقال إلى الذكاء الاصطناعي ولا يعرفون من أين يبدؤون.",
        },
        "prerequisites": {
            "en": "None, although some knowledge from the AI learning path makes the role descriptions easier to follow.",
            "nl": "Geen, al maakt wat kennis uit het AI-leerpad de functiebeschrijvingen makkelijker te volgen.",
            "ar": "لا شيء، وإن كانت بعض المعرفة من مسار تعلّم الذكاء الاصطناعي تسهّل فهم توصيفات الأدوار.",
        },
        "topics": {
            "en": [
                "The main AI roles and what they involve",
                "Matching a role to your background",
                "Writing an AI-focused CV",
                "Building a small, convincing portfolio",
                "Finding openings and getting referrals",
                "Planning your preparation week by week",
            ],
            "nl": [
                "De belangrijkste AI-functies en wat ze inhouden",
                "Een functie kiezen die bij je achtergrond past",
                "Een cv schrijven dat op AI is gericht",
                "Een klein, overtuigend portfolio opbouwen",
                "Vacatures vinden en via je netwerk binnenkomen",
                "Je voorbereiding per week plannen",
            ],
            "ar": [
                "أبرز أدوار الذكاء الاصطناعي وما تتطلّبه",
                "مطابقة الدور مع خلفيتك",
                "كتابة سيرة ذاتية موجّهة إلى الذكاء الاصطناعي",
                "بناء ملفّ أعمال صغير ومقنع",
                "العثور على الفرص والحصول على توصيات",
                "تخطيط استعدادك أسبوعًا بأسبوع",
            ],
        },
        "outcomes": {
            "en": [
                "Shortlist two or three roles that suit you",
                "Rewrite your CV for AI positions",
                "Plan a portfolio project that fits your target role",
                "Follow a realistic application plan",
            ],
            "nl": [
                "Twee of drie passende functies selecteren",
                "Je cv herschrijven voor AI-vacatures",
                "Een portfolioproject plannen dat bij je doelfunctie past",
                "Een realistisch sollicitatieplan volgen",
            ],
            "ar": [
                "اختيار دورين أو ثلاثة أدوار تناسبك",
                "إعادة كتابة سيرتك الذاتية لوظائف الذكاء الاصطناعي",
                "التخطيط لمشروع في ملفّ أعمالك يناسب الدور المستهدف",
                "اتباع خطة تقديم واقعية",
            ],
        },
        "faq": {
            "en": [
                (
                    "Do I need a computer science degree?",
                    "Not for every role. Many AI positions value skills and projects you can demonstrate; the program shows which roles usually expect an advanced degree, such as research scientist, and which do not.",
                ),
                (
                    "How do I know which role to aim for?",
                    "A short set of questions about coding, research, working with stakeholders and your current background points you to the roles that suit you best.",
                ),
            ],
            "nl": [
                (
                    "Heb ik een diploma informatica nodig?",
                    "Niet voor elke functie. Bij veel AI-functies tellen aantoonbare vaardigheden en projecten; het programma laat zien welke functies meestal een master of promotie vragen, zoals onderzoeker, en welke niet.",
                ),
                (
                    "Hoe weet ik welke functie bij me past?",
                    "Een korte reeks vragen over programmeren, onderzoek, samenwerken met stakeholders en je huidige achtergrond wijst je de functies die het best bij je passen.",
                ),
            ],
            "ar": [
                (
                    "هل أحتاج إلى شهادة في علوم الحاسوب؟",
                    "ليس لكل الأدوار. تقدّر كثير من وظائف الذكاء الاصطناعي المهارات والمشاريع التي يمكنك إثباتها، ويوضّح البرنامج الأدوار التي تتطلّب عادةً دراسات عليا، مثل عالم الأبحاث، وتلك التي لا تتطلّبها.",
                ),
                (
                    "كيف أعرف الدور الذي ينبغي أن أستهدفه؟",
                    "ترشدك مجموعة قصيرة من الأسئلة عن البرمجة والبحث والعمل مع أصحاب المصلحة وخلفيتك الحالية إلى الأدوار الأنسب لك.",
                ),
            ],
        },
    },
    {
        "slug": "ai-behavioral",
        "track": "career-ready",
        "level": 2,
        "icon": "🌟",
        "colour": "#F59E0B",
        "hours": 5,
        "title": {
            "en": "Behavioral Mastery",
            "fr": "Maîtrise de l'entretien comportemental",
            "nl": "Meester in gedragsvragen",
            "hi": "बिहेवियरल इंटरव्यू में महारत",
            "te": "బిహేవియరల్ ఇంటర్వ్యూల్లో ప్రావీణ్యం",
            "es": "Domina las entrevistas conductuales",
            "pt": "Domínio das entrevistas comportamentais",
            "de": "Verhaltensinterviews meistern",
            "zh-hans": "精通行为面试",
            "ja": "行動面接マスター",
            "ar": "إتقان المقابلات السلوكية",
        },
        "tagline": {
            "en": "Build a foundation of strong stories",
            "fr": "Bâtir un socle de récits percutants",
            "nl": "Bouw een fundament van sterke verhalen",
            "hi": "दमदार कहानियों की नींव रखें",
            "te": "బలమైన కథలతో పునాది వేయండి",
            "es": "Construye una base de buenas historias",
            "pt": "Construa uma base de boas histórias",
            "de": "Ein Fundament starker Geschichten",
            "zh-hans": "打好讲述经历的基本功",
            "ja": "伝わるエピソードの土台づくり",
            "ar": "ابنِ رصيدًا من القصص المقنعة",
        },
        "subtitle": {
            "en": "Tell clear, honest stories about your experience and answer behavioural questions with confidence.",
            "nl": "Vertel heldere, eerlijke verhalen over je ervaring en beantwoord gedragsvragen met zelfvertrouwen.",
            "ar": "احكِ قصصًا واضحة وصادقة عن تجربتك، وأجب عن الأسئلة السلوكية بثقة.",
        },
        "description": {
            "en": (
                "Behavioral Mastery teaches you to turn your experience into short, memorable "
                "stories. You will practise the STAR structure, prepare examples about teamwork, "
                "conflict, failure and ownership, and learn how AI companies probe your judgement on "
                "data, ethics and uncertainty. Recorded practice and self-review checklists let you "
                "hear how you really come across."
            ),
            "nl": (
                "In Meester in gedragsvragen leer je je ervaring om te zetten in korte verhalen die "
                "blijven hangen. Je oefent de STAR-methode, bereidt voorbeelden voor over "
                "samenwerking, conflicten, mislukkingen en verantwoordelijkheid nemen, en ontdekt hoe "
                "AI-bedrijven peilen hoe je omgaat met data, ethiek en onzekerheid. Opnames van je "
                "oefengesprekken en checklists voor zelfevaluatie laten je horen hoe je werkelijk "
                "overkomt."
            ),
            "ar": (
                "يعلّمك برنامج «إتقان المقابلات السلوكية» كيف تحوّل خبرتك إلى قصص قصيرة تبقى في "
                "الذاكرة. ستتدرّب على أسلوب STAR، وتجهّز أمثلة عن العمل الجماعي والخلافات والإخفاق "
                "وتحمّل المسؤولية، وتتعرّف على الطريقة التي تختبر بها شركات الذكاء الاصطناعي حُسن "
                "تقديرك في ما يخصّ البيانات والأخلاقيات وحالات عدم اليقين. ويساعدك التدرّب المسجَّل "
                "وقوائم المراجعة الذاتية على سماع الانطباع الذي تتركه فعلًا."
            ),
        },
        "audience": {
            "en": "Job seekers at any level who freeze on 'tell me about a time when…' questions or feel their answers ramble.",
            "nl": "Werkzoekenden op elk niveau die dichtklappen bij vragen als 'vertel eens over een keer dat…' of merken dat hun antwoorden alle kanten op gaan.",
            "ar": "للباحثين عن عمل في أي مستوى ممّن يتجمّدون أمام أسئلة مثل «حدّثني عن موقف…» أو يشعرون بأن إجاباتهم تتشعّب أكثر من اللازم.",
        },
        "prerequisites": {
            "en": "Interview Launchpad is helpful but optional; you only need some work, study or project experience to draw on.",
            "nl": "Startblok sollicitaties is handig maar niet verplicht; je hebt alleen wat werk-, studie- of projectervaring nodig om uit te putten.",
            "ar": "برنامج «منصة الانطلاق للمقابلات» مفيد لكنه اختياري؛ يكفي أن تملك بعض الخبرة في العمل أو الدراسة أو المشاريع لتستمدّ منها أمثلتك.",
        },
        "topics": {
            "en": [
                "How behavioural interviews are scored",
                "The STAR method and its variations",
                "Building a bank of eight core stories",
                "Talking about failure and conflict",
                "Questions on AI ethics and responsibility",
                "Asking strong questions at the end",
            ],
            "nl": [
                "Hoe gedragsinterviews worden beoordeeld",
                "De STAR-methode en haar varianten",
                "Een verzameling van acht kernverhalen",
                "Praten over mislukkingen en conflicten",
                "Vragen over AI-ethiek en verantwoordelijkheid",
                "Aan het eind sterke vragen stellen",
            ],
            "ar": [
                "كيف تُقيَّم المقابلات السلوكية",
                "أسلوب STAR وصيغه المختلفة",
                "بناء رصيد من ثماني قصص أساسية",
                "الحديث عن الإخفاق والخلافات",
                "أسئلة أخلاقيات الذكاء الاصطناعي والمسؤولية",
                "طرح أسئلة قوية في ختام المقابلة",
            ],
        },
        "outcomes": {
            "en": [
                "Prepare a reusable story bank",
                "Answer in under two minutes with a clear result",
                "Handle follow-up questions calmly",
                "Show sound judgement on AI ethics topics",
            ],
            "nl": [
                "Een herbruikbare verzameling verhalen opbouwen",
                "Binnen twee minuten antwoorden met een duidelijk resultaat",
                "Rustig reageren als er wordt doorgevraagd",
                "Goed oordeelsvermogen tonen bij vragen over AI-ethiek",
            ],
            "ar": [
                "إعداد رصيد من القصص قابل لإعادة الاستخدام",
                "الإجابة في أقل من دقيقتين مع نتيجة واضحة",
                "التعامل بهدوء مع أسئلة المتابعة",
                "إظهار حُسن التقدير في قضايا أخلاقيات الذكاء الاصطناعي",
            ],
        },
        "faq": {
            "en": [
                (
                    "I don't have much work experience. Will this still help?",
                    "Yes. Projects, studies, volunteering and side jobs all provide strong stories, and the lessons show you how to frame them.",
                ),
                (
                    "Should I memorise my answers?",
                    "Memorise the key points, not the exact wording. Rehearsing the structure keeps you natural and makes sure you never forget to state the result.",
                ),
            ],
            "nl": [
                (
                    "Ik heb weinig werkervaring. Heb ik hier dan wel iets aan?",
                    "Zeker. Projecten, studie, vrijwilligerswerk en bijbanen leveren allemaal sterke verhalen op, en de lessen laten zien hoe je ze verwoordt.",
                ),
                (
                    "Moet ik mijn antwoorden uit mijn hoofd leren?",
                    "Leer de kernpunten, niet de precieze formulering. Door de structuur te oefenen blijf je natuurlijk en vergeet je nooit het resultaat te noemen.",
                ),
            ],
            "ar": [
                (
                    "لا أملك خبرة عملية كبيرة، فهل سيفيدني البرنامج؟",
                    "نعم. فالمشاريع والدراسة والعمل التطوعي والأعمال الجانبية كلها مصادر لقصص قوية، وتوضّح لك الدروس كيف تصوغها.",
                ),
                (
                    "هل عليّ حفظ إجاباتي؟",
                    "احفظ النقاط الرئيسية لا الصياغة الحرفية. فالتدرّب على البنية يُبقيك طبيعيًا ويضمن ألّا تنسى ذكر النتيجة.",
                ),
            ],
        },
    },
    {
        "slug": "ai-technical",
        "track": "career-ready",
        "level": 3,
        "icon": "💻",
        "colour": "#3B82F6",
        "hours": 8,
        "title": {
            "en": "Technical Interviews",
            "fr": "Entretiens techniques",
            "nl": "Technische interviews",
            "hi": "तकनीकी इंटरव्यू",
            "te": "సాంకేతిక ఇంటర్వ్యూలు",
            "es": "Entrevistas técnicas",
            "pt": "Entrevistas técnicas",
            "de": "Technische Interviews",
            "zh-hans": "技术面试",
            "ja": "技術面接",
            "ar": "المقابلات التقنية",
        },
        "tagline": {
            "en": "Apply your skills under pressure",
            "fr": "Appliquer ses compétences sous pression",
            "nl": "Pas je kennis toe onder druk",
            "hi": "दबाव में भी हुनर दिखाएँ",
            "te": "ఒత్తిడిలోనూ ప్రతిభ చూపండి",
            "es": "Aplica tus habilidades bajo presión",
            "pt": "Aplique suas habilidades sob pressão",
            "de": "Können unter Druck zeigen",
            "zh-hans": "在压力下发挥实力",
            "ja": "プレッシャーの中で実力を発揮",
            "ar": "أظهر مهاراتك تحت الضغط",
        },
        "subtitle": {
            "en": "Solve coding, data and system design problems out loud, the way interviewers want to see them solved.",
            "nl": "Los programmeer-, data- en systeemontwerpproblemen hardop op, precies zoals interviewers dat willen zien.",
            "ar": "حُلّ مسائل البرمجة والبيانات وتصميم الأنظمة بصوت مسموع، على النحو الذي يريد المُقابِلون رؤيته.",
        },
        "description": {
            "en": (
                "Technical Interviews prepares you for the hands-on rounds that are common in AI "
                "hiring. You will practise coding problems in Python, SQL queries, probability and "
                "statistics questions, and a first system design interview, always thinking aloud and "
                "testing your own solution. Timed mock sessions help you manage pressure and pace."
            ),
            "nl": (
                "Technische interviews bereidt je voor op de praktische rondes die bij AI-vacatures "
                "gebruikelijk zijn. Je oefent programmeeropgaven in Python, SQL-query's, vragen over "
                "kansrekening en statistiek en een eerste systeemontwerpinterview, waarbij je steeds "
                "hardop denkt en je eigen oplossing test. Proefinterviews met een tijdslimiet helpen "
                "je om te gaan met druk en tempo."
            ),
            "ar": (
                "يجهّزك برنامج «المقابلات التقنية» للجولات العملية الشائعة في التوظيف بمجال الذكاء "
                "الاصطناعي. ستتدرّب على مسائل برمجة بلغة Python، واستعلامات SQL، وأسئلة الاحتمالات "
                "والإحصاء، وأول مقابلة لتصميم الأنظمة، مع التفكير بصوت عالٍ واختبار حلّك بنفسك في "
                "كل مرة. وتساعدك جلسات المحاكاة المحدّدة بوقت على التحكّم في الضغط وإيقاع العمل."
            ),
        },
        "audience": {
            "en": "Candidates for ML engineer, data scientist, data engineer and MLOps roles who need to perform well in live technical rounds.",
            "nl": "Kandidaten voor functies als ML-engineer, datascientist, data-engineer en MLOps-engineer die in live technische rondes moeten presteren.",
            "ar": "للمرشّحين لوظائف مهندس تعلّم الآلة وعالم البيانات ومهندس البيانات ومهندس MLOps ممّن يحتاجون إلى أداء جيد في الجولات التقنية المباشرة.",
        },
        "prerequisites": {
            "en": "Working knowledge of Python and basic data structures; some SQL is useful.",
            "nl": "Praktische kennis van Python en eenvoudige datastructuren; wat SQL-ervaring is handig.",
            "ar": "معرفة عملية بلغة Python وهياكل البيانات الأساسية، ويفيدك بعض الإلمام بلغة SQL.",
        },
        "topics": {
            "en": [
                "A problem-solving routine for coding rounds",
                "Arrays, hash maps, trees and graphs",
                "SQL for analytics questions",
                "Probability and statistics essentials",
                "An introduction to system design",
                "Communicating while you code",
            ],
            "nl": [
                "Een vaste aanpak voor programmeerrondes",
                "Arrays, hashmaps, bomen en grafen",
                "SQL voor analysevragen",
                "De kern van kansrekening en statistiek",
                "Een introductie in systeemontwerp",
                "Communiceren terwijl je programmeert",
            ],
            "ar": [
                "منهجية لحلّ المسائل في جولات البرمجة",
                "المصفوفات وجداول التجزئة والأشجار والمخطّطات الشبكية",
                "لغة SQL لأسئلة التحليل",
                "أساسيات الاحتمالات والإحصاء",
                "مدخل إلى تصميم الأنظمة",
                "التواصل أثناء كتابة الشيفرة",
            ],
        },
        "outcomes": {
            "en": [
                "Follow a clear routine under time pressure",
                "Solve common medium-level coding problems",
                "Write correct SQL for typical data questions",
                "Explain trade-offs in a simple system design",
            ],
            "nl": [
                "Een duidelijke aanpak volgen onder tijdsdruk",
                "Veelvoorkomende programmeeropgaven van gemiddeld niveau oplossen",
                "Correcte SQL schrijven voor typische datavragen",
                "Afwegingen uitleggen in een eenvoudig systeemontwerp",
            ],
            "ar": [
                "اتباع منهجية واضحة تحت ضغط الوقت",
                "حلّ مسائل برمجة شائعة متوسطة الصعوبة",
                "كتابة استعلامات SQL صحيحة لأسئلة البيانات المعتادة",
                "شرح الموازنات في تصميم نظام بسيط",
            ],
        },
        "faq": {
            "en": [
                (
                    "How many practice problems are included?",
                    "Each lesson includes a handful of carefully chosen problems with worked solutions, focusing on patterns rather than sheer volume.",
                ),
                (
                    "Is this only for software engineers?",
                    "No. Data scientists and analysts get dedicated SQL and statistics practice, and you can skip the sections your target role does not test.",
                ),
            ],
            "nl": [
                (
                    "Hoeveel oefenopgaven zitten erin?",
                    "Elke les bevat een handvol zorgvuldig gekozen opgaven met uitgewerkte oplossingen; de nadruk ligt op patronen, niet op aantallen.",
                ),
                (
                    "Is dit alleen voor software-engineers?",
                    "Nee. Datascientists en analisten krijgen aparte oefeningen in SQL en statistiek, en je kunt onderdelen overslaan die voor jouw doelfunctie niet worden getoetst.",
                ),
            ],
            "ar": [
                (
                    "كم عدد المسائل التدريبية في البرنامج؟",
                    "يحتوي كل درس على عدد قليل من المسائل المختارة بعناية مع حلول مشروحة، والتركيز فيها على الأنماط لا على الكمّ.",
                ),
                (
                    "هل البرنامج لمهندسي البرمجيات فقط؟",
                    "لا. يحصل علماء البيانات والمحلّلون على تدريبات مخصّصة في SQL والإحصاء، ويمكنك تخطّي الأقسام التي لا يختبرها الدور الذي تستهدفه.",
                ),
            ],
        },
    },
    {
        "slug": "ai-ml-interview",
        "track": "career-ready",
        "level": 4,
        "icon": "🤖",
        "colour": "#10B981",
        "hours": 6,
        "title": {
            "en": "AI & ML Interviews",
            "fr": "Entretiens IA et ML",
            "nl": "AI- en ML-interviews",
            "hi": "एआई और एमएल इंटरव्यू",
            "te": "ఏఐ & ఎంఎల్ ఇంటర్వ్యూలు",
            "es": "Entrevistas de IA y ML",
            "pt": "Entrevistas de IA e ML",
            "de": "KI- und ML-Interviews",
            "zh-hans": "AI 与机器学习面试",
            "ja": "AI・機械学習面接",
            "ar": "مقابلات الذكاء الاصطناعي وتعلّم الآلة",
        },
        "tagline": {
            "en": "Go in depth on ML interviews",
            "fr": "Approfondir les entretiens ML",
            "nl": "Ga de diepte in met ML-interviews",
            "hi": "एमएल इंटरव्यू की गहरी तैयारी",
            "te": "ఎంఎల్ ఇంటర్వ్యూలకు లోతైన సన్నద్ధత",
            "es": "Profundiza en las entrevistas de ML",
            "pt": "Aprofunde-se nas entrevistas de ML",
            "de": "Tief in ML-Interviews einsteigen",
            "zh-hans": "深入攻克机器学习面试",
            "ja": "ML 面接を深く攻略",
            "ar": "تعمّق في مقابلات تعلّم الآلة",
        },
        "subtitle": {
            "en": "Prepare for the machine learning rounds: fundamentals, ML system design, LLMs and your own projects.",
            "nl": "Bereid je voor op de machine-learningrondes: basisprincipes, ML-systeemontwerp, LLM's en je eigen projecten.",
            "ar": "استعدّ لجولات تعلّم الآلة: الأساسيات، وتصميم أنظمة تعلّم الآلة، والنماذج اللغوية الكبيرة، ومشاريعك الخاصة.",
        },
        "description": {
            "en": (
                "AI & ML Interviews goes deep into the questions that are specific to AI roles. You "
                "will revise core ML theory, work through ML system design cases such as ranking and "
                "fraud detection, answer current questions on LLMs, retrieval and evaluation, and "
                "learn to present a past project so that it stands up to probing. Each topic comes "
                "with model answers and common traps."
            ),
            "nl": (
                "AI- en ML-interviews gaat diep in op de vragen die specifiek zijn voor AI-functies. "
                "Je frist de kern van de ML-theorie op, werkt cases in ML-systeemontwerp uit zoals "
                "ranking en fraudedetectie, beantwoordt actuele vragen over LLM's, retrieval en "
                "evaluatie, en leert een eerder project zo te presenteren dat het kritisch doorvragen "
                "doorstaat. Bij elk onderwerp horen voorbeeldantwoorden en veelvoorkomende valkuilen."
            ),
            "ar": (
                "يتعمّق برنامج «مقابلات الذكاء الاصطناعي وتعلّم الآلة» في الأسئلة الخاصة بأدوار "
                "الذكاء الاصطناعي. ستراجع أساسيات نظرية تعلّم الآلة، وتعمل على حالات لتصميم الأنظمة "
                "مثل ترتيب النتائج وكشف الاحتيال، وتجيب عن أسئلة حديثة حول النماذج اللغوية الكبيرة "
                "والاسترجاع والتقييم، وتتعلّم عرض مشروع سابق بطريقة تصمد أمام الأسئلة المتعمّقة. "
                "ويرافق كل موضوع إجاباتٌ نموذجية وأبرز الأخطاء الشائعة."
            ),
        },
        "audience": {
            "en": "Candidates targeting ML engineer, applied scientist, NLP/LLM engineer, computer vision or MLOps roles.",
            "nl": "Kandidaten die mikken op een functie als ML-engineer, applied scientist, NLP/LLM-engineer, computervisie-engineer of MLOps-engineer.",
            "ar": "للمرشّحين الذين يستهدفون وظائف مهندس تعلّم الآلة، أو العالِم التطبيقي، أو مهندس معالجة اللغات الطبيعية والنماذج اللغوية، أو الرؤية الحاسوبية، أو MLOps.",
        },
        "prerequisites": {
            "en": "Solid ML fundamentals, for example from AI Canopy, and comfort with the coding rounds covered in Technical Interviews.",
            "nl": "Stevige ML-basiskennis, bijvoorbeeld uit AI Canopy, en vertrouwdheid met de programmeerrondes uit Technische interviews.",
            "ar": "أساسيات متينة في تعلّم الآلة، من برنامج «تاج الذكاء الاصطناعي» مثلًا، وإلمام بجولات البرمجة التي يغطّيها برنامج «المقابلات التقنية».",
        },
        "topics": {
            "en": [
                "Bias–variance, regularisation and metrics",
                "A framework for ML system design",
                "Data pipelines, features and drift",
                "Questions on LLMs, fine-tuning and RAG",
                "A deep dive into your own project",
                "Discussing research and papers",
            ],
            "nl": [
                "Bias-variance, regularisatie en meetwaarden",
                "Een raamwerk voor ML-systeemontwerp",
                "Datapijplijnen, features en drift",
                "Vragen over LLM's, fine-tuning en RAG",
                "Je eigen project tot in detail",
                "Onderzoek en papers bespreken",
            ],
            "ar": [
                "التحيّز والتباين والتنظيم ومقاييس الأداء",
                "إطار لتصميم أنظمة تعلّم الآلة",
                "خطوط البيانات والسمات وانجراف البيانات",
                "أسئلة النماذج اللغوية الكبيرة والضبط الدقيق وRAG",
                "التعمّق في مشروعك الخاص",
                "مناقشة الأبحاث والأوراق العلمية",
            ],
        },
        "outcomes": {
            "en": [
                "Explain core ML concepts crisply",
                "Structure an answer to an ML system design question",
                "Discuss LLM trade-offs with confidence",
                "Present a project with clear metrics and lessons learned",
            ],
            "nl": [
                "Kernbegrippen uit ML helder en beknopt uitleggen",
                "Een antwoord op een vraag over ML-systeemontwerp structureren",
                "Zelfverzekerd afwegingen rond LLM's bespreken",
                "Een project presenteren met duidelijke resultaten en lessen",
            ],
            "ar": [
                "شرح المفاهيم الأساسية لتعلّم الآلة بوضوح وإيجاز",
                "هيكلة الإجابة عن سؤال في تصميم أنظمة تعلّم الآلة",
                "مناقشة الموازنات المتعلّقة بالنماذج اللغوية الكبيرة بثقة",
                "عرض مشروع بمقاييس واضحة ودروس مستفادة",
            ],
        },
        "faq": {
            "en": [
                (
                    "Does it cover research scientist interviews?",
                    "Partly. The fundamentals and paper-discussion lessons help, but research interviews at frontier labs are highly competitive and usually look closely at your publications too.",
                ),
                (
                    "How up to date is the LLM material?",
                    "The lessons focus on lasting concepts such as evaluation, retrieval and the trade-offs of fine-tuning, and the community refreshes the examples as the field moves on.",
                ),
            ],
            "nl": [
                (
                    "Komen interviews voor onderzoeksfuncties ook aan bod?",
                    "Gedeeltelijk. De lessen over basisprincipes en het bespreken van papers helpen, maar onderzoeksinterviews bij toonaangevende labs zijn zeer competitief en kijken meestal ook naar je publicaties.",
                ),
                (
                    "Hoe actueel is de stof over LLM's?",
                    "De lessen richten zich op blijvende concepten zoals evaluatie, retrieval en de afwegingen rond fine-tuning, en de community werkt de voorbeelden bij naarmate het vakgebied verandert.",
                ),
            ],
            "ar": [
                (
                    "هل يغطّي البرنامج مقابلات وظائف علماء الأبحاث؟",
                    "جزئيًا. تفيدك دروس الأساسيات ومناقشة الأوراق العلمية، لكن مقابلات الأبحاث في المختبرات الرائدة شديدة التنافس، وغالبًا ما تنظر أيضًا في منشوراتك.",
                ),
                (
                    "ما مدى حداثة المحتوى الخاص بالنماذج اللغوية الكبيرة؟",
                    "تركّز الدروس على مفاهيم تدوم، مثل التقييم والاسترجاع وموازنات الضبط الدقيق، ويحدّث المجتمع الأمثلة كلما تطوّر المجال.",
                ),
            ],
        },
    },
    {
        "slug": "ai-offer",
        "track": "career-ready",
        "level": 5,
        "icon": "🏆",
        "colour": "#EF4444",
        "hours": 4,
        "title": {
            "en": "Offer & Beyond",
            "fr": "L'offre et après",
            "nl": "Het aanbod en daarna",
            "hi": "ऑफ़र और उसके बाद",
            "te": "ఆఫర్ మరియు ఆ తర్వాత",
            "es": "La oferta y más allá",
            "pt": "A proposta e além",
            "de": "Das Angebot und danach",
            "zh-hans": "Offer 与职业起步",
            "ja": "内定とその先",
            "ar": "العرض الوظيفي وما بعده",
        },
        "tagline": {
            "en": "Master the offer and what follows",
            "fr": "Maîtriser l'offre et la suite",
            "nl": "Beheers het aanbod en wat erna komt",
            "hi": "ऑफ़र पर मोलभाव और आगे की राह",
            "te": "ఆఫర్ నుండి కొత్త ప్రయాణం వరకు",
            "es": "Domina la oferta y lo que viene",
            "pt": "Domine a proposta e o que vem depois",
            "de": "Angebot und Berufsstart meistern",
            "zh-hans": "谈好 Offer，走稳下一步",
            "ja": "内定獲得とその先へ",
            "ar": "أتقن العرض الوظيفي وما بعده",
        },
        "subtitle": {
            "en": "Evaluate and negotiate offers with confidence, then make a strong start in your new AI role.",
            "nl": "Beoordeel aanbiedingen en onderhandel er zelfverzekerd over, en maak daarna een sterke start in je nieuwe AI-functie.",
            "ar": "قيّم العروض الوظيفية وفاوض عليها بثقة، ثم ابدأ بقوة في دورك الجديد في مجال الذكاء الاصطناعي.",
        },
        "description": {
            "en": (
                "Offer & Beyond covers the final stretch and the months that follow. You will learn "
                "to compare offers on more than the headline salary, research fair ranges for your "
                "role and location, and negotiate respectfully with clear numbers. The program then "
                "helps you plan your first 90 days and keep growing in a field that changes quickly."
            ),
            "nl": (
                "Het aanbod en daarna behandelt de laatste loodjes en de maanden die volgen. Je leert "
                "aanbiedingen te vergelijken op meer dan alleen het brutosalaris, realistische "
                "salarisbandbreedtes voor jouw functie en regio op te zoeken en respectvol te "
                "onderhandelen met concrete bedragen. Daarna helpt het programma je om je eerste 90 "
                "dagen te plannen en te blijven groeien in een vakgebied dat snel verandert."
            ),
            "ar": (
                "يغطّي برنامج «العرض الوظيفي وما بعده» المرحلة الأخيرة والأشهر التي تليها. ستتعلّم "
                "مقارنة العروض بما يتجاوز الراتب المعلَن، والبحث عن نطاقات رواتب عادلة لدورك "
                "ومدينتك، والتفاوض باحترام وبأرقام واضحة. ثم يساعدك البرنامج على التخطيط لأيامك "
                "التسعين الأولى ومواصلة النموّ في مجال يتغيّر بسرعة."
            ),
        },
        "audience": {
            "en": "Candidates who are close to an offer, or already have one, and want to make a well-informed decision and a confident start.",
            "nl": "Kandidaten die dicht bij een aanbod zitten of er al een hebben, en een goed geïnformeerde keuze en een zelfverzekerde start willen maken.",
            "ar": "للمرشّحين الذين اقتربوا من الحصول على عرض أو حصلوا عليه بالفعل، ويريدون اتخاذ قرار مدروس وبداية واثقة.",
        },
        "prerequisites": {
            "en": "Nothing beyond being in an active hiring process; the earlier career-ready programs help but are not required.",
            "nl": "Niets, behalve dat je in een lopende sollicitatieprocedure zit; de eerdere programma's uit dit leerpad helpen, maar zijn niet verplicht.",
            "ar": "لا شيء سوى أن تكون في عملية توظيف جارية؛ وتفيدك برامج هذا المسار السابقة لكنها ليست شرطًا.",
        },
        "topics": {
            "en": [
                "Reading an offer: salary, equity and benefits",
                "Researching market salary ranges",
                "Negotiation scripts and etiquette",
                "Handling multiple offers and deadlines",
                "Your first 90 days in an AI team",
                "Planning long-term growth",
            ],
            "nl": [
                "Een aanbod lezen: salaris, aandelen en arbeidsvoorwaarden",
                "Marktconforme salarissen onderzoeken",
                "Onderhandelingszinnen en omgangsvormen",
                "Meerdere aanbiedingen en deadlines",
                "Je eerste 90 dagen in een AI-team",
                "Je groei op lange termijn plannen",
            ],
            "ar": [
                "قراءة العرض: الراتب والأسهم والمزايا",
                "البحث في نطاقات الرواتب في السوق",
                "عبارات التفاوض وآدابه",
                "التعامل مع عدة عروض ومواعيد نهائية",
                "أيامك التسعون الأولى في فريق ذكاء اصطناعي",
                "التخطيط للنموّ على المدى الطويل",
            ],
        },
        "outcomes": {
            "en": [
                "Compare offers on their total value",
                "Negotiate with data and courtesy",
                "Choose between options with confidence",
                "Create a 90-day onboarding plan",
            ],
            "nl": [
                "Aanbiedingen vergelijken op hun totale waarde",
                "Onderhandelen met cijfers en beleefdheid",
                "Zelfverzekerd kiezen tussen opties",
                "Een inwerkplan voor je eerste 90 dagen opstellen",
            ],
            "ar": [
                "مقارنة العروض على أساس قيمتها الإجمالية",
                "التفاوض بالأرقام وبلباقة",
                "الاختيار بثقة بين الخيارات المتاحة",
                "وضع خطة اندماج لمدة 90 يومًا",
            ],
        },
        "faq": {
            "en": [
                (
                    "Will negotiating put my offer at risk?",
                    "A polite, well-reasoned request rarely leads to an offer being withdrawn. The lessons show how to ask, what to ask for and when to accept.",
                ),
                (
                    "Where do the salary figures come from?",
                    "The program starts from published 2026 estimates for common AI roles in the UK, the US and Europe, and shows you how to check them against local sources.",
                ),
            ],
            "nl": [
                (
                    "Zet onderhandelen mijn aanbod op het spel?",
                    "Een beleefd en goed onderbouwd verzoek leidt zelden tot het intrekken van een aanbod. De lessen laten zien hoe je iets vraagt, wat je vraagt en wanneer je accepteert.",
                ),
                (
                    "Waar komen de salarisbedragen vandaan?",
                    "Het programma gaat uit van gepubliceerde schattingen voor 2026 voor gangbare AI-functies in het Verenigd Koninkrijk, de Verenigde Staten en Europa, en laat zien hoe je die toetst aan lokale bronnen.",
                ),
            ],
            "ar": [
                (
                    "هل يعرّض التفاوض عرضي للخطر؟",
                    "نادرًا ما يؤدّي طلب مهذّب ومدروس إلى سحب العرض. وتوضّح لك الدروس كيف تطلب، وماذا تطلب، ومتى تقبل.",
                ),
                (
                    "من أين تأتي أرقام الرواتب؟",
                    "ينطلق البرنامج من تقديرات منشورة لعام 2026 لأدوار الذكاء الاصطناعي الشائعة في المملكة المتحدة والولايات المتحدة وأوروبا، ويوضّح لك كيف تتحقّق منها عبر مصادر محلية.",
                ),
            ],
        },
    },
]
