"""``check``: validate every source and sidecar in one run, reporting every problem."""

from __future__ import annotations

import re
from pathlib import Path

from brieflib.enrich.corpus import distinct_slugs, enrich_themes
from brieflib.enrich.glossary import Glossary, acronyms_of, load_glossary
from brieflib.enrich.places import load_gazetteer
from brieflib.enrich.taxonomy import load_taxonomy
from brieflib.ingest.convert import COMPANION_SUFFIXES, SOURCE_SUFFIXES, TEXT_SUFFIXES, convert_file
from brieflib.ingest.markup import markup_notices
from brieflib.model.errors import BriefError, Problem
from brieflib.model.text import SUPERSCRIPT_RUN, ends_sentence, sentences, superscript_to_int


def source_files(sources: Path) -> list[Path]:
    folder = sources / "briefs"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()) if folder.is_dir() else []


def check(sources: Path) -> list[Problem]:
    problems: list[Problem] = []
    folder = sources / "briefs"
    if not folder.is_dir():
        return [Problem(folder, "no briefs folder", hint="create sources/briefs/ and put the briefs' text files in it")]
    stems = {p.stem for p in source_files(sources)}
    problems += unsupported_files(folder)
    for sidecar in sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]):
        if sidecar.stem not in stems:
            problems.append(Problem(sidecar, "sidecar without a brief", hint=f"name it after a brief's file, e.g. {sorted(stems)[0]}.yml" if stems else None))
    taxonomy, entries = None, []
    try:
        taxonomy = load_taxonomy(sources / "themes.yml")
    except BriefError as exc:
        problems += exc.problems
    try:
        entries = load_glossary(sources / "glossary.yml")
    except BriefError as exc:
        problems += exc.problems
    try:
        load_gazetteer(sources / "regions.yml")
    except BriefError as exc:
        problems += exc.problems
    briefs = []
    for path in source_files(sources):
        try:
            brief = convert_file(path)
            if taxonomy is not None:
                enrich_themes([brief], taxonomy)
        except BriefError as exc:
            problems += exc.problems
            continue
        briefs.append(brief)
        problems += _warnings(brief, path)
    for path in [*(p for p in source_files(sources) if p.suffix in TEXT_SUFFIXES), *sorted(folder.glob("*.y*ml"))]:
        problems += markup_notices(path)  # a PDF or web page is read by its structure, not shown as typed
    problems += distinct_slugs(briefs)
    problems += glossary_suggestions(briefs, entries)
    if taxonomy is not None and not any(p.severity == "error" for p in problems):
        from brieflib.enrich.annotations import resolve

        problems += resolve(sources.parent, briefs, set(taxonomy.ids)).problems
    return problems


def unsupported_files(folder: Path) -> list[Problem]:
    """Files in sources/briefs/ that are neither a brief the converter takes nor a sidecar: never skipped silently."""
    taken = ", ".join(SOURCE_SUFFIXES)
    return [
        Problem(path, f"the converter does not take {path.suffix or 'files without an extension'} files; this file is not a brief of the site",
                hint=f"save the brief as one of {taken} (a text dump, a PDF or a saved web page), or move the file out of sources/briefs/")
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() not in SOURCE_SUFFIXES + COMPANION_SUFFIXES
    ]


def glossary_suggestions(briefs, entries) -> list[Problem]:
    """Acronyms the briefs define that the curated glossary lacks: suggestions, not errors."""
    glossary = Glossary(entries, briefs)
    found = []
    for brief in briefs:
        for acronym, (expansion, line) in sorted(acronyms_of(brief).items()):
            if acronym in glossary.uncurated:
                found.append(Problem(
                    brief.source, f"acronym {acronym} ({expansion}) has no glossary entry", line,
                    "add it to sources/glossary.yml if readers need it explained", severity="suggestion",
                ))
    return found


def _warnings(brief, path: Path) -> list[Problem]:
    """What converted but deserves an editor's look."""
    found = []
    text = " ".join(b.text for b in brief.blocks)
    refs = {superscript_to_int(m) for m in SUPERSCRIPT_RUN.findall(text)}
    refs |= {int(n) for n in re.findall(r"\[(\d{1,3})\](?!\()", text)}
    for number in sorted(refs - set(brief.footnotes)):
        found.append(Problem(path, f"note marker {number} has no note in the notes list", severity="warning"))
    for number in sorted(set(brief.footnotes) - refs):
        found.append(Problem(path, f"note {number} is never referred to in the text", severity="warning"))
    if brief.title_derived:
        found.append(Problem(path, "the text states no title; one was derived from the opening sentence", hint="set 'title' in the sidecar if the publisher's title is known", severity="warning"))
    return found + conversion_warnings(brief)


# More sentences than this left out as boilerplate or page furniture deserve an editor's look:
# a rule may have taken the brief's own text for the publisher's.
LEFT_OUT_SENTENCES = 5


def conversion_warnings(brief) -> list[Problem]:
    """What the converter was unsure of: fields whose readings disagree (left empty), much text left out."""
    found = []
    for field, evidence in sorted(brief.evidence.items()):
        if evidence.startswith("conflict: "):
            found.append(Problem(brief.source, f"the text states more than one {field} ({evidence[len('conflict: '):]}); it is left empty",
                                 hint=f"set '{field}' in the sidecar", severity="warning"))
    left_out = [r for r in brief.removed if "boilerplate" in r.reason or "furniture" in r.reason]
    sentences_out = sum(len(sentences(r.text)) for r in left_out if ends_sentence(r.text))
    if sentences_out > LEFT_OUT_SENTENCES:
        first = min(r.line for r in left_out)
        found.append(Problem(brief.source, f"{sentences_out} sentences were left out as boilerplate or page furniture", first,
                             hint=f"check them with 'briefs convert {brief.source} -v'", severity="warning"))
    return found
