"""The one boundary where text from a brief or a sidecar becomes Markdown or HTML.

Everything a brief or a sidecar says (titles, paragraphs, names, affiliations,
publishers, summaries, notes) passes through ``md_text`` (Markdown) or
``html_text`` (HTML and attributes) before it reaches a page, so that it
renders as exactly its own text: no raw HTML, no emphasis, links, footnotes,
attribute lists (``{: onclick=… }``), abbreviations (``*[X]: …``), snippet
lines (``--8<--``), admonitions, lists, headings or table cells that the
converter did not make itself. ``inline`` adds the converter's own
constructs (note references, links made from web addresses in the text) on
top, escaping everything between them.
"""

from __future__ import annotations

import html
import re

# Characters that mean something to Python-Markdown or our extensions anywhere
# in a line ("!" before a "[" the converter writes would make an image, "^"
# after it a footnote reference). Backslash escapes only where Python-Markdown honours them
# (markdown.Markdown.ESCAPED_CHARS); entities for the rest, which Markdown
# passes through and the browser shows as the character itself.
_ANYWHERE = str.maketrans({
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "{": "\\{", "}": "\\}", "[": "\\[", "]": "\\]",
    "#": "\\#", "!": "\\!", "<": "&lt;", ">": "&gt;", "|": "&#124;", "^": "&#94;",
})
# Applied with a regular expression rather than ``str.translate``: on non-ASCII text translate
# looks up every character in the table, six times slower than finding the few that need escaping.
_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _ANYWHERE))) + "]")
_REPLACEMENT = {chr(code): escaped for code, escaped in _ANYWHERE.items()}


def _escape_special(match: re.Match) -> str:
    return _REPLACEMENT[match.group()]


# "&" only where it could start an entity (&lt; &#60;); "R&D" and "A & B" stay readable.
_AMPERSAND = re.compile(r"&(?=[#A-Za-z])")
# Characters that start block syntax only at the start of a line: lists (- + 1.),
# setext rules (===), snippet lines (--8<--), definition
# lists and fences (: ~), and leading spaces (code blocks).
_LINE_START = {"-": "\\-", "+": "\\+", "=": "&#61;", ":": "&#58;", "~": "&#126;"}
_ORDERED = re.compile(r"^(\d+)([.)])")
_WHITESPACE = re.compile(r"\s+")


def md_text(text: str) -> str:
    """``text`` as Markdown that renders as exactly ``text`` (whitespace folded to single spaces)."""
    return escape_span(_WHITESPACE.sub(" ", text).strip(), at_line_start=True)


def escape_span(text: str, at_line_start: bool = False) -> str:
    """A piece of a line as literal Markdown; ``at_line_start`` also escapes block syntax."""
    text = _SPECIAL.sub(_escape_special, _AMPERSAND.sub("&amp;", text))
    if not at_line_start:
        return text
    if text[:1] in _LINE_START:
        return _LINE_START[text[0]] + text[1:]
    return _ORDERED.sub(r"\1\\\2", text)


def html_text(text: str) -> str:
    """``text`` for an HTML element or a quoted attribute value."""
    return html.escape(text, quote=True)
