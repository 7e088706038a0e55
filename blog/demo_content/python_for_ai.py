"""Python for AI (with code)."""

ARTICLE = {
    "slug": "python-for-ai",
    "date": "2026-05-06",
    "tags": ["python", "machine-learning", "beginners"],
    "cover": ((234, 179, 8), (59, 130, 246)),
    "title": {
        "en": "Python for AI: The Essentials in One Afternoon",
        "nl": "Python voor AI: de basis in één middag",
        "ar": "بايثون للذكاء الاصطناعي: الأساسيات في ظهيرة واحدة",
    },
    "summary": {
        "en": "The handful of Python features and libraries you really need to start with "
        "machine learning, with a complete first model in twenty lines.",
        "nl": "De handvol Python-onderdelen en bibliotheken die je echt nodig hebt om met machine "
        "learning te beginnen, met een compleet eerste model in twintig regels.",
        "ar": "القليل من خصائص بايثون ومكتباتها الذي تحتاجه فعلًا لتبدأ بتعلّم الآلة، مع "
        "نموذج أول كامل في عشرين سطرًا.",
    },
    "body": {
        "en": """
Python became the language of AI not because it is the fastest, but because it is readable and because the best libraries were written for it. The good news: you need only a small part of it to get started.

## The language features that matter

- **Variables and types**: numbers, strings, booleans.
- **Lists and dictionaries**: the two containers you will use constantly.
- **Loops and conditions**: `for`, `if`, `else`.
- **Functions**: naming a piece of work so you can reuse it.
- **Imports**: using code other people wrote.

That list covers most of what you will type in your first months.

## The libraries that matter

Table: The core Python toolkit for machine learning
| Library | What it does |
| NumPy | Fast arrays of numbers and the maths on them |
| pandas | Tables of data: loading, cleaning, filtering, summarising |
| Matplotlib | Charts for exploring data |
| scikit-learn | Classic machine learning models with one consistent interface |
| PyTorch | Neural networks and deep learning |

## Your first model in twenty lines

The example below loads a small built-in dataset of iris flowers, trains a model to recognise the species from four measurements and reports how often it is right on flowers it has never seen.

```python first_model.py
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# 150 flowers, 4 measurements each, 3 species
features, species = load_iris(return_X_y=True)

# Keep a quarter of the flowers aside to test on
train_x, test_x, train_y, test_y = train_test_split(
    features, species, test_size=0.25, random_state=42
)

model = RandomForestClassifier(n_estimators=100, random_state=42)
model.fit(train_x, train_y)

predictions = model.predict(test_x)
print(f"Accuracy on unseen flowers: {accuracy_score(test_y, predictions):.0%}")
```

### What just happened

You split the data so the test is fair, trained a random forest (many small decision trees voting together), and measured accuracy on data the model did not learn from. That pattern, split, fit, predict, evaluate, is the heart of almost every machine learning project.

!tip Set up once, learn forever: Install Python with a tool such as the official installer or a lightweight environment manager, and use a notebook environment for experiments. Keep one folder per project.

## Next steps

Load a CSV file of your own with pandas, plot two columns against each other, and try predicting one column from the others. When that feels easy, you are ready for neural networks.
""",
    },
}
