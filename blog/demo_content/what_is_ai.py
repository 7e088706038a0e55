"""What is AI? Fully translated into Dutch, Arabic and Japanese."""

ARTICLE = {
    "slug": "what-is-ai",
    "translated_slugs": {"nl": "wat-is-ai"},
    "date": "2026-01-08",
    "tags": ["ai-basics", "beginners"],
    "cover": ((16, 185, 129), (79, 70, 229)),
    "title": {
        "en": "What Is Artificial Intelligence? A Plain-Language Introduction",
        "nl": "Wat is kunstmatige intelligentie? Een heldere introductie",
        "ar": "ما هو الذكاء الاصطناعي؟ مقدمة بلغة بسيطة",
        "ja": "人工知能とは何か？やさしい入門",
    },
    "summary": {
        "en": "AI without the hype: what the term means, how today's systems learn from "
        "examples, what they are good and bad at, and why it matters to you.",
        "nl": "AI zonder hype: wat de term betekent, hoe huidige systemen leren van voorbeelden, "
        "waar ze goed en slecht in zijn en waarom het jou aangaat.",
        "ar": "الذكاء الاصطناعي بلا مبالغة: ماذا يعني المصطلح، وكيف تتعلم الأنظمة الحالية من "
        "الأمثلة، وفيمَ تنجح وتخفق، ولماذا يهمك ذلك.",
        "ja": "誇張抜きのAI入門。言葉の意味、今のシステムが例から学ぶ仕組み、得意なことと苦手なこと、"
        "そしてあなたに関係する理由を説明します。",
    },
    "body": {
        "en": """
Artificial intelligence is one of those terms that everyone uses and few people define. In this article we will pin it down, look at how modern AI systems actually work, and separate what they can really do from what the headlines promise.

## A working definition

Artificial intelligence is the field of building computer systems that perform tasks we would normally say require human intelligence: recognising speech, translating a sentence, spotting a tumour on a scan, recommending a film or answering a question. The definition is about the task, not the method. A chess program from the 1990s and a modern chatbot are both AI, even though they work in completely different ways.

## Rules versus learning

Early AI systems were mostly built from hand-written rules. An expert sat down with a programmer and together they wrote thousands of "if this, then that" statements. This works for narrow, well-understood problems, but it breaks down quickly: nobody can write rules that recognise every possible cat photo.

Most AI you meet today instead **learns from examples**. Show a system a million labelled photos and it gradually adjusts millions of internal numbers until it becomes good at telling cats from dogs. This approach is called machine learning, and it is the engine behind nearly every recent breakthrough.

### What "learning" means here

Learning, for a machine, means reducing mistakes. The system makes a guess, measures how wrong it was, and nudges its internal settings so the next guess is a little better. Repeat that billions of times and surprisingly capable behaviour emerges. There is no understanding in the human sense, only very good pattern matching.

## What AI is good at

- Finding patterns in large amounts of data, faster than any person could.
- Working with messy inputs such as images, sound and everyday language.
- Doing repetitive judgement tasks consistently, at any hour.
- Producing fluent drafts of text, code or images in seconds.

## What AI is bad at

- Knowing when it is wrong: systems can be confidently incorrect.
- Handling situations unlike anything in their training data.
- Explaining its reasoning in a way you can fully trust.
- Values and judgement: it reflects the data and goals people give it.

!tip Try this: Ask a chatbot a question you already know the answer to, in a field you know well. Notice where it is right, where it is vague and where it makes things up. That small experiment teaches more than many articles.

## Why it matters to you

AI is already part of how you search, shop, travel and work. Understanding the basics helps you use these tools well, notice when they fail, and take part in decisions about how they should be used. You do not need to become an engineer for that; curiosity and a little structured learning are enough.

> Understanding a technology is the first step to having a say in how it is used.

## Where to go next

If this introduction made you curious, read our comparison of AI, machine learning and deep learning, or start the free AI Seeds program, which assumes no background at all.
""",
        "nl": """
Kunstmatige intelligentie is zo'n term die iedereen gebruikt en bijna niemand definieert. In dit artikel maken we hem concreet, bekijken we hoe moderne AI-systemen werken en scheiden we wat ze echt kunnen van wat de krantenkoppen beloven.

## Een werkbare definitie

Kunstmatige intelligentie is het vakgebied dat computersystemen bouwt voor taken waarvan we normaal zeggen dat er menselijke intelligentie voor nodig is: spraak herkennen, een zin vertalen, een tumor op een scan vinden, een film aanraden of een vraag beantwoorden. De definitie gaat over de taak, niet over de methode. Een schaakprogramma uit de jaren negentig en een moderne chatbot zijn allebei AI, hoewel ze totaal anders werken.

## Regels tegenover leren

Vroege AI-systemen bestonden vooral uit handgeschreven regels. Een expert en een programmeur schreven samen duizenden regels van het type "als dit, dan dat". Dat werkt voor smalle, goed begrepen problemen, maar loopt snel vast: niemand kan regels schrijven die elke mogelijke kattenfoto herkennen.

De meeste AI die je vandaag tegenkomt, **leert van voorbeelden**. Laat een systeem een miljoen gelabelde foto's zien en het past geleidelijk miljoenen interne getallen aan, tot het katten goed van honden kan onderscheiden. Die aanpak heet machine learning en zit achter bijna elke recente doorbraak.

### Wat "leren" hier betekent

Leren betekent voor een machine: minder fouten maken. Het systeem doet een gok, meet hoe fout die was en verschuift zijn interne instellingen zodat de volgende gok iets beter is. Herhaal dat miljarden keren en er ontstaat verrassend knap gedrag. Er is geen begrip in menselijke zin, alleen heel goede patroonherkenning.

## Waar AI goed in is

- Patronen vinden in grote hoeveelheden data, sneller dan welke mens ook.
- Werken met rommelige invoer zoals beelden, geluid en gewone taal.
- Herhalende beoordelingstaken consequent uitvoeren, op elk uur van de dag.
- In enkele seconden vlotte eerste versies van tekst, code of beelden maken.

## Waar AI slecht in is

- Weten wanneer het fout zit: systemen kunnen vol vertrouwen onjuist zijn.
- Omgaan met situaties die niet lijken op hun trainingsdata.
- Hun redenering uitleggen op een manier die je volledig kunt vertrouwen.
- Waarden en oordeelsvermogen: het weerspiegelt de data en doelen die mensen meegeven.

!tip Probeer dit: Stel een chatbot een vraag waarvan je het antwoord al kent, in een vak dat je goed beheerst. Let op waar hij gelijk heeft, waar hij vaag blijft en waar hij dingen verzint. Dat kleine experiment leert je meer dan veel artikelen.

## Waarom het jou aangaat

AI zit al in hoe je zoekt, winkelt, reist en werkt. Wie de basis begrijpt, gebruikt deze hulpmiddelen beter, merkt op wanneer ze falen en kan meepraten over hoe ze ingezet moeten worden. Daarvoor hoef je geen engineer te worden; nieuwsgierigheid en een beetje gestructureerd leren zijn genoeg.

> Een technologie begrijpen is de eerste stap naar meebeslissen over hoe ze gebruikt wordt.

## Hoe verder

Ben je nieuwsgierig geworden? Lees dan onze vergelijking van AI, machine learning en deep learning, of begin aan het gratis programma AI Seeds, waarvoor je geen voorkennis nodig hebt.
""",
        "ar": """
الذكاء الاصطناعي من المصطلحات التي يستخدمها الجميع ونادرًا ما يعرّفها أحد. في هذا المقال نحدد معناه، ونرى كيف تعمل أنظمته الحديثة فعلًا، ونفصل بين ما تستطيع فعله حقًا وما تعد به العناوين.

## تعريف عملي

الذكاء الاصطناعي هو المجال الذي يبني أنظمة حاسوبية تؤدي مهام نقول عادةً إنها تحتاج إلى ذكاء بشري: التعرف على الكلام، وترجمة جملة، واكتشاف ورم في صورة طبية، واقتراح فيلم، والإجابة عن سؤال. التعريف يتعلق بالمهمة لا بالطريقة؛ فبرنامج شطرنج من التسعينيات وروبوت محادثة حديث كلاهما ذكاء اصطناعي رغم اختلاف طريقة عملهما تمامًا.

## القواعد في مقابل التعلّم

بُنيت أنظمة الذكاء الاصطناعي الأولى غالبًا من قواعد مكتوبة يدويًا. يجلس خبير مع مبرمج ويكتبان آلاف العبارات من نوع "إذا حدث هذا فافعل ذلك". ينجح هذا في المشكلات الضيقة والمفهومة جيدًا، لكنه ينهار بسرعة: لا أحد يستطيع كتابة قواعد تتعرف على كل صورة قطة ممكنة.

أما معظم الذكاء الاصطناعي الذي تقابله اليوم فهو **يتعلم من الأمثلة**. اعرض على النظام مليون صورة مصنّفة، وسيعدّل تدريجيًا ملايين الأرقام الداخلية حتى يصبح بارعًا في التمييز بين القطط والكلاب. يسمى هذا النهج تعلّم الآلة، وهو المحرك وراء كل اختراق حديث تقريبًا.

### ماذا يعني "التعلّم" هنا

التعلّم بالنسبة للآلة يعني تقليل الأخطاء. يخمّن النظام، ثم يقيس مقدار خطئه، ثم يعدّل إعداداته الداخلية قليلًا ليكون التخمين التالي أفضل. كرّر ذلك مليارات المرات فيظهر سلوك قادر بشكل مدهش. لا يوجد فهم بالمعنى البشري، بل تعرّف ممتاز على الأنماط.

## فيمَ يتفوق الذكاء الاصطناعي

- اكتشاف الأنماط في كميات ضخمة من البيانات أسرع من أي إنسان.
- التعامل مع مدخلات فوضوية مثل الصور والأصوات واللغة اليومية.
- أداء مهام التقدير المتكررة باتساق في أي ساعة.
- إنتاج مسودات سلسة من النصوص أو الشيفرات أو الصور في ثوانٍ.

## فيمَ يخفق

- معرفة متى يكون مخطئًا: قد تكون الأنظمة مخطئة وهي واثقة تمامًا.
- التعامل مع مواقف لا تشبه بيانات تدريبها.
- شرح منطقها بطريقة يمكنك الوثوق بها تمامًا.
- القيم والحكم: فهو يعكس البيانات والأهداف التي يضعها البشر.

!tip جرّب هذا: اسأل روبوت محادثة سؤالًا تعرف إجابته في مجال تتقنه. لاحظ أين يصيب، وأين يبقى غامضًا، وأين يختلق المعلومات. هذه التجربة الصغيرة تعلّمك أكثر من مقالات كثيرة.

## لماذا يهمك ذلك

الذكاء الاصطناعي جزء بالفعل من طريقة بحثك وتسوّقك وسفرك وعملك. فهم الأساسيات يساعدك على استخدام هذه الأدوات جيدًا، وعلى ملاحظة إخفاقاتها، وعلى المشاركة في القرارات المتعلقة باستخدامها. لا تحتاج إلى أن تصبح مهندسًا؛ يكفي الفضول وقليل من التعلم المنظم.

> فهم التقنية هو الخطوة الأولى لتكون لك كلمة في طريقة استخدامها.

## ماذا بعد

إن أثار هذا المقال فضولك، فاقرأ مقارنتنا بين الذكاء الاصطناعي وتعلّم الآلة والتعلّم العميق، أو ابدأ برنامج AI Seeds المجاني الذي لا يفترض أي خلفية مسبقة.
""",
        "ja": """
人工知能は、誰もが使うのに、きちんと定義する人がほとんどいない言葉です。この記事では、その意味をはっきりさせ、現代のAIシステムが実際にどう動くのかを見て、本当にできることと見出しが約束することを切り分けます。

## 実用的な定義

人工知能とは、ふつうは人間の知能が必要だと考えられる作業をこなすコンピューターシステムをつくる分野です。音声を聞き取る、文を翻訳する、画像から腫瘍を見つける、映画をすすめる、質問に答える、といった作業がその例です。定義の中心は方法ではなく作業にあります。一九九〇年代のチェスプログラムも最新のチャットボットも、仕組みはまったく違いますが、どちらもAIです。

## ルールと学習

初期のAIシステムは、主に人が手で書いたルールでできていました。専門家とプログラマーが一緒に、「もしこうなら、こうする」という決まりを何千も書いたのです。範囲が狭く、よく理解された問題ならこれで動きますが、すぐに限界がきます。ありとあらゆる猫の写真を見分けるルールを書ける人はいません。

今日あなたが出会うAIの多くは、**例から学びます**。ラベル付きの写真を百万枚見せると、システムは内部の膨大な数値を少しずつ調整し、やがて猫と犬を上手に見分けられるようになります。この方法を機械学習と呼び、最近の大きな進歩のほとんどを支えています。

### ここでいう「学習」とは

機械にとっての学習とは、間違いを減らすことです。システムは予想を立て、どれだけ外れたかを測り、次の予想が少し良くなるように内部の設定を動かします。これを何十億回もくり返すと、驚くほど有能なふるまいが生まれます。そこに人間のような理解はなく、非常に優れたパターン認識があるだけです。

## AIが得意なこと

- 大量のデータから、人間よりはるかに速くパターンを見つけること。
- 画像や音声、日常のことばのような雑多な入力を扱うこと。
- くり返しの判断作業を、いつでも一定の質でこなすこと。
- 文章やコード、画像の下書きを数秒でつくること。

## AIが苦手なこと

- 自分がまちがっていると気づくこと。自信満々にまちがえることがあります。
- 学習データとまったく違う状況に対応すること。
- 信頼できる形で自分の判断の理由を説明すること。
- 価値観や判断。AIは人が与えたデータと目標を映し出します。

!tip 試してみよう: 自分がよく知っている分野で、答えを知っている質問をチャットボットにしてみましょう。正しいところ、あいまいなところ、話をつくってしまうところに注目してください。この小さな実験は、多くの記事よりも多くを教えてくれます。

## なぜあなたに関係があるのか

AIはすでに、検索や買い物、移動、仕事の中に入りこんでいます。基本を理解すれば、道具を上手に使い、失敗に気づき、どう使うべきかという議論に参加できます。そのためにエンジニアになる必要はありません。好奇心と、少しの体系的な学びがあれば十分です。

> 技術を理解することは、その使い方に意見を言うための第一歩です。

## 次に読むもの

興味がわいたら、AI・機械学習・ディープラーニングの違いを説明した記事を読むか、予備知識がまったくいらない無料プログラム「AI Seeds」から始めてみてください。
""",
    },
}
