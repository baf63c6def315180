"""Stage 4: a Brief as Markdown with YAML front matter.

The body is Markdown that a plain ``mkdocs build`` renders with the
extensions in mkdocs.yml (attr_list, footnotes). Brief text is escaped so that
nothing in it is passed through as raw HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import yaml

from brieflib.model.brief import Block, Brief
from brieflib.model.text import DUMP_ESCAPE, INLINE, INLINE_START, link_keeps_label, safe_url, superscript_to_int
from brieflib.render.escape import escape_span, html_text

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when available: same output, ten times faster


def dump_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100000)


def front_matter(brief: Brief) -> dict:
    """The front matter contract (see schema/front-matter.schema.json)."""
    return {
        "title": brief.title,
        "title_derived": brief.title_derived,
        "authors": [a.as_dict() for a in brief.authors],
        "date": brief.date,
        "publisher": brief.publisher,
        "dateline": brief.dateline,
        "summary": brief.summary,
        "themes": list(brief.themes),
        "source": brief.source.as_posix(),
        "words": brief.words,
        "reading_time": brief.reading_time,
        "slug": brief.slug,
        "url": brief.url,
        "author_bios": list(brief.author_bios),
    }


_ORDERED_ITEM = re.compile(r"^(\d{1,3})[.)]\s+")


def inline(text: str, notes: dict[int, str], at_line_start: bool = True) -> str:
    """Brief text as inline Markdown that shows exactly that text, plus the converter's own constructs.

    The converter makes: note references from markers whose note exists
    (``¹``, ``[1]``); links from http, https and mailto addresses, bare or as
    ``[label](address)``; emphasis from ``*title*`` and ``**bold**``. A
    backslash before punctuation is the dump's own Markdown escape: the
    character is shown without it. A link
    with no address or one inside the publisher's site keeps its label; any
    other scheme (``javascript:``) is shown as the text it is.
    """
    text = " ".join(text.split())
    if not INLINE_START.search(text):  # no construct: the whole text is one literal span
        return escape_span(text, at_line_start)
    out: list[str] = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(escape_span(text[position : match.start()], at_line_start and position == 0))
        out.append(_construct(match, notes, at_line_start and match.start() == 0))
        position = match.end()
    out.append(escape_span(text[position:], at_line_start and position == 0))
    return "".join(out)


def _construct(match: re.Match, notes: dict[int, str], at_line_start: bool) -> str:
    literal = escape_span(match.group(), at_line_start)
    if match["label"] is not None:
        target, label = match["target"], escape_span(DUMP_ESCAPE.sub(r"\1", match["label"]), at_line_start)
        if safe_url(target):
            return f"[{label}]({target})"
        return label if link_keeps_label(target) else literal
    if match["escaped"] is not None:
        return escape_span(match["escaped"], at_line_start)
    if match["ref"] is not None:
        return f"[^{match['ref']}]" if int(match["ref"]) in notes else literal
    if match["sup"] is not None:
        number = superscript_to_int(match["sup"])
        return f"[^{number}]" if number in notes else literal
    if match["url"] is not None:
        url = safe_url(match["url"])
        return f"[{escape_span(match['url'])}]({url})" if url else literal
    if match["strong"] is not None:
        return f"**{escape_span(match['strong'])}**"
    return f"*{escape_span(match['em'])}*"


def _block_text(block: Block, notes: dict[int, str]) -> str:
    """A block's inline Markdown; a list item starts with its marker (its own number, or "- ")."""
    if block.kind == "heading":  # after "## " nothing starts a block
        return inline(block.text, notes, at_line_start=False)
    if block.kind != "item":
        return inline(block.text, notes)
    number = _ORDERED_ITEM.match(block.text)
    if number:
        return f"{number[1]}. " + inline(block.text[number.end() :], notes)
    return "- " + inline(block.text, notes)


def body(
    brief: Brief,
    decorate: Callable[[Block, str], str] | None = None,
    after: Callable[[Block], str] | None = None,
) -> str:
    """The body Markdown; ``decorate`` may rewrite a block's inline Markdown, ``after`` add blocks after it."""
    parts: list[str] = []
    previous = None
    for block in brief.blocks:
        table = block.kind == "table" and bool(block.rows)
        text = "" if table else _block_text(block, brief.footnotes)  # a table's cells are text only: nothing to decorate
        if decorate is not None and not table:
            text = decorate(block, text)
        if table:
            parts.append(_table(block))
        elif block.kind == "heading":
            parts.append(f"{'#' * block.level} {text}")
        elif block.kind == "pullquote":
            parts.append(f"> {text}\n> {{: #{block.id} .pull-quote }}")
        elif block.kind == "item":
            item = f"{text}\n  {{: #{block.id} }}"
            if previous == "item":
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        else:
            parts.append(f"{text}\n{{: #{block.id} }}")
        extra = after(block) if after is not None else ""
        if extra:
            parts.append(extra)
        previous = block.kind if not extra else None
    for number, note in brief.footnotes.items():
        parts.append(f"[^{number}]: {inline(note, {})}")
    return "\n\n".join(parts) + "\n"


def _table(block: Block) -> str:
    """A table block as a Markdown table (its first row the header), inside an element that carries its anchor
    (attr_list does not reach tables). Every cell is escaped: a ``|`` in one becomes ``&#124;`` and cannot split it."""
    width = max(len(row) for row in block.rows)

    def row(cells: list[str]) -> str:
        cells = [escape_span(" ".join(cell.split())) for cell in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    lines = [row(block.rows[0]), "| " + " | ".join(["---"] * width) + " |", *(row(r) for r in block.rows[1:])]
    return f'<div class="brief-table" id="{block.id}" markdown>\n\n' + "\n".join(lines) + "\n\n</div>"


def render(brief: Brief) -> str:
    """The whole Markdown file: front matter, then body."""
    meta = dump_yaml(front_matter(brief))
    return f"---\n{meta}---\n\n{body(brief)}"



def page(meta: dict, text: str, site=None) -> str:
    """A page: front matter, text, and the expansions of the acronyms it uses (tooltips via abbr)."""
    return front_matter_block(meta) + with_abbreviations(text, site.glossary if site is not None else None)


def front_matter_block(meta: dict) -> str:
    """A page's front matter, between its ``---`` lines.

    Material prints ``title`` into ``<title>`` and the header without escaping,
    so the title is HTML-escaped here, the one place every page passes through.
    """
    if meta.get("title"):
        meta = {**meta, "title": html_text(meta["title"])}
    # JSON is YAML too: generated pages use it because it is written (and read) far faster.
    return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n"


def with_abbreviations(text: str, glossary=None) -> str:
    """The text and, after it, the expansion of each acronym of ``glossary`` that it uses (abbr's ``*[ACR]: …``)."""
    text = text.rstrip() + "\n"
    return text + abbreviations(glossary.acronyms_in(text) if glossary is not None else {})


def abbreviations(used: dict[str, str]) -> str:
    """What ``with_abbreviations`` adds after a text that uses the acronyms ``used`` (acronym -> expansion)."""
    return "\n" + "\n".join(f"*[{a}]: {escape_abbr(e)}" for a, e in sorted(used.items())) + "\n" if used else ""


def escape_abbr(text: str) -> str:
    return text.replace("]", ")").replace("[", "(")
