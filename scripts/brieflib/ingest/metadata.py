"""Stage 3: metadata from the head and tail of a brief, merged with the sidecar.

A field the text does not state stays empty (None). Only a title may be
derived, and then ``title_derived`` says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from brieflib.ingest import furniture as F
from brieflib.ingest import patterns as P
from brieflib.ingest.dates import ambiguous_slash_date, month_day
from brieflib.ingest.head import Finding
from brieflib.ingest.parse import BOX_LABEL, BULLETS, Layout
from brieflib.model.brief import Author, Brief
from brieflib.model.text import normalise_for_match, plain, sentences, shorten, slugify

TITLE_LIMIT = 90
SUMMARY_TARGET = 220


def extract(layout: Layout, source: Path, display_path: str) -> Brief:
    """Build a Brief from a parsed layout: head fields, bio authors, publisher, summary.

    Each field records its evidence (rule and line) in ``brief.evidence``;
    when two readings of a field disagree, the field stays empty and the
    evidence says why: a wrong value is worse than none.
    """
    brief = Brief(source=Path(display_path), slug=slugify(source.stem))
    found = layout.findings
    standfirst = _first(brief, found, "standfirst") or _boxed_abstract(brief, layout)
    title = _first(brief, found, "title")
    subtitle = _first(brief, found, "subtitle")
    if title and subtitle and re.match(rf"{re.escape(title.rstrip(' .'))}\s*[:–—-]\s+\S", subtitle):
        title = subtitle  # a note's name over the page it keeps, whose title is that name and more ("X" / "X: why …")
        brief.evidence["title"] = brief.evidence["subtitle"] + " (the whole title under its short form)"
    brief.title = plain(title) if title else None
    brief.date = _date(brief, found, layout)
    for finding in (f for f in found if f.field == "authors"):
        for author in finding.value:
            known = next((a for a in brief.authors if a.name == author.name), None)
            if known is None:
                brief.authors.append(author)
            elif known.affiliation is None and author.affiliation:  # "By A and B", then A's and B's roles in an author box
                known.affiliation, known.position = author.affiliation, author.position
        brief.evidence.setdefault("authors", _evidence(finding))
    _authors_from_bios(brief, layout)
    brief.publisher = _publisher(brief, layout)
    staff = _written_by_staff(layout)  # the house a series notice says its researchers write for, once for all authors
    for author in brief.authors:  # "Ana Ruiz (OPEE)" on the site of the "Observatorio de Política Exterior Europea"
        if author.affiliation and brief.publisher and (P.is_acronym_of(author.affiliation, brief.publisher)
                                                       or _uninflected(author.affiliation) == _uninflected(brief.publisher)
                                                       or _short_name_of(author.affiliation, brief.publisher, layout.text)):
            author.affiliation = brief.publisher  # "am Deutschen Forum …" in a bio: the "Deutsches Forum …" of the masthead
        elif author.affiliation is None and brief.publisher and any(
                author.name in sentence and _refers_to(brief.publisher, sentence) for unit in layout.bios for sentence in sentences(unit.text)):
            author.affiliation = brief.publisher  # "… suradnica Jadranskog centra za …" under the masthead "Jadranski centar za …"
        elif any(_own_publisher(unit.text, author, brief.publisher) for unit in layout.bios):
            author.affiliation = brief.publisher  # "… director of the Centre's European security programme"
        elif author.affiliation is None and staff is not None:
            author.affiliation = staff  # "NISS Comments are short analyses … by the researchers of the Neris Institute …"
    for author in brief.authors:
        if author.affiliation and re.search(r"\b(?:programme|program|programa|programma)$", author.affiliation.strip(), re.I):
            author.affiliation = None  # "Policy Fellow, Wider Europe programme": a programme of some house, which the text does not name
        # "the Ośrodek Studiów Bezpieczeństwa Wschodniego (OSBW)": the name, not its acronym too
        if author.affiliation and re.search(r"\s\([A-ZÀ-Ý]{2,8}\)$", author.affiliation):
            author.affiliation = P.institution_name(author.affiliation)
    _opening(brief, layout, plain(standfirst) if standfirst else None)
    brief.blocks = layout.blocks
    brief.footnotes = dict(sorted(layout.notes.items()))
    brief.removed = sorted(layout.removed, key=lambda r: r.line)
    _boxed_points(brief)
    return brief


# A series' notice that its authors are the house's own: "… are short analyses of current events by the researchers of
# the Neris Institute of Security Studies", "… written by the analysts of X", "… by X's researchers"
_BY_STAFF = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:researchers|analysts|experts|fellows|scholars|staff)\s+(?:of|at)\s+(?:the\s+)?"
                       r"(?P<a>(?-i:[A-ZÀ-ÝĀ-Ž])[^,.;()]{3,100})|\bby\s+(?:the\s+)?(?P<b>(?-i:[A-ZÀ-ÝĀ-Ž])[^,.;()]{3,100}?)['’]s\s+(?:own\s+)?"
                       r"(?:researchers|analysts|experts|fellows|scholars|staff)\b", re.I)


def _written_by_staff(layout: Layout) -> str | None:
    """The house whose researchers a notice under the text says write its series, when one house is so named."""
    houses = {P.institution_name(name.strip()) for unit in layout.boilerplate for m in _BY_STAFF.finditer(unit.text)
              if (name := m["a"] or m["b"]) and P.is_institution(name.strip())}
    return houses.pop() if len(houses) == 1 else None


def _short_name_of(affiliation: str, publisher: str, text: str) -> bool:
    """"Kessel" in a bio ("a Senior Fellow at Kessel") under the masthead "Kessel Economic Policy Forum": the word the
    institute goes by, which its full name opens with (one capitalised word, no generic one such as "European"), and
    which the text uses as a name elsewhere too ("Source: Kessel", "Kessel Blog"); or that a name of two words opens
    before the kind of house it is ("Pemberton" for the "Pemberton Corporation"). A place is none: "Oxford" beside
    "Oxford Policy Group" is the university, named once."""
    words, name = affiliation.strip().split(), publisher.split()
    if len(words) != 1 or not words[0][:1].isupper() or (len(name) < 3 and not (len(name) == 2 and P.INSTITUTION_WORD.fullmatch(name[1]))) or name[0] != words[0] or P.INSTITUTION_WORD.fullmatch(words[0]) \
            or words[0].lower() in {"european", "international", "national", "global", "the"}:
        return False
    alone = re.findall(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(name[1])})", text)
    return len(alone) >= 3


_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|\d{{1,2}}[.)])\s+")  # a list item's mark, or its number


def _fold(text: str) -> str:
    """Lower case without accents: "Fórum" and "Forum" are one word."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


_ARTICLES_BY_CASE = {"i", "e", "të", "së"}  # Albanian's joining article, by case: "Instituti i …", "Institutin e …", "Institutit të …"


def _declined_in(name: str, text: str) -> bool:
    """``name`` stands in ``text`` word for word, each word maybe with another ending, as languages that decline
    names write it ("Jadranskog centra za sigurnosne studije" for "Jadranski centar za sigurnosne studije"): each
    word shares its first letters with the name's (all of a short word, all but its last three of a long one). A joining
    article of one letter changes with the case ("Instituti i Tiranës" is "Institutin e Tiranës" after "në")."""
    wanted = name.casefold().split()
    words = re.findall(r"[^\W\d_]+", text.casefold())
    stems = [w[: max(4, len(w) - 3)] if len(w) > 4 else w for w in wanted]

    def same(word: str, k: int) -> bool:
        if len(wanted[k]) > 4:
            return word.startswith(stems[k])
        return word == stems[k] or (0 < k < len(wanted) - 1 and (len(word) == len(stems[k]) == 1 or {word, stems[k]} <= _ARTICLES_BY_CASE))

    return len(wanted) >= 2 and any(all(same(words[i + k], k) for k in range(len(wanted))) for i in range(len(words) - len(wanted) + 1))


def _refers_to(publisher: str, sentence: str) -> bool:
    """The sentence about an author names the publisher, in any declension ("… suradnica Jadranskog centra …"), by its
    first word ("an associate fellow of the Observatorio") or by a word that points back to it ("directs its programme",
    "in the same programme"). "An independent consultant on procurement" does neither."""
    first = publisher.split()[0]
    return _declined_in(publisher, sentence) or bool(re.search(rf"\b(?:the|its)\s+{re.escape(first)}\b", sentence, re.I)) \
        or bool(re.search(r"\b(?:its|the same)\s+(?:[\w-]+\s+){0,4}?(?:programme|program|department|centre|center|team|unit|desk|board|work|research|institute)\b",
                          sentence, re.I))


def _uninflected(name: str) -> str:
    """A name without the endings a declension adds ("Deutschen Forum" and "Deutsches Forum" are one)."""
    return " ".join(re.sub(r"(?:en|es|er|em|e|s)$", "", w) if len(w) > 4 else w for w in name.casefold().split())


_KEYWORDS_LINE = re.compile(r"^(?:key ?words|schlagwörter|mots[- ]clés|palabras clave|parole chiave|słowa kluczowe|jel(?: codes?| classification)?)\s*:", re.I)


def _sidebar_box(removed: list) -> tuple[str, list] | None:
    """The first framed box set apart from the text (listed as a sidebar), in reading order: its label, the first
    line inside its sides, and its lines from the label on. None when the text sets no box apart."""
    lines = [r for r in sorted(removed, key=lambda r: r.line) if r.reason == F.SIDEBAR_REASON and not F.is_box_rule(r.text)]
    return (lines[0].text.strip(F.BOX_SIDES + "|").rstrip(" :"), lines) if lines else None


def _boxed_abstract(brief: Brief, layout: Layout) -> str | None:
    """A framed box labelled "Abstract", set apart from the text (after it, as some series print it): its
    paragraph is the brief's summary. The keywords line under it describes the paper and is left out."""
    box = _sidebar_box(layout.removed)
    if box is None or not F.ABSTRACT_BOX_LABEL.fullmatch(label := box[0]):
        return None
    first = next((b.line for b in layout.blocks if b.kind == "paragraph"), None)
    if re.fullmatch(r"(?:executive )?summary|synopsis", label, re.I) and first is not None and box[1][0].line > first:
        return None  # a box labelled "Summary" inside the text (a case's summary) is the text's, not the brief's
    lines = box[1]
    words: list[str] = []
    previous = lines[0].line
    for removed in lines[1:]:
        text = removed.text.strip(F.BOX_SIDES + "|").strip()
        if not text and not words and removed.line <= previous + 1:
            previous = removed.line  # a framed blank line under the label
            continue
        if not text or removed.line - lines[0].line > 40 or _KEYWORDS_LINE.match(text) or removed.line > previous + 1:
            break
        words.append(text)
        previous = removed.line
    if not words:
        return None
    brief.evidence["standfirst"] = f"boxed-abstract, line {lines[0].line}: {label}"
    return " ".join(words)


def _boxed_points(brief: Brief) -> None:
    """A framed box set apart from the text whose label is "Key takeaways", "Summary", "In brief"…: its items are
    the brief's own key points (the box stays out of the body; the page quotes it). Other boxes are left alone."""
    box = _sidebar_box(brief.removed)
    if box is None or not BOX_LABEL.fullmatch(label := box[0]):
        return
    lines = box[1]
    points: list[str] = []
    for removed in lines[1:]:
        if removed.line - lines[0].line > 40:
            break
        text = removed.text.strip(F.BOX_SIDES)  # "│ • The ports are exposed. │": the item inside the box's sides
        if _BULLET.match(text):
            points.append(_BULLET.sub("", text).strip())
        elif points:  # a wrapped item's next line
            points[-1] += " " + text.strip()
    if points:
        brief.key_points_label, brief.key_points = label, points
        brief.evidence["key_points"] = f"boxed-key-points, line {lines[0].line}: {label}"


def _evidence(finding: Finding) -> str:
    return f"{finding.rule}, line {finding.line}: {finding.text[:70]}"


def _first(brief: Brief, findings: list[Finding], name: str) -> str | None:
    finding = next((f for f in findings if f.field == name), None)
    if finding is None:
        return None
    brief.evidence[name] = _evidence(finding)
    return str(finding.value)


def _date(brief: Brief, findings: list[Finding], layout: Layout) -> str | None:
    """The publication date; an "Updated:" date only when no other is stated; none when two disagree."""
    dates = [f for f in findings if f.field == "date"]
    # "Published: 9 February" beats "Vilnius, 27 January" (the event's) and "Updated: 12 February"
    stated = [f for f in dates if f.rule == "date-published"] or [f for f in dates if f.rule != "date-updated"] or dates
    values = {f.value for f in stated}
    precise = max(values, key=len, default="")
    if all(precise.startswith(v) for v in values):  # "May 2026" on the cover, "Published 12 May 2026" inside: one date
        stated = [f for f in stated if f.value == precise]
        values = {precise}
    if len(values) > 1:
        brief.evidence["date"] = "conflict: " + "; ".join(_evidence(f) for f in stated)
        return None
    if stated:
        brief.evidence["date"] = _evidence(stated[0])
        return _as_dateline_reads(str(stated[0].value), stated[0], layout)
    return None


def _as_dateline_reads(iso: str, finding: Finding, layout: Layout) -> str:
    """A date written "03/04/2026" is read day first; a dateline in the head or the first paragraph that names the
    month ("Washington, March 4") reads it the other way, when it names the other reading's month and day."""
    if len(iso) != 10 or not ambiguous_slash_date(finding.text):
        return iso
    year, month, day = iso.split("-")
    places = [u.text for u in layout.head] + [b.text.split(".")[0] for b in layout.blocks[:1]]
    if any(month_day(text) == (int(day), int(month)) for text in places):
        return f"{year}-{day}-{month}"
    return iso


def _expansion(acronym: str, text: str) -> str | None:
    """The name an acronym stands for where the text gives both: "Centre d'études … (CERPE)", "CERPE — Centre …"."""
    if not re.fullmatch(r"[A-ZÀ-Ý]{2,8}", acronym):
        return None
    found = set()
    for match in re.finditer(rf"(?P<before>[^\n()]{{4,160}}?)\s*\({acronym}\)|{acronym}\s+[—–-]\s+(?P<after>[^\n.;:()]{{4,160}})", text):
        words = (match["before"] or match["after"]).split()
        spans = [words[k:] for k in range(len(words))] if match["before"] else [words[:k] for k in range(len(words), 1, -1)]
        name = next((" ".join(w).strip(" ,") for w in spans if P.is_acronym_of(acronym, " ".join(w)) and P.is_institution(" ".join(w))), None)
        if name:
            found.add(re.sub(r"^(?:the|at the|of the)\s+", "", name, flags=re.I))
    return found.pop() if len(found) == 1 else None


def _spelt_out_by_bios(acronym: str, brief: Brief) -> str | None:
    """The one place of work the authors' bios name whose initials the acronym is: "© LFAS 2026" under "… a senior
    fellow at the Lisbon Forum for Atlantic Security"."""
    if not re.fullmatch(r"[A-ZÀ-Ý]{2,8}", acronym.strip()):
        return None
    found = {a.affiliation for a in brief.authors if a.affiliation and P.is_acronym_of(acronym.strip(), a.affiliation)}
    return found.pop() if len(found) == 1 else None


_PERIODICAL_BY = re.compile(r"^(?:the\s+)?(?P<what>[^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*){0,5})\s+is\s+(?:published|produced|edited and published)\s+"
                            r"(?:[\w-]+\s+){0,3}by\s+(?:the\s+)?(?P<p>[A-ZÀ-ÝŁŚŻ][^,.;]{2,100})", re.I)
_PUBLISHED_BY = re.compile(r"^(?P<what>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+(?:is|are)\s+(?:(?:produced|edited|maintained)\s+and\s+)?published\s+by\b")


def _publisher(brief: Brief, layout: Layout) -> str | None:
    """The publisher named by the masthead, a running footer, a disclaimer or a © line, if they agree."""
    findings = [f for f in layout.findings if f.field == "publisher"]
    other = next((f for f in findings if f.rule in {"masthead-bilingual-other", "masthead-bilingual-alias"}), None)
    aliases: set[str] = set()
    if other is not None:  # a masthead in two languages: the English name first, or the second name when every other
        # source gives it, else the first; the name not kept is the same publisher's, no rival wherever it stands
        rest = {normalise_for_match(str(f.value)) for f in findings if not f.rule.startswith("masthead-bilingual")}
        rest |= {normalise_for_match(P.institution_name(n)) for u in layout.boilerplate if (n := P.publisher_from(u.text))}
        second = other.rule == "masthead-bilingual-other" and rest == {normalise_for_match(str(other.value))}
        keep = other.rule if second else "masthead-bilingual"
        aliases = {normalise_for_match(str(f.value)) for f in findings if f.rule.startswith("masthead-bilingual") and f.rule != keep}
        findings = [f for f in findings if not f.rule.startswith("masthead-bilingual") or f.rule == keep]
    # a joint paper's second publisher ("A joint paper by X and Y") under its own masthead is no rival to the first
    partners = {_fold(str(f.value)) for f in layout.findings if f.field == "co-publisher"}
    candidates = [(str(f.value), _evidence(f)) for f in findings if _fold(str(f.value)) not in partners]
    given = [n for n, _ in candidates]
    for unit in layout.boilerplate:
        name = P.publisher_from(unit.text)
        if name and P.CITATION_LINE.match(unit.text.strip()) and not (
                brief.title and normalise_for_match(brief.title) in normalise_for_match(unit.text)):
            continue  # a suggested citation names this text's publisher only where it names this text
        if name:
            # "© 2026 Rannsóknasetur um hafnir — Harbour Institute": the name in two languages, one of them given above
            parts = [normalise_for_match(re.split(r"\s+[|·•]\s+", part)[0]) for part in re.split(r"\s+[—–]\s+", unit.text)[1:]]  # ("… | Imprint | Privacy")
            name = next((n for n in given if any(part == normalise_for_match(n) for part in parts)), P.institution_name(name))
            candidates.append((name, f"boilerplate, line {unit.line}: {unit.text[:70]}"))
    # "The Port Ledger is published every Wednesday by the Harbour Lab": the newsletter named in the head, and who publishes it
    periodicals = {re.sub(r"^the\s+", "", _fold(u.text.strip())) for u in layout.head if u.role == "periodical" and "\n" not in u.text}
    for unit in layout.boilerplate:
        if (m := _PERIODICAL_BY.match(unit.text.strip())) and _fold(m["what"]) in periodicals:
            candidates.append((P.institution_name(m["p"].strip()), f"boilerplate, line {unit.line}: {unit.text[:70]}"))
    # "X Institute | Analysis 5 | 12.03.2026 | Page 1" at the foot of each page: the same footer but for its page's number
    footers = [r for r in layout.removed if r.reason == F.PAGE_FURNITURE["page-footer"].reason]
    for running in [*layout.running, *(footers if len(footers) > 1 and len({re.sub(r"\d+", "#", r.text.strip()) for r in footers}) == 1 else [])]:
        segments = re.split(r"\s*[|·•]\s*|\s{3,}", running.text.strip())  # "X Institute | Paper 4" or set out in columns
        if any(P.is_person_name(s) and not P.is_institution(s) for s in segments):
            continue  # "Ann Lee     European Defence Agency     2": the author's header, naming what she writes about
        for segment in segments:
            if P.is_institution(segment):
                candidates.append((P.institution_name(segment), f"running-footer, line {running.line}: {running.text[:70]}"))
    # "Harbour Institute · Quay Street 12 · www.harbour.example.eu": the publisher's name at the head of its contacts
    contacts = [r for r in layout.removed if r.reason == F.WEB_FURNITURE["contacts"].reason]
    candidates += [(P.institution_name(name), f"contacts, line {r.line}: {r.text[:70]}") for r in contacts if (name := P.footer_institution(r.text))]
    candidates = [(n, e) for n, e in candidates if normalise_for_match(n) not in aliases]
    # "PORTS FUTURES INITIATIVE" over the title, an item of the site's menu, and "© 2026 Harbour Strategy Council" at the
    # foot: the page's programme as its kicker, and the council that publishes; an initiative that names itself and is
    # no item of a menu publishes ("Nuclear Threat Initiative")
    menu = {normalise_for_match(r.text) for r in layout.removed if "menu" in r.reason}
    candidates = [(n, e) for n, e in candidates
                  if not (e.startswith("masthead") and _PROGRAMME_LAST.search(n.strip()) and normalise_for_match(n) in menu)] or candidates
    # "[Logo: Harbour Institute]" on the cover, as the copy keeps the logo's alternative text (two logos, a funder's beside
    # the publisher's, name no one)
    if not candidates:  # a masthead or a © line the text sets is the publisher's own word; a logo only where they say nothing
        supporters = " ".join(line for line in layout.lines if re.search(r"\b(?:support|funded|financed|sponsored|grant)\w*\b", line, re.I))
        candidates += [(name, f"logo, line {r.line}: {r.text[:70]}") for r in layout.removed if r.line <= 12  # (two logos: a conflict)
                       for part in re.split(r"(?<=\])\s+(?=\[)", r.text.strip()) if (name := P.logo_name(part)) and name not in supporters]
    # "Harbour Forum is published by the Harbour Institute": the masthead names what is published, not who publishes it
    published = {normalise_for_match(re.sub(r"^the\s+", "", m["what"], flags=re.I)) for u in layout.boilerplate
                 if (m := _PUBLISHED_BY.match(u.text.strip()))}
    candidates = [(n, e) for n, e in candidates if normalise_for_match(n) not in published] or candidates
    # "© OASC 2026" under the masthead "Osservatorio Adriatico per la Sicurezza e la Cooperazione": one publisher
    candidates = [(n, e) for n, e in candidates if not any(P.is_acronym_of(n, other) for other, _ in candidates)] or candidates
    # "… the positions of the Forum": a back reference to a name given elsewhere, not a second name
    candidates = [(n, e) for n, e in candidates
                  if not (P.INSTITUTION_WORD.fullmatch(n) and any(o != n and re.search(rf"\b{re.escape(_fold(n))}\b", _fold(o)) for o, _ in candidates))]
    # "… the views of Meridian" in a disclaimer under the masthead "Meridian Endowment for International Peace": its short name
    candidates = [(n, e) for n, e in candidates if not (" " not in n.strip() and any(_fold(o).startswith(_fold(n) + " ") for o, _ in candidates))]
    # "© FESP 2026" under "Herausgeber: Forschungsstelle für … e. V. (FESP)": the acronym the text gives the name in brackets
    candidates = [(n, e) for n, e in candidates if not (re.fullmatch(r"[A-Z]{2,8}", n.strip()) and any(
        o != n and re.search(rf"{re.escape(o)}[^()]{{0,12}}\({re.escape(n.strip())}\)", layout.text) for o, _ in candidates))] or candidates
    # "IPSA Research Service" in the masthead, "© Inter-Parliamentary Security Assembly" at the foot: a service of the Assembly
    candidates = [(n, e) for n, e in candidates
                  if not any(n.split()[0] != n and P.is_acronym_of(n.split()[0], other) for other, _ in candidates)] or candidates
    # "Standing Committee on X" over the title, "Published by the Secretariat of the Standing Committee on X" at the
    # foot: the body of it that published, named in full
    candidates = [(n, e) for n, e in candidates
                  if not any(_fold(o) != _fold(n) and re.search(rf"\bof (?:the )?{re.escape(_fold(n))}$", _fold(o)) for o, _ in candidates)]
    names = Counter(_name_key(name) for name, _ in candidates)
    if len(names) == 1 and (full := _expansion(candidates[0][0], layout.text) or _spelt_out_by_bios(candidates[0][0], brief)):
        candidates = [(full, candidates[0][1] + f"; its name in full: {full}")]  # "CERPE" and "Centre d'études … (CERPE)"
    if len(names) > 1:
        # one name the text gives on two lines or more, at least twice as often as any other (a masthead and the closing
        # notice, a footer on every page), against a name given once: that name, not a conflict
        (top, most), (_, next_most) = names.most_common(2)
        if most >= 2 and most >= 2 * next_most:
            brief.evidence["publisher"] = f"most named ({most} of {len(candidates)}): " + "; ".join(e for _, e in candidates)
            return _written_form([name for name, _ in candidates if _name_key(name) == top])
        brief.evidence["publisher"] = "conflict: " + "; ".join(e for _, e in candidates)
        return None
    if candidates:
        brief.evidence["publisher"] = candidates[0][1]
        return _written_form([name for name, _ in candidates])
    return _series_acronym(brief, layout)


def _name_key(name: str) -> str:
    """A publisher's name as compared: "The Northern Flank Review" and "Northern Flank Review" are one name."""
    return normalise_for_match(re.sub(r"^the\s+", "", name.strip(), flags=re.I))


def _written_form(names: list[str]) -> str:
    """How the text writes one name given several times: without the article where it is given so once ("Northern Flank
    Review" beside "The Northern Flank Review"); where every line has it, with it ("The Hague Centre for …")."""
    return next((n.strip() for n in names if not re.match(r"the\s", n.strip(), re.I)), names[0].strip())


_PROGRAMME_LAST = re.compile(r"\b(?:programme|program|initiative|project)$", re.I)


def _series_acronym(brief: Brief, layout: Layout) -> str | None:
    """A series line that opens with an acronym ("LCDE Budget Monitor 1/2026") over authors of the institution it
    stands for ("…, Lisbon Centre for Defence Economics"): that institution publishes the series."""
    for unit in (u for u in layout.head if u.role == "doctype" and len(u.text.split()) <= 8):
        if not (opening := re.match(r"[A-Z]{2,8}\b", unit.text.strip())):
            continue
        acronym = opening[0]
        places = {a.affiliation for a in brief.authors if a.affiliation and P.is_acronym_of(acronym, a.affiliation)}
        if len(places) == 1:
            brief.evidence["publisher"] = f"series-acronym, line {unit.line}: {unit.text[:70]}"
            return places.pop()
    return None


def _name_line_bios(bios: list) -> list[Author]:
    """An author box or a mail's signature of lines, not sentences: the name on one line, the role and
    institution on the lines under it ("Eleanor M. Whitcombe" / "Analyst in European Security Affairs"; a
    signature's site or address is no part of them)."""
    found = []
    for k, unit in enumerate(bios):
        name = P.card_name(unit.text)  # ("Written by Ana Lee": the card's label on the name's line)
        if "\n" in name or len(name.split()) > 5 or not P.is_person_name(name) or P.ends_sentence(name):
            continue
        lines, last = [], unit.line
        gap = 4 if name != unit.text.strip() else 2  # (a labelled name may stand over counters of followers, left out)
        for below in bios[k + 1 : k + 4]:
            post = P.card_post(below.text)  # (a profile's blurb: its first sentence is the post)
            if below.line > last + gap or post is None or len(post.split()) > 16 or P.is_person_name(below.text.strip()):
                break
            last = below.line
            if F.web_furniture(below.text.strip()) or re.match(r"(?:e-?mail|tel|phone|mob)\s*:", below.text.strip(), re.I):
                continue  # "Follow on X · LinkedIn", "Email: …": how to reach the author, not a post
            if (line := re.sub(r"\s*(?:https?://|www\.)\S+|\s*\S+@\S+", "", post).strip()):  # not its site or address
                lines.append(line.replace(" | ", ", "))  # "Research Director | Harbour Institute"
        affiliation, position = P.describe(", ".join(lines)) if lines else (None, None)
        if affiliation and P.PART_WORD_LAST.search(affiliation):
            # "Senior Fellow, Democracy Programme, Central European Democracy Monitor": the place after the programme;
            # a programme alone is no place of work
            after = ", ".join(lines).split(affiliation, 1)[-1].lstrip(", ").strip()
            affiliation = after if after and P._title_case(after) and not P.PART_WORD_LAST.search(after) else None
        found.append(Author(P.tidy_name(name), affiliation, position))
    return found


_KIND_OF_PUBLISHER = re.compile(rf"\bthe ({P.INSTITUTION_WORD.pattern})['’]s\b", re.I)


def _own_publisher(bio: str, author: Author, publisher: str | None) -> str | None:
    """The publisher, in the sentence about this author, when the author's place of work is not named otherwise:
    named by its kind alone ("… is director of the Centre's European security programme"), or by one of its
    programmes alone ("… is a fellow in the Alliance Futures Program")."""
    if not publisher or (author.affiliation and "'" not in author.affiliation and "’" not in author.affiliation):
        return None
    surname = re.compile(rf"\b{re.escape(author.name.split()[-1])}\b")
    sentence = next((s for s in sentences(bio) if surname.search(s)), "")
    match = _KIND_OF_PUBLISHER.search(sentence)
    if match and re.search(rf"\b{re.escape(match.group(1))}\b", publisher, re.I):
        return publisher
    own_programme = _PROGRAMME_ALONE.search(sentence) and not P.INSTITUTION_WORD.search(_PROGRAMME_ALONE.sub("", sentence))
    return publisher if own_programme else None


# "in the Alliance Futures Program", "of the Europe Programme", "in the Global Issues Division": a unit named without its institution
_PROGRAMME_ALONE = re.compile(r"\b(?:in|of|with|on) the (?:[A-Z][\w'’-]*\s+){1,5}(?:Program|Programme|Department|Unit|Desk|Division|Section)\b"
                              r"(?!\s+(?:of|at)\s+(?:the\s+)?[A-Z])")  # ("the Asia Division of Human Rights Watch": that house's)


def _authors_from_bios(brief: Brief, layout: Layout) -> None:
    """A closing bio names the author (ECFR, Jamestown) or adds an affiliation.

    When the head named the authors, a bio only adds their affiliations: a name the head did not give
    ("Critical Questions is produced by …") is more likely a series, a translator or an editor than an author.
    """
    head_named = bool(brief.authors)
    for found in _name_line_bios(layout.bios):
        known = next((a for a in brief.authors if a.name == found.name), None)
        if known is None and not head_named:
            brief.authors.append(found)
        elif known is not None and known.affiliation is None:
            known.affiliation, known.position = found.affiliation, known.position or found.position
    named: list[str] = []  # the places of work the bios name, in order: a later bio's "at the institute" is one of them
    for unit in layout.bios:
        brief.author_bios.append(plain(unit.text))
        known = frozenset(a.name for a in brief.authors)
        for found in P.parse_bios(unit.text, known, tuple(named)) or []:
            named += [found.affiliation] if found.affiliation else []
            known = next((a for a in brief.authors if a.name == found.name), None)
            if known is None and not head_named:
                brief.authors.append(found)
                brief.evidence.setdefault("authors", f"bio, line {unit.line}: {unit.text[:70]}")
            elif known is not None and (known.affiliation is None or (P.PART_WORD_LAST.search(known.affiliation) and found.affiliation
                                                                       and not P.PART_WORD_LAST.search(found.affiliation))):
                # the bio's place of work, also over a programme's name ("Senior Fellow, Europe Program" in the byline)
                known.affiliation, known.position = found.affiliation, known.position or found.position


def _opening(brief: Brief, layout: Layout, standfirst: str | None) -> None:
    """Dateline, summary and (when the text has none) a derived title."""
    first = next((b for b in layout.blocks if b.kind == "paragraph"), None)
    opening = ""
    if first is not None:
        found = P.dateline(first.text, layout.text)
        if found:
            brief.dateline, opening = found[0], plain(found[1])
            if brief.date is None and "date" not in brief.evidence and (iso := P.dateline_date(first.text)):
                brief.date, brief.evidence["date"] = iso, f"dateline, line {first.line}: {first.text[:70]}"
        else:
            opening = plain(first.text)
    lead = sentences(opening)
    if standfirst:
        brief.summary = standfirst
    elif lead:
        chosen: list[str] = []
        for sentence in lead:
            chosen.append(sentence)
            if len(" ".join(chosen)) >= SUMMARY_TARGET or len(chosen) == 3:
                break
        brief.summary, brief.summary_derived = " ".join(chosen), True
    if brief.title is None and lead:
        brief.title = shorten(lead[0].rstrip("."), TITLE_LIMIT)
        brief.title_derived = True


def apply_sidecar(brief: Brief, sidecar: dict) -> None:
    """The editor's word wins over what the text says (and becomes the field's evidence)."""
    for key in ("title", "authors", "date", "publisher", "dateline", "summary"):
        if key in sidecar:
            brief.evidence[key] = "sidecar"
    for key in ("date", "publisher", "dateline", "summary", "url", "slug"):
        if key in sidecar:
            setattr(brief, key, sidecar[key])
    if "summary" in sidecar:
        brief.summary_derived = False
    if "title" in sidecar:
        brief.title, brief.title_derived = sidecar["title"], False
    if "authors" in sidecar:
        brief.authors = [Author(a["name"], a.get("affiliation"), a.get("position")) for a in sidecar["authors"]]
    if "themes" in sidecar:
        value = sidecar["themes"]
        brief.themes_sidecar = list(value) if isinstance(value, list) else {k: list(v) for k, v in value.items()}
        if isinstance(value, list):
            brief.themes = list(value)
