"""AI Sketch lessons in English."""

LESSONS = [
    {
        "title": "The anatomy of a good prompt",
        "description": "Role, task, context, examples and format: the five parts that turn a "
        "vague request into a prompt with consistent results.",
        "body": [
            ("h2", "Why prompts matter"),
            (
                "p",
                "A language model answers the text you give it, nothing more. When a request "
                "is vague, the model fills the gaps with the most generic guess, and you get a "
                "generic answer. Writing a clear prompt is the cheapest way to get better "
                "results, and it is a skill you can practise like any other.",
            ),
            ("h2", "Five building blocks"),
            (
                "p",
                "Most strong prompts combine some of these parts. You rarely need all five, "
                "but checking the list makes weak prompts easy to spot:",
            ),
            (
                "ul",
                [
                    "<strong>Role</strong>: who the model should act as, e.g. “You are a "
                    "patient Python tutor”.",
                    "<strong>Task</strong>: one clear instruction with an action verb: "
                    "explain, rewrite, list, compare.",
                    "<strong>Context</strong>: what the model cannot know: your audience, your "
                    "constraints, the code or text involved.",
                    "<strong>Examples</strong>: one or two samples of the output you want. "
                    "This is called few-shot prompting.",
                    "<strong>Format</strong>: the shape of the answer: a table, three bullet "
                    "points, valid JSON, under 100 words.",
                ],
            ),
            ("h2", "Before and after"),
            (
                "p",
                "Here is a weak prompt and a stronger version of the same request. Notice how "
                "the second one leaves much less to guess.",
            ),
            (
                "code",
                "text",
                "Weak:\n"
                "  Explain recursion.\n"
                "\n"
                "Stronger:\n"
                "  You are a patient programming tutor.\n"
                "  Explain recursion to a beginner who knows Python loops but not functions\n"
                "  that call themselves. Use one short Python example about counting down,\n"
                "  then list two common mistakes. Keep it under 200 words.",
                "Two prompts for the same task",
            ),
            (
                "callout",
                "tip",
                "Iterate, do not restart",
                "If the first answer misses, say what to change: “shorter”, “use a table”, "
                "“assume the reader is a designer”. Small corrections often beat a brand-new "
                "prompt.",
            ),
            ("h2", "Consistency"),
            (
                "p",
                "Models are partly random, so the same prompt can give slightly different "
                "answers. When you need the same structure every time, for example to paste "
                "results into a spreadsheet, ask for a strict format and show an example. "
                "Save prompts that work well in a file so you and your team can reuse them.",
            ),
            (
                "think",
                "Take a request you typed into a chatbot recently. Which of the five building "
                "blocks was missing?",
                "Context and format are the two most often forgotten.",
            ),
            (
                "fact",
                "Giving a model a few worked examples inside the prompt was one of the "
                "surprising findings of early large language model research: the model adapts "
                "without any retraining.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Which addition usually helps most when a model's answer is too generic?",
                [
                    "Adding context about your audience and constraints",
                    "Writing the prompt in capital letters",
                    "Repeating the same sentence three times",
                ],
                1,
                "The model cannot know your situation unless you describe it. Context narrows "
                "its guesses towards what you actually need.",
            ),
            (
                "quiz",
                "What is few-shot prompting?",
                [
                    "Sending the prompt several times and picking the best answer",
                    "Including a few examples of the desired output in the prompt",
                    "Limiting the answer to a few words",
                ],
                2,
                "Few-shot prompting means showing examples inside the prompt, so the model can "
                "copy their pattern, tone and format.",
            ),
        ],
    },
    {
        "title": "Pair programming with an AI assistant",
        "description": "Use an assistant to explain unfamiliar code, draft small functions and "
        "write tests, and learn to review what it gives you.",
        "body": [
            ("h2", "An assistant, not an autopilot"),
            (
                "p",
                "AI coding assistants can explain code, suggest the next lines, draft whole "
                "functions and propose tests. Used well, they feel like a tireless pair "
                "programmer. Used carelessly, they produce code that looks right, runs once "
                "and hides bugs. The habit to build is simple: <strong>you stay the "
                "author</strong>. The assistant drafts; you read, test and decide.",
            ),
            ("h2", "Three good first uses"),
            (
                "ul",
                [
                    "<strong>Explain</strong>: paste a confusing function and ask what it does "
                    "line by line, and why it might have been written that way.",
                    "<strong>Draft</strong>: describe a small, well-defined function, its "
                    "inputs, outputs and edge cases, and ask for an implementation.",
                    "<strong>Test</strong>: ask for tests of code you already have, including "
                    "unusual inputs you might not think of.",
                ],
            ),
            ("h2", "A worked example"),
            (
                "p",
                "Suppose you ask for a function that returns the average of a list of "
                "numbers. A typical first draft looks like this:",
            ),
            (
                "code",
                "python",
                "def average(numbers):\n    return sum(numbers) / len(numbers)",
                "A first draft from the assistant",
            ),
            (
                "p",
                "It works for <code>[2, 4, 6]</code>. But what happens with an empty list? "
                "Python raises <code>ZeroDivisionError</code>. A quick review question, “what "
                "should happen when the list is empty?”, leads to a clearer version and a test "
                "that protects it:",
            ),
            (
                "code",
                "python",
                "def average(numbers):\n"
                '    """The mean of `numbers`, or None for an empty list."""\n'
                "    if not numbers:\n"
                "        return None\n"
                "    return sum(numbers) / len(numbers)\n"
                "\n"
                "\n"
                "def test_average():\n"
                "    assert average([2, 4, 6]) == 4\n"
                "    assert average([]) is None",
                "After review: the edge case is decided and tested",
            ),
            (
                "callout",
                "warning",
                "Check before you trust",
                "Assistants can invent functions or library options that do not exist, and "
                "may suggest outdated or insecure patterns. Run the code, read the "
                "documentation for anything unfamiliar and keep your tests.",
            ),
            (
                "think",
                "What other edge cases could the average function meet in real data?",
                "Think of text mixed into the list, or a value such as None.",
            ),
            (
                "fact",
                "Programmers have long used “rubber duck debugging”: explaining code aloud to "
                "a toy duck. An AI assistant is a duck that answers back.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "The assistant's function passes your one example. What is the best next step?",
                [
                    "Ship it, since it worked once",
                    "Ask about and test edge cases such as empty or unusual input",
                    "Ask the assistant to make the code longer",
                ],
                2,
                "One passing example proves little. Edge cases are where drafts usually fail, "
                "and tests keep the fix in place.",
            ),
            (
                "quiz",
                "Who is responsible for code suggested by an AI assistant once it is in your "
                "project?",
                [
                    "The company that made the assistant",
                    "Nobody, because a machine wrote it",
                    "You and your team, who chose to use it",
                ],
                3,
                "Once you accept a suggestion it is your code: you review it, test it and "
                "maintain it like anything else you write.",
            ),
        ],
    },
    {
        "title": "Your first API call to a language model",
        "description": "Send a prompt from a short Python script, read the reply, and keep "
        "your API key out of your code.",
        "body": [
            ("h2", "From chat window to code"),
            (
                "p",
                "Chat websites are convenient, but building things needs code. Most model "
                "providers offer an <strong>API</strong>: a web address your program sends a "
                "request to, receiving the model's answer as data. The details differ between "
                "providers, yet the shape is almost always the same: you send a list of "
                "messages and get a reply message back.",
            ),
            ("h2", "Keep your key secret"),
            (
                "p",
                "An API key identifies you to the provider and may be linked to billing. Never "
                "paste it into your source code or commit it to Git. Store it in an "
                "environment variable instead, and read it when the program starts:",
            ),
            (
                "code",
                "bash",
                'export MODEL_API_KEY="paste-your-key-here"',
                "In your terminal, not in your code",
            ),
            ("h2", "A minimal request"),
            (
                "p",
                "The script below uses the popular <code>requests</code> library to send one "
                "message. The address and model name are placeholders: use the ones from your "
                "provider's documentation. Many providers accept this chat-style format.",
            ),
            (
                "code",
                "python",
                "import os\n"
                "\n"
                "import requests\n"
                "\n"
                'API_URL = "https://api.example.com/v1/chat/completions"  # from your provider\n'
                'API_KEY = os.environ["MODEL_API_KEY"]\n'
                "\n"
                "response = requests.post(\n"
                "    API_URL,\n"
                '    headers={"Authorization": f"Bearer {API_KEY}"},\n'
                "    json={\n"
                '        "model": "your-model-name",\n'
                '        "messages": [\n'
                '            {"role": "system", "content": "You are a concise assistant."},\n'
                '            {"role": "user", "content": "Give me three names for a cat."},\n'
                "        ],\n"
                "    },\n"
                "    timeout=30,\n"
                ")\n"
                "response.raise_for_status()\n"
                'print(response.json()["choices"][0]["message"]["content"])',
                "ask.py",
            ),
            (
                "p",
                "The <strong>system</strong> message sets the behaviour, like the role part of "
                "a prompt; the <strong>user</strong> message is the request. "
                "<code>raise_for_status()</code> turns an error reply, such as a wrong key, "
                "into a clear Python exception, and the timeout stops your script from "
                "waiting forever.",
            ),
            (
                "callout",
                "tip",
                "Costs and limits",
                "Providers usually charge per token, for both your prompt and the reply, and "
                "limit how many requests you can send per minute. Start with short prompts and "
                "check the usage page of your account.",
            ),
            (
                "think",
                "Your script will run on a colleague's laptop. How do they provide their own "
                "key without editing the code?",
                "They set the same environment variable with their own key.",
            ),
            (
                "fact",
                "Some models can be run entirely on your own computer with open-source tools, "
                "so you can experiment without any API key at all.",
            ),
            ("h2", "Check your understanding"),
            (
                "quiz",
                "Where should your API key live?",
                [
                    "In an environment variable or secret store, outside the code",
                    "In a comment at the top of the script",
                    "In the Git repository, so the team can find it",
                ],
                1,
                "Keys in code end up in version control and screenshots. Environment variables "
                "or a secret manager keep them out of your source.",
            ),
            (
                "quiz",
                "What is the system message for in a chat-style API request?",
                [
                    "It stores the user's password",
                    "It sets the assistant's overall behaviour and role",
                    "It tells the provider which country you are in",
                ],
                2,
                "The system message frames how the model should behave for the whole "
                "conversation; user messages carry the actual requests.",
            ),
        ],
    },
]
