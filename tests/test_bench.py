"""A small benchmark run: the JSON line is produced and the site is complete (timings are not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

import frontmatter

from conftest import ROOT

KEYS = {"briefs", "convert_s", "enrich_s", "pages_s", "mkdocs_s", "total_s", "plain_mkdocs_s",
        "search_index_bytes", "search_load_bytes", "search_query_bytes", "site_bytes", "peak_rss_mb",
        "convert_cpu_s", "mkdocs_cpu_s", "total_cpu_s", "plain_mkdocs_cpu_s", "plain_mkdocs_all_pages_s", "load_average",
        "search_query_bundles", "search_page_query_bytes", "search_bundle_briefs"}


def test_bench_twenty_briefs(tmp_path):
    # In bundles of ten briefs: the newest ten all hold the benchmark's query, enough for the header box's eight results.
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--briefs", "20", "--keep", str(tmp_path),
                             "--bundle-briefs", "10"],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert KEYS <= set(figures) and figures["briefs"] == 20
    assert figures["search_index_bytes"] > 0 and figures["site_bytes"] > figures["search_index_bytes"]
    assert figures["search_load_bytes"] > 0 and figures["search_query_bytes"] > 0  # measured in Chromium
    assert figures["search_query_bundles"] == 1  # the header box's first query searched the newest bundle only
    assert figures["search_page_query_bytes"] > 0  # the search page's, over the index of every page
    assert (tmp_path / "project" / "site" / "pagefind" / "earlier" / "1" / "pagefind-entry.json").exists()
    assert (tmp_path / "project" / "site" / "pagefind" / "pagefind-entry.json").exists()
    site = tmp_path / "project" / "site"
    pages = sorted(p.parent.name for p in (site / "briefs").glob("brief-*/index.html"))
    assert pages == [f"brief-{i:05d}" for i in range(20)]
    for folder in ("themes", "authors", "publishers", "glossary", "annotations", "timeline"):
        assert (site / folder / "index.html").exists(), folder
    assert (site / "feeds" / "briefs.xml").exists()
    # every layout converted with its metadata: no brief fell back to a derived title where it states one
    docs = tmp_path / "project" / "docs" / "briefs"
    derived = [p.parent.name for p in docs.glob("brief-*/index.md") if frontmatter.load(p)["title_derived"]]
    assert sorted(derived) == [f"brief-{i:05d}" for i in range(20) if i % 5 in (2, 3)]
    assert figures["rebuild_noop_s"] < figures["total_s"]
    assert figures["rebuild_one_note_files"] >= 1
    assert figures["rebuild_one_brief_rendered"] >= 1 and figures["rebuild_one_note_rendered"] >= 1  # the edited briefs' pages
    assert (tmp_path / "plain-site" / "site" / "themes" / "index.html").exists()  # the floor: MkDocs alone on every page
