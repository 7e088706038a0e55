"""How transformers work."""

ARTICLE = {
    "slug": "how-transformers-work",
    "date": "2026-02-26",
    "tags": ["transformers", "deep-learning", "llm"],
    "cover": ((236, 72, 153), (139, 92, 246)),
    "title": {
        "en": "How Transformers Work: Attention Without the Equations",
        "nl": "Hoe transformers werken: attention zonder formules",
        "ar": "كيف تعمل نماذج المحوّلات: آلية الانتباه بلا معادلات",
    },
    "summary": {
        "en": "Tokens, embeddings, attention and next-word prediction: the architecture behind "
        "modern language models, explained with everyday analogies.",
        "nl": "Tokens, embeddings, attention en het voorspellen van het volgende woord: de "
        "architectuur achter moderne taalmodellen, uitgelegd met alledaagse vergelijkingen.",
        "ar": "الرموز والتضمينات والانتباه والتنبؤ بالكلمة التالية: البنية التي تقوم عليها "
        "نماذج اللغة الحديثة، بتشبيهات من الحياة اليومية.",
    },
    "body": {
        "en": """
Almost every large language model today is built on an architecture called the transformer, introduced by researchers in 2017. You can understand its main ideas without a single equation.

## Step 1: Text becomes tokens

A model does not read letters or whole words. It reads tokens: common words, pieces of words and punctuation. "Unbelievable" might become "un", "believ" and "able". Each token gets an ID number.

## Step 2: Tokens become vectors

Each token ID is turned into an embedding, a long list of numbers that represents its meaning. Because word order matters, information about each token's position is added too.

## Step 3: Attention lets words look at each other

This is the key idea. In the sentence "The trophy did not fit in the suitcase because it was too big", what does "it" refer to? To decide, the model lets every token look at every other token and weigh how relevant each one is. That weighing is called attention.

### Many heads, many questions

A transformer runs several attention "heads" in parallel. One might track which noun a pronoun refers to, another might follow grammatical agreement, another might link a question to its answer. Nobody programs these roles; they emerge during training.

## Step 4: Layers build understanding

Attention is followed by a small neural network that processes each token, and this pair is stacked dozens of times. Early layers capture simple patterns; later layers capture meaning, style and reasoning steps.

## Step 5: Predict the next token

A language model is trained on one simple task: given the text so far, predict the next token. Generation is that prediction repeated: pick a likely token, add it, predict again. Settings such as temperature control how adventurous the choices are.

!info Why transformers won: Earlier models read text one word at a time. Transformers look at all tokens at once, which suits modern hardware and lets them learn from enormous amounts of text.

## What this means for you

Knowing that a model predicts likely continuations explains a lot: why it writes fluently, why it can invent convincing but false details, and why clear context in a prompt helps so much.

> A language model is a very well-read autocomplete. That is both less and more than it sounds.
""",
    },
}
