"""A brief that arrives as Rich Text Format: its text, as a text dump would give it.

Word processors save RTF ("{\\rtf1\\ansi …"): groups in braces, control words after backslashes, characters
outside ASCII as "\\'f8" (a byte of the file's code page) or "\\u8217?" (a Unicode code point and its
fallback). ``rtf_text`` keeps what a reader sees: each paragraph ("\\par") a paragraph of its own with a blank
line after it, a line break ("\\line") a line, and each note ("{\\footnote …}") its number in the text and the
note under a "Notes" label at the end. The file's tables of fonts, colours and styles, its information group
and every group marked "\\*" (which a reader that does not know it must skip) are no text.
"""

from __future__ import annotations

import re

RTF_START = "{\\rtf"
_TOKEN = re.compile(r"\\(?P<word>[a-zA-Z]+)(?P<arg>-?\d+)? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z0-9])|(?P<brace>[{}])|(?P<text>[^\\{}\r\n]+)|[\r\n]+")
_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl", "generator", "pict", "object",
            "header", "footer", "headerl", "headerr", "footerl", "footerr", "xmlnstbl", "themedata", "colorschememapping", "latentstyles"}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "\u2011", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n"}
_BREAKS = {"par": "\n\n", "line": "\n", "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
           "ldblquote": "“", "rdblquote": "”", "sect": "\n\n", "page": "\n\n"}


def rtf_text(source: str) -> str:
    """The text of an RTF document, paragraphs a blank line apart, its notes numbered and listed at its end."""
    codepage = f"cp{m[1]}" if (m := re.search(r"\\ansicpg(\d+)", source)) else "cp1252"
    out: list[str] = []
    notes: list[list[str]] = []
    stack: list[tuple[bool, bool]] = []  # per open group: (skipped, inside a note)
    skipped = in_note = False
    fresh = False  # just after "{": the group's first control word decides whether it is skipped
    unicode_skip = 0
    for match in _TOKEN.finditer(source):
        target = notes[-1] if in_note and notes else out
        if match["brace"] == "{":
            stack.append((skipped, in_note))
            fresh = True
            continue
        if match["brace"] == "}":
            skipped, in_note = stack.pop() if stack else (False, False)
            fresh = False
            continue
        word, was_fresh, fresh = match["word"], fresh, False
        if match["symbol"] == "*" and was_fresh:
            skipped = True  # "{\*\destination …}": a group a reader that does not know it skips
            continue
        if skipped:
            continue
        if word:
            if was_fresh and word in _SKIPPED:
                skipped = True
            elif word == "footnote":
                in_note = True
                notes.append([])
                out.append(f"[{len(notes)}]")
            elif word == "chftn":
                continue  # the note's automatic number: the converter numbers the notes itself
            elif word == "u":
                target.append(chr(int(match["arg"]) % 65536))
                unicode_skip = 1  # the fallback character that follows, for readers that know no Unicode
            elif word in _BREAKS:
                target.append(_BREAKS[word] if not in_note else " ")
            continue
        if match["hex"]:
            if unicode_skip:
                unicode_skip -= 1
                continue
            target.append(bytes([int(match["hex"], 16)]).decode(codepage, errors="replace"))
        elif match["symbol"]:
            target.append(_SYMBOLS.get(match["symbol"], ""))
        elif match["text"]:
            text = match["text"]
            if unicode_skip:
                text, unicode_skip = text[1:], 0
            target.append(text)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in "".join(out).split("\n"))).strip()
    if notes:
        body += "\n\nNotes\n\n" + "\n".join(f"{k} {' '.join(''.join(note).split())}" for k, note in enumerate(notes, 1))
    return body + "\n"
