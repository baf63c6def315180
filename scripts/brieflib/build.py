"""``build``: convert every brief and write the generated pages under docs/.

Deterministic (sorted inputs, no timestamps) and incremental: a brief whose
source, sidecar and the converter's code are unchanged is read from the cache
in ``.cache/``, and a page whose text is unchanged is not rewritten, so
``mkdocs serve`` reloads only what changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import cite
from .annotations import resolve
from .check import source_files
from .convert import convert_file, sidecar_for
from .enrich import enrich
from .errors import BriefError, Problem
from .feeds import feeds
from .model import Brief, brief_from_dict, brief_to_dict
from .notes import link_backlinks
from .pages import Site, SiteConfig, site_pages
from .read import read_source

# Folders under docs/ that belong to the build; everything else in docs/ is hand-written.
GENERATED_DIRS = ("briefs", "themes", "authors", "publishers", "timeline", "glossary", "annotations", "feeds", "_snippets")
CODE_DIR = Path(__file__).resolve().parent


@dataclass
class BuildReport:
    briefs: int = 0
    converted: int = 0
    cached: int = 0
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_DIR.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _input_key(path: Path, version: str) -> str:
    digest = hashlib.sha256(version.encode())
    digest.update(path.read_bytes())
    sidecar = sidecar_for(path)
    if sidecar:
        digest.update(b"sidecar" + sidecar.read_bytes())
    return digest.hexdigest()


def load_briefs(root: Path, report: BuildReport, cache: Path | None = None) -> list[Brief]:
    """Convert every source, from the cache where nothing changed; raise BriefError listing all problems."""
    cache = cache or root / ".cache" / "convert"
    cache.mkdir(parents=True, exist_ok=True)
    version = code_version()
    briefs, problems = [], []
    for path in source_files(root / "sources"):
        key = _input_key(path, version)
        cached = cache / f"{hashlib.sha1(path.name.encode()).hexdigest()}.json"
        if cached.exists():
            data = json.loads(cached.read_text(encoding="utf-8"))
            if data.get("key") == key:
                briefs.append(brief_from_dict(data["brief"]))
                report.cached += 1
                continue
        try:
            brief = convert_file(path, root=root)
        except BriefError as exc:
            problems += exc.problems
            continue
        cached.write_text(json.dumps({"key": key, "brief": brief_to_dict(brief)}, ensure_ascii=False), encoding="utf-8")
        briefs.append(brief)
        report.converted += 1
    problems += duplicate_slugs(briefs)
    if problems:
        raise BriefError(problems)
    return briefs


def duplicate_slugs(briefs: list[Brief]) -> list[Problem]:
    seen: dict[str, Brief] = {}
    problems = []
    for brief in sorted(briefs, key=lambda b: b.source.as_posix()):
        if brief.slug in seen:
            problems.append(
                Problem(brief.source, f"slug '{brief.slug}' is already used by {seen[brief.slug].source}",
                        hint="give one of them another 'slug' in its sidecar")
            )
        seen.setdefault(brief.slug, brief)
    return problems


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml while ignoring tags such as !!python/name (we only need `extra`)."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_config(root: Path) -> SiteConfig:
    path = root / "mkdocs.yml"
    if not path.exists():
        return SiteConfig()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    extra = data.get("extra") or {}
    return SiteConfig(
        repository=extra.get("repository") or "", branch=extra.get("repository_branch") or "main",
        site_url=data.get("site_url") or "", site_name=data.get("site_name") or "Policy Briefs",
    )


def write_pages(docs: Path, pages: dict[str, str], report: BuildReport) -> None:
    """Write changed pages; delete generated files that no longer have a page."""
    for relative, text in sorted(pages.items()):
        target = docs / relative
        data = text.encode("utf-8")
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        report.written.append(relative)
    for folder in GENERATED_DIRS:
        base = docs / folder
        if not base.exists():
            continue
        for path in sorted(base.rglob("*"), reverse=True):
            relative = path.relative_to(docs).as_posix()
            if path.is_file() and relative not in pages:
                path.unlink()
                report.removed.append(relative)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


EMPTY_SITEMAP = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'


def alternate_sitemaps(pages: dict[str, str]) -> dict[str, str]:
    """Empty sitemaps beside the citation exports and feeds.

    Material's JavaScript treats every <link rel="alternate"> as a language
    version and fetches sitemap.xml beside it; the exports and feeds must be
    rel="alternate" for Zotero and feed readers, so answer those requests
    instead of leaving 404s in every reader's console.
    """
    folders = {name.rsplit("/", 1)[0] for name in pages if name.endswith(("/cite.bib", ".xml")) and "/" in name}
    return {f"{folder}/sitemap.xml": EMPTY_SITEMAP for folder in sorted(folders)}


def build(root: Path, docs: Path | None = None, strict: bool = False) -> BuildReport:
    """Convert all briefs under ``root/sources`` and write the site's pages into ``docs``.

    Invalid sources and annotation files always fail the build; with ``strict``,
    so do annotations that cannot be anchored (otherwise they are listed on the
    "Unanchored annotations" page).
    """
    docs = docs or root / "docs"
    report = BuildReport()
    briefs = load_briefs(root, report)
    taxonomy, glossary = enrich(briefs, root)
    notes = resolve(root, briefs, set(taxonomy.ids))
    link_backlinks(briefs)
    orphan_paths = {n.path for n in notes.orphans}
    errors = [p for p in notes.problems if p.severity == "error" and (strict or Path(str(p.path)) not in orphan_paths)]
    if errors:
        raise BriefError(errors)
    report.warnings = [p for p in notes.problems if p not in errors]
    report.briefs = len(briefs)
    site = Site(briefs, taxonomy, site_config(root), glossary, notes.orphans)
    pages = site_pages(site)
    for brief in site.briefs:
        pages[f"briefs/{brief.slug}/source.txt"] = read_source(root / brief.source) + "\n"
        for name, text in cite.exports(brief, site.config.site_url).items():
            pages[f"briefs/{brief.slug}/{name}"] = text
    pages.update(feeds(site, root, notes.anchored))
    pages.update(alternate_sitemaps(pages))
    write_pages(docs, pages, report)
    return report


def clean(docs: Path) -> None:
    for folder in GENERATED_DIRS:
        shutil.rmtree(docs / folder, ignore_errors=True)
