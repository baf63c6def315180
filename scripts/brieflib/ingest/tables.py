"""Tables typed in a text: Markdown's pipe tables, and the grid tables pandoc and database shells draw.

A line pass, as the others of ``furniture``: it takes a table's rules and borders out (listed, with their
reason) and writes each row of the table as one line of cells set apart by tabs, on consecutive lines, so
that the parser reads the rows as a table (``parse._cells``). A cell written over two lines of a grid table
(pandoc sets a rule under every row) is joined into one. The words of the cells are all kept.

    | Port   | Cargo | Change |          +--------+-----------------+
    |--------|-------|:------:|          | Port   | Budget for the  |
    | Gdańsk | 81.0  | +3%    |          |        | harbour guard   |
                                         +========+=================+
"""

from __future__ import annotations

import re

TABLE_REASON = "a typed table's rule or border (its rows are read as a table)"
CELL_SEPARATOR = "\t"  # how a row's cells are written for the parser: a tab never occurs inside a cell

# "+------+-------+", "+======+=======+", "+:-----+------:+": a grid table's rule (at least two columns, or one
# column over a row of cells: a single "+-----+" alone frames a box, which ``furniture`` reads)
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]{3,}\+){1,}\s*$")
# "|------|:----:|", "------|------" under a pipe table's header
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# "| Gdańsk | 81.0 |": a row opened and closed by a bar
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
MIN_ROWS = 2  # a table has a header and a row at least; one line between bars is a box's text


def _row_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [cell.strip() for cell in inner.split("|")]


def _rule(line: str) -> bool:
    return bool(_GRID_RULE.match(line) or _PIPE_RULE.match(line))


def _rows(block: list[str]) -> list[list[str]]:
    """A table's logical rows from its lines. Between two rules of a grid that draws a rule under every row (pandoc's),
    the lines are one row, a cell written over two of them ("| Budget for the |" / "| harbour guard |"); else each
    line is a row (a blank first cell repeats the row above's: "| Poland | 2025 |" / "|  | 2026 |")."""
    rules = sum(bool(_GRID_RULE.match(line)) for line in block)
    rows: list[list[str]] = []
    segment_start = True
    for line in block:
        if _rule(line):
            segment_start = True
            continue
        cells = _row_cells(line)
        joined = rows and len(cells) == len(rows[-1]) and rules > 3 and not segment_start
        if joined:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        segment_start = False
    return rows


def typed_tables(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Pipe and grid tables: each row written as one line of tab-separated cells, the rules and borders listed."""
    kept, removed = list(lines), []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (_rule(lines[end]) or (_PIPE_ROW.match(lines[end]) and lines[end].count("|") >= 3)):
            end += 1
        block = lines[index:end]
        rows = _rows(block) if end > index else []
        widths = {len(row) for row in rows}
        if len(rows) >= MIN_ROWS and len(widths) == 1 and widths.pop() >= 2:
            for offset, line in enumerate(block):
                if _rule(line):
                    removed.append((index + offset + 1, line.strip(), TABLE_REASON))
                kept[index + offset] = CELL_SEPARATOR.join(rows[offset]) if offset < len(rows) else ""
        index = max(end, index + 1)
    return kept, removed
