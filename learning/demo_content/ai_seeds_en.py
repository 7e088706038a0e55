"""AI Seeds lessons in English (the source every translation follows)."""

LESSONS = [
    {
        "title": "What is artificial intelligence?",
        "description": "A plain-language definition of AI, with examples you already use "
        "every day and the difference between narrow and general AI.",
        "body": [
            ("h2", "A short definition"),
            (
                "p",
                "Artificial intelligence, or AI, is the name we give to computer systems that "
                "do tasks which used to need human judgement: recognising a face in a photo, "
                "understanding a spoken question, suggesting the next word of a message or "
                "spotting an unusual payment on a bank card.",
            ),
            (
                "p",
                "Most ordinary software follows rules that a programmer wrote down one by one. "
                "An AI system is different in one important way: instead of being told every "
                "rule, it <strong>learns patterns from examples</strong>. Show a system "
                "thousands of photos labelled “cat” or “dog” and it gradually works out, by "
                "itself, which shapes and textures tend to go with each label.",
            ),
            (
                "illustration",
                "📷 → 🧠 → 🏷️",
                "A photo goes into a model, which answers with a label.",
                "An AI model turns an input into a prediction it learned from examples.",
            ),
            ("h2", "AI you already use"),
            (
                "p",
                "You have probably used AI several times today without noticing. A few "
                "everyday examples:",
            ),
            (
                "ul",
                [
                    "Your phone unlocking when it recognises your face.",
                    "A map app predicting how long your journey will take in traffic.",
                    "A streaming service suggesting the next series to watch.",
                    "Your email moving a suspicious message into the spam folder.",
                    "Automatic subtitles appearing under a video.",
                ],
            ),
            (
                "think",
                "Open the apps you used yesterday in your mind. Which of them made a guess "
                "about you, your words or your photos?",
                "Look for anything that recommends, predicts, translates, filters or "
                "recognises. Each of those is a small AI at work.",
            ),
            ("h2", "Narrow AI and general AI"),
            (
                "p",
                "Every AI system in use today is <strong>narrow</strong>: it is good at one "
                "kind of task and helpless outside it. The system that recognises faces "
                "cannot plan a holiday, and a chess program cannot drive a car. Even chatbots "
                "that seem to talk about anything are, underneath, doing one narrow task: "
                "predicting likely text.",
            ),
            (
                "p",
                "<strong>General AI</strong>, a machine that could learn and reason about any "
                "problem the way a person can, does not exist. Researchers disagree about "
                "whether and when it might arrive, so be careful with headlines that speak "
                "about it as if it were already here.",
            ),
            (
                "fact",
                "The term “artificial intelligence” was coined in 1955 for a summer research "
                "workshop held at Dartmouth College in the United States in 1956.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Which of these is an example of AI?",
                [
                    "A pocket calculator adding two numbers",
                    "A photo app that groups pictures by the people in them",
                    "A light that switches on at 7 pm every evening",
                ],
                2,
                "Grouping photos by face means recognising patterns the app learned from "
                "many examples. The calculator and the timer only follow fixed rules.",
            ),
            (
                "quiz",
                "What does it mean that today's AI is “narrow”?",
                [
                    "It only works on small screens",
                    "It can think about anything, but slowly",
                    "Each system is good at one kind of task and not beyond it",
                ],
                3,
                "Narrow AI is skilled within one task, such as recognising speech, and has no "
                "understanding outside it. No system today has general, human-like ability.",
            ),
        ],
    },
    {
        "title": "How machines learn from examples",
        "description": "Rules versus learning: training data, models and predictions, "
        "explained with a spam filter.",
        "body": [
            ("h2", "Two ways to teach a computer"),
            (
                "p",
                "Imagine you want a computer to sort incoming email into “spam” and “not "
                "spam”. The traditional way is to write rules: if the subject contains “you "
                "have won”, it is spam. This works for a while, but spammers change their "
                "wording, and soon you are writing hundreds of rules that still miss things.",
            ),
            (
                "p",
                "Machine learning takes another route. You collect many emails that people "
                "have already marked as spam or not spam. This collection is called the "
                "<strong>training data</strong>. A learning algorithm studies it and builds a "
                "<strong>model</strong>: a compact mathematical summary of the patterns that "
                "separate the two groups.",
            ),
            (
                "illustration",
                "📨📨📨 → ⚙️ → 📦",
                "Many labelled emails go into a learning algorithm, which produces a model.",
                "Training: examples in, model out.",
            ),
            ("h2", "Training and prediction"),
            (
                "p",
                "Learning happens in two phases. During <strong>training</strong> the model "
                "makes guesses about the examples, compares them with the correct labels and "
                "adjusts itself a tiny bit after every mistake. After many rounds its guesses "
                "become good. Then comes <strong>prediction</strong> (also called inference): "
                "the finished model receives a new email it has never seen and says how likely "
                "it is to be spam.",
            ),
            (
                "p",
                "Notice that nobody wrote the rule “links to unknown websites are suspicious”. "
                "The model may discover something like it by itself, because the pattern "
                "appears again and again in the examples.",
            ),
            (
                "callout",
                "tip",
                "Remember the recipe",
                "Examples + a learning algorithm = a model. A model + new input = a prediction.",
            ),
            ("h2", "Why examples matter so much"),
            (
                "p",
                "A model can only learn what its examples show. If every spam email in the "
                "training data is in English, the filter may let Dutch spam straight through. "
                "If the examples are mislabelled, the model learns the mistakes faithfully. "
                "This is why people who build AI spend much of their time collecting, "
                "cleaning and checking data, a topic we explore in the next lesson.",
            ),
            (
                "think",
                "A friend trains a model to recognise ripe bananas using photos taken only in "
                "bright sunlight. What might go wrong in a dim kitchen?",
                "The model never saw bananas in poor light, so colours look different from "
                "everything it learned.",
            ),
            (
                "fact",
                "Many spam filters keep learning after they are launched: each time you mark "
                "a message as spam, you add a new labelled example.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "What is training data?",
                [
                    "The examples a model learns from",
                    "The rules a programmer types in by hand",
                    "The answers the model gives to new questions",
                ],
                1,
                "Training data is the collection of examples, often with correct labels, that "
                "the learning algorithm studies to build the model.",
            ),
            (
                "quiz",
                "A trained spam filter receives a brand-new email. What is it doing?",
                [
                    "Training",
                    "Making a prediction",
                    "Writing new rules for the programmer",
                ],
                2,
                "Using a finished model on new input is called prediction or inference. "
                "Training is the earlier phase where the model learned from examples.",
            ),
        ],
    },
    {
        "title": "Data: the fuel of AI",
        "description": "What data is, why labels matter, and how gaps and bias in data become "
        "mistakes in AI.",
        "body": [
            ("h2", "Everything starts with data"),
            (
                "p",
                "Data is recorded information: numbers in a spreadsheet, photos, sound "
                "recordings, sentences, clicks on a website, readings from a thermometer. "
                "For AI, data plays the role that experience plays for people. A model knows "
                "nothing about the world except what its data lets it see.",
            ),
            (
                "p",
                "Data is often <strong>labelled</strong>, meaning each example comes with the "
                "answer we want the model to learn: this photo shows a cat, this review is "
                "positive, this house sold for this price. Labels are usually added by people, "
                "which makes them slow and expensive to produce, and sometimes wrong.",
            ),
            (
                "illustration",
                "🖼️ + 🏷️ = ✅",
                "A picture plus its label makes one training example.",
                "A labelled example: the input and the answer we want.",
            ),
            ("h2", "Garbage in, garbage out"),
            (
                "p",
                "Computer scientists have an old saying: garbage in, garbage out. A model "
                "trained on messy, outdated or wrongly labelled data will make messy, "
                "outdated or wrong predictions, and it will do so with confidence. Good data "
                "is:",
            ),
            (
                "ul",
                [
                    "<strong>Relevant</strong>: it matches the task the model will face.",
                    "<strong>Accurate</strong>: labels and values are correct.",
                    "<strong>Varied</strong>: it covers the different situations and people "
                    "the model will meet.",
                    "<strong>Recent enough</strong>: the world it describes still exists.",
                ],
            ),
            ("h2", "When data is unbalanced"),
            (
                "p",
                "Suppose a company trains a model to sort job applications using its own "
                "hiring history. If that history favoured one group of people, the model "
                "learns to favour them too, even if nobody intended it. This is called "
                "<strong>bias</strong>. It is not the computer being unfair on purpose; it is "
                "the model copying a pattern that was hidden in the data.",
            ),
            (
                "callout",
                "warning",
                "Missing people, missing accuracy",
                "Speech recognisers trained mostly on a few accents tend to make more mistakes "
                "with other accents. Whoever is missing from the data is served worse.",
            ),
            (
                "think",
                "If you built an app that recognises plants, what kinds of photos would you "
                "need so that it works for everyone?",
                "Think about seasons, light, phone cameras, countries, and plants at "
                "different ages.",
            ),
            (
                "fact",
                "The ImageNet collection, which helped spark modern image recognition, holds "
                "more than fourteen million images labelled by people.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "What is a label in a training example?",
                [
                    "The file name of the example",
                    "The answer we want the model to learn for that example",
                    "A warning that the data is private",
                ],
                2,
                "A label is the correct answer attached to an example, such as “cat” for a "
                "photo of a cat. The model learns to produce such answers for new inputs.",
            ),
            (
                "quiz",
                "A model trained on one group's data works badly for another group. What is "
                "the most likely cause?",
                [
                    "The computer is too slow",
                    "The second group uses the app wrongly",
                    "The training data did not represent the second group well",
                ],
                3,
                "A model only learns from what it sees. When a group is missing or rare in the "
                "training data, the model's predictions for that group are usually worse.",
            ),
        ],
    },
    {
        "title": "Neural networks without the maths",
        "description": "Neurons, layers and weights explained with a simple picture, and why "
        "“deep” learning is called deep.",
        "body": [
            ("h2", "Tiny calculators, working together"),
            (
                "p",
                "Many of today's most capable AI systems are built from <strong>neural "
                "networks</strong>. The name comes from a loose comparison with the brain, but "
                "an artificial neuron is much simpler than a real one. It is a tiny "
                "calculator: it takes a few numbers in, gives each one an importance called a "
                "<strong>weight</strong>, adds everything up, and passes a single number on.",
            ),
            (
                "p",
                "One neuron on its own can do very little. The power comes from connecting "
                "thousands or millions of them in <strong>layers</strong>. The first layer "
                "receives the raw input, such as the brightness of each pixel in a photo. "
                "Middle layers, often called hidden layers, combine those numbers into more "
                "useful signals. The last layer gives the answer.",
            ),
            (
                "illustration",
                "🔢 → ⚪⚪⚪ → ⚪⚪ → 🏷️",
                "Numbers flow from an input layer through hidden layers to an output label.",
                "Input layer, hidden layers, output layer.",
            ),
            ("h2", "From edges to faces"),
            (
                "p",
                "In an image network, researchers have observed that early layers tend to "
                "respond to simple things such as edges and patches of colour. Later layers "
                "respond to combinations of those, like eyes or wheels, and the last layers "
                "to whole objects. Nobody programs these stages by hand; they emerge during "
                "training.",
            ),
            (
                "p",
                "A network with many hidden layers is called <strong>deep</strong>, which is "
                "where the term <em>deep learning</em> comes from.",
            ),
            ("h2", "How a network learns"),
            (
                "p",
                "At first the weights are random, so the network's answers are nonsense. "
                "During training it looks at an example, measures how far its answer is from "
                "the correct label, and then nudges every weight slightly in the direction "
                "that would have reduced the error. Repeat this millions of times and the "
                "weights settle into values that work. The method for working out those "
                "nudges is called <strong>backpropagation</strong>.",
            ),
            (
                "callout",
                "info",
                "Learning means adjusting weights",
                "Everything a neural network “knows” is stored in its weights. Training is "
                "simply the search for good weight values.",
            ),
            (
                "think",
                "Why might a network with millions of weights need a very large number of "
                "training examples?",
                "Each example only nudges the weights a little, and there are many weights "
                "to get right.",
            ),
            (
                "fact",
                "The idea of an artificial neuron dates back to 1943, long before computers "
                "were powerful enough to train large networks.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "What does a single artificial neuron do?",
                [
                    "It weighs its input numbers, adds them up and passes a number on",
                    "It stores one complete photo",
                    "It understands a whole sentence on its own",
                ],
                1,
                "An artificial neuron is a small calculation: weighted inputs are summed and "
                "turned into one output number for the next layer.",
            ),
            (
                "quiz",
                "What changes inside a neural network while it is being trained?",
                [
                    "The number of layers grows every day",
                    "Its weights are adjusted to reduce mistakes",
                    "The training examples are rewritten",
                ],
                2,
                "Training nudges the weights, again and again, so that the network's answers "
                "move closer to the correct labels.",
            ),
        ],
    },
    {
        "title": "Generative AI and chatbots",
        "description": "How chatbots produce text by predicting the next word, what they do "
        "well, and why they sometimes make things up.",
        "body": [
            ("h2", "Models that create"),
            (
                "p",
                "The AI in earlier lessons mostly sorted or labelled things. "
                "<strong>Generative AI</strong> produces something new: a paragraph, an "
                "image, a melody or a piece of code. Chatbots are the best-known example. "
                "They are powered by <strong>large language models</strong> (LLMs), neural "
                "networks trained on enormous amounts of text.",
            ),
            ("h2", "One word at a time"),
            (
                "p",
                "At heart, a language model does one thing: given some text, it predicts what "
                "is likely to come next. Strictly it works with <strong>tokens</strong>, which "
                "are whole words or pieces of words. To write an answer, it predicts a token, "
                "adds it to the text, and predicts again, over and over, until the reply is "
                "complete.",
            ),
            (
                "illustration",
                "“The sky is” → 🤖 → “blue”",
                "A model reads the start of a sentence and predicts the next word.",
                "Text generation is repeated next-word prediction.",
            ),
            (
                "p",
                "Because the model has seen so much human writing, its predictions can be "
                "remarkably fluent. It can summarise a long article, suggest a friendlier "
                "wording for an email, explain an idea at different levels, or translate "
                "between languages.",
            ),
            ("h2", "Fluent is not the same as true"),
            (
                "p",
                "A language model aims for text that sounds likely, not for text that has been "
                "checked. Sometimes it produces confident statements that are simply wrong, "
                "such as a book that does not exist or a date that is off by years. These "
                "errors are often called <strong>hallucinations</strong>. A chatbot may also "
                "know nothing about events after its training data was collected, unless it "
                "is connected to a search tool.",
            ),
            (
                "callout",
                "tip",
                "Ask well, then check",
                "Say who the answer is for, give context and an example of what you want. For "
                "anything important, such as health, money or law, check the answer against a "
                "reliable source.",
            ),
            (
                "think",
                "Ask yourself: when would a wrong but confident answer from a chatbot be "
                "harmless, and when could it cause real trouble?",
                "Compare brainstorming names for a pet with checking the dose of a medicine.",
            ),
            (
                "fact",
                "Image generators work differently from chatbots: many of them start from "
                "random noise and remove it step by step until a picture appears.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "What does a large language model do when it writes a reply?",
                [
                    "It looks the answer up in one fixed database of facts",
                    "It repeatedly predicts the next likely piece of text",
                    "It copies a reply written in advance by a person",
                ],
                2,
                "A language model generates a reply one token at a time, each time predicting "
                "what is most likely to follow the text so far.",
            ),
            (
                "quiz",
                "A chatbot gives you a book title and author as a source. What is the wise "
                "next step?",
                [
                    "Check that the book really exists before relying on it",
                    "Trust it, because chatbots cannot make mistakes",
                    "Ask the chatbot whether it is sure and accept its answer",
                ],
                1,
                "Chatbots can invent convincing sources. Checking in a library catalogue or a "
                "search engine is the only way to be sure.",
            ),
        ],
    },
    {
        "title": "Using AI wisely and fairly",
        "description": "Privacy, fairness, human oversight and a simple checklist for using AI "
        "tools well, plus where to go next.",
        "body": [
            ("h2", "A powerful tool needs good habits"),
            (
                "p",
                "You now know that AI learns patterns from data, that it can be very useful, "
                "and that it can be wrong in ways that look convincing. This last lesson turns "
                "that knowledge into habits you can use every day, whether you are chatting "
                "with an assistant or reading about a new AI product in the news.",
            ),
            ("h2", "Protect your privacy"),
            (
                "p",
                "What you type into an online AI tool is usually sent to the company that "
                "runs it, and it may be stored or used to improve their models. Read the "
                "settings and the privacy policy, and as a rule do not paste in passwords, "
                "medical details, other people's personal information or confidential work "
                "documents.",
            ),
            ("h2", "Look for fairness"),
            (
                "p",
                "As you saw in the lesson about data, a model can treat groups of people "
                "differently because of patterns in its training data. When AI helps decide "
                "who gets a loan, a job interview or extra checks at a border, those "
                "differences affect lives. Fair systems are tested on many groups, explained "
                "openly, and can be challenged by the people they affect.",
            ),
            ("h2", "Keep a human in the loop"),
            (
                "p",
                "AI works best as an assistant, not as the final judge. Important decisions "
                "should be reviewed by a person who understands the situation and can take "
                "responsibility. Many countries are writing laws for this; the European "
                "Union's AI Act, for example, sets stricter duties for AI used in high-risk "
                "areas.",
            ),
            (
                "callout",
                "tip",
                "A four-question checklist",
                "Before relying on an AI answer, ask: Where could this be wrong? Who could be "
                "harmed if it is? What personal data am I sharing? Who checks the result?",
            ),
            (
                "think",
                "Think of one task in your life where you would happily let AI help, and one "
                "where you would not. What makes them different?",
                "Consider how bad a mistake would be, and whether you could spot it.",
            ),
            ("h2", "Where to go next"),
            (
                "p",
                "Congratulations on reaching the end of AI Seeds! You can explain what AI is, "
                "how it learns, why data matters, how chatbots work and how to use them "
                "responsibly. When you are ready, AI Sprouts builds on these ideas with more "
                "hands-on activities.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Which of these is safest to paste into a public AI chatbot?",
                [
                    "Your bank password, so it can check its strength",
                    "A colleague's medical report",
                    "A paragraph of your own holiday blog you want to shorten",
                ],
                3,
                "Your own non-sensitive text is fine to share. Passwords and other people's "
                "private information should never go into an online tool.",
            ),
            (
                "quiz",
                "An AI system helps decide who gets a loan. What makes its use more responsible?",
                [
                    "Nobody is told that AI is involved",
                    "People review its decisions and applicants can challenge them",
                    "It is never tested, to save time",
                ],
                2,
                "Human review, openness and the right to challenge a decision are key "
                "safeguards when AI affects people's lives.",
            ),
        ],
    },
]
