#!/usr/bin/env python3
"""Screenshots of what a reader sees, for the README: ``python scripts/screenshots.py SITE OUT``.

SITE is a built site (``make site`` writes ``site/``); it is served on 127.0.0.1 and opened in
Chromium through Playwright (the test venv), in the light palette. ``make screenshots`` writes
the PNGs that README.md shows into ``docs/assets/screenshots/``; tests/test_look.py runs this
same script into a temp dir and checks every image the README references.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


@dataclass(frozen=True)
class Shot:
    """One screenshot: the file it is saved as, the page (a path under the site root) and the window."""

    name: str
    path: str
    viewport: dict
    what: str


def shots(brief: str, theme: str) -> tuple[Shot, ...]:
    """The README's pictures: home, a brief, a theme, the briefs listing, and a brief on a phone."""
    return (
        Shot("home.png", "", DESKTOP, "the home page"),
        Shot("brief.png", f"briefs/{brief}/", DESKTOP, "a brief"),
        Shot("theme.png", f"themes/{theme}/", DESKTOP, "a theme"),
        Shot("briefs.png", "briefs/", DESKTOP, "the briefs listing"),
        Shot("brief-phone.png", f"briefs/{brief}/", PHONE, "a brief on a 390 px phone"),
    )


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free port of 127.0.0.1 while the block runs; yields its root URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str:
    """The browser the tests use: $CHROMIUM, else the first Chromium on PATH (as the Makefile finds it)."""
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                      shutil.which("google-chrome")):
        if candidate:
            return candidate
    raise SystemExit("no Chromium found: install Debian's chromium package or set CHROMIUM=/path/to/chrome")


def take(site: Path, out: Path, brief: str, theme: str) -> list[Path]:
    """Save every shot of ``site`` into ``out``; returns the files written."""
    from playwright.sync_api import sync_playwright

    missing = [s.path for s in shots(brief, theme) if not (site / s.path / "index.html").is_file()]
    if missing:
        raise SystemExit(f"{site}: no page at {', '.join(missing)}; build the site first (make site) "
                         "or name another brief or theme (--brief, --theme)")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as root, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"])
        for shot in shots(brief, theme):
            context = browser.new_context(viewport=shot.viewport, color_scheme="light", reduced_motion="reduce")
            page = context.new_page()
            page.goto(root + shot.path, wait_until="networkidle")
            page.evaluate("document.fonts.ready.then(() => true)")
            target = out / shot.name
            page.screenshot(path=str(target), animations="disabled")
            written.append(target)
            context.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder (make site writes site/)")
    parser.add_argument("out", type=Path, help="where the PNGs go (make screenshots: docs/assets/screenshots)")
    parser.add_argument("--brief", default="accept-prepare-leverage", help="slug of the brief to show")
    parser.add_argument("--theme", default="security-guarantees", help="slug of the theme to show")
    args = parser.parse_args(argv)
    for path in take(args.site, args.out, args.brief, args.theme):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
