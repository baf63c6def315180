"""Atom feeds of new briefs and new annotations (feedgen), newest first.

A dated brief is placed by its date; an undated one by the day git first saw
its source file, so that it still appears in readers' feeds when it is added.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import lru_cache
from pathlib import Path

from feedgen.feed import FeedGenerator

from brieflib.model.brief import Brief
from brieflib.render.present import title_text

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@lru_cache(maxsize=8)
def _git_additions(root: Path) -> dict[str, dt.datetime] | None:
    """When git first saw each file, from one ``git log`` over the whole history (oldest addition wins);
    None without git or outside a repository."""
    try:
        log = subprocess.run(
            ["git", "log", "--diff-filter=A", "--name-only", "--format=@%aI", "--", "sources"],
            cwd=root, capture_output=True, text=True, timeout=120, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if log.returncode != 0:
        return None
    added: dict[str, dt.datetime] = {}
    when = None
    for line in log.stdout.splitlines():
        if line.startswith("@"):
            when = dt.datetime.fromisoformat(line[1:])
        elif line.strip() and when is not None:
            added[line.strip()] = when  # log runs newest first: the last seen is the first addition
    return added


def placed_at(brief: Brief, root: Path) -> dt.datetime:
    """When a brief belongs in the feed: its date, else when it was added to the repository
    (without git: when its file was last written)."""
    if brief.date:
        parts = [int(p) for p in brief.date.split("-")] + [1, 1]
        return dt.datetime(parts[0], parts[1], parts[2], tzinfo=dt.UTC)
    additions = _git_additions(root)
    if additions is None:
        path = root / brief.source
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC) if path.exists() else EPOCH
    return additions.get(brief.source.as_posix()) or EPOCH


def git_history_available(root: Path) -> bool:
    return _git_additions(root) is not None


def _generator(site, path: str, title: str, subtitle: str) -> FeedGenerator:
    base = site.config.site_url.rstrip("/")
    feed = FeedGenerator()
    feed.id(f"{base}/{path}" if base else f"urn:policy-briefs:{path}")
    feed.title(title)
    feed.subtitle(subtitle)
    feed.link(href=f"{base}/" if base else "../", rel="alternate")
    feed.link(href=f"{base}/{path}" if base else path.split("/")[-1], rel="self")
    feed.language("en")
    feed.generator("policy-briefs")
    return feed


def _link(site, page: str) -> str:
    base = site.config.site_url.rstrip("/")
    return f"{base}/{page}" if base else f"../{page}"


def feeds(site, root: Path, annotations: list) -> dict[str, str]:
    briefs = sorted(site.briefs, key=lambda b: (placed_at(b, root), b.slug), reverse=True)
    feed = _generator(site, "feeds/briefs.xml", f"{site.config.site_name}: new briefs", "Policy briefs, newest first.")
    latest = EPOCH
    for brief in reversed(briefs):  # feedgen prepends: add oldest first
        when = placed_at(brief, root)
        latest = max(latest, when)
        entry = feed.add_entry()
        entry.id(_link(site, f"briefs/{brief.slug}/") if site.config.site_url else f"urn:policy-briefs:brief:{brief.slug}")
        entry.title(title_text(brief))
        entry.link(href=_link(site, f"briefs/{brief.slug}/"))
        for author in brief.authors:
            entry.author({"name": author.name})
        if brief.summary:
            entry.summary(brief.summary)
        entry.updated(when)
        if brief.date:
            entry.published(when)
    feed.updated(latest)
    notes = sorted(annotations, key=lambda n: (n.created, n.id), reverse=True)
    note_feed = _generator(site, "feeds/annotations.xml", f"{site.config.site_name}: new annotations", "Readers' notes on passages of briefs.")
    latest_note = EPOCH
    by_slug = site.by_slug
    for note in reversed(notes):
        when = dt.datetime.fromisoformat(note.created).replace(tzinfo=dt.UTC)
        latest_note = max(latest_note, when)
        entry = note_feed.add_entry()
        entry.id(f"urn:policy-briefs:note:{note.brief_slug}:{note.id}")
        entry.title(f"{note.kind.replace('-', ' ').capitalize()} on {title_text(by_slug[note.brief_slug])}")
        entry.link(href=_link(site, f"briefs/{note.brief_slug}/") + f"#{note.id}")
        entry.author({"name": note.author})
        entry.summary(f"On “{note.quote}”")
        entry.content(note.body_html, type="html")
        entry.updated(when)
        entry.published(when)
    note_feed.updated(latest_note)
    return {
        "feeds/briefs.xml": feed.atom_str(pretty=True).decode("utf-8"),
        "feeds/annotations.xml": note_feed.atom_str(pretty=True).decode("utf-8"),
    }
