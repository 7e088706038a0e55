"""Skills shared by the roles (names and descriptions in English, Dutch and Arabic)."""

# (slug, category, is_core, {lang: name}, {lang: description})
SKILLS = [
    (
        "python",
        "programming",
        True,
        {"en": "Python", "nl": "Python", "ar": "بايثون"},
        {
            "en": "The common language of AI work, from quick notebooks to production services.",
            "nl": "De gedeelde taal van AI-werk, van snelle notebooks tot productiediensten.",
            "ar": "اللغة المشتركة لأعمال الذكاء الاصطناعي، من الدفاتر السريعة إلى الخدمات الفعلية.",
        },
    ),
    (
        "sql",
        "data",
        True,
        {"en": "SQL", "nl": "SQL", "ar": "SQL"},
        {
            "en": "Asking questions of databases: almost every AI project starts with a query.",
            "nl": "Vragen stellen aan databases: bijna elk AI-project begint met een query.",
            "ar": "طرح الأسئلة على قواعد البيانات: يبدأ كل مشروع ذكاء اصطناعي تقريبًا باستعلام.",
        },
    ),
    (
        "ml-fundamentals",
        "ml",
        True,
        {"en": "ML fundamentals", "nl": "Basis van machine learning", "ar": "أساسيات تعلّم الآلة"},
        {
            "en": "How models learn, overfit and get evaluated, whichever tools you use.",
            "nl": "Hoe modellen leren, overfitten en beoordeeld worden, met welke tools dan ook.",
            "ar": "كيف تتعلّم النماذج وكيف تفرط في الملاءمة وكيف تُقيَّم، أيًّا كانت الأدوات.",
        },
    ),
    (
        "cloud-basics",
        "infrastructure",
        True,
        {
            "en": "Cloud basics (AWS, GCP, Azure)",
            "nl": "Cloudbasis (AWS, GCP, Azure)",
            "ar": "أساسيات السحابة (AWS وGCP وAzure)",
        },
        {
            "en": "Renting compute, storing data and running services on one of the big clouds.",
            "nl": "Rekenkracht huren, data opslaan en diensten draaien in een van de grote clouds.",
            "ar": "استئجار قدرة الحوسبة وتخزين البيانات وتشغيل الخدمات على إحدى السحابات الكبرى.",
        },
    ),
    (
        "communication",
        "people",
        True,
        {"en": "Communication", "nl": "Communicatie", "ar": "التواصل"},
        {
            "en": "Explaining what a model can and cannot do to people who did not build it.",
            "nl": "Uitleggen wat een model wel en niet kan aan mensen die het niet bouwden.",
            "ar": "شرح ما يستطيعه النموذج وما لا يستطيعه لأشخاص لم يبنوه.",
        },
    ),
    (
        "continuous-learning",
        "people",
        True,
        {"en": "Continuous learning", "nl": "Blijven leren", "ar": "التعلّم المستمر"},
        {
            "en": "The field changes every few months; a habit of learning keeps you current.",
            "nl": "Het vak verandert om de paar maanden; een leergewoonte houdt je bij.",
            "ar": "يتغيّر المجال كل بضعة أشهر، وعادة التعلّم تُبقيك مواكبًا.",
        },
    ),
    (
        "statistics",
        "data",
        False,
        {"en": "Statistics", "nl": "Statistiek", "ar": "الإحصاء"},
        {
            "en": "Sampling, uncertainty and testing whether a difference is real.",
            "nl": "Steekproeven, onzekerheid en toetsen of een verschil echt is.",
            "ar": "العيّنات وعدم اليقين واختبار ما إذا كان الفرق حقيقيًا.",
        },
    ),
    (
        "mathematics",
        "research",
        False,
        {
            "en": "Linear algebra and probability",
            "nl": "Lineaire algebra en kansrekening",
            "ar": "الجبر الخطي والاحتمالات",
        },
        {
            "en": "The mathematics underneath every model and paper.",
            "nl": "De wiskunde onder elk model en elk paper.",
            "ar": "الرياضيات التي تقوم عليها كل النماذج والأوراق البحثية.",
        },
    ),
    (
        "deep-learning",
        "ml",
        False,
        {
            "en": "Deep learning frameworks (PyTorch, TensorFlow)",
            "nl": "Deep-learningframeworks (PyTorch, TensorFlow)",
            "ar": "أطر التعلّم العميق (PyTorch وTensorFlow)",
        },
        {
            "en": "Building, training and debugging neural networks.",
            "nl": "Neurale netwerken bouwen, trainen en debuggen.",
            "ar": "بناء الشبكات العصبية وتدريبها وتصحيح أخطائها.",
        },
    ),
    (
        "software-engineering",
        "programming",
        False,
        {"en": "Software engineering", "nl": "Software engineering", "ar": "هندسة البرمجيات"},
        {
            "en": "Tests, version control, code review and clean, maintainable code.",
            "nl": "Tests, versiebeheer, code review en heldere, onderhoudbare code.",
            "ar": "الاختبارات وإدارة الإصدارات ومراجعة الشيفرة وكتابة شيفرة نظيفة سهلة الصيانة.",
        },
    ),
    (
        "containers",
        "infrastructure",
        False,
        {
            "en": "Containers and orchestration (Docker, Kubernetes)",
            "nl": "Containers en orkestratie (Docker, Kubernetes)",
            "ar": "الحاويات وتنسيقها (Docker وKubernetes)",
        },
        {
            "en": "Packaging models so they run the same everywhere, and scaling them.",
            "nl": "Modellen zo verpakken dat ze overal hetzelfde draaien, en ze opschalen.",
            "ar": "تغليف النماذج لتعمل بالطريقة نفسها في كل مكان، وتوسيع نطاقها.",
        },
    ),
    (
        "data-pipelines",
        "data",
        False,
        {"en": "Data pipelines", "nl": "Datapijplijnen", "ar": "خطوط البيانات"},
        {
            "en": "Moving, cleaning and versioning data reliably (ETL, orchestration, warehouses).",
            "nl": "Data betrouwbaar verplaatsen, opschonen en versioneren (ETL, orkestratie, warehouses).",
            "ar": "نقل البيانات وتنظيفها وإدارة إصداراتها بموثوقية (ETL والتنسيق والمستودعات).",
        },
    ),
    (
        "monitoring",
        "infrastructure",
        False,
        {"en": "Model monitoring", "nl": "Modelmonitoring", "ar": "مراقبة النماذج"},
        {
            "en": "Noticing drift, errors and slowdowns before users do.",
            "nl": "Drift, fouten en vertraging opmerken voordat gebruikers dat doen.",
            "ar": "ملاحظة الانحراف والأخطاء والبطء قبل أن يلاحظها المستخدمون.",
        },
    ),
    (
        "experimentation",
        "data",
        False,
        {
            "en": "Experiment design and A/B testing",
            "nl": "Experimenten en A/B-tests",
            "ar": "تصميم التجارب واختبارات A/B",
        },
        {
            "en": "Setting up fair comparisons so decisions rest on evidence.",
            "nl": "Eerlijke vergelijkingen opzetten zodat beslissingen op bewijs rusten.",
            "ar": "إعداد مقارنات عادلة كي تستند القرارات إلى أدلة.",
        },
    ),
    (
        "data-visualisation",
        "data",
        False,
        {"en": "Data visualisation", "nl": "Datavisualisatie", "ar": "تصوير البيانات"},
        {
            "en": "Charts that make a finding obvious at a glance.",
            "nl": "Grafieken die een bevinding in één oogopslag duidelijk maken.",
            "ar": "رسوم بيانية تجعل النتيجة واضحة من أول نظرة.",
        },
    ),
    (
        "research-methods",
        "research",
        False,
        {"en": "Research methods", "nl": "Onderzoeksmethoden", "ar": "مناهج البحث"},
        {
            "en": "Reading papers critically, designing studies and writing up results.",
            "nl": "Papers kritisch lezen, studies opzetten en resultaten opschrijven.",
            "ar": "قراءة الأوراق البحثية بعين ناقدة وتصميم الدراسات وكتابة النتائج.",
        },
    ),
    (
        "model-evaluation",
        "ml",
        False,
        {"en": "Model evaluation", "nl": "Modellen evalueren", "ar": "تقييم النماذج"},
        {
            "en": "Building test sets and metrics that reveal where a model fails.",
            "nl": "Testsets en maatstaven bouwen die laten zien waar een model faalt.",
            "ar": "بناء مجموعات اختبار ومقاييس تكشف مواضع إخفاق النموذج.",
        },
    ),
    (
        "product-strategy",
        "product",
        False,
        {"en": "Product strategy", "nl": "Productstrategie", "ar": "استراتيجية المنتج"},
        {
            "en": "Choosing which problems are worth solving and in what order.",
            "nl": "Kiezen welke problemen het oplossen waard zijn, en in welke volgorde.",
            "ar": "اختيار المشكلات التي تستحق الحل وترتيب أولوياتها.",
        },
    ),
    (
        "stakeholder-management",
        "people",
        False,
        {
            "en": "Working with stakeholders",
            "nl": "Samenwerken met stakeholders",
            "ar": "العمل مع أصحاب المصلحة",
        },
        {
            "en": "Agreeing goals, handling trade-offs and keeping everyone informed.",
            "nl": "Doelen afstemmen, afwegingen maken en iedereen op de hoogte houden.",
            "ar": "الاتفاق على الأهداف وإدارة المفاضلات وإبقاء الجميع على اطّلاع.",
        },
    ),
    (
        "prompt-design",
        "ml",
        False,
        {"en": "Prompt design", "nl": "Promptontwerp", "ar": "تصميم الأوامر"},
        {
            "en": "Writing instructions and examples that steer a language model reliably.",
            "nl": "Instructies en voorbeelden schrijven die een taalmodel betrouwbaar sturen.",
            "ar": "كتابة تعليمات وأمثلة توجّه النموذج اللغوي بموثوقية.",
        },
    ),
    (
        "llm-apis",
        "programming",
        False,
        {
            "en": "LLM APIs and retrieval",
            "nl": "LLM-API's en retrieval",
            "ar": "واجهات النماذج اللغوية والاسترجاع",
        },
        {
            "en": "Connecting language models to documents, tools and applications.",
            "nl": "Taalmodellen koppelen aan documenten, tools en applicaties.",
            "ar": "ربط النماذج اللغوية بالمستندات والأدوات والتطبيقات.",
        },
    ),
    (
        "ai-governance",
        "ethics",
        False,
        {
            "en": "AI ethics and governance",
            "nl": "AI-ethiek en governance",
            "ar": "أخلاقيات الذكاء الاصطناعي وحوكمته",
        },
        {
            "en": "Fairness, accountability, regulation and how to audit a system.",
            "nl": "Eerlijkheid, verantwoording, regelgeving en hoe je een systeem audit.",
            "ar": "العدالة والمساءلة والتنظيم وكيفية تدقيق نظام ما.",
        },
    ),
    (
        "computer-vision",
        "ml",
        False,
        {
            "en": "Image and video models",
            "nl": "Beeld- en videomodellen",
            "ar": "نماذج الصور والفيديو",
        },
        {
            "en": "Convolutional networks, vision transformers, detection and segmentation.",
            "nl": "Convolutionele netwerken, vision transformers, detectie en segmentatie.",
            "ar": "الشبكات الالتفافية ومحوّلات الرؤية والكشف والتجزئة.",
        },
    ),
    (
        "nlp",
        "ml",
        False,
        {
            "en": "Natural language processing",
            "nl": "Natuurlijke taalverwerking",
            "ar": "معالجة اللغة الطبيعية",
        },
        {
            "en": "Tokenisation, embeddings, transformers and working with text in many languages.",
            "nl": "Tokenisatie, embeddings, transformers en werken met tekst in veel talen.",
            "ar": "التقطيع والتضمينات والمحوّلات والعمل مع النصوص بلغات كثيرة.",
        },
    ),
]
