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
