"""Machine learning without code."""

ARTICLE = {
    "slug": "machine-learning-without-code",
    "date": "2026-06-10",
    "tags": ["no-code", "machine-learning", "beginners"],
    "cover": ((249, 115, 22), (52, 211, 153)),
    "title": {
        "en": "Machine Learning Without Code: What You Can Do, and Where It Stops",
        "nl": "Machine learning zonder code: wat kan wel, en waar houdt het op",
        "ar": "تعلّم الآلة بلا برمجة: ما الذي يمكنك فعله وأين يتوقف",
    },
    "summary": {
        "en": "Spreadsheet add-ons, visual model builders and AutoML services let you train "
        "real models without programming. Here is how to use them well.",
        "nl": "Spreadsheet-uitbreidingen, visuele modelbouwers en AutoML-diensten laten je echte "
        "modellen trainen zonder te programmeren. Zo gebruik je ze goed.",
        "ar": "إضافات جداول البيانات وأدوات البناء المرئية وخدمات AutoML تتيح لك تدريب "
        "نماذج حقيقية دون برمجة. إليك كيف تستخدمها جيدًا.",
    },
    "body": {
        "en": """
You do not have to write code to build a useful machine learning model. A growing set of tools lets you upload a table, pick the column you want to predict and press a button. They are a great way to learn the ideas, and sometimes they are all a project needs.

## Three kinds of no-code tools

### Spreadsheet add-ons

Some spreadsheet tools can forecast a time series or fill in a missing column from examples. They are ideal for quick questions on small data.

### Visual model builders

Drag-and-drop tools let you train image, sound or pose classifiers from examples you record with your webcam or microphone. They are excellent for understanding how training data shapes a model.

### AutoML services

Cloud platforms offer automated machine learning: you provide a dataset, and the service tries many models and settings, then reports the best one with its accuracy.

## The ideas still matter

No-code tools hide the programming, not the thinking. You still have to decide what to predict, check that your data is representative, keep some data aside for testing and ask whether the accuracy is good enough for the decision at stake.

!warning Watch for leakage: If a column in your table would not be known at prediction time, such as "refund issued" when predicting which orders will be returned, the model will look brilliant in testing and fail in real life.

## Where no-code stops

- Unusual data formats or very large datasets.
- Custom evaluation, such as measuring fairness across groups.
- Tight integration with your own software.
- Full control over cost, privacy and where data is stored.

When you hit these limits, a little Python goes a long way, and everything you learned with no-code tools carries over.

> Tools change every year. The questions you ask of your data do not.
""",
    },
}
