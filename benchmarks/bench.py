#!/usr/bin/env python3
"""Benchmark the whole build on a synthetic corpus of N briefs.

    python benchmarks/bench.py --briefs 1000 [--keep DIR] [--no-mkdocs] [--no-browser] [--bundle-briefs N]

The corpus is made from the seed briefs: their paragraphs, headings and notes
recombined into new briefs in each of the layouts the converter handles
(EPC-style with notes, pipe bylines with labelled parts, a dateline with one
paragraph per line, a closing author bio, hard-wrapped text with a By line),
each with a new title, authors, date and publisher. Each stage is timed, in
wall time and in CPU time (this process and its children: on a shared machine
the steadier figure), then a plain ``mkdocs build`` of the same brief pages
with a minimal Material config gives the baseline, and the same config over
every page of the site gives the floor (what MkDocs and Material alone cost
for our pages). The search index (Pagefind, ``briefs index``) is
built over the site, and what a reader downloads for search is measured in
Chromium (Playwright): on opening a page, for the first query in the header
box (which searches the newest bundle of briefs first) and for the first query
on the search page (which searches the index of every page), each response
counted as sent gzip-compressed (Pagefind's index files are already
compressed). The last line printed is one line of JSON.
"""

from __future__ import annotations

import argparse
import calendar
import functools
import gzip
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "scripts"))  # brieflib, also when it is not installed

from brieflib.build import pipeline  # noqa: E402
from brieflib.build.pipeline import BuildReport, build, enrich_stage, load_briefs, pages_stage, write_pages  # noqa: E402
from brieflib.build.search_index import BRIEFS_PER_BUNDLE, index_site  # noqa: E402
from brieflib.ingest.convert import convert_file  # noqa: E402
from brieflib.model.text import SUPERSCRIPT_RUN  # noqa: E402

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FIRST = ["Anna", "Piotr", "Claire", "Matteo", "Sofia", "Jonas", "Elena", "Tomás", "Ingrid", "Kamil", "Léa", "Davide",
         "Maria", "Lukas", "Ioana", "Henrik", "Aylin", "Nikos", "Zofia", "Pablo"]
LAST = ["Kowalska", "Novak", "Dubois", "Rossi", "Lindqvist", "Schmidt", "Popescu", "García", "Jensen", "Horvath",
        "Moreau", "Bianchi", "Nowak", "Fischer", "Ionescu", "Berg", "Demir", "Papadopoulos", "Wiśniewska", "Santos"]
PUBLISHERS = ["Centre for European Security", "Baltic Policy Institute", "Atlantic Strategy Forum",
              "Institute for Defence Studies", "Danube Foreign Policy Centre", "Nordic Security Council Foundation"]
ROLES = ["Senior Fellow", "Research Director", "Associate Researcher", "Policy Analyst"]
PLACES = ["BRUSSELS", "WARSAW", "BERLIN", "PARIS", "VILNIUS", "ROME"]


def seed_pool() -> dict:
    """Paragraphs, headings and notes of the seed briefs, as material for new ones."""
    paragraphs, headings, notes = [], [], []
    for path in sorted((ROOT / "sources" / "briefs").glob("*.txt")):
        brief = convert_file(path, root=ROOT)
        paragraphs += [SUPERSCRIPT_RUN.sub("", b.text) for b in brief.blocks if b.kind == "paragraph" and len(b.text) > 200]
        headings += [b.text for b in brief.blocks if b.kind == "heading" and not b.text.isupper() and not b.text[0].isdigit()]
        notes += list(brief.footnotes.values())
    return {"paragraphs": paragraphs, "headings": headings, "notes": notes}


def superscript(n: int) -> str:
    return "".join(SUPERSCRIPTS[int(d)] for d in str(n))


def _marked(paragraph: str, number: int) -> str:
    return paragraph.rstrip() + superscript(number) if paragraph.rstrip()[-1] in ".!?" else paragraph


def make_brief(i: int, pool: dict) -> str:
    rng = random.Random(i)
    paras = rng.sample(pool["paragraphs"], rng.randint(10, 22))
    heads = rng.sample(pool["headings"], 4)
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    publisher = rng.choice(PUBLISHERS)
    year, month, day = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    title = f"{heads[0]}: brief {i} on {rng.choice(heads[1:]).lower()}"
    layout = i % 5
    if layout == 0:  # EPC: date line, title, author, CAPS sections, notes, disclaimer
        count = rng.randint(3, 8)
        body = []
        for n, para in enumerate(paras):
            if n % 6 == 0:
                body.append(rng.choice(["INTRODUCTION", "BACKGROUND", "STATE OF PLAY", "ANALYSIS", "CONCLUSION"]))
            body.append(_marked(para, n // 3 + 1) if n % 3 == 0 and n // 3 < count else para)
        notes = "\n".join(f" - {superscript(n)} {rng.choice(pool['notes'])}" for n in range(1, count + 1))
        return (f"\n\n{day} {calendar.month_name[month].upper()} {year}\n\n{title}\n\n{author}\n\n" + "\n\n".join(body)
                + f"\n\nThe support the {publisher} receives for its work does not constitute an endorsement of its contents.\n\n-\n"
                + notes + "\n\nWith the strategic\nsupport of\n\n\nWorking for a safer Europe\n")
    if layout == 1:  # pipe bylines, labelled parts, numbered headings
        return (f"\n{title}\n\n{author} | {rng.choice(ROLES)}, {publisher}.\n\nTheme\n\n{paras[0].split('. ')[0]}.\n\n"
                f"Summary\n\n{paras[1]}\n\nAnalysis\n\n" + "\n\n".join(paras[2:8])
                + f"\n\n1. {heads[1]}\n\n" + "\n\n".join(paras[8:]) + f"\n\nConclusions\n\n{paras[-1]}\n")
    if layout == 2:  # dateline, one paragraph per line, short headings
        lines = [f"{rng.choice(PLACES)}—{paras[0]}"] + paras[1:4] + [heads[1]] + paras[4:9] + [heads[2]] + paras[9:]
        return "\n".join(lines) + f"\n© {year} {publisher}. All rights reserved.\n"
    if layout == 3:  # author named only in a closing bio
        lines = paras[:5] + [heads[1]] + paras[5:]
        return "\n".join(lines) + f"\n{author} is a {rng.choice(ROLES)} at the {publisher}.\n"
    # hard-wrapped at 72 columns, By line, Published date
    body = []
    for n, para in enumerate(paras):
        if n and n % 5 == 0:
            body.append(rng.choice(heads))
        body.append(textwrap.fill(para, 72))
    return (f"{title}\n\nBy {author}\nPublished {day} {calendar.month_name[month]} {year}\n\n"
            + "\n\n".join(body) + f"\n\nPublished by the {publisher}.\n").replace("\n", "\r\n")


def make_project(folder: Path, n: int) -> Path:
    for name in ("mkdocs.yml", "overrides", "docs/index.md", "docs/about.md", "docs/contributing.md",
                 "docs/scaling.md", "docs/search.md", "docs/stylesheets", "docs/javascripts", "docs/schema", "sources/themes.yml", "sources/glossary.yml"):
        src, dst = ROOT / name, folder / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(src, dst) if src.is_dir() else shutil.copy2(src, dst)
    pool = seed_pool()
    briefs = folder / "sources" / "briefs"
    briefs.mkdir(parents=True)
    for i in range(n):
        (briefs / f"brief-{i:05d}.txt").write_bytes(make_brief(i, pool).encode("utf-8"))
    notes = folder / "sources" / "annotations"
    for i in range(0, n, 10):  # one note per ten briefs, quoting a passage of that brief
        rng = random.Random(-i)
        text = (briefs / f"brief-{i:05d}.txt").read_text(encoding="utf-8")
        longest = max(text.replace("\r", "").split("\n\n"), key=len).split()
        quote = " ".join(longest[10:22])
        (notes / f"brief-{i:05d}").mkdir(parents=True, exist_ok=True)
        front = {"quote": quote, "author": f"Reader {rng.randint(1, 40)}", "created": f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 "kind": rng.choice(["comment", "context", "question"])}
        (notes / f"brief-{i:05d}" / "note.md").write_text(
            "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\nA benchmark note.\n", encoding="utf-8")
    return folder


def mkdocs_build(folder: Path, config: str = "mkdocs.yml") -> float:
    clock = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "--site-dir", "site"], cwd=folder, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - clock


# The minimal Material config of the baseline builds. Like the real site, the pages stay out of the
# navigation: listed there, MkDocs renders the whole tree into every page and the cost grows with the
# square of the number of pages.
PLAIN_CONFIG = (
    "site_name: Baseline\nnav:\n  - index.md\ntheme:\n  name: material\n  font: false\nmarkdown_extensions:\n"
    "  - attr_list\n  - md_in_html\n  - footnotes\n  - abbr\n  - toc\n  - tables\n"
    "validation:\n  links:\n    not_found: info\n    anchors: info\n    unrecognized_links: info\n"
)
# Files the build copies beside the pages (sources, exports, feeds): MkDocs copies them, it does not render them.
NOT_PAGES = shutil.ignore_patterns("*.txt", "*.bib", "*.ris", "*.json", "*.xml", "*.pdf", "*.html")


def baseline(project: Path, folder: Path) -> float:
    """A plain MkDocs build of the same generated brief pages with a minimal Material config."""
    (folder / "docs").mkdir(parents=True)
    shutil.copytree(project / "docs" / "briefs", folder / "docs" / "briefs", ignore=NOT_PAGES)
    (folder / "docs" / "index.md").write_text("# Briefs\n")
    (folder / "mkdocs.yml").write_text(PLAIN_CONFIG)
    return mkdocs_build(folder)


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml as data: tags such as !ENV read as their plain value."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None)


def plain_site(project: Path, folder: Path) -> float:
    """Every page of the site (briefs, themes, authors, indexes...) with a minimal Material config and our
    Markdown extensions: no templates of our own, no navigation, stylesheets or scripts.

    What MkDocs and Material alone cost for our pages, the floor of the site build: the site build
    less this is what our templates (overrides/), the navigation and validation add.
    """
    ours = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    (folder / "docs").mkdir(parents=True)
    for page in (project / "docs").rglob("*.md"):
        target = folder / "docs" / page.relative_to(project / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(page, target)
    config = {"site_name": "Floor", "nav": ["index.md"], "theme": {"name": "material", "font": False}, "plugins": [],
              "exclude_docs": ours.get("exclude_docs", ""), "markdown_extensions": ours.get("markdown_extensions", []),
              "validation": {"links": {"not_found": "info", "anchors": "info", "unrecognized_links": "info"}}}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return mkdocs_build(folder)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the conversion pool, MkDocs, Pagefind)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Stage:
    """Wall and CPU time of a stage: on a shared machine the CPU time is the steadier figure."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = cpu_seconds()

    def done(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, cpu_seconds() - self.cpu


# Opening a page loads the search UI; typing a query loads Pagefind, its index chunks and the results shown.
SEARCH_FILES = ("/pagefind/", "/javascripts/search.js", "/stylesheets/search.css")
FIRST_QUERY = "european defence industry"


def gzip_bytes(body: bytes) -> int:
    """What the response costs over the wire from a server that compresses (Pagefind's chunks already are)."""
    return min(len(body), len(gzip.compress(body, 6)))


def search_downloads(site: Path, query: str = FIRST_QUERY) -> dict:
    """Bytes a reader downloads for search, measured in Chromium: on opening a brief page, and for a first query."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench: Playwright is not installed (requirements/test.txt): search downloads not measured", file=sys.stderr)
        return {}

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    seen: list[tuple[str, int]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.on("requestfinished", lambda request: seen.append((request.url, gzip_bytes(request.response().body()))))
            brief = sorted((site / "briefs").glob("brief-*/index.html"))[0].parent.name
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/briefs/{brief}/", wait_until="networkidle")
            on_load = sum(size for url, size in seen if any(part in url for part in SEARCH_FILES))
            before = len(seen)
            box = page.locator(".md-header pagefind-searchbox input")
            box.click()
            box.fill(query)
            page.locator("pagefind-searchbox .pf-searchbox-result").first.wait_for(timeout=60000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            query_files = seen[before:]
            # The search page: its first query searches the index of every page (its facet counts cover every brief).
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/", wait_until="networkidle")
            before = len(seen)
            page.locator("pagefind-input input").fill(query)
            page.locator("pagefind-results .pf-result").first.wait_for(timeout=120000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            page_files = seen[before:]
            browser.close()
    finally:
        server.shutdown()
    for url, size in query_files:
        print(f"bench: first query loaded {url.split('/', 3)[-1]} ({size} bytes)", file=sys.stderr)
    # The header box's index is in bundles (build/search_index.py): how many of them the first query searched.
    bundles = {re.sub(r"(index|filter|fragment)/.*|pagefind[^/]*$", "", url.split("/pagefind/", 1)[1])
               for url, _ in query_files if "/pagefind/" in url and ".pf_" in url}
    return {"search_load_bytes": on_load, "search_query_bytes": sum(size for _, size in query_files),
            "search_query_requests": len(query_files), "search_query_bundles": len(bundles),
            "search_page_query_bytes": sum(size for _, size in page_files), "search_page_query_requests": len(page_files)}


def index_bytes(folder: Path) -> int:
    """Pagefind's index proper (metadata, word and filter chunks, fragments), without its UI and WebAssembly."""
    return sum(p.stat().st_size for p in folder.rglob("*.pf_*") if p.is_file())


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def run(n: int, keep: Path | None, with_mkdocs: bool, stages_only: bool = False, with_browser: bool = True,
        bundle_briefs: int = BRIEFS_PER_BUNDLE) -> dict:
    work = Path(tempfile.mkdtemp(prefix="briefs-bench-")) if keep is None else keep
    try:
        project = make_project(work / "project", n)
        load_before = os.getloadavg()[0]
        report = BuildReport()
        clock = Stage()
        briefs = load_briefs(project, report)
        convert_s, convert_cpu = clock.done()
        clock = Stage()
        site, notes = enrich_stage(project, briefs, False, report)
        enrich_s, enrich_cpu = clock.done()
        clock = Stage()
        write_pages(project / "docs", pages_stage(project, site, notes), report)
        pages_s, pages_cpu = clock.done()
        print(f"bench: {n} briefs: convert {convert_s:.2f}s (CPU {convert_cpu:.2f}s), enrich {enrich_s:.2f}s (CPU {enrich_cpu:.2f}s), "
              f"pages {pages_s:.2f}s (CPU {pages_cpu:.2f}s); load average {load_before:.2f}", file=sys.stderr)
        stages = {"convert_s": round(convert_s, 3), "enrich_s": round(enrich_s, 3), "pages_s": round(pages_s, 3),
                  "convert_cpu_s": round(convert_cpu, 3), "enrich_cpu_s": round(enrich_cpu, 3), "pages_cpu_s": round(pages_cpu, 3)}
        if stages_only:
            return {"briefs": n, **stages, "peak_rss_mb": peak_rss_mb(), "load_average": round(load_before, 2)}
        # Incremental rebuilds through the real entry point.
        build(project)  # writes the manifest
        clock = time.perf_counter()
        noop = build(project)
        noop_s = time.perf_counter() - clock
        assert noop.skipped, "a rebuild with nothing changed should do nothing"
        changed = project / "sources" / "briefs" / "brief-00003.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing paragraph an editor added.\n", encoding="utf-8")
        clock = Stage()
        one = build(project)
        one_s, one_cpu = clock.done()
        note = project / "sources" / "annotations" / "brief-00000" / "note.md"
        note.write_text(note.read_text(encoding="utf-8").replace("A benchmark note.", "An edited benchmark note."), encoding="utf-8")
        clock = Stage()
        note_build = build(project)
        note_s, note_cpu = clock.done()
        print(f"bench: no-op rebuild {noop_s:.3f}s; one brief changed {one_s:.2f}s (CPU {one_cpu:.2f}s; {one.converted} converted, "
              f"{len(one.rendered)} brief and {len(one.rendered_themes)} theme pages rendered, {len(one.copied)} sources copied, "
              f"{len(one.compared)} files compared, {len(one.written)} rewritten, related briefs "
              f"{'from the cache' if one.related_cached else 'found again'}); one note changed {note_s:.2f}s (CPU {note_cpu:.2f}s; "
              f"{len(note_build.rendered)} brief and {len(note_build.rendered_themes)} theme pages rendered, "
              f"{len(note_build.compared)} files compared, {len(note_build.written)} rewritten, related briefs "
              f"{'from the cache' if note_build.related_cached else 'found again'})",
              file=sys.stderr)
        clock = Stage()
        mkdocs_build(project) if with_mkdocs else None
        mkdocs_s, mkdocs_cpu = clock.done() if with_mkdocs else (0.0, 0.0)
        clock = Stage()
        baseline(project, work / "baseline") if with_mkdocs else None
        plain_s, plain_cpu = clock.done() if with_mkdocs else (0.0, 0.0)
        clock = Stage()
        plain_site(project, work / "plain-site") if with_mkdocs else None
        plain_site_s, plain_site_cpu = clock.done() if with_mkdocs else (0.0, 0.0)
        clock = Stage()
        index_site(project / "site", bundle_briefs) if with_mkdocs else None
        index_s, index_cpu = clock.done() if with_mkdocs else (0.0, 0.0)
        print(f"bench: mkdocs {mkdocs_s:.2f}s (CPU {mkdocs_cpu:.2f}s), search index {index_s:.2f}s (CPU {index_cpu:.2f}s); "
              f"plain mkdocs of the brief pages {plain_s:.2f}s (CPU {plain_cpu:.2f}s), of all pages {plain_site_s:.2f}s "
              f"(CPU {plain_site_cpu:.2f}s)", file=sys.stderr)
        search_bytes = index_bytes(project / "site" / "pagefind") if with_mkdocs else 0
        downloads = search_downloads(project / "site") if with_mkdocs and with_browser else {}
        total = convert_s + enrich_s + pages_s + mkdocs_s + index_s
        total_cpu = convert_cpu + enrich_cpu + pages_cpu + mkdocs_cpu + index_cpu
        return {
            "briefs": n,
            **stages,
            "mkdocs_s": round(mkdocs_s, 3),
            "search_index_s": round(index_s, 3),
            "total_s": round(total, 3),
            "plain_mkdocs_s": round(plain_s, 3),
            "mkdocs_cpu_s": round(mkdocs_cpu, 3),
            "search_index_cpu_s": round(index_cpu, 3),
            "total_cpu_s": round(total_cpu, 3),
            "plain_mkdocs_cpu_s": round(plain_cpu, 3),
            "total_vs_plain_cpu": round(total_cpu / plain_cpu, 2) if plain_cpu else None,
            # MkDocs and Material alone over every page of our site (minimal config): the floor of the ratio.
            "plain_mkdocs_all_pages_s": round(plain_site_s, 3),
            "plain_mkdocs_all_pages_cpu_s": round(plain_site_cpu, 3),
            "search_index_bytes": search_bytes,
            "search_index_bytes_per_brief": round(search_bytes / n) if n else 0,
            "search_load_bytes": downloads.get("search_load_bytes"),
            "search_query_bytes": downloads.get("search_query_bytes"),
            "search_query_requests": downloads.get("search_query_requests"),
            "search_query_bundles": downloads.get("search_query_bundles"),  # of the header box's index bundles
            "search_page_query_bytes": downloads.get("search_page_query_bytes"),  # the search page's first query
            "search_page_query_requests": downloads.get("search_page_query_requests"),
            "search_bundle_briefs": bundle_briefs,
            "site_bytes": folder_bytes(project / "site") if (project / "site").exists() else 0,
            "peak_rss_mb": peak_rss_mb(),
            "total_vs_plain": round(total / plain_s, 2) if plain_s else None,
            "rebuild_noop_s": round(noop_s, 3),
            "rebuild_one_brief_s": round(one_s, 3),
            "rebuild_one_brief_files": len(one.written),
            "rebuild_one_brief_rendered": len(one.rendered),  # brief pages made afresh, not from the page cache
            "rebuild_one_brief_themes_rendered": len(one.rendered_themes),  # theme pages made afresh
            "rebuild_one_brief_copied": len(one.copied),  # sources read again for their copy beside their page
            "rebuild_one_brief_compared": len(one.compared),  # generated files compared with the one on disk
            "rebuild_one_note_compared": len(note_build.compared),
            "rebuild_one_brief_cpu_s": round(one_cpu, 3),
            "rebuild_one_note_s": round(note_s, 3),
            "rebuild_one_note_files": len(note_build.written),
            "rebuild_one_note_rendered": len(note_build.rendered),
            "rebuild_one_note_cpu_s": round(note_cpu, 3),
            "cpus": os.cpu_count(),
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # at the start and the end
        }
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--briefs", type=int, default=100, help="how many synthetic briefs (default 100)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it, instead of a temp dir")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip the two MkDocs builds")
    parser.add_argument("--no-browser", action="store_true", help="skip measuring search downloads in Chromium")
    parser.add_argument("--stages-only", action="store_true", help="time conversion, enrichment and pages only (for profiling)")
    parser.add_argument("--bundle-briefs", type=int, default=BRIEFS_PER_BUNDLE, metavar="N",
                        help=f"briefs per search bundle (briefs index --bundle-briefs; default {BRIEFS_PER_BUNDLE})")
    parser.add_argument("--one-process", action="store_true",
                        help="convert in this process, not a pool: a profiler sees only its own process (make profile)")
    args = parser.parse_args()
    if args.one_process:
        pipeline.PARALLEL_FROM = sys.maxsize
    result = run(args.briefs, args.keep, not args.no_mkdocs, args.stages_only, not args.no_browser, args.bundle_briefs)
    print(json.dumps(result, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
