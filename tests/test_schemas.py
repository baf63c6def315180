"""One schema per input, one error format: file, line, key, what is wrong, did-you-mean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from brieflib.build.pipeline import convert_one
from brieflib.enrich.annotations import load as load_annotation
from brieflib.enrich.glossary import load_glossary
from brieflib.enrich.taxonomy import load_taxonomy
from brieflib.ingest.convert import convert_file
from brieflib.model.errors import BriefError
from brieflib.model.validate import SCHEMAS, validate
from brieflib.render.markdown import front_matter
from conftest import ROOT, SEEDS, write_brief

GOOD = "A title for the brief\n\nBy Jane Doe\n\nThe body of the brief says something important.\n"
SCHEMA_FILES = sorted(SCHEMAS.glob("*.schema.json"))


def messages(call, *args) -> list[str]:
    with pytest.raises(BriefError) as info:
        call(*args)
    return [str(p) for p in info.value.problems]


def sidecar_messages(tmp_path, monkeypatch, sidecar: str) -> list[str]:
    """Messages for a sidecar, with the path as the repository shows it (sources/briefs/x.yml)."""
    monkeypatch.chdir(tmp_path)
    path = write_brief(Path("sources/briefs"), "x.txt", GOOD, sidecar)
    return messages(convert_file, path)


# -- the schemas themselves ---------------------------------------------------------


def test_one_schema_per_input():
    assert [p.name for p in SCHEMA_FILES] == [
        "annotation.schema.json", "front-matter.schema.json", "glossary.schema.json", "regions.schema.json", "sidecar.schema.json", "themes.schema.json",
    ]


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_schema_is_valid_and_documents_every_property(path):
    schema = json.loads(path.read_text())
    Draft202012Validator.check_schema(schema)
    for where, node in walk(schema):
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{path.name}: {where}.{name} has no description"
        if "pattern" in node:
            assert node.get("x-message"), f"{path.name}: {where} has a pattern but no x-message to say it in words"


def walk(node, where="$"):
    """Every sub-schema of a schema, with where it is."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}[{i}]")


@pytest.mark.parametrize("name", ["annotation.schema.json", "front-matter.schema.json"])
def test_published_schema_is_the_same_file(name):
    published = ROOT / "docs" / "schema" / name
    assert published.read_bytes() == (SCHEMAS / name).read_bytes(), (
        f"docs/schema/{name} differs from scripts/brieflib/model/schemas/{name}; copy the latter over the former"
    )


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.stem)
def test_seed_front_matter_follows_the_schema(source):
    brief = convert_one(source, root=ROOT)
    assert validate(front_matter(brief), None, "front-matter", source) == []


def test_front_matter_schema_refuses_a_broken_contract():
    brief = convert_one(SEEDS[0], root=ROOT)
    data = {**front_matter(brief), "date": "soon", "extra": 1}
    del data["slug"]
    assert [p.message for p in validate(data, None, "front-matter", "x")] == [
        "'date' must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or null",
        "'slug' is required",
        "unknown key 'extra'",
    ]


# -- sidecars -------------------------------------------------------------------------


def test_sidecar_misspelt_key_names_file_line_and_suggestion(tmp_path, monkeypatch):
    assert sidecar_messages(tmp_path, monkeypatch, "slug: x\ndate: 2025-01\ntitel: X\n") == [
        "sources/briefs/x.yml:3: error: unknown key 'titel' (did you mean 'title'?)",
    ]


def test_sidecar_nested_key_is_named_with_its_path_and_line(tmp_path, monkeypatch):
    sidecar = "authors:\n  - name: Ana\n    affiliation: X\n  - name: Bo\n    affilation: Y\n"
    assert sidecar_messages(tmp_path, monkeypatch, sidecar) == [
        "sources/briefs/x.yml:5: error: unknown key 'authors[2].affilation' (did you mean 'affiliation'?)",
    ]


def test_sidecar_reports_every_error_in_one_run_in_line_order(tmp_path, monkeypatch):
    sidecar = (
        "url: ftp://x\n"
        "themes:\n  ad: [sanctions]\n"
        "authors:\n  - Ana\n  - 5\n  - name: ''\n"
        "date: '2025-02-30'\n"
        "dateline: ''\n"
    )
    assert sidecar_messages(tmp_path, monkeypatch, sidecar) == [
        "sources/briefs/x.yml:1: error: 'url' must be an http:// or https:// address",
        "sources/briefs/x.yml:3: error: unknown key 'themes.ad' (did you mean 'add'?)",
        "sources/briefs/x.yml:6: error: 'authors[2]' must be a name or a mapping with name, affiliation and position",
        "sources/briefs/x.yml:7: error: 'authors[3].name' must be a non-empty name",
        "sources/briefs/x.yml:8: error: 'date' '2025-02-30' is not a real date",
        "sources/briefs/x.yml:9: error: 'dateline' must be a non-empty string or null",
    ]


def test_sidecar_unknown_key_without_a_close_match_lists_the_keys(tmp_path, monkeypatch):
    [message] = sidecar_messages(tmp_path, monkeypatch, "colour: red\n")
    assert message == (
        "sources/briefs/x.yml:1: error: unknown key 'colour' "
        "(allowed keys: title, authors, date, publisher, dateline, summary, themes, slug, url)"
    )


def test_sidecar_year_alone_is_a_date(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "date: 2025\n")
    assert convert_file(path).date == "2025"


# -- themes.yml -------------------------------------------------------------------------


def test_theme_without_label_or_terms_is_refused_with_its_line(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text(
        "themes:\n"
        "  - id: good\n    label: Good\n    terms: {nato: 1}\n"
        "  - id: no-label\n    terms: {nato: 1}\n"
        "  - id: no-terms\n    label: No terms\n"
        "  - id: good\n    label: Again\n    terms: {nato: x}\n"
    )
    assert messages(load_taxonomy, path) == [
        f"{path}:5: error: 'themes[2].label' is required (The theme's name as readers see it.)",
        f"{path}:7: error: 'themes[3].terms' is required (Phrases and their weights; a phrase matches whole words, case-insensitively, and a trailing * matches any ending.)",
        f"{path}:9: error: theme id 'good' is used twice (first on line 2)",
        f"{path}:11: error: 'themes[4].terms.nato' must be a numeric weight, like 3",
    ]


def test_theme_settings_get_a_did_you_mean(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text("settings:\n  min_scor: 3\nthemes: []\n")
    assert messages(load_taxonomy, path) == [f"{path}:2: error: unknown key 'settings.min_scor' (did you mean 'min_score'?)"]


def test_themes_file_without_a_list(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text("- id: x\n")
    assert messages(load_taxonomy, path) == [f"{path}:1: error: themes.yml must be a mapping with a 'themes:' list"]


# -- glossary.yml ---------------------------------------------------------------------


def test_glossary_entry_errors(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(
        "entries:\n"
        "  - id: safe\n    term: Security Action for Europe\n    acronym: SAFE\n    defintion: A loan.\n"
        "  - id: Bad Id\n    term: x\n    definition: y\n"
        "  - id: safe\n    term: ''\n    definition: z\n    aliases: other\n"
    )
    assert messages(load_glossary, path) == [
        f"{path}:2: error: 'entries[1].definition' is required (One or two plain sentences.)",
        f"{path}:5: error: unknown key 'entries[1].defintion' (did you mean 'definition'?)",
        f"{path}:6: error: 'entries[2].id' must be lowercase letters, digits and single hyphens, like 'article-5'",
        f"{path}:9: error: entry id 'safe' is used twice (first on line 2)",
        f"{path}:10: error: 'entries[3].term' must be text",
        f"{path}:12: error: 'entries[3].aliases' must be a list of strings",
    ]


def test_real_glossary_loads():
    assert len(load_glossary(ROOT / "sources" / "glossary.yml")) > 10


# -- annotation front matter ----------------------------------------------------------


def test_annotation_front_matter_errors(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    path = folder / "n.md"
    path.write_text(
        "---\nauthor: Ana\ncreated: '2026-02-30'\nkind: comentary\nthemes:\n  - defence-spending\n  - Not An Id\n"
        "see_also: [other#p-1]\n---\n\nA note.\n"
    )
    note, problems = load_annotation(path, "f.md", {"defence-spending"}, {"a", "other"})
    assert note is None
    assert [str(p) for p in problems] == [
        "f.md:2: error: 'quote' is required (The exact passage of the brief the note is about; quote marks and spacing may differ.)",
        "f.md:3: error: 'created' '2026-02-30' is not a real date",
        "f.md:4: error: 'kind' must be one of comment, context, fact-check, correction, question (did you mean 'comment'?)",
        "f.md:7: error: 'themes[2]' must be a theme id from sources/themes.yml, like 'defence-spending'",
    ]


def test_annotation_unknown_theme_is_named_on_its_own_line(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    path = folder / "n.md"
    path.write_text("---\nquote: x\nauthor: Ana\ncreated: '2026-01-05'\nthemes:\n  - defence-spending\n  - sanctionz\n---\n\nA note.\n")
    _, problems = load_annotation(path, "f.md", {"defence-spending", "sanctions"}, {"a"})
    assert [str(p) for p in problems] == ["f.md:7: error: unknown theme 'sanctionz' (did you mean 'sanctions'?)"]
