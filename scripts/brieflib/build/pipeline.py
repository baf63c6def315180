"""``build``: convert every brief and write the generated pages under docs/.

Deterministic (sorted inputs, no timestamps) and incremental: a brief whose
source, sidecar and the converter's code are unchanged is read from the cache
in ``.cache/convert/``, a brief or theme page whose inputs are unchanged from the one in
``.cache/pages/`` (build/page_cache.py), and a page whose text is unchanged is
not rewritten, so ``mkdocs serve`` reloads only what changed; the related briefs are taken from
``.cache/related.json`` while no brief's words, themes or slug changed. Cache entries are
written whole or not at all (build/cachefile.py), and the conversions of briefs
that no longer exist are pruned at the end of ``load_briefs``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from brieflib.build.cachefile import prune, read_entry, write_entry
from brieflib.build.check import conversion_warnings, source_files
from brieflib.build.page_cache import CachedPage, PageCache
from brieflib.enrich.annotations import link_backlinks, resolve
from brieflib.enrich.corpus import (
    Site,
    distinct_slugs,
    enrich,
    enrich_acronyms,
    enrich_mentions,
    enrich_places,
    enrich_terms,
    enrich_themes,
    gazetteer_for,
    glossary_entries_for,
    taxonomy_for,
)
from brieflib.enrich.related import relate, related_key
from brieflib.enrich.taxonomy import Taxonomy
from brieflib.ingest.convert import convert_file, original_copy, sidecar_for
from brieflib.ingest.read import read_source
from brieflib.model.brief import Brief, brief_from_dict, brief_to_dict
from brieflib.model.config import SiteConfig
from brieflib.model.errors import BriefError, Problem
from brieflib.render import cite
from brieflib.site.feeds import feeds, git_history_available
from brieflib.site.pages import site_pages

# Folders under docs/ that belong to the build; everything else in docs/ is hand-written.
GENERATED_DIRS = ("briefs", "themes", "regions", "authors", "publishers", "timeline", "glossary", "annotations", "feeds", "_snippets")
CODE_DIR = Path(__file__).resolve().parent.parent  # the whole brieflib package


@dataclass
class BuildReport:
    briefs: int = 0
    converted: int = 0
    cached: int = 0
    skipped: bool = False  # nothing changed since the last build
    timings: dict[str, float] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)  # brief pages made afresh, not taken from the page cache
    rendered_themes: list[str] = field(default_factory=list)  # theme pages made afresh, not taken from the page cache
    pages_read: list[str] = field(default_factory=list)  # brief and theme pages read from the page cache (their file had to be compared)
    # each brief and theme page's key, acronym scan and acronyms used (kept in the build manifest: PageCache.records)
    page_records: dict[str, list] = field(default_factory=dict)
    themes: int = 0  # theme pages
    copied: list[str] = field(default_factory=list)  # source copies read again (their source or the copy changed)
    compared: list[str] = field(default_factory=list)  # generated files compared with the one on disk (their stamp changed)
    pruned: int = 0  # cached conversions of briefs that no longer exist, deleted
    related_cached: bool = False  # the related briefs taken from .cache/related.json (no brief's words, themes or slug changed)
    # what each source's conversion is made from (its cache key), by source path: the stamp of its copy beside its page
    input_keys: dict[Path, str] = field(default_factory=dict)
    # each generated file on disk after the build: [its stamp, its size, its mtime in ns] (kept in the build manifest)
    stamps: dict[str, list] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


# Packages whose versions shape the generated pages: a new release of any of
# them may change the output, so it invalidates the cache like a code change.
OUTPUT_PACKAGES = ("pdfplumber", "pdfminer.six", "trafilatura", "ftfy", "markdown", "pymdown-extensions", "pyyaml", "nh3", "rapidfuzz", "scikit-learn", "feedgen", "jsonschema", "python-slugify", "text-unidecode")


def package_versions() -> str:
    """``name==version`` of each package in OUTPUT_PACKAGES that is installed."""
    found = []
    for name in OUTPUT_PACKAGES:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ";".join(found)


@lru_cache(maxsize=1)
def code_version() -> str:
    """The package's code and data files, and the versions of the libraries that shape the output."""
    digest = hashlib.sha256(package_versions().encode())
    for path in sorted(p for p in CODE_DIR.rglob("*") if p.suffix in {".py", ".json", ".yml"} and "__pycache__" not in p.parts):
        digest.update(path.relative_to(CODE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _input_key(path: Path, version: str) -> str:
    """What one brief's conversion and what is cached with it read: the code and the editors' files in ``version``
    (BRIEF_ONLY_SOURCES), the source and its sidecar."""
    digest = hashlib.sha256(version.encode())
    digest.update(path.read_bytes())
    sidecar = sidecar_for(path)
    if sidecar:
        digest.update(b"sidecar" + sidecar.read_bytes())
    return digest.hexdigest()


def convert_one(path: Path, meta: Path | None = None, root: Path | None = None) -> Brief:
    """One brief as ``briefs.py convert`` prints it: converted, with its themes assigned."""
    root = root or Path.cwd()
    brief = convert_file(path, meta, root)
    enrich_themes([brief], taxonomy_for(root))
    return brief


PARALLEL_FROM = 32  # briefs to convert before a second process pays for itself


def load_briefs(root: Path, report: BuildReport, cache: Path | None = None) -> list[Brief]:
    """Convert every source, from the cache where nothing changed; raise BriefError listing all problems.

    Cache misses are converted on all cores when there are many of them.
    """
    cache = cache or root / ".cache" / "convert"
    cache.mkdir(parents=True, exist_ok=True)
    glossary_entries_for(root)  # an invalid glossary.yml is reported here, once, before any brief is converted
    # a brief's themes, countries, regions, glossary mentions and acronyms depend only on it and on the editors' files
    version = code_version() + "".join(hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "-"
                                       for f in (root / "sources" / name for name in BRIEF_ONLY_SOURCES))
    briefs: dict[Path, Brief] = {}
    misses: list[tuple[Path, str, Path]] = []
    entries: set[str] = set()
    for path in source_files(root / "sources"):
        key = _input_key(path, version)
        report.input_keys[path.relative_to(root)] = key
        cached = cache / f"{hashlib.sha1(path.name.encode()).hexdigest()}.json"
        entries.add(cached.name)
        data = read_entry(cached)
        if data is not None and data.get("key") == key:
            briefs[path] = brief_from_dict(data["brief"])
            report.cached += 1
            continue
        misses.append((path, key, cached))
    problems = []
    for (path, key, cached), result in zip(misses, _convert_all([m[0] for m in misses], root), strict=True):
        if isinstance(result, BriefError):
            problems += result.problems
            continue
        write_entry(cached, {"key": key, "brief": brief_to_dict(result)})
        briefs[path] = result
        report.converted += 1
    report.pruned = prune(cache, entries)  # the conversions of briefs that no longer exist
    ordered = [briefs[p] for p in sorted(briefs)]
    report.warnings += [w for brief in ordered for w in conversion_warnings(brief)]
    report.warnings += distinct_slugs(ordered)
    if problems:
        raise BriefError(problems)
    return ordered


# The editors' files what is cached with a brief's conversion depends on (its themes, places and glossary mentions)
BRIEF_ONLY_SOURCES = ("themes.yml", "regions.yml", "glossary.yml")


def _convert_or_error(path: Path, root: Path) -> Brief | BriefError:
    """Convert one brief and assign its themes, countries, regions, glossary mentions, the words that relate it
    to others and the acronyms it defines (they depend only on it, the taxonomy, the gazetteer and the glossary:
    cached with it, so that a one-brief rebuild does not look for every brief's places, glossary terms and
    acronyms, or read every text, again)."""
    try:
        brief = convert_one(path, root=root)
    except BriefError as exc:
        return exc
    enrich_places([brief], gazetteer_for(root))
    enrich_mentions([brief], glossary_entries_for(root))
    enrich_terms([brief])
    enrich_acronyms([brief])
    return brief


def _convert_all(paths: list[Path], root: Path) -> list[Brief | BriefError]:
    workers = min(os.cpu_count() or 1, 8)
    if len(paths) < PARALLEL_FROM or workers < 2:
        return [_convert_or_error(p, root) for p in paths]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_convert_or_error, paths, [root] * len(paths), chunksize=16))


def site_config(root: Path) -> SiteConfig:
    """What the pages need from mkdocs.yml, read by MkDocs itself (so ``!ENV`` and ``INHERIT`` work as in ``mkdocs build``)."""
    path = root / "mkdocs.yml"
    if not path.exists():
        return SiteConfig()
    try:
        config = load_config(str(path))
    except ConfigurationError as exc:
        raise BriefError(Problem(path.relative_to(root), f"MkDocs cannot read it: {exc}", hint="run 'mkdocs build' to see the whole message")) from exc
    extra = config["extra"] or {}
    return SiteConfig(
        repository=extra.get("repository") or "", branch=extra.get("repository_branch") or "main",
        site_url=config["site_url"] or "", site_name=config["site_name"] or "Policy Briefs",
    )


@dataclass(frozen=True)
class SourceCopy:
    """A brief's source as copied beside its page: read and decoded only when the copy there may be stale."""

    source: Path
    original: bool  # the publisher's own file (a PDF, a saved web page) byte for byte; else the text, as read_source reads it
    stamp: str | None  # what the copy is made from (its conversion's key: the source's bytes, the code); None: unknown

    def data(self) -> bytes:
        return self.source.read_bytes() if self.original else (read_source(self.source) + "\n").encode("utf-8")


def _stat(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def write_pages(docs: Path, pages: dict[str, str | bytes | SourceCopy | CachedPage], report: BuildReport,
                last: dict | None = None) -> None:
    """Write changed files; delete generated files that no longer have a page.

    Each file is stamped (``report.stamps``, kept in the build manifest) with a key of what it is made from (a source
    copy's conversion key; a brief or theme page's key and the acronym expansions added to it, from the page cache;
    else a hash of its text) and the size and mtime the build left it with. A file whose stamp is the one the last
    build left (``last``) and whose size and mtime are those it had then is left as it is, unread (a source copy
    without reading its source, a cached page without reading the cache); any other is compared with the file on
    disk (``report.compared``) and written when it differs.
    """
    last = last or {}
    for relative, text in sorted(pages.items()):
        target = docs / relative
        data = None
        if isinstance(text, SourceCopy | CachedPage):
            stamp = text.stamp
        else:
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            stamp = hashlib.sha256(data).hexdigest()
        record = last.get(relative)
        if stamp is not None and record is not None and record[0] == stamp and _stat(target) == record[1:]:
            report.stamps[relative] = record
            continue
        report.compared.append(relative)
        if isinstance(text, SourceCopy):
            report.copied.append(relative)
        if data is None:
            data = text.data()
        if _read(target) != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            report.written.append(relative)
        if stamp is not None:
            report.stamps[relative] = [stamp, *_stat(target)]
    report.removed += _remove_stale(docs, pages)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _remove_stale(docs: Path, pages: dict) -> list[str]:
    """Delete the files under the generated folders that are not ``pages`` (and the folders left empty); return
    their docs-relative paths, last first."""
    removed, gone = [], set()
    for folder in GENERATED_DIRS:
        base = docs / folder
        for directory, subdirs, names in os.walk(base, topdown=False):
            here = Path(directory)
            prefix = here.relative_to(docs).as_posix()
            stale = [name for name in names if f"{prefix}/{name}" not in pages]
            for name in stale:
                (here / name).unlink()
                removed.append(f"{prefix}/{name}")
            if here != base and len(stale) == len(names) and all(here / sub in gone for sub in subdirs):
                here.rmdir()
                gone.add(here)
    return sorted(removed, reverse=True)


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


def fingerprint(root: Path, strict: bool) -> str:
    """Everything a build reads: code, sources, annotations, taxonomy, glossary, config, git HEAD."""
    digest = hashlib.sha256(f"{code_version()}|strict={strict}".encode())
    for path in sorted(p for p in (root / "sources").rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    config = root / "mkdocs.yml"
    if config.exists():
        digest.update(config.read_bytes() + repr(site_config(root)).encode())  # with !ENV values resolved
    digest.update((git_head(root) or "").encode())
    return digest.hexdigest()


def git_head(root: Path) -> str | None:
    """The commit checked out at ``root``; None without git or outside a repository (git is optional)."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return head.stdout.strip() if head.returncode == 0 else None


def _manifest(root: Path) -> Path:
    return root / ".cache" / "build-manifest.json"


def _unchanged(root: Path, docs: Path, stamp: str) -> dict | None:
    """The last build's manifest, if it was made from exactly these inputs and its files are all there."""
    path = _manifest(root)
    if not path.exists():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("fingerprint") == stamp and all((docs / f).exists() for f in manifest.get("files", [])):
        return manifest
    return None


def _last_manifest(root: Path) -> dict:
    """The last build's manifest: the stamps of the files it left and the records of its pages (none if it cannot be read)."""
    try:
        manifest = json.loads(_manifest(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def build(root: Path, docs: Path | None = None, strict: bool = False) -> BuildReport:
    """Convert all briefs under ``root/sources`` and write the site's pages into ``docs``.

    Invalid sources and annotation files always fail the build; with ``strict``,
    so do annotations that cannot be anchored (otherwise they are listed on the
    "Unanchored annotations" page). When nothing the build reads has changed
    since the last build, and its pages are all there, nothing is done.
    """
    docs = docs or root / "docs"
    report = BuildReport()
    clock = time.perf_counter()
    stamp = fingerprint(root, strict)
    previous = _unchanged(root, docs, stamp)
    if previous is not None:
        report.skipped = True
        report.warnings = list(previous.get("warnings", []))  # still true: say them again
        report.timings["check"] = time.perf_counter() - clock
        return report
    briefs = load_briefs(root, report)
    report.timings["convert"] = time.perf_counter() - clock
    clock = time.perf_counter()
    site, notes = enrich_stage(root, briefs, strict, report)
    report.timings["enrich"] = time.perf_counter() - clock
    clock = time.perf_counter()
    last = _last_manifest(root)
    pages = pages_stage(root, site, notes, report, last.get("pages"))
    if not git_history_available(root):
        report.warnings.append(Problem(root.name or ".", "no git history here (git missing or not a repository): "
                                       "feeds place undated briefs by their files' dates", severity="warning"))
    write_pages(docs, pages, report, last.get("stamps"))
    report.timings["pages"] = time.perf_counter() - clock
    manifest = {"fingerprint": stamp, "files": sorted(pages), "warnings": [str(w) for w in report.warnings],
                "stamps": report.stamps, "pages": report.page_records}
    _manifest(root).write_text(json.dumps(manifest), encoding="utf-8")
    return report


def enrich_stage(root: Path, briefs: list[Brief], strict: bool, report: BuildReport):
    """Themes, related briefs, glossary, annotations; fail on invalid annotations (and orphans if strict)."""
    taxonomy, glossary = enrich(briefs, root, _cached_relate(root / ".cache" / "related.json", report))
    notes = resolve(root, briefs, set(taxonomy.ids))
    link_backlinks(briefs)
    orphan_paths = {n.path for n in notes.orphans}
    errors = [p for p in notes.problems if p.severity == "error" and (strict or Path(str(p.path)) not in orphan_paths)]
    if errors:
        raise BriefError(errors)
    site = Site(briefs, taxonomy, site_config(root), glossary, notes.orphans, gazetteer_for(root))
    report.warnings += site.warnings + [p for p in notes.problems if p not in errors]
    report.briefs = len(briefs)
    return site, notes


def _cached_relate(path: Path, report: BuildReport) -> Callable[[list[Brief], Taxonomy], None]:
    """``relate``, or the related briefs the last build found, when what they are found from is unchanged
    (``related_key``: every brief's words, themes and slug, the themes' labels, the code); a score depends on every
    brief's words, so the related briefs are kept or found again for all briefs at once."""

    def relate_or_recall(briefs: list[Brief], taxonomy: Taxonomy) -> None:
        key = related_key(briefs, taxonomy, code_version())
        entry = read_entry(path)
        if entry is not None and entry.get("key") == key and len(entry.get("related") or []) == len(briefs):
            for brief, related in zip(briefs, entry["related"], strict=True):
                brief.related = related
            report.related_cached = True
            return
        relate(briefs, taxonomy)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_entry(path, {"key": key, "related": [brief.related for brief in briefs]})

    return relate_or_recall


def pages_stage(root: Path, site: Site, notes, report: BuildReport | None = None,
                last_pages: dict | None = None) -> dict[str, str | SourceCopy | CachedPage]:
    """Every generated file: pages, source copies (read when they are written: ``SourceCopy``), citation exports, feeds.

    Each brief's and each theme's page comes from the page cache in ``.cache/pages/`` unless what it is made from
    changed (build/page_cache.py), and is read from there only when its file must be written (``CachedPage``:
    ``last_pages`` are the last build's ``report.page_records``); the pages rendered afresh are listed in
    ``report.rendered`` (brief pages) and ``report.rendered_themes``, those read in ``report.pages_read``.
    """
    cache = PageCache(root / ".cache" / "pages", code_version(), last_pages)
    pages = site_pages(site, cache.brief_page, cache.theme_page)
    cache.prune()
    if report is not None:  # the same lists: a page read or rendered when it is written is listed too
        report.rendered, report.rendered_themes, report.pages_read = cache.rendered, cache.rendered_themes, cache.read
        report.page_records = cache.records
        report.themes = len(site.taxonomy.themes)
    stamps = report.input_keys if report is not None else {}
    for brief in site.briefs:
        original = original_copy(brief)  # the publisher's own file, byte for byte; else the text as read
        copy = SourceCopy(root / brief.source, original is not None, stamps.get(brief.source))
        pages[f"briefs/{brief.slug}/{original or 'source.txt'}"] = copy
        for name, text in cite.exports(brief, site.config.site_url).items():
            pages[f"briefs/{brief.slug}/{name}"] = text
    pages.update(feeds(site, root, notes.anchored))
    pages.update(alternate_sitemaps(pages))
    return pages

