"""A brief that arrives as Rich Text Format: its text, as a text dump would give it.

Word processors save RTF ("{\\rtf1\\ansi …"): groups in braces, control words after backslashes, characters
outside ASCII as "\\'f8" (a byte of the file's code page) or "\\u8217?" (a Unicode code point and its
fallback). ``rtf_text`` keeps what a reader sees: each paragraph ("\\par") a paragraph of its own with a blank
line after it, a line break ("\\line") a line, and each note ("{\\footnote …}") its number in the text and the
note under a "Notes" label at the end. The file's tables of fonts, colours and styles, its information group
and every group marked "\\*" (which a reader that does not know it must skip) are no text.
"""

from __future__ import annotations

import codecs
import re

RTF_START = "{\\rtf"
_TOKEN = re.compile(r"\\(?P<word>[a-zA-Z]+)(?P<arg>-?\d+)? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z0-9])|(?P<brace>[{}])|(?P<text>[^\\{}\r\n]+)|[\r\n]+")
_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl", "generator", "pict", "object",
            "header", "footer", "headerl", "headerr", "headerf", "footerl", "footerr", "footerf", "xmlnstbl", "themedata",
            "colorschememapping", "latentstyles", "filetbl", "revtbl"}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "\u2011", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n"}
_BREAKS = {"par": "\n\n", "line": "\n", "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
           "ldblquote": "“", "rdblquote": "”", "sect": "\n\n", "page": "\n\n", "cell": "\t", "row": "\n"}  # a table: a cell, a row


def rtf_text(source: str) -> str:
    """The text of an RTF document, paragraphs a blank line apart, its notes numbered and listed at its end."""
    codepage = f"cp{m[1]}" if (m := re.search(r"\\ansicpg(\d+)", source)) else "cp1252"
    try:
        codecs.lookup(codepage)
    except LookupError:
        codepage = "cp1252"  # "\ansicpg0" and other code pages no codec knows: Windows' Western one
    out: list[str] = []
    notes: list[list[str]] = []
    stack: list[tuple[bool, bool]] = []  # per open group: (skipped, inside a note)
    skipped = in_note = False
    fresh = False  # just after "{": the group's first control word decides whether it is skipped
    unicode_skip = 0
    skip_count = 1  # "\ucN": how many fallback characters follow each "\u" (1 unless the file says otherwise)
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
            elif word == "uc":
                skip_count = int(match["arg"] or 1)
            elif word == "u":
                code = int(match["arg"]) % 65536
                if 0xDC00 <= code <= 0xDFFF and target and 0xD800 <= ord(target[-1][-1:] or " ") <= 0xDBFF:
                    high = target.pop()  # the second half of a character beyond the first plane (an emoji)
                    target.append(high[:-1] + chr(0x10000 + ((ord(high[-1]) - 0xD800) << 10) + (code - 0xDC00)))
                else:
                    target.append(chr(code))
                unicode_skip = skip_count  # the fallback characters that follow, for readers that know no Unicode
            elif word == "pard" and target and target[-1] == "\n" and not in_note:
                target.append("\n")  # a paragraph after a table's last row
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
                text, unicode_skip = text[unicode_skip:], max(0, unicode_skip - len(text))
            if text:
                target.append(text)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in "".join(out).split("\n"))).strip()
    if notes:
        body += "\n\nNotes\n\n" + "\n".join(f"{k} {' '.join(''.join(note).split())}" for k, note in enumerate(notes, 1))
    return body + "\n"
