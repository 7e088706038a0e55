"""AI interview questions."""

ARTICLE = {
    "slug": "ai-interview-questions",
    "date": "2026-09-02",
    "tags": ["ai-career", "jobs", "machine-learning", "career"],
    "cover": ((139, 92, 246), (239, 68, 68)),
    "title": {
        "en": "Twelve AI and Machine Learning Interview Questions, and How to Answer Them",
        "nl": "Twaalf sollicitatievragen over AI en machine learning, en hoe je ze beantwoordt",
        "ar": "اثنا عشر سؤالًا في مقابلات الذكاء الاصطناعي وتعلّم الآلة وكيف تجيب عنها",
    },
    "summary": {
        "en": "The questions that come up again and again in AI interviews, what the "
        "interviewer is really testing, and the shape of a strong answer.",
        "nl": "De vragen die steeds terugkomen in AI-sollicitaties, wat de interviewer echt "
        "toetst en hoe een sterk antwoord eruitziet.",
        "ar": "الأسئلة التي تتكرر في مقابلات الذكاء الاصطناعي، وما الذي يختبره المحاور "
        "فعلًا، وشكل الإجابة القوية.",
    },
    "body": {
        "en": """
Interviews for AI roles mix fundamentals, practical judgement and communication. The questions below come up again and again. For each one, the point is not a memorised definition but showing that you understand the trade-offs.

## Fundamentals

### 1. What is overfitting, and how do you prevent it?

The interviewer wants to hear that a model can memorise its training data and fail on new data. Mention held-out validation data, simpler models, regularisation, more data and early stopping.

### 2. Explain the bias-variance trade-off.

Too simple a model misses real patterns (high bias); too flexible a model chases noise (high variance). Good answers connect this to model choice and validation results.

### 3. How would you handle an imbalanced dataset?

Talk about choosing the right metric first (precision, recall, F1 rather than accuracy), then resampling, class weights and adjusting the decision threshold.

### 4. What is the difference between a parameter and a hyperparameter?

Parameters are learned from data; hyperparameters are chosen before training, such as learning rate or tree depth, and tuned with validation data.

## Practical judgement

### 5. A model performs well offline but badly in production. Why?

Data drift, differences between training and live data, leakage during training, or bugs in the feature pipeline. Describe how you would investigate.

### 6. How do you choose an evaluation metric?

Start from the cost of each kind of mistake for the business or the user, then pick a metric that reflects it.

### 7. When would you not use machine learning?

When simple rules work, when there is too little data, or when decisions must be fully explainable. Interviewers love candidates who can say "we do not need a model here".

## Language models and modern AI

### 8. What is a transformer, in two minutes?

Tokens, embeddings, attention, stacked layers, next-token prediction. Keep it clear and simple.

### 9. How would you reduce hallucinations in a chatbot?

Retrieval of trusted sources, instructions to cite them, evaluation sets with known answers and graceful refusals.

### 10. How do you evaluate a generative model?

Automated checks where possible, human review on a sample, and task-specific tests rather than one overall score.

## Communication and values

### 11. Tell us about a project that failed.

Choose a real one, explain what you learned and what you changed afterwards.

### 12. How would you explain your model to a non-technical manager?

Use an analogy, focus on what the model decides and how often it is wrong, and be honest about its limits.

!tip Practise out loud: Answer each question aloud in under two minutes. Record yourself once; the playback is uncomfortable and extremely useful.

> Interviewers remember clear thinking far longer than clever vocabulary.
""",
    },
}
