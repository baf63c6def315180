"""The search index: Pagefind over the built HTML, run after MkDocs (or Zensical), in bundles by date.

Pagefind reads the ``data-pagefind-*`` attributes that the renderer writes
(``render/search_facets.py``) and writes a chunked index beside the pages. A
word's chunk lists every page the word is on, with its positions, so in one
index the chunks of common words grow with the archive (299 kB for "european"
at 10,000 briefs). The briefs are therefore indexed in bundles of at most
``BRIEFS_PER_BUNDLE``, newest first, each a Pagefind index of its own:

- ``SITE_DIR/pagefind/``: the newest briefs, with Pagefind's scripts, its
  WebAssembly and UI files, which the header search and the search page load;
- ``SITE_DIR/pagefind/earlier/1/``, ``earlier/2/``…: older briefs, then the
  undated ones (index, filter and fragment files only: a merged bundle is
  searched with the first bundle's WebAssembly);
- ``SITE_DIR/pagefind/pages/``: the theme and author pages;
- ``SITE_DIR/pagefind/bundles.json``: the list of them, for
  ``javascripts/search.js``, which merges them into the header box's search
  in the browser (Pagefind's ``mergeIndex``): it searches the newest bundle
  first and the older ones only while it has fewer results than it shows;
- ``SITE_DIR/pagefind/all/``: one index of every page, with its own scripts,
  for the search page, whose facet counts cover every brief.

A first query in the header box thus loads the chunks of one bundle, whatever
the size of the archive. (Merged bundles alone would not do for the search
page: a bundle that lacks one of the words of a query ignores that word, as
Pagefind ignores a word that is in no page, so its facet counts would count
pages that do not match; the header box corrects its results for this, see
``javascripts/search.js``, but it shows no counts.) The binary ships in the ``pagefind[extended]`` wheel; nothing is
fetched from the network.

The binary is run as a command (``python -m pagefind``), not through the
wheel's asyncio service API: the service answered "files written" before
``pagefind-entry.json`` was on disk often enough, on a loaded machine, to
leave an empty entry file behind. A process that has exited has written
everything.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from brieflib.model.errors import fail

OUTPUT = "pagefind"
LANGUAGE = "en"  # the site's language (mkdocs.yml theme.language): one index, English stemming
# Briefs per bundle. At 1,000 briefs a first query loaded 256 kB (docs/scaling.md), within the 300 kB
# the issue allows at that size; a bundle of the newest 1,000 keeps every first query near that.
BRIEFS_PER_BUNDLE = 1000
EARLIER = "earlier"
PAGES = "pages"
ALL = "all"
MANIFEST = "bundles.json"
# What a merged bundle needs; the rest of Pagefind's output (scripts, WebAssembly, UI) is the first bundle's.
MERGED_FILES = re.compile(r"^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|filter|fragment)$")

INDEXED = b"data-pagefind-body"
BRIEF = b'data-pagefind-meta="kind">Brief<'  # render/search_facets.py: brief_search_data
DATE = re.compile(rb'data-pagefind-sort="date">(\d{4}-\d{2}-\d{2})<')


@dataclass
class Bundle:
    """One Pagefind index: the pages it holds (paths relative to the site) and where it is written."""

    path: str  # relative to SITE_DIR/pagefind/: "" for the first bundle
    pages: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # the briefs' dates, newest first ("" when undated)

    def describe(self) -> dict:
        dated = [d for d in self.dates if d]
        return {"path": self.path, "pages": len(self.pages), "newest": dated[0] if dated else None,
                "oldest": dated[-1] if dated else None, "undated": len(self.dates) - len(dated)}


def plan_bundles(site_dir: Path, per_bundle: int = BRIEFS_PER_BUNDLE) -> tuple[list[Bundle], Bundle]:
    """The brief bundles, newest first (undated briefs last), and the bundle of the other indexed pages."""
    per_bundle = max(per_bundle, 1)
    briefs: list[tuple[str, str]] = []  # (date or "", page)
    pages = Bundle(PAGES + "/")
    for html in sorted(site_dir.rglob("*.html")):
        text = html.read_bytes()
        if INDEXED not in text:
            continue
        page = html.relative_to(site_dir).as_posix()
        if BRIEF in text:
            found = DATE.search(text)
            briefs.append((found.group(1).decode() if found else "", page))
        else:
            pages.pages.append(page)
    dated = sorted((b for b in briefs if b[0]), key=lambda b: (b[0], b[1]), reverse=True)
    ordered = dated + sorted(b for b in briefs if not b[0])
    bundles = []
    for start in range(0, len(ordered), per_bundle):
        part = ordered[start:start + per_bundle]
        path = "" if start == 0 else f"{EARLIER}/{len(bundles)}/"
        bundles.append(Bundle(path, [p for _, p in part], [d for d, _ in part]))
    if not bundles:  # no brief: the other pages make the first bundle
        return [Bundle("", pages.pages)], Bundle(PAGES + "/")
    return bundles, pages


def index_site(site_dir: Path, per_bundle: int = BRIEFS_PER_BUNDLE) -> int:
    """Index the built site in ``site_dir`` in bundles; return the number of pages in the index."""
    site_dir = site_dir.resolve()
    if not (site_dir / "index.html").is_file():
        fail(site_dir, "no built site here (index.html is missing)",
             hint="build it first: `briefs build` then `mkdocs build` (or `zensical build`), then `briefs index SITE_DIR`")
    output = site_dir / OUTPUT
    if output.exists():
        shutil.rmtree(output)  # chunk names change with their content: drop the previous index's
    bundles, pages = plan_bundles(site_dir, per_bundle)
    if not pages.pages and not any(b.pages for b in bundles):
        fail(site_dir, "Pagefind found no page to index",
             hint="the brief, theme and author pages written by `briefs build` carry it; was the site built from them?")
    for bundle in [*bundles, pages]:
        if bundle.pages:
            _run_pagefind(site_dir, bundle)
    every = Bundle(ALL + "/", [p for b in bundles for p in b.pages] + pages.pages)
    counted = _run_pagefind(site_dir, every, merged=False)
    manifest = {"briefs_per_bundle": per_bundle,
                "briefs": [b.describe() for b in bundles],
                "pages": pages.describe() if pages.pages else None,
                "all": {"path": every.path, "pages": len(every.pages)}}
    (output / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return counted


def _run_pagefind(site_dir: Path, bundle: Bundle, merged: bool = True) -> int:
    """Run Pagefind over a folder that holds only this bundle's pages (hard links, at their paths in the site).

    The folder is made inside the site, so that hard links work, and removed when Pagefind is done."""
    output = site_dir / OUTPUT / bundle.path
    with tempfile.TemporaryDirectory(prefix=".pagefind-", dir=site_dir) as staged:
        for page in bundle.pages:
            target = Path(staged) / page
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / page, target)
            except OSError:  # another file system, or no hard links: a copy does as well
                shutil.copyfile(site_dir / page, target)
        # The pilcrow of heading permalinks is no text of the page.
        command = [sys.executable, "-m", "pagefind", "--site", staged, "--output-path", str(output),
                   "--force-language", LANGUAGE, "--exclude-selectors", ".headerlink", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        fail(site_dir, f"Pagefind could not index the site (exit status {done.returncode}): "
             + (done.stderr or done.stdout).strip()[-2000:],
             hint="check that the pagefind[extended] wheel is installed (make venv-runtime)")
    if done.stderr.strip():  # --quiet leaves only Pagefind's warnings: pass them on, never drop them
        print(done.stderr.strip(), file=sys.stderr)
    if bundle.path and merged:  # a merged bundle is searched with the first bundle's scripts and WebAssembly
        for item in output.iterdir():
            if not MERGED_FILES.match(item.name):
                shutil.rmtree(item) if item.is_dir() else item.unlink()
    entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())
