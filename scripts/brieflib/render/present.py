"""How briefs are presented to readers: dates, titles, bylines, links.

One place for these rules, so that a brief reads the same on its own page,
in every list, in feeds and in citations.
"""

from __future__ import annotations

import calendar
import posixpath
from functools import lru_cache

from brieflib.model.brief import Brief
from brieflib.render.escape import md_text


def display_date(iso: str | None) -> str:
    """"2025-10-10" -> "10 October 2025"; partial dates as far as known; None -> "Date not stated"."""
    if not iso:
        return "Date not stated"
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return str(parts[0])


def title_md(brief: Brief) -> str:
    """The title as Markdown. A title derived from the opening sentence (the text states none) is shown
    as a quotation of it, in italics, so it is not taken for the publisher's title."""
    if brief.title_derived:
        return f"*“{md_text(brief.title or '')}”*"
    return md_text(brief.title or brief.slug)


def title_text(brief: Brief) -> str:
    """The title as plain text (HTML title, feeds); a derived title in quotation marks."""
    if brief.title_derived:
        return f"“{brief.title}”"
    return brief.title or brief.slug


def devised_title(brief: Brief) -> str:
    """For citations: the stated title, or the opening words in square brackets, as cataloguers mark a title
    that the work itself does not state."""
    return f"[{brief.title}]" if brief.title_derived or not brief.title else brief.title


@lru_cache(maxsize=1 << 16)
def rel(from_page: str, to_page: str) -> str:
    """Relative link between two pages given by their docs-relative paths (no file system involved)."""
    here = [p for p in posixpath.dirname(from_page).split("/") if p]
    there = to_page.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def brief_path(brief: Brief) -> str:
    return f"briefs/{brief.slug}/index.md"


def join_names(items) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
