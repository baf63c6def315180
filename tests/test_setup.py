"""The pipeline on a bare machine and with MkDocs' own configuration: git optional, !ENV resolved,
the cache keyed on the libraries that shape the output."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from brieflib.build.pipeline import package_versions, site_config
from conftest import ROOT, build_site, copy_project


def test_site_url_from_the_environment_as_mkdocs_reads_it(tmp_path):
    root = copy_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Policy Briefs\n", "site_name: Policy Briefs\nsite_url: !ENV [BRIEFS_SITE_URL, '']\n"))
    os.environ["BRIEFS_SITE_URL"] = "https://briefs.example.org/archive/"
    try:
        assert site_config(root).site_url == "https://briefs.example.org/archive/"
        result = build_site(root)
    finally:
        del os.environ["BRIEFS_SITE_URL"]
    assert result.returncode == 0, result.stderr
    page = (root / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    assert 'content="https://briefs.example.org/archive/briefs/accept-prepare-leverage/"' in page


def test_build_works_without_git_and_says_so_once(tmp_path):
    root = copy_project(tmp_path)
    bare = tmp_path / "bin"
    bare.mkdir()
    (bare / "python").symlink_to(sys.executable)  # PATH with Python and nothing else: no git
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "briefs.py"), "build", "--root", str(root)],
                            cwd=root, capture_output=True, text=True, env={**os.environ, "PATH": str(bare)})
    assert result.returncode == 0, result.stderr
    notices = [line for line in result.stderr.splitlines() if "no git history here" in line]
    assert len(notices) == 1
    assert (root / "docs" / "feeds" / "briefs.xml").exists()


def test_the_cache_key_names_the_libraries_that_shape_the_output():
    versions = package_versions()
    for name in ("ftfy", "markdown", "pymdown-extensions", "python-slugify"):
        assert f"{name}=={metadata.version(name)}" in versions


def test_make_clean_removes_only_build_output():
    made = subprocess.run(["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True).stdout
    assert "docs/briefs" in made and "site" in made
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    removed = made.split()
    assert not [path for path in tracked if any(Path(path) == Path(r) or Path(r) in Path(path).parents for r in removed)]
