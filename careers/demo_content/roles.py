"""The ten roles: structure, figures and long-form text. The first seven are written out in
English and Dutch; the last three in English, with salary figures marked as rough estimates.

Intensity and balance values: 1 low / mostly building, 2 medium / mixed, 3 high / mostly research.
"""

from . import regions

ROLES = [
    {
        "slug": "machine-learning-engineer",
        "icon": "🛠️",
        "kind": "builds",
        "coding": 3,
        "research": 1,
        "stakeholders": 2,
        "entry": {
            "en": "Software engineering, then machine learning projects",
            "nl": "Software engineering, daarna machine-learningprojecten",
        },
        "what": {
            "en": [
                "A machine learning engineer takes a model that works in a notebook and makes it "
                "work for thousands of users: fast, tested, monitored and easy to update.",
                "It is the most widely advertised AI job, and it sits where software engineering "
                "and data science meet.",
            ],
            "nl": [
                "Een machine learning engineer neemt een model dat in een notebook werkt en laat het "
                "werken voor duizenden gebruikers: snel, getest, bewaakt en makkelijk bij te werken.",
                "Het is de AI-functie waar de meeste vacatures voor zijn, precies op het snijvlak van "
                "software engineering en data science.",
            ],
        },
        "tasks": {
            "en": [
                "Prepare training data and features together with data engineers",
                "Train, tune and compare models against clear metrics",
                "Wrap models in APIs and services that other teams can call",
                "Write tests for data, code and model behaviour",
                "Watch models in production and retrain them when quality slips",
            ],
            "nl": [
                "Trainingsdata en features voorbereiden, samen met data engineers",
                "Modellen trainen, afstellen en vergelijken op heldere maatstaven",
                "Modellen verpakken in API's en diensten die andere teams kunnen aanroepen",
                "Tests schrijven voor data, code en modelgedrag",
                "Modellen in productie bewaken en opnieuw trainen als de kwaliteit zakt",
            ],
        },
        "who": {
            "en": "People who enjoy programming and want to see their work used, and who like "
            "a problem that mixes maths with engineering.",
            "nl": "Mensen die graag programmeren en hun werk gebruikt willen zien, en die houden van "
            "problemen waarin wiskunde en techniek samenkomen.",
        },
        "break_in": {
            "en": "Software engineers have the shortest route: add ML fundamentals, build two or "
            "three end-to-end projects (data to deployed model) and show them on GitHub.",
            "nl": "Software engineers hebben de kortste route: leer de basis van machine learning, "
            "bouw twee of drie projecten van data tot draaiend model en zet ze op GitHub.",
        },
        "outlook": {
            "en": "Strong. Almost every company adopting AI needs people who can put models into "
            "production, and demand keeps growing.",
            "nl": "Sterk. Bijna elk bedrijf dat AI inzet heeft mensen nodig die modellen in productie "
            "kunnen brengen, en de vraag blijft groeien.",
        },
        "notes": {
            "en": "Job titles blur: some companies call this role data scientist, others AI engineer. "
            "Read the task list, not just the title.",
            "nl": "Functietitels lopen door elkaar: sommige bedrijven noemen dit data scientist, andere "
            "AI engineer. Lees de takenlijst, niet alleen de titel.",
        },
        "skills": [
            "python",
            "ml-fundamentals",
            "deep-learning",
            "software-engineering",
            "sql",
            "cloud-basics",
            "containers",
            "model-evaluation",
        ],  # fmt: skip
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 60000, "max": 130000},
            {"region": regions.US, "currency": "USD", "min": 120000, "max": 250000, "open": True},
            {"region": regions.HUBS, "currency": "EUR", "min": 70000, "max": 160000},
        ],
        "differences": [
            (
                "data-scientist",
                {
                    "en": "Data scientists answer questions with data; ML engineers ship the models "
                    "as software.",
                    "nl": "Datascientists beantwoorden vragen met data; ML engineers leveren de modellen "
                    "op als software.",
                },
            ),
            (
                "mlops-engineer",
                {
                    "en": "MLOps engineers build the platform; ML engineers build the models that "
                    "run on it.",
                    "nl": "MLOps-engineers bouwen het platform; ML engineers bouwen de modellen die "
                    "erop draaien.",
                },
            ),
        ],
        "programs": ["ai-sketch", "ai-branches", "ai-ml-interview"],
        "tags": ["ai-career", "machine-learning", "career"],
    },
    {
        "slug": "data-scientist",
        "icon": "📊",
        "kind": "analyses",
        "coding": 2,
        "research": 2,
        "stakeholders": 3,
        "entry": {
            "en": "Data analysis, statistics or a quantitative degree",
            "nl": "Data-analyse, statistiek of een kwantitatieve studie",
        },
        "what": {
            "en": [
                "A data scientist uses statistics, experiments and models to answer questions such "
                "as which customers are about to leave or whether a new feature really helped.",
                "The output is often a decision or a recommendation rather than a piece of software.",
            ],
            "nl": [
                "Een datascientist gebruikt statistiek, experimenten en modellen om vragen te "
                "beantwoorden zoals welke klanten op het punt staan te vertrekken of een nieuwe "
                "functie echt heeft geholpen.",
                "Het resultaat is vaak een beslissing of advies, geen stuk software.",
            ],
        },
        "tasks": {
            "en": [
                "Turn a vague business question into something data can answer",
                "Query, clean and explore data",
                "Design and analyse experiments such as A/B tests",
                "Build predictive models when they add value",
                "Present findings to managers in plain language and clear charts",
            ],
            "nl": [
                "Een vage bedrijfsvraag omzetten in iets wat data kan beantwoorden",
                "Data opvragen, opschonen en verkennen",
                "Experimenten zoals A/B-tests opzetten en analyseren",
                "Voorspellende modellen bouwen als die iets toevoegen",
                "Bevindingen in gewone taal en heldere grafieken aan managers presenteren",
            ],
        },
        "who": {
            "en": "Curious people who like numbers and people in equal measure, and who get "
            "satisfaction from changing a decision with evidence.",
            "nl": "Nieuwsgierige mensen die evenveel van cijfers als van mensen houden, en die "
            "voldoening halen uit een beslissing die door bewijs verandert.",
        },
        "break_in": {
            "en": "Data analysts are one step away: deepen statistics and Python, then publish "
            "analyses of public data sets that end in a clear recommendation.",
            "nl": "Data-analisten zijn één stap verwijderd: verdiep je in statistiek en Python en "
            "publiceer analyses van openbare datasets die eindigen met een helder advies.",
        },
        "outlook": {
            "en": "Steady. The title is maturing and splitting into analytics and ML specialisms, "
            "so a clear focus helps.",
            "nl": "Stabiel. De functie wordt volwassener en splitst zich in analytics en "
            "ML-specialismen, dus een duidelijke focus helpt.",
        },
        "notes": {
            "en": "Data science and ML engineering overlap a lot; in small companies one person "
            "often does both.",
            "nl": "Data science en ML engineering overlappen sterk; in kleine bedrijven doet één "
            "persoon vaak allebei.",
        },
        "skills": [
            "python",
            "sql",
            "statistics",
            "experimentation",
            "data-visualisation",
            "ml-fundamentals",
            "communication",
            "stakeholder-management",
        ],  # fmt: skip
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 50000, "max": 100000},
            {"region": regions.US, "currency": "USD", "min": 100000, "max": 200000},
        ],
        "differences": [
            (
                "machine-learning-engineer",
                {
                    "en": "ML engineers focus on shipping models as reliable software rather than "
                    "on analysis.",
                    "nl": "ML engineers richten zich op het opleveren van modellen als betrouwbare "
                    "software, niet op analyse.",
                },
            ),
            (
                "data-engineer",
                {
                    "en": "Data engineers build the pipelines that bring the data you analyse.",
                    "nl": "Data engineers bouwen de pijplijnen die de data aanleveren die jij "
                    "analyseert.",
                },
            ),
        ],
        "programs": ["ai-sprouts", "ai-branches"],
        "tags": ["ai-career", "data-science", "career"],
    },
    {
        "slug": "ai-research-scientist",
        "icon": "🔬",
        "kind": "researches",
        "coding": 2,
        "research": 3,
        "stakeholders": 1,
        "entry": {
            "en": "A master's degree or PhD, plus published research",
            "nl": "Een master of promotie, plus gepubliceerd onderzoek",
        },
        "what": {
            "en": [
                "A research scientist invents new methods: better architectures, training tricks "
                "or ways to measure what models know.",
                "The work runs on experiments, papers and long stretches of uncertainty, in "
                "university labs or in the research teams of large companies.",
            ],
            "nl": [
                "Een onderzoeker bedenkt nieuwe methoden: betere architecturen, trainingstechnieken "
                "of manieren om te meten wat modellen weten.",
                "Het werk draait om experimenten, papers en lange periodes van onzekerheid, aan "
                "universiteiten of in onderzoeksteams van grote bedrijven.",
            ],
        },
        "tasks": {
            "en": [
                "Read new papers and spot open problems",
                "Form hypotheses and design experiments to test them",
                "Run large training jobs and analyse the results",
                "Write papers and present them at conferences",
                "Work with engineers to turn a result into a product feature",
            ],
            "nl": [
                "Nieuwe papers lezen en open problemen herkennen",
                "Hypotheses opstellen en experimenten ontwerpen om ze te toetsen",
                "Grote trainingsruns draaien en de resultaten analyseren",
                "Papers schrijven en presenteren op conferenties",
                "Met engineers samenwerken om een resultaat in een product te krijgen",
            ],
        },
        "who": {
            "en": "People who love mathematics and open questions, and who can stay motivated when "
            "most experiments fail.",
            "nl": "Mensen die van wiskunde en open vragen houden, en gemotiveerd blijven als de "
            "meeste experimenten mislukken.",
        },
        "break_in": {
            "en": "Most hires hold a master's or a PhD. Reproducing a recent paper and sharing "
            "your code is a strong way to show you can do the work.",
            "nl": "De meeste mensen in deze functie hebben een master of zijn gepromoveerd. Een "
            "recent paper nabouwen en je code delen laat goed zien dat je het werk aankunt.",
        },
        "outlook": {
            "en": "Very well paid at the top, but with few positions: it is the most competitive "
            "track in AI.",
            "nl": "Aan de top zeer goed betaald, maar met weinig plekken: dit is het meest "
            "competitieve pad binnen AI.",
        },
        "notes": {
            "en": "Competition is fierce; many researchers start in applied roles and publish on "
            "the side.",
            "nl": "De concurrentie is groot; veel onderzoekers beginnen in toegepaste functies en "
            "publiceren ernaast.",
        },
        "skills": [
            "mathematics",
            "research-methods",
            "deep-learning",
            "python",
            "ml-fundamentals",
            "model-evaluation",
            "communication",
        ],  # fmt: skip
        "salaries": [
            {
                "region": regions.UK,
                "currency": "GBP",
                "min": 80000,
                "max": 200000,
                "open": True,
                "note": regions.FRONTIER_LABS,
            },
            {"region": regions.US, "currency": "USD", "min": 150000, "max": 500000, "open": True},
        ],
        "differences": [
            (
                "ai-safety-ethics-researcher",
                {
                    "en": "Safety researchers aim their research at risks and alignment rather than "
                    "raw capability.",
                    "nl": "Veiligheidsonderzoekers richten hun onderzoek op risico's en afstemming, "
                    "niet op pure prestaties.",
                },
            ),
            (
                "machine-learning-engineer",
                {
                    "en": "ML engineers apply known methods to products; researchers create new ones.",
                    "nl": "ML engineers passen bekende methoden toe in producten; onderzoekers "
                    "bedenken nieuwe.",
                },
            ),
        ],
        "programs": ["ai-canopy", "ai-forest"],
        "tags": ["ai-career", "machine-learning", "deep-learning"],
    },
    {
        "slug": "mlops-engineer",
        "icon": "⚙️",
        "kind": "builds",
        "coding": 3,
        "research": 1,
        "stakeholders": 1,
        "entry": {
            "en": "DevOps, cloud or back-end engineering",
            "nl": "DevOps, cloud of back-end engineering",
        },
        "what": {
            "en": [
                "MLOps engineers build the machinery around models: pipelines that retrain them, "
                "systems that deploy them safely and dashboards that show when they go wrong.",
                "Think of it as DevOps for machine learning, including the GPUs and large "
                "clusters that modern models need.",
            ],
            "nl": [
                "MLOps-engineers bouwen de machinerie rond modellen: pijplijnen die ze opnieuw "
                "trainen, systemen die ze veilig uitrollen en dashboards die laten zien wanneer "
                "het misgaat.",
                "Zie het als DevOps voor machine learning, inclusief de GPU's en grote clusters die "
                "moderne modellen nodig hebben.",
            ],
        },
        "tasks": {
            "en": [
                "Automate training, testing and deployment of models",
                "Run and scale GPU infrastructure in the cloud",
                "Version data, models and experiments",
                "Set up monitoring and alerts for model quality and cost",
                "Help ML engineers ship faster and more safely",
            ],
            "nl": [
                "Training, testen en uitrollen van modellen automatiseren",
                "GPU-infrastructuur in de cloud beheren en opschalen",
                "Versies van data, modellen en experimenten bijhouden",
                "Monitoring en meldingen voor modelkwaliteit en kosten inrichten",
                "ML engineers helpen sneller en veiliger op te leveren",
            ],
        },
        "who": {
            "en": "Engineers who enjoy systems, automation and reliability more than tuning models.",
            "nl": "Engineers die meer plezier halen uit systemen, automatisering en "
            "betrouwbaarheid dan uit het afstellen van modellen.",
        },
        "break_in": {
            "en": "Coming from DevOps or back-end work, learn how models are trained and served, "
            "then build a small pipeline that retrains and redeploys a model automatically.",
            "nl": "Kom je uit DevOps of back-end, leer dan hoe modellen getraind en geserveerd "
            "worden en bouw een kleine pijplijn die een model automatisch hertraint en uitrolt.",
        },
        "outlook": {
            "en": "Excellent: there are far fewer experienced practitioners than teams looking "
            "for them.",
            "nl": "Uitstekend: er zijn veel minder ervaren mensen dan teams die ze zoeken.",
        },
        "notes": {
            "en": "Also advertised as ML platform engineer or AI infrastructure engineer.",
            "nl": "Ook wel ML-platformengineer of AI-infrastructuurengineer genoemd.",
        },
        "skills": [
            "python",
            "cloud-basics",
            "containers",
            "monitoring",
            "data-pipelines",
            "software-engineering",
            "ml-fundamentals",
        ],  # fmt: skip
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 70000, "max": 140000},
            {"region": regions.US, "currency": "USD", "min": 130000, "max": 250000},
        ],
        "differences": [
            (
                "machine-learning-engineer",
                {
                    "en": "ML engineers build the models; MLOps engineers build what runs them.",
                    "nl": "ML engineers bouwen de modellen; MLOps-engineers bouwen waar ze op draaien.",
                },
            ),
            (
                "data-engineer",
                {
                    "en": "Data engineers move and shape data; MLOps engineers move and run models.",
                    "nl": "Data engineers verplaatsen en vormen data; MLOps-engineers verplaatsen en "
                    "draaien modellen.",
                },
            ),
        ],
        "programs": ["ai-chisel", "ai-craft"],
        "tags": ["ai-career", "machine-learning", "jobs"],
    },
    {
        "slug": "ai-product-manager",
        "icon": "🧭",
        "kind": "leads",
        "coding": 1,
        "research": 1,
        "stakeholders": 3,
        "entry": {
            "en": "Product management, consulting or a technical role",
            "nl": "Productmanagement, consultancy of een technische functie",
        },
        "what": {
            "en": [
                "An AI product manager decides which problems an AI product solves, what good "
                "enough looks like and when it is ready to launch.",
                "They translate between users, engineers, data scientists and leadership, and they "
                "own the trade-offs between accuracy, cost, speed and risk.",
            ],
            "nl": [
                "Een AI-productmanager bepaalt welke problemen een AI-product oplost, wanneer iets "
                "goed genoeg is en wanneer het klaar is voor lancering.",
                "Hij of zij vertaalt tussen gebruikers, engineers, datascientists en directie, en "
                "is eigenaar van de afwegingen tussen nauwkeurigheid, kosten, snelheid en risico.",
            ],
        },
        "tasks": {
            "en": [
                "Talk to users and define the problem worth solving",
                "Write requirements, including what errors are acceptable",
                "Prioritise the roadmap with engineering and data teams",
                "Plan launches, evaluations and feedback loops",
                "Explain progress and risks to leadership",
            ],
            "nl": [
                "Met gebruikers praten en het probleem bepalen dat het oplossen waard is",
                "Eisen opschrijven, inclusief welke fouten acceptabel zijn",
                "De roadmap prioriteren met engineering- en datateams",
                "Lanceringen, evaluaties en feedbackrondes plannen",
                "Voortgang en risico's uitleggen aan de directie",
            ],
        },
        "who": {
            "en": "Organised people with strong judgement who enjoy working with many different "
            "people and understand technology without needing to write it.",
            "nl": "Georganiseerde mensen met een goed oordeel, die graag met veel verschillende "
            "mensen werken en technologie begrijpen zonder die zelf te hoeven schrijven.",
        },
        "break_in": {
            "en": "Product managers should learn how models behave and fail; engineers and "
            "analysts can move across by owning a small AI feature end to end.",
            "nl": "Productmanagers leren hoe modellen werken en falen; engineers en analisten kunnen "
            "overstappen door een kleine AI-functie van begin tot eind te trekken.",
        },
        "outlook": {
            "en": "Growing fast as companies add AI features to existing products.",
            "nl": "Groeit snel nu bedrijven AI-functies aan bestaande producten toevoegen.",
        },
        "notes": {
            "en": "The pay reflects responsibility: you are accountable for results you do not "
            "build yourself.",
            "nl": "Het salaris weerspiegelt de verantwoordelijkheid: je staat in voor resultaten "
            "die je niet zelf bouwt.",
        },
        "skills": [
            "product-strategy",
            "stakeholder-management",
            "communication",
            "ml-fundamentals",
            "experimentation",
            "sql",
            "ai-governance",
        ],  # fmt: skip
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 70000, "max": 150000},
            {"region": regions.US, "currency": "USD", "min": 140000, "max": 280000},
        ],
        "differences": [
            (
                "prompt-engineer",
                {
                    "en": "AI solutions specialists design individual solutions; product managers own "
                    "a whole product.",
                    "nl": "AI-oplossingsspecialisten ontwerpen losse oplossingen; productmanagers "
                    "zijn eigenaar van een heel product.",
                },
            ),
            (
                "data-scientist",
                {
                    "en": "Data scientists produce the evidence; product managers make the call.",
                    "nl": "Datascientists leveren het bewijs; productmanagers nemen de beslissing.",
                },
            ),
        ],
        "programs": ["ai-seeds", "ai-sprouts"],
        "tags": ["ai-career", "career", "jobs"],
    },
    {
        "slug": "prompt-engineer",
        "icon": "💬",
        "kind": "builds",
        "coding": 1,
        "research": 1,
        "stakeholders": 3,
        "entry": {
            "en": "Writing, communications, support or consulting",
            "nl": "Schrijven, communicatie, support of consultancy",
        },
        "what": {
            "en": [
                "Prompt engineers and AI solutions specialists make language models do useful, "
                "reliable work for a team or a client.",
                "They write and test instructions, build small tools around models and check the "
                "results carefully before anyone relies on them.",
            ],
            "nl": [
                "Prompt engineers en AI-oplossingsspecialisten zorgen dat taalmodellen nuttig en "
                "betrouwbaar werk doen voor een team of klant.",
                "Ze schrijven en testen instructies, bouwen kleine tools rond modellen en "
                "controleren de uitkomsten zorgvuldig voordat iemand erop vertrouwt.",
            ],
        },
        "tasks": {
            "en": [
                "Understand what a client or team needs from a model",
                "Write, test and compare prompts and examples",
                "Build evaluation sets to catch wrong or unsafe answers",
                "Connect models to documents and tools with low-code platforms or light scripting",
                "Train colleagues to use AI tools well",
            ],
            "nl": [
                "Begrijpen wat een klant of team van een model nodig heeft",
                "Prompts en voorbeelden schrijven, testen en vergelijken",
                "Evaluatiesets bouwen die foute of onveilige antwoorden opvangen",
                "Modellen koppelen aan documenten en tools met low-codeplatforms of wat scripting",
                "Collega's leren AI-tools goed te gebruiken",
            ],
        },
        "who": {
            "en": "Clear writers and careful testers who like explaining things and working "
            "directly with clients.",
            "nl": "Heldere schrijvers en zorgvuldige testers die graag dingen uitleggen en direct "
            "met klanten werken.",
        },
        "break_in": {
            "en": "Build a public portfolio: a few real tasks solved with a language model, each "
            "with the prompts, the tests and an honest account of what still fails.",
            "nl": "Bouw een openbaar portfolio: een paar echte taken opgelost met een taalmodel, "
            "elk met de prompts, de tests en een eerlijk verslag van wat nog misgaat.",
        },
        "outlook": {
            "en": "Promising but changing: as models improve, the job moves from clever wording "
            "towards evaluation and solution design.",
            "nl": "Veelbelovend maar in beweging: naarmate modellen beter worden, verschuift het "
            "werk van slimme formuleringen naar evaluatie en oplossingsontwerp.",
        },
        "notes": {
            "en": "Prompt engineering is still evolving; pair it with domain knowledge or some "
            "programming to stay valuable.",
            "nl": "Prompt engineering is nog volop in ontwikkeling; combineer het met vakkennis of "
            "wat programmeren om waardevol te blijven.",
        },
        "skills": [
            "prompt-design",
            "communication",
            "model-evaluation",
            "llm-apis",
            "stakeholder-management",
            "python",
        ],  # fmt: skip
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 50000, "max": 100000},
            {"region": regions.US, "currency": "USD", "min": 90000, "max": 180000},
        ],
        "differences": [
            (
                "nlp-llm-engineer",
                {
                    "en": "LLM engineers write production code around models; prompt engineers focus "
                    "on instructions, evaluation and clients.",
                    "nl": "LLM-engineers schrijven productiecode rond modellen; prompt engineers "
                    "richten zich op instructies, evaluatie en klanten.",
                },
            ),
            (
                "ai-product-manager",
                {
                    "en": "Product managers own a product's direction; solutions specialists make "
                    "it work for each client.",
                    "nl": "Productmanagers bepalen de richting van een product; oplossingsspecialisten "
                    "laten het voor elke klant werken.",
                },
            ),
        ],
        "programs": ["ai-seeds", "ai-branches"],
        "tags": ["ai-career", "prompt-engineering", "llm"],
    },
    {
        "slug": "ai-safety-ethics-researcher",
        "icon": "⚖️",
        "kind": "policy",
        "coding": 2,
        "research": 3,
        "stakeholders": 2,
        "entry": {
            "en": "Research, law, philosophy or policy, or ML research for the technical track",
            "nl": "Onderzoek, rechten, filosofie of beleid, of ML-onderzoek voor het technische spoor",
        },
        "what": {
            "en": [
                "AI safety and ethics researchers study how AI systems can cause harm and how to "
                "prevent it, from biased decisions to models that do not do what we intend.",
                "The field has two tracks: technical safety research inside AI labs, and policy "
                "and ethics work in governments, companies and non-profits.",
            ],
            "nl": [
                "Onderzoekers in AI-veiligheid en -ethiek bestuderen hoe AI-systemen schade kunnen "
                "aanrichten en hoe je dat voorkomt, van bevooroordeelde beslissingen tot modellen "
                "die niet doen wat we bedoelen.",
                "Het vak kent twee sporen: technisch veiligheidsonderzoek binnen AI-labs, en beleid "
                "en ethiek bij overheden, bedrijven en non-profits.",
            ],
        },
        "tasks": {
            "en": [
                "Test models for harmful, biased or deceptive behaviour",
                "Research methods to understand and steer what models do",
                "Write guidance, standards and impact assessments",
                "Advise product teams and policymakers on risks",
                "Publish findings for a wide audience",
            ],
            "nl": [
                "Modellen testen op schadelijk, bevooroordeeld of misleidend gedrag",
                "Methoden onderzoeken om te begrijpen en te sturen wat modellen doen",
                "Richtlijnen, standaarden en impactanalyses schrijven",
                "Productteams en beleidsmakers adviseren over risico's",
                "Bevindingen publiceren voor een breed publiek",
            ],
        },
        "who": {
            "en": "People who care about the consequences of technology and can reason carefully, "
            "whether through code and experiments or through law and argument.",
            "nl": "Mensen die zich bekommeren om de gevolgen van technologie en zorgvuldig kunnen "
            "redeneren, met code en experimenten of met recht en argumenten.",
        },
        "break_in": {
            "en": "For the technical track, follow the research path and contribute to open "
            "safety projects. For policy, combine a background in law, ethics or public policy "
            "with a solid grasp of how models work.",
            "nl": "Voor het technische spoor volg je het onderzoekspad en draag je bij aan open "
            "veiligheidsprojecten. Voor beleid combineer je een achtergrond in recht, ethiek of "
            "bestuurskunde met een stevig begrip van hoe modellen werken.",
        },
        "outlook": {
            "en": "Growing as regulation arrives and labs expand their safety teams.",
            "nl": "Groeiend nu regelgeving er komt en labs hun veiligheidsteams uitbreiden.",
        },
        "notes": {
            "en": "Pay differs sharply between the two tracks, as the salary ranges show.",
            "nl": "De salarissen verschillen sterk tussen de twee sporen, zoals de bedragen laten zien.",
        },
        "skills": [
            "ai-governance",
            "research-methods",
            "communication",
            "ml-fundamentals",
            "python",
        ],
        "salaries": [
            {
                "region": regions.UK,
                "currency": "GBP",
                "min": 40000,
                "max": 100000,
                "note": regions.POLICY_ROLES,
            },
            {
                "region": regions.US,
                "currency": "USD",
                "min": 150000,
                "max": 400000,
                "open": True,
                "note": regions.TECHNICAL_SAFETY,
            },
        ],
        "tracks": [
            {
                "name": {"en": "Technical safety", "nl": "Technische veiligheid"},
                "description": {
                    "en": "Research inside AI labs on alignment, interpretability and testing "
                    "models for dangerous behaviour; needs strong ML and coding skills.",
                    "nl": "Onderzoek binnen AI-labs naar afstemming, interpreteerbaarheid en het "
                    "testen van modellen op gevaarlijk gedrag; vraagt sterke ML- en programmeervaardigheden.",
                },
            },
            {
                "name": {"en": "Policy and ethics", "nl": "Beleid en ethiek"},
                "description": {
                    "en": "Work on regulation, standards, audits and responsible use in "
                    "governments, companies and non-profits; little or no coding.",
                    "nl": "Werk aan regelgeving, standaarden, audits en verantwoord gebruik bij "
                    "overheden, bedrijven en non-profits; weinig of geen programmeerwerk.",
                },
            },
        ],
        "differences": [
            (
                "ai-research-scientist",
                {
                    "en": "Research scientists advance what models can do; safety researchers focus "
                    "on keeping that progress safe.",
                    "nl": "Onderzoekers vergroten wat modellen kunnen; veiligheidsonderzoekers zorgen "
                    "dat die vooruitgang veilig blijft.",
                },
            ),
            (
                "ai-product-manager",
                {
                    "en": "Product managers weigh risk for one product; ethics specialists set the "
                    "rules many products follow.",
                    "nl": "Productmanagers wegen risico's af voor één product; ethiekspecialisten "
                    "stellen de regels op die veel producten volgen.",
                },
            ),
        ],
        "programs": ["ai-seeds", "ai-canopy"],
        "tags": ["ai-career", "responsible-ai", "ethics"],
    },
    {
        "slug": "data-engineer",
        "icon": "🗄️",
        "kind": "builds",
        "coding": 3,
        "research": 1,
        "stakeholders": 2,
        "rough": True,
        "entry": {"en": "Back-end engineering, databases or analytics"},
        "what": {
            "en": [
                "Data engineers design the systems that collect, clean and store data so that "
                "analysts and models can trust it.",
                "Without their pipelines, there is nothing to train a model on.",
            ]
        },
        "tasks": {
            "en": [
                "Build and schedule pipelines that load data from many sources",
                "Model tables in a data warehouse or lakehouse",
                "Check data quality and fix broken feeds",
                "Keep storage fast, secure and affordable",
            ]
        },
        "who": {"en": "Builders who like order, reliability and seeing many teams use their work."},
        "break_in": {
            "en": "Learn SQL deeply, then build a small pipeline with an orchestrator and a "
            "warehouse using public data."
        },
        "outlook": {"en": "Strong and stable: every AI project depends on good data."},
        "notes": {"en": "The salary figures for this role are rough estimates, not survey data."},
        "skills": ["sql", "python", "data-pipelines", "cloud-basics", "software-engineering"],
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 50000, "max": 100000},
            {"region": regions.US, "currency": "USD", "min": 110000, "max": 190000},
        ],
        "differences": [
            (
                "data-scientist",
                {"en": "Data scientists analyse the data that data engineers deliver."},
            ),
        ],
        "programs": ["ai-sketch", "ai-sprouts"],
        "tags": ["ai-career", "data-science", "python"],
    },
    {
        "slug": "computer-vision-engineer",
        "icon": "👁️",
        "kind": "builds",
        "coding": 3,
        "research": 2,
        "stakeholders": 1,
        "rough": True,
        "entry": {"en": "ML engineering or a degree with image processing"},
        "what": {
            "en": [
                "Computer vision engineers build systems that recognise objects, read documents, "
                "measure defects or guide robots from camera images.",
                "The work often runs on small devices as well as in the cloud.",
            ]
        },
        "tasks": {
            "en": [
                "Collect and label image and video data",
                "Train detection, classification and segmentation models",
                "Make models fast enough for cameras and phones",
                "Test models in changing light, angles and conditions",
            ]
        },
        "who": {"en": "Visual thinkers who enjoy maths, hardware and seeing results on screen."},
        "break_in": {
            "en": "Fine-tune an open vision model on a data set you collect yourself and deploy "
            "it to a phone or a small board."
        },
        "outlook": {"en": "Good, especially in health care, manufacturing, retail and transport."},
        "notes": {"en": "The salary figures for this role are rough estimates, not survey data."},
        "skills": ["computer-vision", "deep-learning", "python", "ml-fundamentals", "cloud-basics"],
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 55000, "max": 120000},
            {"region": regions.US, "currency": "USD", "min": 120000, "max": 220000},
        ],
        "differences": [
            (
                "machine-learning-engineer",
                {
                    "en": "A general ML engineer works across data types; this role specialises in images."
                },
            ),
        ],
        "programs": ["ai-sprouts", "ai-canopy"],
        "tags": ["ai-career", "machine-learning", "deep-learning"],
    },
    {
        "slug": "nlp-llm-engineer",
        "icon": "🧠",
        "kind": "builds",
        "coding": 3,
        "research": 2,
        "stakeholders": 2,
        "rough": True,
        "entry": {"en": "Software or ML engineering, plus projects with language models"},
        "what": {
            "en": [
                "NLP and LLM engineers build applications on language models: retrieval over "
                "company documents, assistants, classification and translation.",
                "They care as much about evaluation, cost and latency as about the model itself.",
            ]
        },
        "tasks": {
            "en": [
                "Design retrieval and tool-use pipelines around language models",
                "Fine-tune or adapt models for a domain",
                "Measure answer quality, cost and speed",
                "Guard against unsafe or made-up answers",
            ]
        },
        "who": {"en": "Engineers fascinated by language who like fast-moving tools."},
        "break_in": {
            "en": "Build a question-answering app over a real document collection and publish "
            "an honest evaluation of it."
        },
        "outlook": {"en": "In very high demand, though tools and titles change quickly."},
        "notes": {"en": "The salary figures for this role are rough estimates, not survey data."},
        "skills": [
            "nlp",
            "llm-apis",
            "python",
            "model-evaluation",
            "deep-learning",
            "cloud-basics",
        ],
        "salaries": [
            {"region": regions.UK, "currency": "GBP", "min": 60000, "max": 130000},
            {"region": regions.US, "currency": "USD", "min": 130000, "max": 250000},
        ],
        "differences": [
            (
                "prompt-engineer",
                {
                    "en": "Prompt engineers shape instructions; LLM engineers build the software around them."
                },
            ),
        ],
        "programs": ["ai-branches", "ai-craft"],
        "tags": ["ai-career", "llm", "transformers"],
    },
]
