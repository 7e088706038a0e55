"""The seed article: AI career paths in 2026 (written afresh from the site's facts)."""

ARTICLE = {
    "slug": "ai-career-paths-2026",
    "date": "2026-03-11",
    "tags": ["ai-career", "machine-learning", "jobs", "data-science", "career"],
    "cover": ((79, 70, 229), (14, 165, 233)),
    "title": {
        "en": "AI Career Paths in 2026: Which Role Is Right for You?",
        "nl": "Loopbanen in AI in 2026: welke rol past bij jou?",
        "ar": "المسارات المهنية في الذكاء الاصطناعي في 2026: أي دور يناسبك؟",
    },
    "summary": {
        "en": "Ten AI roles compared: what each one does day to day, the skills it asks for, "
        "what it pays in the UK and the US, and four questions to find the path that fits you.",
        "nl": "Tien AI-rollen naast elkaar: wat je er dagelijks doet, welke vaardigheden ze vragen, "
        "wat ze opleveren en vier vragen om het pad te vinden dat bij je past.",
        "ar": "مقارنة بين عشرة أدوار في الذكاء الاصطناعي: ما تفعله يوميًا، والمهارات المطلوبة، "
        "والرواتب، وأربعة أسئلة تساعدك على اختيار المسار المناسب لك.",
    },
    "body": {
        "en": """
"Working in AI" sounds like one job. It is really a family of quite different jobs that happen to share a vocabulary. Some people in that family spend their days writing production code, some read research papers before breakfast, and some never open a code editor at all but spend hours with customers, lawyers or product teams. Picking the right one matters more than picking the most famous one.

This guide walks through the roles that employers hire for in 2026, what the work actually looks like, what it pays and who tends to thrive in it. At the end you will find four questions that point you towards a short list.

## The ten tracks at a glance

Job titles vary between companies, but most openings fall into one of ten tracks:

- Machine Learning Engineer
- Data Scientist
- AI/ML Research Scientist
- MLOps / AI Infrastructure Engineer
- AI Product Manager
- Prompt Engineer / AI Solutions Specialist
- AI Safety & Ethics Researcher
- Data Engineer
- Computer Vision Engineer
- NLP / LLM Engineer

The last three are specialisations that overlap heavily with the first two, so this article looks closely at the first seven and mentions the others where they fit.

Table: Typical salary ranges in 2026 (estimates; ranges vary widely by city, company and seniority)
| Role | United Kingdom | United States |
| Machine Learning Engineer | £60,000–£130,000 | $120,000–$250,000+ |
| Data Scientist | £50,000–£100,000 | $100,000–$200,000 |
| AI/ML Research Scientist | £80,000–£200,000+ (frontier labs) | $150,000–$500,000+ |
| MLOps / AI Infrastructure Engineer | £70,000–£140,000 | $130,000–$250,000 |
| AI Product Manager | £70,000–£150,000 | $140,000–$280,000 |
| Prompt Engineer / AI Solutions Specialist | £50,000–£100,000 | $90,000–$180,000 |
| AI Safety & Ethics | £40,000–£100,000 (policy and ethics) | $150,000–$400,000+ (technical safety at labs) |

!info Read the numbers with care: Salary figures are rough 2026 estimates gathered from public postings. They are a guide to the relative shape of the market, not a promise. Remote roles, start-ups paying in equity and public-sector jobs can sit far outside these ranges.

## Machine Learning Engineer

### What the role is

A machine learning engineer turns models into software that real people rely on. Where a prototype in a notebook proves that an idea can work, the ML engineer makes it work every day: fast enough, cheap enough and safely enough to run in a product.

### A normal week

Expect to write Python for training pipelines, wrap models behind APIs, profile slow inference, add monitoring and argue politely about evaluation metrics. A surprising share of the job is ordinary software engineering: tests, code review, deployment and fixing things that break at three in the morning.

### Skills and pay

You need solid programming, a working grasp of how models learn, comfort with at least one framework such as PyTorch, and enough cloud knowledge to deploy what you build. In the UK the role typically pays £60,000 to £130,000; in the US $120,000 to $250,000 and beyond; hubs such as Berlin, Toronto and Singapore sit at roughly €70,000 to €160,000.

### Who it suits

People who enjoy building things that ship and who get satisfaction from a system that quietly keeps working.

## Data Scientist

### What the role is

A data scientist answers questions with data. Which customers are likely to leave? Did the new onboarding flow actually help? Which of these twenty signals predicts a late delivery? Models are one tool among many; a clear chart and an honest conclusion are often worth more.

### A normal week

Cleaning data, exploring it, running experiments, building and validating models, and then explaining the results to people who will make decisions with them. Good data scientists spend real time on the explaining part.

### Skills and pay

Statistics, SQL, Python, experiment design and clear communication. Expect about £50,000 to £100,000 in the UK and $100,000 to $200,000 in the US.

### How it differs from ML engineering

The two roles overlap, and in small companies one person often does both. As a rule of thumb, the data scientist asks "what is true and what should we do about it?", while the ML engineer asks "how do we run this model reliably for millions of requests?"

## AI/ML Research Scientist

### What the role is

Research scientists push the boundary of what models can do. They invent new architectures, training methods and evaluation techniques, and they publish or ship the results.

### Skills and pay

Deep mathematics, strong experimental discipline and a track record of original work. Most positions ask for a master's degree or, more often, a PhD. This is the most competitive track on the list, and the pay reflects it: £80,000 to £200,000+ in the UK at frontier labs, and $150,000 to $500,000+ in the US.

### Who it suits

People who are happy to spend months on a problem that may not work out, and who find open questions more exciting than finished products.

> The best research question is one you cannot stop thinking about on the train home.

## MLOps / AI Infrastructure Engineer

### What the role is

MLOps engineers build the roads that models travel on: training clusters, feature stores, model registries, deployment pipelines, monitoring and cost control. Without them, every team reinvents the same fragile scripts.

### Skills, pay and outlook

Cloud platforms, containers, orchestration, observability and a good understanding of how training and inference behave under load. Pay runs from about £70,000 to £140,000 in the UK and $130,000 to $250,000 in the US. The outlook is excellent: companies are deploying more models than ever and there are not nearly enough people who know how to run them well.

### Who it suits

Software or DevOps engineers who like infrastructure, automation and making other teams faster.

## AI Product Manager

### What the role is

An AI product manager decides what to build and why. They sit between users, engineers, designers and the business, and they carry the extra burden of products whose behaviour is probabilistic: what happens when the model is wrong, and how do we tell users?

### Skills and pay

Product sense, comfort with data, enough technical understanding to judge what is feasible, and excellent communication. Roughly £70,000 to £150,000 in the UK and $140,000 to $280,000 in the US.

### Who it suits

People who like working with stakeholders, making trade-offs and turning messy needs into clear priorities.

## Prompt Engineer / AI Solutions Specialist

### What the role is

These specialists design the instructions, examples, retrieval set-ups and evaluation sets that make large language models useful for a specific job, and they help customers or internal teams adopt them.

### Skills and pay

Clear writing, structured thinking, patience with testing, domain knowledge and, increasingly, some scripting. Around £50,000 to £100,000 in the UK and $90,000 to $180,000 in the US.

### A note on a moving target

The role is still evolving. As models get better at following plain instructions, pure prompt writing matters less and the work shifts towards evaluation, integration and solution design. Treat it as a doorway rather than a destination.

## AI Safety & Ethics Researcher

AI safety has two distinct tracks. The **technical track** studies how to make models robust, honest and controllable, using interpretability, red-teaming and alignment research; at major labs it pays $150,000 to $400,000+. The **policy track** works on governance, audits, standards and law, and typically pays £40,000 to £100,000 in the UK. Both need rigorous thinking and the ability to explain risks without drama.

## Data, vision and language specialists

Three more tracks deserve a mention. **Data engineers** build the pipelines that collect, clean and deliver data; no model is better than the data it receives, so these roles are in steady demand and suit people who like robust systems more than statistics. **Computer vision engineers** specialise in images and video, from medical scans to warehouse robots, and need strong deep learning skills plus patience with messy real-world cameras. **NLP and LLM engineers** build products on top of language models: retrieval systems, assistants, evaluation harnesses and fine-tuned models. This last group has grown fastest of all in recent years, and it often recruits ML engineers and software engineers who have spent a year going deep on language models.

## Four questions to find your path

Answer honestly; there are no wrong answers.

### 1. Do you love writing code for its own sake?

If yes, look at ML engineering, MLOps and NLP/LLM engineering. If not, AI product management, prompt engineering and solutions work, or the policy side of ethics and safety will probably suit you better.

### 2. Are you drawn to research and open-ended problems?

If yes, research science and AI safety are worth a serious look. If you prefer clear goals and visible results, ML engineering, data science and MLOps are better bets.

### 3. Do you enjoy working with business stakeholders?

If yes, consider data science, AI product management or a solutions role. If you would rather go deep with few meetings, research, MLOps and core ML engineering give you more quiet time.

### 4. What is your current background?

- Software engineer: ML engineering or MLOps is the shortest jump.
- Data analyst: data science builds directly on what you already do.
- Product manager: AI product management adds AI literacy to skills you have.
- Writer or communications professional: prompt engineering and AI solutions reward clear language.
- Academic: research science or AI safety uses your research training.

## Skills that pay off on every path

Whatever you choose, a few skills keep coming back: Python, SQL, the fundamentals of machine learning, the basics of at least one cloud platform (AWS, GCP or Azure), clear communication, and the habit of learning continuously. The field changes every year; the people who do well are the ones who enjoy catching up.

!tip Start small, but start: Pick one role from this list, find three real job adverts for it, and write down the skills that appear in all three. That list is your first study plan.

## Where to go from here

You do not need to decide your whole career today. Start with the foundations, build two or three small projects you can show, and let your interests guide the next step. The free programs on this site are designed exactly for that first stretch of the road.
""",
    },
}
