"""Annotations: the file format, scaffolding, anchoring, security and rendering."""

from __future__ import annotations

import re
import shutil

import pytest

from brieflib.enrich.anchoring import anchor, context_of
from brieflib.enrich.annotations import load, render_body, sanitise, unsafe_parts
from brieflib.ingest.convert import convert_file
from conftest import BRIEFS, ROOT, build_site, copy_project, search_records

EPC = BRIEFS / "accept-prepare-leverage-transatlantic-security.txt"


@pytest.fixture(scope="module")
def epc():
    return convert_file(EPC, root=ROOT)


def note_file(folder, name="n.md", **fields):
    body = fields.pop("body", "A useful note.")
    fields.setdefault("author", "Ana")
    fields.setdefault("created", "2026-01-05")
    front = "".join(f"{k}: {v}\n" for k, v in fields.items())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    return path


# -- anchoring -----------------------------------------------------------------


def test_exact_unique_quote_is_anchored(epc):
    result = anchor(epc, "European Sky Shield Initiative (ESSI)")
    assert result.status == "exact" and "Sky Shield" in result.block.text


def test_quote_marks_and_spacing_are_normalised(epc):
    assert anchor(epc, "Trump’s  approach to trying to end\nthe war").status == "exact"


def test_repeated_quote_is_told_apart_by_context(epc):
    quote = "Coalition of the Willing"
    contexts, _ = context_of(epc, quote)
    assert len(contexts) == 5
    prefix, suffix = contexts[3]
    result = anchor(epc, quote, prefix, suffix)
    assert result.status == "context"
    assert result.block.text.startswith("A credible settlement will require")


def test_repeated_quote_without_context_is_ambiguous(epc):
    result = anchor(epc, "Coalition of the Willing")
    assert result.status == "ambiguous" and len(result.candidates) == 5


def edited(epc, old, new):
    brief = convert_file(EPC, root=ROOT)
    for block in brief.blocks:
        block.text = block.text.replace(old, new)
    return brief


def test_close_match_after_an_edit_is_reanchored_with_the_new_text(epc):
    quote = "Recent EU defence initiatives indicate steady progress towards building a credible European security role"
    contexts, _ = context_of(epc, quote)
    prefix, suffix = contexts[0]
    brief = edited(epc, "indicate steady progress", "show steady progress")
    result = anchor(brief, quote, prefix, suffix)
    assert result.status == "fuzzy"
    assert "show steady progress towards building a credible European security role" in result.matched


def test_short_quotes_are_never_fuzzy_matched(epc):
    brief = edited(epc, "European Sky Shield Initiative", "European Sky Shields Initiative")
    result = anchor(brief, "Sky Shield Initiative", "European ", " (ESSI)")
    assert result.status == "orphan"


def test_fuzzy_needs_agreeing_context(epc):
    quote = "Recent EU defence initiatives indicate steady progress towards building a credible European security role"
    brief = edited(epc, "indicate steady progress", "show steady progress")
    assert anchor(brief, quote, "completely different words here", "nothing like the text").status == "orphan"


def test_deleted_passage_is_an_orphan_with_the_nearest_passage(epc):
    brief = edited(epc, "Recent EU defence initiatives indicate steady progress towards building a credible European security role.", "")
    result = anchor(brief, "Recent EU defence initiatives indicate steady progress towards building a credible European security role")
    assert result.status == "orphan" and result.nearest and result.distance > 0


# -- the file format ----------------------------------------------------------------


def test_schema_errors_name_file_line_and_fix(tmp_path):
    path = note_file(tmp_path / "accept-prepare-leverage", quote="x", auther="Ana", kind="factcheck", created="5 Jan")
    note, problems = load(path, "f.md", {"defence-spending"}, {"accept-prepare-leverage"})
    messages = [str(p) for p in problems]
    assert note is None
    assert "f.md:3: error: unknown key 'auther' (did you mean 'author'?)" in messages
    assert "f.md:4: error: 'kind' must be one of comment, context, fact-check, correction, question (did you mean 'fact-check'?)" in messages
    assert "f.md:5: error: 'created' '5 Jan' is not a date written YYYY-MM-DD" in messages


def test_unknown_theme_and_see_also_are_errors(tmp_path):
    path = note_file(tmp_path / "a", quote="x", themes="[no-theme]", see_also="[no-brief#p-123456]")
    _, problems = load(path, "f.md", {"defence-spending"}, {"a"})
    text = "\n".join(map(str, problems))
    assert "unknown theme 'no-theme'" in text and "see_also names no brief 'no-brief'" in text


def test_placeholder_body_is_refused(tmp_path):
    path = note_file(tmp_path / "a", quote="x", body="Write your note here.")
    _, problems = load(path, "f.md", None, None)
    assert "the note still has the placeholder text" in str(problems[0])


XSS = [
    "<script>alert(1)</script>",
    "Hi <img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "<a href=\"https://x.org\" onclick=\"steal()\">x</a>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<svg onload=alert(1)>",
    "![pixel](https://tracker.example/p.gif)",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "<style>body{display:none}</style>",
    "<div style=\"position:fixed\">overlay</div>",
    "Text <!-- hidden --> more",
]


@pytest.mark.parametrize("body", XSS)
def test_unsafe_bodies_are_rejected_with_a_reason(tmp_path, body):
    path = note_file(tmp_path / "a", quote="x", body=body)
    note, problems = load(path, "f.md", None, None)
    assert note is None
    assert any("markup that is not allowed" in str(p) for p in problems)


def test_safe_markdown_is_kept_and_links_get_rel():
    html = sanitise(render_body("A *note* with [a link](https://example.org) and `code`."))
    assert '<a href="https://example.org" rel="nofollow noopener noreferrer">a link</a>' in html
    assert "<em>note</em>" in html and "<code>code</code>" in html
    assert unsafe_parts(render_body("Plain **Markdown**, lists:\n\n- one\n- two")) == []


# -- scaffolding, build and rendering ---------------------------------------------------


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path / "p")
    shutil.rmtree(root / "sources" / "annotations", ignore_errors=True)
    return root


def test_annotate_writes_the_file_with_context(project, run_cli):
    result = run_cli("annotate", "accept-prepare-leverage", "--quote", "European Sky Shield Initiative (ESSI)",
                     "--author", "Ana Reader", "--kind", "context", "--root", project)
    assert result.returncode == 0, result.stderr
    path = project / result.stdout.strip()
    text = path.read_text()
    assert path.parent.name == "accept-prepare-leverage"
    assert "quote: European Sky Shield Initiative (ESSI)" in text
    assert "prefix: 'nce Industrial Strategy (EDIS), '" in text and "kind: context" in text
    assert text.rstrip().endswith("Write your note here.")


def test_annotate_accepts_the_source_path(project, run_cli):
    source = project / "sources" / "briefs" / EPC.name
    result = run_cli("annotate", source, "--quote", "tenth consecutive year", "--author", "Ana", "--root", project)
    assert result.returncode == 0, result.stderr


def test_annotate_refuses_missing_and_repeated_quotes(project, run_cli):
    missing = run_cli("annotate", "accept-prepare-leverage", "--quote", "Sky Shield Initiatives", "--author", "A", "--root", project)
    assert missing.returncode == 1 and "the quote is not in brief accept-prepare-leverage" in missing.stderr
    assert 'nearest passage: "' in missing.stderr
    repeated = run_cli("annotate", "accept-prepare-leverage", "--quote", "Coalition of the Willing", "--author", "A", "--root", project)
    assert repeated.returncode == 1 and "occurs 5 times" in repeated.stderr
    assert "[Coalition of the Willing] supported by non-European" in repeated.stderr
    assert "quote a longer passage" in repeated.stderr
    unknown = run_cli("annotate", "no-such-brief", "--quote", "x", "--author", "A", "--root", project)
    assert unknown.returncode == 1 and "no brief has this slug or path" in unknown.stderr


def scaffold(run_cli, project, quote, body, slug="accept-prepare-leverage", kind="fact-check"):
    result = run_cli("annotate", slug, "--quote", quote, "--author", "Ana Reader", "--kind", kind, "--body", body, "--root", project)
    assert result.returncode == 0, result.stderr
    return project / result.stdout.strip()


def test_note_is_shown_at_its_passage(project, run_cli):
    scaffold(run_cli, project, "tenth consecutive year in 2024", "SIPRI's figures agree: *ten years* of growth.")
    result = build_site(project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    mark = re.search(r'<mark class="annotated" id="mark-(note-[\w-]+)">tenth consecutive year in 2024</mark>', html)
    assert mark
    note_id = mark.group(1)
    assert f'<a class="annotation-ref" href="#{note_id}"' in html
    # attribute order is the serialiser's (the body is inside an md_in_html block): match by id, then check the class
    opening = re.search(rf'<aside [^>]*id="{note_id}"[^>]*>', html)
    assert 'class="annotation annotation--fact-check"' in opening.group(0)
    aside = html[opening.start():]
    aside = aside[: aside.index("</aside>")]
    assert "Fact check" in aside and "Ana Reader" in aside and "<em>ten years</em>" in aside
    assert "sources/annotations/accept-prepare-leverage/" in aside
    assert "1 note" in html
    index = (project / "site" / "annotations" / "index.html").read_text()
    assert "Ana Reader" in index and "Fact check" in index
    [record] = [r for r in search_records(project / "site") if r["url"] == "/briefs/accept-prepare-leverage/"]
    assert "ten years" in record["content"] and "of growth" in record["content"]


def test_see_also_is_shown_on_both_briefs(project, run_cli):
    path = scaffold(run_cli, project, "a European reassurance force in Ukraine", "Compare the EPC view.", slug="post-war-order-collapsed", kind="comment")
    path.write_text(path.read_text().replace("kind: comment\n", "kind: comment\nsee_also:\n- accept-prepare-leverage\n"))
    assert build_site(project).returncode == 0
    here = (project / "site" / "briefs" / "post-war-order-collapsed" / "index.html").read_text()
    there = (project / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    assert 'class="annotation-see-also"' in here and "Accept, prepare, leverage" in here
    assert "Notes elsewhere that link here" in there and "post-war-order-collapsed/#note-" in there


def test_edit_around_the_passage_reanchors_with_a_warning(project, run_cli):
    quote = "Recent EU defence initiatives indicate steady progress towards building a credible European security role"
    path = scaffold(run_cli, project, quote, "Progress is uneven.", kind="question")
    source = project / "sources" / "briefs" / EPC.name
    source.write_text(source.read_text().replace("indicate steady progress", "show steady progress"))
    result = run_cli("build", "--root", project)
    assert result.returncode == 0, result.stderr
    assert f"{path.relative_to(project)}: warning: quote not found exactly in brief accept-prepare-leverage" in result.stderr
    assert "update 'quote' to: 'Recent EU defence initiatives show steady progress" in result.stderr
    page = (project / "docs" / "briefs" / "accept-prepare-leverage" / "index.md").read_text()
    assert "re-anchored after the brief changed" in page


def test_orphan_fails_check_and_strict_build_but_is_listed_otherwise(project, run_cli):
    quote = "Recent EU defence initiatives indicate steady progress towards building a credible European security role"
    path = scaffold(run_cli, project, quote, "Progress is uneven.")
    source = project / "sources" / "briefs" / EPC.name
    source.write_text(source.read_text().replace(quote + ".", "An editor rewrote this opening completely."))
    name = path.relative_to(project).as_posix()
    check = run_cli("check", "--sources", project / "sources")
    assert check.returncode == 1
    assert f"{name}: error: quote not found in brief accept-prepare-leverage; nearest passage:" in check.stderr
    strict = run_cli("build", "--strict", "--root", project)
    assert strict.returncode == 1 and name in strict.stderr
    relaxed = run_cli("build", "--root", project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert f"{name}: error: quote not found" in relaxed.stderr
    orphans = (project / "docs" / "annotations" / "unanchored.md").read_text()
    assert quote in orphans and "Ana Reader" in orphans


def test_invalid_annotation_fails_every_build(project, run_cli):
    note_file(project / "sources" / "annotations" / "accept-prepare-leverage", quote="tenth consecutive year", body="<script>x</script>")
    result = run_cli("build", "--root", project)
    assert result.returncode == 1 and "markup that is not allowed: <script>" in result.stderr


def test_the_build_refuses_every_unsafe_body_by_name(project):
    """Each unsafe body fails the build, naming its file and what would be removed; no site is made."""
    folder = project / "sources" / "annotations" / "accept-prepare-leverage"
    for i, body in enumerate(XSS):
        note_file(folder, f"x{i}.md", quote="tenth consecutive year", body=body)
    result = build_site(project)
    assert result.returncode == 1
    for i in range(len(XSS)):
        line = next((text for text in result.stderr.splitlines() if f"accept-prepare-leverage/x{i}.md" in text), "")
        assert "error:" in line, f"x{i}.md ({XSS[i]!r}) is not refused by name"
    assert not (project / "site").exists()


def test_annotation_fields_that_are_not_the_body_render_as_text(project):
    """Author and quote are escaped, not refused: with markup in them the site builds and nothing is live."""
    from test_untrusted import live_payloads

    folder = project / "sources" / "annotations" / "accept-prepare-leverage"
    note_file(folder, "n.md", quote="tenth consecutive year", author="\"<img src=x onerror=alert('PWN')>\"")
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    page = project / "site" / "briefs" / "accept-prepare-leverage" / "index.html"
    assert "&lt;img src=x onerror=alert('PWN')&gt;" in page.read_text()
    assert [f for p in (project / "site").rglob("*.html") for f in live_payloads(p)] == []
