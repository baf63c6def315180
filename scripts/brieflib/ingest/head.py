"""The head of a brief: masthead, series line, title, subtitle, bylines, date.

One recogniser per kind of head line, registered by name and priority in
``HEAD``. Reading from the top, the first recogniser that claims a unit (or a
few units, such as a lone "By" and the name under it) gives them a role and
records *findings*: a field value with the rule and line that gave it. The
head ends at the first unit no recogniser claims.

On a web page the title is the heading-like line nearest above the byline or
date (``title_position``); a search box, breadcrumb, menu row or kicker above
it is *chrome*, listed with that reason, never the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from brieflib.ingest import patterns as P
from brieflib.ingest.dates import (
    DATE_LABEL,
    PUBLISHED_LABEL,
    SEGMENT_SEPARATORS,
    UPDATED_LABEL,
    date_after_comma,
    date_in_segments,
    date_in_two_languages,
    date_then_field,
    date_with_furniture,
    labelled_date,
    parse_date,
)
from brieflib.ingest.furniture import WEB_FURNITURE, is_menu_row
from brieflib.ingest.registry import Registry
from brieflib.model.brief import Author
from brieflib.model.text import normalise_for_match, sentences, word_count


@dataclass
class Finding:
    """One field value read off the text, with its evidence."""

    field: str  # "title" | "subtitle" | "authors" | "date" | "publisher" | "standfirst"
    value: object
    rule: str
    line: int
    text: str


@dataclass
class Claim:
    role: str
    count: int = 1
    findings: list[Finding] = field(default_factory=list)


@dataclass
class HeadState:
    units: list  # parse.Unit
    i: int = 0
    title: bool = False
    authors: bool = False
    date: bool = False
    common: frozenset[str] = frozenset()
    title_at: int | None = None  # where the title is, when site chrome sits above it (see ``title_position``)
    subject: str | None = None  # the title a memo's or e-mail's SUBJECT line gave (a later line may repeat it)
    by_names: frozenset[str] = frozenset()  # the names a "By …" byline gave: an author box under it repeats them
    author_notes: tuple[str, ...] = ()  # notes on the authors taken from a page's foot ("* Ann Lee is a fellow at …")
    owners: tuple[tuple[str, str], ...] = ()  # the names the text's copyright lines give ("© 2026 Eastern Flank Monitor"): (folded, as given)
    page_breaks: frozenset[int] | set[int] = frozenset()  # the lines a new page of a PDF starts on

    def text(self, offset: int = 0) -> str:
        """The unit's text; a title set whole in Markdown's bold under a rule, or a line of segments in italics ("**Title**",
        "*Names | Institute | date*", as a forum copies a pasted head), without its marks."""
        index = self.i + offset
        text = self.units[index].text if index < len(self.units) else ""
        if text[:1] in "*_" and index < len(self.units) and (whole := _WHOLE_EMPHASIS.fullmatch(text.strip())) \
                and ((len(whole["mark"]) == 2 and self.units[index].after_rule) or (len(whole["mark"]) == 1 and re.search(r"\s[|·•]\s", whole["inner"]))):
            # a title in bold right under a rule (a post's text pasted under it), a line of segments in italics (names,
            # institute, date); a bold line on top is a kicker, a line in italics a standfirst or a bio, and keep their marks
            return whole["inner"]
        return text

    def line(self, offset: int = 0) -> int:
        return self.units[self.i + offset].line

    def find(self, name: str, value: object, rule: str, offset: int = 0) -> Finding:
        return Finding(name, value, rule, self.line(offset), self.text(offset))


_WHOLE_EMPHASIS = re.compile(r"(?P<mark>\*\*|__|\*|_)(?=[^\s*_])(?P<inner>[^*_\n]{2,300}?)(?<=[^\s*_])(?P=mark)")


HeadTest = Callable[[HeadState], Claim | None]
HEAD: Registry[HeadTest] = Registry()

_SEPARATORS = SEGMENT_SEPARATORS
_DOCWORDS = (
    r"(?:policy |briefing |research |working |discussion |issue |occasional |security |expert )?"
    r"(?:brief|briefs|paper|papers|commentary|commentaries|comment|interviews?|analysis|analyses|blog|kommentar|repository|record|"
    r"notes?|report|briefing|opinion|op-ed|memo|series|analyse|análisis|analisi|commento|nota|studie|insights?|explainer|"
    r"arbeitspapier|diskussionspapier|kurzanalyse|rapport|étude|informe|documento|análise|analiza|komentarz|raport|notatka|"
    r"assessment|évaluation|lagebild|valutazione|evaluación|avaliação|beoordeling|memorandum|roundtable|round table|symposium|"
    r"speech|speeches|transcripts?|discours|reden?|discursos?|discorsi|przemówienia|toespraken|tal|"
    r"podcast|episode|épisode|episodio|folge|odcinek|aflevering|avsnitt|jakso|"
    r"issue|volume|edition|ausgabe|numéro|número|numero|numer|nummer|heft|"
    r"presentation|testimony|submission|statement|evidence|written evidence|explainers|op-eds|memos|reports)"
)
# "a podcast of the X", "A project of the X", "Eine Publikation der X": what the text is, and whose.
_OF_INSTITUTION = re.compile(
    rf"^(?:an?|the|eine?|une?|una?|uma?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCWORDS}|project|projekt|projet|proyecto|progetto|projecto|"
    r"publication|publikation|publicación|pubblicazione|publicação|publikacja|initiative|programme|program|newsletter)\s+"
    r"(?:of|from|by|de|du|des|der|von|di|del|della|da|do|dos|z|van|av|af)\s+(?:the\s+|la\s+|le\s+|l['’])?(?P<institution>.+)$",
    re.I,
)
# a series number: "No. 4", "#41", "n° 12", "Nr. 3", "č. 5", "núm. 2"
_SERIES_NO = r"(?:(?:no\.?|nr\.?|nru\.?|n[°º]\.?|n\.[°º]?|núm\.?|č\.|#)\s*)?\d[\d/.–-]*(?:\s/\s\d{2,4})?(?:\s*\((?:19|20)\d\d\))?"  # "No. 31 / 2026", "No. 5 (2026)"
# A series' code, which may stand above or under the title: "ARI 23/2026", "CBP 10582", "Document Number: RR-A2741-3",
# a DOI (not "NATO 2030" or "EU 27": a year or a short number is part of a name).
_SERIES_CODE = (
    r"^doi\s*:?\s*10\.\d{4,}/\S+$"
    r"|^(?:(?:(?:document|report|paper|briefing)\s+)?(?:number|no\.?)\s*:?\s*)?(?-i:[A-Z]{2,6})[\s-]+(?:no\.?\s*)?(?:\d{1,4}/\d{2,4}|\d{5,}|\d{3}\.\d{3}|(?-i:[A-Z])\d{3,}(?:-\d+)?)$"
    # a file reference in parts set apart by slashes, one of them a year: "ECSTA/AN/2026/014"
    r"|^(?:ref(?:erence)?\.?\s*:?\s*)?(?-i:[A-Z]{2,8})(?:/(?-i:[A-Z0-9]{1,8}))*/(?:19|20)\d\d(?:/(?-i:[A-Z0-9]{1,6}))*$"
    # a document's own number: "SEC.GAL/45/26", "IN12417" (patterns.DOCUMENT_SYMBOL, PRODUCT_NUMBER)
    rf"|^{P.DOCUMENT_SYMBOL}$|^{P.PRODUCT_NUMBER}$"
)
# A document addressed to a body: "Briefing to the Joint Committee", "Testimony before the Foreign Affairs Committee".
_ADDRESSED = re.compile(rf"^{_DOCWORDS}\s+(?:to|before|for|at)\s+(?:the\s+)?[A-Z].*$", re.I)
_SERIES = re.compile(
    rf"^(?:[\w'’.&-]+\s+){{0,3}}{_DOCWORDS}(?:\s+{_SERIES_NO})?$|^{_DOCWORDS}\s+(?:(?:de|of|du|der|des|di)\b|d['’]|ta['’]\s).*$"  # (Maltese "Nota ta' Politika")
    # a parliamentary committee's report in its session: "Sixth Report of Session 2025–26"
    rf"|^(?:[a-z]+(?:-[a-z]+)?|\d{{1,2}}(?:st|nd|rd|th)) (?:special )?report of session (?:19|20)\d\d(?:[–-]\d{{2,4}})?$"
    # a series named under its label, in the languages of European publishers: "Reeks: Strategische Monitor 2026, hoofdstuk 3 van 6"
    rf"|^(?:series|reeks|serie|série|reihe|schriftenreihe|collana|colección|coleção|seria|sarja|serien)\s*:\s*(?=[^\n]*\d)\S.{{2,120}}$"
    # a monitor's numbered issue: "LCDE Budget Monitor 1/2026" ("A Ceasefire Monitor", with no number, is a title)
    rf"|^(?:[\w'’.&-]+\s+){{0,3}}(?:monitor|tracker|barometer)\s+(?:no\.?\s*)?\d{{1,3}}(?:/(?:19|20)?\d\d)?$"

    # a kind named noun first, as French, Spanish and Italian put it: "Note stratégique n° 4/2026", "Documento de trabajo 12"
    rf"|^(?:note|étude|document|analyse|rapport|nota|documento|informe|análisis|analisi|estudio|studio)\s+(?:stratégique|politique|prospective|"
    rf"d['’]analyse|de (?:recherche|travail|synthèse|politique|trabajo|investigación|análisis)|estratégic[oa]|strategic[oa]|di lavoro|di ricerca|"
    rf"técnic[oa]|breve)(?:\s+{_SERIES_NO})?$"
    # a series' acronym and number: "ARI 23/2026", "CBP 10582", "RR-A2741-3", "Document Number: RR-A2741-3"
    rf"|^(?-i:[A-Z]{{2,6}})-{_DOCWORDS}$"  # "FSE-Kurzanalyse"
    rf"|{_ADDRESSED.pattern}"
    rf"|{_SERIES_CODE}"
    r"|^(?:vol\.?|volume)\s*\d{1,3}(?:\s*,\s*[A-Za-z]{2,8}\.?\s*\d{1,4})*$"  # "Volume 32, Comment 4", "Vol. 7, No. 2"
    r"|^(?:inquiry|enquiry|enquête|untersuchung|investigación|indagine(?: conoscitiva)?)\s*:\s*\S.*$"  # a committee's inquiry the paper belongs to
    # a paper governments submit: "Non-paper by Estonia, Latvia and Lithuania" (the states that table it, no authors)
    r"|^(?:non-paper|joint non-paper|food-for-thought paper|options paper|joint (?:position )?paper)\s+(?:by|from|of)\s+(?:the\s+)?(?-i:[A-Z]).{2,160}$"
    r"|^(?:no\.?|nr\.?|n[°º]\.?|n\.|núm\.?|č\.|numero|número|number|nummer|numer|issue|ausgabe|heft)\s*\d[\d/.-]*(?:\s/\s\d{2,4})?(?:\s*\(\d{1,6}\))?$",  # "Nr. 12", "No. 7 (41)"
    re.I,
)


def series_number(text: str) -> bool:
    """A series' line with the paper's number, alone: "Parliamentary Paper 2025–26/812", "Working Paper 3/2026"."""
    text = text.strip()
    return "\n" not in text and len(text.split()) <= 8 and bool(re.search(r"\d", text)) and bool(_SERIES.match(text))


# A line of two to five labelled fields: "Publication: X Volume: 23 Issue: 45", "Series: Y No.: 4".
_FIELDS_LINE = re.compile(r"^(?:[A-Z][\w.-]*(?:\s[A-Za-z][\w.-]*)?:\s+[^:]{1,60}?\s*){2,5}$")


def directly_under(above, below) -> bool:
    """Whether the unit ``below`` starts on the line right after the last line of ``above`` (no blank line between)."""
    return below.line == above.line + above.text.count("\n") + 1


def _segments(text: str) -> list[str]:
    return [s.strip() for s in re.split(_SEPARATORS, text) if s.strip()]


_HISTORY = re.compile(
    r"^(?:article history\s*:?\s*)?(?:received|submitted|eingereicht|eingegangen|reçu|soumis|recibido|ricevuto|otrzymano)\b.{0,160}?\b"
    r"(?:(?:first\s+)?published(?:\s+online)?|available\s+online|veröffentlicht(?:\s+online)?|publié(?:\s+en\s+ligne)?|publicado(?:\s+en\s+línea)?|"
    r"pubblicato(?:\s+online)?|opublikowano)(?:\s+on)?\s*:?\s*(?P<date>[^;]+?)\.?$", re.I)


@HEAD.register("article-history", 99, "a journal article's history (received, accepted, published)")
def article_history(state: HeadState) -> Claim | None:
    """"Received 14 November 2025; accepted 27 January 2026; published online 9 February 2026": the date it was
    published is the article's (the others are the review's). A line wrapped before its last date is read whole."""
    for count in (1, 2):
        if count == 2 and (state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.units[state.i].line + 1):
            break
        text = " ".join(state.text(k).strip() for k in range(count))
        match = _HISTORY.match(text)
        if match and (iso := parse_date(match["date"])):
            return Claim("date", count, [state.find("date", iso, "date-published")])
    if _REVIEW_HISTORY.match(state.text().strip()):
        return Claim("doctype")  # "ARTICLE HISTORY Received …; Accepted …": the review's dates, not the publication's
    return None


_REVIEW_HISTORY = re.compile(r"^(?:article history\s*:?\s*)?(?:received|submitted)\b[^.]{0,80}?\b(?:accepted|revised)\b[^.]{0,80}$", re.I)
# A journal's issue line over an article: "2026, VOL. 11, NO. 2, 141–152", "Vol. 7, No. 2 (2026), pp. 14–29", with its DOI
_ISSUE_LINE = re.compile(r"^(?:(?:19|20)\d\d,\s*)?vol(?:ume)?\.?\s*\d{1,3},?\s*(?:no|issue|nr)\.?\s*\d{1,3}(?:\s*\((?:19|20)\d\d\))?"
                         r"(?:,\s*(?:pp?\.\s*)?\d{1,4}\s*[–-]\s*\d{1,4})?(?:\s+(?:https?://)?(?:dx\.)?doi\.org/\S+)?$", re.I)


@HEAD.register("journal-issue", 96, "a journal's volume, issue and pages over an article")
def journal_issue(state: HeadState) -> Claim | None:
    text = state.text().strip()
    return Claim("doctype") if _ISSUE_LINE.match(text) or (not state.title and _JOURNAL_CITATION.match(text)) else None


# A journal's name, volume, year and article number as its publisher sets them over an article:
# "Journal of Euro-Asian Security Studies 14 (2026) 100238", "Ports and Power 7 (2025) 112–131"
_JOURNAL_CITATION = re.compile(r"^[A-Z][\w&'’:-]*(?:\s+[\w&'’:-]+){1,9}\s+\d{1,3}\s*\((?:19|20)\d\d\)\s+\d{1,7}(?:\s*[–-]\s*\d{1,7})?$")


# The label of a date that is an event's, not the text's: "Event date:", "Data dell'evento:", "Date de l'événement :"
_EVENT_DATE = re.compile(r"^(?:event date|date of (?:the )?event|(?:roundtable|meeting|workshop|conference|seminar|webinar) date|data dell['’]evento|"
                         r"date de l['’](?:événement|évènement)|fecha del evento|veranstaltungsdatum|datum der veranstaltung|data do evento|"
                         r"data wydarzenia|datum van het evenement)\s*:\s*\S", re.I)


@HEAD.register("date-line", 100, "date line")
def date_line(state: HeadState) -> Claim | None:
    """"17 January 2026", "Publié le 4 mars 2026", "Updated: March 4, 2026", "Julkaistu 4.3.2026 · 5 min". An event's
    date ("Data dell'evento: 12 febbraio 2026" over "Pubblicato il 20 febbraio 2026") is a head line that dates nothing."""
    event = state.text().strip().strip("*_")
    if _EVENT_DATE.match(event) and parse_date(event.split(":", 1)[1]) and len(event.split()) <= 10:
        return Claim("doctype")
    text = _UPDATES_LINK.sub("", state.text())  # "Last updated 5 November 2025 — See all updates": the link to the list
    first = re.split(r"(?<=\d)\.\s+(?=[A-Z])", text, maxsplit=1)[0]  # "This version: 2 June 2026. Draft — do not cite."
    iso = (parse_date(text) or labelled_date(text) or date_with_furniture(text) or date_then_field(text) or date_in_two_languages(text)
           or (first != text and len(text.split()) <= 20 and labelled_date(first)))
    if not iso:
        return None
    text = state.text().strip().strip("*_")
    rule = "date-updated" if UPDATED_LABEL.match(text) else "date-published" if any(PUBLISHED_LABEL.match(s) for s in _segments(text)) else "date-line"
    return Claim("date", findings=[state.find("date", iso, rule)])


_WIDE_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")  # three spaces or more: a gap no sentence has
_UPDATES_LINK = re.compile(r"\s+[—–|·-]\s+(?:see|view|show) (?:all )?(?:updates|versions|changes)\s*$", re.I)
# An official document's symbol: "IPAES/DIP (2026) PV 01", "CM(2026)12", "A/RES/80/12", "PE 771.234"
_DOC_SYMBOL = re.compile(r"[A-Z]{1,10}(?:/[A-Z0-9.]{1,10})+(?:\s*\(\d{4}\))?(?:\s+[A-Z]{1,4}\s*\d{1,4})?|[A-Z]{2,5}\s?\(\d{4}\)\s?\d{1,4}")
_LANGUAGE_FIELD = re.compile(r"(?:original|original language|language|langue|sprache|idioma|lingua|língua|limba|kalba|valoda|keel|jazyk|jezik|nyelv|język|taal|språk|sprog|kieli|dil|γλώσσα)"
                             r"\s*:\s*[^\W\d_]{3,20}", re.I)
_DATE_FIELD = re.compile(r"(?:document |publication |issue )?date\s*:", re.I)  # "Document date: 5 February 2026"


# A document's handling marking set beside its series: "RESTRICTED DISTRIBUTION", "UNCLASSIFIED", "FOR OFFICIAL USE ONLY"
_MARKING = re.compile(r"(?:restricted|confidential|unclassified|official(?:[- ]sensitive)?|limited|internal|public)(?: distribution| use only| until (?:approval|adoption))?|open(?: access)?|embargoed|"
                      r"for official use only", re.I)
_VOLUME = re.compile(r"\b(?:vol\.?|volume|jg\.|jahrgang|année|anno|rok)\s*\d{1,3}\b", re.I)


_FOLIO = re.compile(r"[A-Z]\d{1,3}|(?:page|p\.)\s*\d{1,3}", re.I)
# A newspaper's name on its folio: "THE HARBOUR HERALD", "DAILY COURIER", "NORDIC TIMES"
_NEWSPAPER = re.compile(r"\b(?:HERALD|TIMES|POST|GAZETTE|TRIBUNE|CHRONICLE|OBSERVER|COURIER|DISPATCH|LEDGER|DAILY|EXPRESS|MAIL|"
                        r"NEWS|TELEGRAPH|GUARDIAN|INDEPENDENT|STANDARD|MONITOR|REPUBLIC|ZEITUNG|JOURNAL)\b")


_FIELD_CELL = re.compile(r"^(?P<label>[^\W\d_][\w ()/'’.-]{0,24}?)\s*:\s*(?P<value>.*)$")
_AUTHOR_FIELD = re.compile(r"^(?:author\(?s\)?|authors?|autor(?:in|en|innen|es|as|a|zy)?|auteure?s?|autore|autori|written by|prepared by)$", re.I)


def _field_cells(text: str) -> list[str]:
    """A line's cells set apart by wide spaces, each label joined to the value set apart from it ("Date:", "23-02-2026")."""
    cells: list[str] = []
    for cell in (c.strip() for c in _WIDE_GAP.split(text.strip()) if c.strip()):
        if cells and re.fullmatch(r"[^\W\d_][\w ()/'’.-]{0,24}:", cells[-1]) and not _FIELD_CELL.match(cell):
            cells[-1] = f"{cells[-1]} {cell}"
        else:
            cells.append(cell)
    return cells


# The labels of a page's fields set one above its value ("Published" / "27 de janeiro de 2026"), as a definition list
# copied from a page reads
_STACKED_LABEL = re.compile(r"(?:type|format|published|publication date|date|updated|last updated|programme|program|topics?|themes?|tags|series|"
                            r"region|reading time|download|language|authors?|author\(s\)|by|experts?|contributors?|pages|length)", re.I)


@HEAD.register("stacked-fields", 97, "a page's fields, each label on a line above its value (a definition list)")
def stacked_fields(state: HeadState) -> Claim | None:
    """"Type" / "Explainer" / "Published" / "27 de janeiro de 2026" / "Programme" / "Economic Security": three fields
    or more, one line each for the label and its value. Reads the date and the authors; the rest are the page's."""
    count, pairs = 0, []
    while state.i + count + 1 < len(state.units) and _STACKED_LABEL.fullmatch(state.text(count).strip().rstrip(":")) \
            and state.units[state.i + count + 1].line == state.units[state.i + count].line + 1 \
            and not _STACKED_LABEL.fullmatch(state.text(count + 1).strip().rstrip(":")) and len(state.text(count + 1).split()) <= 12:
        pairs.append((state.text(count).strip().rstrip(":"), state.text(count + 1).strip(), count + 1))
        count += 2
    if len(pairs) < 3:
        return None
    findings = []
    for label, value, offset in pairs:
        if DATE_LABEL.match(f"{label}:") and not UPDATED_LABEL.match(f"{label}:") and (iso := parse_date(value)):
            findings.append(state.find("date", iso, "stacked-fields", offset))
        elif _AUTHOR_FIELD.match(label) or label.lower() in {"by", "experts", "expert"}:
            if (authors := authors_from(value, state.common)):
                findings.append(state.find("authors", authors, "stacked-fields", offset))
    return Claim("doctype", count, findings)


_EVENT_FIELD = re.compile(r"^(?P<label>date of (?:the )?event|event date|date and time|time|venue|location|place|format|partners?|organi[sz]ers?|"
                          r"hosted by|in partnership with|speakers?|chair|moderator|language|published(?: on)?|publication date|type)\s*:\s*(?P<value>\S.*)$", re.I)


@HEAD.register("names-over-title", 73, "the authors' names in capitals above the title, as a cover sets them")
def names_over_title(state: HeadState) -> Claim | None:
    """"DANIEL R. WHITCOMBE, NGOZI ADEYEMI-HART, LUKÁŠ NOVÁK" above "Who Fills the Gap?": a cover's authors in capitals,
    two or more, before the title (a line of capitals naming one person may be a title; several names are not)."""
    text = state.text().strip()
    if state.title or not text.isupper() or state.i + 1 >= len(state.units) or not P.heading_like(state.text(1), 32):
        return None
    names = P.split_names(re.sub(r"\bAnd\b", "and", text.title()), state.common)
    if not names or len(names) < 2:
        return None
    if any(_names_or_date(state, k) and not HEAD["date-line"].test(HeadState(state.units, state.i + k, True, common=state.common))
           for k in range(2, min(5, len(state.units) - state.i))):
        return None  # a byline under the title: the names above it are whom the text is about ("MACRON, MERZ, STARMER")
    return Claim("byline", findings=[state.find("authors", [Author(P.tidy_name(n)) for n in names], "names-over-title")])


@HEAD.register("spaced-logo", 91, "a logo's letters set apart by spaces ('M E R I D I A N')")
def spaced_logo(state: HeadState) -> Claim | None:
    """"M E R I D I A N" on the cover: a logo's word, its letters spaced out, read letter by letter from the PDF (a title
    is never one word spaced so)."""
    if state.title or not re.fullmatch(r"(?:[A-ZÀ-Ý] ){3,}[A-ZÀ-Ý]", state.text().strip()):
        return None
    under = state.i + 1 < len(state.units) and state.units[state.i + 1].line == state.line() + 1 and state.text(1).strip().isupper() \
        and len(state.text(1).split()) <= 2 and bool(re.search(r"\b(?:POLICY|RESEARCH|INSTITUTE|ANALYSIS|STRATEGY|STUDIES|FORUM|CENTRE|CENTER|"
                                                              r"FOUNDATION|COUNCIL|GROUP|NETWORK|LAB|THINK TANK)\b", state.text(1)))  # "POLICY RESEARCH": its tagline
    return Claim("chrome", 2 if under else 1)


@HEAD.register("doctype-tagline", 86, "what a series is, on the line under its name ('PERSPECTIVE' / 'Expert insights on a timely policy issue')")
def doctype_tagline(state: HeadState) -> Claim | None:
    """"PERSPECTIVE" over "Expert insights on a timely policy issue": the series' name and its line on itself, right
    under it (no blank line between), in sentence case: no title, which comes further down."""
    if state.title or state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1:
        return None
    return Claim("doctype", 2) if _series_name(state.text()) and _tagline_shape(state.text(1)) else None


def _series_name(text: str) -> bool:
    """A series' name over its line on itself: a document type, or one word in capitals ("PERSPECTIVE")."""
    text = text.strip()
    if re.fullmatch(r"(?:[A-ZÀ-Ý][\w&'’-]*\s+){1,3}(?:Blog|Podcast|Newsletter)", text):
        return True  # "CESS Blog": a house's blog, over what it says of itself
    return P.is_doctype(text) or P.label(text) in _SERIES_WORDS  # ("UKRAINE", "PORTS BEFORE PLANES" are titles in capitals)


_SERIES_WORDS = {"perspective", "perspectives", "viewpoint", "viewpoints", "outlook", "insight", "insights", "spotlight", "explainer", "commentary",
                 "analysis", "briefing", "brief", "report", "memo", "op-ed", "opinion", "essay", "q&a"}


def _tagline_shape(text: str) -> bool:
    """A series' line on itself: three to ten words in sentence case, no sentence ("Expert insights on a timely policy issue"),
    the house that writes it named at its end or not ("Commentary and analysis from the Centre for European Security Studies")."""
    text = text.strip()
    house = re.search(r"\s+(?:from|by|of|at)\s+(?:the\s+)?(?P<house>(?-i:[A-ZÀ-Ý])[^,.;:]{3,80})$", text)
    if house and P.is_institution(house["house"]) and len(text[: house.start()].split()) >= 2:
        text = text[: house.start()] + " from it"
    words = text.split()
    if not 3 <= len(words) <= 10 or P.ends_sentence(text) or not words[0][:1].isupper() or _title_case(text) or text.isupper():
        return False
    return all(w[:1].islower() or not w[:1].isalpha() for w in words[1:])


@HEAD.register("date-under-label", 98, "a date under its label, each on its line ('Publishing date' / '09 March 2026')")
def date_under_label(state: HeadState) -> Claim | None:
    """"Publishing date" over "09 March 2026", as a page's sidebar of fields sets them: the label alone on its line
    (a date label, not an update's), the date alone on the line under it."""
    label = state.text().strip().rstrip(":：").strip()
    if state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1 or len(label.split()) > 4:
        return None
    named = re.fullmatch(r"(?:publishing|publication|release|issue)\s+date|date\s+(?:published|of\s+publication)", label, re.I)
    if not named and (not (match := DATE_LABEL.match(label + ":")) or match.end() < len(label) or UPDATED_LABEL.match(label + ":")):
        return None
    iso = parse_date(state.text(1).strip())
    return Claim("date", 2, [state.find("date", iso, "date-published" if named or PUBLISHED_LABEL.match(label) else "date-line", 1)]) if iso else None


_TOPICS_LABEL = re.compile(r"(?:related\s+)?(?:topics?|tags?|themes?|regions?|keywords?|categories|category|filed under|subjects?|issues?|programmes?|programs?)", re.I)


@HEAD.register("topics-under-label", 97, "the page's topics under their label, each on its line ('Topics' / 'Economic security · China')")
def topics_under_label(state: HeadState) -> Claim | None:
    """"Topics" over "Economic security · Global economy & trade · China": the page's own fields among the head lines,
    the label alone on its line, its values on the line under it (set apart by points or bars, or a few words)."""
    if not state.title or state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1:
        return None
    if not _TOPICS_LABEL.fullmatch(state.text().strip().rstrip(":")) or P.ends_sentence(state.text(1)) or len(state.text(1).split()) > 16:
        return None
    return Claim("page-field", 2) if re.search(r"\s[·•|,/]\s|,\s", state.text(1)) or len(state.text(1).split()) <= 3 else None


@HEAD.register("event-fields", 97, "an event page's fields, one a line: when and where it was, its format and partners, when the summary was published")
def event_fields(state: HeadState) -> Claim | None:
    """"Date of event: …" / "Venue: …" / "Format: …" / "Published: 2 March 2026": three fields or more, one block.
    The date is the summary's publication date; the event's date dates the text only when no publication date is given."""
    count, fields = 0, []
    while state.i + count < len(state.units) and (match := _EVENT_FIELD.match(state.text(count).strip())) \
            and (count == 0 or state.units[state.i + count].line == state.units[state.i + count - 1].line + 1):
        fields.append((count, match))
        count += 1
    if len(fields) < 3 or not any(m["label"].lower().startswith(("date of", "event date", "venue", "location")) for _o, m in fields):
        return None
    published = next(((o, iso) for o, m in fields if m["label"].lower().startswith("publi") and (iso := parse_date(m["value"]))), None)
    return Claim("doctype", count, [state.find("date", published[1], "event-fields-published", published[0])] if published else [])


@HEAD.register("stacked-cards", 74, "authors' cards read column by column: the names, then their posts, then their institutions")
def stacked_cards(state: HeadState) -> Claim | None:
    """"Ingrid Solberg" / "Tomasz Wróblewski" / "Senior Fellow" / "Research Analyst" / "Nordic Centre …" / "Nordic Centre …":
    two or more cards side by side, flattened a column at a time. The k-th post and institution are the k-th name's."""
    if not state.title:
        return None
    lines = []
    while state.i + len(lines) < len(state.units) and (not lines or state.units[state.i + len(lines)].line == state.units[state.i + len(lines) - 1].line + 1):
        lines.append(state.text(len(lines)).strip())
    names = []
    for line in lines:
        found = authors_from(line, state.common)
        if not found or len(found) != 1 or found[0].affiliation or found[0].position or P.role_only(line):
            break
        names.append(found[0])
    k = len(names)
    if k < 2 or len(lines) < 2 * k:
        return None
    posts, places = lines[k : 2 * k], lines[2 * k : 3 * k]
    if not all(P.role_only(p) for p in posts):
        return None
    if len(places) == k and all(P.is_institution(p) for p in places):
        for author, post, place in zip(names, posts, places, strict=True):
            author.position, author.affiliation = post, P.institution_name(place)
        return Claim("byline", 3 * k, [state.find("authors", names, "stacked-cards")])
    for author, post in zip(names, posts, strict=True):
        author.position = post
    return Claim("byline", 2 * k, [state.find("authors", names, "stacked-cards")])


@HEAD.register("field-columns", 97, "a head of labelled fields in two columns, a value going on under its field")
def field_columns(state: HeadState) -> Claim | None:
    """A parliament's or a library's head of fields set in two columns, one under the other ("Author(s):  Ann Lee,
    Date:  23-02-2026" / "Jan Nowak   Pages:  4" / "Subject: …   Reference: …"): a cell with no label goes on
    the field above it in its column. Reads the authors and the date; the other fields are the document's."""
    fields: list[list[str]] = []  # [label, value]
    columns: list[int] = []  # the field each column's last cell belongs to
    count, paired = 0, False
    while state.i + count < len(state.units) and (count == 0 or state.units[state.i + count].line == state.units[state.i + count - 1].line + 1):
        cells = _field_cells(state.text(count))
        labelled = [_FIELD_CELL.match(c) for c in cells]
        if not cells or len(cells) > 3 or (count == 0 and (not all(labelled) or len(cells) < 2)) or not any(labelled):
            break  # the first line sets the columns: two labelled cells or more
        paired |= sum(bool(m) for m in labelled) >= 2
        for position, (cell, match) in enumerate(zip(cells, labelled, strict=True)):
            if match:
                fields.append([match["label"].strip(), match["value"].strip()])
                columns[position:position + 1] = [len(fields) - 1]
            elif position < len(columns):
                fields[columns[position]][1] += " " + cell  # "Mateusz Zieliński" under "Author(s): Eleni Georgiou,"
            else:
                return None
        count += 1
    if count < 2 or len(fields) < 3 or not paired:
        return None
    findings = []
    for label, value in fields:
        if _AUTHOR_FIELD.match(label):
            if not (authors := authors_from(value.strip(" ,"), state.common)):
                return None  # names this rule cannot read: the byline's own rules may
            findings.append(state.find("authors", authors, "field-columns"))
        elif DATE_LABEL.match(f"{label}:") and (iso := parse_date(value)):
            findings.append(state.find("date", iso, "field-columns"))
    return Claim("doctype", count, findings) if findings else None


@HEAD.register("wide-fields", 97, "head line of fields set apart by wide spaces")
def wide_fields(state: HeadState) -> Claim | None:
    """A PDF head line of two or three fields set apart: "Research Paper 7/2026        14-05-2026"."""
    segments = _WIDE_GAP.split(state.text().strip())
    if len(segments) < 2 or len(segments) > 4:
        return None
    journal = len(segments) == 2 and segments[0].isupper() and len(segments[0]) <= 60 and bool(_VOLUME.search(segments[1]))
    dated = any(parse_date(s) or (_DATE_FIELD.match(s) and labelled_date(s)) for s in segments)
    findings = []
    for index, segment in enumerate(segments):
        iso = parse_date(segment) or (labelled_date(segment) if _DATE_FIELD.match(segment) else None)
        if iso:
            findings.append(state.find("date", iso, "wide-fields-date"))
        elif _DOC_SYMBOL.fullmatch(segment.strip()) or _LANGUAGE_FIELD.fullmatch(segment.strip()):
            continue  # "NPA/HS (2026) PV 02        Original: English": a document's symbol and the language it was written in
        elif _FOLIO.fullmatch(segment.strip()):
            continue  # "A17": a newspaper's page
        elif index == 0 and dated and not state.title and segment.isupper() and 2 <= len(segment.split()) <= 5 and _NEWSPAPER.search(segment) \
                and any(_FOLIO.fullmatch(s.strip()) for s in segments):
            findings.append(state.find("publisher", P.institution_name(segment), "newspaper-folio"))  # "THE HARBOUR HERALD    SATURDAY, …    A17"
        elif P.is_institution(segment):
            findings.append(state.find("publisher", P.institution_name(segment), "masthead"))
        elif (rest := _by_rest(segment)) is not None and (authors := authors_from(rest)):
            findings.append(state.find("authors", authors, "byline"))
        elif journal and segment in (segments[0], segments[-1]):
            continue  # "THE CARRINGTON REVIEW        Vol. 12, No. 1 · Spring 2026": a journal's name and its issue
        elif not (_SERIES.match(segment) or P.is_doctype(segment) or _MARKING.fullmatch(segment.strip())):
            return None  # a field this rule cannot read: the line is something else
    return Claim("doctype", findings=findings)


# The labels of a memo's or a printed e-mail's header, in the languages of European think tanks.
_SUBJECT_LABELS = {"subject", "re", "subj", "objet", "betreff", "asunto", "oggetto", "temat", "onderwerp", "assunto", "ämne", "emne"}
_DATE_LABELS = {"date", "sent", "dated", "datum", "fecha", "data", "envoyé", "gesendet", "enviado", "inviato", "wysłano", "verzonden"}
_FROM_LABELS = {"from", "de", "von", "da", "od", "van", "fra", "från", "expéditeur", "absender"}
_TO_LABELS = {"to", "cc", "bcc", "à", "a", "an", "para", "do", "aan", "til", "till", "destinataire", "destinataires", "empfänger", "attn", "for"}
# A memo's other fields, read as part of its header: "CLASSIFICATION: UNCLASSIFIED", "REF: …", "PRIORITY: …"
_OTHER_HEADER_LABELS = {"classification", "ref", "reference", "priority", "copy", "copies", "action", "info", "through", "via", "tlp"}
_HEADER_LINE = re.compile(r"^(?P<label>[^\W\d_]{1,14})\s*:\s*(?P<value>\S.*)$")


def _header_field(text: str) -> tuple[str, str] | None:
    match = _HEADER_LINE.match(text.strip())
    if not match:
        return None
    name = match["label"].lower()
    kinds = (("subject", _SUBJECT_LABELS), ("date", _DATE_LABELS), ("from", _FROM_LABELS), ("to", _TO_LABELS),
             ("other", _OTHER_HEADER_LABELS))
    return next(((kind, match["value"].strip()) for kind, labels in kinds if name in labels), None)


# "*** EMBARGOED UNTIL 00:01 CET, TUESDAY 3 MARCH 2026 ***", "Embargo: 3 March 2026, 00:01 GMT", "Sperrfrist: …"
_EMBARGO = re.compile(r"^[*\s]*(?:embargo(?:ed)?(?:\s+(?:until|till|to))?|under embargo until|sperrfrist|embargo jusqu['’]au|embargo hasta(?: el)?)"
                      r"\s*:?\s+(?P<when>[^*]{6,60}?)[*\s]*$", re.I)


@HEAD.register("embargo", 99, "a press release's embargo, which dates it (it is published when the embargo ends)")
def embargo(state: HeadState) -> Claim | None:
    match = _EMBARGO.match(state.text().strip())
    if not match or not (iso := parse_date(match["when"])):
        return None
    return Claim("notice", findings=[state.find("date", iso, "embargo")])


@HEAD.register("header-block", 98, "memo or e-mail header (TO, FROM, DATE, SUBJECT)")
def header_block(state: HeadState) -> Claim | None:
    """A memo's "TO: / FROM: / DATE: / SUBJECT:" or a printed e-mail's "From: / Sent: / To: / Subject:".

    SUBJECT is the title, DATE or Sent the date, FROM an author only where it names a person
    ("Name, Role, Institute"), never a sender's address or a newsletter's name.
    """
    fields, count = [], 0
    while state.i + count < len(state.units):
        if (found := _header_field(state.text(count))):
            fields.append((count, *found))
        elif fields and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1 and not P.ends_sentence(state.text(count)):
            fields.append((count, fields[-1][1], state.text(count).strip()))  # a field's next line: "FROM: A" / "       B"
        else:
            break
        count += 1
    kinds = {kind for _, kind, _ in fields}
    if "subject" not in kinds or not kinds & {"from", "to"} or len(fields) < 3:
        return None
    findings = []
    for offset, kind, value in fields:
        if kind == "subject":
            findings.append(state.find("title", value, "header-subject", offset))
        elif kind == "date" and (iso := parse_date(value)):
            findings.append(state.find("date", iso, "header-date", offset))
        elif kind == "from" and not re.search(r"[@<>]", value) and (authors := authors_from(value, state.common)):
            findings.append(state.find("authors", authors, "header-from", offset))
    return Claim("header", count, findings)


_LIST_SUBJECT = re.compile(r"^\[[\w .-]{2,30}\]\s+\S")  # "[Euro-sec] New policy brief: …": a list's tag before the subject
_ARCHIVED_SENDER = re.compile(r"^.{2,60}?\s+[\w.+-]+ at [\w-]+(?:\.[\w-]+)+$")  # "Name name at host.org": an archive's masked address


@HEAD.register("mail-archive", 98, "a mailing-list archive's header (the subject with its list's tag, the sender, the time)")
def mail_archive(state: HeadState) -> Claim | None:
    """A message in a list's web archive (pipermail): its subject with the list's tag, the sender with the address
    masked ("name at host"), the time it was sent ("Tue Feb 17 09:14:02 CET 2026"), which dates the text. The
    subject names the message, not the text it carries: the text's own title comes under it."""
    if state.title or not _LIST_SUBJECT.match(state.text()) or state.i + 2 >= len(state.units):
        return None
    if not _ARCHIVED_SENDER.match(state.text(1).strip()) or not (iso := parse_date(state.text(2).strip())):
        return None
    # the sender's note above a rule ("apologies for cross-posting …" / "Best," / "Eleni" / "-----"): the text is under it
    ruled = next((k for k in range(3, min(10, len(state.units) - state.i)) if state.units[state.i + k].after_rule), None)
    count = ruled if ruled and sum(len(state.text(k).split()) for k in range(3, ruled)) <= 150 else 3
    return Claim("mail-header", count, [state.find("date", iso, "mail-archive-date", 2)])


@HEAD.register("title-repeat", 96, "the title again under a memo's or e-mail's header")
def title_repeat(state: HeadState) -> Claim | None:
    """The SUBJECT's title set again as the heading of the message; or the subject's last part, after a newsletter's
    name and issue ("Eastern Flank Weekly #47 — Why the Gap Still Matters"): then the heading is the title."""
    if state.subject is None:
        return None
    words = _words(state.text())
    if words == _words(state.subject):
        return Claim("title")
    parts = re.split(r"\s+[—–|-]\s+|:\s+", state.subject)
    if len(parts) > 1 and words == _words(parts[-1]) and P.heading_like(state.text(), 32) and len(words.split()) >= 3 \
            and P.label(state.text()) not in P.SECTION_LABELS:  # "… - summary" over "Summary": the text's first heading
        return Claim("title", findings=[state.find("title", state.text().strip(), "subject-title-repeat")])
    return None


# A saved page's browser title: the title, then the site's name after the last bar or dash ("Europe and the Arctic – HPI")
_PAGE_TITLE = re.compile(r"(?P<title>.{6,200})\s+[—–|·-]\s+(?P<site>[^—–|·]{2,100})")


# A finding that replaces an earlier one of another rule: the heading under a message's header is its title as the
# text sets it; the subject had it after the newsletter's name ("Weekly #47 — …"), maybe in another letter case.
_SUPERSEDES = {"subject-title-repeat": "header-subject"}


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


# A draft's own words in its header: "DRAFT v3", "Draft 2", "not for circulation", "not for citation", "for comment only"
_DRAFT_MARK = re.compile(r"(?:draft|entwurf|projet|borrador|bozza|projekt)(?:\s+(?:v(?:ersion)?\.?\s*)?\d{1,2}(?:\.\d{1,2})?)?|"
                         r"not for (?:circulation|citation|quotation|distribution|publication)|do not (?:cite|circulate|quote)|for comments?(?: only)?",
                         re.I)


# "Issue 47", "No. 12 · March 2026", "#47 | 10 February 2026": an issue's number alone, or with its date ("Number 10 and
# the Treasury" is a heading)
_ISSUE_NUMBER = re.compile(r"^(?:issue|no\.?|nr\.?|number|edition|ausgabe|numéro|número|numero|#)\s*\d{1,4}(?:\s*[|·•,/–—-]\s*[^.!?]{3,30})?$", re.I)


@HEAD.register("subject-masthead", 96, "a newsletter's name and issue between a message's header and its title")
def subject_masthead(state: HeadState) -> Claim | None:
    """"EASTERN FLANK WEEKLY" / "Issue 47" under "Subject: Eastern Flank Weekly #47 — Why …": the newsletter the
    subject named before the title (its publisher is named elsewhere, if at all)."""
    if state.subject is None or state.title:
        return None
    text = state.text().strip()
    if (page := _PAGE_TITLE.fullmatch(state.units[0].text.strip())) and _words(text) == _words(page["site"]):
        return Claim("masthead")  # "HPI" under "Europe and the Arctic – HPI": the site's name the browser's title line gave
    named = set(_words(text).split())
    prefix = re.split(r"\s+[—–|-]\s+|:\s+", state.subject)[:-1]  # the subject's parts before its title
    if len(text.split()) <= 8 and ((named and prefix and named <= set(_words(" ".join(prefix)).split()) and text.isupper())
                                   or _ISSUE_NUMBER.match(text)):  # the name as a masthead sets it, in capitals
        return Claim("masthead")
    return None


@HEAD.register("draft-header", 96, "a draft's header: its status, version and date beside who drafted it")
def draft_header(state: HeadState) -> Claim | None:
    """"Harbour Institute – DRAFT v3 – 04-03-2026 – not for circulation" over a draft's title: it dates the draft, and
    names no publisher (a draft is not yet published), and it is no title."""
    segments = [s.strip() for s in _segments(state.text()) if s.strip()]
    if state.title or len(segments) < 2 or not any(_DRAFT_MARK.fullmatch(s) for s in segments):
        return None
    if not all(_DRAFT_MARK.fullmatch(s) or parse_date(s) or P.is_institution(s) for s in segments):
        return None
    iso = date_in_segments(state.text())
    return Claim("doctype", findings=[state.find("date", iso, "draft-date")] if iso else [])


# A review's or a panel's numbered report: "Second Report of the Review Panel", "Interim Report of the Expert Group"
_NUMBERED_REPORT = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|interim|final|\d{1,2}(?:st|nd|rd|th)) report of the "
                              r"(?:[\w-]+ ){0,4}(?:panel|group|commission|committee|review|board|council|task force|working group|mission)", re.I)
# A chapter's label over its title: "Chapter 3", "CHAPTER III", "Kapitel 2:", "Part Two"
_CHAPTER_LABEL = re.compile(r"^(?:chapter|chapitre|kapitel|cap[ií]tulo|capitolo|rozdzia[lł]|hoofdstuk|kapitola|part)\s+"
                            r"(?:\d{1,2}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.]?$", re.I)


def _chapter_at(state: HeadState, offset: int) -> bool:
    """A chapter's label at ``offset``, its title on the line right under it."""
    index = state.i + offset
    return index + 1 < len(state.units) and bool(_CHAPTER_LABEL.match(state.text(offset).strip())) \
        and state.units[index + 1].line - state.units[index].line <= 2 and P.heading_like(state.text(offset + 1), 24)


# Where a chapter appeared, as its volume cites it: "In: Ann Lee and Jan Nowak (eds.), Harbours After the War,
# Thessaloniki: Hellenic Forum for Strategic Dialogue, 2026, pp. 45–62."
_IN_VOLUME = re.compile(r"^In:?\s+[^()]{3,200}\((?:eds?|hrsg|dir|coord)\.?\)\s*,\s*(?P<book>.{3,250}?),\s*(?P<place>[A-ZÀ-Ý][\w .'’-]{1,40}):\s*"
                        r"(?P<publisher>[^,:]{3,120}),\s*(?P<year>(?:19|20)\d\d)(?:,\s*(?:pp?\.|S\.)\s*\d{1,4}\s*[–-]\s*\d{1,4})?\.?$")


@HEAD.register("in-volume", 96, "where a chapter appeared: its volume's editors, title, place, publisher and pages")
def in_volume(state: HeadState) -> Claim | None:
    """"In: Eds (eds.), Book, Place: Publisher, Year, pp. 45–62." above a chapter: the volume's publisher is the
    chapter's; the year is the volume's, not the chapter's date, and the editors are none of its authors."""
    match = _IN_VOLUME.match(state.text().strip()) if "\n" not in state.text() else None
    if not match or not P.is_institution(match["publisher"].strip()):
        return None
    return Claim("in-volume", findings=[state.find("publisher", P.institution_name(match["publisher"].strip()), "in-volume")])


# An issue's line under a newsletter's name: "Issue 47 · 28.01.2026", "No. 12 — March 2026", "Ausgabe 3/2026"
_NEWSLETTER_ISSUE = re.compile(r"^(?:issue|numéro|número|numero|ausgabe|edition|édition)\s*(?:no\.?\s*)?\d{1,3}(?![\d/])"
                         r"\s*(?:[·|•,—–-]\s*)?(?P<date>\S.{3,40})?$", re.I)


@HEAD.register("newsletter-name", 96, "a newsletter's name over its issue's number and date (the issue's essay has its own title)")
def newsletter_name(state: HeadState) -> Claim | None:
    """"THE BALKAN LEDGER" / "Issue 47 · 28.01.2026": the periodical and the issue, read for the date; the title is
    the essay's, further down."""
    if state.title or state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1 or "\n" in state.text():
        return None
    tagline = state.i + 2 < len(state.units) and state.units[state.i + 2].line == state.line() + 2 and not _NEWSLETTER_ISSUE.match(state.text(1).strip()) \
        and re.match(r"(?:the|a|an|your)\s+(?:\w+\s+){0,3}(?:newsletter|letter|briefing|digest|bulletin|round-?up)\b", state.text(1).strip(), re.I)
    issue = _NEWSLETTER_ISSUE.match(state.text(2 if tagline else 1).strip())
    if not issue or not P.heading_like(state.text(), 12) or len(state.text().split()) > 6 or _SERIES.match(state.text().strip()) \
            or P.is_doctype(state.text()) or P.is_institution(state.text()):
        return None  # "BISP Comment" / "NO. 12 MARCH 2026": a series' line, which its own rule reads
    iso = parse_date(issue["date"]) if issue["date"] else None
    if (issue["date"] and not iso) or not (state.text().strip().isupper() or (iso and len(iso) == 10)):
        return None  # a newsletter's name in capitals, or an issue dated to the day: a report's title over its number is no name
    lines = 3 if tagline else 2  # "EUROPE UNBOUND" / "The weekly newsletter on European defence" / "Issue 112 — 2026-02-03"
    return Claim("periodical", lines, [state.find("date", iso, "issue-line", lines - 1)] if iso else [])


@HEAD.register("chapter", 96, "a chapter's label and title, and the report's name over them (a chapter published on its own)")
def chapter(state: HeadState) -> Claim | None:
    """A chapter of a report given on its own: the report's running name ("NATIONAL SECURITY OUTLOOK 2026  PUBLIC
    VERSION") over "Chapter 3" and the chapter's title. The chapter's title is the text's; the report's name is its
    book's, listed."""
    if state.title or "\n" in state.text():
        return None
    if any(_CHAPTER_LABEL.match(u.text.strip()) for u in state.units[state.i + 3 :]):
        return None  # "Part I" … "Part II" …: a whole report in parts, titled above them
    if _chapter_at(state, 0):
        return Claim("chapter-label")  # "Chapter 3": the title under it (wrapped or not) is read as a title is
    if state.i + 1 < len(state.units) and _chapter_at(state, 1) and len(state.text().split()) <= 12 and state.text().rstrip()[-1:] not in ".!?":
        return Claim("book")
    # "INDEPENDENT REVIEW OF …" / "Second Report of the Review Panel", then the report's own title: the review and its report
    if state.i + 2 < len(state.units) and state.text().strip().isupper() and state.units[state.i + 1].line == state.line() + 1 \
            and _NUMBERED_REPORT.fullmatch(state.text(1).strip()) and P.heading_like(state.text(2), 32) and not _head_material(state, 2) \
            and not authors_from(state.text(2), state.common):
        return Claim("book", 2)
    return None


@HEAD.register("series-kicker", 95, "a series' name in capitals over the publisher's and date's lines, the title under them")
def series_kicker(state: HeadState) -> Claim | None:
    """"THE DETERRENCE DEBATE" / "Published by the Aegean Institute" / "February 2026" / "Should Europe Build …?": the
    line in capitals names the series; the title is the heading under the fields."""
    text = state.text().strip()
    if state.title or not text.isupper() or not 1 <= len(text.split()) <= 6 or P.ends_sentence(text):
        return None
    fields, issued = 0, False
    while state.i + 1 + fields < len(state.units) and fields < 3:
        below = state.text(1 + fields).strip()
        numbered = (claim := HEAD["series-line"].test(HeadState(state.units, state.i + 1 + fields, True, common=state.common))) \
            and any(f.field == "date" for f in claim.findings) and re.match(r"(?:no\.?|nr\.?|n[°º]\.?|#|issue|vol\.?)\s*\d", below, re.I)
        issued = issued or bool(numbered)  # "No. 12 | April 21, 2026": the series' issue, its number and date (a title has no number)
        if not (_PROVENANCE.match(below) or (parse_date(below) and len(below.split()) <= 6) or numbered):
            break
        fields += 1
    if not fields or state.i + 1 + fields >= len(state.units):
        return None
    under = state.text(1 + fields).strip()
    if P.label(under) in P.SECTION_LABELS or P.KEY_POINTS_LABEL.fullmatch(under) or not (_title_case(under) or under.endswith("?") or (issued and under.isupper())):
        return None  # "THE NEW HARBOUR GAMBIT" / … / "Executive summary": the line in capitals is the title
    if _head_material(state, 1 + fields) or authors_from(under, state.common):
        return None  # "KEEPING THE HARBOURS OPEN" / date / "By Ana Lindqvist": the title over its date and byline
    return Claim("doctype") if P.heading_like(under, 32) and (issued or not under.isupper()) else None


# A periodical's name for itself: "Ukraine Negotiations Monitor", "Sanctions Tracker", "Baltic Digest"
_PERIODICAL = re.compile(r"^(?:[\w'’.&-]+\s+){1,4}(?:monitor|tracker|digest|bulletin|barometer|newsletter|observer)$", re.I)


@HEAD.register("periodical-name", 95, "a periodical's name under its publisher's masthead, a date and the title under it")
def periodical_name(state: HeadState) -> Claim | None:
    """"DANUBE INSTITUTE" / "Ukraine Negotiations Monitor" / "Published: 16 March 2026" / "Talks Without a Ceasefire": the
    name under the masthead is the periodical's, the title comes under the date (a title may end in "Observer")."""
    if state.title or not state.i or state.units[state.i - 1].role != "masthead" or not _PERIODICAL.match(state.text().strip()):
        return None
    if state.i + 2 >= len(state.units) or not (HEAD["date-line"].test(HeadState(state.units, state.i + 1, common=state.common))
                                                or HEAD["fields-line"].test(HeadState(state.units, state.i + 1, common=state.common))):
        return None  # (or its volume and issue under it: "Volume: 23 Issue: 38")
    return Claim("doctype") if P.heading_like(state.text(2), 32) else None


# An institution's name that opens with what it is, though it ends in a series' word: "Centro Atlántico de Análisis"
_NAMED_AS_INSTITUTION = re.compile(r"(?:the\s+)?(?:centr[oe]|center|institut[oe]?|instytut|fundaci[oó]n|funda[cç][aã]o|fondation|fondazione|stiftung|"
                                   r"observatori[oy]|observatoire|foro|forum|instituttet|institutet)\s+\S", re.I)


@HEAD.register("series-line", 95, "series or document-type line of the head")
def series_line(state: HeadState) -> Claim | None:
    """"Policy Brief No. 14 | March 2026", "Kommentar | Deutsche Gesellschaft …", "Commentary"; under the title only
    a series' code ("Document Number: RR-A2741-3"): a word such as "Analysis" there is the body's first heading."""
    if not state.title and (iso := _comma_series_date(state.text())):
        return Claim("doctype", findings=[state.find("date", iso, "series-line-date")])  # "HIIA Comment 2026/C 14, 05.03.2026, 4 Pages"
    numbered = _NUMBER_DATE.match(re.sub(r"\s*©.*$", "", state.text().strip()))
    if numbered and not state.title and (iso := parse_date(numbered["date"])):
        return Claim("doctype", findings=[state.find("date", iso, "series-line-date")])  # "No. 45 (2531), 12 March 2026 © MIIA"
    if not state.title and _EVENT_NAME.match(state.text().strip()):
        return Claim("doctype")  # "NORDIC-BALTIC SECURITY DIALOGUE 2026": the event a summary reports on, above its title
    if state.title and P.is_doctype(state.text()) and _head_material(state, 1):
        return Claim("doctype")  # "EVENT REPORT" between the title and the lines that say where and when
    segments = [_EDITION.sub("", s) for s in _segments(state.text())]  # "TIMS Commentary No.112 (English Edition)": the series
    if len(segments) > 1 and any(_EDITION_SEGMENT.fullmatch(s.strip()) for s in segments):
        segments = [s for s in segments if not _EDITION_SEGMENT.fullmatch(s.strip())] + ["edition"]  # "— VERSION ANGLAISE": an edition, as "English edition" is
    numbered_series = any(_SERIES.match(s) and re.search(r"\d", s) for s in segments)  # "… -- Policy Brief 7/2026" under the title
    joint_line = bool(_OF_INSTITUTION.match(state.text().strip())) and len(state.text().split()) <= 30  # "A joint publication of X, Y and Z"
    if (len(state.text().split()) > 14 and not joint_line) or (state.title and not any(re.match(_SERIES_CODE, s, re.I) or _ADDRESSED.match(s) for s in segments)
                                          and not _dated_doctype(segments) and not numbered_series):
        return None
    owned = [m["institution"] for s in segments if (m := _OF_INSTITUTION.match(s)) and (P.is_institution(m["institution"]) or all(
        P.is_institution(p) for p in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", m["institution"]) if p))]  # or of several
    if not owned and not any(_SERIES.match(s) or P.is_doctype(s) for s in segments):
        return None
    # a programme or unit of the publisher named under its masthead is not the publisher ("Harbour Papers · Baltic Ports
    # Programme"); alone, a name ending in "Programme" is ("Policy Brief No. 12 · United Nations Development Programme")
    under_masthead = any(u.role == "masthead" for u in state.units[: state.i])
    findings = [state.find("publisher", P.institution_name(s), "masthead") for s in segments
                if P.is_institution(s) and (not _SERIES.match(s) or _NAMED_AS_INSTITUTION.match(s.strip()))
                and not ((under_masthead or _RESEARCH_PROGRAMME.fullmatch(s.strip())) and _DEPARTMENT.search(s.strip()))]
    for name in owned:
        # "A joint paper by the X and the Y": published by both, X first; Y is named as the co-publisher it is
        joint = [p for p in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", name) if p]
        if len(joint) > 1 and all(P.is_institution(p) for p in joint):
            findings.append(state.find("publisher", P.institution_name(joint[0]), "publication-of"))
            findings += [state.find("co-publisher", P.institution_name(p), "publication-of") for p in joint[1:]]
        else:
            findings.append(state.find("publisher", P.institution_name(name), "publication-of"))
    iso = date_in_segments(state.text())
    if iso:
        findings.append(state.find("date", iso, "series-line-date"))
    # "FLASH ANALYSIS | 12/03/2026 | Łukasz Zieliński": the series, the date and the one who wrote it, on one line
    named = [s.strip() for s in segments if P.is_person_name(s.strip()) and not P._common_phrase(s.strip(), state.common)]
    if len(named) == 1 and len(segments) >= 3 and all(s.strip() in named or parse_date(s.strip()) or _SERIES.match(s) or P.is_doctype(s) for s in segments):
        findings.append(state.find("authors", [Author(P.tidy_name(named[0]))], "series-line-author"))
    return Claim("doctype", findings=findings)


_PAGE_COUNT = re.compile(r"\d{1,3}\s*(?:pages?|pp\.?|p\.|seiten|s\.)", re.I)
# a series' number with the year and a letter, as some German and Nordic series number their papers: "2026/C 14", "2026/A 03"
_YEAR_LETTER_NO = re.compile(rf"^(?:[\w'’.&-]+\s+){{0,3}}{_DOCWORDS}\s+(?:19|20)\d\d/(?-i:[A-Z])\s?\d{{1,3}}$", re.I)


def _comma_series_date(text: str) -> str | None:
    """The date of a series line set out in commas: "HIIA Comment 2026/C 14, 05.03.2026, 4 Pages" (the series and its
    number, the date, the number of pages): the first part a series, one part a date, the rest its pages; its code
    may stand on the lines under it."""
    text = re.sub(r"\s+(?:doi\s*:?\s*|https?://doi\.org/)10\.\d{4,}/\S+$", "", text.strip(), flags=re.I)  # its DOI run on under it
    first, *rest = text.split("\n")
    if any(not re.match(_SERIES_CODE, line.strip(), re.I) for line in rest):
        return None  # (its code on the line under it: "doi:10.00000/hiia-comment-2026-14")
    parts = [p.strip() for p in re.split(r",\s+", first) if p.strip()]
    if not 2 <= len(parts) <= 4 or not (_SERIES.match(parts[0]) or _YEAR_LETTER_NO.match(parts[0])) or not re.search(r"\d", parts[0]):
        return None
    dates = [d for p in parts[1:] if (d := parse_date(p))]
    if len(dates) != 1 or not all(parse_date(p) or _PAGE_COUNT.fullmatch(p) for p in parts[1:]):
        return None
    return dates[0]


# The edition a series' line names as a segment of its own: "— VERSION ANGLAISE", "| English version"
_EDITION_SEGMENT = re.compile(r"(?:version|édition|edición|edizione|ausgabe|wersja)\s+(?:anglaise|française|inglesa|inglese|englische|angielska|"
                              r"en anglais|en inglés|in inglese)|(?:english|french|german|international)\s+(?:version|edition|translation)|"
                              r"englische (?:fassung|ausgabe)", re.I)
# The language or edition a series' line adds in brackets: "(English Edition)", "(English version)", "(in English)"
_EDITION = re.compile(r"\s*\((?:in\s+)?(?:english|french|german|spanish|international|online|web|print|digital)?\s*(?:edition|version|translation)?\)$"
                      r"|\s*\(in\s+[A-Z][a-z]+\)$", re.I)


# The kinds of meeting an event's name ends with ("Vienna Security Conference", "Nordic-Baltic Dialogue").
_EVENT_WORDS = (r"conference|forum|summit|symposium|workshop|seminar|colloquium|congress|dialogue|roundtable|round table|meeting|"
                r"konferenz|conférence|conferencia|conferenza|konferencja")
# An event's name with its year: "Harbour Security Days 2026", "9th Vienna Security Conference 2026", "Forum de Paris 2026".
_EVENT_NAME = re.compile(
    rf"^(?:[\w'’&.-]+\s+){{0,6}}(?:{_EVENT_WORDS}|days|week|tagung|rencontres|jornadas|konferens)(?:\s+[\w'’&.-]+){{0,3}}\s+(?:19|20)\d\d$",
    re.I)


# An issue's number (and its running number) before the date, with a comma: "No. 45 (2531), 12 March 2026"
_NUMBER_DATE = re.compile(r"^(?:no\.?|nr\.?|n[°º]\.?|núm\.?|#)\s*\d{1,4}(?:/\d{2,4})?(?:\s*\(\d{1,6}\))?,\s+(?P<date>\S.{4,40})$", re.I)


def _dated_doctype(segments: list[str]) -> bool:
    """"POLICY PAPER | March 2026" under a cover's title: a document type and a date, nothing else."""
    dated = [s for s in segments if parse_date(s)]
    return len(dated) == 1 and len(segments) == 2 and all(_SERIES.match(s) or P.is_doctype(s) for s in segments if s not in dated)


def _staff_of_issuer(fields: list, findings: list, issuer: tuple | None) -> None:
    """"PREPARED BY:  Ann Lee and Jan Nowak (Baltic desk, HM)" under "ISSUED BY:  Harbour Monitor (HM), Tallinn": the
    authors work where the issuer's acronym says."""
    if issuer is None or issuer[0] is None:
        return
    prepared = next((m["value"] for _o, m in fields if m["label"].strip().lower() in {"prepared by", "drafted by", "written by", "compiled by"}), "")
    if re.search(rf"\b{re.escape(issuer[0]['a'])}\)\s*$", prepared):
        for author in (a for f in findings if f.field == "authors" for a in f.value):
            author.affiliation = author.affiliation or issuer[1]


_CREDIT_FIELD = re.compile(r"(?:prepared|drafted|written|compiled|issued|published|approved|released)\s+by", re.I)
_FIELD_LINE = re.compile(r"^(?P<label>[A-Z][\w /()'’-]{1,30}?):(?P<gap>\s+)(?P<value>\S.*)$")


@HEAD.register("field-block", 93, "block of labelled fields (initiative, reference, submitted …)")
def field_block(state: HeadState) -> Claim | None:
    """Three or more lines of "Label:   value", most set apart by wide spaces, as a consultation response or a
    form heads its text. A date field read as a date ("Submitted: 14 July 2025"); a range ("17 June – 15 July") is not one."""
    fields, count, more = [], 0, {}
    while state.i + count < len(state.units):
        match = _FIELD_LINE.match(state.text(count).strip())
        if count and state.units[state.i + count].line > state.units[state.i + count - 1].line + 1 \
                and not (match and (len(match["gap"]) >= 2 or match["label"].isupper()) and any(len(m["gap"]) >= 2 for _o, m in fields)):
            break  # fields set apart by blank lines are set in a column ("DATE:    14 APRIL 2026"): a title with a colon is not
        if match:
            fields.append((count, match))
        elif fields and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1 and not P.ends_sentence(state.text(count)) \
                and len(state.text(count).split()) <= 12 and state.text(count).isupper() and fields[-1][1]["value"].isupper():
            more.setdefault(fields[-1][0], []).append(state.text(count).strip())  # a cable's "SUBJECT: A …" / "B" in capitals: the field goes on
        else:
            break
        count += 1
    if len(fields) < 3 or sum(len(m["gap"]) >= 2 for _, m in fields) < 2 \
            or any(_by_rest(state.text(o)) and not _CREDIT_FIELD.fullmatch(m["label"].strip()) for o, m in fields):
        return None
    findings = [state.find("date", iso, "field-block-date", offset) for offset, m in fields
                if (DATE_LABEL.match(f"{m['label']}:") or m["label"].strip().lower() == "dtg") and (iso := parse_date(f"{m['label']}: {m['value']}"))][:1]
    issuer = None
    if any(m["label"].strip().lower() in {"reviewed by", "review by", "reviewer", "isbn", "price"} for _o, m in fields):
        return None  # a book review's record of the book: its author and publisher are the book's, which the review rules read
    memo = any(m["label"].strip().lower() in {"memorandum for", "to", "an", "à", "subject", "re", "betreff", "objet"} for _o, m in fields)
    for offset, m in fields:  # "PREPARED BY:  Ann Lee and Jan Nowak (Baltic desk, EFOSM)", "ISSUED BY:  Harbour Monitor (HM), Tallinn"
        label, value = m["label"].strip().lower(), re.sub(r"\s*\([^()]*\)\s*$", "", m["value"]).strip()
        if label in {"prepared by", "drafted by", "written by", "compiled by"} and (authors := authors_from(value, state.common)):
            findings.append(state.find("authors", authors, "field-block-authors", offset))
        elif label in {"from", "von", "expéditeur", "de"} and memo and (authors := authors_from(value, state.common)) and len(authors) <= 3 \
                and all(P.is_person_name(a.name) for a in authors):
            findings.append(state.find("authors", authors, "field-block-from", offset))  # a memo's writer: "FROM:  Ann Lee, Director, …"
        elif label in {"issued by", "published by"} and (name := P.without_town(re.sub(r"\s*\([A-Z]{2,8}\)", "", m["value"]).strip())) \
                and (P.is_institution(name) or (_title_case(name) and 2 <= len(name.split()) <= 8)):
            findings.append(state.find("publisher", P.institution_name(name), "field-block-publisher", offset))
            issuer = (re.search(r"\((?P<a>[A-Z]{2,8})\)", m["value"]), P.institution_name(name))
    _staff_of_issuer(fields, findings, issuer)
    # a cable's or a memo's subject among its fields ("SUBJECT: EASTERN FLANK: …", wrapped): its title
    subject = next(((offset, m) for offset, m in fields if m["label"].strip().lower() in {"subject", "subj", "objet", "betreff", "asunto", "oggetto"}), None)
    if subject and not state.title:
        value = " ".join([subject[1]["value"], *more.get(subject[0], [])])
        findings.append(state.find("title", re.sub(r"\s+", " ", value).strip(), "field-block-subject", subject[0]))
    return Claim("doctype", count, findings)


_RECORD_LINE = re.compile(r"^(?P<label>[^\W\d_][\w ()]{1,28}?)(?:\s*:\s+|\s{3,}|\t\s*)(?P<value>\S.*)$")  # "Label: value", "Label<tab>value"
_RECORD_LABELS = {
    "authors": "authors", "author": "authors", "author(s)": "authors", "creator": "authors", "creators": "authors",
    "date": "date", "published": "date", "publication date": "date", "date of publication": "date", "issued": "date",
    "date of issue": "date", "issue date": "date", "for the meeting of": "", "original": "", "language of the original": "",
    "publisher": "publisher", "published by": "publisher", "title": "title", "subtitle": "subtitle", "stable url": "", "source": "",
    "series": "", "language": "", "licence": "", "license": "", "rights": "", "doi": "", "isbn": "", "issn": "", "keywords": "",
    "subjects": "", "subject": "", "pages": "", "type": "", "document type": "", "format": "", "url": "", "handle": "", "uri": "",
    "collection": "", "record": "", "identifier": "", "citation": "", "status": "", "word count": "", "version": "", "reference": "",
    "prepared by": "authors", "requested by": "", "classification": "", "distribution": "", "ref": "", "our ref": "", "file": "",
    # a wiki page's properties: "Reviewer   Bo Chan", "Labels   ports  allies", "Programme   Europe"
    "reviewer": "", "reviewers": "", "owner": "", "labels": "", "programme": "", "program": "", "space": "", "team": "",
    # a content system's record: "Record ID   20931", "Workflow state   published", "Modified   11-03-2026"
    "record id": "", "workflow state": "", "content type": "", "modified": "", "last modified": "", "updated": "", "created": "",
    "affiliations": "affiliations", "affiliation": "affiliations",
    # a funded project's deliverable: "Work package   WP3", "Dissemination level   PU", "Actual submission date   2026-02-27"
    "work package": "", "lead beneficiary": "", "internal reviewers": "", "dissemination level": "", "contractual due date": "",
    "due date": "", "actual submission date": "date", "submission date": "date", "deliverable": "", "grant agreement": "",
    # an intranet page's record: "Page owner: …", "Last reviewed: …", "Next review due: …"
    "page owner": "", "last reviewed": "", "next review due": "", "review date": "", "content owner": "",
    # a content system's own keys: "id: 48213", "slug: …", "published_at: 2026-01-21T09:30:00+01:00"
    "id": "", "slug": "", "tags": "", "kind": "", "published_at": "date", "publish_date": "date", "date_published": "date",
    # a German parliament's research service: its file number, the date its work was finished, its department
    "aktenzeichen": "", "geschäftszeichen": "", "abschluss der arbeit": "date", "fachbereich": "", "verfasser": "authors", "verfasserin": "authors",
    # a publication page's overview: "Publication type: Research Brief", "Topics: Intelligence; Ukraine", "Region: Europe"
    "publication type": "", "topics": "", "topic": "", "themes": "", "theme": "", "region": "", "regions": "", "countries": "",
    # an international organisation's document page: "Document code: IFACD/AN/2026/07", "Permalink: https://…"
    "document code": "", "document symbol": "", "symbol": "", "document number": "", "document no": "", "permalink": "", "permanent link": "",
    # a reference manager's item (Zotero, Mendeley): "Item Type: Report", "Institution: …", "Accessed: …", "Date Added: …"
    "item type": "", "report number": "", "report type": "", "place": "", "institution": "publisher", "series title": "", "short title": "",
    "accessed": "", "library catalog": "", "extra": "", "date added": "", "abstract": "", "archive": "", "loc. in archive": "",
    "call number": "", "series number": "", "number": "", "edition": "", "volume": "", "access date": "",
}
_RECORD_KIND = re.compile(r"^(?:report|book|chapter|article|journal|paper|item|document|work)\s+")


def _record_label(label: str) -> str:
    """A record's label as ``_RECORD_LABELS`` keys it: "Report Title" and "Chapter Author(s)" are its title and authors."""
    label = label.strip().lower()
    bare = _RECORD_KIND.sub("", label)
    return bare if bare != label and bare in _RECORD_LABELS else label


# A content system's key, lower case with an underscore ("author_ids", "featured_image", "updated_at"): a field that
# describes the file, known to be no part of the text when three or more fields of a record stand with it.
_MACHINE_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# The key under which the export puts the text itself: "body:" with nothing after it.
_BODY_KEY = re.compile(r"^(?:body|content|text|body_html|content_text)\s*:?$", re.I)


# The label over a page's or a document's table of properties: "Page properties", "Document information", "Metadata"
# ("Info" over a reference manager's item pane: Zotero's, with "Item Type", "Date Added", "Library Catalog")
_PROPERTIES_LABEL = re.compile(r"(?:page|document|file|article|publication|item)\s+(?:properties|information|details|info|data)|properties|metadata|overview|info|"
                               r"bibliographic (?:data|details|information|record)|(?:publication|bibliographic) record|about this publication", re.I)


@HEAD.register("record-fields", 94, "a record's fields (title, authors, date, series, language …) in a list or a cover table")
def record_fields(state: HeadState) -> Claim | None:  # (also under the text: ``parse._record_at_foot``)
    """A repository's record or a document's cover table above the text, one field a line: "Label: value", or
    "Label<tab>value" as a word processor exports a table ("Authors: Kowalski, Jan; Novak, Ana", "Date   23-02-2026",
    "Series: …"); a row with no label under an author's row names another author. Three or more lines, most of
    them labels a record has. The title, authors, date and publisher are read; the other fields describe the file."""
    fields, count = [], 0
    labelled = bool(_PROPERTIES_LABEL.fullmatch(state.text().strip()))
    count = int(labelled)  # "Page properties" over a wiki page's table of them
    while state.i + count < len(state.units):
        raw = state.text(count).strip()
        text = re.sub(r"^\*\*([^*]{1,30})\*\*(?=\s)", r"\1", raw)  # "**Date**   4 March 2026": a table's label in bold
        gap = state.units[state.i + count].line - state.units[state.i + count - 1].line if count > labelled else 1
        gap = 1 if gap == 2 and text != raw else gap  # a converter's table sets its rows a blank line apart
        # an export's fields go on past a field taken out as furniture above ("tags: …"); a table's rows are adjacent
        export_field = _MACHINE_KEY.fullmatch(text.split(":")[0]) or _BODY_KEY.match(text)
        if gap != 1 and not (gap <= 3 and fields and export_field and _MACHINE_KEY.fullmatch(fields[-1][1])):
            break
        match = _RECORD_LINE.match(text)
        if fields and _BODY_KEY.match(text):
            count += 1  # "body:" ends the record; the text follows
            break
        if match and (_record_label(match["label"]) in _RECORD_LABELS or _MACHINE_KEY.fullmatch(match["label"].strip())):
            fields.append((count, _record_label(match["label"]), match["value"].strip()))
        elif fields and _RECORD_LABELS.get(fields[-1][1]) == "authors" and not match:
            fields.append((count, fields[-1][1], text))  # the table's next row, its label cell empty: another author
        elif match and ":" in text[: match.start("value")]:
            fields.append((count, match["label"].strip().lower(), match["value"].strip()))  # a label no record table lists
        else:
            break
        count += 1
    known = [f for f in fields if f[1] in _RECORD_LABELS or _MACHINE_KEY.fullmatch(f[1])]
    if len(fields) < 3 or len(known) < max(3, len(fields) - 1) or len(known) - sum(bool(_MACHINE_KEY.fullmatch(f[1])) for f in known) < 3:
        return None
    findings = []
    for offset, label, value in known:
        kind = _RECORD_LABELS.get(label, "")
        if kind == "authors" and (authors := authors_from(value, state.common)):
            findings.append(state.find("authors", authors, "record-fields", offset))
        elif kind == "date" and (iso := parse_date(value)):
            findings.append(state.find("date", iso, "date-published", offset))
        elif kind == "publisher" and P.is_institution(value := re.sub(r"\s*\((?:19|20)\d\d\)$", "", value)):  # "Harbour Institute (2026)"
            findings.append(state.find("publisher", P.institution_name(value), "record-fields", offset))
        elif kind in ("title", "subtitle"):
            findings.append(state.find(kind, value, "record-fields", offset))
    places = {name.strip(): place.strip() for offset, label, value in known if _RECORD_LABELS.get(label) == "affiliations"
              for part in value.split(";") for name, place in _BRACKETED.findall(part)}  # "Ann Lee (Harbour Institute); Paul Brenner (…)"
    for finding in findings:
        if finding.field == "authors":
            finding.value = [replace(a, affiliation=places.get(a.name, a.affiliation)) for a in finding.value]
    return Claim("title" if any(f.field == "title" for f in findings) else "doctype", count, findings)


# A reference manager's item pane under its fields: "Tags:", "Notes:", "Attachments:" over their lines, and the saved
# copy's own label ("— Snapshot —", "— Full Text PDF —") over the page it saved
_ITEM_SECTION = re.compile(r"(?:tags|notes|attachments|related|collections|keywords)\s*:?", re.I)
_ATTACHMENT_LABEL = re.compile(r"[—–-]{1,3}\s*(?:snapshot|full text pdf|full text|attachment|pdf|web page)\s*[—–-]{1,3}", re.I)


@HEAD.register("item-sections", 91, "a reference manager's item: its tags, notes and attachments under its fields, and the label of the copy it saved")
def item_sections(state: HeadState) -> Claim | None:
    """"Tags:" / "air defence; neutrality", "Notes:" / the reader's note, "Attachments:" / "Snapshot", then "— Snapshot —"
    over the saved page: under an item's fields ("Item Type: Report", "Date Added: …"), the item's, not the text."""
    if not any(re.match(r"(?:item type|date added|library catalog)\s*:", u.text.strip(), re.I) for u in state.units[max(0, state.i - 40) : state.i]):
        return None
    if _ATTACHMENT_LABEL.fullmatch(state.text().strip()):
        # the saved page's own head under it (its site's name, its path, the title again): through the title's repeat;
        # the names and the date under that are read as a byline and a date
        titles = {_words(m["value"]) for u in state.units[: state.i] if (m := _RECORD_LINE.match(u.text.strip())) and m["label"].strip().lower() == "title"}
        again = next((k for k in range(1, 8) if state.i + k < len(state.units) and _words(state.text(k)) in titles), 0)
        return Claim("doctype", again + 1)
    if not _ITEM_SECTION.fullmatch(state.text().strip()):
        return None
    count = 1
    while state.i + count < len(state.units) and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1 \
            and len(state.text(count).split()) <= 30:
        count += 1
    return Claim("doctype", count)


# A news database's record of an article: its length ("614 words"), then its date, its source, the source's code and the
# language; its copyright line names the publisher
_WORD_COUNT_LINE = re.compile(r"^(?:\d{1,3}(?:,\d{3})*|\d+)\s+words$|^word count\s*:\s*\d[\d,]*$", re.I)


@HEAD.register("record-length", 92, "a database record's fields: the article's length, and its source, code and language under its date")
def record_length(state: HeadState) -> Claim | None:
    text = state.text().strip()
    if _WORD_COUNT_LINE.match(text):
        return Claim("doctype")
    if state.i >= 2 and state.units[state.i - 1].role == "date" and _WORD_COUNT_LINE.match(state.units[state.i - 2].text.strip()):
        # the source's name, its issue, its code in capitals and the language, one a line, as far as the code or the
        # language: a title or a byline under the date is no field of the record
        lines = [state.text(k).strip() for k in range(min(5, len(state.units) - state.i))]
        last = max((k for k, t in enumerate(lines) if _RECORD_CODE.fullmatch(t) or t.lower() in _LANGUAGE_NAMES), default=-1)
        if last < 0 or any(byline_start(t) or "\n" in t or len(t.split()) > 6 for t in lines[: last + 1]):
            return None
        return Claim("doctype", last + 1)
    return None


# A database's code for its source ("VISTRV", "HSREV"), and the languages a record names
_RECORD_CODE = re.compile(r"[A-Z][A-Z0-9]{2,9}")
_LANGUAGE_NAMES = {"english", "german", "french", "spanish", "italian", "polish", "dutch", "portuguese", "swedish", "danish", "finnish",
                   "norwegian", "czech", "romanian", "hungarian", "greek", "russian", "ukrainian", "lithuanian", "latvian", "estonian"}


# Whom a commissioned note or a memo is addressed to: "Directorate of Defence Policy, attn. Name", "For the attention of …"
# (at the line's start or after a comma: "Divided Attention: Europe's Ports" is a title)
_ADDRESSEE = re.compile(r"(?:^|[,;]\s*)(?:attn\.?|attention:|for the attention of|z\.\s?hd\.?|zu händen|à l['’]attention de|t\.a\.v\.?|a la atención de|all['’]attenzione di)(?:\s|$)", re.I)


@HEAD.register("addressee", 92, "whom a note or a memo is addressed to ('attn.', 'For the attention of')")
def addressee(state: HeadState) -> Claim | None:
    text = state.text().strip()
    return Claim("doctype") if not state.title and len(text.split()) <= 20 and "\n" not in text and _ADDRESSEE.search(text) else None


@HEAD.register("record-field", 92, "a field of a document's own (meeting, language, reference) among its head's fields")
def record_field(state: HeadState) -> Claim | None:
    """"For the meeting of: 17/02/2026", "Original: English" under "Date of issue: 10/02/2026": a field that
    describes the document, on the line right under another head field (a note's or a memo's fields block)."""
    match = _RECORD_LINE.match(state.text().strip())
    if state.title or not state.i or not match or _RECORD_LABELS.get(match["label"].strip().lower()) != "":
        return None
    above = state.units[state.i - 1]
    # close under it: blank lines or a field that went as furniture ("Distribution: General") between them
    return Claim("doctype") if state.line() - above.line <= 4 and above.role in {"doctype", "date"} else None


# A page's meta tags copied with its text: "og:title: …", "article:published_time: 2026-03-04T09:00:00Z", "citation_author: …".
_META_TAG = re.compile(r"^(?P<key>(?:og|article|twitter|dc|dcterms|citation|book|profile)[:._][\w:._-]+)\s*[:=]\s*(?P<value>\S.*)$", re.I)
_META_FIELDS = {
    "og:title": "title", "twitter:title": "title", "citation_title": "title", "dc.title": "title", "dcterms.title": "title",
    "article:published_time": "date", "citation_publication_date": "date", "citation_date": "date", "dc.date": "date",
    "dcterms.issued": "date", "article:author": "authors", "citation_author": "authors", "dc.creator": "authors",
    "og:site_name": "publisher", "citation_publisher": "publisher", "dc.publisher": "publisher",
    # a news feed's item and channel
    "title": "title", "pubdate": "date", "author": "authors", "dc:creator": "authors", "channel.copyright": "rights",
}


@HEAD.register("meta-tags", 99, "a page's meta tags copied with its text (og:, article:, citation_, DC)")
def meta_tags(state: HeadState) -> Claim | None:
    """The block of meta tags a CMS export or a saved page leaves above the text, with an HTML comment or a
    JSON-LD object among them: explicit metadata, read field by field; the tags no field needs are left out."""
    count, tags = 0, []
    feed = _FEED_ONLY.match(state.text().strip()) is not None  # a news feed's fields: "channel.title:", "pubDate:", "guid:"
    while state.i + count < len(state.units):
        text = state.text(count).strip()
        if (match := _META_TAG.match(text) or (_FEED_TAG.match(text) if feed or _FEED_ONLY.match(text) else None)):
            feed = feed or _FEED_ONLY.match(text) is not None
            tags.append((count, match["key"].lower(), match["value"].strip()))
            count += 1
            if match["key"].lower() == "description" and not match["value"].strip():
                break  # "description:" and the item's text under it
            continue
        elif not (re.fullmatch(r"<!--.*-->", text) or (text.startswith("{") and '"@context"' in text)):
            break
        count += 1
    if len(tags) < 2:
        return None
    site = next((v for _, k, v in tags if _META_FIELDS.get(k) == "publisher"), None)
    findings = []
    for offset, key, value in tags:
        kind = _META_FIELDS.get(key)
        if kind == "title":
            if site:  # "After the Umbrella | NCDS": the site's name after the title
                value = re.sub(rf"\s+[|–—-]\s+(?:{re.escape(site)}|[A-Z]{{2,8}})$", "", value)
            findings.append(state.find("title", value, "meta-title", offset))
        elif kind == "date" and (iso := parse_date(value)):
            findings.append(state.find("date", iso, "date-published", offset))
        elif kind == "authors" and (authors := authors_from(value)):
            findings.append(state.find("authors", authors, "meta-author", offset))
        elif kind == "publisher" and P.is_institution(value):
            findings.append(state.find("publisher", P.institution_name(value), "meta-site-name", offset))
        elif kind == "rights" and (name := P.publisher_from(value)):
            findings.append(state.find("publisher", P.institution_name(name), "feed-copyright", offset))
    return Claim("meta", count, findings)


# A news feed's fields (an RSS or Atom dump): the channel's and the item's. Only with one of the feed's own keys
# ("channel.…", "pubDate", "guid") are the plain ones ("Title:", "Link:", "description:") read as its fields.
_FEED_ONLY = re.compile(r"^(?P<key>(?:channel|item|feed)[.:][\w:.-]+|pubdate|guid)(?:\s*\([^)]*\))?\s*:\s*(?P<value>.*)$", re.I)
_FEED_TAG = re.compile(r"^(?P<key>(?:channel|item|feed)[.:][\w:.-]+|pubdate|guid|title|link|category|description|author|dc:creator|updated)"
                       r"(?:\s*\([^)]*\))?\s*:\s*(?P<value>.*)$", re.I)


@HEAD.register("facet-row", 95, "a row of the page's facets (type, date, programme, reading time), each under its label")
def facet_row(state: HeadState) -> Claim | None:
    """"Publication type: Policy Brief  |  Date: 2026-03-12  |  Programme: Europe in the World": the page's facets in
    one row set apart by bars or points, each "Label: value"; a date under a date label dates the text, names under a
    byline's label are its authors. Every segment must be a field, and one at least a date or a byline."""
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+|\s{3,}", state.text().strip()) if s.strip()]
    if len(segments) < 2 or not all(re.match(r"^[^\W\d_][\w' -]{0,30}:\s+\S", s) for s in segments):
        return None
    findings = []
    for segment in segments:
        label = segment.split(":", 1)[0]
        if DATE_LABEL.match(label + ":") and not UPDATED_LABEL.match(label + ":") and (iso := parse_date(segment)):
            findings.append(state.find("date", iso, "facet-date"))
        elif _BY.match(segment) and (authors := authors_from(_BY.match(segment)["rest"], state.common)):
            findings.append(state.find("authors", authors, "facet-byline"))
    return Claim("doctype", findings=findings) if findings else None


@HEAD.register("fields-line", 94, "line of labelled fields (publication, volume, issue)")
def fields_line(state: HeadState) -> Claim | None:
    """"Publication: Baltic Security Monitor Volume: 23 Issue: 45", above or under the title."""
    text = state.text().strip()
    if not _FIELDS_LINE.match(text) or parse_date(text) or _by_rest(text):
        return None
    values = [v.strip() for v in re.split(r"(?:^|\s)[A-Z][\w.-]*(?:\s[A-Za-z][\w.-]*)?:\s+", text) if v.strip()]
    if not any(re.fullmatch(r"\d[\w/.-]*", v) for v in values):
        return None  # a title with two colons ("Leverage: Guarantees for Ukraine: a brief …"); fields give a number
    return Claim("doctype")


_PROVENANCE = re.compile(
    r"^(?:[\w’'-]+\s+){0,4}(?:submitted|published|issued|produced|presented|publié|publiée|soumis|herausgegeben|vorgelegt|"
    r"publicado|presentado|pubblicato|presentato|opublikowany|uitgegeven|ingediend)\s+(?:by|par|von|por|da|przez|door)\s+(?P<rest>.+)$",
    re.I,
)


# What kind of meeting a report is of, then where and when: "Closed expert workshop, Tallinn, Tuesday 10 February 2026".
_MEETING_LINE = re.compile(
    r"^(?:(?:closed|open|public|private|online|virtual|hybrid|invitation-only|high-level|expert|internal|informal)[\s-]+){0,3}"
    r"(?:workshop|round ?table|seminar|conference|webinar|briefing|meeting|panel(?: discussion)?|discussion|symposium|dialogue|retreat|"
    r"consultation|hearing|session)\b(?P<rest>.*)$", re.I)
# Who held it: "Organised by the Harbour Institute", "Hosted by …", "Convened by …", "In partnership with …".
_ORGANISER = re.compile(r"^(?:organi[sz]ed|hosted|convened|co-organi[sz]ed|co-hosted|held)\s+(?:jointly\s+)?by\s+\S|^in (?:partnership|cooperation|co-operation) with\s+\S", re.I)


# A conference's name at the end of a line: "European Studies Association — 14th Annual Conference", "Harbour Forum".
_CONFERENCE_END = re.compile(rf"(?P<ordinal>\b\d{{1,2}}(?:st|nd|rd|th)\s+)?(?P<annual>annual\s+)?(?:{_EVENT_WORDS})$", re.I)


@HEAD.register("conference-header", 96, "the conference a paper was written for, above its title: its name, place and days")
def conference_header(state: HeadState) -> Claim | None:
    """"European Studies Association — 14th Annual Conference" / "Kraków, 18–20 June 2026" above a conference
    paper's title. The name alone is a conference's only when it counts its editions or the line under it gives a
    span of days (a title may end in "… at the Munich Security Conference"), and never right over a byline or a date
    (then it is the title of a report on the meeting)."""
    text = state.text().strip()
    named = _CONFERENCE_END.search(text)
    if state.title or not named or len(text.split()) > 14 or P.ends_sentence(text):
        return None
    count = 1
    spans = 0
    while count < 4 and state.i + count < len(state.units):
        below = state.text(count).strip()
        if len(below.split()) <= 8 and DATE_RANGE.search(below):
            spans += 1
        elif not (_PANEL_LINE.match(below) and len(below.split()) <= 14):
            break
        count += 1
    if _head_material(state, count):
        return None  # "Four Lessons from the Ports Forum" / "Gdańsk, 29–30 September" / "By …": a report's title over its byline
    return Claim("event", count) if named["ordinal"] or named["annual"] or spans else None


_PANEL_LINE = re.compile(r"^(?:panel|session|track|workshop|roundtable|stream|working group)\s+[\w.]{1,4}\s*:\s+\S", re.I)  # "Panel 4B: …"


@HEAD.register("event-lines", 94, "the meeting a report is of: its kind, place and date, who held it")
def event_lines(state: HeadState) -> Claim | None:
    """Under an event report's title, the lines that say what kind of meeting it was, where and when, and who held
    it; and its publication date when one follows. The meeting's date dates the report only when no other is stated."""
    if not state.title:
        return None
    count, findings, event_dates = 0, [], []
    while state.i + count < len(state.units) and count < 4:
        text = state.text(count).strip()
        event = _MEETING_LINE.match(text)
        if event and len(text.split()) <= 14 and not P.ends_sentence(text.rstrip(".") + "x"):
            if (iso := date_after_comma(event["rest"].strip(" ,"))):
                event_dates.append(state.find("date", iso, "event-date", count))
        elif _ORGANISER.match(text) and len(text.split()) <= 12:
            pass
        elif count and (iso := parse_date(text)) and DATE_LABEL.match(text):
            findings.append(state.find("date", iso, "date-line", count))
        else:
            break
        count += 1
    if not count or not (_MEETING_LINE.match(state.text().strip()) or _ORGANISER.match(state.text().strip())):
        return None
    return Claim("event", count, findings or event_dates)


@HEAD.register("prepared-for", 96, "what a paper was written for, above its title ('Paper prepared for the 9th Annual Conference …'), and its draft's date")
def prepared_for(state: HeadState) -> Claim | None:
    """"Paper prepared for the 9th Annual Conference of the Baltic Association …, Vilnius, 14–15 May 2026, Panel 4B: …"
    above a conference paper's title, maybe with its draft's line under it ("DRAFT: 28 April 2026 – please do not cite
    …"): the occasion, no title; the draft's date is the paper's (the conference's days are not)."""
    text = state.text().strip()
    if state.title or not _PREPARED_FOR.match(text) or len(text.split()) > 80:
        return None
    count = 2 if state.i + 1 < len(state.units) and re.match(r"(?:draft|version)\b", state.text(1).strip(), re.I) \
        and state.line(1) <= state.line() + 4 else 1  # the draft's line under it
    findings = []
    if (draft := _DRAFT_DATE.search(" ".join(state.text(k) for k in range(count)))) and (iso := parse_date(draft["date"])) and len(iso) == 10:
        findings.append(state.find("date", iso, "draft-date", count - 1))
    return Claim("event", count, findings)


_PREPARED_FOR = re.compile(r"^(?:(?:a |this )?(?:paper|contribution|draft|presentation)\s+)?(?:prepared|presented|written|submitted)\s+(?:for|at|to)\s+(?:the\s+)?"
                           r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:annual\s+)?(?-i:[A-Z])", re.I)
_DRAFT_DATE = re.compile(r"(?:^|\s)(?i:draft|version)\s*(?:of\s+)?[:,–—-]?\s*(?P<date>\d{1,2}\.?\s+\w+\s+(?:19|20)\d\d|\w+\s+\d{1,2},\s+(?:19|20)\d\d|"
                         r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)")


@HEAD.register("provenance", 91, "line naming who submitted or published the paper")
def provenance(state: HeadState) -> Claim | None:
    """"Written evidence submitted by the Example Centre for Security (ABC0012)" above the title."""
    match = _PROVENANCE.match(state.text().strip())
    if state.title or not match:
        return None
    rest = re.sub(r"\s*\([^)]*\)\s*$", "", match["rest"].strip().rstrip("."))
    name = P.institution_phrase(rest)
    if not name or name != re.sub(r"^the\s+", "", rest, flags=re.I) or not P.is_institution(name):
        return None
    return Claim("masthead", findings=[state.find("publisher", P.institution_name(name), "provenance")])


_PUBLISHED_IN = re.compile(r"^(?:published in|posted in|publié dans|veröffentlicht in|publicado en|publicado em|pubblicato (?:in|su)|"
                           r"opublikowano w|gepubliceerd in)\s+(?P<name>\S.*)$", re.I)


_JOURNAL = re.compile(r"\b(?:journal|quarterly|yearbook|jahrbuch|revue|revista|rivista|zeitschrift|annals|annales|proceedings)\b|\breview$", re.I)


@HEAD.register("journal", 90, "the journal's name above an article")
def journal(state: HeadState) -> Claim | None:
    """"European Journal of Strategic Affairs", "Nordic Security Review" above an article's title: the journal
    (a series, not the publisher, which its copyright line names). Only with a heading under it to be the title."""
    text = state.text().strip()
    if state.title or not _JOURNAL.search(text) or len(text.split()) > 8 or P.ends_sentence(text) or not P.heading_like(text, 32):
        return None
    if not all(w[:1].isupper() for w in text.split() if len(w) > 3):
        return None  # "A review of the rules": a title in sentence case
    below = [u.text for u in state.units[state.i + 1 : state.i + 6]]
    return Claim("masthead") if any(P.heading_like(b, 32) and not _JOURNAL.search(b) for b in below) else None


@HEAD.register("published-in", 91, "the publication a post was published in")
def published_in(state: HeadState) -> Claim | None:
    """"Published in The Northern Flank Review" beside a byline: the publication on a blogging platform, which is
    the publisher. Only a name (capitalised words, no sentence): "Posted in Defence, NATO" lists categories."""
    match = _PUBLISHED_IN.match(state.text().strip())
    count = 1
    if not match and _PUBLISHED_IN.match(f"{state.text().strip()} x") and state.i + 1 < len(state.units) \
            and directly_under(state.units[state.i], state.units[state.i + 1]):
        match, count = _PUBLISHED_IN.match(f"{state.text().strip()} {state.text(1).strip()}"), 2  # "Published in" / "Harbour Notes"
    if not match or len(match["name"].split()) > 8 or P.ends_sentence(match["name"]) or "," in match["name"]:
        return None
    words = [w for w in match["name"].split() if len(w) > 3]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return Claim("masthead", count, findings=[state.find("publisher", match["name"].strip(), "published-in")])


def _cognates(first: str, second: str) -> int:
    """How many words of ``second`` share their first five letters with a word of ``first`` ("Laurentian" and
    "Laurentien", "Institute" and "Institut"): a name and its translation share their proper nouns and
    cognates; two different organisations seldom do."""
    stems = {w[:5].casefold() for w in re.findall(r"[^\W\d_]{5,}", first)}
    return sum(w[:5].casefold() in stems for w in re.findall(r"[^\W\d_]{5,}", second))


@HEAD.register("bilingual-masthead", 92, "masthead in two languages (publisher's name and its translation)")
def bilingual_masthead(state: HeadState) -> Claim | None:
    """"NORDIC INSTITUTE OF MARITIME LAW" over "INSTITUT NORDIQUE DU DROIT MARITIME": one organisation named in
    two languages on two lines with no blank between. Both are found; the first is the publisher unless every
    other source (a © line, "Published by …") names the second."""
    if state.title or state.i + 2 >= len(state.units):
        return None
    first, second = state.units[state.i], state.units[state.i + 1]
    if second.line != first.line + 1 or not (P.is_institution(first.text) and P.is_institution(second.text)):
        return None
    languages = (_name_language(first.text), _name_language(second.text))
    translated = None not in languages and languages[0] != languages[1]
    sizes = sorted((len(first.text.split()), len(second.text.split())))
    translated = translated and sizes[0] * 2 >= sizes[1]  # a name and its translation are of a size; "Centre Asie" is a department
    if (first.text.isupper() != second.text.isupper() and not translated) or (_cognates(first.text, second.text) < 2 and not translated):
        return None  # (a name in capitals over its translation in small letters: "INSTYTUT …" / "Regional Security Affairs Institute")
    # the English name first is the publisher's name for an English text; the other is the same publisher's
    other = "masthead-bilingual-alias" if languages == ("en", "other") else "masthead-bilingual-other"
    return Claim("masthead", 2, [state.find("publisher", P.institution_name(first.text), "masthead-bilingual"),
                                 state.find("publisher", P.institution_name(second.text), other, 1)])


# An institution's head word in English; words such as "Forum", "Network" or "Group" are many languages' own
_ENGLISH_HEAD = {"institute", "centre", "center", "foundation", "council", "programme", "laboratory", "observatory", "academy",
                 "college", "university", "school", "society", "association", "endowment", "studies", "ministry", "agency",
                 "office", "commission", "corporation", "committee", "parliament", "assembly", "initiative", "service"}
_ANY_LANGUAGE_HEAD = {"forum", "fórum", "network", "lab", "program", "trust", "fund", "group", "dialogue"}


def _name_language(name: str) -> str | None:
    """"en" for a name whose institution words are English ("Adriatic Maritime Institute"), "other" for one whose
    words are another language's ("Jadranski pomorski institut"), None when they are shared or mixed."""
    words = {m.group(0).casefold() for m in P.INSTITUTION_WORD.finditer(name)} - _ANY_LANGUAGE_HEAD
    english = words & _ENGLISH_HEAD
    if not words:  # a head word many languages share ("Forum"): the words that join the name tell ("für", "for")
        joiners = {w.casefold() for w in name.split()}
        foreign, own = joiners & _FOREIGN_JOINERS, joiners & {"for", "of", "and", "the", "on"}
        return "other" if foreign and not own else "en" if own and not foreign else None
    if english and english != words:
        return None
    return "en" if english else "other"


_FOREIGN_JOINERS = {"für", "pour", "per", "para", "voor", "dla", "för", "pentru", "und", "et", "y", "e", "i", "des", "du", "der", "del", "della", "dos", "das"}


# A site's or a series' line on itself under its name: "The blog of the European Security Research Network"
_TAGLINE_OF = re.compile(r"^(?:the|a|an)\s+(?:\w+\s+){0,2}(?:blog|newsletter|podcast|bulletin|website|site|magazine|review|journal|series|"
                         r"publication|platform)\s+(?:of|from|by)\s+(?:the\s+)?(?P<name>[A-ZÀ-Ý][^,.;:]{3,80})$", re.I)


# The state a government's paper is issued in, over its ministry: "RÉPUBLIQUE FRANÇAISE", "HM Government", "Republic of Estonia"
_STATE_LINE = re.compile(r"^(?:république française|bundesrepublik deutschland|repubblica italiana|reino de españa|rzeczpospolita polska|"
                         r"koninkrijk der nederlanden|royaume de belgique|hm government|her majesty['’]s government|his majesty['’]s government|"
                         r"(?:republic|kingdom|government|grand duchy|principality) of (?:the )?[A-Z][\w -]{2,30}|república portuguesa|"
                         r"république de [A-Z][\w -]{2,20}|republika [A-Z][\w]{2,20})$", re.I)


# "Interview with Name, post", "Entretien avec …", "Entrevista con …": whom the text interviews
_INTERVIEW_WITH = re.compile(r"^(?:an?\s+)?(?:interview|conversation)\s+with\s+|^entretien\s+avec\s+|^entrevista\s+(?:con|a)\s+|^intervista\s+(?:a|con)\s+"
                             r"|^interview\s+mit\s+", re.I)


@HEAD.register("interview-with", 76, "under the title, the person an interview is with (its author when no interviewer is named)")
def interview_with(state: HeadState) -> Claim | None:
    """"Interview with Ana Ribeiro, Senior Fellow, Lisbon Maritime Forum" under the title: the one interviewed. The
    head's own byline, if it names the interviewer, wins (``read_head``)."""
    match = _INTERVIEW_WITH.match(state.text().strip())
    if not state.title or not match or not (authors := authors_from(state.text().strip()[match.end():], state.common)) or len(authors) != 1:
        return None
    return Claim("byline", findings=[state.find("interviewee", authors, "interview-with")])


@HEAD.register("state-line", 92, "the state a government's paper is issued in, over its ministry")
def state_line(state: HeadState) -> Claim | None:
    """"RÉPUBLIQUE FRANÇAISE" over "Direction générale des relations internationales …": the state's name, no publisher
    and no title (the ministry under it publishes)."""
    if state.title or not _STATE_LINE.match(state.text().strip()) or state.i + 1 >= len(state.units):
        return None
    return Claim("doctype") if P.is_institution(state.text(1)) else None  # over its ministry; over a subtitle it is the title


@HEAD.register("masthead-tagline", 91, "a site's name over its line on itself, which names who publishes it")
def masthead_tagline(state: HeadState) -> Claim | None:
    """"EUROSEC-NET" over "The blog of the European Security Research Network": the site's name and its publisher.
    Both lines are the masthead; the institution the tagline names is the publisher."""
    if state.title or state.i + 2 >= len(state.units) or len(state.text().split()) > 6 or P.ends_sentence(state.text()):
        return None
    below = state.units[state.i + 1]
    match = _TAGLINE_OF.match(below.text.strip())
    if below.line != state.line() + 1 or not match or not P.is_institution(match["name"]):
        return None
    return Claim("masthead", 2, [state.find("publisher", P.institution_name(match["name"]), "masthead-tagline", 1)])


# The site's name beside the words of its print view: "Harbour Institute — Printer-friendly version", "… | Druckversion"
_PRINT_VIEW = re.compile(r"^(?P<name>\S.{2,80}?)\s+[—–|·-]\s+(?:printer[- ]friendly(?: version| page| view)?|print(?:able)? (?:version|view|page)|"
                         r"druckversion|druckansicht|version imprimable|versi[oó]n (?:para )?imprimir|versione (?:stampabile|per la stampa)|"
                         r"wersja do druku|printversie|utskriftsvänlig version)$", re.I)


# A periodical's line on whose it is: "the online magazine of the Centre for …", "a journal published by the …"
_OWNED_TITLE = re.compile(r"^(?:the |an? )?(?:online |digital |monthly |weekly |quarterly |policy |research )?(?:magazine|journal|review|blog|newsletter|"
                          r"podcast|publication|platform|bulletin)(?: published)? (?:of|from|by) (?:the )?(?P<owner>[A-ZÀ-Ý][^,;]{2,100})$")


# the last word of a name's first line that no name ends on: "Centre for European" / "Policy Options"
_NAME_GOES_ON_AFTER = re.compile(r"\s(?i:for|of|and|on|de|des|du|für|per|voor|the|european|international|strategic|global|transatlantic|eastern|western|"
                                 r"northern|southern|central|foreign|economic|political|military|maritime)$")


_HOUSE_FIRST = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:institute|institut|instituto|istituto|centre|center|centro|foundation|fondation|"
                          r"observatory|academy|council|forum|network|society|association)\b", re.I)


def _broken_name(state: HeadState) -> str | None:
    """A masthead's name broken over two lines in any case, the second right under the first and short: "Centre for
    European" / "Policy Options" (its acronym above it, "CEPO", or its first line ending where no name ends)."""
    text = state.text().strip()
    if state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1 or any(u.role == "masthead" for u in state.units[: state.i]):
        return None
    rest = state.text(1).strip()
    whole = f"{text} {rest}"
    if not (1 <= len(rest.split()) <= 4 and not P.ends_sentence(rest) and (rest.isupper() or _title_case(rest)) and len(whole.split()) <= 10
            and P.is_institution(whole)):
        return None
    above = state.units[state.i - 1].text.strip() if state.i else ""
    if re.fullmatch(r"[A-Z]{2,8}", above) and P.is_acronym_of(above, whole):
        return whole
    # ("The Future of the European" / "Defence Agency" is a title: a name opens with what the house is)
    return whole if _NAME_GOES_ON_AFTER.search(text) and _HOUSE_FIRST.match(whole) else None


@HEAD.register("masthead", 90, "masthead (publisher's name)")
def masthead(state: HeadState) -> Claim | None:
    """The publisher's name alone above the title: "European Intelligence Studies Centre", or beside its
    acronym: "ECSS – European Centre for Strategic Studies"."""
    if state.title or state.i + 1 >= len(state.units) or byline_start(state.text()):
        return None  # "By Ann Lee, Fellow, Harbour Institute" names its author's institution, not the publisher
    text = state.text()
    if re.search(r"\s(?:FOR|OF|AND|ON|DE|DES|FÜR|PER|VOOR)$", text.strip()) and state.units[state.i + 1].line == state.line() + 1 \
            and state.text(1).strip().isupper() and not any(u.role == "masthead" for u in state.units[: state.i]) \
            and P.is_institution(whole := f"{text.strip()} {state.text(1).strip()}") \
            and _HOUSE_FIRST.match(whole) \
            and len(whole.split()) <= 10:
        # "AEGEAN CENTRE FOR" / "SECURITY POLICY": a name broken after its joining word
        return Claim("masthead", 2, [state.find("publisher", P.institution_name(whole), "masthead")])
    if (broken := _broken_name(state)) is not None:
        return Claim("masthead", 2, [state.find("publisher", P.institution_name(broken), "masthead")])
    if len(parts := _WIDE_GAP.split(text.strip())) > 1 and is_menu_row("   ".join(parts[1:])):
        text = parts[0]  # "HARBOUR INSTITUTE          Research   Events   About   …": the site's name beside its menu
    text = re.sub(r"^\s*\[(?:logo|emblem)[^\]]{0,30}\]\s*", "", text, flags=re.I)  # "[LOGO] CIVIC SECURITY NETWORK": where the logo stood
    if (motto := re.match(r"^(?P<name>[^—–]{3,80}?)\s+[—–]\s+(?P<motto>[a-z][^—–]{3,80})$", text.strip())) and P.is_institution(motto["name"]):
        text = motto["name"]  # "CIVIC SECURITY NETWORK — defending democratic space in Europe": the name and its motto
    if motto and (owner := _OWNED_TITLE.match(motto["motto"])) and P.is_institution(owner["owner"].strip()):
        # "The Westminster Strategy Review — the online magazine of the Centre for European Security Policy": the site's
        # name, and who publishes it
        return Claim("masthead", findings=[state.find("publisher", P.institution_name(owner["owner"].strip()), "masthead-owner")])
    if len(words := text.split()) > 1 and any(P.other_script(w) for w in words) and P.is_institution(latin := " ".join(w for w in words if not P.other_script(w))):
        text = latin  # "서울해양안보포럼 SEOUL MARITIME SECURITY FORUM": the name in the site's script and in Latin letters
    if print_view := _PRINT_VIEW.match(text.strip()):
        text = print_view["name"]  # "CHANNEL BRIDGE INITIATIVE — Printer-friendly version": the page printed from the site
    if (logo := re.match(r"^(?P<acronym>[A-Z]{2,8})\s{2,}(?P<name>\S.+)$", text.strip())) and P.is_acronym_of(logo["acronym"], logo["name"]):
        text = logo["name"]  # "FEES  Forum for Eastern European Security": the logo's letters beside the name
    if len(parts := re.split(r"\s+\|\s+", text.strip())) == 2 and re.fullmatch(r"(?i:intranet|extranet|staff (?:site|portal)|portal)", parts[1]):
        text = parts[0]  # "Department for International Security | Intranet": the department, on its staff site
    name = text if P.is_institution(text) or P.GOVERNMENT_BODY.match(text.strip()) else P.acronym_institution(text) or _named_by_copyright(state, text)
    if not name or P.INSTITUTION_WORD.fullmatch(re.sub(r"^(?:the\s+|l['’]|la\s+|le\s+|el\s+|il\s+|das\s+|der\s+|die\s+|het\s+)", "", name.strip(), flags=re.I)):
        return None  # "L'Institut", "The Institute": a menu's item about the house, which names none
    above = state.units[state.i - 1] if state.i else None
    if above is not None and above.role == "masthead" and P.is_institution(above.text) and _department(name, above.text):
        return Claim("masthead")  # "Centre Asie" under "Institut des hautes études …": a department, not the publisher
    if _DEPARTMENT.search(name.strip()):
        return Claim("masthead")  # "Europe in the World Programme" over the title: a programme of the publisher, not the publisher
    rest = state.text(1).strip()
    if name.isupper() and rest.isupper() and _NAME_GOES_ON.match(rest) and P.is_institution(f"{name} {rest}") \
            and state.units[state.i + 1].line == state.line() + 1 and not _names_or_date(state, 2):  # a title still to come under it
        # "RHINE-MEUSE INSTITUTE" / "FOR INTERNATIONAL AFFAIRS": a name in capitals set over two lines
        return Claim("masthead", 2, [state.find("publisher", P.institution_name(f"{name} {rest}"), "masthead")])
    return Claim("masthead", findings=[state.find("publisher", P.institution_name(P.without_town(name)), "masthead")])


def _named_by_copyright(state: HeadState, text: str) -> str | None:
    """A publication's name in capitals over its menu ("EASTERN FLANK MONITOR"), which the copyright line at the foot
    names ("© 2026 Eastern Flank Monitor."): its masthead, whatever words make its name."""
    first = re.split(r"\s+\|\s+", text.strip())[0]  # "MERIDIAN HELVETIA | GLOBAL RESEARCH": the firm, then its unit
    wanted = _fold_owner(first)
    if not first.isupper() and first == text.strip() and 2 <= len(first.split()) <= 6 and state.i <= 2:
        # "Halvorsen Policy Research" as a site's first line, "© 2026 Halvorsen Policy Research." at its foot: its name,
        # in whatever case, when the line is that name and nothing else
        return text if any(key == wanted for key, _ in state.owners) else None
    if not first.isupper() or not 1 <= len(first.split()) <= 6 or state.i > 3:
        return None
    if first != text.strip() and len(first.split()) >= 2:  # with a unit beside it: the firm the © line names in full
        return next((name for key, name in state.owners if key == wanted or key.startswith(wanted + " ")), None)
    return text if any(key == wanted for key, _ in state.owners) else None


def _fold_owner(name: str) -> str:
    return normalise_for_match(re.sub(r"^the\s+", "", name.strip(), flags=re.I))


def copyright_owners(lines: list[str]) -> tuple[tuple[str, str], ...]:
    """The names the text's copyright lines give ("© 2026 Eastern Flank Monitor. All rights reserved."), and the name a
    site's footer opens with, before its company or its address ("The Brussels Ledger · Ledger Media SA · Rue de la Loi
    55, 1040 Brussels · Terms"): folded and as given."""
    named = [n for line in lines if (mark := line.find("©")) >= 0 and (n := P.publisher_from(line[mark:]))]
    named += [n for line in lines if (n := _footer_owner(line))]
    return tuple((_fold_owner(n), n) for n in named)


def _footer_owner(line: str) -> str | None:
    """The name a footer of three or more segments opens with, when the segment after it is a street address or a
    company with its legal form ("Ledger Media SA"): the site's, in whatever words it is named (a person's name, over
    a contact's post and address, is no site's)."""
    segments = [s.strip() for s in re.split(r"\s+[·|•]\s+", line.strip())]
    if len(segments) < 3 or not re.fullmatch(r"(?:The\s+)?(?:[A-ZÀ-Ý][\w'’&-]*\s+){0,5}[A-ZÀ-Ý][\w'’&-]*", segments[0]):
        return None
    after = segments[1]  # (a running footer opens with the title, then the house: "Title | House | street | 3")
    addressed = (P.POSTAL.search(after) and re.search(r"\d", after)) or P._NUMBERED_STREET.match(after) or P._LEGAL_FORM.search(" " + after)
    return segments[0] if addressed and not P.is_person_name(segments[0]) else None


_NAME_GOES_ON = re.compile(r"^(?:FOR|OF|ON|AND|IN|&)\s+[A-Z]")


@HEAD.register("logo", 91, "the publisher's acronym set as its logo beside the masthead")
def logo(state: HeadState) -> Claim | None:
    """"NCDE" alone over or under "NORDIC CENTRE FOR DEFENCE ECONOMICS": the logo, when its letters are the
    initials of the name beside it (no blank line between). An acronym alone elsewhere may be a title."""
    text = state.text().strip()
    if state.title or not re.fullmatch(r"[A-ZÀ-Ý&]{2,8}", text):
        return None
    beside = [state.units[k] for k in (state.i - 1, state.i + 1) if 0 <= k < len(state.units)]
    if any(abs(u.line - state.units[state.i].line) == 1 and P.is_institution(u.text) and P.is_acronym_of(text, u.text) for u in beside):
        return Claim("masthead")
    # over the name broken after its joining word ("BCDA" / "BALTIC CENTRE FOR" / "DEFENCE ANALYSIS")
    under = state.units[state.i + 1 : state.i + 3]
    if len(under) == 2 and under[0].line == state.line() + 1 and under[1].line == under[0].line + 1 \
            and P.is_institution(name := f"{under[0].text.strip()} {under[1].text.strip()}") \
            and (_logo_of(text, name)
                 # or the first four or more of its words' initials ("VFSE" over "Vienna Forum for" / "South-East European Studies")
                 or (len(text) >= 4 and "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _ACRONYM_JOINERS).upper().startswith(text))):
        return Claim("masthead", 3, [state.find("publisher", P.institution_name(name), "masthead")])
    return None


@HEAD.register("logo-and-name", 91, "the publisher's acronym and its name on one line, as a site's header sets its logo")
def logo_and_name(state: HeadState) -> Claim | None:
    """"CEDEM — Central European Democracy Monitor" above the title: the site's logo and its name, when the letters are
    the initials of the name (a title such as "NATO — What Next?" is not)."""
    match = re.fullmatch(r"(?P<acronym>[A-ZÀ-Ý&]{2,8})\s+[—–|-]\s+(?P<name>[A-ZÀ-Ý][^|—–]{4,100})", state.text().strip())
    # (the site's header is its first line: "CBAM – Carbon Border Adjustment Mechanism" lower down is a title)
    if state.title or state.i or not match or P.ends_sentence(match["name"]) or not (
            _logo_of(match["acronym"], match["name"])):
        return None
    return Claim("masthead", findings=[state.find("publisher", P.institution_name(match["name"].strip()), "masthead")])


_ACRONYM_JOINERS = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "für", "di", "del", "per"}  # words an acronym may pass over


def _logo_of(acronym: str, name: str) -> bool:
    """Whether a logo's letters are the name's: its initials (``patterns.is_acronym_of``), or the first letters of
    its words in turn ("CEDEM" of "Central European Democracy Monitor")."""
    return P.is_acronym_of(acronym, name) or _letters_from_words(acronym.lower(), re.findall(r"[^\W\d_]+", name.lower()))


def _letters_from_words(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is made of the first one to three letters of each of the words in turn, joiners passed over
    or not: "cedem" of "central european democracy monitor" (C, E, DE, M)."""
    if not acronym:
        return all(w in _ACRONYM_JOINERS for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head in _ACRONYM_JOINERS and _letters_from_words(acronym, rest):
        return True
    return any(acronym.startswith(head[:n]) and _letters_from_words(acronym[n:], rest) for n in (1, 2, 3) if len(head) >= n)


def _department(name: str, above: str) -> bool:
    """A short name under a longer masthead, not a university's: a centre or programme of the institution above; or
    one of an assembly's committees ("Committee on Defence Industry" under the "Inter-Parliamentary Assembly …")."""
    if re.match(r"(?:sub-?)?committee|standing committee|delegation|commission (?:on|for|of)\b", name, re.I) and re.search(r"\b(?:assembly|parliament|council|congress|senate|conference)\b", above, re.I):
        return True
    if re.match(r"(?:policy |research |innovation )?(?:lab|programme|program|desk)\b", name, re.I):
        return True  # "POLICY LAB EUROPÄISCHE VERTEIDIGUNG" under "Forum für Strategische Zukunft": one of its programmes
    return len(name.split()) <= 3 < len(above.split()) and not re.search(r"univers|hochschule|college|school", name, re.I)




@HEAD.register("department", 88, "a department, unit or programme of the publisher above the title")
def department(state: HeadState) -> Claim | None:
    """"Security and Defence Research Unit", "Europe Programme": part of an organisation, named above the title."""
    text = state.text().strip()
    if not state.title and _DEPARTMENT_FIRST.match(text) and len(text.split()) <= 12 and not P.ends_sentence(text):
        return Claim("masthead")  # "Directorate C – Sanctions and Export Control Monitoring"
    if not state.title and _GROUP_OF.match(text) and len(text.split()) <= 12 and not P.ends_sentence(text):
        return Claim("masthead")  # "Task Force on European Security and Ukraine": a group the publisher convened
    if state.title or not _DEPARTMENT.search(text) or not (2 <= len(text.split()) <= 8) or P.ends_sentence(text):
        return None
    return Claim("masthead") if all(w[:1].isupper() or w.lower() in {"and", "of", "for", "the", "&"} for w in text.split()) else None


_DEPARTMENT_FIRST = re.compile(r"^(?:directorate(?:-general)?|department|division|unit|service|direction|abteilung|referat|dg)\s+[A-Z0-9][\w.]{0,4}\s*[–—:-]\s+\S", re.I)
# A group an institution convenes, named above the title: "Task Force on …", "Working Group on …", "Expert Group on …".
_GROUP_OF = re.compile(r"^(?:(?:independent|high-level|joint|transatlantic|european)\s+)?(?:task force|working group|study group|expert group|"
                       r"reflection group|commission|steering group|policy group|taskforce)\s+(?:on|for)\s+[A-Z]", re.I)
_DEPARTMENT = re.compile(r"\b(?:unit|department|directorate|division|programme|program|desk|team|secretariat|section|abteilung|département|unidad|dipartimento)$", re.I)


@HEAD.register("masthead-places", 89, "the publisher's office places under the masthead")
def masthead_places(state: HeadState) -> Claim | None:
    """"Oslo · Bergen · Tromsø" or "Brussels | Berlin" right under the masthead (no blank line between): the
    places of the publisher's offices, not the title. Only place-like segments of one to three capitalised
    words set apart by dots or bars (a title set with dashes, "Berlin – Paris – Warsaw", is left alone)."""
    above = state.units[state.i - 1].text if state.i else ""
    if state.title or not (P.is_institution(above) or P.acronym_institution(above)):
        return None
    if state.units[state.i].line != state.units[state.i - 1].line + 1:
        return None
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+", state.text())]
    if all(P.POSTAL.search(s) and re.search(r"\d", s) for s in segments) and len(state.text().split()) <= 24:
        return Claim("masthead")  # "12 Carlisle Row, London SE1 7QP · Rue Belliard 41, 1040 Brussels": the offices' addresses
    if len(segments) < 2 or not all(re.fullmatch(r"(?:[^\W\d_][\w’'-]*\s?){1,3}", s) and all(w[:1].isupper() for w in s.split()) for s in segments):
        return None
    if any(_SERIES.match(s) or P.is_institution(s) for s in segments):
        return None
    return Claim("masthead")


# A publisher's motto under its name: "Informing the legislative debate since 1972", "Independent research since 1959"
_TAGLINE = re.compile(r"^(?-i:[A-Z][a-z]+ing)\s+(?-i:[a-z][\w'’-]*\s*){1,9}$|\b(?:since|founded in|est\.|established in)\s+(?:19|20)\d\d$", re.I)


@HEAD.register("tagline", 89, "the publisher's motto under the masthead")
def tagline(state: HeadState) -> Claim | None:
    """A motto right under the masthead (no blank line between), in sentence case: a gerund's phrase in lower case
    ("Informing the legislative debate since 1972") or the year the publisher was founded. A title in Title Case
    ("Rethinking European Air Defence") is no motto."""
    if state.title or not state.i or state.units[state.i - 1].role != "masthead" or state.line() != state.units[state.i - 1].line + 1:
        return None
    text = state.text().strip()
    if len(text.split()) > 10 or P.ends_sentence(text) or _title_case_words(text):
        return None
    return Claim("masthead") if _TAGLINE.search(text) else None


_STAFF = re.compile(
    r"^(?:by|prepared by|written by|compiled by|par|von|por|di|door|av|przez)\s+(?:the|la|l['’]|le|les|der|die|den|el|los|la|il|la|de|het|)\s*"
    r"(?:[\w’'-]+\s+){0,6}(?:staff|team|editors|editorial team|editorial board|secretariat|programme|program|unit|division|desk|rédaction|équipe|redaktion|redaktionen|"
    r"redacción|redazione|redakcja|redactie|redação)\b.*$",
    re.I,
)


# The label of a page's box of people to call: "MEDIA ENQUIRIES", "Press contact", "Expert contact", "Pressekontakt".
_CONTACT_LABEL = re.compile(
    r"^(?:for\s+)?(?:media|press|expert|further|more)\s+(?:enquiries|inquiries|contacts?|information)(?:\s+(?:contact|please contact))?\s*:?$|"
    r"^(?:contact(?:\s+(?:us|person|the expert|the author))?|press office|media office|pressekontakt|kontakt|contact presse|contacto(?:\s+de\s+prensa)?|"
    r"contatto(?:\s+stampa)?|kontakt dla mediów|perscontact)\s*:?$",
    re.I,
)


@HEAD.register("contact-box", 78, "a box of whom to call (press officer, expert), set among the head lines")
def contact_box(state: HeadState) -> Claim | None:
    """"MEDIA ENQUIRIES" over a name, a post, an e-mail address and a telephone number, one a line: a page's box of
    whom to call, linearised into the head. Whoever it names is not an author, and the box is not the text; it ends
    at the first blank line."""
    if not _CONTACT_LABEL.match(state.text().strip()):
        return None
    units, k = state.units, state.i + 1
    while k < len(units) and directly_under(units[k - 1], units[k]) and len(units[k].text.split()) <= 14 \
            and not P.ends_sentence(units[k].text.rstrip(".")):
        k += 1
    contact = any(re.search(r"[\w.+-]+@[\w-]+\.\w|\+?\d[\d ()/-]{6,}\d|^(?:tel|phone|e-?mail)\b", u.text, re.I) or P.is_person_name(P.HONORIFIC.sub("", u.text.strip()))
                  for u in units[state.i + 1 : k])  # an address, a number or a name: not lines that say something
    return Claim("contact-box", count=k - state.i) if k > state.i + 1 and contact else None


@HEAD.register("staff-byline", 76, "byline naming a team, not a person")
def staff_byline(state: HeadState) -> Claim | None:
    """"Prepared by the research staff", "By the editors", "Par la rédaction": a byline, but of no person (no
    author is read from it)."""
    text = state.text().strip("*_ ")
    if len(text.split()) > 12 or not _STAFF.match(text):
        return None
    rest = re.sub(r"^\S+(?:\s+by)?\s+", "", text)  # "By Ana Ribeiro of the Europe Programme": a person, of a programme
    if P.is_person_name(" ".join(rest.split()[:2])) or P.is_person_name(" ".join(rest.split()[:3])) or ":" in text:
        return None
    return Claim("byline")


_SUMMARY_KINDS = {"executive summary", "summary", "summary report", "report summary", "synthèse", "zusammenfassung", "resumen ejecutivo"}


@HEAD.register("section-label", 85, "section label above the title")
def section_label(state: HeadState) -> Claim | None:
    """"Interviews", "Opinioni", "Standpunkt", "Tribuna | Defensa", "ANALYSIS / NATO EASTERN FLANK" above the title
    (a site section, not the title)."""
    segments = _segments(state.text())
    if len(segments) == 1 and " / " in segments[0]:
        segments = segments[0].split(" / ")  # a section and its topic as a trail
    labels = P.DOCTYPE_LABELS | P.KICKER_LABELS
    if state.title or not segments or len(segments) > 3 or any(len(s.split()) > 4 for s in segments):
        return None
    if P.label(segments[0]) in labels:
        return Claim("doctype")
    # "EXECUTIVE SUMMARY" over a title and its byline: the summary of a report published apart, not a section of it
    if len(segments) == 1 and P.label(segments[0]) in _SUMMARY_KINDS and P.heading_like(state.text(1), 20) and not _head_material(state, 1) \
            and (_head_material(state, 2) or _head_material(state, 3)):
        return Claim("doctype")
    # "Example Policy Lab – Conversations": the publisher's name, then the section
    if any(P.label(s) in labels for s in segments[1:]) and all(P.label(s) in labels or P.is_institution(s) for s in segments):
        return Claim("doctype", findings=[state.find("publisher", P.institution_name(s), "masthead") for s in segments if P.label(s) not in labels])
    return None


@HEAD.register("standfirst", 80, "standfirst label")
def standfirst(state: HeadState) -> Claim | None:
    """"Theme" or "In brief" and the paragraph under it."""
    if state.i + 1 >= len(state.units):
        return None
    # "WHY IT MATTERS" in capitals over the lines it boxes, no blank between: an explainer's lead box ("Why it matters"
    # over a paragraph apart is the text's section)
    boxed = (P.label(state.text()) in {"why it matters", "why this matters", "why does it matter"} and state.text().strip().isupper()
             and state.units[state.i + 1].line == state.line() + 1 and word_count(state.text(1)) <= 60 and len(sentences(state.text(1))) <= 3
             and not any(u.text.strip().isupper() and len(u.text.split()) <= 8 and u.text.strip()[-1:].isalpha() for u in state.units[state.i + 2 :]))
    # (a text whose sections are headed in capitals has "WHY IT MATTERS" as one of them)
    if P.label(state.text()) not in P.STANDFIRST_LABELS and not boxed:
        return None
    if P.BULLETED.match(state.text(1)):
        return None  # "In brief" over "• …" lines: the text's key points, each an item of its own, no standfirst
    return Claim("label", 2, [state.find("standfirst", state.text(1), "standfirst", 1)])


_BY_WORDS = (
    r"by|written by|par|écrit par|von|verfasst von|di|scritto da|a cura di|por|escrito por|door|av|af|przez|"
    r"autor(?:es|a|as|zy|ka|ki|ky|é|in|innen|en|id|iai|ius|s|i)?|autoři|auteurs?|authors?|autori|autore|autrice|autrici|autorzy|verfasser(?:in)?|"
    r"作者|撰文|著者|執筆者?|筆者|저자|필자|"  # Chinese, Japanese, Korean: "作者：A、B"
    r"ავტორი|ავტორები|الكاتب|الكاتبة|المؤلف|المؤلفون|بقلم|"  # Georgian and Arabic: "ავტორი: Name", "الكاتب: Name"
    r"հեղինակ|հեղինակներ|awtur|awturi|kittieb|"  # Armenian ("Հեղինակ՝ Name", its own colon), Maltese ("Awtur: Name")
    r"författare|forfattere?|autoria|höfundu?r|höfundar|tekijät?|kirjoittaja|szerzők?|avtor(?:ji|ica)?|údar|awtur|συγγραφείς|συγγραφέας|автор|автори|авторы|авторка|yazar|yazarlar|"
    # a speech's speaker: "Keynote address by", "Opening remarks by", "Discours de", "Rede von"
    r"(?:(?:keynote|opening|closing|welcome|welcoming|introductory|concluding)\s+)?(?:address|speech|remarks|statement|lecture)\s+(?:by|of)|"
    r"discours\s+(?:de|d['’])|rede\s+von|discurso\s+(?:de|del)|intervento\s+di|przemówienie|toespraak\s+(?:van|door)|tal\s+av|"
    r"from(?=\s+(?:dr|prof|professor|mr|mrs|ms)\.?\s)|"  # "Von Dr. X" translated by a browser: "From Dr. X and Y"
    r"(?:show\s+)?notes\s+by|text\s+by|words\s+by|(?:text|words|story)(?=\s*:)|reporting\s+by|story\s+by|posted\s+by|interview(?:ed)?\s+by|interview\s+conducted\s+by|"
    r"prepared by|compiled by|contributors?|contributing authors?|co-?authors?|(?:lead|principal|main|senior) authors?|contributions by|rapporteur(?:e|es|s)?|préparé par|rédigé par|erstellt von|"
    r"preparado por|redactado por|elaborado por|preparato da|opracowanie|opracował[ao]?|opgesteld door|"
    # who conducted an interview: "Intervista a cura di", "Entretien réalisé par", "Interview geführt von"
    r"(?:intervista|conversazione) a cura di|entrevista (?:realizada |conducida )?por|entretien (?:réalisé |mené )?par|"
    r"(?:das )?interview (?:führte|geführt von)|wywiad przeprowadził[ao]?|"
    # an author card's label over the name: "About the author", "Über die Autorin", "À propos de l'auteur"
    r"about the authors?|über (?:den|die) autor(?:in|en|innen)?|à propos de l['’]auteure?|à propos des auteurs|"
    r"sobre (?:el|la|o|a|los|os) autor(?:a|es|as)?|sull['’]autore|sugli autori|o autorze|o autorach|over de auteurs?"
)
# "By", "Par / By" in a bilingual edition, "Awdur / Author:" (the label in a language the list lacks, then in one it has)
_OTHER_LABEL = r"(?!(?:photo|image|picture|illustration|graphic|design|translation|translator|video|audio|camera|editor)s?\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
_BY = re.compile(rf"^(?:{_OTHER_LABEL}\s*/\s*(?=(?:{_BY_WORDS})\s*[:：]))?(?:{_BY_WORDS})(?:\s*/\s*(?:{_BY_WORDS}|{_OTHER_LABEL}(?=\s*[:：])))?"
                 r"(?:\s*:?\s+|\s*[：՝]\s*)(?P<rest>\S.*)$", re.I)
# "Analysts" over a research note's authors; "Autorinnen und Autoren:", "Auteurs et autrices :" in languages that name both
_LONE_BY = re.compile(rf"^(?:{_BY_WORDS}|analysts?|research team|(?:this\s+)?(?:[^\W\d_]+\s+)?(?:brief|paper|report|note|study|analysis|document|memo|commentary|briefing)s?\s+(?:(?:was|is)\s+)?(?:prepared|written|compiled|drafted)\s+by|autorinnen und autoren|autoren und autorinnen|auteurs et autrices|"
                      rf"autrices et auteurs|autoras y autores|autori e autrici)\s*:?$", re.I)
_DE_BY = re.compile(r"^de\s+(?P<rest>\S.*)$")  # Romanian, French "de Name": in lower case only ("De Gaulle's legacy" is a title)


# A page's last edit after its creator: ", last updated by Bo Chan on Mar 03, 2026 • 6 minute read", ", edited on 4 May"
_EDITED_TAIL = re.compile(r",?\s+(?:and\s+)?(?:last\s+)?(?:updated|edited|modified|revised)\s+(?:by|on|at)\b.*$", re.I)
_CATEGORIES = re.compile(r"\s+(?:in|filed under|under|dans|in der rubrik)\s+[A-Z][\w ,&/-]*$")  # not "en": Dutch "and"


def _by_rest(text: str) -> str | None:
    """The names after "By", "par", "von" …: they start with a capital ("Von der Leyen said …" is no byline)."""
    match = _BY.match(text) or _DE_BY.match(text) or _SERIES_BY.match(text)
    if match and (chaired := _CHAIRED_GROUP.match(match["rest"].strip())) and chaired["names"][:1].isupper():
        return chaired["names"]  # "Prepared by the Working Group on …, chaired by Name (Institute)": the group signs through its chair
    if not match or not match["rest"].lstrip("*_").strip()[:1].isupper():
        return None
    # "By Ann Lee in Kyiv and Paul Brenner in Brussels": where each reports from, after a name ("Lecturer in Politics" is a post)
    rest = _REPORTING_FROM.sub(lambda m: "" if P.is_person_name(re.split(r",\s*|\s+and\s+|\s*&\s*", m.string[: m.start()])[-1].strip()) else m[0], match["rest"])
    # "Prepared by Ann Lee for the Harbour Forum reading group.": whom it was written for, after the names
    purpose = re.search(r"\s+for\s+(?:the|a|an|our)\s+[^,;]{3,100}?\.?$", rest)
    if purpose and all(P.is_person_name(n.strip()) for n in re.split(r",\s*|\s+and\s+|\s*&\s*", rest[: purpose.start()]) if n.strip()):
        return rest[: purpose.start()]
    return rest


# Where a reporter writes from, after the name in a byline: "Ann Lee in Kyiv", "Paul Brenner in Brussels"
_REPORTING_FROM = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*(?:,|\band\b|&|$))")


# A series' or column's name before the byline: "Critical Questions by Name and Name", "Letter from Kyiv by Name".
_SERIES_BY = re.compile(r"^(?!(?:Distributed|Syndicated|Produced|Published|Edited|Translated|Supported|Funded|Sponsored|Photographed|Illustrated|"
                        r"Designed|Presented|Hosted|Commissioned|Reviewed|Copyedited|Provided|Powered|Made|Brought)\s+by\b)"  # a credit, not a series
                        r"(?:[A-Z][\w'’-]*\s+(?:(?:from|of|on|the|in)\s+)?){1,4}by\s+(?P<rest>[A-Z].*)$")


_PRONOUNS_AND_HANDLE = re.compile(r"\s*\((?:she|he|they|xe|ze|elle|il|sie|er)/(?:her|him|them|hers|his|theirs|xem|zir|elle|lui|ihr|ihm)(?:/\w+)?\)"
                                  r"|(?:,|\s*[|·•])?\s*(?<![\w.])@[A-Za-z0-9_][\w.-]{1,40}(?=\s*(?:,|$|\s+and\s|\s*&))"  # ("… | @handle")
                                  r"|\s*\(@[A-Za-z0-9_][\w.-]{1,40}\)", re.I)  # "Ann Lee (@annlee_sec)"
_IDENTIFIERS = re.compile(r"\s*[·|•,]\s*(?:orcid(?:\s*id)?:?\s*(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]|(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                          r"|\s*[\[(]\s*orcid(?:\s*id)?:?\s*(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\s*[\])]", re.I)  # "Name [ORCID: 0000-…]"


def authors_from(text: str, common: frozenset[str] = frozenset()) -> list[Author] | None:
    """Authors in "A, B and C", "Name, Role, Institute", "Name | Role, Institute", "Name — Role, Institute"."""
    text = _IDENTIFIERS.sub("", text.strip())  # "Name · ORCID 0000-0003-4521-887X · name@host": the name's identifiers
    text = _PRONOUNS_AND_HANDLE.sub("", text)  # "Ana Ruiz (she/her), @anaruiz.bsky.social": her pronouns and her handle
    text = text.strip().strip("*_").lstrip("-–•· ").strip().rstrip(".")
    text = re.sub(rf"(?<=[^\W\d_])(?:\*{{1,3}}|[†‡§]+|[⁰¹²³⁴⁵⁶⁷⁸⁹{_LETTER_MARKS}]+)(?:,\*+)?(?=\s|,|$)", "", text)  # "Papadakis*", "Lindqvistᵃ,*": marks
    text = re.sub(r"(?<=[^\W\d_])\s+\((?:ret|retd|rtd|res)\.?\)(?=\s)", "", text, flags=re.I)  # "Ambassador (ret.) Name (Institute)": the rank's, no place
    parties = 0
    if re.search(r"\b(?:MEP|MdEP|MP|MdB|Senator|Rep\.)\s", text):  # "MEP Katarzyna Nowak (EPP)": a politician's party, no affiliation
        text, parties = re.subn(r"(?<=[^\W\d_])\s+\((?-i:[A-Z][A-Za-z]{1,5}(?:/[A-Z][A-Za-z]{1,5})?)\)(?=\s+(?:and|&)\s|,|$)", "", text)
    names = P.split_names(text, common)
    if names:
        return [Author(n) for n in names]
    if (reordered := _surname_first(text, common)):
        return [Author(n) for n in reordered]
    if "(" in text and (bracketed := _bracketed_authors(text, common)):
        return bracketed
    halves = text.split(", and ")  # "Ann Lee, Programme Director, and Paul Brenner, Research Associate": each with its post
    if len(halves) == 2 and all("," in h and P.is_person_name(h.split(",")[0].strip()) for h in halves):
        pair = [authors_from(h, common) for h in halves]
        if all(p and len(p) == 1 for p in pair):
            return [p[0] for p in pair]
    if ";" in text:  # "A, Senior Analyst; B, Analyst"
        chunks = [authors_from(c, common) for c in text.split(";")]
        if all(c and len(c) == 1 for c in chunks):
            return [a for c in chunks for a in c]
    names_part, _, institution = text.rpartition(", ")
    capitalised = bool(re.fullmatch(r"[A-ZÀ-Ý][\w&'’-]+(?: [A-ZÀ-Ý][\w&'’-]+){0,2}", institution)) and not P.is_person_name(institution)
    posts = capitalised and not P.is_institution(institution) and all(
        w.lower() in P.ROLE_WORDS or w.lower().rstrip("s") in P.ROLE_WORDS | {"author", "contributor", "guest"} for w in institution.split())
    if posts and (names := P.split_names(names_part, common)) and len(names) > 1:
        return [Author(n, None, institution) for n in names]  # "By A and B, Senior Fellows": their posts, no place
    one_word = capitalised and not posts
    names = P.split_names(names_part, common) if P.is_institution(institution) or one_word else None
    if names and len(names) > 1:  # "A and B, Institute": both of that institute, unless A's party set A apart ("MEP A (EPP) and B, X")
        if one_word and not P.is_institution(institution):  # "A and B, ECFR", "A and B, Chatham House"; "A and B, Bruegel" (or a town?): no place
            place = institution if P.describe(institution)[0] == institution else None
            return [Author(n, place) for n in names]
        return [Author(n, P.institution_name(institution) if not parties or k == len(names) - 1 else None) for k, n in enumerate(names)]
    for separator in (r"\s+\|\s+", r"\s+[—–]\s+", r"\s+·\s+", r",\s+"):
        parts = re.split(separator, text, maxsplit=1)
        # a role and a place of work, not a paragraph that opens with a name ("Name, a fellow at X, spoke with …")
        if len(parts) == 2 and (len(parts[1].split()) > 25 or re.search(rf"[.!?]\s+[{P._UP}]|\s(?:{_TALKED_WITH})\s", parts[1])):
            continue
        if len(parts) == 2 and P.is_person_name(parts[0]) and not P._common_phrase(parts[0], common):
            affiliation, position = P.describe(parts[1])
            if affiliation and _UNIT_PROGRAMME.fullmatch(affiliation) and re.search(rf"\bof (?:the )?{re.escape(affiliation)}\.?$", parts[1]):
                affiliation = None  # "Name, Head of the Geoeconomics Programme": a unit of a place of work the line does not name
            return [Author(P.tidy_name(parts[0]), affiliation, position)]
    return None


# The head word that makes a name an institution's beyond doubt ("Centro … de Análisis", "… Institute"); "Council" and
# "Network" end titles too ("Europe's Defence – A Council of War")
_INSTITUTION_HEAD = re.compile(r"\b(?:institute|institut|instituto|istituto|instytut|centre|center|centro|centrum|zentrum|foundation|fondation|fundación|"
                               r"fondazione|stiftung|observatory|observatoire|observatorio|university|université|universidad|academy|akademie)\b", re.I)
# A research programme's name ("HYBRID THREATS PROGRAMME"), not an organisation's named for a programme ("United Nations
# Development Programme", "World Food Programme")
_RESEARCH_PROGRAMME = re.compile(r"(?!(?:united|world|international|global|european|national|development)\b)[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2} "
                                 r"(?:programme|program)", re.I)
# A research unit's name, one word and "Programme" ("Geoeconomics Programme", "Asia Program"); "World Food Programme"
# and "United Nations Development Programme" are organisations
_UNIT_PROGRAMME = re.compile(r"(?!(?:World|United|National|International|Global|Development)\b)[A-ZÀ-Ý][\w-]+ (?:Programme|Program)")


# (a given name of two syllables joined by a hyphen may go on in lower case: "PARK Seo-yeon")
_CAPS_SURNAME = re.compile(rf"^(?P<surname>[{P._UP}][{P._UP}'’-]+(?:\s+[{P._UP}][{P._UP}'’-]+)?)\s+(?P<given>[{P._UP}][^\W\d_'’-]+(?:[\s-][{P._UP}][^\W\d_'’-]+|-[^\W\d_'’-]+)?)$")


def _surname_first(text: str, common: frozenset[str]) -> list[str] | None:
    """Names written surname first, as catalogues and EU documents do: "Kowalski, Jan; Novak, Ana" (a semicolon
    between names) or "KOWALSKI Jan, NOVAK Ana" (the surname in capitals). Given name first, as the byline reads."""
    if ";" in text or " / " in text:  # "Kowalski, Jan; Novak, Ana", "Kowalczyk, Łukasz / Andersen, Søren"
        parts = [p.strip() for p in re.split(r";|\s/\s", text)]
        pairs = [p.split(", ") for p in parts]
        if len(parts) >= 2 and all(len(pair) == 2 for pair in pairs):
            names = [f"{given} {surname}" for surname, given in pairs]
            if all(P.is_person_name(n) and not P._common_phrase(n, common) and not P.is_country(given)
                   for (_surname, given), n in zip(pairs, names, strict=True)):
                return names
        return None
    parts = [p.strip() for p in re.split(r",\s+|\s+(?:and|&|und|et|y|i|e)\s+", text)]
    matches = [_CAPS_SURNAME.match(p) for p in parts]
    if not parts or not all(matches):
        return None
    names = [f"{m['given']} {P.tidy_name(m['surname'].title())}" for m in matches if m]
    return names if all(P.is_person_name(n) for n in names) else None


def _place_of_work(text: str) -> str | None:
    """The institution a line under a name gives: the line itself, or the institution of a role line
    ("Seniorforsker, Norsk Institutt for Nordområdestudier")."""
    if ", " in text and not P.ends_sentence(text) and (affiliation := P.describe(text)[0]) \
            and (P.is_institution(affiliation) or re.fullmatch(r"[A-Z]{3,8}", affiliation)):  # "…, Programa Asia-Pacífico, IIEE"
        return P.institution_name(affiliation)
    if P.is_institution(text):
        return P.institution_name(text)
    # a post and its house joined without a comma: "Senior Fellow at the Harbour Institute", "Investigadora principal del Instituto …"
    elsewhere = P.bio_institution(text) if len(text.split()) <= 16 and not P.ends_sentence(text) else None
    return P.institution_name(elsewhere) if elsewhere else None


_BRACKETED = re.compile(r"(?P<name>[^(),]+?)\s*\((?P<place>[^()]+)\)")


def _bracketed_authors(text: str, common: frozenset[str]) -> list[Author] | None:
    """"Ana Ruiz (OPEE) y Marko Petrović (Balkan Policy Lab, Belgrado)": each name with its institution in brackets
    (a city after the institution left out)."""
    items = list(_BRACKETED.finditer(text))
    # the items must cover the text: what stands between them is a comma, a semicolon or "and" (read with the name)
    covered = "".join(m.group() for m in items)
    if not items or re.sub(r"[\s,;&]+", "", covered) != re.sub(r"[\s,;&]+", "", text):
        return None
    authors = []
    for item in items:
        name = re.sub(rf"^(?:{P._AND})\s+", "", item["name"].strip())
        if (caps := _CAPS_SURNAME.match(name)) and " " in name:  # "MORIYAMA Kenji": the surname first, in capitals
            name = f"{caps['given']} {P.tidy_name(caps['surname'].title())}"
        if not P.is_person_name(name) or P._common_phrase(name, common):
            return None
        place = item["place"].split(",")[0].strip()
        if not P.is_institution(place) and (described := P.describe(item["place"].strip())[0]) and P.is_institution(described):
            place = described  # "(Senior Research Fellow, Tokyo Institute for …)": the post, then the place of work
        authors.append(Author(P.tidy_name(name), P.institution_name(place)))
    return authors


_POSTED_BY = re.compile(r"^(?:posted|published|written|updated)\s+(?:on\s+)?(?P<date>[^|·]{6,30}?)\s+by\s+(?P<names>\S.{2,80})$", re.I)


# The last word of a firm's or a house's name, which "with" may name in a byline: "with Chatham House", "with Oxford Analytica".
_FIRM_WORDS = {"house", "group", "partners", "associates", "analytica", "consulting", "advisory", "thornton", "economics", "intelligence",
               "capital", "research", "global", "international", "media", "labs", "studio", "press"}
# A group that wrote a report, and who chaired it: "the Working Group on European Security, chaired by Name (Institute)"
# (the group named in capitals, "the" before it; the names and their places of work in brackets, up to the line's end)
_CHAIRED_GROUP = re.compile(r"^(?:the\s+)?(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}(?i:working group|task ?force|group|panel|commission|committee|study group|expert group|network|team)\b"
                            r"[^,]{0,120},\s+(?i:(?:co-)?(?:chaired|led|coordinated|convened))\s+by\s+"
                            r"(?P<names>[^,()]{3,60}(?:\s\([^()]{2,100}\))?(?:(?:,\s+|\s+and\s+)[^,()]{3,60}(?:\s\([^()]{2,100}\))?)*)\.?$")
# A contributing author after the first: "By Giulia Ferraro, with Kristjan Tamm", "Par A, avec B".
_WITH_AUTHOR = re.compile(r",?\s+(?:with|avec|mit|con|com)\s+(?P<name>[A-ZÀ-Ý][^,;|]{2,60})$")


@HEAD.register("byline-date", 101, "a byline and the date on one line, in either order")
def byline_date(state: HeadState) -> Claim | None:
    """"Posted by A on March 12, 2026", "By A, 12 March 2026", "A and B — 12.03.2026", "12 March 2026 | Commentary | A",
    "by A — 2026-03-12 — Commentary": the authors and the date, whatever the words and the order."""
    found = byline_and_date(state.text(), state.common)
    if found is None:
        return None
    authors, iso = found
    return Claim("byline", findings=[state.find("authors", authors, "byline"), state.find("date", iso, "byline-date")])


_ON_DATE = re.compile(r"^(?:(?:posted|written|published|authored)\s+)?by\s+(?P<names>\S.+?)\s+on\s+(?P<date>\S.{5,30})$", re.I)
_COMMA_DATE = re.compile(r"^(?P<names>(?:(?:posted|written|published)\s+)?by\s+\S.+?),\s+(?P<date>[^,]{6,20}(?:,\s*(?:19|20)\d\d)?)$", re.I)


def byline_and_date(text: str, common: frozenset[str] = frozenset()) -> tuple[list[Author], str] | None:
    """The authors and the date of a line that gives both and nothing else but a reading time or the page's kind."""
    text = text.strip("*_ ")
    if "\n" in text:
        return None
    for form in (_ON_DATE, _COMMA_DATE):
        if (m := form.match(text)) and (iso := parse_date(m["date"].strip())) and len(iso) == 10:
            names = _by_rest(m["names"]) or m["names"]
            return (authors, iso) if (authors := authors_from(names, common)) else None
    segments = [s.strip() for s in re.split(_SEPARATORS, text) if s.strip()]
    dated = [(s, iso) for s in segments if (iso := parse_date(s)) and len(iso) == 10 and len(s.split()) <= 5]
    rest = [s for s in segments if s not in {d for d, _ in dated}
            and not any(WEB_FURNITURE[n].test(s) for n in ("relative-date", "reading-time", "reactions", "comments"))
            and not (P.is_doctype(s) or P.label(s) in P.KICKER_LABELS)]
    if len(segments) < 2 or len(dated) != 1 or len(rest) != 1:
        return None
    names = _by_rest(rest[0]) or rest[0]
    authors = authors_from(names, common)
    if not authors or any(not P.is_person_name(a.name) for a in authors):
        return None
    return authors, dated[0][1]


@HEAD.register("byline", 75, "byline")
def byline(state: HeadState) -> Claim | None:
    """"By A and B", "by Name", "Written by Name, Institute", "Par Name, role", "Author: Name", "Posted on 04-03-2026 by Name"."""
    posted = _POSTED_BY.match(state.text().strip("*_ "))
    if posted and (iso := parse_date(posted["date"])) and (authors := authors_from(posted["names"], state.common)):
        return Claim("byline", findings=[state.find("authors", authors, "byline"), state.find("date", iso, "byline-date")])
    rest = _by_rest(state.text().strip("*_ "))
    if rest is None:  # "Commentary | 9 March 2026 | by A and B", "A and B | Institute | 24 February 2026": a byline in segments
        parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", state.text().strip("*_ "))]
        parts = [p for p in parts if not UPDATED_LABEL.match(p)]  # "Last updated: 6 March 2026" dates an edit, not the text
        by = [p for p in parts if _by_rest(p)]
        places = [p for p in parts if P.is_institution(p) and p not in by]
        # bare names only beside their institute, or two of them ("A and B"): "Middle East" or "Northern Shield" is a kicker
        bare = [p for p in parts if p not in by and (names := P.split_names(p, state.common)) and (places or len(names) > 1)]
        names = by + bare
        if len(parts) >= 2 and len(names) == 1 and len(places) <= 1 and any(parse_date(p) for p in parts) \
                and all(p in names or p in places or parse_date(p) or P.is_doctype(p) or _SERIES.match(p) for p in parts) \
                and (authors := authors_from(_by_rest(names[0]) or names[0], state.common)):
            if places:
                authors = [replace(a, affiliation=a.affiliation or P.institution_name(places[0])) for a in authors]
            dated = [iso for p in parts if (iso := parse_date(p))]
            return Claim("byline", findings=[state.find("authors", authors, "byline"), state.find("date", dated[0], "byline-date")])
        return None
    segments = re.split(_SEPARATORS, rest)
    dated = [s for s in segments if parse_date(s.strip())]  # "Por Name | 2 de fevereiro de 2026"
    if dated and len(dated) < len(segments):
        rest = " | ".join(s for s in segments if s not in dated)
    rest = _CATEGORIES.sub("", rest)  # "Posted by Name in Sanctions, Maritime security"
    rest = _EDITED_TAIL.sub("", rest)  # "Created by Name, last updated by Other on Mar 03, 2026": the editor is no author
    if (helper := _WITH_AUTHOR.search(rest)) and P.is_person_name(helper["name"]) and not P.is_institution(helper["name"]) \
            and helper["name"].split()[-1].lower() not in _FIRM_WORDS:
        rest = f"{rest[: helper.start()]} and {helper['name']}"  # "By A, with B": B contributed, and is an author
    rest = " / ".join(s for s in re.split(r"\s+/\s+", rest) if not P.CREDIT_LINE.match(s.strip()))  # "Text: A / Photo: B": B took the photos
    authors = authors_from(rest)
    if authors is None and "," in rest:  # "Autores: A B, C D" (names only, comma separated)
        names = [p.strip() for p in rest.split(",")]
        authors = [Author(P.tidy_name(n)) for n in names] if all(P.is_person_name(n) for n in names) else None
    trailing = None
    if authors is None:  # "Auteur : Name" and "mars 2026" on the next line, joined into one paragraph
        words = rest.split()
        trailing = next(((cut, iso) for cut in range(2, len(words)) if (iso := parse_date(" ".join(words[cut:])))), None)
        authors = authors_from(" ".join(words[: trailing[0]])) if trailing else None
    if authors is None:
        return None
    findings = [state.find("authors", authors, "byline")]
    if dated and (iso := date_in_segments(state.text())):
        findings.append(state.find("date", iso, "byline-date"))
    elif trailing:
        findings.append(state.find("date", trailing[1], "byline-date"))
    if _institution_in_brackets(state, authors):
        return Claim("byline", 2, findings)
    if (more := _names_under_label(state, authors)):
        return Claim("byline", 1 + more, findings)
    return Claim("byline", 1 + _role_under(state, authors), findings)


def _names_under_label(state: HeadState, authors: list[Author]) -> int:
    """"Auteurs:    Pieter van der Berg, senior onderzoeker" / "Fatima El Amrani, onderzoeker" / "Datum: …": the names set
    one a line under a labelled byline, in its value's column, up to the next labelled field. Each is read into the
    authors; returns how many lines they take."""
    if not re.match(r"^[^\W\d_][\w()]{2,20}\s*:\s{2,}\S", state.text().strip()):
        return 0  # a label, and its value set apart by wide spaces: a block of fields
    count = 0
    while state.i + count + 1 < len(state.units) and state.units[state.i + count + 1].line == state.units[state.i + count].line + 1:
        below = state.text(count + 1).strip()
        found = authors_from(below, state.common)
        if _FIELD_CELL.match(below) or not found or len(found) != 1 or ", " not in state.text() or ", " not in below:
            break  # each name as the first is given: "Name, post" under "Name, post"
        authors.append(found[0])
        count += 1
    return count


def _institution_in_brackets(state: HeadState, authors: list[Author]) -> bool:
    """"(European Observatory on Sanctions Policy)" on the line right under the byline: the place of work of each
    author the byline gives none, read into them."""
    if state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1:
        return False
    bracketed = re.fullmatch(r"\((?P<name>[^()]{3,120})\)", state.text(1).strip())
    if not bracketed or not P.is_institution(bracketed["name"]) or any(a.affiliation for a in authors):
        return False
    for author in authors:
        author.affiliation = P.institution_name(bracketed["name"])
    return True


@HEAD.register("name-columns", 74, "authors' names in a row, their roles and institutions in columns under them")
def name_columns(state: HeadState) -> Claim | None:
    """"Ailsa Drummond  ·  Matthieu Garnier" over "Senior Fellow, Foreign Policy     Research Director" over
    "Caledonian Institute …     Centre d'études …": a row of photo cards copied as text. Each column under a name
    is that author's: an institution is the affiliation, anything else the position."""
    names = [p.strip() for p in re.split(r"\s+[·•|]\s+|\s{3,}", state.text().strip()) if p.strip()]
    if len(names) < 2 or not all(P.is_person_name(n) and not P._common_phrase(n, state.common) for n in names):
        return None
    authors = [Author(P.tidy_name(n)) for n in names]
    count = 1
    while state.i + count < len(state.units) and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1:
        cells = [c.strip() for c in re.split(r"\s{2,}", state.text(count).strip()) if c.strip()]
        if len(cells) != len(names) or P.ends_sentence(state.text(count)):
            break
        for author, cell in zip(authors, cells, strict=True):
            place = _place_of_work(cell)
            if place and not _PART_OF_INSTITUTION.search(place):
                author.affiliation = author.affiliation or place
            if place != cell:  # "Senior Fellow, Ports Programme": the post (a programme is no place of work)
                author.position = cell if author.position is None else f"{author.position}, {cell}"
        count += 1
    if count == 1:
        return None  # names in a row and nothing in columns under them: the byline rules read such a line
    return Claim("byline", count, [state.find("authors", authors, "name-columns")])


# A name's affiliation mark: superscript digits or a star/dagger ("Ann Lee¹", "Bo Chan*"), or digits glued to
# the name ("Ann Lee1,2"). An affiliation line opens with the same mark ("¹ Institute …", "1 Institute …").
_LETTER_MARKS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"  # "Marta Lindqvistᵃ": a superscript letter keys the affiliation
_MARK = rf"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹{_LETTER_MARKS}]+(?:(?:,|,? )(?:[⁰¹²³⁴⁵⁶⁷⁸⁹{_LETTER_MARKS}]+|\*+))*|[*†‡§]+|(?<=[^\W\d_])\d(?:,\d)*)"
_MARKED_NAME = re.compile(rf"(?<=\w){_MARK}")
_MARK_LINE = re.compile(rf"^(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[{_LETTER_MARKS}]|[*†‡§]+|\d)\s*(?P<text>\S.*)$")


_UNIT_OF = re.compile(r"^(?:department|dept\.|faculty|chair|division|section|school|unit) (?:of|for)\b", re.I)


_UNIVERSITY = re.compile(r"\b(?:University|Universit(?:ät|é|à|at|y)|Universidad|Universidade|Uniwersytet|Univerzita|Universiteit|Universitet|Yliopisto)\b", re.I)


def _marked_place(text: str) -> str | None:
    """The place of work an affiliation line under marked names gives: "Harbour Institute, Kiel" as it stands; for
    "Department of Politics, University of Gdańsk" or "Institute of Political Science, Vilnius University", the
    university the department or institute belongs to, from its name on."""
    parts = text.strip().rstrip(".").split(", ")
    university = next((k for k in range(1, len(parts)) if _UNIVERSITY.search(parts[k]) and P.is_institution(parts[k])), None)
    if university is not None and not _UNIVERSITY.search(parts[0]):
        return ", ".join(parts[university:])  # "Institute of Political Science, Vilnius University": the university it is part of
    if P.is_institution(parts[0]):
        return ", ".join(parts)
    if _UNIT_OF.match(parts[0]):
        return next((", ".join(parts[k:]) for k in range(1, len(parts)) if P.is_institution(parts[k])), None)
    return None


def _mark_key(mark: str) -> str:
    """A mark as its line under the names gives it: "¹" at a name is "1" at the start of a line in a dump."""
    return mark.translate(_LOWERED)


_LOWERED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _marks(mark: str) -> list[str]:
    return [m for m in re.split(r",\s?|\s", mark) if m and not re.fullmatch(r"\*+", m)] if not re.fullmatch(r"[*†‡§]+", mark) else [mark]


@HEAD.register("marked-authors", 74, "authors with affiliation marks and the affiliation lines under them")
def marked_authors(state: HeadState) -> Claim | None:
    """"Ann Lee¹, Bo Chan² and Cy Diaz¹" then "¹ Example Institute" and "² North University, Department of …"."""
    text = state.text().strip()
    rest = _by_rest(text)
    if rest is None and not state.title:
        return None
    text = rest if rest is not None else text
    plain = _PLAIN_LETTER_MARK.search(text) is not None  # "Ann Lee a,∗ , Paul Brenner b": the raise lost in a dump
    if plain:
        text = _PLAIN_LETTER_MARK.sub(lambda m: re.sub(r"\s+", "", m["marks"]).translate(_RAISE), text)
    marks_by_name: list[tuple[str, list[str]]] = []
    bare = _MARKED_NAME.sub("", text)
    if bare == text:
        return None
    authors = authors_from(bare, state.common)
    if not authors:
        return None
    for match in re.finditer(rf"([^,&]+?){_MARK}", text):
        mark = text[match.end(1) : match.end()]
        marks_by_name.append((_MARKED_NAME.sub("", match.group(1)), _marks(mark)))
    places: dict[str, str] = {}
    count = 1
    while state.i + count < len(state.units):
        # the lines of one unit, where the reading joined them: "* Institute …, Vilnius University † Department …, London"
        parts = re.split(r"\s+(?=[*†‡§]+\s)", state.text(count).strip())
        lines = [(m, p) for part in parts if (m := _MARK_LINE.match(part)) and (p := _marked_place(m["text"]))]
        if not lines or len(lines) != len(parts):
            break
        places.update((line["mark"], place) for line, place in lines)
        count += 1
    if not places and plain:
        places = _page_foot_affiliations(state, {m for _, marks in marks_by_name for m in marks})
    if not places:
        places = _cover_notes(state, {m for _, marks in marks_by_name for m in marks}, [a.name for a in authors])
    if not places:
        return None
    places = {_mark_key(mark): place for mark, place in places.items()}
    for author in authors:
        marks = next((m for n, m in marks_by_name if n.strip().endswith(author.name)), [])
        found = [places[_mark_key(m)] for m in marks if _mark_key(m) in places]
        author.affiliation = "; ".join(found) or author.affiliation
    return Claim("byline", count, [state.find("authors", authors, "marked-authors")])


_COVER_NOTES_WINDOW = 30  # the notes to a cover's author marks sit at the foot of the cover page
# Letters set after a name as marks, their raise lost in a text dump: "Søren Kjærgaard a,∗ , Oleksandr Kovalenko b".
_PLAIN_LETTER_MARK = re.compile(r"(?<=[^\W\d_])\s+(?P<marks>[a-f](?:\s*,\s*(?:[a-f]|[*∗]))*)(?=\s*(?:,|\band\b|&|$))")
_RAISE = str.maketrans("abcdef∗", "ᵃᵇᶜᵈᵉᶠ*")


def _page_foot_affiliations(state: HeadState, marks: set[str]) -> dict[str, str]:
    """The affiliations keyed by plain letters at the foot of the first page ("a Danish Centre for Economic
    Statecraft, Aarhus, Denmark"): the institution, for every mark (else none counts)."""
    places: dict[str, str] = {}
    for unit in state.units[state.i + 1 : state.i + _COVER_NOTES_WINDOW]:
        line = P.AFFILIATION_NOTE.match(unit.text.strip())
        if line and (mark := line["mark"].translate(_RAISE)) in marks and mark not in places:
            places[mark] = P.institution_name(line["institution"])
    return places if set(places) == marks else {}


def _cover_notes(state: HeadState, marks: set[str], names: list[str]) -> dict[str, str]:
    """The notes to the authors' marks at the foot of a cover page ("* Name is a fellow at Institute."), further
    down than the line under the names, or already taken from it with the page's notes: each note must open with its
    mark and the author's name, and name the place of work. Every mark must have its note (else none counts)."""
    places: dict[str, str] = {}
    for text in [u.text for u in state.units[state.i + 1 : state.i + _COVER_NOTES_WINDOW]] + list(state.author_notes):
        match = re.match(r"^(?P<mark>[*†‡§]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?P<text>\S.*)$", text.strip(), re.S)
        if not match or match["mark"] not in marks or match["mark"] in places:
            continue
        bio = P.parse_bios(match["text"], frozenset(names)) or []
        if len(bio) == 1 and bio[0].name in names and bio[0].affiliation:
            places[match["mark"]] = bio[0].affiliation
    return places if set(places) == marks else {}


# a researcher's post, as a bio under the title gives it
_RESEARCH_POST = re.compile(r"\b(?:fellow|researcher|analyst|scholar|professor|lecturer|research\s+(?:director|associate|assistant)|"
                            r"director\s+of\s+(?:research|studies)|(?:phd|doctoral)\s+(?:candidate|researcher))\b", re.I)


@HEAD.register("bio-line", 72, "author's bio set in italics under the title")
def bio_line(state: HeadState) -> Claim | None:
    """"*Ana Ruiz is a senior fellow at the Example Institute in Madrid.*" under the title: the author and
    affiliation. In italics; in plain text only a paragraph of that one sentence giving a researcher's post and place of
    work ("Ana Ruiz is a senior fellow at the Example Institute."): any other plain sentence there opens the body, and
    may be about someone else ("Mark Rutte is the Secretary General of NATO.")."""
    text = state.text().strip()
    inner = P.in_italics(text)
    if not state.title or state.authors or len(text.split()) > 60:
        return None
    if inner is None:
        authors = P.parse_bio(text) if len(sentences(text)) == 1 and len(text.split()) <= 30 and "\n" not in text else None
        if not authors or len(authors) != 1 or not authors[0].affiliation or not _RESEARCH_POST.search(authors[0].position or "") \
                or re.match(r"\S+(?:\s+\S+){0,5}\s+(?:was|were|war|fue|era|était|był|była|foi)\s", text) or _about_the_person(state.text(1), authors[0].name):
            return None  # ("Jan Nowak was a senior fellow …": an obituary's subject; "… She told us …": an interview's)
        return Claim("byline", findings=[state.find("authors", authors, "plain-bio-line")])
    authors = P.parse_bios(inner.strip())
    if not authors:
        return None
    return Claim("byline", findings=[state.find("authors", authors, "bio-line")])


def _about_the_person(text: str, name: str) -> bool:
    """The paragraph under a bio sentence goes on about its person (by name or pronoun, or as an interview's subject):
    the bio introduces the text's subject, not its author."""
    first = (sentences(text) or [""])[0]
    surname = name.split()[-1]
    return bool(re.match(rf"(?:she|he|they|in this (?:interview|conversation)|{re.escape(surname)})\b", first, re.I)
                or re.search(r"\b(?:(?:spoke|talked|sat down)\s+(?:to|with)|asked|interviewed)\s+(?:her|him|them)\b", first, re.I))


@HEAD.register("author-lines", 70, "author lines under a lone 'By' or 'Authors:' label")
def author_lines(state: HeadState) -> Claim | None:
    """A lone "By" or "Authors:" line, then one author per line (dashed or not), maybe an institution line.

    A one-word label no table lists ("Autoriai:", "Autorid:") counts only when every line under it, up to
    the next blank, names an author with an affiliation: a label over anything else is not a byline.
    """
    label = state.text().strip("*_ ")
    if not _LONE_BY.match(label):
        return _authors_under_unknown_label(state) if _ANY_LABEL.match(label) else None
    found, count = [], 1
    while state.i + count < len(state.units):
        text = state.text(count)
        authors = authors_from(text)
        if authors:
            found.append(state.find("authors", authors, "author-lines", count))
        elif found and len(found[-1].value) == 1 and found[-1].value[0].affiliation is None and (place := _place_of_work(text)) \
                and not _part_of_institution(place):
            found[-1].value[0].affiliation = place
        elif found and len(found[-1].value) == 1 and found[-1].value[0].position is None and (P.role_only(text.strip()) or _place_of_work(text)):
            found[-1].value[0].position = text.strip()  # "Associate Fellow", "Director, Europe Programme": a post, no place of work
        elif found and _CONTACT_ROW.match(text.strip()):
            pass  # "+41 44 555 20 10 | helena.marchetti@…": the author's telephone and address, under the name
        else:
            break
        count += 1
    return Claim("byline", count, found) if found else None


_ANY_LABEL = re.compile(r"^[^\W\d_]{4,20}\s?:$")
# An author's telephone and e-mail address on the line under the name: "+41 44 555 20 10 | ann.lee@harbour.example"
_CONTACT_ROW = re.compile(r"^(?:(?:tel\.?:?\s*)?\+?\d[\d ()./-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*[|·,]\s*(?:(?:tel\.?:?\s*)?\+?\d[\d ()./-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*$", re.I)
# A repository record's creators, surname first with the numbers of their affiliations: "Lee, Ann 1", "Müller, Zoë 1, 2"
_CREATORS_LABEL = re.compile(r"^(?:creators?|authors?|contributors?|autor(?:en|es|s)?|auteurs?)\s*:?$", re.I)
_CREATOR = re.compile(r"^(?P<surname>[^\W\d_][\w'’ -]{0,40}?),\s+(?P<given>[^\W\d_][\w'’. -]{0,40}?)(?:\s+(?P<marks>\d{1,2}(?:\s*,\s*\d{1,2})*))?$")
_NUMBERED_PLACE = re.compile(r"^(?P<mark>\d{1,2})[.)]?\s+(?P<place>\S.{2,120})$")


@HEAD.register("creators", 71, "a repository record's creators, surname first, and their numbered affiliations")
def creators(state: HeadState) -> Claim | None:
    """"Creators" over "Lee, Ann 1" / "Müller, Zoë 2", then "1. Harbour Institute" / "2. Centre for …": the authors
    in their own order, each with the affiliations their numbers key."""
    if not _CREATORS_LABEL.match(state.text().strip()):
        return None
    people, count = [], 1
    while state.i + count < len(state.units) and (match := _CREATOR.match(state.text(count).strip())):
        name = f"{match['given'].strip()} {match['surname'].strip()}"
        if not P.is_person_name(name) or P.role_only(match["given"]) or P.is_institution(match["given"]):
            return None  # "Jan Kowalski, Senior Fellow": a name and a post, not a surname and a given name
        people.append((name, re.findall(r"\d{1,2}", match["marks"] or "")))
        count += 1
    # surname first only under "Creators" (a repository's word), or with the numbers of affiliations after each name
    if not people or not (state.text().strip().lower().startswith("creator") or all(marks for _, marks in people)):
        return None
    places: dict[str, str] = {}
    while state.i + count < len(state.units) and (line := _NUMBERED_PLACE.match(state.text(count).strip())) and P.is_institution(line["place"]):
        places[line["mark"]] = P.institution_name(line["place"].rstrip("."))
        count += 1
    if state.i + count < len(state.units) and _RECORD_TEXT_LABEL.match(state.text(count).strip()):
        count += 1  # "Description": the record's field over the text, no heading of it
    authors = [Author(name, "; ".join(places[m] for m in marks if m in places) or None) for name, marks in people]
    return Claim("byline", count, [state.find("authors", authors, "creators", 1)])


_RECORD_TEXT_LABEL = re.compile(r"^(?:description|beschreibung|descripción|descrizione|descrição|opis|beschrijving)\s*:?$", re.I)


def _authors_under_unknown_label(state: HeadState) -> Claim | None:
    found, count = [], 1
    while state.i + count < len(state.units) and state.units[state.i + count].line == state.units[state.i].line + count and state.text(count).strip():
        authors = authors_from(state.text(count))
        if not authors or any(a.affiliation is None for a in authors):
            return None
        found.append(state.find("authors", authors, "author-lines-label", count))
        count += 1
    return Claim("byline", count, found) if found else None


@HEAD.register("profile", 62, "a post's author and headline above an untitled text")
def profile(state: HeadState) -> Claim | None:
    """"Kaisa Mäkelä" / "Senior Fellow | Nordic Security Institute" at the top of a social post: the author and
    the headline under the name, and no title (the line under them is the text or a date, not a heading)."""
    if state.title or state.authors:
        return None
    authors = authors_from(state.text(), state.common)
    if not authors or len(authors) != 1 or authors[0].affiliation is not None:
        return None
    if not (role := _role_line(state, 1, gap=2) or _profile_bio(state)):
        return None
    below = HeadState(state.units, state.i + 2, common=state.common)
    if below.i < len(state.units) and P.heading_like(below.text(), 32) and not HEAD["date-line"].test(below):
        return None  # a title under the author's card: the title rule reads it
    authors[0].affiliation, authors[0].position = role
    return Claim("byline", 2, [state.find("authors", authors, "profile")])


def _profile_bio(state: HeadState) -> tuple[str | None, str] | None:
    """A profile's bio under the name (a handle between them may have been left out) whose first sentence is a
    post at an institution: "Research director, Dnipro Institute for Security Policy. Ukraine, deterrence. Views mine."."""
    if state.i + 2 >= len(state.units) or not 0 < state.units[state.i + 1].line - state.units[state.i].line <= 2 or byline_start(state.text(1)):
        return None  # "By Ann Lee, Fellow, …" under a line: a byline under a title, no profile's bio
    first = P.sentences(state.text(1))[0].strip().rstrip(".") if P.sentences(state.text(1)) else ""
    affiliation, _ = P.describe(first.replace(" | ", ", "))
    return (P.institution_name(affiliation), first) if affiliation and P.is_institution(affiliation) and len(first.split()) <= 14 else None


@HEAD.register("author-line", 60, "author line after the title")
def author_line(state: HeadState) -> Claim | None:
    """After the title: "A and B", "Name, Role at Institute", "Name | Role, Institute", "Dr. Name" (+ institution line)."""
    if not state.title:
        return None
    line, dated = _dated_segment(state.text())  # "Ana Lindqvist · 12 March 2026": the name and the date, one line
    authors = authors_from(_without_post_meta(line), state.common)
    if not authors or (state.by_names and any(a.name not in state.by_names for a in authors)):
        return None  # under a "By" byline, an author box repeats its names; a new bare "name" is something else
    if len(authors) == 1 and ", " in state.text() and authors[0].affiliation is None and P.ends_sentence(state.text().strip()) \
            and not any(w.lower().strip(".,") in P.ROLE_WORDS for w in state.text().split(", ", 1)[1].split()):
        return None  # "Anna Müller, as ever, disagreed.": a sentence about a person, neither a role nor a place of work
    count = 1 + _role_under(state, authors)
    if count == 1 and len(authors) == 1 and authors[0].affiliation is None and state.i + 2 < len(state.units) \
            and not any(state.line() < n <= state.line(1) for n in state.page_breaks) \
            and (P.is_institution(state.text(1)) or (_town_after(state.text(1)) and P.is_institution(state.text(1).rsplit(", ", 1)[0]))):
        below = state.text(1)
        authors[0].affiliation = P.institution_name(below if P.is_institution(below) and not _town_after(below) else below.rsplit(", ", 1)[0])
        count = 2
    findings = [state.find("authors", authors, "author-line")]
    if dated and not state.date:
        findings.append(state.find("date", dated, "author-line-date"))
    return Claim("byline", count, findings)


def _dated_segment(text: str) -> tuple[str, str | None]:
    """A line of segments one of which is a whole date, without that segment, and the date: ("Ana Lindqvist",
    "2026-03-12") for "Ana Lindqvist · 12 March 2026"; the line as it is and None when no one segment is a date."""
    segments = re.split(r"\s+[|·•]\s+", text.strip())
    dates = [(k, iso) for k, s in enumerate(segments) if len(s.split()) <= 5 and (iso := parse_date(s))]
    if len(segments) < 2 or len(dates) != 1:
        return text, None
    return " · ".join(s for k, s in enumerate(segments) if k != dates[0][0]), dates[0][1]


def _without_post_meta(text: str) -> str:
    """The line without its post's age and reading time, set apart by dots or bars: "Milena Đorđević · 3 days ago ·
    5 min read" names its author only (an age counted from the day the page was saved dates nothing)."""
    segments = re.split(r"\s+[|·•]\s+", text.strip())
    kept = [s for s in segments if not any(WEB_FURNITURE[n].test(s) for n in ("relative-date", "reading-time"))]
    return kept[0] if len(segments) > 1 and len(kept) == 1 else text


def _town_after(text: str) -> bool:
    """"Harbour Institute, Tromsø": an institution, then the town it is in (one or two capitalised words)."""
    head, _, town = text.strip().rpartition(", ")
    return bool(head) and bool(re.fullmatch(r"[A-ZÀ-ÝØÅÆŁ][^\W\d_]+(?:[ -][A-ZÀ-ÝØÅÆŁ][^\W\d_]+)?", town)) and not P.is_institution(town)


def _share_institution_below(findings: list[Finding]) -> None:
    """Names one a line, then their one institution under the last ("Ann Lee" / "Jan Novak" / "Harbour Institute,
    Tromsø"): the institution is each one's, when no name has another and the last's line did not itself give it."""
    run = [f for f in findings if f.rule == "author-line"]
    if len(run) < 2 or any(len(f.value) != 1 for f in run) or any(b.line != a.line + 1 for a, b in zip(run, run[1:], strict=False)):
        return
    place = run[-1].value[0].affiliation
    if place and all(f.value[0].affiliation is None for f in run[:-1]) and place not in run[-1].text:
        for finding in run:
            finding.value[0].affiliation = place


def _role_under(state: HeadState, authors: list[Author]) -> int:
    """1 when the line right under a lone author's name or byline gives the role ("President of the Hanseatic
    Council"), read into the author; else 0."""
    if len(authors) == 1 and authors[0].affiliation is None and (role := _role_line(state, 1)):
        authors[0].affiliation, authors[0].position = role
        return 1
    # several names, then their one institution right under them: "Vistula Centre for Economic Security, Warsaw, Poland"
    if len(authors) > 1 and all(a.affiliation is None for a in authors) and (place := _shared_institution(state)):
        for author in authors:
            author.affiliation = place
        return 1
    return 0


def _shared_institution(state: HeadState) -> str | None:
    """The one institution on the line right under several names, the rest of the line its town and country; None when
    the line names two institutions ("A, B", "A and B") or holds a date (the date-line rule reads it)."""
    if state.i + 1 >= len(state.units) or state.units[state.i + 1].line != state.line() + 1:
        return None
    below = state.text(1).strip()
    parts = below.split(", ")
    if not P.is_institution(parts[0]) or P.ends_sentence(below) or len(below.split()) > 14 or date_after_comma(below) or parse_date(below):
        return None
    if any(P.is_institution(p) for p in parts[1:]) or re.search(r"\s(?:and|&)\s+(?:the\s+)?[A-Z]", parts[0]) and \
            all(P.is_institution(p) for p in re.split(r"\s(?:and|&)\s+", parts[0])):
        return None  # two institutions: which author is at which is not said
    return P.institution_name(parts[0])


_PART_OF_INSTITUTION = re.compile(r"\b(?:programme|program|department|division|unit|team|desk|programa|programma|departamento|dipartimento|"
                                  r"abteilung|département|afdeling)\b", re.I)


def _part_of_institution(name: str) -> bool:
    """"Europe Programme", "Nuclear Policy Unit": a part of an institution the line does not name, no place of work."""
    return bool(_PART_OF_INSTITUTION.search(name)) and not P.is_institution(_PART_OF_INSTITUTION.sub("", name).strip())


# A past post on the line under a name: "Former Ambassador of Poland to NATO", "Retired Vice Admiral", "Ex-Deputy Minister"
_PAST_POST = re.compile(r"^(?:former|ex-|retired)\s*(?:deputy |vice |chief |senior |assistant |special |permanent )?(?:ambassador|minister|secretary|director|"
                        r"head|commander|president|adviser|advisor|general|admiral|chair(?:man|woman)?|member|envoy|representative|diplomat|"
                        r"official|officer|spokesperson|negotiator|undersecretary|under-secretary|state secretary|chief)\b", re.I)


def _role_line(state: HeadState, offset: int, gap: int = 1) -> tuple[str | None, str] | None:
    """The line right under a name (no blank between) that gives the role and the place of work, in one language
    or two: "Research Fellow, Example Institute", "Chercheuse / Research Fellow, Example Institute". With ``gap``,
    lines taken out between them (a network degree "· 2nd" beside a name) may stand between."""
    index = state.i + offset
    if index + 1 >= len(state.units) or not 0 < state.units[index].line - state.units[index - 1].line <= gap:
        return None
    text = state.text(offset)
    text = P.in_italics(text) or text  # "_Analyst, Eastern Europe Programme_"
    if parse_date(text) or authors_from(text, state.common) or byline_start(text) or text.rstrip()[-1:] in ".!?" \
            or max(len(part.split()) for part in text.split(";")) > 16 or text.count(";") > 2:  # (two posts set apart by ";")
        return None  # a date, a name, a byline ("By Ann Lee, Fellow, …": the line above is a title) or a sentence
    if _PAST_POST.match(text) and len(text.split()) <= 12:
        return None, text  # "Former Ambassador of Poland to NATO": a past post, and no place of work now
    affiliation, position = P.describe(text.split(" / ")[-1].replace(" | ", ", "))  # "Senior Fellow | Institute": a headline's bar
    if position:
        position = text  # the line as written, its bar kept
    if not affiliation and P.role_only(text):
        return None, text  # "Associate Fellow": a post, and no place of work named
    if not affiliation or not position or affiliation == position:
        return None
    if _part_of_institution(affiliation):
        return None, text  # "Senior Researcher, Nuclear Policy Programme": a programme, not the place of work
    return affiliation, text


def byline_authors(text: str) -> list[Author] | None:
    """The authors of a line that opens with a byline ("By Name", "Written by Name and Name"), else None."""
    rest = _by_rest(text.strip())
    return authors_from(rest) if rest is not None else None


def byline_start(text: str) -> bool:
    """"By Name", "by Name and Name": a byline that opens a line."""
    return byline_authors(text) is not None


def head_line(text: str) -> bool:
    """A line that stands alone in a head: date, byline, author line, masthead or series line."""
    text = text.strip()
    if parse_date(text) or P.is_institution(text) or _SERIES.match(text) or _LONE_BY.match(text):
        return True
    rest = _by_rest(text)
    return bool(authors_from(rest if rest is not None else text))


def _names_or_date(state: HeadState, offset: int) -> bool:
    """True when the unit at ``offset`` names the authors or gives the date (no title can be under it)."""
    probe = HeadState(state.units, state.i + offset, True, state.authors, state.date, state.common)
    return probe.i < len(state.units) and any(HEAD[name].test(probe) for name in ("date-line", "byline", "author-lines", "author-line"))


def _head_material(state: HeadState, offset: int) -> bool:
    """True when the unit at ``offset`` is a byline, an author line or a date."""
    probe = HeadState(state.units, state.i + offset, True, state.authors, state.date, state.common)
    if probe.i >= len(state.units):
        return False
    if any(HEAD[name].test(probe) for name in ("date-line", "date-under-label", "byline", "staff-byline", "author-lines", "author-line", "marked-authors", "series-line",
                                                "name-columns", "event-lines", "credits", "article-history")):
        return True
    wide = HEAD["wide-fields"].test(probe)  # "14 MAY 2026          By Ana Ribeiro and Jan Nowak": the date and the byline in columns
    return bool(wide and any(f.field in {"date", "authors"} for f in wide.findings))


@HEAD.register("reading-estimate", 88, "a reader view's estimate of the reading time, in the head")
def reading_estimate(state: HeadState) -> Claim | None:
    """"8–10 minutes" alone in the head, above the title or under the byline, as a browser's reader view prints it
    (in the text, a bare range of minutes is the text's own)."""
    if not re.fullmatch(r"\d{1,3}\s*[–-]\s*\d{1,3}\s+minutes?", state.text().strip()):
        return None
    return Claim("reading-estimate")


@HEAD.register("chrome", 52, "site chrome above the title")
def chrome(state: HeadState) -> Claim | None:
    """A search box, a breadcrumb, a menu row or a kicker above the title (see ``title_position``)."""
    if state.title or state.title_at is None or state.i >= state.title_at:
        return None
    if not state.date and (iso := date_in_segments(state.text())):  # "POLICY ALERT No. 7/2026 | 18 February 2026": a series line
        return Claim("chrome", findings=[state.find("date", iso, "series-date")])
    segments = re.split(r"\s+[|·•]\s+", state.text().strip())
    publisher = next((name for segment in segments[1:] if segment.lower().startswith(("published by", "a publication of"))
                      and (name := P.publisher_from(segment))), None)
    words = segments[0].split()
    if publisher is None and len(segments) > 1 and not any(u.role == "masthead" for u in state.units[: state.i]):
        # "Harbour Institute" over "Analys | Säkerhetspolitik", read as one line: the site's name, then its kicker's first word
        kicker = next((k for k in range(len(words) - 1, max(len(words) - 3, 1), -1)
                       if words[k][:1].isupper() and P.label(" ".join(words[k:])) in P.KICKER_LABELS | P.DOCTYPE_LABELS), None)
        name = " ".join(words[:kicker]) if kicker else None
        if name and re.search(r"\s(?:for|of|on|für|de|du|di|del|voor|för)\s+\S+$", name, re.I):
            name = segments[0]  # "Centre for Policy Research | Maritime Security": the kicker's word ends the name ("… for Policy" is none)
        publisher = P.institution_name(name) if name and P.is_institution(name) else None
    if publisher:  # "Transatlantic Review Online | Published by the Atlantic Policy Circle": the site, and who publishes it
        return Claim("chrome", findings=[state.find("publisher", publisher, "chrome-published-by")])
    return Claim("chrome")


@HEAD.register("record-title", 99, "a record's kind in capitals over what it records ('SUMMARY RECORD' / 'of the meeting held …')")
def record_title(state: HeadState) -> Claim | None:
    """"SUMMARY RECORD", "MINUTES", "REPORT" in capitals, then "of the meeting held in Kiel on 22 January 2026" in
    lower case: the title and its subtitle (the kind of document is all the title such a record has)."""
    text, below = state.text().strip(), state.text(1).strip()
    if state.title or not text.isupper() or not 1 <= len(text.split()) <= 4 or not re.match(r"(?:of|on|from)\s+(?:the|a|an)\s+[a-z]", below):
        return None
    return Claim("title", 2, [state.find("title", text, "record-title"), state.find("subtitle", below, "record-title", 1)])


@HEAD.register("from-department", 70, "the department a portal's paper is from ('From: Department for …')")
def from_department(state: HeadState) -> Claim | None:
    """"From: Office for European Security Partnerships" under a paper's title on a government's portal: who published
    it. Only under the title (above it, "From:" opens a mail's header) and only an institution's name."""
    match = re.match(r"^(?:from|von|de|da|di|od)\s*:\s*(?P<name>\S.*)$", state.text().strip(), re.I)
    name = match["name"].strip().rstrip(".") if match else ""
    if not state.title or not match or "@" in name or not (P.is_institution(name) or P.GOVERNMENT_BODY.match(name)):
        return None  # "Department for Ports and Shipping": a government's department, its publisher
    return Claim("masthead", findings=[state.find("publisher", P.institution_name(name), "from-department")])


# The meeting a release reports: "Committee on Maritime Security, 47th Meeting (AM)", "Security Council, 9812th Meeting"
_NUMBERED_MEETING = re.compile(r"^(?-i:(?:[A-Z][\w'’-]*\s+){0,3})(?:committee|council|commission|assembly|conference|board|group|subcommittee)\b[^,]{0,80},\s*"
                           r"\d{1,5}(?:st|nd|rd|th)\s+(?:meeting|session|sitting|plenary(?: meeting)?)(?:\s*\((?:AM|PM|morning|afternoon|night)\))?$", re.I)


@HEAD.register("meeting-line", 94, "the meeting a release reports, with its number ('Committee on Ports, 47th Meeting (AM)')")
def meeting_line(state: HeadState) -> Claim | None:
    """The meeting over a release's own headline; with no headline under it (a byline or a date next), it is the title."""
    if state.title or not _NUMBERED_MEETING.match(state.text().strip()) or state.i + 1 >= len(state.units) or _head_material(state, 1):
        return None
    return Claim("doctype")


# "Written evidence submitted by Dr A and B, Institute (DSP0047)", "Submission by X to the consultation on …"
_SUBMITTED_BY = re.compile(r"^(?:(?:written|supplementary|oral)\s+)?(?:evidence|submission|memorandum|response)\s+(?:submitted\s+)?by\s+"
                           r"(?P<names>[A-Z].+?)(?:\s+\((?P<code>[A-Z]{2,6}\s?\d{2,5})\))?$", re.I)


@HEAD.register("submitted-by-title", 52, "a submission's title that names who submitted it ('Written evidence submitted by …')")
def submitted_by_title(state: HeadState) -> Claim | None:
    """A committee's written evidence titled by who submitted it: the title, and its authors with their institute
    ("Dr Fiona MacLeod and Rhys Pritchard, Institute for Northern Security Studies"). Every name must be a person's."""
    text = state.text().strip()
    if state.title or not (match := _SUBMITTED_BY.match(text)) or len(text.split()) > 30:
        return None
    authors: list[Author] = []
    # "Dr A, Harbour Institute, and Professor B, Nordic Centre" (each with hers) or "Dr A and B, Harbour Institute" (one for both)
    place = ""
    for part in reversed(re.split(r",?\s+and\s+(?=(?:Dr|Prof(?:essor)?|Mr|Ms|Mrs|Sir|Dame)\.?\s|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,)", match["names"])):
        names, _, own = part.rpartition(", ")
        if names and P.is_institution(own):
            place = own
        else:
            names = part  # no place of her own: the one named after her, for all of them
        found = authors_from(names, state.common)
        if not found:
            return None
        for author in found:
            author.affiliation = P.institution_name(place) if place else author.affiliation
        authors[:0] = found
    if not authors:
        return None
    return Claim("title", findings=[state.find("title", text, "submitted-by-title"), state.find("authors", authors, "submitted-by-title")])


# A column's name over its title: "LETTER FROM VILNIUS", "Dispatch from Kyiv", "Postcard from Brussels"
_COLUMN_FROM = re.compile(r"^(?:letter|letters|dispatch|dispatches|postcard|notes|view|report)\s+from\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$", re.I)


@HEAD.register("column-name", 86, "a column's name over its title ('LETTER FROM VILNIUS')")
def column_name(state: HeadState) -> Claim | None:
    """The column a piece appears in, over the piece's own title: a kicker, not the title. Alone (no title under
    it), it is the title."""
    if state.title or not _COLUMN_FROM.match(state.text().strip()) or state.i + 1 >= len(state.units):
        return None
    below = state.text(1).strip()
    if not P.heading_like(below, 20) or _head_material(state, 1):
        return None
    return Claim("doctype")


@HEAD.register("affiliation-notes", 73, "the affiliations under names marked with letters ('a Harbour Institute, Kiel')")
def affiliation_notes(state: HeadState) -> Claim | None:
    """"a Northern Harbour Institute, Kiel" / "b Baltic Ports Observatory, Riga" under "Ann Lee a,*, Bo Chan b": read
    with the names (``marked-authors``), and the head goes on under them (the article's history, its date)."""
    if not state.i or state.units[state.i - 1].role != "byline":
        return None
    count = 0
    while state.i + count < len(state.units) and all(P.AFFILIATION_NOTE.match(line.strip()) for line in state.text(count).split("\n")):
        count += 1
    return Claim("byline", count) if count else None


# A funded project's deliverable: "Deliverable D3.2", over its title; the project's name, acronym and grant above it
_DELIVERABLE = re.compile(r"^(?:deliverable|livrable|leistung)\s+(?:no\.?\s*)?D?\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*[:–—-]\s*(?P<title>\S.*))?$", re.I)
_FUNDER = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?(?:co-?)?funded by\s+(?:the\s+)?european union\.?$", re.I)  # "[EU emblem] Funded by the European Union"
_GRANT = re.compile(r"^(?:grant agreement|project)\s+(?:no\.?|number|n°)\s*:?\s*\d{6,9}\b.{0,80}$", re.I)


@HEAD.register("deliverable", 95, "a funded project's deliverable: its number, and the project's name and grant above it")
def deliverable(state: HeadState) -> Claim | None:
    """"BRIDGES-SEC" / "Bridging European and British Security Cooperation" / "Grant Agreement No. 101187654 — …" /
    "Deliverable D3.2" over the deliverable's title: all but the title are the project's, not the text's."""
    if state.title:
        return None
    text = state.text().strip()
    if (number := _DELIVERABLE.match(text)) and number["title"]:
        return Claim("title", findings=[state.find("title", number["title"].strip(), "deliverable-title")])  # "Deliverable D3.2: Title"
    if number or _GRANT.match(text) or _FUNDER.match(text):
        return Claim("doctype")
    below = _DELIVERABLE.match(state.text(1).strip()) if state.i + 1 < len(state.units) else None
    if below and not below["title"] and P.heading_like(text, 24) and not _names_or_date(state, 0):
        return Claim("title", 2, [state.find("title", text, "deliverable-title")])  # the title, its number right under it
    ahead = [state.text(k).strip() for k in range(1, 3) if state.i + k < len(state.units)]
    if len(text.split()) <= 10 and not P.ends_sentence(text) and any(_GRANT.match(t) for t in ahead) and not _names_or_date(state, 0):
        return Claim("doctype")  # the project's acronym or its name, above its grant agreement's number
    return None


@HEAD.register("data-as-of", 93, "the time a research note's market data is from ('Market data as of: 19-05-2026')")
def data_as_of(state: HeadState) -> Claim | None:
    """"Market data as of: 19-05-2026, 17:30 CET": when the figures were taken, not when the note was published."""
    if re.match(r"^(?:market data|data|prices|figures|pricing)\s+(?:as\s+)?(?:of|at)\s*:?\s+\S*\d.{0,60}$", state.text().strip(), re.I):  # a date or time
        return Claim("doctype")
    return None


@HEAD.register("language-field", 93, "the language a text is in, as a field of its head ('Sprache: Englisch')")
def language_field(state: HeadState) -> Claim | None:
    if not state.title and _LANGUAGE_FIELD.fullmatch(state.text().strip()):
        return Claim("doctype")
    return None


# "Event: 3–4 March 2026, Vilnius", "Format: closed-door", "Event date: …": a label of one or two words (the first
# capitalised, the second in lower case), a colon, a short value
_HEAD_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Ý][^\W\d_]{1,20}(?:\s[^\W\d_A-ZÀ-Ý][^\W\d_]{1,14})?)\s*:\s+(?P<value>\S.{0,100})$")


def _read_otherwise(state: HeadState, offset: int) -> bool:
    """A line another rule of the head reads (a dated line, a byline, a language field)."""
    probe = HeadState(state.units, state.i + offset, common=state.common)
    return bool(DATE_LABEL.match(state.text(offset).strip()) or _by_rest(state.text(offset))
                or next((r for r in HEAD if r.name != "head-fields" and r.priority > 52 and r.test(probe)), None))


@HEAD.register("head-fields", 52, "fields of the page above its title, one a line, under labels no other rule knows ('Event:', 'Format:')")
def head_fields(state: HeadState) -> Claim | None:
    """Lines of "Label: value" right under one another above the title, under labels no other rule reads, each value
    short ("Format: closed-door, Chatham House Rule", "Participants: 48 officials", "Venue: …"): the page's own fields,
    which describe the meeting or the page. Three of them make a block; two, when one has a figure or a field read
    by another rule stands right above them. A title with a colon over its subtitle ("Maritime security: why the ports
    matter" / "Harbour policy: …") is two lines with no figure, and is not read so; a line another rule reads ends the
    block, so that it is read."""
    if state.title:
        return None
    count = 0
    while state.i + count < len(state.units) and (match := _HEAD_FIELD.match(state.text(count).strip())) and "\n" not in state.text(count) \
            and len(match["value"].split()) <= 10 and not P.ends_sentence(match["value"]) \
            and (count == 0 or state.units[state.i + count].line == state.units[state.i + count - 1].line + 1) \
            and not _read_otherwise(state, count):
        count += 1
    fields = [_HEAD_FIELD.match(state.text(k).strip()) for k in range(count)]
    above = state.i > 0 and state.units[state.i - 1].role in {"doctype", "date"} and state.units[state.i - 1].line == state.line() - 1 \
        and bool(re.match(r"^[^:]{2,30}:\s+\S", state.units[state.i - 1].text.strip()))
    if count < 2 or (count == 2 and not above and not (any(re.search(r"\d", m["value"]) for m in fields) and all(" " not in m["label"] for m in fields))):
        return None
    return Claim("doctype", count, [])


@HEAD.register("bilingual-title", 51, "a title given in two languages, one line each (a bilingual edition's)")
def bilingual_title(state: HeadState) -> Claim | None:
    """"Des garanties dignes de ce nom" over "Guarantees Worth the Name": the line in the text's language is the title
    (English when the text is), the other its translation (no subtitle), when one line is in a language whose little
    words it uses and the other in English, and a byline or date follows them."""
    if state.title or state.subject is not None or state.i + 2 >= len(state.units):
        return None
    first, second = state.text().strip(), state.text(1).strip()
    if state.units[state.i + 1].line != state.units[state.i].line + 1 or not (P.heading_like(first, 20) and P.heading_like(second, 20)):
        return None
    shares = (P.english_share(first), P.english_share(second))
    foreign = (P.foreign_share(first), P.foreign_share(second))
    english = next((k for k in (0, 1) if shares[k] > 0 and foreign[k] == 0 and shares[1 - k] == 0 and foreign[1 - k] > 0), None)
    if english is None or _head_material(state, 0) or _head_material(state, 1) or not _head_material(state, 2):
        return None  # neither line a byline or a date ("Por Ana Sousa e Miguel Ferreira"), and one follows them
    body = " ".join(u.text for u in state.units if len(u.text.split()) >= 12)  # (a bilingual edition alternates its paragraphs)
    at = 1 - english if P.foreign_share(body) > 2 * P.english_share(body) else english  # a text in the other language: its line
    return Claim("title", 2, [state.find("title", (first, second)[at], "bilingual-title", at)])


_ROMAN_HEADING = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+[A-Z]")  # "I. The question Europe avoided": a section's heading


@HEAD.register("title", 50, "title")
def title(state: HeadState) -> Claim | None:
    text = state.text()
    bare = text.strip('"“”„«»') if text[:1] in '"“„«' else text  # a title in quotation marks (an interview's)
    if state.title or state.subject is not None or P.label(text) in P.SECTION_LABELS or P.numbered(text) or _ROMAN_HEADING.match(text):
        return None
    if _FOREWORD.fullmatch(text.strip()):
        return None  # "Director's foreword" over a signed note: the report's first section, not its title
    if re.match(r"(?:document\s+|texte\s+)?(?:published|publié|publiée|édité|veröffentlicht|herausgegeben|publicado|pubblicato|wydane)\s+(?:by|par|von|por|da|przez)\b",
                text.strip(), re.I) and P.publisher_from(text):
        return None  # "Document publié par la Direction générale … (DGRIS)": who published it, a notice and no title
    if _first_of_its_sections(state):
        return None
    if (beside := _title_beside_date(state)):
        return beside
    page = _PAGE_TITLE.fullmatch(text.strip())
    if state.i == 0 and page and _page_heading_below(state, page["title"]):
        # the browser's title line of a saved page ("Europe and the Arctic | HPI"), its heading repeating the title below
        # the site's name and menu: read as a message's subject is, so that the head goes on through them to the heading
        findings = [state.find("title", page["title"].strip(), "header-subject")]
        if P.is_institution(page["site"]) and _INSTITUTION_HEAD.search(page["site"]):
            findings.append(state.find("publisher", P.institution_name(page["site"].strip()), "title-dash-publisher"))
        return Claim("page-title", findings=findings)
    owned = re.fullmatch(r"(?P<title>[^—–|]{6,120}?)\s+[—–|]\s+(?P<owner>[^—–|]{6,100})", text.strip())
    if owned and P.is_institution(owned["owner"]) and _INSTITUTION_HEAD.search(owned["owner"]) and not P.is_institution(owned["title"]) and P.heading_like(owned["title"], 32) \
            and not any(u.role == "masthead" for u in state.units[: state.i]):
        # "Closing the Shadow Fleet Loophole – Centro Atlántico de Análisis Estratégico": the title, then who publishes it
        return Claim("title", findings=[state.find("title", owned["title"].strip(), "title-dash-publisher"),
                                        state.find("publisher", P.institution_name(owned["owner"].strip()), "title-dash-publisher")])
    dashed = re.fullmatch(r"(?P<title>[^—–]{6,80}?)\s+[—–]\s+(?P<subtitle>(?-i:[A-Z])[^—–]{20,160})", text.strip())
    if dashed and len(dashed["title"].split()) >= 2 and len(dashed["subtitle"].split()) >= 5 and _title_case(dashed["title"]) and not text.isupper() \
            and P.heading_like(text, 32) and _head_material(state, 1):
        # "Rare Earths as Leverage — What China's Export Controls Mean for European Defence": a title and its subtitle on one line
        return Claim("title", findings=[state.find("title", dashed["title"], "title-dash-subtitle"),
                                        state.find("subtitle", dashed["subtitle"], "title-dash-subtitle")])
    kicked = re.match(r"^(?P<kicker>[^:]{2,25}):\s+(?P<rest>\S.{8,})$", text)
    if kicked and P.label(kicked["kicker"]) in _RUN_IN_KICKERS and P.heading_like(kicked["rest"], 32) and not _head_material(state, 0):
        # "Long read: Why a ceasefire without guarantees is a trap": the section's label run into the title
        return Claim("title", findings=[state.find("title", kicked["rest"], "title-after-kicker")])
    if (lines := _capitals_block(state)) > 1:  # "THE SHADOW FLEET PROBLEM:" / "ENFORCING OIL SANCTIONS" / "ON EUROPE'S DOORSTEP"
        whole = " ".join(state.text(k).strip() for k in range(lines))
        return Claim("title", lines, [state.find("title", whole, "title-capitals-block")])
    if (lines := _colon_wrapped(state) or _filled_block(state)):  # "Quiet Waters, Loud Claims:" / "The New Politics of the Arctic Shelf"
        return Claim("title", lines, [state.find("title", " ".join([text] + [state.text(k).strip() for k in range(1, lines)]), "title-wrapped")])
    # a long title that asks a question, in Title Case, right above the byline (a question in the body is short
    # or in sentence case)
    # a question in Title Case, or a journal's in sentence case after its main title ("Flying the flag: Can Europe …?")
    question = bare.rstrip().endswith("?") and len(bare.split()) <= 24 and (_title_case(bare) or ": " in bare) and _head_material(state, 1)
    if not (P.heading_like(bare, 32) or question or (state.title_at == state.i and (_title_in_sentences(bare) or _short_sentences(bare)))) or P.is_notice(text):  # "Circulated at the request of …" is no title
        return None
    if _wrapped_title(state):
        whole = f"{text} {state.text(1)}"
        return Claim("title", 2, [state.find("title", whole, "title-wrapped")])
    return Claim("title", findings=[state.find("title", text, "title")])


def _page_heading_below(state: HeadState, title: str) -> bool:
    """The title set again, alone on a line, among the next few lines (a page's heading under its site's name)."""
    return any(_words(state.units[k].text) == _words(title) for k in range(state.i + 1, min(len(state.units), state.i + 6)))


def _title_in_sentences(text: str) -> bool:
    """An op-ed's title of two short sentences in Title Case: "Europe Keeps Waiting for the Old America. It Is Not
    Coming Back." (a sentence of the text is in sentence case)."""
    text = text.strip()
    return _sentences_on_a_line(text) and _title_case(re.sub(r"[.!?,;:]", "", text))


def _short_sentences(text: str) -> bool:
    """One or two short sentences on a line of their own: "Türkiye holds the key to the Black Sea. NATO should start
    acting like it." (a title only where a date stands over it and a byline under it)."""
    text = text.strip()
    return _sentences_on_a_line(text) and text[:1].isupper()


def _sentences_on_a_line(text: str) -> bool:
    """One or two sentences of four to twenty words, on one line: the shape of a title set in sentences."""
    return "\n" not in text and 4 <= len(text.split()) <= 20 and 1 <= len(re.findall(r"[.!?](?:\s|$)", text)) <= 2


def _first_of_its_sections(state: HeadState) -> bool:
    """A page that opens on a section's heading, not a title ("Dependence by design" over the text, and then "What the
    licensing regime shows", "A European buyers' club" … over theirs): a short line in sentence case, the text's first,
    with nothing of a head under it, set as three or more later headings are (a line of its own over a paragraph)."""
    text = state.text().strip()
    if state.i or state.units[0].line > 1 or not _sentence_case(text) or len(text.split()) > 5:
        return False  # the page's first line, a few words (a menu or a masthead above a line, or a claim, makes it a title)
    if state.i + 1 >= len(state.units) or len(state.text(1).split()) <= 25 or _head_material(state, 1):
        return False
    later = [k for k in range(state.i + 2, len(state.units) - 1)
             if _sentence_case(state.units[k].text.strip()) and len(state.units[k + 1].text.split()) > 25
             and P.ends_sentence(state.units[k - 1].text)]
    return len(later) >= 3


def _sentence_case(text: str) -> bool:
    """"Dependence by design": a short heading-like line whose first word alone is capitalised (of the longer words)."""
    words = [w for w in text.split() if len(w) > 3]
    return (P.heading_like(text, 12) and text[:1].isupper() and not P.ends_sentence(text) and len(words) >= 1
            and not any(w[:1].isupper() for w in words[1:]) and not text.isupper())


# A report's foreword or preface, maybe of someone named by post: "Foreword", "Director's foreword", "Preface by the Chair".
_FOREWORD = re.compile(r"(?:(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?['’]s?\s+)?(?:foreword|preface|vorwort|avant-propos|préface|prólogo|prefazione|przedmowa)"
                       r"(?:\s+(?:by|from|of)\s+.{2,60})?", re.I)
# The kickers a title may carry run into it, which are never part of it ("Analysis: …" or "Interview: …" may be).
_RUN_IN_KICKERS = {"long read", "longread", "the long read", "explainer"}


def set_apart_date(text: str) -> tuple[list[str], str] | None:
    """``(the parts before, the date)`` of a line with a date set far to its right, six spaces or more from the rest
    (a PDF's layout: "UKRAINE AFTER THE GUNS FALL SILENT          04.III.2026"); else None."""
    *before, last = re.split(r"(?<=\S)\s{6,}(?=\S)", text.strip())
    return (before, iso) if before and (iso := parse_date(last)) else None


def _title_beside_date(state: HeadState) -> Claim | None:
    """A title with its date set far to its right on the same line: "UKRAINE AFTER THE GUNS FALL SILENT      04.III.2026"."""
    beside = set_apart_date(state.text())
    if not beside or len(beside[0]) != 1 or not P.heading_like(title := beside[0][0], 24) or head_line(title):
        return None
    iso = beside[1]
    findings = [state.find("title", title, "title-beside-date")]
    return Claim("title", findings=findings + ([] if state.date else [state.find("date", iso, "date-beside-title")]))


# A preposition Title Case leaves in lower case, on which a wrapped title's first line may end ("… Circumvention through").
_OPEN_PREPOSITIONS = {"through", "between", "without", "within", "against", "towards", "toward", "across", "after", "before", "under",
                      "over", "into", "from", "with", "about", "among", "beyond", "versus", "upon", "onto"}


def _title_case(text: str) -> bool:
    long_words = [w for w in text.split() if len(w) > 3]
    return bool(long_words) and all(w[:1].isupper() or not w[:1].isalpha() for w in long_words)


# Words a title never ends on: a line of a title that ends on one goes on on the next ("Why Europe's Gap Will" / "Outlast …").
# the words no title ends on: a modal before its verb, an article, a conjunction, a possessive ("… Gap Will" / "Outlast …");
# a title does end on a verb, a preposition or "is" ("What Europe Should Do", "What Are Allies For", "Where We Are")
_DANGLING = {"will", "would", "can", "could", "should", "must", "may", "might", "shall", "the", "a", "an", "and", "or", "but", "nor", "of",
             "than", "its", "their", "our", "his", "her", "whose"}
# words a title may end on, but which end a line of a wrapped one far more often ("… Industry Is" / "Still Not Ready …")
_VERB_OR_PREPOSITION = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "for", "to", "in", "on", "with", "at", "by", "as",
                        "not", "that", "which", "who", "from", "into"}


def _wrapped_title(state: HeadState) -> bool:
    """A long title in Title Case carried onto the very next line, also in Title Case, with bylines or a date
    under it: "Bridging the Gap: Towards a Defence-Industrial" / "Compact Between Two Unions". A subtitle
    under a title is set apart by a blank line or written in sentence case."""
    if state.i + 2 >= len(state.units):
        return False
    first, second = state.units[state.i], state.units[state.i + 1]
    whole = f"{first.text} {second.text}"
    # a long first line, or a shorter one whose title goes on after its colon into a question on the next line
    shortest = 28 if ": " in first.text and whole.rstrip().endswith("?") else 40
    last = first.text.split()[-1].lower()
    # "Why Europe's Ammunition Gap Will" / "Outlast …"; after a verb or a preposition only where the next word would not
    # have fitted on the line ("… Industry Is" / "Still Not Ready …"; "Where the Union Is" / "A Stocktaking …" is two)
    filled = len(first.text) + 1 + len(second.text.split()[0]) > max(len(first.text), len(second.text)) if second.text.split() else False
    dangling = len(first.text.split()) >= 3 and (last in _DANGLING or (last in _VERB_OR_PREPOSITION and filled))
    if second.line != first.line + 1 or (len(first.text) < shortest and not dangling) or first.text.rstrip()[-1:] in ".:?!;,":
        return False
    # a title that asks a question may be long once it is whole (a question heading in the body is short)
    question = whole.rstrip().endswith("?") and len(whole.split()) <= 24 and P.heading_like(first.text, 32)
    words = first.text.split()
    open_end = len(words) > 1 and words[-1] in _OPEN_PREPOSITIONS and _title_case(" ".join(words[:-1]))  # "… through" / "Third Countries"
    if not ((_title_case(first.text) or open_end) and _title_case(second.text) and (P.heading_like(whole, 32) or question)):
        return False
    if not open_end and re.match(r"(?:How|Why|What|When|Where|Whether|Who|Which)\s", second.text.strip()) \
            and words[-1].lower() not in {"the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "with", "is", "are"}:
        return False  # "Germany's Defence Budget After the Special Fund" / "How to Keep Spending …": a title, then its subtitle
    # (under a word no title ends on, the next line goes on the title even where it could be read as a name: "… Approach
    # to" / "Critical Infrastructure Protection")
    named_below = _head_material(state, 1) and not (dangling and not byline_start(second.text) and not parse_date(second.text))
    if words[-1] in _NO_TITLE_ENDS and not named_below:
        return True  # "… Lithuania, Belarus and the" / "Weaponisation of Everyday Life": no title ends on "the", whatever is under it
    return not named_below and _head_material(state, 2)


_NO_TITLE_ENDS = frozenset({"the", "a", "an", "of", "and", "for", "to", "with", "from", "&"})


def _capitals_block(state: HeadState) -> int:
    """How many lines a title set in capitals runs over, one under the other (two to four, none ending a sentence but
    the last with its question mark), with bylines or a date under the block: 1 when it is no such block."""
    lines = 1
    while lines < 4 and state.i + lines < len(state.units) and state.units[state.i + lines].line == state.units[state.i + lines - 1].line + 1:
        lines += 1
    for count in range(lines, 1, -1):
        texts = [state.text(k).strip() for k in range(count)]
        whole = " ".join(texts)
        # under the block, the byline or date, or a subtitle in sentence or Title Case on the very next line and then they
        subtitled = state.i + count + 1 < len(state.units) and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1 \
            and not state.text(count).strip().isupper() and P.heading_like(state.text(count), 32) and not _head_material(state, count) \
            and _head_material(state, count + 1)
        if all(t.isupper() and "\n" not in t for t in texts) and not any(t[-1:] in ".;," for t in texts) \
                and P.heading_like(whole, 32) and not any(P.is_institution(t) or P.is_doctype(t) for t in texts) and not (P.topic_label(texts[0]) and count >= 3) \
                and (_head_material(state, count) or subtitled):  # ("SECURITY AND DEFENCE" over it: the site's topic, a kicker)
            return count
    return 1


def _filled_block(state: HeadState) -> int:
    """How many lines a title hard-wrapped to a column's width runs over (0 when it is none): two to four lines one
    under the other, with bylines or a date under them, each line but the last so full that the next line's first
    word would not have fitted on it (a subtitle set under its title could have), and breaks that a title cannot end
    on: before a word in lower case, a number or a last word alone, after a little word or a possessive ("Sanctions
    enforcement after the" / "20th package", "… Still a NATO" / "Lake?"); or after a preposition, where three lines
    show the wrapping ("What Are Allies For" / "NATO at Seventy-Seven" is a title and its subtitle).
    A line the reading already joined to the next (a break before a word in lower case) counts as wrapped."""
    lines = 1
    while lines < 4 and state.i + lines < len(state.units) and _set_under(state.units[state.i + lines - 1], state.units[state.i + lines]):
        lines += 1
    for count in range(lines, 1, -1):
        texts = [state.text(k).strip() for k in range(count)]
        if any("\n" in t or not t for t in texts) or not _head_material(state, count):
            continue
        # the column's width: the longest line as set (a joined unit's lines are about its length over their number)
        width = max(len(t) // max(state.units[state.i + k].joined, 1) for k, t in enumerate(texts))
        breaks = [_break_kind(texts[k], texts[k + 1], width, state.units[state.i + k].joined > 1) for k in range(count - 1)]
        set_lines = sum(max(state.units[state.i + k].joined, 1) for k in range(count))
        # every break one no title ends on (a break that could end one is where the title ends and its subtitle starts)
        # (in a narrow column of three lines or more, any break may be a wrap: "Moldova's Energy" / "Independence Under")
        # (nor after a line where the subtitle has begun, after its colon: "Deterrence on a Budget: How Small" / "Navies …")
        narrow = width < 30 and set_lines >= 3
        wrapped = all(b in {"strong", "weak"} or (b == "" and (narrow or ": " in texts[k])) for k, b in enumerate(breaks)) \
            and ("strong" in breaks or set_lines >= 3)
        whole = " ".join(texts)
        # a line under a break no title ends on goes on the title, even where it could be read as a name ("… Guard the" / "Sea Lanes")
        if wrapped and not any(t[-1:] in ".;!" for t in texts[:-1]) and (P.heading_like(whole, 40) or (whole.endswith("?") and len(whole.split()) <= 24)) \
                and not any(P.is_institution(t) or P.is_doctype(t) or (_head_material(state, k) and breaks[k - 1] != "strong") for k, t in enumerate(texts) if k):
            return count
    return 0


_QUESTION_WORDS = {"how", "why", "what", "when", "where", "whether", "which", "who"}  # ("Deterrence on a Budget: How" / "Small Navies …")
_LITTLE_PREPOSITIONS = {"from", "of", "for", "to", "in", "on", "with", "at", "by", "into"}


def _break_kind(line: str, following: str, width: int, joined: bool) -> str:
    """How a title's line breaks before the next, in a column ``width`` wide: "set" where the next word would have
    fitted (a break made on purpose), "strong" where no title ends ("… after the" / "20th package"), "weak" after
    a preposition, else ""."""
    last = line.split()[-1]
    if not joined and len(line) + 1 + len(following.split()[0]) <= width:
        return "set"
    if byline_start(following) or _LONE_BY.match(following.strip()) or parse_date(following) or date_in_segments(following):
        return "set"  # "A Europe worth fighting for" / "by Ana Ribeiro", "The Narrow Corridor" / "14.5.2026 · Lukuaika 7 min"
    if following.split()[0].lower() in _QUESTION_WORDS and last.lower() not in _DANGLING and not line.endswith(":"):
        return "set"  # "Deterrence by reconstruction" / "Why rebuilding Ukraine's energy system …": a subtitle's question
    if following[:1].islower() or following[:1].isdigit() or last.lower() in _DANGLING | _QUESTION_WORDS or re.search(r"['’]s$", last) \
            or len(following.split()) == 1 or line.endswith(":"):
        return "strong"
    if len(line.split()) >= 3 and _title_case(line) and sum(w[:1].islower() and w.lower().strip(",;:") not in _LONG_LITTLE_WORDS
                                                            for w in following.split() if len(w) > 3) >= 2:
        return "set"  # "Holding the Line at Sea" / "Maritime security guarantees …": a title in Title Case, its subtitle in sentence case
    return "weak" if last.lower() in _OPEN_PREPOSITIONS | _LITTLE_PREPOSITIONS else ""


# Words of four letters or more that a title in Title Case still writes in lower case (Chicago's prepositions and conjunctions)
_LONG_LITTLE_WORDS = {"with", "from", "than", "within", "after", "before", "into", "onto", "over", "under", "between", "along", "about", "among",
                      "through", "toward", "towards", "upon", "without", "against", "during", "across", "behind", "beyond", "since", "until",
                      "that", "when", "while", "amid", "like", "near", "past", "via", "versus"}


def _set_under(above, below) -> bool:
    """``below`` starts on the line right under ``above``, lines joined into ``above`` counted."""
    return below.line == above.line + max(above.joined, 1 + above.text.count("\n"))


def _colon_wrapped(state: HeadState) -> int:
    """How many lines a title broken after its colon runs over (0 when it is none): a short line ending in ":" (a
    title's first half never stands alone so) and, on the very next line, its second half, with bylines or a date
    under them; the second half may itself run onto a third line when it breaks after a little word ("A Port
    Security Strategy for" / "Romania and Its Allies")."""
    if state.i + 2 >= len(state.units):
        return 0
    first, second = state.units[state.i], state.units[state.i + 1]
    words = first.text.split()
    if second.line != first.line + 1 or not first.text.rstrip().endswith(":") or not 2 <= len(words) <= 12:
        return 0
    third = state.units[state.i + 2] if state.i + 3 < len(state.units) else None
    if third is not None and third.line == second.line + 1 and second.text.split()[-1].lower() in _OPEN_PREPOSITIONS | _LITTLE_WORDS \
            and P.heading_like(f"{first.text} {second.text} {third.text}", 40) and third.text.rstrip()[-1:] not in ".:;," \
            and not _head_material(state, 2) and _head_material(state, 3):
        return 3
    if not P.heading_like(f"{first.text} {second.text}", 32) or second.text.rstrip()[-1:] in ".:;,":
        return 0
    if second.text[:1].islower():
        return 2  # "Sanctions on Russia in their fourth year:" / "effects, erosion and enforcement": one title
    return 2 if not _head_material(state, 1) and _head_material(state, 2) else 0


_LITTLE_WORDS = {"for", "of", "and", "the", "a", "an", "to", "in", "on", "with", "or", "its", "their", "from", "at", "by"}


# Who takes part in a podcast, a panel or an interview, without writing it: "Host:", "Guests:", "Moderator:".
_PARTICIPANTS = re.compile(
    r"^(?:hosts?|guests?|moderator|moderated by|chair(?:ed by)?|panell?ists?|speakers?|participants?|interviewees?|"
    r"invités?|gäste|gast|ospiti|ospite|invitados?|convidados?|goście|gasten|moderation|animé par|presented by|presenter)\s*:?\s+(?-i:[A-ZÀ-Ý])",
    re.I,
)


@HEAD.register("credits", 77, "who edited, translated or introduced the text (not its authors)")
def credits(state: HeadState) -> Claim | None:
    """"Edited by Maria Estévez", "Translated from the Polish by Thomas Reid": a credit in the head, no byline."""
    text = state.text().strip("*_ ")
    if re.fullmatch(r"(?:translated from (?:the )?\w+|(?:english )?translation from (?:the )?\w+|übersetzung aus dem \w+|traduit (?:de l['’]\w+|du \w+)|"
                    r"traducido del \w+|tradotto dal\w* \w+|tłumaczenie z (?:języka )?\w+)\.?", text, re.I):
        return Claim("credit")  # "Übersetzung aus dem Deutschen": a translation's note, its translator unnamed
    if "\n" not in text and len(text.split()) <= 4 and not P.CREDIT_LINE.match(text) and P.CREDIT_LINE.match(f"{text} X"):
        return _credited_names(state)  # "Editors:" alone, the names one a line under it
    listed = len(re.findall(r"\s[•·|;]\s|,\s", text)) >= 2  # "Editors: Name (Director) • Name (Chief Editor) • Name • …": a list of names
    if "\n" in text or len(text.split()) > (60 if listed else 16) or not P.CREDIT_LINE.match(text):
        return None
    return Claim("credit")


def _credited_names(state: HeadState) -> Claim | None:
    """A credit's label alone ("Editors:", "Edited by"), then one name a line (a post or place after a comma may
    follow it), up to the first line that is none: who edited the paper, not who wrote it."""
    count = 1
    while state.i + count < len(state.units) and state.units[state.i + count].line == state.units[state.i + count - 1].line + 1:
        names = authors_from(state.text(count), state.common)
        if not names or len(names) != 1 or names[0].affiliation or names[0].position:
            break  # a name with a post or a place under the editors is an author's line
        count += 1
    return Claim("credit", count) if count > 1 else None


# The title of a translation's original under its own: "[Oryginał: „…”]", "Original title: …", "Titre original : …"
_ORIGINAL_TITLE = re.compile(
    r"^[\[(]?(?:original(?: title| version)?|originaltitel|originalfassung|titre original|version originale|título original|"
    r"titolo originale|oryginał|tytuł oryginału|tytuł oryginalny|oorspronkelijke titel|(?:originally|first) published(?: in \w+)? as)\s*:?\s+\S.*$",
    re.I,
)


@HEAD.register("original-title", 86, "the title of the original under a translation's title")
def original_title(state: HeadState) -> Claim | None:
    """Under the title, the original's title in its language: not a subtitle, and not the text."""
    text = state.text().strip()
    if not state.title or "\n" in text or len(text.split()) > 30 or not _ORIGINAL_TITLE.match(text):
        return None
    return Claim("original-title")


@HEAD.register("original-title-above", 87, "the title of the original, in another script, above a translation's title")
def original_title_above(state: HeadState) -> Claim | None:
    """"Гавані відкриті для союзників" over "Keep the Harbours Open to Allies": a translation that sets the original's
    title, in its script, above its own title in Latin letters. The line under it must read as a title."""
    text = state.text().strip()
    if state.title or state.i + 1 >= len(state.units) or "\n" in text or len(text.split()) > 30 or P.latin_script(text):
        return None
    below = state.text(1).strip()
    if not (P.latin_script(below) and P.heading_like(below, 32)) or authors_from(below, state.common) or P.is_doctype(below) \
            or _SERIES.match(below) or P.is_institution(below):
        return None
    prose = [u.text for u in state.units if word_count(u.text) > 25]  # a translation: its text is in Latin letters too
    return Claim("original-title") if prose and sum(P.latin_script(t) for t in prose) * 2 > len(prose) else None


# A translator's or editor's note in brackets in the head: "[Translator's note: This essay first appeared in Ukrainian on
# 2026-03-04. It has been translated by …]". The date the original first appeared dates the text.
_BRACKETED_NOTE = re.compile(r"^\[(?P<who>translator|editor)s?['’]?s?['’]? note\s*:\s*(?P<note>.{10,600})\]$", re.I | re.S)
# Where this text first appeared, and when: "This essay first appeared in Ukrainian on 2026-03-04" ("Part one first
# appeared on …" is another text's date)
_FIRST_APPEARED = re.compile(r"^(?:this|the) (?:article|essay|text|piece|commentary|op-ed|analysis|interview|brief|paper|column) "
                             r"(?:first|originally) (?:appeared|was published|ran)\b[^.]{0,80}?\bon\s+(?P<date>[^.;,]{6,30}?)(?=[.;,]|\s+(?:in|by|under)\b|$)", re.I)


@HEAD.register("bracketed-note", 42, "a translator's note in brackets among the head lines")
def bracketed_note(state: HeadState) -> Claim | None:
    """A translator's note on the text (where it first appeared, who translated it), or an editor's note that says
    where and when this text first appeared: read for that date, listed. Other editor's notes are the text's."""
    match = _BRACKETED_NOTE.match(state.text().strip())
    if not state.title or not match:
        return None
    dated = _FIRST_APPEARED.search(match["note"])
    if not dated and match["who"].lower() != "translator":
        return None
    iso = parse_date(dated["date"]) if dated else None
    return Claim("notice", findings=[state.find("date", iso, "first-appeared")] if iso else [])


# Where and when the text first appeared, under its byline: "Originally published at the Harbour Institute on March 4,
# 2026.", "First published by X.", "Originally published on 4 March 2026." (an aggregator's or a republisher's copy).
_ORIGINALLY = re.compile(r"^(?:originally|first)\s+(?:published|appeared|posted)(?:\s+(?:at|in|by)\s+(?P<name>[^.;]{3,80}?))?"
                         r"(?:,?\s+on\s+(?P<date>[^.;]{6,30}?))?\.?$", re.I)


@HEAD.register("first-published", 43, "where and when the text first appeared, under its byline")
def first_published(state: HeadState) -> Claim | None:
    """The date the text first appeared, and its publisher when the line names an institution (a periodical or
    a website named by its address is no publisher)."""
    match = _ORIGINALLY.match(state.text().strip())
    if not state.title or not match or not (match["name"] or match["date"]):
        return None
    findings = []
    if match["date"] and (iso := parse_date(match["date"])):
        findings.append(state.find("date", iso, "first-published"))
    name = P.institution_phrase(match["name"]) if match["name"] else None
    if name and P.is_institution(name):
        findings.append(state.find("publisher", P.institution_name(name), "first-published"))
    return Claim("notice", findings=findings) if findings else None


# The record of a book under review: "Henrike Vos, The Dragon at the Table. Amsterdam: Meridian Press, 2025. xiv + 312 pp.
# €29.50 (hardback), ISBN 978-…" — its pages with its price or its ISBN.
_REVIEWED_BOOK = re.compile(r"\bISBN(?:-1[03])?:?\s*[\d-]{10,17}|"
                            # without an ISBN: the imprint ("Amsterdam: Meridian Press, 2025"), then the pages and the price
                            r"[A-Z][\w .-]{1,30}:\s*[A-Z][^,.:;]{2,60},\s*(?:19|20)\d\d\b.{0,40}?\b\d{2,4}\s*(?:pp\.?|pages|Seiten|p\.)(?=[\s,.;)])"
                            r".{0,60}?(?:[€£$]\s?\d|\b(?:EUR|USD|GBP)\s?\d)")


@HEAD.register("reviewed-book", 42, "the record of the book under review (author, title, publisher, pages, price, ISBN)")
def reviewed_book(state: HeadState) -> Claim | None:
    text = state.text().strip()
    if not state.title or len(text.split()) > 80 or not _REVIEWED_BOOK.search(text) or not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    return Claim("doctype")


@HEAD.register("participants", 41, "the host, guests or moderator of a podcast or panel (not its authors)")
def participants(state: HeadState) -> Claim | None:
    """"Host: Ingrid Solberg", "Guests: Marcus Delaney, …": people named in the head who did not write the text."""
    if not state.title or not _PARTICIPANTS.match(state.text().strip()) or len(state.text().split()) > 40:
        return None
    return Claim("participants")


# The labels of a text's own lead under its byline, not of the page's fields: "Note: …", "Bottom line: …"
_LEAD_IN_LABELS = {"note", "nb", "in brief", "in short", "bottom line", "context", "update", "updated", "summary", "background", "why it matters",
                   "key point", "key points", "takeaway", "tl;dr", "tldr", "with", "co-author", "co-authors", "coauthor", "and", "editor's note",
                   "correction", "abstract", "the point", "the argument", "question", "answer", "q", "a", "warning", "disclaimer"}
# A page's field in any language: a label of one or two words, a colon, a short value ("Categori: Diogelwch")
_PAGE_FIELD = re.compile(r"^[^\W\d_]{2,20}(?:[ -][^\W\d_]{2,20})?(?:\s*/\s*[^\W\d_]{2,20}(?:[ -][^\W\d_]{2,20})?)?"
                         r"\s*[:：]\s+\S[^:]{0,60}$")  # ("Iaith / Language: Saesneg yn unig / English only", its label in two languages)


@HEAD.register("field-under-byline", 39, "a page's field (its category, its topic) set right under the byline or the date")
def field_under_byline(state: HeadState) -> Claim | None:
    """"Categori: Diogelwch" on the line right under "Author: …" and "Published: …": the page's own field, in
    whatever language its labels are, not the text's first paragraph. Only a short field that ends no sentence,
    with no blank line between it and the byline or date above."""
    if state.i == 0 or not state.title:
        return None
    above = state.units[state.i - 1]
    if above.role not in {"byline", "date", "page-field"} or not directly_under(above, state.units[state.i]):
        return None
    text = state.text().strip()
    if not _PAGE_FIELD.match(text) or P.ends_sentence(text) or len(text.split()) > 10:
        return None
    label, value = (part.strip() for part in re.split(r"\s*[:：]\s*", text, maxsplit=1))
    if P.label(label) in _LEAD_IN_LABELS or authors_from(value, state.common):
        return None  # "Note: this text updates …", "Bottom line: …", "With: Jan Nowak": the text's lead, a co-author
    return Claim("page-field")


@HEAD.register("head-notice", 40, "a notice among the head lines (the rule of a meeting, a disclaimer)")
def head_notice(state: HeadState) -> Claim | None:
    """"Held under the Chatham House Rule" between a date and a byline, "Circulated at the request of …" above a
    paper's type and title: boilerplate, with more of the head under it."""
    if not P.is_boilerplate(state.text()):
        return None
    above_title = not state.title and state.i + 1 < len(state.units) and (P.is_doctype(state.text(1)) or P.heading_like(state.text(1), 32))
    # more of the head under it, maybe under a second notice ("* Corresponding author." / "E-mail addresses: …" / the history)
    more = _head_material(state, 1) or (re.match(r"^[*∗†]?\s*corresponding author\b", state.text(), re.I) is not None
                                         and P.EMAIL_ADDRESSES.match(state.text(1).strip()) is not None and _head_material(state, 2))
    # a translation's notices, one under the other, over the date ("Unofficial English translation" / "In case of discrepancy …")
    more = more or (not state.title and state.i + 2 < len(state.units) and len(state.text(1).split()) <= 30 and P.is_boilerplate(state.text(1))
                    and parse_date(state.text(2)) is not None)
    if not (above_title or more):
        return None
    named = P.publisher_from(state.text())  # "Document publié par la Direction générale …": who published the paper
    return Claim("notice", findings=[state.find("publisher", P.institution_name(named), "head-notice")] if named and P.is_institution(named) else [])


@HEAD.register("subtitle", 45, "subtitle")
def subtitle(state: HeadState) -> Claim | None:
    """A heading-like line right under the title, when bylines or a date follow it; or a standfirst of one or two
    sentences there (a web page's "dek"), which is the brief's own summary."""
    previous = state.units[state.i - 1].role if state.i else ""
    addressed = _ADDRESSED.match(state.text(1)) and _head_material(state, 2)  # "Briefing to the Committee", then the byline
    # right under the title with no blank line between, in sentence case under a title in Title Case: a subtitle
    # even with the text under it ("Sharing Secrets in a Coalition" / "Intelligence arrangements for a force")
    touching = previous == "title" and state.units[state.i].line == state.units[state.i - 1].line + 1 and _under_title_case(state)
    nxt = state.units[state.i + 1] if state.i + 1 < len(state.units) else None
    # a subtitle wrapped onto the very next line, the byline under both: "Why joint procurement has not yet
    # consolidated" / "Europe's defence industry"
    wrapped = (nxt is not None and nxt.line == state.line() + 1 and state.text().rstrip()[-1:].isalpha() and not _head_material(state, 1)
               and P.heading_like(state.text(), 24) and P.heading_like(f"{state.text()} {nxt.text}", 24) and _head_material(state, 2))
    if previous != "title" or not (_head_material(state, 1) or addressed or touching or wrapped):
        return None
    if P.label(state.text()) in P.SECTION_LABELS:
        return None  # "Introduction" over a box of authors: the text's first heading, not a subtitle
    if wrapped:
        return Claim("subtitle", 2, [state.find("subtitle", f"{state.text()} {nxt.text}", "subtitle-wrapped")])
    if P.heading_like(state.text(), 24):
        return Claim("subtitle", findings=[state.find("subtitle", state.text(), "subtitle")])
    italic = P.in_italics(state.text())
    if _dek(state.text()) or (italic is not None and len(state.text().split()) <= 80):  # an italic standfirst may run longer
        text = italic if italic is not None else state.text()
        return Claim("standfirst", findings=[state.find("standfirst", text, "standfirst-under-title")])
    return None


def _under_title_case(state: HeadState) -> bool:
    """The line is in sentence case and opens with a capital, and the title above it is in Title Case."""
    above, text = state.units[state.i - 1].text.split(), state.text().split()
    long_above, long_text = [w for w in above if len(w) > 3], [w for w in text[1:] if len(w) > 3]
    return (bool(long_above) and all(w[:1].isupper() for w in long_above) and text[0][:1].isupper()
            and bool(long_text) and sum(w[:1].islower() for w in long_text) >= 0.6 * len(long_text))


def _dek(text: str) -> bool:
    """One to three sentences of at most 45 words: a standfirst between a web page's title and its byline (two sentences
    of twenty words or more may go without the last one's full stop, as a site sets its standfirst)."""
    text = text.strip()
    count = len(P.sentences(text))
    if not 8 <= len(text.split()) <= 45 or not 1 <= count <= 3:
        return False  # (three short ones: "Berlin has found the money. It has not yet found a way … Co-production offers a shortcut.")
    if count == 2 and len(text.split()) >= 20 and "\n" not in text:
        return True
    return text.rstrip("\"'”’»)")[-1:] in ".!?" and not P.heading_like(text, 32)


def _standfirst_shape(text: str) -> bool:
    """A standfirst: one to three short sentences (``_dek``), or one long sentence in sentence case that a site sets without its
    full stop ("The next government will have to choose between deterrence and détente in the north")."""
    words = text.split()
    return _dek(text) or ("\n" not in text and 10 <= len(words) <= 45 and sum(w[:1].islower() for w in words[1:]) > len(words) // 2)


HEAD_WINDOW = 16  # the byline or date that anchors the title is among the first units
_BREADCRUMB = re.compile(r"\s(?:/|>|›|»|→)\s")


def _anchor_kind(state: HeadState) -> str | None:
    """"strong" for a byline ("By Name", "Von Name", a lone "Authors:") or a date line, "weak" for a bare author
    line ("A and B", "Name | Role, Institute"), which a two-word label in capitals may pass for; else None."""
    if (HEAD["date-line"].test(state) or HEAD["article-history"].test(state) or HEAD["byline"].test(state) or HEAD["byline-date"].test(state) or HEAD["author-lines"].test(state)
            or HEAD["name-columns"].test(state) or HEAD["date-under-label"].test(state)):
        return "strong"
    return "weak" if authors_from(state.text(), state.common) else None


def _name_in_cluster(units: list, j: int, common: frozenset[str]) -> bool:
    """A bare name between a heading-like line above and a line naming the publication or the series under it
    ("Title" / "Name" / "Published in X" / date; "Title" / "Subtitle" / "Name · Name" / "Policy Paper No. 14" / date):
    the byline of the cluster, not the title."""
    if j + 1 >= len(units) or _anchor_kind(HeadState(units, j, True, common=common)) != "weak" or not P.heading_like(units[j - 1].text, 32):
        return False
    below = HeadState(units, j + 1, common=common)
    if HEAD["published-in"].test(below) is not None or HEAD["series-line"].test(below) is not None:
        return True
    role = _role_line(HeadState(units, j, common=common), 1)  # "Name" / "Head of the Programme, Harbour Institute": the author and post
    return role is not None and role[0] is not None


def _label_above(units: list, k: int, common: frozenset[str]) -> bool:
    """Whether what stands above the date at ``k`` is a section's label ("Insight", "COMMENTARY", a series' line), not a
    title: then the date, with that label, sits over the title under it ("Insight" / date / title / byline), where a
    title over a date ("Ships That Vanish" / date / standfirst / byline) keeps its place."""
    if k < 1:
        return False
    text = units[k - 1].text.strip()
    # a kicker set right over the date, shorter than the line under the date ("NEW ATLANTICIST" / "January 22, 2026" / the title)
    kicker = units[k - 1].line == units[k].line - 1 and len(text.split()) <= 4 and not P.ends_sentence(text) and k + 1 < len(units) \
        and len(units[k + 1].text.split()) > len(text.split())
    return len(text.split()) == 1 or kicker or P.is_doctype(text) or _other_head_line(units, k - 1, common) or P.label(text) in P.KICKER_LABELS | P.DOCTYPE_LABELS


def _card_role(units: list, j: int, common: frozenset[str]) -> bool:
    """An author card's post ("Senior fellow") under its name, or the name over it, among cards stacked over a date
    ("Ana Ribeiro" / "Senior fellow" / "Jan Nowak" / "Research analyst" / "Publishing date" / …)."""
    if j >= 1 and P.role_only(units[j].text.strip()) and _anchor_kind(HeadState(units, j - 1, True, common=common)) == "weak":
        return True
    return j + 1 < len(units) and P.role_only(units[j + 1].text.strip()) and _anchor_kind(HeadState(units, j, True, common=common)) == "weak"


def _glued(units: list, j: int) -> bool:
    """Whether the unit at ``j`` and the one above or under it are lines with no blank between ("Name" / "Senior Fellow")."""
    return (j >= 1 and units[j].line == units[j - 1].line + 1) or (j + 1 < len(units) and units[j + 1].line == units[j].line + 1)


def _anchor_line(state: HeadState, strong: bool = False) -> bool:
    """A line that anchors the title under it (see ``_anchor_kind``); with ``strong``, not a bare name."""
    kind = _anchor_kind(state)
    return kind == "strong" or (kind == "weak" and not strong)


# A line naming the project, programme or series a page belongs to: "…: A RESEARCH PROJECT", "THE DETERRENCE PROGRAMME"
_PROJECT_LABEL = re.compile(r"(?:^|[:\s])(?:an?\s+|the\s+)?(?:research\s+|joint\s+)?(?:project|programme|program|initiative|dossier)\s*$", re.I)


def _kicker(text: str, below: str) -> bool:
    """"WESTERN BALKANS" above "Enlargement Fatigue Is a Security Risk": a short line in capitals above a
    headline in Title Case is the site's topic label. (Above a sentence-case line it is a title in capitals.)"""
    if text.isupper() and len(text.split()) <= 6 and _PROJECT_LABEL.search(text) and not below.isupper() and len(below.split()) >= 3:
        return True  # "GUARANTEEING UKRAINE: A RESEARCH PROJECT" over the page's own title: the project it belongs to
    if not text.isupper() or len(text.split()) > 4 or below.isupper() or (text.rstrip().endswith(("?", "!")) and len(text.split()) >= 3):
        return False  # a topic label never asks: "WHO PAYS FOR EUROPE?" over its subtitle is the title
    long_words = [w for w in below.split() if len(w) > 3]
    if P.topic_label(text) and len(below.split()) >= max(12, 3 * len(text.split())):
        return True  # "NUCLEAR DETERRENCE" over "Whose umbrella? France, Britain and …": the section, over a headline in sentence case
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


_OTHER_HEAD_LINES = ("header-block", "wide-fields", "fields-line", "record-fields", "provenance", "published-in", "journal", "series-line", "masthead", "masthead-places", "section-label", "standfirst")


def _other_head_line(units: list, index: int, common: frozenset[str], owners: tuple[tuple[str, str], ...] = ()) -> bool:
    """A masthead, series line, section label … (a line the head reads as something other than the title); ``owners``
    are the names the text's copyright lines give, which name a site's masthead in whatever case it is set."""
    probe = HeadState(units, index, common=common, owners=owners)
    return any(HEAD[name].test(probe) for name in _OTHER_HEAD_LINES)


def _chrome_shape(text: str, below: str) -> bool:
    """A search box or menu word ("Search", "Menu"), a breadcrumb, a menu row laid out in columns or set apart
    by bars, or a kicker in capitals."""
    return len(text.split()) == 1 or bool(_BREADCRUMB.search(text) or re.search(r"\S {2,}\S|\|", text)) or _kicker(text, below)


def _menu_column(units: list, index: int) -> bool:
    """A site menu set one item a line: the unit is in a run of three or more short lines (three words at most,
    no sentence punctuation) with no blank line between them ("Home" / "Research" / "About us" / "Contact")."""
    def item(k: int) -> bool:
        text = units[k].text.strip()
        return len(text.split()) <= 3 and text[-1:] not in ".:;,!?"

    if not item(index):
        return False
    first = last = index
    while first > 0 and item(first - 1) and units[first - 1].line == units[first].line - 1:
        first -= 1
    while last + 1 < len(units) and item(last + 1) and units[last + 1].line == units[last].line + 1:
        last += 1
    return last - first >= 2


def _menu_run(units: list, index: int) -> bool:
    """The last item of a menu copied one item a paragraph: the unit and the three above it are each one short line
    (three words at most, no sentence punctuation, no date), spaced alike: "Research" / "Publications" / "Events" /
    "About us" over the title. (A title set apart under a trail of glued lines, "Research" / "Analysis", is no item.)"""
    def item(k: int) -> bool:
        text = units[k].text.strip()
        return "\n" not in text and 0 < len(text.split()) <= 3 and text[-1:] not in ".:;,!?" and parse_date(text) is None
    if index < 3 or not all(item(k) for k in range(index - 3, index + 1)):
        return False
    return len({units[k].line - units[k - 1].line for k in range(index - 2, index + 1)}) == 1


def _skip_link(units: list, index: int, common: frozenset[str]) -> bool:
    """The page's first line, short and glued (no blank line) to the masthead or menu under it: an accessibility
    link ("Skip to main content", "Zum Inhalt springen", "Aller au contenu") left by the copy of a web page."""
    if index != 0 or len(units) < 2 or units[1].line != units[0].line + 1:
        return False
    text = units[0].text.strip()
    if len(text.split()) > 5 or text[-1:] in ".:;,!?":
        return False
    return _other_head_line(units, 1, common) or _menu_column(units, 1) or _chrome_shape(units[1].text, units[2].text if len(units) > 2 else "")


def _chrome_at(units: list, index: int, common: frozenset[str]) -> bool:
    below = units[index + 1].text if index + 1 < len(units) else ""
    return _chrome_shape(units[index].text, below) or _menu_column(units, index) or _skip_link(units, index, common) or _site_tagline(units, index) \
        or P.interface_line(units[index].text, _first_paragraph(units))


def _first_paragraph(units: list) -> str:
    """The text's first paragraph (a unit of more than 30 words), or "" when there is none."""
    return next((u.text for u in units if len(u.text.split()) > 30), "")


_CJK_DATE = re.compile(r"(?:19|20)\d\d年\s*\d{1,2}月\s*\d{1,2}日|(?:19|20)\d\d년\s*\d{1,2}월\s*\d{1,2}일")


@HEAD.register("interface-line", 53, "a line of the site's interface in its own script, around a text in another ('조회수 : 1,284')")
def interface_line(state: HeadState) -> Claim | None:
    if state.title_at is not None and state.i >= state.title_at and not state.title:
        return None  # the title itself, found below the page's chrome
    if P.interface_line(state.text(), _first_paragraph(state.units)):
        # an account's line in its own script with the day it posted the text: "原创 周文静 中欧战略对话 2026年03月06日 18:30 北京"
        posted = _CJK_DATE.search(state.text())
        if posted and not re.search(r"更新|修改|更正|수정|업데이트", state.text()) and (iso := parse_date(posted.group(0))):
            return Claim("chrome", findings=[state.find("date", iso, "interface-date")])
        return Claim("chrome")
    # an institution's name in its own script over its name in Latin letters: "公益財団法人 東亜欧州安全保障研究所" / "East Asia–Europe …"
    if not state.title and state.i + 1 < len(state.units) and P.other_script(state.text()) and len(state.text().split()) <= 6 \
            and P.is_institution(P.institution_name(state.text(1).strip())) and not P.other_script(_first_paragraph(state.units)):
        return Claim("chrome")
    return None


def _site_tagline(units: list, index: int) -> bool:
    """A site's description right under its name (no blank line between), in sentence case: "Danube Institute for
    European Affairs – Blog" / "Enlargement, neighbourhood and security in South-East Europe"."""
    text = units[index].text.strip()
    if not index or units[index].line != units[index - 1].line + 1 or len(text.split()) > 10 or P.ends_sentence(text) or _title_case_words(text):
        return False
    above = [s for s in _segments(units[index - 1].text) if s.strip()]
    return bool(above) and P.is_institution(above[0]) and text[:1].isupper()


def _title_candidate(units: list, index: int, common: frozenset[str]) -> bool:
    """A line that may be the title above a subtitle: heading-like, not chrome, a section label or a head line
    of another kind."""
    text = units[index].text
    if (beside := set_apart_date(text)) and len(beside[0]) == 1:
        text = beside[0][0]  # "UKRAINE AFTER THE GUNS FALL SILENT          04.III.2026": the title, its date to its right
    # a title in capitals set over its subtitle with no blank between ("BUILDING THE ARSENAL" / "European Defence Industry
    # and …"): the pair, not a kicker, unless its words are a site's topics ("WESTERN BALKANS")
    paired = text.isupper() and units[index + 1].line == units[index].line + 1 and not P.topic_label(text) and len(text.split()) >= 3
    if not P.heading_like(text, 32) or P.label(text) in P.SECTION_LABELS or (_chrome_shape(text, units[index + 1].text) and not paired):
        return False
    if _menu_column(units, index) or _menu_run(units, index) or _site_tagline(units, index) or _brand_and_tagline(text):
        return False  # the last item of a menu set one a line ("Forside" / "Udgivelser" / "Om os"), a site's tagline
    if _EVENT_LINE.search(text) or DATE_RANGE.search(text) or parse_date(text):
        return False  # the event, its panel or its dates: not a title over a subtitle
    if any(u.text.lower().startswith(text.lower() + " ") for u in units[index + 2 : index + 6]):
        return False  # "Critical Questions" again in "Critical Questions by Name": the series' name, not the title
    return not _other_head_line(units, index, common)


# A line naming the event a paper was written for, or a panel of it; a range of days.
_EVENT_LINE = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?(?:[\w'’-]+\s+){{0,4}}(?:{_EVENT_WORDS})\b|"
    r"^(?:panel|session|track|workshop|roundtable)\s+[\w.]{1,4}\s*:",
    re.I,
)
DATE_RANGE = re.compile(r"\b\d{1,2}\s*[–-]\s*\d{1,2}\s+[^\W\d_]+\s+(?:19|20)\d\d\b")


def _short_head_line(text: str) -> bool:
    """A line above the title that cannot be a competing title: a site's name in capitals or an institution's, a
    kicker of segments ("Defence · Analysis"), a label of one to three words, a tagline ("A fortnightly letter from …").
    A mixed-case line of four words or more may be the title itself, and then the first such line stays the title."""
    text = text.strip()
    if len(text.split()) > 10 or P.ends_sentence(text):
        return False
    if _EVENT_LINE.search(text) or DATE_RANGE.search(text):
        return True  # "7th Lisbon Conference on …", "Panel 3B: Industrial Capacity", "Lisbon, 14–15 May 2026"
    return (text.isupper() or P.is_institution(text) or bool(re.search(r"\s[|·•›>/]\s", text)) or len(text.split()) <= 3
            or bool(re.match(r"(?:an?|the)\s+[a-z]", text, re.I) and not _title_case_words(text)) or _brand_and_tagline(text))


def _brand_and_tagline(text: str) -> bool:
    """A site's name and what it is, after a dash: "SecurityWire — curated analysis from around the web". The name
    is one word written as a brand is ("HarbourWire", "ports.example"): "Sabotage — the new normal" is a title; the
    tagline is in lower case (a title's words would be capitalised)."""
    parts = re.split(r"\s[—–-]\s", text, maxsplit=1)
    if len(parts) != 2 or not re.fullmatch(r"[A-Z][a-z]+[A-Z][\w]*|[\w-]+\.[a-z]{2,6}", parts[0].strip()):
        return False
    words = parts[1].split()
    return len(words) >= 2 and words[0][:1].islower() and not _title_case_words(parts[1])


def _title_case_words(text: str) -> bool:
    return all(w[:1].isupper() for w in text.split() if len(w) > 3)


def title_position(units: list, common: frozenset[str], owners: tuple[tuple[str, str], ...] = ()) -> int | None:
    """Where the title is when chrome sits above it: the heading-like line nearest above the first byline or
    date (a subtitle may sit between; mastheads, series lines and section labels are passed over).

    None when no byline or date has a heading-like line above it, or when a line above the title that
    the head would not read otherwise does not look like chrome (two readings of the title compete: the
    first heading-like line stays the title, as before)."""
    def txt(k: int) -> str:  # a line without the Markdown emphasis a whole line may carry ("**Title**")
        return HeadState(units, k).text()

    # the body begins at the first long paragraph, unless a rule under it sets a newsletter's header apart
    start = max((k for k in range(min(len(units), HEAD_WINDOW)) if units[k].after_rule), default=0)
    window = next((k for k in range(start, min(len(units), start + HEAD_WINDOW)) if len(units[k].text.split()) > 30), min(len(units), start + HEAD_WINDOW))
    if window + 1 < len(units) and len(units[window].text.split()) <= 80 and "\n" not in units[window].text \
            and any(_anchor_kind(HeadState(units, k, True, common=common)) == "strong" for k in range(window + 1, min(len(units), window + 3))):
        window = min(len(units), window + 3)  # a long standfirst between the title and the byline and date under it
    # A byline or a date anchors the title before a bare name does: "Critical Questions" may read as a name.
    kinds = {k: _anchor_kind(HeadState(units, k, True, common=common)) for k in range(1, min(window + 1, len(units)))}
    for k in [k for k, kind in kinds.items() if kind == "strong"] + [k for k, kind in kinds.items() if kind == "weak"]:
        # a standfirst between the title and the byline ("… / the title / standfirst / By Name")
        # (or the title's second line, set right under it: its other language, its subtitle)
        by = k + 3 if k + 3 < len(units) and kinds.get(k + 2) is None and (_standfirst_shape(txt(k + 2)) or (
            units[k + 2].line == units[k + 1].line + 1 and P.heading_like(txt(k + 2), 32))) else k + 2
        if (kinds.get(by) in {"strong", "weak"} or (by < len(units) and P.split_names(txt(by), common))) and k + 1 < len(units) \
                and (P.heading_like(txt(k + 1), 32) or _short_sentences(txt(k + 1))) \
                and not _anchor_line(HeadState(units, k + 1, True, common=common)) and HEAD["date-line"].test(HeadState(units, k, True, common=common)) \
                and (HEAD["byline"].test(HeadState(units, by, True, common=common)) or authors_from(txt(by), common)) \
                and not _other_head_line(units, k + 1, common, owners) and _label_above(units, k, common) \
                and not _title_over_label(units, k, common, owners):  # (a byline, names, "Name | Post")
            continue  # "The Long Bridge" / "March 12, 2026" / the title / "By Name": the date over the title, the byline under it
        # an op-ed's title of two sentences right above the byline, under a section label or chrome: the title, no standfirst
        # (or under the date: "March 5, 2026" / "Europe Can Make Shells. It Still Can't Make Enough." / "Name")
        in_sentences = _title_in_sentences(txt(k - 1)) and (k < 2 or not P.heading_like(txt(k - 2), 32) or _other_head_line(units, k - 2, common, owners)
                                                            or HEAD["date-line"].test(HeadState(units, k - 2, True, common=common)) is not None)
        # a title of one or two short sentences in sentence case between the date above it and the byline under it
        in_sentences = in_sentences or (k >= 2 and HEAD["byline"].test(HeadState(units, k, True, common=common)) is not None
                                        and HEAD["date-line"].test(HeadState(units, k - 2, True, common=common)) is not None and _short_sentences(txt(k - 1))
                                        and _label_above(units, k - 2, common))
        # title, standfirst, byline (a title of one or two short sentences in sentence case under a kicker: "DISPATCHES FROM THE FRONT" /
        # "In Kyiv's fourth war winter, the grid is holding. The question is for how long." / standfirst / "By Name")
        dek = not in_sentences and k >= 2 and _dek(txt(k - 1)) and (P.heading_like(txt(k - 2), 32) or _title_in_sentences(txt(k - 2))
                                                                  or (_short_sentences(txt(k - 2)) and _label_above(units, k - 2, common)))
        if not (P.heading_like(txt(k - 1), 32) or dek or in_sentences):
            continue
        if _anchor_line(HeadState(units, k - 1, True, common=common)):
            continue  # a date above a byline: the cluster goes on upwards
        j = k - 2 if dek else k - 1
        # a web page's author cards over its date under a label ("Name" / "Senior fellow" / … / "Publishing date" / date)
        cards = HEAD["date-under-label"].test(HeadState(units, k, True, common=common)) is not None
        while j > 0 and (_other_head_line(units, j, common, owners) or _anchor_line(HeadState(units, j, True, common=common), strong=True)
                         or _name_in_cluster(units, j, common) or ((cards or _glued(units, j)) and _card_role(units, j, common))):
            j -= 1  # "Title / Subtitle / Commentary / By X", "Title / Authors / Document Number / Published: …"
        if j < k - 1 and not dek and not in_sentences and j >= 1 and not P.heading_like(txt(j), 32) and _dek(txt(j)) and P.heading_like(txt(j - 1), 32):
            dek, j = True, j - 1  # "Title" / standfirst / "Name" / "Senior Fellow" / date: the standfirst over the author's card
        if not (P.heading_like(txt(j), 32) or (dek and j == k - 2 and (_title_in_sentences(txt(j)) or _short_sentences(txt(j)))) or (in_sentences and j == k - 1)) \
                or _other_head_line(units, j, common, owners):
            return None
        tagline = j >= 2 and _blog_line(units, j - 1)  # "CESS Blog" / "Commentary and analysis from …" over it
        title_at = j - 1 if not dek and not tagline and j >= 1 and P.heading_like(txt(j), 24) and _title_candidate(units, j - 1, common) else j
        for _ in range(3):  # a title in capitals broken over lines ("THE BALTIC'S UNDERSEA CABLES" / "ARE A EUROPEAN PROBLEM"): its first line
            upper = txt(title_at - 1).strip() if title_at >= 1 else ""
            if not (upper.isupper() and txt(title_at).strip().isupper() and units[title_at].line == units[title_at - 1].line + 1
                    and upper[-1:] not in ".;:," and not P.is_institution(upper) and not P.is_doctype(upper)
                    and not (P.topic_label(upper) and title_at + 1 < len(units) and directly_under(units[title_at], units[title_at + 1])
                             and txt(title_at + 1).strip().isupper())  # a topic over a title of two lines in capitals: the kicker
                    and not _other_head_line(units, title_at - 1, common, owners)):
                break
            title_at -= 1
        for start in range(title_at - 1, max(title_at - 4, -1), -1):  # a title hard-wrapped over lines: its first line
            if not _set_under(units[start], units[start + 1]):
                break
            if _filled_block(HeadState(units, start, True, common=common)) >= title_at - start + 1:
                title_at = start
        if title_at >= 1 and units[title_at].line == units[title_at - 1].line + 1 and _title_case(txt(title_at - 1)) and not _title_case(txt(title_at)) \
                and P.heading_like(txt(title_at - 1), 12) and not txt(title_at - 1).isupper() and not _other_head_line(units, title_at - 1, common, owners) \
                and len(txt(title_at - 1).split()) >= 3 and not P.topic_label(txt(title_at - 1)):  # ("Naval Security" over it is a topic)
            title_at -= 1  # "Guarding the Seabed" / "Undersea infrastructure protection in the …": a title in Title Case over its subtitle
        if title_at >= 1 and units[title_at].line == units[title_at - 1].line + 1 and _series_name(units[title_at - 1].text) and _tagline_shape(txt(title_at)):
            return None  # "PERSPECTIVE" / "Expert insights on a timely policy issue" over the byline: the series and its line, the title under them
        # a rule between a newsletter's header (greeting and all) and the essay's title: what is above it is chrome
        ruled = max((i for i in range(1, title_at + 1) if units[i].after_rule), default=0)
        above = [i for i in range(ruled, title_at) if not _other_head_line(units, i, common, owners)]
        # the title itself above may be a viewer's or a site's title bar ("DocuShelf" / "Holding the Line" / … / the cover)
        if any(not (_chrome_at(units, i, common) or _short_head_line(units[i].text) or _words(units[i].text) == _words(txt(title_at))
                    or _blog_line(units, i)  # a blog's line under its name
                    or HEAD["date-line"].test(HeadState(units, i, True, common=common)))  # the date over the title: no title
               for i in above):
            return None
        return title_at
    # No byline or date near the top (a newsletter's essay signed at its foot): the heading-like line right under
    # the last rule of the head, over a subtitle or the text, when everything above that rule is header or chrome;
    # so too a web page's heading right under its breadcrumb ("Publications › Comments" / "Finland's border is quiet.
    # That is not the same as safe."), its byline and date in a box at the foot
    crumbs = next((k for k in range(min(len(units), HEAD_WINDOW)) if units[k].after_crumbs), None)
    # and, on a page unsigned and undated at its top, the heading-like line right over the first sentence of prose (a
    # standfirst or the text), when all above it is a site's menu, a series' name and its issue line
    lead = next((k - 1 for k in range(1, min(len(units), HEAD_WINDOW)) if "\n" not in units[k].text and len(units[k].text.split()) >= 12
                 and P.ends_sentence(units[k].text)), None)
    for at, shaped in ((start, P.heading_like(txt(start), 32)), (crumbs, crumbs is not None and (P.heading_like(txt(crumbs), 32) or _short_sentences(txt(crumbs)))),
                       (lead, lead is not None and P.heading_like(txt(lead), 32) and not _chrome_at(units, lead, common)
                        and P.label(txt(lead)) not in P.SECTION_LABELS)):
        if at and shaped and not _other_head_line(units, at, common, owners) \
                and all(_chrome_at(units, i, common) or _other_head_line(units, i, common, owners)
                        or (_short_head_line(units[i].text) and at != lead)  # (over a standfirst, a line in capitals may be the title)
                        for i in range(at)):
            return at
    return None


def _title_over_label(units: list, k: int, common: frozenset[str], owners: tuple[tuple[str, str], ...]) -> bool:
    """A heading-like line set right over the series line over the date at ``k`` ("Spain and the southern flank" /
    "ARI 31/2026" / "19/3/2026"): the title, over its series and date; the line under the date is its subtitle."""
    return k >= 2 and units[k - 1].line == units[k - 2].line + 1 and units[k].line == units[k - 1].line + 1 \
        and P.heading_like(units[k - 2].text, 32) and not _other_head_line(units, k - 2, common, owners) and not _chrome_at(units, k - 2, common)


def _blog_line(units: list, k: int) -> bool:
    """A series' or a blog's line on itself, right under its name ("CESS Blog" / "Commentary and analysis from the Centre …")."""
    return k >= 1 and units[k].line == units[k - 1].line + 1 and _series_name(units[k - 1].text) and _tagline_shape(HeadState(units, k).text())


def _cluster_below(units: list, start: int, common: frozenset[str]) -> int | None:
    """Where the title is, when the reading stopped at ``start`` above it on lines no rule reads: the heading-like line
    right above the first byline or date line further down (a bare name counts when a date line is right under it),
    within the head's window and above any paragraph of prose. None when no such cluster is there, or when what
    stands above the byline is no title (a date, a name, a line of another head kind)."""
    for k in range(start + 1, min(len(units), start + HEAD_WINDOW)):
        if len(units[k - 1].text.split()) > 30 or "\n" in units[k - 1].text:
            return None  # a paragraph: the body has begun
        kind = _anchor_kind(HeadState(units, k, True, common=common))
        if kind is None or (kind == "weak" and not (k + 1 < len(units) and _anchor_kind(HeadState(units, k + 1, True, common=common)) == "strong")):
            continue
        title_at = k - 1
        if title_at <= start or _anchor_line(HeadState(units, title_at, True, common=common)):
            continue  # a date above a byline: the cluster goes on upwards
        text = units[title_at].text
        if (P.heading_like(text, 32) or _title_in_sentences(text)) and not _other_head_line(units, title_at, common) \
                and not _chrome_at(units, title_at, common) and P.label(text) not in P.SECTION_LABELS:
            return title_at
        return None
    return None


def read_head(units: list, common: frozenset[str], author_notes: tuple[str, ...] = (), owners: tuple[tuple[str, str], ...] = (),
              page_breaks: frozenset[int] | set[int] = frozenset()) -> tuple[int, list[Finding]]:
    """Give head roles from the top; return where the body starts and the findings. ``author_notes`` are the notes on
    the authors already taken from the foot of a page, which the authors' marks may key; ``owners`` the names the
    text's copyright lines give (``copyright_owners``); ``page_breaks`` the lines a new page of a PDF starts on: once
    the title and the authors are read, the head goes on past the cover's page for a series line and a date only
    (the inside cover's masthead, imprint and first heading are no part of the cover's head)."""
    state = HeadState(units, common=common, title_at=title_position(units, common, owners), author_notes=author_notes, owners=owners,
                      page_breaks=page_breaks)
    findings: list[Finding] = []
    for attempt in range(2):
        while state.i < len(units):
            claim = next((c for r in HEAD if (c := r.test(state))), None)
            if claim is None:
                break
            if state.title and state.authors and state.i and any(units[0].line < n <= units[state.i].line for n in page_breaks) \
                    and not any(f.field == "date" for f in claim.findings) and claim.role not in _NEXT_PAGE_ROLES:
                break  # on the next page: its series line and date are the cover's, a masthead, a title or a heading are not
            for offset in range(claim.count):
                units[state.i + offset].role = claim.role
            superseded = {_SUPERSEDES.get(f.rule) for f in claim.findings}
            findings = [f for f in findings if f.rule not in superseded] + claim.findings
            state.subject = next((str(f.value) for f in claim.findings if f.rule == "header-subject"), state.subject)
            state.by_names |= {a.name for f in claim.findings if f.rule == "byline" for a in f.value}
            state.title = state.title or claim.role == "title"
            state.authors = state.authors or any(f.field == "authors" for f in claim.findings)
            state.i += claim.count
        late = None if attempt or state.title or state.subject is not None else _cluster_below(units, state.i, common)
        if late is None:
            break
        for k in range(state.i, late):  # short lines no rule reads, above a title that a byline or a date anchors
            units[k].role = "above-title"
        state.i = state.title_at = late
    _share_institution_below(findings)
    interviewed = [f for f in findings if f.field == "interviewee"]
    findings = [f for f in findings if f.field != "interviewee"]
    if interviewed and not any(f.field == "authors" for f in findings):  # "Interview with Name, post" and no interviewer named
        findings.append(replace(interviewed[0], field="authors"))
    if state.i < len(units) and not any(f.field == "authors" for f in findings):
        interviewer = _interviewer(units[state.i].text, common)
        if interviewer:
            findings.append(Finding("authors", [interviewer], "interviewer", units[state.i].line, units[state.i].text))
    return state.i, findings


_NEXT_PAGE_ROLES = {"doctype", "series", "date"}  # what the head reads on past the cover's page, once title and authors are read


_TALKED_WITH = (
    r"(?:spoke|talked|speaks|talks|sat down)\s+(?:with|to)|interviewed|s['’]est entretenue?\s+avec|sprach\s+mit|"
    r"(?:habló|conversó)\s+con|ha\s+parlato\s+con|rozmawiała?\s+z|sprak\s+met|conversou\s+com"
)
_INTERVIEW_INTRO = re.compile(rf"^(?P<name>[^,]{{3,60}}?)(?:,\s+(?P<role>[^,]{{3,160}}),)?\s+(?:{_TALKED_WITH}|asked)\s+\S")


def _interviewer(text: str, common: frozenset[str]) -> Author | None:
    """The interviewer an interview's first paragraph names when the head names no author:
    "Hannah Roth, a fellow at the Example Institute, spoke with …"."""
    if (turned := _TALKS_TO.match(text.strip())) and P.is_person_name(turned["name"]) and not P._common_phrase(turned["name"], common):
        # "In this interview, Dritan Gashi talks to Ana Lindqvist (Harbour Institute) about …": the one talked to asks
        return Author(P.tidy_name(turned["name"]), P.describe(turned["role"])[0] if turned["role"] else None)
    match = _INTERVIEW_INTRO.match(text.strip())
    if not match:
        return None
    name, role = match["name"], match["role"]
    if (owned := re.fullmatch(r"(?P<name>.+?)\s+of\s+(?P<place>(?:the\s+)?[A-ZÀ-Ý].+)", name)) and P.is_institution(owned["place"].removeprefix("the ")):
        name, role = owned["name"], role or owned["place"].removeprefix("the ")  # "Ana Lindqvist of the Harbour Institute asked …"
    if not P.is_person_name(name) or P._common_phrase(name, common):
        return None
    affiliation, position = P.describe(role) if role else (None, None)
    return Author(P.tidy_name(name), affiliation, position)


# the guest talking to the interviewer: "In this interview, A talks to B (Institute) about …"
_TALKS_TO = re.compile(r"^in this (?:interview|conversation|episode),?\s+[^,]{3,60}?\s+(?:talks|speaks)\s+(?:to|with)\s+"
                       r"(?P<name>[^(),]{3,60}?)\s*(?:\((?P<role>[^)]{3,120})\))?\s+(?:about|on)\b", re.I)
