"""Retrieval-augmented generation."""

ARTICLE = {
    "slug": "retrieval-augmented-generation-explained",
    "date": "2026-02-19",
    "tags": ["rag", "llm"],
    "cover": ((59, 130, 246), (16, 185, 129)),
    "title": {
        "en": "Retrieval-Augmented Generation (RAG), Explained Simply",
        "nl": "Retrieval-augmented generation (RAG) eenvoudig uitgelegd",
        "ar": "التوليد المعزَّز بالاسترجاع (RAG) بشرح مبسّط",
    },
    "summary": {
        "en": "How RAG lets a language model answer from your own documents, the steps of a "
        "typical pipeline, and the mistakes that make it give wrong answers.",
        "nl": "Hoe RAG een taalmodel laat antwoorden vanuit je eigen documenten, de stappen van "
        "een typische pijplijn en de fouten die tot verkeerde antwoorden leiden.",
        "ar": "كيف يتيح RAG لنموذج اللغة الإجابة من مستنداتك الخاصة، وخطوات المسار "
        "النموذجي، والأخطاء التي تقود إلى إجابات خاطئة.",
    },
    "body": {
        "en": """
A language model only knows what was in its training data, frozen at some date. It has never seen your company handbook, yesterday's prices or the notes from this morning's meeting. Retrieval-augmented generation, usually shortened to RAG, is the most common way to fix that without retraining the model.

## The idea in one sentence

Before the model answers, find the passages from your own documents that are most relevant to the question, and put them into the prompt so the model can answer from them.

## The steps of a RAG pipeline

### 1. Split the documents

Long documents are cut into chunks of a few hundred words. Chunks that are too small lose context; chunks that are too large dilute the relevant part.

### 2. Turn chunks into vectors

An embedding model converts each chunk into a list of numbers that captures its meaning. Texts about similar things end up close together, even when they use different words.

### 3. Search at question time

The user's question is embedded the same way, and the system retrieves the chunks whose vectors are nearest. Many systems combine this with ordinary keyword search, which is better at exact names and codes.

### 4. Generate the answer

The retrieved chunks are placed in the prompt with an instruction such as "Answer using only the sources below and cite them." The model then writes the answer.

!tip Always show sources: Let users see which passages the answer came from. It builds trust and makes mistakes easy to spot.

## Why RAG goes wrong

- **Bad retrieval**: if the right passage is not found, the model cannot use it and may guess instead.
- **Messy documents**: scanned PDFs, tables and duplicated versions confuse both search and model.
- **No evaluation**: without a set of test questions with known answers, you cannot tell whether a change made things better or worse.

## RAG or fine-tuning?

Use RAG when the knowledge changes often or must be traceable to a source. Consider fine-tuning when you need the model to adopt a style or a narrow skill. Many real systems use both.

> Most RAG problems are search problems wearing a language-model costume.
""",
    },
}
