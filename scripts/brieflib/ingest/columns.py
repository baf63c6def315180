"""A page printed in two columns side by side, as a PDF's text laid out as on the page gives it.

``pdftotext -layout`` and similar dumps keep each line of the page whole: the left column's line, a gutter of
spaces, the right column's line. Read straight across, every sentence is cut in two. ``unweave_columns`` finds
the run of such lines on a page (prose on both sides of one gutter, each column's sentences running on from line
to line) and gives its left column, then its right column, the lines above and under the run staying where they
are; a table's rows (each row's cells complete on its line) and code with its comments are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter

from brieflib.ingest import patterns as P  # a cover's cells are read for names and dates

MIN_ROWS = 8  # lines with text on both sides of the gutter before a page counts as two columns
_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")


def unweave_columns(text: str) -> str:
    """The text with each page in two columns given column by column (pages are kept apart by their form feeds)."""
    return "\f".join(_cover_columns(_unweave(page)) for page in text.split("\f"))


_COVER_ROW = re.compile(r"^(?P<left>\S.{0,50}?\S)\s{6,}(?P<right>\S.{0,80}?)\s*$")
_SERIES_CELL = re.compile(r"\b(?:no\.?|nr\.?|n°|paper|brief|report|series|issue|vol\.?)\s*\d", re.I)  # "No. 14 / 2026"


def _cover_columns(page: str) -> str:
    """A cover that sets its authors on the left and the series, number and date on the right, on the same lines
    ("Ann Lee            POLICY PAPER" / "Jan Novak           No. 14 / 2026"): the names, then the other column. Two
    rows or more, each a name on the left and no name on the right, one of the right's cells holding a figure."""
    lines = page.split("\n")
    k = 0
    while k < len(lines):
        rows = []
        while k + len(rows) < len(lines) and (row := _COVER_ROW.match(lines[k + len(rows)])) \
                and P.is_person_name(row["left"]) and not P.is_person_name(row["right"]):
            rows.append(row)
        if len(rows) >= 2 and any(P.parse_date(r["right"]) or _SERIES_CELL.search(r["right"]) for r in rows):
            lines[k : k + len(rows)] = [r["left"] for r in rows] + [""] + [r["right"] for r in rows]
            k += 2 * len(rows) + 1
        else:
            k += max(len(rows), 1)
    return "\n".join(lines)


def _unweave(page: str) -> str:
    lines = page.split("\n")
    starts = Counter(m.end() for line in lines for m in _GAP.finditer(line))
    if not starts:
        return page
    gutter, _count = starts.most_common(1)[0]
    both = [n for n, line in enumerate(lines) if len(line) > gutter and line[gutter - 1] == " " and line[gutter] != " " and line[:gutter].strip()]
    if len(both) < MIN_ROWS:
        return page
    first, last = both[0], both[-1]
    while last + 1 < len(lines) and lines[last + 1].strip() and (len(lines[last + 1]) <= gutter or not lines[last + 1][:gutter].strip()):
        last += 1  # a column that runs on a line or two after the other has ended
    block = lines[first : last + 1]
    if any(len(line) > gutter and line[gutter - 1] != " " and line[:gutter].strip() for line in block):
        return page  # a line that crosses the gutter inside the run: no two columns
    left = [line[:gutter].rstrip() for line in block]
    right = [line[gutter:].strip() if len(line) > gutter else "" for line in block]
    if not (_runs_on(left) and _runs_on(right)):
        return page  # each line complete: a table's rows, or code and its comments
    return "\n".join(lines[:first] + left + [""] + right + lines[last + 1 :])


def _runs_on(column: list[str]) -> bool:
    """True when a column's lines are wrapped prose: most hold several words, and a third or more of them go on into
    the next line in lower case."""
    filled = [line for line in column if line.strip()]
    if sum(len(line.split()) >= 4 for line in filled) * 10 < len(filled) * 7:
        return False
    goes_on = sum(1 for a, b in zip(column, column[1:], strict=False) if a.strip() and b.strip()[:1].islower())
    return goes_on * 3 >= len(filled)
