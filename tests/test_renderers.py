"""The same generated docs rendered by MkDocs + Material (the default) and by Zensical, Material's successor.

Both read mkdocs.yml; both must give every brief, theme and author page at the same URL, with search.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import BUNDLE_BRIEFS, ROOT, copy_project, search_records

KINDS = ("briefs", "themes", "authors")


def render(root: Path, renderer: str) -> None:
    """`make site RENDERER=…` step by step: generate pages, render them, index them."""
    briefs = [sys.executable, str(ROOT / "scripts" / "briefs.py")]
    steps = [briefs + ["build", "--root", str(root)]]
    if renderer == "zensical":
        steps.append([sys.executable, "-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"])
    else:
        steps.append([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"])
    steps.append(briefs + ["index", str(root / "site"), "--bundle-briefs", str(BUNDLE_BRIEFS)])  # merged in the browser
    for step in steps:
        result = subprocess.run(step, cwd=root, capture_output=True, text=True, timeout=600,
                                env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
        assert result.returncode == 0, f"{step}: {result.stdout}{result.stderr}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    built = {}
    for renderer in ("mkdocs", "zensical"):
        root = copy_project(tmp_path_factory.mktemp(renderer))
        render(root, renderer)
        built[renderer] = root
    return built


def expected_pages(root: Path) -> set[str]:
    """Every brief, theme and author page that `briefs build` wrote, as the URL path it should have."""
    docs = root / "docs"
    return {p.parent.relative_to(docs).as_posix() + "/" for kind in KINDS for p in (docs / kind).rglob("index.md")}


@pytest.mark.parametrize("renderer", ["mkdocs", "zensical"])
def test_every_brief_theme_and_author_page_is_rendered(sites, renderer):
    root = sites[renderer]
    pages = expected_pages(root)
    assert len([p for p in pages if p.startswith("briefs/")]) >= 5
    missing = sorted(p for p in pages if not (root / "site" / p / "index.html").is_file())
    assert missing == []


def test_both_renderers_give_the_same_urls(sites):
    def rendered(root: Path) -> set[str]:
        return {p.parent.relative_to(root / "site").as_posix() + "/" for kind in KINDS for p in (root / "site" / kind).rglob("index.html")}

    assert rendered(sites["mkdocs"]) == rendered(sites["zensical"])
    assert expected_pages(sites["mkdocs"]) <= rendered(sites["zensical"])


@pytest.mark.parametrize("renderer", ["mkdocs", "zensical"])
def test_search_index_is_the_same_for_both(sites, renderer):
    records = {r["url"]: r for r in search_records(sites[renderer] / "site")}
    reference = {r["url"]: r for r in search_records(sites["mkdocs"] / "site")}
    assert set(records) == set(reference)
    brief = records["/briefs/accept-prepare-leverage/"]
    assert brief["filters"] == reference["/briefs/accept-prepare-leverage/"]["filters"]
    assert "tenth consecutive year" in brief["content"]


@pytest.mark.browser
def test_zensical_writes_no_search_index_of_its_own(sites):
    """Search is Pagefind's: mkdocs.yml switches Zensical's own search off, so its search.json lists no page
    (it was as large as the site's text, 14 MB at 1,000 briefs, and no page loaded it)."""
    own = json.loads((sites["zensical"] / "site" / "search.json").read_text(encoding="utf-8"))
    assert own["items"] == []


def test_zensical_header_search_finds_a_brief(sites, browser):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(sites["zensical"] / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    requested = []
    page.on("request", lambda req: requested.append(req.url))
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/about/")
        assert page.locator(".briefs-search").count() == 1
        box = page.locator(".md-header pagefind-searchbox input")
        box.click()
        box.press_sequentially("Taurus cruise missiles", delay=15)
        result = page.locator("pagefind-searchbox .pf-searchbox-result").first
        result.wait_for(timeout=30000)
        expect(result).to_have_attribute("href", "/briefs/europes-best-bet/", timeout=30000)  # waits: results fill in stages
        assert errors == []
        assert not [u for u in requested if u.endswith("search.json")], "Zensical's own index is not loaded"
    finally:
        context.close()
        server.shutdown()
