"""``serve``: ``mkdocs serve`` plus a watcher that re-runs the build when sources/ change."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from brieflib.build.pipeline import build
from brieflib.model.errors import BriefError


def _snapshot(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in folder.rglob("*") if p.is_file()}


def serve(root: Path, dev_addr: str) -> int:
    build(root)
    mkdocs = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", dev_addr], cwd=root)
    sources = root / "sources"
    seen = _snapshot(sources)
    try:
        while mkdocs.poll() is None:
            time.sleep(1)
            now = _snapshot(sources)
            if now != seen:
                seen = now
                try:
                    report = build(root)
                    print(f"serve: rebuilt, {len(report.written)} pages changed", file=sys.stderr)
                except BriefError as exc:
                    print(exc, file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        mkdocs.terminate()
        mkdocs.wait()
    return mkdocs.returncode or 0
