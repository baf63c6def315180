"""Shared fixtures: the repository root and helpers that run the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BRIEFS = ROOT / "sources" / "briefs"
SEEDS = sorted(BRIEFS.glob("*.txt"))


@pytest.fixture
def run_cli():
    """Run ``python scripts/briefs.py ARGS`` for real and return the CompletedProcess."""

    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "briefs.py"), *map(str, args)],
            cwd=cwd, capture_output=True, text=True, timeout=600,
        )

    return run


def write_brief(folder: Path, name: str, text: str | bytes, sidecar: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    return path


SITE_INPUTS = ("mkdocs.yml", "overrides", "sources", "docs/index.md", "docs/about.md", "docs/contributing.md", "docs/scaling.md", "docs/search.md", "docs/stylesheets", "docs/schema", "docs/javascripts", "docs/assets")


def copy_project(target: Path) -> Path:
    """Copy what a site build reads (not generated pages) into ``target``."""
    import shutil

    for name in SITE_INPUTS:
        src = ROOT / name
        if not src.exists():
            continue
        dst = target / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst)
        else:
            shutil.copy2(src, dst)
    return target


BUNDLE_BRIEFS = 2


def build_site(root: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """The real pipeline: ``briefs.py build`` then ``mkdocs build --strict`` in ``root``."""
    gen = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "briefs.py"), "build", "--root", str(root)],
        cwd=root, capture_output=True, text=True, timeout=600,
    )
    if gen.returncode != 0:
        return gen
    args = [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site"] + (["--strict"] if strict else [])
    site = subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=600, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
    site.stdout, site.stderr = gen.stdout + site.stdout, gen.stderr + site.stderr  # what both steps said
    if site.returncode != 0:
        return site
    # The search index (Pagefind) runs over the built HTML, as `make site` does, in bundles of two briefs
    # (BUNDLE_BRIEFS), so that the five seeds make three bundles and every search test goes through the merging.
    index = subprocess.run([sys.executable, str(ROOT / "scripts" / "briefs.py"), "index", str(root / "site"),
                            "--bundle-briefs", str(BUNDLE_BRIEFS)],
                           cwd=root, capture_output=True, text=True, timeout=600)
    index.stdout, index.stderr = site.stdout + index.stdout, site.stderr + index.stderr
    return index


def search_records(site: Path) -> list[dict]:
    """Every page in the built site's Pagefind index (its index of every page, which the search page searches; the
    header box's bundles hold the same pages): url, content, meta and filters, as Pagefind stored them.

    Fragments are gzip-compressed JSON behind a ``pagefind_dcd`` signature (pagefind.js decompresses them the same way).
    """
    import gzip
    import json

    records = []
    for path in sorted((site / "pagefind" / "all" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        records.append(json.loads(data[len(b"pagefind_dcd"):]))
    return records


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session in a temp dir; returns the project root."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=__import__("os").environ.get("CHROMIUM") or __import__("shutil").which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def served_site(built_site, tmp_path_factory):
    """The built site served over HTTP on localhost, both at / and under the sub-path /sub/path/."""
    import functools
    import shutil
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    parent = tmp_path_factory.mktemp("served")
    shutil.copytree(built_site / "site", parent / "sub" / "path")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    servers = []
    urls = []
    for directory in (built_site / "site", parent):
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls.append(f"http://127.0.0.1:{server.server_address[1]}/")
    yield {"root": urls[0], "subpath": urls[1] + "sub/path/"}
    for server in servers:
        server.shutdown()


@pytest.fixture
def page(browser, served_site):
    """A fresh page that records console errors and every request to another host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.console_errors = []
    tab.foreign_requests = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda exc: tab.console_errors.append(str(exc)))
    tab.on("request", lambda req: not req.url.startswith(("http://127.0.0.1", "data:", "blob:")) and tab.foreign_requests.append(req.url))
    yield tab
    context.close()
