"""How briefs are presented to readers: dates, titles, bylines, links.

One place for these rules, so that a brief reads the same on its own page,
in every list, in feeds and in citations.
"""

from __future__ import annotations

import calendar
import posixpath
import re
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


def counted(number: int, noun: str) -> str:
    """"1 brief", "5 briefs", "0 briefs"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


OPENING_BLOCKS = 8


def _comparable(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def own_summary(brief: Brief) -> str | None:
    """The brief's own summary (stated in the text or by the editor), for the standfirst and cards.

    Opening sentences taken from the body are not a summary; nor is a summary that only
    repeats the title (a subtitle line restating it) or a passage of the body's opening
    (where a summary that the converter also kept as text would be).
    """
    if not brief.summary or brief.summary_derived:
        return None
    summary = _comparable(brief.summary)
    if summary == _comparable(brief.title or "") or any(summary in _comparable(b.text) for b in brief.blocks[:OPENING_BLOCKS]):
        return None
    return brief.summary


def shorten_words(text: str, limit: int) -> str:
    """At most ``limit`` words, the cut marked with an ellipsis."""
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]).rstrip(" ,;:–—-") + "…"


def ranked_themes(brief: Brief, taxonomy_ids: list[str]) -> list[str]:
    """The brief's primary themes, most likely first; a theme the editor gave in the sidecar has no
    likelihood and ranks as certain; ties in the taxonomy's order."""
    order = {t: i for i, t in enumerate(taxonomy_ids)}
    return sorted(brief.themes, key=lambda t: (-brief.theme_weights.get(t, 1.0), order.get(t, len(order))))


def join_names(items) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
