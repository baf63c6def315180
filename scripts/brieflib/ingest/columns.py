"""A page printed in two columns side by side, as a PDF's text layer set out with its layout gives it.

``pdftotext -layout`` and similar dumps keep each line of the page whole: the left column's line, a gutter of
spaces, the right column's line. Read straight across, every sentence is cut in two. ``unweave_columns`` finds
such a page (most of its lines hold prose on both sides of one gutter, at the same column) and gives its left
column, then its right column; any other page, a table's rows included, is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_ROWS = 8  # lines with text on both sides of the gutter before a page counts as two columns
_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")


def unweave_columns(text: str) -> str:
    """The text with each page in two columns given column by column (pages are kept apart by their form feeds)."""
    return "\f".join(_unweave(page) for page in text.split("\f"))


def _unweave(page: str) -> str:
    lines = page.split("\n")
    starts = Counter(m.end() for line in lines for m in _GAP.finditer(line))
    if not starts:
        return page
    gutter, _count = starts.most_common(1)[0]
    both = [line for line in lines if len(line) > gutter and line[gutter - 1] == " " and line[gutter] != " " and line[:gutter].strip()]
    one_side = [line for line in lines if line.strip() and (len(line) <= gutter or not line[:gutter].strip())]  # a column ends first
    crossing = [line for line in lines if len(line) > gutter and line[gutter - 1] != " " and line[:gutter].strip()]
    if len(both) < MIN_ROWS or len(crossing) > 1:
        return page
    prose = sum(len(line[:gutter].split()) >= 3 and len(line[gutter:].split()) >= 3 for line in both)
    if prose * 10 < len(both) * 7 or not (one_side or len(both) >= 2 * MIN_ROWS):
        return page  # a table's cells are short; two columns of a page run on with several words a line
    left = [line[:gutter].rstrip() for line in lines]
    right = [line[gutter:].strip() if len(line) > gutter else "" for line in lines]
    return "\n".join(left + [""] + right)
