"""Interview Launchpad lessons in English (salary ranges are 2026 estimates)."""

LESSONS = [
    {
        "title": "A map of AI roles",
        "description": "What ML engineers, data scientists, MLOps engineers, AI product "
        "managers and others actually do, and how to shortlist the roles that fit you.",
        "body": [
            ("h2", "More than one way into AI"),
            (
                "p",
                "“Working in AI” covers very different jobs. Some people write code all day, "
                "some run experiments, some talk mostly with customers. Choosing a direction "
                "early makes everything that follows easier: what you learn, what you build "
                "for your portfolio and which openings you apply to.",
            ),
            ("h2", "The main roles at a glance"),
            (
                "ul",
                [
                    "<strong>Machine learning engineer</strong>: builds, trains and ships "
                    "models inside real products. Strong software skills matter most.",
                    "<strong>Data scientist</strong>: answers business questions with data, "
                    "statistics and models, and explains the results to decision makers.",
                    "<strong>MLOps or AI infrastructure engineer</strong>: keeps models "
                    "running reliably: pipelines, deployment, monitoring and cost. "
                    "Practitioners are in short supply.",
                    "<strong>AI product manager</strong>: decides what an AI product should "
                    "do and why, working between users, engineers and the business.",
                    "<strong>Prompt engineer or AI solutions specialist</strong>: designs how "
                    "language models are used in workflows; a role that is still evolving.",
                    "<strong>Research scientist</strong>: invents new methods; the most "
                    "competitive track, usually with a master's degree or PhD.",
                    "<strong>AI safety and ethics</strong>: either technical safety research or "
                    "policy and governance work.",
                ],
            ),
            (
                "p",
                "Salaries vary widely by country and seniority. As rough 2026 estimates, ML "
                "engineers in the UK earn about £60,000 to £130,000 and data scientists about "
                "£50,000 to £100,000, with US ranges noticeably higher. Treat any figure as a "
                "starting point for your own local research.",
            ),
            ("h2", "Four questions to narrow it down"),
            (
                "ul",
                [
                    "Do you love writing code for its own sake? If yes, look at ML engineering, "
                    "MLOps or LLM engineering; if not, product, prompt or policy roles.",
                    "Are you drawn to research and open-ended problems? Research science and "
                    "AI safety reward that.",
                    "Do you enjoy working with business stakeholders? Data science and AI "
                    "product management involve a lot of it.",
                    "What is your background? Software engineers often move to ML engineering "
                    "or MLOps, analysts to data science, product managers to AI product roles.",
                ],
            ),
            (
                "think",
                "Answer the four questions for yourself. Which two roles come up most often?",
                "Write them down: the next two lessons build your CV and portfolio around them.",
            ),
            (
                "fact",
                "Python and SQL appear in job adverts for almost every technical AI role, "
                "together with cloud basics and clear communication.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Which role focuses on keeping models running reliably in production?",
                [
                    "AI product manager",
                    "MLOps or AI infrastructure engineer",
                    "Research scientist",
                ],
                2,
                "MLOps engineers own deployment, pipelines and monitoring, so that models keep "
                "working after launch.",
            ),
            (
                "quiz",
                "A former data analyst who enjoys statistics and explaining results to "
                "managers is most likely to fit which role?",
                [
                    "Data scientist",
                    "MLOps engineer",
                    "Research scientist",
                ],
                1,
                "Data science builds directly on analysis skills and involves explaining "
                "findings to decision makers.",
            ),
        ],
    },
    {
        "title": "A CV for AI roles",
        "description": "Rewrite your CV around one target role: a clear headline, results "
        "with numbers, and the skills that role asks for.",
        "body": [
            ("h2", "One CV per target"),
            (
                "p",
                "Recruiters often spend well under a minute on a first read of a CV. A "
                "general-purpose CV that tries to fit every job rarely survives that. Write a "
                "version for each of the one or two roles you shortlisted, and let the first "
                "third of the page say clearly which role you are aiming for.",
            ),
            ("h2", "The parts that matter most"),
            (
                "ul",
                [
                    "<strong>Headline</strong>: the role you want and your strongest "
                    "evidence, e.g. “Data analyst moving into data science, Python and SQL, "
                    "two shipped forecasting projects”.",
                    "<strong>Results, not duties</strong>: “reduced weekly report time from "
                    "six hours to one by automating it in Python” beats “responsible for "
                    "reports”.",
                    "<strong>Relevant skills</strong>: list the tools the adverts mention that "
                    "you can genuinely discuss in an interview.",
                    "<strong>Projects</strong>: for career changers, one or two solid projects "
                    "with links can matter as much as job titles.",
                ],
            ),
            (
                "callout",
                "tip",
                "Mirror the advert honestly",
                "Many companies filter CVs automatically by keywords. Use the same words as "
                "the advert for skills you really have; never add ones you could not defend.",
            ),
            ("h2", "Turning duties into results"),
            (
                "p",
                "Take each bullet point and ask: what changed because of my work, and how "
                "could someone measure it? Time saved, errors reduced, users reached and "
                "money earned are all good measures. If you have no exact number, an honest "
                "estimate with “about” is better than none.",
            ),
            (
                "p",
                "Keep the layout plain: one column, clear headings, a common font and a PDF "
                "file. Fancy designs can confuse the automatic systems that read CVs before "
                "people do. Update your LinkedIn headline and summary to match, because "
                "recruiters often check both.",
            ),
            (
                "think",
                "Pick one bullet point from your current CV. How would you rewrite it as a "
                "result with a number?",
                "Start with a verb such as built, reduced, automated or improved.",
            ),
            (
                "fact",
                "Many large employers use applicant tracking systems that store and search "
                "CVs as text, which is why simple layouts are safer.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Which bullet point is strongest for a data science CV?",
                [
                    "Responsible for weekly sales reports",
                    "Automated weekly sales reports in Python, cutting the work from six hours "
                    "to one",
                    "Hard-working team player with passion for data",
                ],
                2,
                "It names a relevant skill and a measurable result. The others describe a duty "
                "or make claims without evidence.",
            ),
            (
                "quiz",
                "How should you use keywords from a job advert?",
                [
                    "Copy every keyword, whether or not you have the skill",
                    "Hide them in white text at the bottom of the page",
                    "Use the advert's words for skills you genuinely have",
                ],
                3,
                "Matching the advert's language helps automated filters and readers, but every "
                "claim must hold up in an interview.",
            ),
        ],
    },
    {
        "title": "A small portfolio and a weekly plan",
        "description": "Choose one portfolio project that proves you can do the target job, "
        "and turn your search into a realistic weekly routine.",
        "body": [
            ("h2", "Proof beats promises"),
            (
                "p",
                "A portfolio shows what you can do, which is especially valuable if your job "
                "titles do not say “AI” yet. One finished, well-explained project is worth "
                "more than five abandoned notebooks. Pick a project that resembles the daily "
                "work of your target role.",
            ),
            (
                "ul",
                [
                    "<strong>ML engineer</strong>: a small model served behind a simple web "
                    "API, with tests and a short README on how to run it.",
                    "<strong>Data scientist</strong>: an analysis of a public data set that "
                    "answers a real question and ends with a clear recommendation.",
                    "<strong>MLOps</strong>: a pipeline that retrains and redeploys a model "
                    "automatically, with basic monitoring.",
                    "<strong>AI product manager</strong>: a product brief for an AI feature, "
                    "with user research, risks and how success would be measured.",
                ],
            ),
            (
                "p",
                "Write the README for a busy reader: the problem, what you built, the result, "
                "and what you would do next. Mention limitations honestly; interviewers "
                "respect people who know where their work falls short.",
            ),
            ("h2", "A routine you can keep"),
            (
                "p",
                "Job searches are long, and motivation comes and goes. A steady weekly "
                "routine beats bursts of effort. A realistic plan for someone with a day job "
                "might look like this:",
            ),
            (
                "ul",
                [
                    "Two evenings on the portfolio project or on learning a missing skill.",
                    "One evening finding openings and sending three to five tailored applications.",
                    "One short session reaching out to people in roles you want, asking for "
                    "advice rather than for a job.",
                    "One session practising interview questions out loud.",
                ],
            ),
            (
                "callout",
                "info",
                "Referrals help",
                "Applications recommended by a current employee are often read sooner. "
                "Genuine conversations, meetups and open-source contributions are good ways to "
                "meet people who might refer you later.",
            ),
            (
                "think",
                "Which single portfolio project would convince a hiring manager for your "
                "first-choice role?",
                "Look at three job adverts for that role and find the task they all mention.",
            ),
            (
                "fact",
                "Contributing documentation or small fixes to open-source AI projects is a "
                "recognised way to build a public track record and meet practitioners.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "What makes a portfolio project most convincing?",
                [
                    "It is finished, clearly explained and close to the target job's work",
                    "It uses as many different tools as possible",
                    "It is kept private so nobody can copy it",
                ],
                1,
                "A finished project that resembles the real job, with a clear README, lets a "
                "reviewer picture you doing that job.",
            ),
            (
                "quiz",
                "Why does a steady weekly routine help a job search?",
                [
                    "Employers check how often you log in",
                    "Consistent effort adds up over a long search and is easier to sustain",
                    "It guarantees an offer within a month",
                ],
                2,
                "Searches often take months. Regular, sustainable effort keeps applications, "
                "learning and networking moving even when motivation dips.",
            ),
        ],
    },
]
