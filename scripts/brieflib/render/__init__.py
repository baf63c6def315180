"""Stage 3: one brief as Markdown: escaping, body, front matter, its page, notes, citations."""
