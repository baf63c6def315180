"""Annotations contributed by pull request: one Markdown file with front matter each.

``sources/annotations/<brief-slug>/<name>.md``; the schema is ``FIELDS`` below
(and docs/schema/annotation.schema.json). Bodies come from strangers: they are
rendered with plain Markdown and sanitised with an allow-list (nh3), and a body
the sanitiser would change is rejected, so the contributor learns why.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import nh3
import yaml

from brieflib.enrich.anchoring import Anchor, Document, anchor
from brieflib.ingest.sidecar import PARTIAL_DATE, SLUG
from brieflib.model.brief import Brief
from brieflib.model.errors import Problem
from brieflib.model.yamlfile import StringDatesLoader

KINDS = ("comment", "context", "fact-check", "correction", "question")
FIELDS = {
    "quote": "The exact passage of the brief the note is about (required).",
    "prefix": "Text just before the quote, written by `briefs.py annotate`; tells repeated passages apart.",
    "suffix": "Text just after the quote, written by `briefs.py annotate`.",
    "author": "The contributor's name or handle (required).",
    "created": "The date the note was written, YYYY-MM-DD (required).",
    "kind": "One of: " + ", ".join(KINDS) + " (default comment).",
    "themes": "Optional theme ids from sources/themes.yml.",
    "see_also": "Optional links to passages in other briefs: 'slug' or 'slug#p-xxxxxx'.",
}
REQUIRED = ("quote", "author", "created")
PLACEHOLDER = "Write your note here."
ALLOWED_TAGS = {"p", "em", "strong", "a", "code", "pre", "ul", "ol", "li", "blockquote", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_FRONT = re.compile(r"\A---\n(.*?\n)---\n?(.*)\Z", re.S)
_SEE_ALSO = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([\w-]+))?$")


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


def _line_of(front: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", front, re.M)
    return front[: match.start()].count("\n") + 2 if match else None


def load(path: Path, display: str, known_themes: set[str] | None, known_briefs: set[str] | None) -> tuple[Annotation | None, list[Problem]]:
    """Read and validate one annotation file; every problem with its line."""
    problems: list[Problem] = []
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(display, f"cannot read the annotation: {exc}", hint="save it as UTF-8")]
    match = _FRONT.match(text)
    if not match:
        return None, [Problem(display, "no front matter", 1, "start the file with '---', the fields, then '---' and the note")]
    front, body = match.groups()
    try:
        data = yaml.load(front, Loader=StringDatesLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [Problem(display, f"invalid YAML in the front matter: {getattr(exc, 'problem', exc)}", mark.line + 2 if mark else 1)]
    if not isinstance(data, dict):
        return None, [Problem(display, "the front matter must be a mapping of field: value", 2)]
    for key in data:
        if key not in FIELDS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            problems.append(Problem(display, f"unknown key '{key}'", _line_of(front, str(key)), f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(FIELDS)}"))
    for key in REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.append(Problem(display, f"'{key}' is required and must be text", _line_of(front, key) or 1, FIELDS[key]))
    for key in ("prefix", "suffix"):
        if data.get(key) is not None and not isinstance(data[key], str):
            problems.append(Problem(display, f"'{key}' must be text", _line_of(front, key)))
    created = str(data.get("created", ""))
    if created and not _valid_date(created):
        problems.append(Problem(display, f"'created' {created!r} is not a date written YYYY-MM-DD", _line_of(front, "created")))
    kind = data.get("kind", "comment")
    if kind not in KINDS:
        close = difflib.get_close_matches(str(kind), KINDS, n=1)
        problems.append(Problem(display, f"'kind' must be one of {', '.join(KINDS)}", _line_of(front, "kind"), f"did you mean '{close[0]}'?" if close else None))
    themes = data.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) and SLUG.match(t) for t in themes):
        problems.append(Problem(display, "'themes' must be a list of theme ids", _line_of(front, "themes")))
        themes = []
    for theme in themes:
        if known_themes is not None and theme not in known_themes:
            problems.append(Problem(display, f"unknown theme '{theme}'", _line_of(front, "themes"), "use an id from sources/themes.yml"))
    see_also = data.get("see_also") or []
    if not isinstance(see_also, list) or not all(isinstance(s, str) and _SEE_ALSO.match(s) for s in see_also):
        problems.append(Problem(display, "'see_also' must be a list like [other-brief-slug#p-1a2b3c]", _line_of(front, "see_also")))
        see_also = []
    for link in see_also:
        slug = _SEE_ALSO.match(link).group(1)
        if known_briefs is not None and slug not in known_briefs:
            problems.append(Problem(display, f"see_also names no brief '{slug}'", _line_of(front, "see_also"), "use the slug from the brief's URL, briefs/<slug>/"))
    body_line = front.count("\n") + 3
    if not body.strip():
        problems.append(Problem(display, "the note has no text", body_line, "write the note below the front matter"))
    elif PLACEHOLDER in body:
        problems.append(Problem(display, "the note still has the placeholder text", body_line, f"replace '{PLACEHOLDER}' with your note"))
    rendered = render_body(body)
    unsafe = unsafe_parts(rendered)
    if unsafe:
        problems.append(Problem(
            display, "the note contains markup that is not allowed: " + ", ".join(unsafe), body_line,
            "use plain Markdown: emphasis, lists, quotes, code and http(s)/mailto links; no HTML, scripts or images",
        ))
    if problems:
        return None, problems
    slug = path.parent.name
    annotation = Annotation(
        Path(display), slug, data["quote"].strip(), data["author"].strip(), created, kind,
        (data.get("prefix") or ""), (data.get("suffix") or ""), list(themes), list(see_also), sanitise(rendered),
        id="note-" + re.sub(r"[^a-z0-9-]", "-", path.stem.lower()),
    )
    return annotation, []


def _valid_date(text: str) -> bool:
    if not PARTIAL_DATE.match(text) or text.count("-") != 2:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


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
