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


SITE_INPUTS = ("mkdocs.yml", "overrides", "sources", "docs/index.md", "docs/about.md", "docs/contributing.md", "docs/stylesheets", "docs/schema", "docs/javascripts")


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


def build_site(root: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """The real pipeline: ``briefs.py build`` then ``mkdocs build --strict`` in ``root``."""
    gen = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "briefs.py"), "build", "--root", str(root)],
        cwd=root, capture_output=True, text=True, timeout=600,
    )
    if gen.returncode != 0:
        return gen
    args = [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site"] + (["--strict"] if strict else [])
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=600, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session in a temp dir; returns the project root."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root
