"""Annotations on the site: marks and notes on brief pages, the index and the orphans page."""

from __future__ import annotations

import re
from collections import defaultdict

from brieflib.enrich.annotations import Annotation, escape_text
from brieflib.model.brief import Block, Brief
from brieflib.model.config import SiteConfig
from brieflib.model.text import shorten
from brieflib.render.escape import escape_span, md_text
from brieflib.render.present import brief_path, display_date, rel, title_md, title_text

KIND_LABELS = {"comment": "Comment", "context": "Context", "fact-check": "Fact check", "correction": "Correction", "question": "Question"}


def file_link(note: Annotation, repository: str, branch: str) -> str:
    path = note.path.as_posix()
    if repository:
        return f'<a href="{escape_text(repository.rstrip("/"))}/blob/{escape_text(branch)}/{escape_text(path)}">{escape_text(path)}</a>'
    return f"<code>{escape_text(path)}</code>"


def by_block(brief: Brief) -> dict[str, list[Annotation]]:
    grouped: dict[str, list[Annotation]] = defaultdict(list)
    for note in sorted(brief.annotations, key=lambda n: (n.created, n.id)):
        grouped[note.anchor.block.id].append(note)
    return grouped


def mark_quotes(text: str, notes: list[Annotation], numbers: dict[str, int]) -> str:
    """Wrap each note's passage in ``<mark>`` followed by a keyboard-reachable link to the note."""
    spans = []
    for note in notes:
        quote = note.anchor.matched if note.anchor.status == "fuzzy" else note.quote
        matches = list(highlight_pattern(quote).finditer(text))
        if not matches:
            continue
        match = matches[min(note.anchor.occurrence, len(matches) - 1)]
        inside = match.group()
        if inside.count("[") != inside.count("]") or "](" in inside or any(match.start() < e and s < match.end() for s, e, _ in spans):
            spans.append((match.end(), match.end(), note))  # cannot mark across markup: reference only
        else:
            spans.append((match.start(), match.end(), note))
    for start, end, note in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
        ref = (
            f'<a class="annotation-ref" href="#{note.id}" title="{KIND_LABELS[note.kind]} by {escape_text(note.author)}">'
            f"{numbers[note.id]}</a>"
        )
        if start == end:
            text = text[:end] + ref + text[end:]
        else:
            text = f'{text[:start]}<mark class="annotated" id="mark-{note.id}">{text[start:end]}</mark>{ref}{text[end:]}'
    return text


def note_asides(notes: list[Annotation], here: str, config: SiteConfig, others: dict, numbers: dict[str, int]) -> str:
    """The notes on one paragraph, as sanitised HTML asides placed after it; ``others`` are the briefs they may
    name in "see also", by slug (their titles)."""
    asides = []
    for note in notes:
        meta = (
            f'<p class="annotation-meta"><span class="annotation-number">{numbers[note.id]}</span> '
            f'<span class="annotation-kind">{KIND_LABELS[note.kind]}</span> · {escape_text(note.author)} · '
            f"{escape_text(display_date(note.created))} · {file_link(note, config.repository, config.branch)}</p>"
        )
        if note.anchor.status == "fuzzy":
            meta += '<p class="annotation-moved">This note was re-anchored after the brief changed.</p>'
        see = _see_also_html(note, here, others)
        body = note.body_html.replace("\n\n", "\n")
        asides.append(
            f'<aside class="annotation annotation--{note.kind}" id="{note.id}" aria-label="{KIND_LABELS[note.kind]} by {escape_text(note.author)}">\n'
            f"{meta}\n{body}\n{see}</aside>"
        )
    return "\n\n".join(asides)


def _see_also_html(note: Annotation, here: str, others: dict) -> str:
    links = []
    for target in note.see_also:
        slug, _, anchor = target.partition("#")
        other = others.get(slug)
        if other is None:
            continue
        url = rel(here, f"briefs/{slug}/").rstrip("/") + "/" + (f"#{anchor}" if anchor else "")
        title = title_text(other)
        links.append(f'<a href="{escape_text(url)}">{escape_text(title)}</a>')
    return f'<p class="annotation-see-also">See also: {", ".join(links)}</p>\n' if links else ""


def numbering(brief: Brief) -> dict[str, int]:
    ordered = sorted(brief.annotations, key=lambda n: (brief.blocks.index(n.anchor.block), n.created, n.id))
    return {note.id: i for i, note in enumerate(ordered, 1)}


def notes_section(brief: Brief, here: str, others: dict) -> str:
    """The end-of-page list of a brief's notes, and notes in other briefs that link here (``others``: those briefs
    by slug, for their titles)."""
    parts = []
    if brief.annotations:
        numbers = numbering(brief)
        lines = ["## Notes on this brief"]
        for note in sorted(brief.annotations, key=lambda n: numbers[n.id]):
            lines.append(
                f"{numbers[note.id]}. [{KIND_LABELS[note.kind]} by {md_text(note.author)}](#{note.id}) on "
                f"“{md_text(shorten(note.quote, 90))}”"
            )
        parts.append("\n\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]))
        parts.append(_print_notes(brief, numbers))
    if brief.backlinks:
        lines = ["## Notes elsewhere that link here"]
        for note, anchor in brief.backlinks:
            source = others[note.brief_slug]
            link = rel(here, brief_path(source)) + f"#{note.id}"
            target = f" (about [this passage](#{anchor}))" if anchor else ""
            lines.append(f"- [{KIND_LABELS[note.kind]} by {md_text(note.author)}]({link}) on {title_md(source)}{target}")
        parts.append("\n\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]))
    return "\n\n".join(parts)


def _print_notes(brief: Brief, numbers: dict[str, int]) -> str:
    """The notes in full, for print only: they move from the margin to the end of the brief."""
    items = []
    for note in sorted(brief.annotations, key=lambda n: numbers[n.id]):
        heading = f"{KIND_LABELS[note.kind]} by {escape_text(note.author)}, {escape_text(display_date(note.created))}, on “{escape_text(note.quote)}”"
        items.append(f'<li value="{numbers[note.id]}"><p><strong>{heading}</strong></p>\n{note.body_html.replace(chr(10) * 2, chr(10))}</li>')
    return '<div class="note-print-body" data-pagefind-ignore="all">\n<ol>\n' + "\n".join(items) + "\n</ol>\n</div>"


def decorate_block(block: Block, text: str, notes_here: dict[str, list[Annotation]], numbers: dict[str, int]) -> str:
    notes = notes_here.get(block.id)
    return mark_quotes(text, notes, numbers) if notes else text


def highlight_pattern(quote: str) -> re.Pattern:
    """A regex that finds ``quote`` in a block's escaped inline Markdown, across note refs, emphasis and quote styles."""
    gap = r"(?:\s|\*{1,2}|_{1,2}|\[\^\d+\])*"
    tokens = re.findall(r"\w+|[^\w\s]", quote)
    parts = []
    for token in tokens:
        if token in "\"“”„'‘’‚":
            parts.append("[\"“”„'‘’‚]")
        elif token in "-–—‑−":
            parts.append("[-–—‑−]")
        elif token[0].isalnum():
            parts.append(re.escape(token))
        else:  # punctuation: as the quote has it, or as md_text escaped it (\\*, &amp;, &lt;)
            parts.append(f"(?:{re.escape(token)}|{re.escape(escape_span(token))})")
    return re.compile(gap.join(parts), re.IGNORECASE)
