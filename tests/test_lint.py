"""The code passes ruff (pyproject.toml) and the stage contract (.importlinter: imports only point backwards)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "scripts", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root / "scripts")}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True, env=env)


def test_stages_only_import_earlier_stages():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contract_catches_a_backward_import(tmp_path):
    """The contract is not vacuous: the model importing the site stage breaks it."""
    shutil.copytree(ROOT / "scripts" / "brieflib", tmp_path / "scripts" / "brieflib", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / ".importlinter", tmp_path / ".importlinter")
    text = tmp_path / "scripts" / "brieflib" / "model" / "text.py"
    text.write_text(text.read_text() + "\nfrom brieflib.site import pages  # noqa: E402,F401\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "brieflib.model is not allowed to import brieflib.site" in result.stdout
