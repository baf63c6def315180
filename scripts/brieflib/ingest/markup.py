"""Input that looks like markup: what ``check`` tells an editor about before the site shows it as text.

Brief text and sidecars are untrusted. The renderer shows every string as
exactly its own text (render/escape.py), so nothing here is removed or
refused; each finding is a notice naming the file and line, so that an
editor who pasted HTML or Markdown by mistake sees what readers will see.
"""

from __future__ import annotations

import re
from pathlib import Path

from brieflib.model.errors import Problem

# (what it looks like, pattern) - one per kind of markup an outside text can carry.
LOOKALIKES = [
    ("HTML", re.compile(r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),
    ("an attribute list", re.compile(r"\{:[^}]*\}|\{\s*[#.][\w-][^}]*\}")),
    ("a snippet include", re.compile(r"^\s*-+8<-+")),
    ("a link to a non-web address", re.compile(r"\]\(\s*(?!https?:|mailto:)[A-Za-z][\w+.-]*:[^)]*\)")),
    ("an abbreviation definition", re.compile(r"^\s*\*\[[^\]]+\]:")),
    ("an admonition", re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s")),
]
_C1 = re.compile("[\u0080-\u009f]")


def markup_notices(path: Path, display: Path | str | None = None) -> list[Problem]:
    """A notice per line of ``path`` that looks like markup or carries C1 controls, saying how it will show."""
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return []
    notices = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        for what, pattern in LOOKALIKES:
            match = pattern.search(line)
            if match:
                notices.append(_notice(display or path, number, f"{match.group().strip()!r} looks like {what}",
                                       "it will be shown as text, exactly as written, and has no effect"))
        for control in _C1.findall(line):
            shown = control.encode("latin-1").decode("cp1252", errors="replace")
            notices.append(_notice(display or path, number, f"control character U+{ord(control):04X}",
                                   f"it will be shown as {shown!r}, the Windows-1252 character it stands for"
                                   if shown != "\ufffd" else "the file will be refused until it is removed"))
    return notices


def _notice(path, line: int, message: str, hint: str) -> Problem:
    return Problem(path, message, line, hint, severity="warning")
