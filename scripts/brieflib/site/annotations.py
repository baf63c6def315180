"""The annotations index (by brief, kind and contributor) and the page of notes that could not be anchored."""

from __future__ import annotations

from collections import defaultdict

from brieflib.enrich.annotations import Annotation
from brieflib.model.pages import Pages
from brieflib.model.text import shorten
from brieflib.render.escape import md_text
from brieflib.render.markdown import page
from brieflib.render.notes import KIND_LABELS
from brieflib.render.present import brief_path, counted, display_date, rel, title_md


def annotation_pages(site, orphans: list[Annotation]) -> dict[str, str]:
    notes = [n for b in site.briefs for n in b.annotations]
    here = "annotations/index.md"
    text = ["# Annotations", f"{counted(len(notes), 'note')} by readers on {counted(len({n.brief_slug for n in notes}), 'brief')}. "
            "See [Contributing](../contributing.md#annotate-a-passage) to add one."]
    if orphans:
        text.append(f"{counted(len(orphans), 'note')} could not be anchored: see [Unanchored annotations](unanchored.md).")
    text.append("## By brief")
    for brief in site.briefs:
        if not brief.annotations:
            continue
        text.append(f"### [{title_md(brief)}]({rel(here, brief_path(brief))})")
        text.append("\n".join(
            f"- [{KIND_LABELS[n.kind]}]({rel(here, brief_path(brief))}#{n.id}) by {md_text(n.author)}, "
            f"{display_date(n.created)}: “{md_text(shorten(n.quote, 100))}”" for n in brief.annotations
        ))
    if not notes:
        text.append("*No notes yet.*")
    text.append("## By kind")
    kinds = defaultdict(list)
    for note in notes:
        kinds[note.kind].append(note)
    text.append("\n".join(f"- {KIND_LABELS[k]}: {len(kinds[k])}" for k in KIND_LABELS))
    text.append("## By contributor")
    people = defaultdict(list)
    for note in notes:
        people[note.author].append(note)
    text.append("\n".join(
        f"- {md_text(name)}: " + ", ".join(
            f"[{KIND_LABELS[n.kind].lower()} on {md_text(shorten(site.by_slug[n.brief_slug].title or '', 50))}]"
            f"({rel(here, brief_path(site.by_slug[n.brief_slug]))}#{n.id})" for n in people[name]
        ) for name in sorted(people, key=str.lower)
    ) or "*No contributors yet.*")
    pages = Pages({here: page({"title": "Annotations"}, "\n\n".join(text), site)})
    orphan_text = ["# Unanchored annotations",
                   "These notes quote text that their brief no longer contains, or contains more than once. "
                   "They are kept here, with their original quote, until someone updates them."]
    if not orphans:
        orphan_text.append("*None: every note is anchored.*")
    for note in orphans:
        brief = site.by_slug.get(note.brief_slug)
        where = f"[{title_md(brief)}]({rel('annotations/unanchored.md', brief_path(brief))})" if brief else md_text(note.brief_slug)
        nearest = f"\n\n    Nearest passage now: “{md_text(note.anchor.nearest)}”" if note.anchor and note.anchor.nearest else ""
        orphan_text.append(
            f"- **{KIND_LABELS[note.kind]}** by {md_text(note.author)} on {where} (`{note.path.as_posix()}`)\n\n"
            f"    Quote: “{md_text(note.quote)}”{nearest}"
        )
    pages["annotations/unanchored.md"] = page({"title": "Unanchored annotations"}, "\n\n".join(orphan_text), site)
    return pages
