"""AI vs machine learning vs deep learning. Translated into Dutch and Arabic."""

ARTICLE = {
    "slug": "ai-vs-machine-learning-vs-deep-learning",
    "translated_slugs": {"nl": "ai-versus-machine-learning-versus-deep-learning"},
    "date": "2026-01-20",
    "tags": ["ai-basics", "machine-learning", "deep-learning"],
    "cover": ((245, 158, 11), (236, 72, 153)),
    "title": {
        "en": "AI vs Machine Learning vs Deep Learning: What Is the Difference?",
        "nl": "AI, machine learning en deep learning: wat is het verschil?",
        "ar": "الذكاء الاصطناعي وتعلّم الآلة والتعلّم العميق: ما الفرق؟",
    },
    "summary": {
        "en": "Three terms that are often used as synonyms but describe nested ideas. "
        "A clear map of how they relate, with everyday examples of each.",
        "nl": "Drie termen die vaak als synoniemen worden gebruikt, maar in elkaar passen als "
        "schillen van een ui. Een helder overzicht met alledaagse voorbeelden.",
        "ar": "ثلاثة مصطلحات تُستخدم كأنها مترادفات، لكنها أفكار متداخلة. خريطة واضحة "
        "للعلاقة بينها مع أمثلة يومية لكل منها.",
    },
    "body": {
        "en": """
If you read about technology, you will see "AI", "machine learning" and "deep learning" used almost interchangeably. They are related, but they are not the same thing. The easiest way to picture them is as three circles, one inside the other.

## The big circle: artificial intelligence

Artificial intelligence is the broadest idea: any technique that lets a computer do something we would call intelligent. That includes hand-written rules, search algorithms that plan a route, and systems that learn. A route planner in your maps app is AI even if nothing in it was "trained".

## The middle circle: machine learning

Machine learning is the part of AI where the system learns its behaviour from data instead of being told every rule. You give it examples, such as past house sales with their prices, and it finds the relationship between the features and the answer. Classic machine learning methods include linear regression, decision trees and gradient-boosted trees. They remain the workhorses of business analytics because they are fast, need modest amounts of data and are relatively easy to explain.

### Three ways a machine can learn

- **Supervised learning**: learning from labelled examples, such as emails marked spam or not spam.
- **Unsupervised learning**: finding structure without labels, such as grouping customers with similar habits.
- **Reinforcement learning**: learning by trial and error with rewards, such as a program mastering a game.

## The inner circle: deep learning

Deep learning is a family of machine learning methods built on artificial neural networks with many layers. Each layer transforms its input a little, and together the layers can learn very rich patterns directly from raw data: pixels, sound waves or text. Deep learning powers speech recognition, image recognition and the large language models behind modern chatbots.

The price of that power is appetite. Deep models usually need much more data and computing power than classic methods, and their internal workings are harder to interpret.

Table: The three circles side by side
| | Artificial intelligence | Machine learning | Deep learning |
| Scope | Any intelligent behaviour | Behaviour learned from data | Learning with many-layered neural networks |
| Typical example | Route planning, chess engines | Credit scoring, churn prediction | Speech recognition, chatbots |
| Data needed | None to a lot | Hundreds to millions of examples | Usually millions of examples |
| Ease of explanation | Depends on the method | Often reasonable | Often difficult |

!info Which one should you learn first?: Start with the ideas of machine learning: data, features, training and evaluation. They make deep learning much easier to understand later, and they are useful on their own.

## Why the distinction matters

Knowing the difference helps you ask better questions. When a product claims to "use AI", you can ask: is it following rules, learning from data, or using a deep neural network? Each answer tells you something about how it may fail, how much data it needs and how well its decisions can be explained.
""",
        "nl": """
Wie over technologie leest, ziet "AI", "machine learning" en "deep learning" bijna door elkaar gebruikt worden. Ze hebben met elkaar te maken, maar ze zijn niet hetzelfde. De makkelijkste manier om ze voor je te zien: drie cirkels, de ene binnen de andere.

## De grote cirkel: kunstmatige intelligentie

Kunstmatige intelligentie is het breedste begrip: elke techniek waarmee een computer iets doet dat we intelligent zouden noemen. Daaronder vallen handgeschreven regels, zoekalgoritmen die een route plannen en systemen die leren. De routeplanner in je kaarten-app is AI, ook als er niets in "getraind" is.

## De middelste cirkel: machine learning

Machine learning is het deel van AI waarin het systeem zijn gedrag leert uit data in plaats van elke regel voorgeschreven te krijgen. Je geeft het voorbeelden, zoals eerdere huizenverkopen met hun prijzen, en het vindt het verband tussen de kenmerken en het antwoord. Klassieke methoden zijn lineaire regressie, beslisbomen en gradient-boosted trees. Ze blijven de werkpaarden van bedrijfsanalyse: ze zijn snel, hebben weinig data nodig en zijn vrij goed uit te leggen.

### Drie manieren waarop een machine leert

- **Supervised learning**: leren van gelabelde voorbeelden, zoals e-mails die als spam of geen spam gemarkeerd zijn.
- **Unsupervised learning**: structuur vinden zonder labels, zoals klanten met vergelijkbare gewoonten groeperen.
- **Reinforcement learning**: leren met vallen en opstaan en beloningen, zoals een programma dat een spel onder de knie krijgt.

## De binnenste cirkel: deep learning

Deep learning is een familie van machine-learningmethoden op basis van kunstmatige neurale netwerken met veel lagen. Elke laag bewerkt zijn invoer een beetje, en samen kunnen de lagen rijke patronen rechtstreeks uit ruwe data leren: pixels, geluidsgolven of tekst. Deep learning zit achter spraakherkenning, beeldherkenning en de grote taalmodellen van moderne chatbots.

De prijs van die kracht is honger. Diepe modellen hebben meestal veel meer data en rekenkracht nodig dan klassieke methoden, en hun binnenkant is moeilijker te doorgronden.

Table: De drie cirkels naast elkaar
| | Kunstmatige intelligentie | Machine learning | Deep learning |
| Reikwijdte | Elk intelligent gedrag | Gedrag geleerd uit data | Leren met neurale netwerken met veel lagen |
| Typisch voorbeeld | Routeplanning, schaakprogramma's | Kredietscores, klantverloop voorspellen | Spraakherkenning, chatbots |
| Benodigde data | Geen tot veel | Honderden tot miljoenen voorbeelden | Meestal miljoenen voorbeelden |
| Uitlegbaarheid | Hangt af van de methode | Vaak redelijk | Vaak lastig |

!info Wat leer je eerst?: Begin met de ideeën van machine learning: data, kenmerken, trainen en evalueren. Daarmee is deep learning later veel makkelijker te begrijpen, en ze zijn op zichzelf al nuttig.

## Waarom het onderscheid ertoe doet

Wie het verschil kent, stelt betere vragen. Als een product beweert "AI te gebruiken", kun je vragen: volgt het regels, leert het uit data of gebruikt het een diep neuraal netwerk? Elk antwoord vertelt je iets over hoe het kan falen, hoeveel data het nodig heeft en hoe goed zijn beslissingen uit te leggen zijn.
""",
        "ar": """
إذا كنت تقرأ عن التقنية فسترى مصطلحات "الذكاء الاصطناعي" و"تعلّم الآلة" و"التعلّم العميق" تُستخدم كأنها شيء واحد. إنها مترابطة لكنها ليست متطابقة. أسهل طريقة لتصوّرها هي ثلاث دوائر، كل واحدة داخل الأخرى.

## الدائرة الكبرى: الذكاء الاصطناعي

الذكاء الاصطناعي هو المفهوم الأوسع: أي تقنية تجعل الحاسوب يفعل شيئًا نصفه بالذكاء. يشمل ذلك القواعد المكتوبة يدويًا، وخوارزميات البحث التي تخطط مسارًا، والأنظمة التي تتعلم. مخطط المسارات في تطبيق الخرائط ذكاء اصطناعي حتى لو لم يُدرَّب فيه شيء.

## الدائرة الوسطى: تعلّم الآلة

تعلّم الآلة هو الجزء من الذكاء الاصطناعي الذي يتعلم فيه النظام سلوكه من البيانات بدلًا من أن تُملى عليه كل قاعدة. تعطيه أمثلة، مثل مبيعات منازل سابقة مع أسعارها، فيكتشف العلاقة بين الخصائص والإجابة. من الأساليب الكلاسيكية الانحدار الخطي وأشجار القرار والأشجار المعزّزة بالتدرج. ما زالت هذه الأساليب عماد تحليلات الأعمال لأنها سريعة وتحتاج إلى بيانات قليلة نسبيًا ويسهل شرحها.

### ثلاث طرق تتعلم بها الآلة

- **التعلّم الموجَّه**: التعلم من أمثلة مصنّفة، مثل رسائل موسومة بأنها مزعجة أو غير مزعجة.
- **التعلّم غير الموجَّه**: اكتشاف البنية دون تصنيفات، مثل تجميع العملاء ذوي العادات المتشابهة.
- **التعلّم المعزَّز**: التعلم بالتجربة والخطأ مع المكافآت، مثل برنامج يتقن لعبة.

## الدائرة الداخلية: التعلّم العميق

التعلّم العميق عائلة من أساليب تعلّم الآلة تقوم على شبكات عصبية اصطناعية متعددة الطبقات. كل طبقة تحوّل مدخلاتها قليلًا، ومعًا تستطيع الطبقات تعلّم أنماط غنية مباشرة من البيانات الخام: البكسلات أو الموجات الصوتية أو النصوص. يقف التعلّم العميق وراء التعرف على الكلام والصور ونماذج اللغة الكبيرة التي تشغّل روبوتات المحادثة الحديثة.

ثمن هذه القوة هو الشهية الكبيرة. تحتاج النماذج العميقة عادةً إلى بيانات وقدرة حوسبة أكبر بكثير من الأساليب الكلاسيكية، ويصعب تفسير ما يجري داخلها.

Table: الدوائر الثلاث جنبًا إلى جنب
| | الذكاء الاصطناعي | تعلّم الآلة | التعلّم العميق |
| النطاق | أي سلوك ذكي | سلوك متعلَّم من البيانات | تعلّم بشبكات عصبية متعددة الطبقات |
| مثال نموذجي | تخطيط المسارات، برامج الشطرنج | تقييم الائتمان، توقّع مغادرة العملاء | التعرف على الكلام، روبوتات المحادثة |
| البيانات المطلوبة | من لا شيء إلى الكثير | من مئات إلى ملايين الأمثلة | ملايين الأمثلة عادةً |
| سهولة الشرح | تعتمد على الأسلوب | معقولة غالبًا | صعبة غالبًا |

!info بماذا تبدأ؟: ابدأ بأفكار تعلّم الآلة: البيانات والخصائص والتدريب والتقييم. ستجعل هذه الأفكار التعلّم العميق أسهل فهمًا لاحقًا، وهي مفيدة بحد ذاتها.

## لماذا يهم هذا التمييز

معرفة الفرق تساعدك على طرح أسئلة أفضل. عندما يدّعي منتج أنه "يستخدم الذكاء الاصطناعي"، يمكنك أن تسأل: هل يتبع قواعد، أم يتعلم من البيانات، أم يستخدم شبكة عصبية عميقة؟ كل إجابة تخبرك بشيء عن طريقة إخفاقه وكمية البيانات التي يحتاجها ومدى إمكانية تفسير قراراته.
""",
    },
}
