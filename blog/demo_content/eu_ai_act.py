"""The EU AI Act."""

ARTICLE = {
    "slug": "eu-ai-act-explained",
    "date": "2026-04-15",
    "tags": ["regulation", "responsible-ai", "ethics"],
    "cover": ((37, 99, 235), (250, 204, 21)),
    "title": {
        "en": "The EU AI Act, Explained for Non-Lawyers",
        "nl": "De Europese AI-verordening uitgelegd voor niet-juristen",
        "ar": "قانون الاتحاد الأوروبي للذكاء الاصطناعي بشرح لغير القانونيين",
    },
    "summary": {
        "en": "The risk-based logic of Europe's AI law: what is banned, what counts as high "
        "risk, what transparency means for chatbots, and what it means for learners.",
        "nl": "De risicogebaseerde logica van de Europese AI-wet: wat verboden is, wat hoog risico "
        "is, wat transparantie betekent voor chatbots en wat het voor lerenden betekent.",
        "ar": "منطق القانون الأوروبي القائم على المخاطر: ما المحظور، وما عالي المخاطر، وما "
        "تعنيه الشفافية لروبوتات المحادثة، وما يعنيه ذلك للمتعلمين.",
    },
    "body": {
        "en": """
The European Union's Artificial Intelligence Act is the first broad law that regulates AI systems according to the risk they pose. It applies to organisations that build or use AI in the EU, wherever they are based, and its obligations are being phased in over several years.

This article is a plain-language overview, not legal advice.

## The core idea: regulate by risk

Instead of treating all AI the same, the Act sorts uses into tiers. The higher the risk to people's safety and rights, the stricter the rules.

Table: The risk tiers in brief
| Tier | Examples | What it means |
| Unacceptable risk | Social scoring by public authorities, manipulative systems that exploit vulnerabilities | Banned |
| High risk | AI in hiring, education, credit, critical infrastructure, law enforcement | Strict requirements before and after launch |
| Limited risk | Chatbots, AI-generated images and audio | Transparency duties |
| Minimal risk | Spam filters, AI in video games | No new obligations |

## What "high risk" demands

Providers of high-risk systems must manage risks throughout the system's life, use good-quality data, keep technical documentation and logs, give users clear instructions, allow meaningful human oversight and meet standards of accuracy, robustness and cybersecurity.

## Transparency for everyday AI

People should know when they are talking to a chatbot rather than a person, and AI-generated or manipulated content such as deepfakes should be labelled.

## General-purpose models

Large general-purpose models, the kind behind many chatbots, have their own duties, including technical documentation and respecting copyright rules. The most capable models face extra obligations around evaluation and security.

!info Why learners should care: Understanding the Act is becoming a practical skill. Product managers, engineers and data scientists in Europe increasingly need to know which tier their work falls into.

> Good regulation does not ask whether a technology is clever. It asks who could be hurt and what we owe them.

## What to do next

If you build or buy AI systems, map each one to a tier, note what evidence you would need to show it is safe and fair, and watch for the official guidance that explains the details.
""",
    },
}
