"""Demo content for the careers app, split by concern (prose is the project's own wording)."""
