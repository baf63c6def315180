"""Annotations contributed by pull request: one Markdown file with front matter each.

``sources/annotations/<brief-slug>/<name>.md``; the front matter's schema is
model/schemas/annotation.schema.json (published as docs/schema/). Bodies come from strangers: they are
rendered with plain Markdown and sanitised with an allow-list (nh3), and a body
the sanitiser would change is rejected, so the contributor learns why.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import nh3

from brieflib.enrich.anchoring import Anchor, Document, anchor
from brieflib.model.brief import Brief
from brieflib.model.errors import BriefError, Problem
from brieflib.model.validate import by_line, did_you_mean, impossible_date, is_valid, line_at, schema, validate
from brieflib.model.yamlfile import parse_yaml

KINDS = tuple(schema("annotation")["properties"]["kind"]["enum"])
PLACEHOLDER = "Write your note here."
ALLOWED_TAGS = {"p", "em", "strong", "a", "code", "pre", "ul", "ol", "li", "blockquote", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_FRONT = re.compile(r"\A---\n(.*?\n)---\n?(.*)\Z", re.S)


@dataclass
class Annotation:
    path: Path  # as shown to people: sources/annotations/<slug>/<name>.md
    brief_slug: str
    quote: str
    author: str
    created: str
    kind: str = "comment"
    prefix: str = ""
    suffix: str = ""
    themes: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    body_html: str = ""
    id: str = ""
    anchor: Anchor | None = None


def render_body(text: str) -> str:
    """Restricted Markdown to HTML (no extensions, no raw HTML survives sanitising)."""
    return markdown.Markdown(extensions=[], output_format="html").convert(text.strip())


def sanitise(body_html: str, *, rel: bool = True) -> str:
    return nh3.clean(
        body_html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer" if rel else None, strip_comments=True,
    )


def unsafe_parts(body_html: str) -> list[str]:
    """What the sanitiser would remove from a rendered body; empty when the body is safe."""
    cleaned = sanitise(body_html, rel=False)
    if cleaned == body_html:
        return []
    removed = [t for t in re.findall(r"<(/?[a-zA-Z][\w-]*)", body_html) if t.lstrip("/").lower() not in ALLOWED_TAGS]
    reasons = sorted({f"<{t.lstrip('/')}>" for t in removed})
    if re.search(r"\son\w+\s*=", body_html):
        reasons.append("event handler attributes (on…=)")
    for href in re.findall(r'href="([^"]*)"', body_html):
        scheme = href.split(":", 1)[0].lower() if ":" in href else ""
        if scheme and scheme not in URL_SCHEMES:
            reasons.append(f"a {scheme}: link")
    return reasons or ["markup outside the allowed set"]


def load(path: Path, display: str, known_themes: set[str] | None, known_briefs: set[str] | None) -> tuple[Annotation | None, list[Problem]]:
    """Read and validate one annotation file; every problem with its line."""
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(display, f"cannot read the annotation: {exc}", hint="save it as UTF-8")]
    match = _FRONT.match(text)
    if not match:
        return None, [Problem(display, "no front matter", 1, "start the file with '---', the fields, then '---' and the note")]
    front, body = match.groups()
    try:
        data, node = parse_yaml(front, display, first_line=2)
    except BriefError as exc:
        return None, exc.problems
    data = {} if data is None else data
    rendered = render_body(body)
    problems = (
        validate(data, node, "annotation", display)
        + _cross_checks(data, node, display, known_themes, known_briefs)
        + _body_problems(body, rendered, display, front.count("\n") + 3)
    )
    if problems:
        return None, by_line(problems)
    return Annotation(
        Path(display), path.parent.name, data["quote"].strip(), data["author"].strip(), data["created"], data.get("kind", "comment"),
        data.get("prefix") or "", data.get("suffix") or "", list(data.get("themes") or []), list(data.get("see_also") or []),
        sanitise(rendered), id="note-" + re.sub(r"[^a-z0-9-]", "-", path.stem.lower()),
    ), []


def _cross_checks(data, node, display: str, known_themes: set[str] | None, known_briefs: set[str] | None) -> list[Problem]:
    """What the schema cannot know: that the date exists, and the themes and briefs named exist."""
    if not isinstance(data, dict):
        return []
    problems = []
    if impossible_date(data.get("created")):
        problems.append(Problem(display, f"'created' {data['created']!r} is not a real date", line_at(node, "created")))
    for i, theme in _valid_items(data, "themes"):
        if known_themes is not None and theme not in known_themes:
            hint = did_you_mean(theme, sorted(known_themes)) or "use an id from sources/themes.yml"
            problems.append(Problem(display, f"unknown theme '{theme}'", line_at(node, "themes", i), hint))
    for i, link in _valid_items(data, "see_also"):
        slug = link.partition("#")[0]
        if known_briefs is not None and slug not in known_briefs:
            problems.append(Problem(display, f"see_also names no brief '{slug}'", line_at(node, "see_also", i), "use the slug from the brief's URL, briefs/<slug>/"))
    return problems


def _valid_items(data: dict, key: str) -> list[tuple[int, str]]:
    """The items of a list field that the schema accepts (the others have their own error already)."""
    items = data.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if is_valid(item, "annotation", "properties", key, "items")]


def _body_problems(body: str, rendered: str, display: str, body_line: int) -> list[Problem]:
    """A note that is empty, still the placeholder, or uses markup the sanitiser would remove."""
    if not body.strip():
        return [Problem(display, "the note has no text", body_line, "write the note below the front matter")]
    problems = []
    if PLACEHOLDER in body:
        problems.append(Problem(display, "the note still has the placeholder text", body_line, f"replace '{PLACEHOLDER}' with your note"))
    unsafe = unsafe_parts(rendered)
    if unsafe:
        problems.append(Problem(
            display, "the note contains markup that is not allowed: " + ", ".join(unsafe), body_line,
            "use plain Markdown: emphasis, lists, quotes, code and http(s)/mailto links; no HTML, scripts or images",
        ))
    return problems


def annotation_files(root: Path) -> list[Path]:
    folder = root / "sources" / "annotations"
    return sorted(folder.glob("*/*.md")) if folder.is_dir() else []


def stray_files(root: Path) -> list[Problem]:
    """Files in sources/annotations that are not <slug>/<name>.md."""
    folder = root / "sources" / "annotations"
    if not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and (path.suffix != ".md" or path.parent.parent != folder) and path.name != "README.md":
            problems.append(Problem(path.relative_to(root), "not an annotation file", hint="annotations live at sources/annotations/<brief-slug>/<name>.md"))
    return problems


@dataclass
class Resolution:
    """All annotations of a build, anchored or not."""

    anchored: list[Annotation] = field(default_factory=list)
    orphans: list[Annotation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # errors (invalid files, orphans) and warnings


def resolve(root: Path, briefs: list[Brief], known_themes: set[str]) -> Resolution:
    """Validate and anchor every annotation; attach anchored ones to their briefs."""
    by_slug = {b.slug: b for b in briefs}
    result = Resolution(problems=stray_files(root))
    for brief in briefs:
        brief.annotations = []
    documents: dict[str, Document] = {}
    for path in annotation_files(root):
        display = path.relative_to(root).as_posix()
        note, problems = load(path, display, known_themes, set(by_slug))
        result.problems += problems
        if note is None:
            continue
        brief = by_slug.get(note.brief_slug)
        if brief is None:
            result.problems.append(Problem(display, f"no brief has the slug '{note.brief_slug}'", hint="move the file into sources/annotations/<brief-slug>/; the slug is in the brief's URL"))
            continue
        if brief.slug not in documents:
            documents[brief.slug] = Document.of(brief)
        note.anchor = anchor(brief, note.quote, note.prefix, note.suffix, documents[brief.slug])
        _report(note, result)
        (result.orphans if note.anchor.status in {"orphan", "ambiguous"} else result.anchored).append(note)
        if note.anchor.status not in {"orphan", "ambiguous"}:
            brief.annotations.append(note)
    return result


def _report(note: Annotation, result: Resolution) -> None:
    a = note.anchor
    slug = note.brief_slug
    if a.status == "fuzzy":
        result.problems.append(Problem(
            note.path, f"quote not found exactly in brief {slug}; re-anchored to a close passage ({a.distance} edits away)",
            severity="warning", hint=f"update 'quote' to: {a.matched!r}",
        ))
    elif a.status == "ambiguous":
        shown = "; ".join(a.candidates[:4])
        result.problems.append(Problem(
            note.path, f"quote occurs {len(a.candidates)} times in brief {slug} and prefix/suffix do not tell them apart: {shown}",
            hint="quote a longer passage, or run briefs.py annotate again to record prefix and suffix",
        ))
    elif a.status == "orphan":
        nearest = f'nearest passage: "{a.nearest}" ({a.distance} edits away)' if a.nearest else "the brief has no text to match"
        result.problems.append(Problem(note.path, f"quote not found in brief {slug}; {nearest}", hint="update 'quote' to the passage as the brief has it now"))


def escape_text(text: str) -> str:
    return html.escape(text, quote=True)


def link_backlinks(briefs: list[Brief]) -> None:
    by_slug = {b.slug: b for b in briefs}
    for brief in briefs:
        brief.backlinks = []
    for brief in briefs:
        for note in brief.annotations:
            for target in note.see_also:
                slug, _, anchor = target.partition("#")
                if slug in by_slug and slug != brief.slug:
                    by_slug[slug].backlinks.append((note, anchor))
