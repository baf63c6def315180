"""Tables typed in a text: Markdown's pipe tables, the grid tables pandoc and database shells draw, and simple
tables set in columns of spaces with a rule of dashes under the header.

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


# "---------------  ------------  -----": a simple table's rule under its header, a run of dashes over each column
_SIMPLE_RULE = re.compile(r"^\s*-{3,}(?:\s{1,8}-{3,})+\s*$")


# A table's source or note under its rows: "Source: ENISA.", "Notes:", "* provisional"
_UNDER_TABLE = re.compile(r"^\s*(?:\*|(?:sources?|notes?|quelle|quellen|fuente|fuentes|fonte|fontes|źródło|bron|källa|kilde)\s*:)", re.I)


def _simple_row(line: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """The cells of a line set in the columns of a simple table's rule; None when a word crosses a gap between two
    columns (a paragraph under the table), the first column is empty or the line gives the table's source or a note."""
    if not line.strip() or _UNDER_TABLE.match(line) or any(line[end:start].strip() for (_s, end), (start, _e) in zip(spans, spans[1:], strict=False)):
        return None
    cells = [line[start : following].strip() for (start, _end), following in zip(spans, [s for s, _e in spans[1:]] + [len(line)], strict=True)]
    return cells if cells[0] else None


def _simple_tables(lines: list[str], kept: list[str], removed: list[tuple[int, str, str]]) -> None:
    """Pandoc's simple tables: a header line, a rule of dashes under it (one run a column), rows in those columns up to
    a blank line or a line whose words cross the columns."""
    for index, line in enumerate(lines):
        if not index or not _SIMPLE_RULE.match(line):
            continue
        spans = [m.span() for m in re.finditer(r"-{3,}", line)]
        header = _simple_row(lines[index - 1], spans)
        rows = []
        while header and index + 1 + len(rows) < len(lines) and (row := _simple_row(lines[index + 1 + len(rows)], spans)):
            rows.append(row)
        after = lines[index + 1 + len(rows)] if index + 1 + len(rows) < len(lines) else ""
        if header is None or not rows or sum(bool(c) for c in header) < 2 or (after[:1].isspace() and after.strip()):
            continue  # a cell written over two lines ("  guarantee?" under its row): the rows are not one a line
        removed.append((index + 1, line.strip(), TABLE_REASON))
        kept[index - 1 : index + 1 + len(rows)] = [CELL_SEPARATOR.join(header), *(CELL_SEPARATOR.join(r) for r in rows), ""]


def typed_tables(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Pipe, grid and simple tables: each row written as one line of tab-separated cells, the rules and borders listed."""
    kept, removed = list(lines), []
    _simple_tables(lines, kept, removed)
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
