"""Golden files: each seed brief converts to exactly the checked-in Markdown.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 make test`` and
review the diff like any other change.
"""

from __future__ import annotations

import os

import pytest

from brieflib.build.pipeline import convert_one
from brieflib.render.markdown import render
from conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.stem)
def test_seed_matches_golden(source):
    output = render(convert_one(source, root=ROOT))
    golden = GOLDEN / f"{source.stem}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; run UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    assert output == golden.read_text(encoding="utf-8")


def test_convert_cli_prints_the_same_markdown(run_cli):
    source = SEEDS[0]
    result = run_cli("convert", source.relative_to(ROOT))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / f"{source.stem}.md").read_text(encoding="utf-8")
