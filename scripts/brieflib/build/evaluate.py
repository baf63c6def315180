"""``briefs eval``: score the converter against a corpus of briefs with ground truth.

Each ``tests/corpus/NAME.txt`` has a ``NAME.truth.yml`` saying what an editor
reads off it (title, authors, date, publisher, headings, notes, first and last
sentence, strings that must not reach the body). The converter runs on every
brief and each field is scored as accuracy over the corpus: a field the truth
leaves empty is right only when the converter leaves it empty too, so an
invented value counts as wrong.

The corpus is split deterministically, by a hash of the file name, into a
*tuning* part (about 70%) and a *held-apart* part (about 30%). Rules are
tuned on the tuning part only; the held-apart part is reported so that we can
see whether the rules generalise to layouts they were not written from.

A third part, *never-seen*, holds briefs written by someone who never saw the
code (file names starting with a prefix in ``NEVER_SEEN``). It is the honest
measure of layouts nobody anticipated: its failures are not printed unless
asked for (``--show-never-seen``), so that nobody tunes a rule on them. Once a
never-seen set has been measured and its failures studied, its prefix leaves
``NEVER_SEEN`` and a fresh set takes its place. A set whose study is under way
is scored apart (``BEING_STUDIED``): its failures print, and no floor holds it
until it joins the gated parts.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from brieflib.enrich.corpus import enrich_places, enrich_themes, gazetteer_for, taxonomy_for
from brieflib.enrich.places import Gazetteer
from brieflib.enrich.taxonomy import Taxonomy
from brieflib.ingest.convert import SOURCE_SUFFIXES, convert_file, source_text
from brieflib.ingest.patterns import dateline, is_acronym_of, without_town
from brieflib.model.brief import Brief
from brieflib.model.text import NOTE_REF, QUOTES, plain, undouble
from brieflib.render.brief_page import KEY_POINT_WORDS, KEY_POINTS

HELD_APART_SHARE = 30  # percent of the corpus, chosen by file-name hash
NEVER_SEEN = ("zzi-", "zzj-", "zzk-")  # the current never-seen set (PDF copies, web pages, and other kinds: options paper, expert survey, foresight scenarios, consultation response, letter to the editor, tribute essay, hearing briefing, fact-check, case note, exchange of letters; written 2026-12-02 by helpers who never saw the code, while zzf-, zzg- and zzh- were studied; on arrival at c1f6662, with the first rules from zzf-: zzi- 56.7% metadata, zzj- 43.3%, zzk- 40%, 47.1% together; the failure lines of three zzj- briefs (the Drupal, Ghost and Hugo pages) were printed once by mistake while a zzf- rule was checked, and no rule was written from them); measured before study: zzf-, zzg-, zzh- (PDF copies, web pages, and other kinds: testimony, speeches, task-force lists, op-eds, chronologies, data briefs, reviews, open letters, exercise reports, press releases; written 2026-12-02 by helpers who never saw the code, while zzc-, zzd- and zze- were studied; on arrival at 9af2b32, with the first two rules from zzc-: zzf- 51.7% metadata, zzg- 46.7%, zzh- 56%, 51.2% together; 51.8% at 57e48b3, with the rules of that day's study of zzc-, zzd-, zze-); measured before study: zzc-, zzd-, zze- (PDF copies, web pages, and other kinds: interviews, event reports, memos, newsletters, bilingual and joint briefs, a chapter; written 2026-12-02; on arrival at 3f0071b: zzc- 58.3% metadata, zzd- 60%, zze- 54%, 57.6% together; still 57.6% at 6c2c0a7, when their study began, after further rules from zy- and zz-), f- 61.7% metadata, g- 33.3%, h- 58.3%, i- 56.7%, j- 70%, k- 70%, l- 41.7%, m- 66.7%, n- 58.3%, o- 40%, q- 68.3%, r- 61.7%, s- 58.3%, t- 61.7%, u- 58.3%, v- 61.7%, x- 53.3%, y- 75%, z- 68.3%, za- 58.3%, zb- 58.3%, zc- 70% (with every rule from za- and the first from zb-), zd- 66.7% (with every rule from zb- and the first from zc-), ze- 61.7% (with every rule from zc- and the first from zd-), zf- 73.3% (with every rule from zd-), zg- 80% (with every rule from ze- written before it came, none from zf-), zh- 50% (with every rule from zf-, none from zg-), zi- 78.3% (with every rule from zg- and the first from zh-), zj- 80% (with every rule from zh- and the first from zi-), zk- 60% (with every rule from zi- and the first from zj-), zl- 75% (with every rule from zj- and the first from zk-), zm- 75% (at e9956f4, with the first rules from zk- and zl-), zn- 68.3% (at c35f77d, with every rule from zk- and zl- and the first from zm-), zo- 65% (at f73de32, with every rule from zm- and the first from zn-), zp- 73.3% (at 0877a93, with every rule from zn- and the first from zo-), zq- 90% (at 9148156, with every rule from zo- and the first from zp-), zr- 71.7% (at 579274d, with every rule from zp- and the first from zq-), zs- 46.7% (at b2eaaae, with every rule from zq-, none from zr-; the failure lines of five zs- briefs were printed once by mistake while the zr- rules were checked, and no rule was written from them; still 46.7% at 1074f9f, with every rule from zr- and a fallback for heads no rule reads), zt- 31.7% (at 1074f9f, and at b2eaaae; with every rule from zr-, none from zs-; 46.7% at d3cb70d, with every rule from zs-), zu- 33.3% (at 1261aa7, with every rule from zs-, none from zt-; 31.7% at d957ff7, with the zt- rules), zv- 55% (at d957ff7, with the zt- rules, none from zu-: the first set asked to be ordinary think-tank layouts only; still 55% at 860cac3, with the rules from zu-, zw- and zx-), zy- and zz- 50% together (zy-, PDF copies, 41.7%; zz-, web pages, 58.3%; at 4e81b8a, the commit that made them never-seen, with every rule from zu-, zw- and zx- and none from zv-; 51.7% on 2026-12-02, zy- 43.3% and zz- 60%, after rules found by property tests of layout families, none from their own failures; still 51.7% at the end of the 2026-12-02 round that lifted zza- to 86.7% and zzb- to 95%); then tuned on
# A set whose study has begun but not ended: no longer never-seen, not yet gated (its failures print; no floor holds it).
BEING_STUDIED: tuple[str, ...] = ("zt-", "zu-", "zv-", "zw-", "zx-", "zy-", "zz-", "zza-", "zzb-", "zzc-", "zzd-", "zze-", "zzf-", "zzg-", "zzh-")  # zzf-, zzg- and zzh- since zzi-, zzj- and zzk- were written (51.2% together on arrival at 9af2b32, 51.8% when their study began at b6371f4, 59.4% at the end of that day); zzc-, zzd- and zze- since zzf-, zzg- and zzh- were written (57.6% together on arrival at 3f0071b and when their study began at 6c2c0a7; 65.3% at 57e48b3, the end of that day); zy- and zz- since zzc-, zzd- and zze- were written (50% together on arrival at 4e81b8a, 51.7% when their study began at 15e9531, 2026-12-02; 72.5% at the end of that day); zza- (PDF copies, ordinary layouts, 60% on arrival at b429680, 2026-12-02, with no rule from its own failures nor from zzb-'s; 86.7% after the first day of its study); zzb- (web pages, ordinary layouts, 55% on arrival at b7b5f0e, 2026-12-02, with the property-test rules and none from its own failures; 58.3% once five truths followed the corpus rule that a post with no place named, "Senior Fellow, Europe Program", names no affiliation; 60% for the arrival commit against the truths as corrected by the end of the day; 95% after the first day of its study); zv- since zy- and zz- were written (55% on arrival, at d957ff7, and when its study began, at 860cac3); zw- (PDF copies, 68.3% on arrival) and zx- (web pages, 66.7% on arrival), both measured at 4721662, ordinary layouts written to be studied while zv- stays never-seen; zu- since the zv- set came (33.3% on arrival, at 1261aa7; 31.7% when its study began, at d957ff7); zt- since the zu- set came (31.7% on arrival, at 1074f9f; 46.7% with every rule from zs-; 76.7% at d957ff7); zs- was studied from 46.7% (on arrival, at b2eaaae, and when its study began, at 1074f9f) to 100%; zr- was studied from 71.7% (on arrival, at 579274d, and when its study began, at 942e497) to 100%; zq- was studied from 90% (on arrival, at 9148156, and when its study began, at 79f9c46) to 98.3%; zp- was studied from 73.3% (on arrival, at 0877a93; 75% when its study began, at 030e361, with every rule from zo-) to 96.7%; zo- was studied from 65% (on arrival, at f73de32, and when its study began, at 76975f6, with every rule from zn-) to 96.7%; zn- from 68.3% (on arrival, at c35f77d, and when its study began, at 6b269b1, with every rule from zm-) to 96.7%; zm- from 75% (on arrival, at e9956f4, and when its study began, at b552ced, with every rule from zk- and zl-) to 100%; zl- was studied from 75% (on arrival and when its study began, 2026-12-01 at 432f8f7, with every rule from zj- and the first from zk-) to 100%; zk- was studied from 60% (on arrival and when its study began, after every rule from zj- and the review's mends) to 98.3%; zj- was studied from 80% (on arrival and when its study began, after every rule from zi-) to 98.3%; zi- was studied from 78.3% (80% when its study began) to 100%; zh- was studied from 50% (on arrival and when its study began) to 98.3%; zg- was studied from 80% (on arrival and when its study began, after every rule from ze- and zf-) to 100%; ze- was studied from 61.7% (on arrival and when its study began) to 98.3%, zf- from 73.3% to 100%; zd- was studied from 66.7% to 98.3%, zc- from 68.3% to 100%, zb- from 60% to 100%, za- from 58.3% to 96.7%, z- from 68.3% to 100%, y- from 75% to 100%, x- from 53.3% to 100%, v- from 61.7% to 100%, u- from 58.3% to 100%, t- from 61.7% to 100%, s- from 58.3% to 100%, q- from 68.3% to 95% and r- from 61.7% to 98.3% before they joined the gated parts
PARTS = ("tuning", "held-apart", "being-studied", "never-seen")
FIELDS = ("title", "authors", "affiliations", "date", "publisher", "notes", "first_sentence", "last_sentence")


def split_of(name: str) -> str:
    """"never-seen" by prefix; else "tuning" or "held-apart", fixed by the file name's hash (never by its content)."""
    if name.startswith(NEVER_SEEN):
        return "never-seen"
    if name.startswith(BEING_STUDIED):
        return "being-studied"
    bucket = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 100
    return "held-apart" if bucket < HELD_APART_SHARE else "tuning"


def norm(text: str | None) -> str:
    """Fold Unicode form, quote marks, dashes, whitespace and case; a note's reference ("voice.[3]") is a link a
    reader sees as a number, not a word of the sentence."""
    text = re.sub(NOTE_REF, "", plain(text or ""))
    text = unicodedata.normalize("NFC", text).translate(QUOTES).replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def squash(text: str) -> str:
    """Letters only, casefolded: text that compares equal across wrapping, hyphenation and note markers."""
    text = "\n".join(undouble(line) for line in text.split("\n"))  # a PDF's fake bold ("CClloossiinngg"), which the converter reads once
    text = re.sub(r"[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]", "", text)  # a note's mark in a raised letter ("earlier.ᵃ"), never a word's
    text = re.sub(r"(?:=[0-9A-F]{2})+", "", text)  # a quoted-printable mail's encoded bytes ("Russia=E2=80=99s"), which the converter decodes
    text = re.sub(r"\[[a-z]{1,2}\]", "", unicodedata.normalize("NFKC", text)).casefold()  # "[a]": a comment's mark, as a note's number
    text = re.sub(r"\bfn\.?\s?(?=\d)", "", text)  # "fn. 1": a note's mark, which the converter writes as its number
    # a source file's marks: an Org note "[fn:1]" or link "[[target][text]]", an AsciiDoc note "footnote:[text]" (read into the notes)
    text = re.sub(r"\[fn:\d+\]|footnote:\[[^\]]*\]|\[\[[^\]]*\](?=\[)", "", text)
    return "".join(c for c in text if c.isalpha())


@dataclass
class BriefScore:
    name: str
    split: str
    right: dict[str, bool] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    headings_truth: int = 0
    headings_found: int = 0
    headings_right: int = 0
    lost: int = 0  # truth first/last sentences missing from the body
    unaccounted: int = 0  # source lines neither in the body, the notes, the fields nor the removed list
    boilerplate_left: int = 0
    invented: int = 0  # body sentences whose text is not in the source
    themes: tuple[int, int, int] = (0, 0, 0)  # primary themes: right, extra, missed
    countries: tuple[int, int, int] = (0, 0, 0)  # countries discussed: right, extra, missed
    regions: tuple[int, int, int] = (0, 0, 0)


def _authors(brief: Brief) -> dict[str, str]:
    return {norm(a.name): _bare_place(a.affiliation) for a in brief.authors}


def _truth_authors(truth: dict) -> dict[str, str]:
    return {norm(a["name"]): _bare_place(a.get("affiliation")) for a in truth.get("authors") or []}


def _bare_place(affiliation: str | None) -> str:
    """Truths differ on "Harbour Institute, Kiel" and "Harbour Institute", "The Harbour Institute" and "Harbour Institute":
    the town after the name and the article before it are compared away."""
    return re.sub(r"^the ", "", norm(without_town(affiliation or "")))


def _same_place(found: str, expected: str) -> bool:
    """One place of work, or a name and the acronym that the text itself gives for it ("CESE" in a bio, "CESE —
    Centre d'études de sécurité européenne" in the masthead): either form is the truth's."""
    return found == expected or any(" " not in short and " " in long and is_acronym_of(short.upper(), long)
                                    for short, long in ((found, expected), (expected, found)))


def _check(score: BriefScore, name: str, ok: bool, found: object, expected: object) -> None:
    score.right[name] = ok
    if not ok:
        score.failures.append(f"{name}: got {found!r}, expected {expected!r}")


def _body(brief: Brief) -> list[str]:
    """The body's texts as a reader sees them: an ordered item's number is the list's, not the sentence's."""
    return [re.sub(r"^\d{1,3}[.)]\s+", "", b.text) if b.kind == "item" else b.text for b in brief.blocks]


def score_fields(score: BriefScore, brief: Brief, truth: dict) -> None:
    title = None if brief.title_derived else brief.title
    _check(score, "title", norm(title) == norm(truth.get("title")), title, truth.get("title"))
    found, expected = _authors(brief), _truth_authors(truth)
    _check(score, "authors", set(found) == set(expected), sorted(found), sorted(expected))
    _check(score, "affiliations", found.keys() == expected.keys() and all(_same_place(found[n], expected[n]) for n in found), found, expected)
    _check(score, "date", (brief.date or None) == (str(truth["date"]) if truth.get("date") else None), brief.date, truth.get("date"))
    same = _bare_name(brief.publisher) == _bare_name(truth.get("publisher"))  # "The X Ledger" is X Ledger; "X e.V." is X
    _check(score, "publisher", same, brief.publisher, truth.get("publisher"))
    _check(score, "notes", len(brief.footnotes) == int(truth.get("notes") or 0), len(brief.footnotes), truth.get("notes"))


# A name's legal form, no part of the name a masthead gives: "Berliner Forum e.V.", "Harbour Institute Ltd", "Centre asbl"
_LEGAL_FORM = re.compile(r",?\s+(?:e\.\s?v\.|g?gmbh|ltd\.?|limited|inc\.?|a\.?s\.?b\.?l\.?|vzw|z\.\s?s\.|o\.p\.s\.|sp\. z o\.o\.|s\.?a\.?|ag|s\.p\.a\.|s\.r\.l\.|b\.v\.|n\.v\.)$")


def _bare_name(name: str | None) -> str:
    """The publisher's name without "The", its legal form and the acronym after it: "X e. V. (FESP)" is X."""
    return _LEGAL_FORM.sub("", re.sub(r"\s*\((?:[^\W\d_]|&){2,8}\)$", "", re.sub(r"^the ", "", norm(name))))


def _undated(text: str) -> str:
    """The text without the dateline it opens with."""
    found = dateline(text)
    return found[1] if found else text


def score_body(score: BriefScore, brief: Brief, truth: dict, source: str) -> None:
    # a brief may open with a heading, or with a pull quote that repeats a sentence of the text (shown apart from it)
    texts = [norm(b.text) for b in brief.blocks]
    echoes = {k for k, b in enumerate(brief.blocks) if b.kind == "pullquote"
              and any(norm(b.text).strip("\"“”„«» ") in other for j, other in enumerate(texts) if j != k)}
    body = [text for k, (b, text) in enumerate(zip(brief.blocks, _body(brief), strict=True)) if b.kind != "heading" and k not in echoes]
    shown = [brief.summary] if brief.summary and not brief.summary_derived else []  # a standfirst is shown above the body
    # a box of key points set apart from the text is shown in its own box, each point whole when short enough: not lost
    boxed = [p for p in brief.key_points[:KEY_POINTS] if len(p.split()) <= KEY_POINT_WORDS]
    whole = norm(" ".join(body + shown + boxed))
    first, last = norm(truth.get("first_sentence")), norm(truth.get("last_sentence"))
    # A dateline ("BRUSSELS (Agency) – When …") is the story's place, read into the metadata and shown with the text:
    # the truth may count it in the first sentence or not, so it is compared without it on both sides.
    starts = bool(body) and norm(_undated(body[0])).startswith(norm(_undated(truth.get("first_sentence") or "")))
    ends = bool(body) and norm(body[-1]).endswith(last)
    _check(score, "first_sentence", starts, norm(body[0])[:80] if body else None, first[:80])
    _check(score, "last_sentence", ends, norm(body[-1])[-80:] if body else None, last[-80:])
    score.lost = sum(1 for s in (first, last) if s and s not in whole)
    # furniture left in as a heading is left in the body as much as in a paragraph
    shown_all = norm(" ".join([text for text in _body(brief)] + shown))
    left = [s for s in truth.get("must_not_appear") or [] if norm(s) in shown_all]
    score.boilerplate_left = len(left)
    score.failures += [f"boilerplate left in: {s!r}" for s in left]
    truth_headings = [norm(h) for h in truth.get("headings") or []]
    found_headings = [norm(b.text) for b in brief.blocks if b.kind == "heading"]
    score.headings_truth, score.headings_found = len(truth_headings), len(found_headings)
    score.headings_right = len(set(truth_headings) & set(found_headings))
    missed = [h for h in truth_headings if h not in found_headings]
    extra = [h for h in found_headings if h not in truth_headings]
    if missed or extra:
        score.failures.append(f"headings: missed {missed}, extra {extra}")
    _conservation(score, brief, source)


def _conservation(score: BriefScore, brief: Brief, source: str) -> None:
    """Invented: body text not in the source. Unaccounted: source lines found nowhere in the output."""
    dropped = {(r.line, r.text.strip()) for r in brief.removed}
    lines = source.split("\n")  # not splitlines(): a form feed opens a page, it ends no line
    kept = [_without_inline(line, number, brief) for number, line in enumerate(lines, 1) if (number, line.strip()) not in dropped]
    squashed_source = squash(source) + "|" + squash("\n".join(kept))  # a paragraph rejoined across a page break
    invented = []
    for block in brief.blocks:
        # a table's cells, each on its own: a cell typed over two lines of a grid is joined in the output
        pieces = [cell for row in block.rows for cell in row] if block.kind == "table" and block.rows else re.split(r"(?<=[.!?])\s+", plain(block.text))
        for piece in pieces:
            if squash(piece) and squash(piece) not in squashed_source and not (block.kind == "table" and _in_lines(piece, lines)):
                invented.append(piece)
    score.invented = len(invented)
    score.failures += [f"invented: {p[:70]!r}" for p in invented[:3]]
    fields = [brief.title or "", brief.date or "", brief.publisher or "", brief.dateline or ""]
    fields += [a.name for a in brief.authors] + [str(a.affiliation) for a in brief.authors]
    output = squash(" ".join(_body(brief) + list(brief.footnotes.values()) + [r.text for r in brief.removed] + fields + brief.author_bios))
    pieces: dict[int, list[str]] = {}  # a line split in two, each part listed ("NORDIC … FORUM" and an edge's "A")
    for r in brief.removed:
        pieces.setdefault(r.line, []).append(squash(r.text))
    missing = [line for number, line in enumerate(source.split("\n"), 1) if squash(line) and squash(line) not in output
               and not _covered(squash(line), pieces.get(number, []), output)
               and not (line.count("|") >= 3 and all(squash(cell) in output for cell in line.split("|")))]  # a typed table's row, cell by cell
    score.unaccounted = len(missing)
    score.failures += [f"unaccounted line: {line.strip()[:70]!r}" for line in missing[:3]]


def _without_inline(line: str, number: int, brief: Brief) -> str:
    """The line without what was listed as taken out of it, inside it ("Share on X (opens in a new window)"): a
    paragraph from which a screen reader's words were cut reads as the source without them, invented by no one."""
    for removed in brief.removed:
        part = removed.text.strip()
        if removed.line == number and part and part != line.strip() and part in line:
            line = line.replace(part, "", 1)
    return line


def _in_lines(cell: str, lines: list[str]) -> bool:
    """A table's cell typed over consecutive lines of the source, each part in the same column: "Budget for the" over
    "harbour guard" is the cell "Budget for the harbour guard"."""
    words = squash(cell)
    for start, line in enumerate(lines):
        for part in line.split("|"):
            if (head := squash(part)) and words.startswith(head):
                rest = words[len(head):]
                for below in lines[start + 1 : start + 4]:
                    if not rest:
                        break
                    rest = next((rest[len(q):] for q in map(squash, below.split("|")) if q and rest.startswith(q)), rest)
                if not rest:
                    return True
    return False


def _covered(line: str, parts: list[str], output: str) -> bool:
    """A line accounted for in parts: what was listed for it ("A", a letter at its edge) taken out where it stands
    in the line, the rest of it is in the output (a heading, a head field) or nothing is left. The longer parts are
    taken out where they first stand; the shortest, which may stand in many places, is tried at each."""
    if not parts or not all(parts):
        return False
    if len(parts) > 1 and _covered_in_turn(line, parts, output):
        return True
    *longer, shortest = sorted(parts, key=len, reverse=True)
    rest = line
    for part in longer:
        if part not in rest:
            return False
        rest = rest.replace(part, "", 1)
    at = rest.find(shortest)
    while at >= 0:
        left = rest[:at] + rest[at + len(shortest):]
        if not left or left in output:
            return True
        at = rest.find(shortest, at + 1)
    return False


def _covered_in_turn(line: str, parts: list[str], output: str) -> bool:
    """The parts taken out of the line one after another, each where it stands in what is left: a row of buttons
    listed once the words cut from inside it were listed ("(opens in a new window)", then "Share on X  Share on …")."""
    rest, remaining = line, sorted(parts, key=len)
    while remaining:
        part = next((p for p in remaining if p in rest), None)
        if part is None:
            return False
        rest, remaining = rest.replace(part, "", 1), [p for p in remaining if p is not part]
    return not rest or rest in output


def score_themes(score: BriefScore, brief: Brief, truth: dict, taxonomy: Taxonomy) -> None:
    """Primary themes against the truth's ``themes`` (counted for micro precision and recall)."""
    enrich_themes([brief], taxonomy)
    found, expected = set(brief.themes), set(truth.get("themes") or [])
    score.themes = (len(found & expected), len(found - expected), len(expected - found))
    if found != expected:
        score.failures.append(f"themes: missed {sorted(expected - found)}, extra {sorted(found - expected)}")


def score_places(score: BriefScore, brief: Brief, truth: dict, gazetteer: Gazetteer) -> None:
    """Countries and regions against the truth's lists; a truth name may be any name regions.yml gives the place."""
    enrich_places([brief], gazetteer)
    for kind in ("countries", "regions"):
        found, expected = set(getattr(brief, kind)), {gazetteer.canonical(n) for n in truth.get(kind) or []}
        setattr(score, kind, (len(found & expected), len(found - expected), len(expected - found)))
        if found != expected:
            score.failures.append(f"{kind}: missed {sorted(expected - found)}, extra {sorted(found - expected)}")


def score_one(path: Path, taxonomy: Taxonomy | None = None, gazetteer: Gazetteer | None = None) -> BriefScore:
    truth = yaml.safe_load(path.with_name(path.stem + ".truth.yml").read_text(encoding="utf-8"))
    score = BriefScore(path.stem, split_of(path.name))
    brief = convert_file(path, root=path.parent)
    score_fields(score, brief, truth)
    score_body(score, brief, truth, source_text(path))  # for a PDF or web page: its text layer or visible text
    if taxonomy is not None:
        score_themes(score, brief, truth, taxonomy)
    if gazetteer is not None and "countries" in truth:
        score_places(score, brief, truth, gazetteer)
    return score


def micro(counts: list[tuple[int, int, int]]) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 from (right, extra, missed) counts."""
    right, extra, missed = (sum(c[i] for c in counts) for i in range(3))
    precision = right / (right + extra) if right + extra else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def summarise(scores: list[BriefScore]) -> dict:
    """Per-field accuracy and body counts for a list of brief scores."""
    if not scores:
        return {"briefs": 0}
    out: dict = {"briefs": len(scores)}
    for name in FIELDS:
        out[name] = round(sum(s.right[name] for s in scores) / len(scores), 3)
    metadata = [s.right[n] for s in scores for n in ("title", "authors", "affiliations", "date", "publisher")]
    out["metadata"] = round(sum(metadata) / len(metadata), 3)
    found, truth = sum(s.headings_found for s in scores), sum(s.headings_truth for s in scores)
    right = sum(s.headings_right for s in scores)
    out["headings_recall"] = round(right / truth, 3) if truth else 1.0
    out["headings_precision"] = round(right / found, 3) if found else 1.0
    for count in ("lost", "unaccounted", "boilerplate_left", "invented"):
        out[count] = sum(getattr(s, count) for s in scores)
    if any(s.themes != (0, 0, 0) for s in scores):
        out.update({f"themes_{k}": v for k, v in micro([s.themes for s in scores]).items()})
    for kind in ("countries", "regions"):
        if any(getattr(s, kind) != (0, 0, 0) for s in scores):
            out.update({f"{kind}_{k}": v for k, v in micro([getattr(s, kind) for s in scores]).items()})
    return out


def evaluate(corpus: Path, root: Path | None = None) -> tuple[list[BriefScore], dict]:
    """Score every brief in ``corpus`` (text, PDF, web page) that has a truth file; summary per split and overall.

    Themes are scored with ``root``'s ``sources/themes.yml``, countries and regions with its
    ``sources/regions.yml`` (default: the current folder's).
    """
    paths = sorted(p for p in corpus.iterdir() if p.suffix in SOURCE_SUFFIXES and p.with_name(p.stem + ".truth.yml").exists())
    taxonomy = taxonomy_for(root or Path.cwd())
    gazetteer = gazetteer_for(root or Path.cwd())
    scores = [score_one(p, taxonomy if taxonomy.themes else None, gazetteer) for p in paths]
    summary = {part: summarise([s for s in scores if s.split == part]) for part in PARTS}
    summary["all"] = summarise(scores)
    return scores, summary


def report(scores: list[BriefScore], summary: dict, show_never_seen: bool = False) -> str:
    """A readable table per field and part, then each brief's failures (never-seen ones only when asked)."""
    columns = [(p, max(10, len(p) + 2)) for p in PARTS if summary[p]["briefs"]] + [("all", 8)]
    rows = [f"{'':22}" + "".join(f"{p:>{w}}" for p, w in columns)]
    keys = [k for k in summary["all"] if k != "briefs"]
    rows.append(f"{'briefs':22}" + "".join(f"{summary[p]['briefs']:>{w}}" for p, w in columns))
    for key in keys:
        rows.append(f"{key:22}" + "".join(f"{summary[p].get(key, '-')!s:>{w}}" for p, w in columns))
    rows.append("")
    hidden = 0
    for score in scores:
        if score.failures:
            if score.split == "never-seen" and not show_never_seen:
                hidden += 1
                continue
            rows.append(f"{score.name} [{score.split}]")
            rows += [f"    {failure}" for failure in score.failures]
    if hidden:
        rows.append(f"({hidden} never-seen briefs have failures, not shown so that no rule is tuned on them: --show-never-seen)")
    return "\n".join(rows)


def main(corpus: Path, as_json: bool = False, show_never_seen: bool = False) -> int:
    scores, summary = evaluate(corpus)
    if not as_json:
        print(report(scores, summary, show_never_seen))
    print(json.dumps(summary, sort_keys=True))
    return 0
