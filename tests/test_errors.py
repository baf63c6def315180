"""Bad input gets an error that names the file, the line and the fix; wording is part of the contract."""

from __future__ import annotations

import pytest

from brieflib.ingest.convert import convert_file
from brieflib.model.errors import BriefError
from conftest import write_brief

GOOD = "A title for the brief\n\nBy Jane Doe\n\nThe body of the brief says something important.\n"


def problems(path):
    with pytest.raises(BriefError) as info:
        convert_file(path)
    return [str(p) for p in info.value.problems]


def test_empty_file(tmp_path):
    path = write_brief(tmp_path, "empty.txt", "  \n\n")
    assert problems(path) == [f"{path}: error: the file is empty (add the brief's text or delete the file)"]


def test_undecodable_bytes(tmp_path):
    path = write_brief(tmp_path, "bad.txt", b"First line\nSecond \x81\x8d line\n")
    [message] = problems(path)
    assert message.startswith(f"{path}:2: error: cannot decode byte 0x81")
    assert "save the file as UTF-8" in message


def test_bom_with_invalid_utf8_is_not_guessed_as_cp1252(tmp_path):
    path = write_brief(tmp_path, "bom.txt", b"\xef\xbb\xbfCaf\xe9 society\n")
    assert "cannot decode byte 0xe9" in problems(path)[0]


def test_unrepairable_mojibake(tmp_path):
    path = write_brief(tmp_path, "moji.txt", "Intro line.\n\nThe Ã’ mess stays.\n")
    [message] = problems(path)
    assert f"{path}:3: error: garbled characters" in message and "re-export" in message


def test_repairable_mojibake_is_repaired(tmp_path):
    path = write_brief(tmp_path, "moji.txt", "Café text.\n\nThe CafÃ© and â€œquotedâ€\x9d words.\n")
    assert "The Café and “quoted” words." in [b.text for b in convert_file(path).blocks]


def test_binary_file(tmp_path):
    path = write_brief(tmp_path, "bin.txt", b"PK\x03\x04\x00\x00binary")
    assert "NUL bytes" in problems(path)[0]


def test_sidecar_unknown_key_gets_did_you_mean_with_line(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "title: Fine\npublsher: EPC\nautors: []\n")
    assert problems(path) == [
        f"{path.with_suffix('.yml')}:2: error: unknown key 'publsher' (did you mean 'publisher'?)",
        f"{path.with_suffix('.yml')}:3: error: unknown key 'autors' (did you mean 'authors'?)",
    ]


def test_sidecar_reports_every_bad_value_in_one_run(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "date: 2025-13-01\nslug: Not A Slug\nauthors: [{affiliation: X}]\nurl: ftp://x\n")
    sidecar = path.with_suffix(".yml")
    assert problems(path) == [
        f"{sidecar}:1: error: 'date' '2025-13-01' is not a real date",
        f"{sidecar}:2: error: 'slug' must be lowercase letters, digits and single hyphens, like 'nato-after-2025'",
        f"{sidecar}:3: error: 'authors[1].name' is required (The author's name, as the site should show it.)",
        f"{sidecar}:4: error: 'url' must be an http:// or https:// address",
    ]


def test_sidecar_impossible_date(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "date: '2025-02-30'\n")
    assert problems(path) == [f"{path.with_suffix('.yml')}:1: error: 'date' '2025-02-30' is not a real date"]


def test_sidecar_invalid_yaml(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "title: [unclosed\nauthors: x\n")
    [message] = problems(path)
    assert message.startswith(f"{path.with_suffix('.yml')}:") and "invalid YAML" in message


def test_sidecar_must_be_a_mapping(tmp_path):
    path = write_brief(tmp_path, "b.txt", GOOD, "- just\n- a list\n")
    assert problems(path) == [f"{path.with_suffix('.yml')}:1: error: the sidecar must be a mapping of field: value"]


def test_convert_cli_error_exit_and_message(tmp_path, run_cli):
    path = write_brief(tmp_path, "empty.txt", "")
    result = run_cli("convert", path)
    assert result.returncode == 1 and result.stdout == ""
    assert f"{path}: error: the file is empty" in result.stderr


def test_check_reports_every_problem_and_exits_non_zero(tmp_path, run_cli):
    briefs = tmp_path / "sources" / "briefs"
    write_brief(briefs, "a.txt", GOOD, "slug: same\n")
    write_brief(briefs, "b.txt", GOOD, "slug: same\ndate: tomorrow\n")
    write_brief(briefs, "c.txt", "")
    (briefs / "orphan.yml").write_text("title: x\n")
    result = run_cli("check", "--sources", tmp_path / "sources")
    assert result.returncode == 1
    err = result.stderr
    assert "b.yml:2: error: 'date' must be a date" in err
    assert "c.txt: error: the file is empty" in err
    assert "orphan.yml: error: sidecar without a brief" in err
    assert "check: 3 error(s)" in err


def test_check_duplicate_slug_names_both_files(tmp_path, run_cli):
    briefs = tmp_path / "sources" / "briefs"
    write_brief(briefs, "a.txt", GOOD, "slug: same\n")
    write_brief(briefs, "b.txt", GOOD, "slug: same\n")
    result = run_cli("check", "--sources", tmp_path / "sources")
    warning = next(line for line in result.stderr.splitlines() if "b.txt" in line)
    assert "warning: slug 'same' is already used by brief" in warning
    assert "a.txt;" in warning and "this brief's page is briefs/same-" in warning


def test_check_passes_on_the_real_sources(run_cli):
    result = run_cli("check")
    assert result.returncode == 0, result.stderr


def test_check_names_each_markup_lookalike_and_says_how_it_shows(tmp_path, run_cli):
    briefs = tmp_path / "sources" / "briefs"
    text = ("A title here\n\nBody <img src=x onerror=alert(1)> text. {: onclick=\"x\" }\n\n--8<-- \"about.md\"\n\n"
            "It\u0092s [x](javascript:alert(1)).\n\n*[NATO]: evil\n")
    write_brief(briefs, "h.txt", text, "publisher: \"<b>Bad</b>\"\n")
    result = run_cli("check", "--sources", tmp_path / "sources")
    assert result.returncode == 0, result.stderr  # notices, not errors: the site shows these as text
    lines = result.stderr.splitlines()
    shown = "(it will be shown as text, exactly as written, and has no effect)"
    for expected in [
        f"h.txt:3: warning: '<img src=x onerror=alert(1)>' looks like HTML {shown}",
        f"h.txt:3: warning: '{{: onclick=\"x\" }}' looks like an attribute list {shown}",
        f"h.txt:5: warning: '--8<--' looks like a snippet include {shown}",
        "h.txt:7: warning: '](javascript:alert(1)' looks like a link to a non-web address",
        "h.txt:7: warning: control character U+0092 (it will be shown as '’', the Windows-1252 character it stands for)",
        "h.txt:9: warning: '*[NATO]:' looks like an abbreviation definition",
        f"h.yml:1: warning: '<b>' looks like HTML {shown}",
    ]:
        assert any(expected in line for line in lines), expected


def test_check_says_when_two_readings_compete_and_the_field_stays_empty(tmp_path, run_cli):
    briefs = tmp_path / "sources" / "briefs"
    # two dates, neither labelled as the publication's ("Published …" would say which one is)
    text = ("Deterrence on a budget\n\n4 March 2026\n\nBy Ana Lindqvist\n\n12.01.2026\n\n"
            "Europe has to decide how much it is willing to pay for its own security, and soon.\n")
    write_brief(briefs, "two-dates.txt", text)
    result = run_cli("check", "--sources", tmp_path / "sources")
    line = next((text for text in result.stderr.splitlines() if "more than one date" in text), "")
    assert "two-dates.txt: warning: the text states more than one date" in line
    assert "(set 'date' in the sidecar)" in line
    converted = run_cli("convert", briefs / "two-dates.txt")
    assert "\ndate: null\n" in converted.stdout
