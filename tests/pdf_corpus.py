"""PDF briefs for the tests and the corpus, laid out with fpdf2 as publishers lay them out.

A tiny typesetter: running header and page number on every page, one or two
columns, paragraphs wrapped (and hyphenated at soft hyphens) by the font's
metrics, note markers as small raised digits, the notes in small type at the
bottom of their page under a rule, a bordered table. ``write(name, path)``
makes the brief named ``name``; ``tests/corpus/*.pdf`` are these files
(``python tests/pdf_corpus.py`` rewrites them, and a test checks they match).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

BODY, NOTE, LEADING = 11, 7.5, 1.45
TOP, BOTTOM, LEFT, RIGHT = 22, 22, 20, 20  # mm
GUTTER = 8  # mm


class Typesetter:
    def __init__(self, header: str, footer: str, columns: int = 1, info: dict | None = None, side: float = LEFT):
        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(datetime(2026, 3, 1, tzinfo=UTC))
        self.pdf.set_compression(True)
        for key, value in (info or {}).items():
            getattr(self.pdf, f"set_{key}")(value)
        self.header, self.footer, self.columns = header, footer, columns
        self.side = side
        self.width = (210 - 2 * side - GUTTER * (columns - 1)) / columns
        self.notes: list[tuple[int, str]] = []
        self.new_page()

    # -- pages and columns --

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page = self.pdf.page_no()
        self.pdf.set_font("Helvetica", "", 8)
        self.pdf.set_xy(self.side, 10)
        self.pdf.cell(0, 4, self.header.format(page=self.page))
        self.column, self.y, self.top = 0, TOP, TOP

    def full_width(self) -> None:
        """Leave the columns: what follows spans the page (a table, a heading over both)."""
        self.y = max(self.y, self.column_bottom if self.column else self.y)
        self.column, self.top = 0, self.y

    @property
    def x(self) -> float:
        return self.side + self.column * (self.width + GUTTER)

    def limit(self) -> float:
        notes = sum(self.note_lines(text) for _, text in self.notes) * NOTE * 0.3528 * LEADING
        return 297 - BOTTOM - (notes + 4 if self.notes else 0)

    def next_column(self) -> None:
        if self.column + 1 < self.columns:
            self.column_bottom = self.y
            self.column += 1
            self.y = self.top
        else:
            self.finish_page()
            self.new_page()

    def finish_page(self) -> None:
        pdf = self.pdf
        if self.notes:
            y = 297 - BOTTOM - sum(self.note_lines(t) for _, t in self.notes) * NOTE * 0.3528 * LEADING
            pdf.line(self.side, y - 2, self.side + 40, y - 2)
            for number, text in self.notes:
                for i, line in enumerate(self.wrap(text, "", NOTE, 210 - 2 * self.side - 4)):
                    pdf.set_font("Helvetica", "", NOTE)
                    if i == 0:
                        pdf.text(self.side, y + NOTE * 0.3528, str(number))
                    pdf.text(self.side + 4, y + NOTE * 0.3528, line)
                    y += NOTE * 0.3528 * LEADING
            self.notes = []
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(self.side, 297 - 12)
        pdf.cell(210 - 2 * self.side, 4, self.footer.format(page=self.page), align="C")

    def note_lines(self, text: str) -> int:
        return len(self.wrap(text, "", NOTE, 210 - 2 * self.side - 4))

    # -- text --

    def wrap(self, text: str, style: str, size: float, width: float) -> list[str]:
        """Greedy line breaking by the font's widths; a word with soft hyphens may break at one."""
        self.pdf.set_font("Helvetica", style, size)
        lines, current = [], ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.pdf.get_string_width(trial.replace("\u00ad", "")) <= width:
                current = trial
                continue
            parts = word.split("\u00ad")
            for cut in range(len(parts) - 1, 0, -1):
                head = f"{current} {''.join(parts[:cut])}-".strip()
                if self.pdf.get_string_width(head) <= width:
                    lines.append(head)
                    current = "".join(parts[cut:])
                    break
            else:
                lines.append(current)
                current = word
        lines.append(current)
        return [line.replace("\u00ad", "") for line in lines if line]

    def block(self, text: str, style: str = "", size: float = BODY, before: float = 0, after: float = 2.5, indent: float = 0) -> None:
        """A paragraph: ``{n}`` in the text is note ``n``'s marker, set small and raised."""
        self.y += before
        height = size * 0.3528 * LEADING
        for line in self.wrap(text, style, size, self.width - indent):
            if self.y + height > self.limit():
                self.next_column()
            self.line(line, style, size, self.x + indent)
            self.y += height
        self.y += after

    def line(self, text: str, style: str, size: float, x: float) -> None:
        pdf = self.pdf
        baseline = self.y + size * 0.3528
        for piece in re.split(r"(\{\d+\})", text):
            if re.fullmatch(r"\{\d+\}", piece):
                pdf.set_font("Helvetica", "", size * 0.6)
                pdf.text(x, baseline - size * 0.3528 * 0.4, piece[1:-1])
                x += pdf.get_string_width(piece[1:-1])
            elif piece:
                pdf.set_font("Helvetica", style, size)
                pdf.text(x, baseline, piece)
                x += pdf.get_string_width(piece)

    def note(self, number: int, text: str) -> None:
        self.notes.append((number, text))

    def table(self, rows: list[list[str]]) -> None:
        self.full_width()
        self.pdf.set_font("Helvetica", "", 9)
        self.pdf.set_xy(LEFT, self.y)
        with self.pdf.table(width=210 - LEFT - RIGHT, line_height=5, first_row_as_headings=True) as table:
            for row in rows:
                cells = table.row()
                for cell in row:
                    cells.cell(cell)
        self.y = self.pdf.get_y() + 4
        self.top = self.y

    def output(self, path: Path) -> None:
        self.finish_page()
        self.pdf.output(str(path))


def _nuclear_corridor(path: Path) -> None:
    """Two pages, one column: masthead, title, subtitle, byline, date, headings, notes at the bottom of page 1."""
    t = Typesetter("Baltic Policy Forum | Policy Brief 4/2026", "{page}",
                   info={"title": "The Suwałki Corridor", "author": "Anna Lindqvist, Marek Nowak"}, side=45)
    t.block("Baltic Policy Forum", "B", 9, after=6)
    t.block("Holding the Suwalki Corridor", "B", 20, after=2)
    t.block("What NATO must do to keep its land link to the Baltic states open", "", 13, after=5)
    t.block("By Anna Lindqvist and Marek Nowak", "", 10, after=1)
    t.block("12 March 2026", "", 10, after=6)
    t.block("Why the corridor matters", "B", 12, after=2)
    paragraphs = [
        "The Suwalki corridor is the sixty-five kilometre strip of Polish and Lithuanian land between Belarus and "
        "the Russian exclave of Kaliningrad. It is the only land route between the Baltic states and the rest of the "
        "Alliance, and every plan for their reinforcement depends on it.{1}",
        "Russian planners have studied the corridor for years. Exercises held in Belarus since 2017 have rehearsed "
        "its closure, and the deployment of Russian forces to Belarus in 2022 showed how quickly they could arrive.",
        "Closing the corridor would not require a large force. A few brigades with long-range fires could make it "
        "impassable for the heavy convoys on which NATO reinforcement depends, while air defence in Kaliningrad "
        "would complicate any effort to reopen it from the air.{2}",
    ]
    for text in paragraphs:
        t.block(text)
    t.note(1, "See the Alliance's regional defence plans agreed at the Vilnius summit in July 2023.")
    t.note(2, "On the range of Russian artillery and missile systems in Kaliningrad, see the open-source estimates of 2025.")
    t.block("What NATO has done", "B", 12, before=3, after=2)
    t.block(
        "Since 2022 the Alliance has moved from a posture of deterrence by punishment to one of forward defence. "
        "Brigades are being built in Lithuania and Poland, and the two countries have begun to invest in the mili\u00adtary "
        "mobility that reinforcement requires: bridges able to carry tanks, rail lines of the European gauge and fuel "
        "depots along the route. Yet the work is slow, and much of the infra\u00adstructure will not be ready before the end "
        "of the decade, which leaves the corridor exposed in the years when the risk is highest and the politics of "
        "the region are most uncertain, not least because of the uncertain course of the war in Ukraine and the "
        "reconstitution of the Russian ground forces that it has worn down."
    )
    t.block(
        "Poland has ordered tanks, artillery and rocket launchers in numbers unseen in Europe since the Cold War, and "
        "Lithuania has agreed to host a German brigade of nearly five thousand soldiers. These forces will make a quick "
        "closure of the corridor harder, but only if they can move and fight together across the border."
    )
    t.block(
        "The European Union has a part to play as well. Its military mobility fund pays for roads, bridges and "
        "railways that serve both civilian and military traffic, and its rules on the movement of military goods "
        "decide how quickly a convoy can cross from one member state to the next."
    )
    t.block("Recommendations", "B", 12, before=3, after=2)
    t.block("Allies should pre-position equipment for a division on both sides of the corridor, so that forces "
            "flown in can fight at once.")
    t.block("They should exercise the closure and the reopening of the corridor every year, with Lithuanian and "
            "Polish forces under one command.")
    t.block("Keeping the corridor open is the condition of every other promise NATO has made to the Baltic states.")
    t.output(path)


def _two_columns(path: Path) -> None:
    """Two columns under a full-width head, "Page N of M" footers, a note at a page bottom, a bordered table."""
    t = Typesetter("Centre for European Defence Studies | Analysis", "Page {page} of 2", columns=2)
    t.columns, t.width = 1, 210 - 2 * LEFT
    t.block("Ammunition for Ukraine: Closing the Gap", "B", 18, after=3)
    t.block("By Sofia Marchetti", "", 10, after=1)
    t.block("5 May 2026", "", 10, after=6)
    t.full_width()
    t.columns, t.width = 2, (210 - 2 * LEFT - GUTTER) / 2
    t.block("The shortfall", "B", 12, after=2)
    t.block(
        "Europe promised Ukraine one million artillery shells within a year and delivered about half of them on time. "
        "The shortfall was not a failure of will alone: production lines closed after the Cold War could not be reopened "
        "in months, and the contracts that would have justified new ones came late.{1}"
    )
    t.note(1, "On the European Union's ammunition plan and its delivery record, see the Council's reports of 2024.")
    t.block(
        "Since then output has grown. European producers now make more than a million and a half shells a year, and "
        "new plants in Germany, Lithuania and Finland will add to that figure by the end of the decade. Yet Russia "
        "still fires several times as many shells as Ukraine along most of the front, helped by supplies from North "
        "Korea and by factories that work around the clock in three shifts, and the gap will not close on its own."
    )
    t.block("What it costs", "B", 12, before=2, after=2)
    t.block("The price of a shell has doubled since 2022, and the table below shows the production each country plans.")
    t.table([["Country", "Shells in 2025", "Planned for 2028"], ["Germany", "350,000", "700,000"],
             ["Lithuania", "20,000", "100,000"], ["Finland", "60,000", "120,000"]])
    t.block("The way forward", "B", 12, before=2, after=2)
    for text in [
        "Governments should sign contracts for ten years rather than one, so that producers can invest in new lines "
        "without fearing that demand will disappear when the war ends. Joint purchases through the European Union "
        "can lower prices and let smaller states buy at the same terms as larger ones.",
        "They should also stockpile. A reserve of shells held in Europe would protect the continent's own defence "
        "and allow faster deliveries to Ukraine when the front needs them most, as it did in the winter of 2024 when "
        "Ukrainian gunners had to ration their fire for months while they waited for supplies.",
        "Above all, they should treat ammunition as a strategic good, planned for years ahead, and not as a "
        "commodity bought when the shelves are already empty and the price is at its highest.",
        "The war has shown that wars between states are still won by industry as much as by technology, and that the "
        "side that can keep firing longest has an advantage that no clever weapon can replace. Europe has the money "
        "and the factories to be that side, if it decides to use them with the same urgency as its adversary.",
    ]:
        t.block(text)
    t.output(path)


BRIEFS = {"p-pdf-two-page-footnotes": _nuclear_corridor, "p-pdf-two-columns-table": _two_columns}


def write(name: str, path: Path) -> Path:
    BRIEFS[name](path)
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "corpus"
    for brief in BRIEFS:
        write(brief, folder / f"{brief}.pdf")
