"""``annotate``: write a new annotation file for a passage, with its context recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from brieflib.build.check import source_files
from brieflib.enrich.anchoring import context_of
from brieflib.enrich.annotations import KINDS, PLACEHOLDER
from brieflib.ingest.convert import convert_file
from brieflib.model.brief import Brief
from brieflib.model.errors import BriefError, Problem, fail
from brieflib.model.text import slugify


def find_brief(root: Path, brief: str) -> Brief:
    """A brief by the path of its source file or by its slug."""
    path = Path(brief)
    if path.suffix and path.exists():
        return convert_file(path, root=root)
    slugs = []
    for source in source_files(root / "sources"):
        converted = convert_file(source, root=root)
        if converted.slug == brief:
            return converted
        slugs.append(converted.slug)
    fail(brief, "no brief has this slug or path", hint="slugs: " + ", ".join(sorted(slugs)))


def annotate(root: Path, brief_ref: str, quote: str, author: str, kind: str = "comment", body: str | None = None,
             today: dt.date | None = None) -> Path:
    """Check the quote occurs exactly once, then write the file and return its path."""
    if kind not in KINDS:
        fail(kind, f"unknown kind; use one of {', '.join(KINDS)}")
    if not quote.strip() or not author.strip():
        fail(brief_ref, "--quote and --author must not be empty")
    brief = find_brief(root, brief_ref)
    contexts, nearest = context_of(brief, quote)
    if not contexts:
        hint = f'nearest passage: "{nearest}"' if nearest else None
        raise BriefError(Problem(brief.source, f"the quote is not in brief {brief.slug}", hint=hint))
    if len(contexts) > 1:
        shown = "; ".join(f"…{p}[{quote}]{s}…" for p, s in contexts[:5])
        raise BriefError(Problem(
            brief.source, f"the quote occurs {len(contexts)} times in brief {brief.slug}: {shown}",
            hint="quote a longer passage so that it occurs once",
        ))
    prefix, suffix = contexts[0]
    today = today or dt.date.today()
    folder = root / "sources" / "annotations" / brief.slug
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{today.isoformat()}-{slugify(author)[:30]}-{slugify(' '.join(quote.split()[:6]))[:40]}".strip("-")
    path, n = folder / f"{stem}.md", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.md", n + 1
    front = {"quote": quote.strip(), "prefix": prefix, "suffix": suffix, "author": author.strip(),
             "created": today.isoformat(), "kind": kind}
    text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100000) + "---\n\n"
    path.write_text(text + (body.strip() if body else PLACEHOLDER) + "\n", encoding="utf-8")
    return path
