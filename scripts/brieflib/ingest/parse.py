"""Stage 2: text to blocks.

A brief's text is cut into *units* (paragraph candidates), whatever the
layout: blank-line separated, one paragraph per line, or hard-wrapped at a
fixed width. Units split by page breaks are rejoined. Then each unit gets a
role: the *head* (date, title, bylines, standfirst), the *body* (headings,
paragraphs, pull quotes, list items) and the *tail* (author bio, notes,
publisher boilerplate). ``metadata`` turns the head and tail into fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from brieflib.ingest import patterns as P
from brieflib.ingest.dates import PUBLISHED_LABEL, UPDATED_LABEL, date_after_comma, dated_fields
from brieflib.ingest.furniture import (
    CHART_REASON,
    COMMENTS_REASON,
    DOCUMENT_COMMENTS_REASON,
    LAST_EDITED_REASON,
    PUBLICATION_DATES_REASON,
    RELATED_LABEL,
    SIDEBAR_REASON,
    WEB_FURNITURE,
    accessibility_text,
    action_column,
    attendance,
    cable_markings,
    chart_remnants,
    chat_export,
    citation_record,
    comment_section,
    comment_summary,
    cookie_dialog_button,
    debate_speech,
    document_comments,
    ebook_excerpts,
    emoji_marks,
    fax_pages,
    image_placeholder_lines,
    inline_comment_markers,
    is_publication_dates,
    is_salutation,
    line_numbers,
    margin_glosses,
    margin_paragraph_numbers,
    menu_run,
    mime_message,
    newsletter_issue,
    note_app_marks,
    note_page,
    note_tooltips,
    preprint_page,
    published_to_web,
    quoted_mail,
    reader_highlights,
    reader_notebook,
    remove_page_furniture,
    reply_section,
    repository_cover,
    review_marks,
    scan_marks,
    sign_up_button,
    structure_tags,
    table_rules,
    text_browser_links,
    version_history,
    vertical_text,
    web_furniture,
)
from brieflib.ingest.head import (
    DATE_RANGE,
    HEAD,
    Finding,
    HeadState,
    author_lines,
    authors_from,
    byline_and_date,
    byline_authors,
    byline_start,
    copyright_owners,
    directly_under,
    head_line,
    read_head,
    series_number,
    set_apart_date,
)
from brieflib.ingest.patterns import heading_like, numbered  # noqa: F401  (heading_like is part of this module's API)
from brieflib.ingest.sources import markup_source
from brieflib.ingest.tables import CELL_SEPARATOR, typed_tables
from brieflib.model.brief import Author, Block, Removed
from brieflib.model.text import (
    CLOSERS,
    NOTE_REF,
    SUPERSCRIPT_RUN,
    ends_sentence,
    normalise_for_match,
    sentences,
    superscript_to_int,
    undouble,
    word_count,
)
from brieflib.model.yamlfile import StringDatesLoader


@dataclass
class Unit:
    text: str
    line: int
    role: str = "paragraph"
    after_rule: bool = False  # a rule ("-----", "* * *") stood right above: a newsletter's header ends there
    after_crumbs: bool = False  # a web page's breadcrumb ("Publications › Comments") stood right above: its heading may follow
    joined: int = 0  # how many source lines ``rejoin_breaks`` joined into it (0: none, the unit is as split)


@dataclass
class Layout:
    """The parse of one brief: roles assigned, nothing extracted yet."""

    head: list[Unit] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)
    bios: list[Unit] = field(default_factory=list)
    boilerplate: list[Unit] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # field values with their evidence
    running: list[Removed] = field(default_factory=list)  # running headers and footers (they may name the publisher)
    page_notes: list[tuple[int, int, str]] = field(default_factory=list)  # (line, number, text) of notes at page bottoms
    note_numbers: list[int] = field(default_factory=list)  # the notes' numbers as printed, in reading order
    note_symbols: dict[str, int] = field(default_factory=dict)  # notes keyed by symbols ("*", "†", "‡"): each one's number
    text: str = ""
    lines: list[str] = field(default_factory=list)  # the text's lines as given (the line numbers of units and findings)


_EMPHASISED_LABEL = re.compile(r"(?:^|(?<=\s))(\*\*|__|\*|_)([^\s*_][^*_\n]{0,28}?:)\1(?=\s)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
_WIKI_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<text>[^=\s][^=]*?)\s*(?P=marks)$")  # "== Background ==": a wiki's heading
# A line a machine wrote, which never wraps into the next: a meta tag ("og:title: …"), an HTML comment, a JSON-LD object.
_MACHINE_LINE = re.compile(r"^(?:(?:og|article|twitter|dc|dcterms|citation|book|profile)[:._][\w:._-]+\s*[:=]\s*\S|<!--|\{\s*\"@context\""
                           r"|(?:channel|item)[.:][\w:.-]+\s*:|(?:pubdate|guid|link|enclosure|category|description)(?:\s*\([^)]*\))?\s*:)", re.I)  # a feed's fields
# A content system's field in its export, its key in lower case: "slug: europes-taiwan", "published_at: 2026-…", "body:".
# Under another such line it is a line of its own, never the rest of the line above.
_KEY_LINE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*\s*:(?:\s+\S|$)")
# A field of a document's metadata set on its own line: "Author: Name, Service", "Editor: Name", "Date: 23-01-2026".
_FIELD_LABEL_LINE = re.compile(
    r"^(?P<label>authors?|editors?|date|contact|auteurs?|autor(?:in|en|es|as)?|herausgeber(?:in)?|redaktion|datum|fecha|data)\s*:\s*(?P<value>\S.*)$",
    re.I,
)
# A line of text framed by a box's sides (one on each edge, none inside): the text is read without the frame.
_LEFT_BORDER = re.compile(r"^\s*[│║┃]\s+(?=\S)")
_BOX_CONTENT = re.compile(r"^\s*[|│║]\s+(?P<inner>[^|│║]*?\S)\s*[|│║]\s*$")
_ITEM_START = re.compile(r"^\s*(?:[-*•·▪■●◆►➢◦‣]\s+|[-*•]$|\d{1,3}[.)]\s+|\[\d{1,3}\]\s+|\(\d{1,3}\)\s+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s+|[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]\s+)")
BULLETS = P.BULLETS
_BULLET = P.BULLETED
# Words after which a sentence cannot end: a unit ending with one continues.
_OPEN_ENDINGS = set(
    "the a an of to and or but in on at by for with from as that which whose who than into onto nor its their our "
    # prepositions, conjunctions and verbs before their complement: "Orders placed since" / "2022 have tripled …"
    "since until because about after before between through during without within against among across toward towards "
    "via per such is are was were has have had will would can could should must may might".split()
)
# Prefixes that keep their hyphen when a word is split across a break ("non-" … "exhaustive").
_HYPHEN_PREFIXES = set(
    "non anti co self post pre pro ex multi inter intra cross semi quasi neo well long short full "
    "mid sub super ultra under over counter half all far high low first second third".split()
)
# What follows a hyphen at a line's end that is a suffix, never the second word of a compound ("partner-" / "ship"):
# the word was split, even when the text uses it nowhere else.
_SOLID_PREFIXES = {"micro", "macro", "hyper", "mega", "infra"}
_SUFFIXES = set(
    "ing ings ship ships tion tions sion sions ation ations ment ments ness ity ities ance ances ence ences able "
    "ible ous ive ives ism isms ist ists ised ized ally ial ical ency ancy".split()
)


_SPACED_WORD = r"[^\W\d_](?: [^\W\d_]| [–-])+"  # "N O R T H E R N", "B A L T I C – N O R D I C"
_LETTER_SPACED = re.compile(rf"^(?P<indent>\s*)(?P<words>{_SPACED_WORD}(?:\s{{2,}}(?:[·|•]\s{{2,}})?{_SPACED_WORD})*)\s*$")


def _letter_spacing(line: str) -> str:
    """A cover's capitals set with a space between letters ("T H E   N O R T H E R N   F L A N K"): read as words,
    the wider gaps between them. Two words at least, or one of six letters or more set in from the margin (a
    table's row of letters, "A B C D E F G", stays)."""
    match = _LETTER_SPACED.match(line) if line.lstrip()[1:2] == " " else None
    if not match or not match["words"].isupper():
        return _small_caps(line)
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", match["words"])]
    if len(words) < 2 and (len(words[0]) < 6 or len(match["indent"]) < 4):
        return line
    return match["indent"] + " ".join(words)


_SMALL_CAPS_WORD = re.compile(r"[A-ZÀ-ÝĀ-Ž] [A-ZÀ-ÝĀ-Ž'’]+")


def _small_caps(line: str) -> str:
    """Small capitals whose first letter a dump set apart ("P ART  I  —  W HERE  W E  S TAND"): two or more words so
    split, the words set apart by wider gaps, every other word in capitals, a numeral or a dash."""
    words = re.split(r"\s{2,}", line.strip())
    if len(words) == 1:
        return _small_caps_spaced_once(line)
    if len(words) < 2 or sum(bool(_SMALL_CAPS_WORD.fullmatch(w)) for w in words) < 2:
        return line
    if not all(_SMALL_CAPS_WORD.fullmatch(w) or re.fullmatch(r"[A-ZÀ-ÝĀ-Ž'’]+|[—–-]|\d{1,3}[.:]?", w) for w in words):
        return line
    return line[: len(line) - len(line.lstrip())] + " ".join(w.replace(" ", "") for w in words)


# Letters that are words of their own in capitals ("A", "I", "O", "E", "Y", "U", "W", "Z"): such a letter before a word
# may be the word it is ("A NEW DEAL"), any other is the first letter of a word a dump split
_LETTER_WORDS = frozenset("AIOEYUWZ")
_JOINING_CAPITALS = frozenset({"AND", "OR", "FOR", "THE", "OF", "IN", "ON", "TO", "AT", "BY", "WITH", "FROM", "AS", "AN", "DE", "DES", "DU", "LA", "LE",
                               "ET", "UND", "FÜR", "DER", "DIE", "DEL", "Y", "E"})


def _small_caps_spaced_once(line: str) -> str:
    """Small capitals split the same way, the words one space apart ("P OMERANIAN C ENTRE FOR M ARITIME S ECURITY",
    "M ARTA N OWAKOWSKA , J ONAS Å DAHL"): a line, or the start of one, in capitals, with two or more split words whose
    first letter is no word of its own; each letter set apart is joined to the capitals after it."""
    words = line.split()
    capitals = next((k for k, t in enumerate(words) if not re.fullmatch(r"[A-ZÀ-ÝĀ-Ž'’&-]+|[,;:—–]", t)), len(words))
    tokens, rest = words[:capitals], words[capitals:]  # (a bio opening on the name: "M ARTA N OWAKOWSKA is head of …")
    if len(tokens) < 4:
        return line
    split = [k for k in range(len(tokens) - 1) if len(tokens[k]) == 1 and tokens[k].isalpha() and len(tokens[k + 1]) >= 2 and tokens[k + 1].isalpha()
             and tokens[k + 1] not in _JOINING_CAPITALS]
    if sum(tokens[k] not in _LETTER_WORDS for k in split) < 2:
        return line
    # every other word split too, but for the joining words: "PLAN B AND PLAN C", "MARTA K NOWAK" are whole words and initials
    if any(len(t) >= 2 and t.isalpha() and t not in _JOINING_CAPITALS and k - 1 not in split for k, t in enumerate(tokens)):
        return line
    for k in split:
        tokens[k], tokens[k + 1] = tokens[k] + tokens[k + 1], ""
    return line[: len(line) - len(line.lstrip())] + re.sub(r"\s+([,;:])", r"\1", " ".join([t for t in tokens if t] + rest))


def _listed(passed: tuple[list[str], list[tuple[int, str, str]]], layout: Layout) -> list[str]:
    """A line-level pass's lines, with what it took out ``(line number, text, reason)`` listed in ``layout.removed``."""
    lines, taken = passed
    layout.removed += [Removed(text, number, reason) for number, text, reason in taken]
    return lines


def _listed_with(passed: tuple[list[str], list[tuple[int, str, str]], object], layout: Layout) -> tuple[list[str], object]:
    """A line-level pass that also reads something (a date, a main item, a speaker): its lines and what it read, with
    what it took out listed in ``layout.removed``."""
    lines, taken, found = passed
    return _listed((lines, taken), layout), found


# Line-level passes that take out what a page or a program adds to a text, in this order, each listing what it took:
# an image's place, a note app's page around a pasted text, a repository's cover sheet, a citation record exported with the page, a PDF reader's summary of
# comments, a scan's marks, an e-reader's notebook, an office suite's banner, a mail's MIME parts, a table's
# drawn rules, a cable's markings, glosses in a margin, a tags view's tags, a wiki's comment marks, a draft's review,
# a meeting's attendance, a fax's lines and cover sheet, paragraph numbers in the right margin.
_LINE_PASSES = (image_placeholder_lines, accessibility_text, note_page, repository_cover, citation_record, comment_summary, scan_marks, reader_notebook, published_to_web, mime_message, quoted_mail, table_rules, cable_markings,
                margin_glosses, structure_tags, inline_comment_markers, note_app_marks, note_tooltips, reader_highlights, review_marks, attendance, fax_pages, margin_paragraph_numbers)


def parse(text: str) -> Layout:
    """Cut normalised text into units and give each a role."""
    layout = Layout(text=text, lines=text.split("\n"))
    lines = list(layout.lines)
    for number in sorted(chart_remnants(lines)):  # before page numbers: an axis's ticks are numbers alone on a line too
        layout.removed.append(Removed(lines[number - 1].strip(), number, CHART_REASON))
        lines[number - 1] = ""
    lines = _listed(text_browser_links(lines), layout)
    lines = [_letter_spacing(line) if " " in line.strip() else line for line in lines]
    lines = [undouble(line) for line in lines]  # a PDF's fake bold, each character printed twice: read once
    lines = _listed(vertical_text(lines), layout)
    lines = _listed(line_numbers(lines), layout)
    lines, versions, first_version = version_history(lines)
    lines, submitted = _listed_with(preprint_page(lines), layout)
    lines, main_item = _listed_with(newsletter_issue(lines), layout)
    lines, speech = _listed_with(debate_speech(lines), layout)
    lines = _listed((lines, versions), layout)
    lines = _listed(typed_tables(lines), layout)  # before the scan's marks: a table's bars and rules are none
    for line_pass in _LINE_PASSES:
        lines = _listed(line_pass(lines), layout)
    lines, chat, chat_day = chat_export(lines)
    lines, front = _front_matter(lines, layout)
    if (source := markup_source(lines)) is not None:  # an Org-mode or AsciiDoc file, or a video's captions
        lines = source.lines
        layout.removed += [Removed(text, number, reason) for number, text, reason in source.removed]
    lines, excerpts, excerpt_source = ebook_excerpts(lines)
    layout.removed += [Removed(text, number, reason) for number, text, reason in excerpts]
    lines = _listed((lines, chat), layout)
    lines = _listed(emoji_marks(lines), layout)
    lines, romans = raise_glued_markers(lines)
    layout.removed += romans
    lines, marks = fn_notes(lettered_notes(lines))
    layout.removed += marks
    lines = [_BOX_CONTENT.sub(r"\g<inner>", line) for line in lines]  # "| No. 31 / 2026 · 17 April 2026 |": a box's text
    lines = [_LEFT_BORDER.sub("", line) for line in lines]  # "║ RECOMMENDATIONS": a box drawn with its left side only
    lines, furniture = remove_page_furniture(lines, _protected)
    for number, line, rule, reason in furniture:
        layout.removed.append(Removed(line, number, reason))
        if rule == "running-header":
            layout.running.append(Removed(line, number, rule))
    footers = [(number, line) for number, line, rule, _reason in furniture if rule in {"running-header", "page-footer"}]
    vocabulary = _vocabulary(text)  # every word of the text, once: evidence for rejoining words split at a line's end
    lines = [_drop_cap(line, vocabulary) if not index or not lines[index - 1].strip() else line for index, line in enumerate(lines)]
    lines, layout.page_notes, labels = page_bottom_notes(lines, {f[0] for f in furniture}, vocabulary)
    layout.removed += labels
    author_notes = _author_notes(labels)
    lines, margin_notes, labels = sidenotes(lines)
    layout.page_notes += margin_notes + (source.notes if source is not None else [])
    layout.removed += labels
    units = split_units(lines)
    units = _drop_stray_markers(units, layout)
    units = _drop_web_furniture(units, layout)
    units = _set_in_boxes(units, layout)
    units = _closing_glossary(units, layout)
    page_breaks = {number for number, line in enumerate(layout.lines, 1) if "\f" in line}
    units = rejoin_breaks(units, vocabulary, lines, page_breaks)
    common = P.common_words(text)
    units = _leading_box(units, layout, common)
    units = _cover_wraps(units)
    if source is not None:  # a source file's header is its own (read above): no line under it is head material
        body_start, layout.findings = 0, []
    else:
        body_start, layout.findings = read_head(units, common, author_notes, copyright_owners(layout.lines), page_breaks)
    body_start = _title_page(units, body_start, layout, common)
    body_start = _document_under_page(units, body_start, layout, common)
    body_start = _debate_sides(units, body_start, layout, common)
    body_start = _newsletter_essay(units, body_start, layout)
    answer_start, answered = _written_question(units, common)
    if answer_start:  # the head is the question and its answer's fields: what they state first, then the head's other lines
        stated = {f.field for f in answered}
        layout.findings = answered + [f for f in layout.findings if f.field not in stated]
        for unit in units[:answer_start]:
            unit.role = "question"
        body_start = answer_start
    # the first version's date, or the day the channel posted the text: when the head states none
    for rule, dated in (("version-history", first_version), ("preprint-submitted", submitted), ("message-stamp", chat_day)):
        if dated and not any(f.field == "date" for f in layout.findings):
            layout.findings.append(Finding("date", dated[1], rule, dated[0], dated[2]))
    if main_item:  # a newsletter's first item is the text: its title and byline, not the mail's subject
        layout.findings = [f for f in layout.findings if f.field not in {"title", "subtitle"}]
        layout.findings.append(Finding("title", main_item.title, "newsletter-main-item", main_item.line, main_item.heading))
        if main_item.byline and (authors := authors_from(re.sub(r"^\S+\s+", "", main_item.byline), common)):
            layout.findings = [f for f in layout.findings if f.field != "authors"]
            layout.findings.append(Finding("authors", authors, "newsletter-main-item", main_item.byline_line, main_item.byline))
    if speech is not None and not any(f.field == "authors" for f in layout.findings):  # the member whose speech it is
        layout.findings.append(Finding("authors", [Author(speech.name)], "debate-speaker", speech.line, speech.label))
    if source is not None:  # the source file's own header states its fields: they come first
        given = {f.field for f in source.findings}
        layout.findings = source.findings + [f for f in layout.findings if f.field not in given]
    stated = {f.field for f in layout.findings}
    layout.findings += [f for f in front if f.field not in stated]  # the file's front matter, where the text states no field
    if excerpt_source and not any(f.field in {"title", "authors"} for f in layout.findings):
        line, title, names = excerpt_source  # passages copied from an e-book: the book and its authors, as the reader names them
        layout.findings.append(Finding("title", title, "excerpt-source", line, title))
        if (authors := authors_from(names, common)):
            layout.findings.append(Finding("authors", authors, "excerpt-source", line + 1, names))
    layout.head = units[:body_start]
    for unit in layout.head:
        reason = _HEAD_REASONS.get(unit.role, f"head: {unit.role} line (read into the metadata)")
        layout.removed.append(Removed(unit.text, unit.line, reason))
    body_start, opening_bios = _inside_cover(units, body_start, layout, page_breaks)
    if not opening_bios:
        body_start, opening_bios = _opening_bios(units, body_start, layout)
    body_start = _opening_notices(units, body_start, layout)
    body_start = _abstract_with_translation(units, body_start, layout)
    body_end = _read_tail(units, body_start, layout)
    layout.bios[:0] = opening_bios
    _date_from_footers(footers, layout)
    body = _drop_head_repeats(units[body_start:body_end], layout)
    if (translated := _other_language_paragraphs(body)):  # a bilingual edition: its English text, the other listed
        layout.removed += [Removed(u.text, u.line, BILINGUAL_REASON) for u in translated]
        body = [u for u in body if u not in translated]
        _english_title(layout)
    body = _part_bylines(_signed_parts(_sidebar_authors(_post_timestamps(_side_bylines(body, layout), layout), layout), layout), layout)
    layout.blocks = _body_blocks(_drop_pull_quotes(_drop_inner_boilerplate(_body_fields(body, layout), layout), layout))
    _date_from_imprint(layout)  # the imprints inside the body too
    _authors_from_citation(layout)
    _date_from_footers(_repeated_boilerplate(layout), layout)  # the publisher's footer on every page, found in and after the text
    _date_from_last_edit(layout)
    _title_from_running_header(layout)
    renumber_markers(layout.blocks, layout.note_numbers)
    _note_paragraphs(layout)
    _experts_under_headings(layout, common)
    _bracketed_markers(layout.blocks, layout.notes)
    _caret_markers(layout.blocks, layout.notes)
    if layout.note_symbols:
        _symbol_markers(layout.blocks, layout.note_symbols)
    return layout


# -- units ---------------------------------------------------------------


_LIST_MARK = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|\d{{1,2}}[.)])\s+\S")
BOX_LABEL = re.compile(rf"{P.KEY_POINTS_LABEL.pattern}|(?:key |main |policy |our )?recommendations", re.I)  # a box of points


# A summary page set before the paper's own title page, and its pointer to the paper
_SUMMARY_PAGE_LABEL = re.compile(r"summary for (?:policy ?makers|decision ?makers|policymakers)|policy summary|summary for policy|résumé pour les décideurs", re.I)
_OVERLEAF = re.compile(r"(?:the )?(?:full (?:analysis|text|paper|report|brief)|analysis) (?:overleaf|inside|below|follows)\.?|(?:continued|see|read on) (?:inside|overleaf)\.?", re.I)


def _leading_box(units: list[Unit], layout: Layout, common: frozenset[str]) -> list[Unit]:
    """A box of key points or recommendations that a text dump sets before the masthead and title (a cover's sidebar
    read first): its label and two or more items, then a head that names the title and who published or wrote it or
    when. The box is listed as a sidebar (the page quotes its points), and the head is read after it."""
    if not units or not (BOX_LABEL.fullmatch(label := units[0].text.strip().rstrip(" :")) or _SUMMARY_PAGE_LABEL.fullmatch(label)):
        return units
    end = 1
    if _SUMMARY_PAGE_LABEL.fullmatch(label) and end < len(units) and heading_like(units[end].text) and not _LIST_MARK.match(units[end].text):
        end += 1  # a summary page's own title over its points ("Europe's Ammunition Gap: Closing It Before 2028")
    first_item = end
    while end < len(units) and _LIST_MARK.match(units[end].text):
        end += 1
    if end - first_item < 2 or end >= len(units):
        return units
    if _OVERLEAF.fullmatch(units[end].text.strip()):
        end += 1  # "Full analysis overleaf.": the pointer to the paper under the summary page
    _start, findings = read_head(units[end:], common)
    if not ({"title"} <= {f.field for f in findings} and {"publisher", "authors", "date"} & {f.field for f in findings}):
        return units
    for unit in units[:end]:
        layout.removed.append(Removed(unit.text, unit.line, SIDEBAR_REASON))
    return units[end:]


# A parliament's written question as its site sets it: the question's fields, its text, then the answer's fields.
_QUESTION_FIELD = re.compile(r"^(?:asked by|tabled by|question by|addressed to|date asked|date tabled|asked on|tabled on|question to)\s*:\s*\S", re.I)
_ANSWER_FIELD = re.compile(r"^(?P<label>answer(?:ed)? from|answering (?:body|department|ministry)|(?:answer(?:ed)?|replied|answer given) by|reply from|"
                           r"date (?:answered|of (?:the )?(?:answer|reply))|answered on|replied on)\s*:\s*(?P<value>\S.*)$", re.I)
_SUBJECT_FIELD = re.compile(r"^(?:subject|topic|title)\s*:\s*(?P<value>\S.*)$", re.I)


def _written_question(units: list[Unit], common: frozenset[str]) -> tuple[int, list[Finding]]:
    """A parliament's written question and its answer: the question's fields ("Asked by:", "Addressed to:", "Date
    asked:") and text, then the answer's ("Answer from:", "Answered by:", "Date answered:"). The answer is the text:
    whoever gave it is its author (the ministry that answered, the affiliation), the day it was given its date, the
    question's subject its title. Returns where the answer's text begins (0 when the text is no such page) and what
    the fields state."""
    asked = next((i for i, u in enumerate(units[:30]) if _QUESTION_FIELD.match(u.text.strip())), None)
    if asked is None or any(word_count(u.text) > 25 or ends_sentence(u.text) for u in units[:asked]):
        return 0, []  # fields quoted in the text, after its first paragraph or sentence, are no page of a question
    fields: dict[str, tuple[str, Unit]] = {}
    last = None
    for index in range(asked + 1, min(len(units), asked + 40)):
        match = _ANSWER_FIELD.match(units[index].text.strip())
        if match:
            label = match["label"].lower()
            kind = "date" if label.startswith(("date", "answered on", "replied on")) else "by" if label.endswith(" by") else "from"
            fields.setdefault(kind, (match["value"].strip(), units[index]))
            last = index
        elif last is not None:
            break
    if last is None or "by" not in fields or last + 1 >= len(units):
        return 0, []
    found = []
    subject = next((m for u in units[:asked] if (m := _SUBJECT_FIELD.match(u.text.strip()))), None)
    if subject:
        unit = next(u for u in units[:asked] if u.text.strip().startswith(subject[0]))
        found.append(Finding("title", subject["value"].strip(), "written-question", unit.line, unit.text))
    if "date" in fields and (iso := P.parse_date(fields["date"][0])):
        found.append(Finding("date", iso, "written-question", fields["date"][1].line, fields["date"][1].text))
    value, unit = fields["by"]
    name, _, role = value.partition(",")
    if (authors := authors_from(name.strip(), common)) and len(authors) == 1:
        ministry = fields["from"][0] if "from" in fields and P.is_institution(fields["from"][0]) else None
        authors[0].affiliation = ministry or (P.describe(role)[0] if role.strip() else None)
        authors[0].position = role.strip() or None
        found.append(Finding("authors", authors, "written-question", unit.line, unit.text))
    return last + 1, found


_FRAME_RULE = re.compile(r"^\s*[─━═▬]{5,}\s*$")  # a box's top or bottom drawn with box-drawing characters


def _groups(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines with their first line numbers; a frame rule stands apart as a run of its own."""
    groups, current, start = [], [], 0
    for number, line in enumerate(lines, 1):
        if _FRAME_RULE.match(line):
            if current:
                groups.append((start, current))
            groups.append((number, [line]))
            current = []
        elif line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            groups.append((start, current))
            current = []
    if current:
        groups.append((start, current))
    return groups


MIN_WRAP_WIDTH = 38


def wrap_width(groups: list[tuple[int, list[str]]]) -> int | None:
    """The column at which the text was hard-wrapped, or None if it was not.

    Looks at lines that are followed by another line of the same block; in a
    hard-wrapped dump nearly all are close to one width (about 72).
    """
    lengths = sorted(len(line.strip()) for _, lines in groups for line in lines[:-1])
    if len(lengths) < 3:
        return None  # too little evidence: two lines with others under them are a title block or a footer
    if lengths[int(len(lengths) * 0.9)] > 110:
        return None
    width = _fill_width([length for length in lengths if length <= 110])
    if width < MIN_WRAP_WIDTH:
        return None  # no dump wraps at a narrower column; short lines are titles or one-line paragraphs
    in_blocks = sum(len(line.split()) for _, lines in groups if len(lines) > 1 for line in lines)
    if sum(len(lines[0].split()) for _, lines in groups if len(lines) == 1 and len(lines[0].strip()) > max(2 * width, 160)) > in_blocks:
        return None  # paragraphs one a line, far longer than the lines that seem filled: those are a cover's or a foot's lines
    # A wrapper fills each line: the next line's first word would not have fitted. Paragraphs one
    # per line often leave room, and every one of them ends a sentence.
    # Two short lines one over the other (a cover's title set in lines, an address, a contact block) say nothing of it.
    pairs = [(a.strip(), b.strip()) for _, lines in groups for a, b in zip(lines, lines[1:], strict=False)
             if not _ITEM_START.match(b) and max(len(a.strip()), len(b.strip())) >= width // 2]
    filled = sum(1 for a, b in pairs if len(a) + 1 + len(_first_word(b)) > width - 4)
    if len(pairs) < 2 or filled * 10 < len(pairs) * 7 or all(ends_sentence(a) for a, _ in pairs):
        return None
    return width


def _fill_width(lengths: list[int]) -> int:
    """The longest line, unless it stands alone above many lines filled to one shorter width.

    A wrapper fills many lines to nearly the same width; one longer line (a wider column's
    line, a line the dump joined) does not set the width when at least five lines, and a
    quarter of all, end within three characters of a shorter one.
    """
    lengths = sorted(lengths)
    shared = sorted({b for a, b in zip(lengths, lengths[1:], strict=False) if b - a <= 3}, reverse=True)
    for width in shared:  # the widest that many lines fill: a few longer lines (notes wrapped wider, a footer) stand above it
        if sum(1 for length in lengths if width - 3 <= length <= width) >= max(5, len(lengths) / 4):
            return width
    return lengths[-1]


def _first_word(line: str) -> str:
    return line.split()[0] if line.split() else ""


def split_units(lines: list[str]) -> list[Unit]:
    """Paragraph candidates with their first line numbers."""
    groups = _groups(lines)
    width = wrap_width(groups)
    units: list[Unit] = []
    in_head, checked = True, 0  # in the head until a unit long enough to be a paragraph of the body
    next_note = 0  # under a notes label: the number the next note would carry ("1 Text", "2 Text"), else 0
    for start, group in groups:
        in_head = in_head and all(len(unit.text.split()) <= HEAD_UNIT_WORDS for unit in units[checked:])
        checked = len(units)
        if next_note and not re.match(rf"\s*{next_note}\s+\S", group[0]) and not P.is_notes_label(group[0]):
            next_note = 0  # the notes have ended: a number at a line's start is the text's again
        joined = " ".join(line.strip() for line in group)
        if len(group) > 1 and joined.startswith("**") and joined.endswith("**"):
            units.append(Unit(joined, start))  # a bold pull quote set over several lines
            continue
        current: Unit | None = None
        last_length = item_indent = 0
        for offset, line in enumerate(group):
            stripped = line.strip(" ") if CELL_SEPARATOR in line else line.strip()  # a row of cells keeps its blank first cell
            if "*" in stripped or "_" in stripped:
                stripped = _EMPHASISED_LABEL.sub(r"\2", stripped)  # "**Authors:** …", "_Date:_ …": the label without its emphasis
            if next_note and (number := re.match(r"(\d{1,3})\s+\S", stripped)) and int(number.group(1)) == next_note:
                next_note += 1  # "2 Joint statements …" under "1 Memorandum …": a new note, not a wrapped line
                current = Unit(stripped, start + offset)
                units.append(current)
                last_length = len(stripped)
                continue
            # a hanging indent: indented at least to the item's text ("  - Name, Role," / "    Institute"), not less ("  Panel 2")
            hanging = (current is not None and line[:1].isspace() and not _ITEM_START.match(line) and bool(_ITEM_START.match(current.text))
                       and len(line) - len(line.lstrip()) >= item_indent)
            if (next_note > 1 or hanging) and current is not None and line[:1].isspace():
                current.text = join_lines(current.text, stripped, set())  # a hanging indent: the note or numbered paragraph goes on
                last_length = len(stripped)
                continue
            wraps = (
                current is not None
                and width is not None
                and not _starts_item(line, current.text)
                and not _MACHINE_LINE.match(stripped)
                and not stripped.startswith("©")  # a copyright line under a caption filled to the width is a line of its own
                and CELL_SEPARATOR not in stripped and CELL_SEPARATOR not in current.text  # a table's row is a line of its own
                and not (_KEY_LINE.match(stripped) and _KEY_LINE.match(current.text))
                and not ("\n" not in current.text and set_apart_date(current.text))  # a date set far to its right: a line of its own
                and not (P.AFFILIATION_NOTE.match(stripped) and P.AFFILIATION_NOTE.match(current.text))
                and not _FIELD_LABEL_LINE.match(stripped)
                and not P.NOTE_RULE.match(stripped) and not P.NOTE_RULE.match(current.text)  # a rule never wraps into text
                and len(line) - len(line.lstrip()) < RIGHT_COLUMN  # a field set in a right-hand column is a line of its own
                and (last_length + 1 + len(_first_word(stripped)) > width - 4
                     # a long line of the text cut on a word that cannot end it ("… at the Vistula Centre for")
                     or (not in_head and last_length > width * 3 // 4 and current.text.split()[-1].lower() in _OPEN_ENDINGS))
                and not (in_head and _standalone_pair(current.text, stripped))
            )
            # a text set in long lines, one a paragraph, whose closing notice was set narrower and wrapped ("… by the Centre for
            # Strategic" / "Foresight in Europe. Next edition: Q2 2026."): the notice goes on
            wraps = wraps or (width is None and not in_head and current is not None and last_length >= 60 and "\n" not in current.text
                              and P.is_boilerplate(current.text)
                              and word_count(current.text) >= 8 and len(current.text) < 200
                              and not ends_sentence(current.text) and ends_sentence(stripped) and not _starts_item(line, current.text)
                              and not re.search(r"\s[·|•]\s", current.text) and not stripped.startswith(("©", "(c)", "Copyright"))
                              and not any(re.match(r"[^\W\d_]{2,14}\s*:", t) for t in (current.text, stripped))  # "Chart: …" / "Source: …"
                              and not _MACHINE_LINE.match(stripped) and CELL_SEPARATOR not in stripped and CELL_SEPARATOR not in current.text)
            if wraps:
                current.text = join_lines(current.text, stripped, set())
            else:
                if _MD_HEADING.match(stripped) and len(stripped.split()) <= 21:
                    stripped = _MD_HEADING.sub("", stripped)  # "## What is missing": a heading's marks in a text dump, not its words
                elif (wiki := _WIKI_HEADING.match(stripped)) and len(stripped.split()) <= 21:
                    stripped = wiki["text"]
                current = Unit(stripped, start + offset)
                units.append(current)
                item_indent = marker.end() if (marker := _ITEM_START.match(line)) else 0
                next_note = 1 if P.is_notes_label(stripped) else next_note
            last_length = len(stripped)
    return units


RIGHT_COLUMN = 24  # spaces before a line set in a page's right-hand column (a memo's or a note's fields)
HEAD_UNIT_WORDS = 30  # a longer unit is a paragraph of the body: the head is above it


def _standalone_pair(current: str, line: str) -> bool:
    """Two head lines that only look wrapped: an author line followed by another, or by a date."""
    # Only after a title or head line: inside a wrapped paragraph a line may start "Von der Leyen …".
    # A head line is short; a unit that has grown past that is a paragraph that opens like one.
    if len(current.split()) > 20 or not (head_line(current) or heading_like(current, 20)) or re.search(r"[a-z][.!?]\s+[A-Z]", current):
        return False  # a line that holds a finished sentence is prose ("… small groups. The Joint"), no head line
    # A row laid out in columns ("Home   Themes   Events") is a menu under the line, not the rest of it.
    # A labelled line ("Subject: …", "Date: …") is a field of its own.
    # "Data publicării: …", "Date of publication: …": a label of a few words, the first capitalised, the rest in lower case
    return bool(P.parse_date(line) or byline_start(line) or head_line(line) or re.search(r"\S {2,}\S|^[^\W\d_]{2,14}(?:\s(?-i:[^\W\d_A-Z][^\W\d_]{0,13})){0,2}\s*:\s", line)
                or (len(line.split()) <= 8 and DATE_RANGE.search(line)))  # "Kraków, 18–20 June 2026": where and when a meeting was


def _starts_item(line: str, before: str) -> bool:
    """A list marker starts an item, except a number after an unfinished sentence ("under Article" / "5. The",
    "rose to" / "4 per cent"): wrapping put it there."""
    if not _ITEM_START.match(line):
        return False
    return not re.match(r"\s*\(?\d{1,3}[.)]\s", line) or ends_sentence(before) or before.rstrip().endswith(":")


def _drop_stray_markers(units: list[Unit], layout: Layout) -> list[Unit]:
    kept, rule = [], False
    for unit in units:
        if re.fullmatch(r"[-*•·_=~⁂─━═—–╔╗╚╝╠╣┌┐└┘├┤]+(?:[ \t]+[-*•·_=~─━═—–╔╗╚╝╠╣┌┐└┘├┤]+)*", unit.text.strip()):  # "—", "* * *", "· · ·": a marker or a section rule
            layout.removed.append(Removed(unit.text, unit.line, "a list marker or rule with no text"))
            rule = len(unit.text.strip()) >= 3
        else:
            unit.after_rule, rule = rule, False
            kept.append(unit)
    return kept


def _protected(line: str) -> bool:
    """Labels that repeat for a reason (a "Notes" label on every page) are not running headers."""
    return P.is_notes_label(line) or P.label(line) in P.SECTION_LABELS


NEXT_ARTICLE_REASON = "web furniture: the next article the page loaded under this one (its label, head, opening and loader)"
# The label over the article a page loads when the reader reaches the end: "Up next", "Next article", "Nächster Artikel"
_NEXT_LABEL = re.compile(r"(?:up next|next up|next article|next story|next in [\w ]{2,30}|continue reading|keep reading|nächster artikel|"
                         r"article suivant|à suivre|siguiente artículo|prossimo articolo|następny artykuł|volgend artikel)\s*:?", re.I)


def _next_article(units: list[Unit], prose: list[int]) -> int | None:
    """Where the next article begins, when a page that scrolls on has loaded it under the text: its label ("Up next"),
    then within a few lines a title over a byline or a date, after two paragraphs of the text at least (``prose``: the
    indexes of the units of more than 30 words). None when there is none."""
    for index in range(prose[1] + 1 if len(prose) > 1 else len(units), len(units)):
        if not _NEXT_LABEL.fullmatch(units[index].text.strip()):
            continue
        below = units[index + 1 : index + 6]
        if any(heading_like(u.text) for u in below) and any(P.parse_date(u.text) or byline_start(u.text) for u in below) \
                and sum(word_count(u.text) >= 15 and ends_sentence(u.text) for u in units[index + 1 :]) <= 1:
            return index  # (its opening at most: a card set between the text's paragraphs, or the text's own rest, goes on with more)
    return None


def _drop_web_furniture(units: list[Unit], layout: Layout) -> list[Unit]:
    """Menus, share buttons, cookie banners, newsletter boxes, related links: listed, not kept."""
    menu = menu_run([u.text for u in units], [u.line for u in units])
    prose = [k for k, u in enumerate(units) if word_count(u.text) > 30]  # the text's paragraphs
    next_from = _next_article(units, prose)
    first_prose = prose[0] if prose else len(units)
    comments = comment_section([u.text for u in units])
    replies = reply_section([u.text for u in units])
    comments = replies if comments is None else comments if replies is None else min(comments, replies)
    actions = action_column([u.text for u in units])
    editors, marks = document_comments([u.text for u in units])
    mark = re.compile(r"\[(?:" + "|".join(sorted(marks)) + r")\]") if marks else None
    kept: list[Unit] = []
    related_from: int | None = None
    dropped: Unit | None = None
    label_of: tuple[Unit, tuple[str, str]] | None = None  # the list under a tags label left out above, and why
    boxed: dict[int, tuple[str, str]] = {}  # the lines of a box set in the text (topics, events): its lone label and its items
    sign_up: Unit | None = None  # a newsletter sign-up line left out just above
    credit: Unit | None = None  # a photo credit line left out just above (its caption may follow)
    cookie: Unit | None = None  # a cookie banner's line left out just above (its dialog's buttons may follow)
    buttons = 0  # the buttons taken under the dialog's last line of its own
    for index, unit in enumerate(units):
        if (placeholder := _PLACEHOLDER_BEFORE.match(unit.text)) and "\n" not in unit.text:
            layout.removed.append(Removed(placeholder[0].strip(), unit.line, "web furniture: an image's alternative text"))
            unit.text = unit.text[placeholder.end():]  # "[logo] HARBOUR INSTITUTE": the logo's place, then the name beside it
        if "\n" not in unit.text and (tail := _SHARE_TAIL.search(unit.text)) and re.match(r"\s*(?:share-[a-z]+|Share\s+\S+\s+\S+)", tail[0]) \
                and len(unit.text[: tail.start()].split()) >= 2:
            layout.removed.append(Removed(tail[0].strip(), unit.line, WEB_FURNITURE["share"].reason))
            unit.text = unit.text[: tail.start()]  # "By A, B, and C share-twitter share-linkedin print": the buttons beside the byline
        found = ("menu", "web furniture: site menu") if index < menu else web_furniture(unit.text)
        if index + 1 < len(units) and (pictured := _PICTURE_CAPTION.fullmatch(unit.text.strip())) \
                and units[index + 1].text.strip().split("\n")[0].strip() == pictured["name"].strip():
            found = ("picture-of", WEB_FURNITURE["picture-of"].reason)  # "Photo: Ana Ruiz" over her card: the photo's text, not a credit
        if found is None and len(prose) > 1 and index > prose[1] and is_publication_dates(unit.text):
            found = ("publication-dates", PUBLICATION_DATES_REASON)  # under the text's paragraphs: in the head, the head's rules read it
        if next_from is not None and index >= next_from and found is None and not P.is_boilerplate(unit.text):
            found = ("next-article", NEXT_ARTICLE_REASON)
        if (found is None or found[0] == "related") and index not in boxed and len(unit.text) <= 40 \
                and (word_count(unit.text) <= MAX_BOX_LABEL_WORDS or _MEMBERS_LABEL.fullmatch(unit.text.strip())):
            for kind, label_test, item_test in _BOXES:
                if kind[0] == "reader-note" and index > first_prose:
                    continue  # a reader's notes stand above the text they saved; "My notes:" in the text is the author's
                if label_test(units[index].text.strip()) and (items := _box_items(units, index, item_test, layout.lines)) \
                        and (kind[0] != "board" or not any(word_count(u.text) > 20 and not P.is_boilerplate(u.text) for u in units[index + items + 1 :])):  # a board: on the back pages
                    boxed.update((k, kind) for k in range(index, index + items + 1))
                    break
        if found is None and (kind := boxed.get(index)):
            found = (kind[0], kind[1])
        if found is None and index in actions:
            found = ("social-actions", WEB_FURNITURE["social-actions"].reason)
        if index in editors:
            found = ("document-comments", DOCUMENT_COMMENTS_REASON)
        elif mark is not None:  # "…the network.[a]": a comment's mark, taken out and listed
            for found_mark in mark.findall(unit.text):
                layout.removed.append(Removed(found_mark, unit.line, "the mark of a comment of the document's editors"))
            unit.text = mark.sub("", unit.text)
        if found and found[0] == "legal-links" and P.publisher_from(unit.text):
            found = None  # "Udgivet af Nordisk Forsvarsforum · Cookies": the tail reads it as the publisher's line
        if found is None and comments is not None and index >= comments and not P.is_boilerplate(unit.text):
            found = ("comments", COMMENTS_REASON)  # commenters, timestamps, their words, the reply form
        if found is None and related_from is not None and not P.is_boilerplate(unit.text) and _related_item(units[index:]):
            found = ("related", "web furniture: related links")
        if found is None and dropped is not None and directly_under(dropped, unit) and not ends_sentence(dropped.text) \
                and not _MACHINE_LINE.match(unit.text) and (unit.text[:1].islower() or (word_count(dropped.text) >= 8 and word_count(unit.text) <= 12 and ends_sentence(unit.text))):
            # "…has not yet been" / "copy-edited or typeset.": the rest of the line left out above, or of its sentence
            # ("… published by the" / "Harbour Institute, Gdańsk."), which may name the publisher
            found = web_furniture(dropped.text)
            if found and P.publisher_from(f"{dropped.text} {unit.text}"):
                layout.boilerplate.append(Unit(f"{dropped.text} {unit.text}", dropped.line, role="boilerplate"))
        if found is None and index + 1 < len(units) and len(unit.text.split()) <= 2 and not ends_sentence(unit.text):
            joined = web_furniture(f"{unit.text} {units[index + 1].text}")  # "KEYWORDS" over "ports; deterrence; Baltic Sea"
            if joined and joined[0] == "tags":
                found, label_of = joined, (units[index + 1], joined)
        elif found is None and label_of is not None and label_of[0] is unit:
            found = label_of[1]
        if found is None and sign_up is not None and unit.line == sign_up.line + 1 and "\n" not in unit.text and word_count(unit.text) <= 16 \
                and not P.publisher_from(unit.text) and not sign_up_button(sign_up.text):  # the site's © line under "Subscribe to our newsletter" names its publisher
            # (a box ends with its button: "Subscribe" / "Security has changed the calculus" is a heading over the text)
            found = ("newsletter", WEB_FURNITURE["newsletter"].reason)  # the sign-up's own line under it: "Our analyses every Friday."
        if found is None and cookie is not None and directly_under(cookie, unit) and buttons < 3 and cookie_dialog_button(unit.text):
            found = ("cookie-banner", WEB_FURNITURE["cookie-banner"].reason)  # "Einstellungen anpassen" under "Alle akzeptieren"
            buttons += 1
        elif found is not None and found[0] == "cookie-banner":
            buttons = 0  # a line of the dialog itself: up to three buttons may follow it
        if found is None and credit is not None and unit.line == credit.line + 1 and word_count(unit.text) <= 30 and len(sentences(unit.text)) == 1:
            found = ("photo-credit", WEB_FURNITURE["photo-credit"].reason)  # "Photo: Name" / "Dockers unload … near Gdynia.": its caption
        if found and found[0] == "newsletter-footer" and P.publisher_from(unit.text):
            layout.boilerplate.append(unit)  # "You receive this e-mail as a subscriber to X, published by Y": Y publishes
        dropped = unit if found is not None else None
        sign_up = unit if found is not None and found[0] == "newsletter" and "\n" not in unit.text else None
        credit = unit if found is not None and found[0] == "photo-credit" and "\n" not in unit.text else None
        cookie = unit if found is not None and found[0] == "cookie-banner" else None
        if found is None:
            related_from = None
            unit.after_crumbs = index > 0 and index <= first_prose and layout.removed and layout.removed[-1].line == units[index - 1].line \
                and layout.removed[-1].reason == WEB_FURNITURE["breadcrumb"].reason
            kept.append(unit)
            continue
        if found[0] == "related" and (RELATED_LABEL.fullmatch(unit.text.strip()) or _link_title(unit.text)):
            related_from = index  # "Related", "Related research", "Read also:": the short titles under it are links
        if found[0] == "salutation" and kept and kept[-1] is units[index - 1] and _ADDRESS.match(kept[-1].text) and not ends_sentence(kept[-1].text):
            address = kept.pop()  # "To the President of the European Council …" right above "Dear President,"
            layout.removed.append(Removed(address.text, address.line, "the address of a letter (whom it is written to)"))
        layout.removed.append(Removed(unit.text, unit.line, found[1]))
    return kept


# share buttons run on at a line's end: "… share-twitter share-linkedin print", "… Share Facebook LinkedIn Email"
_SHARE_TAIL = re.compile(r"(?:\s+(?:share-[a-z]+|share|print|e-?mail|tweet|facebook|linkedin|twitter|x|bluesky|whatsapp|reddit|telegram)){2,}\s*$", re.I)
_PLACEHOLDER_BEFORE = re.compile(r"^\[(?:logo|image|img|photo|icon|picture|graphic)\b[^\]]{0,40}\]\s+(?=\S)", re.I)


def _box_items(units: list[Unit], index: int, item: Callable[[str], bool], lines: list[str]) -> int:
    """How many items a box set in the text has under its lone label at ``units[index]``: the units right under
    it, in one block (no blank line between, but one may set the label apart), each an ``item`` (a page's sidebar or
    a newsletter's box, linearised into the text)."""
    if "\n" in units[index].text:
        return 0
    count = 0
    while index + count + 1 < len(units):
        above, unit = units[index + count], units[index + count + 1]
        gap = sum(not lines[n - 1].strip() for n in range(above.line, unit.line))  # blank lines between (one under the label only)
        if "\n" in unit.text or gap > (1 if count == 0 else 0) or not item(unit.text.strip()) or P.is_boilerplate(unit.text):
            break  # a notice under the box ("© Harbour Institute") is the page's foot, not one of the box's links
        count += 1
    return count


_EVENTS_LABEL = re.compile(
    r"^(?:(?:(?:upcoming|forthcoming|next|future) )?(?:events?|meetings)|agenda|calendar|diary(?: dates)?|veranstaltungen|termine|"
    r"(?:prochains? )?(?:événements?|rendez-vous)|agenda des événements|próximos eventos|prossimi eventi|eventi|nadchodzące wydarzenia|"
    r"wydarzenia|evenementen|kommande evenemang|tulevat tapahtumat|tapahtumat)\s*:?$", re.I)


def _event_item(text: str) -> bool:
    """An event's line in a list of them: it opens with its date ("12 March 2026 — Webinar: …", "2 aprile 2026: …")."""
    head = re.split(r"\s+[—–-]\s+|:\s+|\s*\|\s*|\s{3,}", text, maxsplit=1)[0]
    return head != text and P.parse_date(head) is not None


PARTICIPANTS_REASON = "the witnesses or speakers of a meeting (named as such, not as its authors)"
_PARTICIPANTS_LABEL = re.compile(r"^(?:witnesses|witness list|speakers|panel(?:l)?ists|participants|intervenants|redner(?:innen)?|ponentes|relatori)\s*:?$", re.I)


_EXPERTS_LABEL = re.compile(r"^(?:(?:related|our|featured)\s+(?:experts|people|scholars|analysts)|experts on this (?:topic|issue)|nos experts|"
                            r"unsere expert(?:innen|en|\*innen)|nuestros expertos|i nostri esperti|nasi eksperci|onze experts)\s*:?$", re.I)
# (a reading's questions, not a discussion paper's own "Questions for discussion")
_QUESTIONS_LABEL = re.compile(r"(?:reading|seminar)\s+questions(?:\s*\([^()]{1,30}\))?\s*:?|questions on (?:the|this) reading\s*:?", re.I)
_READER_NOTES_LABEL = re.compile(r"(?:my notes|notes to self|note to self|meine notizen|mes notes|mis notas|le mie note|moje notatki)\s*:?", re.I)
MEMBERS_REASON = "the members of the group that wrote the text (named as such, not as its authors)"
# "Members of the working group", "Composition of the Task Force", "Panel members"
_MEMBERS_LABEL = re.compile(r"^(?:(?:the\s+)?(?:members|membership|composition) of the (?:[\w'’-]+\s+){0,3}(?:working group|task ?force|group|panel|commission|committee|network)|"
                            r"(?:working group|task ?force|panel|commission|study group|expert group) members)\s*:?$", re.I)


def _participant_item(text: str) -> bool:
    """A line of a list of witnesses or speakers: a person with a role ("- Dr Ann Lee, Director, Harbour Institute")
    or a panel's heading with its time ("Panel 1 (10.00–11.00)")."""
    text = re.sub(r"\s*\((?:co-?|vice-?)?(?:chair|chairman|chairwoman|chairperson|rapporteur|convenor|president)\)", "", text, flags=re.I)  # "Ann Lee (chair), …"
    return bool(re.match(r"^(?:panel|session)\s+\w{1,4}\b.{0,30}$", text, re.I) or authors_from(text.lstrip("-–•* ")))


MAX_BOX_LABEL_WORDS = 4  # "Topics", "Upcoming events", "Witness list", "Board of the Institute"
# The people who govern the publisher, listed on a back page: "Board of the Institute", "Board of Trustees", "Kuratorium".
_BOARD_LABEL = re.compile(
    r"^(?:(?:the )?board(?: of (?:the (?:institute|foundation|centre|center)|trustees|directors|governors))?|(?:advisory|supervisory|international advisory)"
    r" (?:board|council|committee)|trustees|kuratorium|vorstand|beirat|stiftungsrat|conseil d['’]administration|conseil scientifique|"
    r"consejo (?:asesor|rector|de administración)|comitato scientifico|consiglio direttivo|rada (?:fundacji|naukowa)|raad van toezicht|styrelse|hallitus)\s*:?$", re.I)


def _board_item(text: str) -> bool:
    """A row of a board's list: its post in a column, then the member ("Chair         Kerstin Åberg, Ambassador (ret.)"),
    or a member alone ("Peter Vestergaard, Copenhagen"); or a row of columns, each a member ("*Harold T. Benning", a star
    keying a note under the list) or a post in capitals ("EXECUTIVE VICE CHAIRS")."""
    member = re.split(r"\s{3,}", text.strip())[-1]
    if word_count(text) <= 14 and not ends_sentence(re.sub(r"\s*\([^()]*\)$", "", text.strip())) and P.is_person_name(member.split(",")[0].strip()):
        return True
    cells = [c.strip().lstrip("*†").strip() for c in re.split(r"\s{3,}", text.strip()) if c.strip()]
    return len(cells) >= 2 and word_count(text) <= 24 and all(
        P.is_person_name(c.split(",")[0]) or (c.isupper() and len(c.split()) <= 5 and not ends_sentence(c)) for c in cells)

# A box set in the text under its lone label: (rule, reason, the label's test, an item's test).
_BOXES: list[tuple[tuple[str, str], Callable[[str], bool], Callable[[str], bool]]] = [
    (("tags", WEB_FURNITURE["tags"].reason), lambda label: WEB_FURNITURE["tags"].test(label.rstrip(":") + ": x"),
     lambda text: word_count(text) <= 5 and not ends_sentence(text)),  # "Topics" over "Ports", "Air defence"
    (("events", "web furniture: a list of coming events"), lambda label: bool(_EVENTS_LABEL.fullmatch(label)), _event_item),
    (("participants", PARTICIPANTS_REASON), lambda label: bool(_PARTICIPANTS_LABEL.fullmatch(label)), _participant_item),
    # "Related experts" over "Name — Director, Programme" lines: the site's people on the topic, a sidebar set in the text
    (("experts", "web furniture: the site's experts on the topic (a sidebar)"), lambda label: bool(_EXPERTS_LABEL.fullmatch(label)), _participant_item),
    # "Reading questions (coordinator)" over "1. Is the distinction … convincing?": a course's questions on the reading
    (("questions", "a course's questions on the reading (its teacher's, not the text's)"), lambda label: bool(_QUESTIONS_LABEL.fullmatch(label)),
     lambda text: bool(re.match(r"\d{1,2}[.)]\s", text)) or text.rstrip(CLOSERS).endswith("?")),
    # "My notes:" over the reader's own points ("- read before Thursday"), above the text they saved
    (("reader-note", WEB_FURNITURE["reader-note"].reason), lambda label: bool(_READER_NOTES_LABEL.fullmatch(label)),
     lambda text: bool(re.match(r"[-–•*]\s", text)) and word_count(text) <= 30),
    (("members", MEMBERS_REASON), lambda label: bool(_MEMBERS_LABEL.fullmatch(label)), _participant_item),
    (("board", "the publisher's board (its governance, listed on a back page)"), lambda label: bool(_BOARD_LABEL.fullmatch(label)), _board_item),
    # "KEY FACTS" over "5%      NATO target for …", "4+      allies already above …", "Source: NATO": a box of figures set in the text
    (("key-facts", "a box of key figures set in the text (a page's sidebar)"),
     lambda label: bool(re.fullmatch(r"key (?:facts|figures|numbers|data)|(?:the )?(?:facts and figures|fast facts|in numbers|by the numbers)", label, re.I)),
     lambda text: bool(re.match(r"^[~≈<>]?\d[\d.,]*\s*(?:%|\+|bn|billion|million|m|k)?\s{2,}\S|^(?:source|sources|note)s?\s*:", text.strip(), re.I))),
    # "MOST READ" over "1. Inside the Kremlin's plan", "2. …": a box of links, even where the text goes on after it
    (("related", WEB_FURNITURE["related"].reason), lambda label: bool(RELATED_LABEL.fullmatch(label)), lambda text: _link_title(text)),
]


# Whom a letter is written to, above its salutation: "To the President of …", "À Madame la Présidente …", "An die Mitglieder …".
_ADDRESS = re.compile(r"^(?:to|à|an|al|alla|a|do|aan|till|til|para)\s+\S", re.I)


def _related_item(rest: list[Unit]) -> bool:
    """A title in a list of related links: short, not a statement (a title may ask a question), and no prose follows the list."""
    if not _link_title(rest[0].text):
        return False
    for unit in rest[1:]:
        if web_furniture(unit.text) or P.is_boilerplate(unit.text):
            return True
        if not _link_title(unit.text):
            return False
    return True


# an author's photo on a card, copied as its caption: "Photo: Ana Ruiz", "[Photo] Ana Ruiz", "Image – Ana Ruiz"
_PICTURE_CAPTION = re.compile(r"\[?(?:photo|image|picture|portrait|headshot|foto|bild|zdjęcie)\]?\s*[:–—-]?\s*(?P<name>[^\W\d_].{2,60})", re.I)


def _link_title(text: str) -> bool:
    """A short title that may ask a question; a share in per cent ("Joint purchases (64%)") is a result, no link."""
    return len(text.split()) <= 14 and "%" not in text and not (ends_sentence(text) and not text.rstrip(CLOSERS).endswith("?"))


# -- page breaks -----------------------------------------------------------


def page_bottom_notes(lines: list[str], furniture: set[int], vocabulary: set[str]) -> tuple[list[str], list[tuple[int, int, str]], list[Removed]]:
    """Notes printed at the bottom of a page of a PDF dump, taken out so that the page's text can rejoin.

    A block of notes starts under a rule ("_____") or a notes label ("Notes", "Anmerkungen"),
    numbers its items in sequence, and only blank lines or boilerplate stand between it and the
    page's furniture (a running footer or page number found by ``remove_page_furniture``).
    Returns the lines with the block blanked, ``(line, number, text)`` per note, and the rule
    or label as removed.
    """
    kept = list(lines)
    notes: list[tuple[int, int, str]] = []
    removed: list[Removed] = []
    for index, line in enumerate(lines):
        if not kept[index]:
            continue
        block = _notes_block_at(lines, index, furniture, vocabulary)
        labelled = block is not None  # under its rule or label; else notes set with none (``_unruled_notes_at``)
        block = block or _unruled_notes_at(lines, index, furniture, vocabulary, notes[-1][1] + 1 if notes else 1)
        if block is None:
            continue
        end, items, marked = block
        if labelled:
            removed.append(Removed(line.strip(), index + 1, "rule or label above notes at the bottom of a page"))
        removed += [Removed(lines[k].strip(), k + 1, AUTHOR_NOTE_REASON if k in marked else "a note at the bottom of a page (kept in the notes)")
                    for k in range(index + 1 if labelled else index, end) if lines[k].strip()]
        kept[index:end] = [""] * (end - index)
        notes += items
    return kept, notes, removed


_SIDENOTE = re.compile(rf"^\s{{2,}}(?P<mark>{SUPERSCRIPT_RUN.pattern})\s*(?P<text>\S.*)$")
SIDENOTE_REASON = "a margin note set under the paragraph that cites it (kept in the notes)"


def sidenotes(lines: list[str]) -> tuple[list[str], list[tuple[int, int, str]], list[Removed]]:
    """Margin notes that a web copy sets as an indented paragraph under the paragraph that cites them ("    ¹ The
    figures are …" under "… went elsewhere.¹"). Returns the lines with them blanked, ``(line, number, text)`` per
    note, and the notes' lines as removed. An indented line with a superscript that nothing above cites stays."""
    kept = list(lines)
    notes: list[tuple[int, int, str]] = []
    removed: list[Removed] = []
    for index, line in enumerate(lines):
        match = _SIDENOTE.match(line)
        if not match or (index and lines[index - 1].strip()):
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        start = above
        while start > 0 and lines[start - 1].strip():
            start -= 1
        paragraph = " ".join(lines[start : above + 1]) if above >= 0 else ""
        if word_count(paragraph) < 12 or not any(found == match["mark"] for found in SUPERSCRIPT_RUN.findall(paragraph)):
            continue  # the paragraph above cites no such note, or is no paragraph (a byline's marks: "Ann Lee¹ and …")
        end = index + 1
        while end < len(lines) and lines[end].strip() and lines[end].startswith((" ", "\t")) and not _SIDENOTE.match(lines[end]):
            end += 1  # the note's wrapped lines, indented as it is
        if end < len(lines) and _SIDENOTE.match(lines[end]):
            continue  # "¹ …" and "² …" one under the other: a list keyed by marks (affiliations, a law's paragraphs), no margin note
        text = " ".join([match["text"].strip()] + [lines[k].strip() for k in range(index + 1, end)])
        notes.append((index + 1, superscript_to_int(match["mark"]), text))
        removed += [Removed(lines[k].strip(), k + 1, SIDENOTE_REASON) for k in range(index, end)]
        kept[index:end] = [""] * (end - index)
    return kept, notes, removed


AUTHOR_NOTE_REASON = "a note on an author at the bottom of a page (marked * or † at the name: a role, an address)"
_AUTHOR_NOTE = re.compile(r"^\s*[*†‡§]{1,3}\s*\S")


def _author_notes(removed: list[Removed]) -> tuple[str, ...]:
    """The notes on authors that ``page_bottom_notes`` took from a page's foot, each joined with its wrapped lines:
    the head reads an author's place of work from them ("* Ann Lee is a fellow at …")."""
    notes: list[str] = []
    for item in removed:
        if item.reason == AUTHOR_NOTE_REASON:
            if _AUTHOR_NOTE.match(item.text) or not notes:
                notes.append(item.text)
            else:
                notes[-1] = join_lines(notes[-1], item.text, set())
    return tuple(notes)


def _unruled_notes_at(lines: list[str], index: int, furniture: set[int], vocabulary: set[str], expected: int) -> tuple[int, list[tuple[int, int, str]], set[int]] | None:
    """``(end index, notes, no marks)`` when notes set with no rule or label above them start at ``lines[index]``: after a
    blank line, numbered on from the notes of the pages before (``expected`` first), running to the page's foot, and
    every one of them cited on the page above by its number set against the word it follows ("… in harbour.3 Third").
    A numbered list at a page's foot that the page does not cite so is the text's."""
    found = P.page_note_item(lines[index])
    if not index or lines[index - 1].strip() or not found or found[0] != expected or re.match(r"\s*\d{1,3}[.)]\s", lines[index]):
        return None  # ("1. Fund a shared …": a list's items, numbered as a list is)
    items = [[index + 1, found[0], found[1]]]
    j = index + 1
    while j < len(lines) and lines[j].strip():
        if (item := P.page_note_item(lines[j])) and item[0] == items[-1][1] + 1:
            items.append([j + 1, item[0], item[1]])
        else:
            items[-1][2] = join_lines(items[-1][2], lines[j].strip(), vocabulary)
        j += 1
    if not _page_ends(lines, j, furniture):
        return None
    top = next((k for k in range(index - 1, -1, -1) if k + 1 in furniture), 0)  # (the page's breaks are gone from ``lines``: its furniture)
    page = "\n".join(lines[top:index])
    # cited as raised by ``raise_glued_markers`` ("harbour.³"), or still glued ("harbour.3", "in July 2023.1")
    if not all(re.search(rf"(?<=\S){str(number).translate(_SUPERSCRIPT_DIGITS)}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])|(?:(?<=[^\W\d_][.,;:)’'\"”])|(?<=(?:19|20)\d\d[.,])){number}(?=\s|$)", page)
               for _, number, _ in items):
        return None
    return j, [(line, number, note) for line, number, note in items], set()


def _notes_block_at(lines: list[str], index: int, furniture: set[int], vocabulary: set[str]) -> tuple[int, list[tuple[int, int, str]], set[int]] | None:
    """``(end index, notes, indexes of notes on authors)`` when a page-bottom notes block starts at ``lines[index]``.
    Notes on the authors ("* Research Fellow, …", "† Professor …") come before the numbered notes and are no notes."""
    start = lines[index].strip()
    if not start or not (P.NOTE_RULE.match(start) or P.is_notes_label(start)):
        return None
    items: list[list] = []
    marked: set[int] = set()
    j = index + 1
    if j < len(lines) and not lines[j].strip():
        j += 1  # one blank line under the rule
    labelled_end = False
    while j < len(lines) and lines[j].strip():
        if P.NOTE_RULE.match(lines[j]) or _FRAME_RULE.match(lines[j]):
            return None  # a rule under the rows too: a frame round a table or a list, not a rule over notes
        if items and P.label(lines[j]) in P.BIO_LABELS:
            labelled_end = True  # "About the authors" right under the last note (a web page's copy, with no blank lines)
            break
        found = P.page_note_item(lines[j])
        if found and (not items or found[0] == items[-1][1] + 1):
            items.append([j + 1, found[0], found[1]])
        elif not items and _AUTHOR_NOTE.match(lines[j]) and P.NOTE_RULE.match(start):
            marked.add(j)
        elif items:
            items[-1][2] = join_lines(items[-1][2], lines[j].strip(), vocabulary)
        elif marked and (lines[j].startswith((" ", "\t")) or (j - 1 in marked and not ends_sentence(lines[j - 1]))):
            marked.add(j)  # an author's note wrapped onto the next line, indented or cut mid-sentence
        else:
            return None
        j += 1
    if not (items or marked) or not (_page_ends(lines, j, furniture) or (items and (labelled_end or P.is_section_notes_label(start)))):
        return None  # a page's notes end at its foot; a section's ("Notes to section 2") where the section ends
    return j, [(line, number, note) for line, number, note in items], marked


def _page_ends(lines: list[str], j: int, furniture: set[int]) -> bool:
    """True when only blank lines and boilerplate stand between ``lines[j]`` and a line of page furniture.

    An imprint paragraph counts whole when its first line is boilerplate ("© Name, 2026. The views
    expressed are" wraps onto a line that is not)."""
    imprint = False
    for k in range(j, len(lines)):
        if k + 1 in furniture or lines[k].startswith("\f"):  # page furniture, or the page break itself
            return True
        if not lines[k].strip():
            imprint = False
        elif P.is_boilerplate(lines[k]) and (k == j or not lines[k - 1].strip() or imprint):
            imprint = True
        elif not imprint:
            return False
    return True  # the text ends: so does its last page


FRONT_MATTER_REASON = "the file's front matter (its fields read into the metadata)"
SHORTCODE_REASON = "a static-site generator's shortcode (markup, not text)"
_SHORTCODE = re.compile(r"^\s*\{\{[<%]\s*/?[\w-]+[^}]*[>%]\}\}\s*$|^\s*\{%-?\s*(?:end)?\w+[^%]*-?%\}\s*$")  # "{{< lead >}}", "{% include x %}"
_FRONT_FIELDS = {"title": "title", "subtitle": "subtitle", "date": "date", "publishdate": "date", "published": "date",
                 "author": "authors", "authors": "authors", "publisher": "publisher"}


def _front_matter(lines: list[str], layout: Layout) -> tuple[list[str], list[Finding]]:
    """A static-site generator's source: its YAML front matter between "---" lines at the top (title, subtitle, date,
    authors), read as the text's fields and listed, and its shortcodes on lines of their own ("{{< lead >}}"), which
    are markup. Dashes with no fields between them are rules, and a block that is no YAML mapping is left alone."""
    if not lines or lines[0].strip() != "---":
        return lines, []
    end = next((k for k in range(1, min(len(lines), 80)) if lines[k].strip() == "---"), None)
    try:
        data = yaml.load("\n".join(lines[1:end]), Loader=StringDatesLoader) if end else None
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict) or not {str(k).lower() for k in data} & {"title", "date", "author", "authors"}:
        return lines, []
    found = []
    for key, value in data.items():
        field = _FRONT_FIELDS.get(str(key).lower())
        line = next((k + 1 for k in range(1, end) if lines[k].lstrip().startswith(f"{key}:")), 1)
        if field in {"title", "subtitle", "publisher"} and isinstance(value, str) and value.strip():
            found.append(Finding(field, value.strip(), "front-matter", line, lines[line - 1].strip()))
        elif field == "date" and (iso := P.parse_date(str(value)[:10])):
            found.append(Finding("date", iso, "front-matter", line, lines[line - 1].strip()))
        elif field == "authors" and (names := [str(v).strip() for v in (value if isinstance(value, list) else [value]) if str(v).strip()]):
            authors = [a for name in names for a in (authors_from(name) or [])]
            if authors and len(authors) == len(names):
                found.append(Finding("authors", authors, "front-matter", line, lines[line - 1].strip()))
    kept = [""] * (end + 1) + lines[end + 1 :]
    layout.removed += [Removed(lines[k].strip(), k + 1, FRONT_MATTER_REASON) for k in range(end + 1) if lines[k].strip()]
    for k in range(end + 1, len(lines)):
        if _SHORTCODE.match(lines[k]):
            layout.removed.append(Removed(lines[k].strip(), k + 1, SHORTCODE_REASON))
            kept[k] = ""
    return kept, found


_DROP_CAP = re.compile(r"^(?P<indent>\s*)(?P<cap>(?![AI])[A-ZÀ-Ý]) (?P<rest>[a-zà-ÿ]{1,15})\b")  # "A" and "I" are words of their own


def _drop_cap(line: str, vocabulary: set[str]) -> str:
    """A paragraph's first letter set as a drop capital, which a scan reads apart from its word ("T he war …"):
    joined again when the word it makes is a word of the text ("A lot" stays: "alot" is none)."""
    match = _DROP_CAP.match(line)
    if not match or (match["cap"] + match["rest"]).lower() not in vocabulary:
        return line
    return match["indent"] + match["cap"] + match["rest"] + line[match.end() :]


def _vocabulary(text: str) -> set[str]:
    """Every word and hyphenated compound of the text, lowercased: evidence for dehyphenation."""
    return {w.lower() for w in re.findall(r"\w+(?:-\w+)*", text)}


def join_lines(first: str, second: str, vocabulary: set[str]) -> str:
    """Join two pieces of one paragraph, rejoining a word split by a hyphen."""
    split = re.search(r"(\w+)-$", first)
    if split and not first.endswith("--"):
        head, tail = split.group(1), _first_word(second)
        tail_word = re.match(r"\w+", tail)
        tail_word = tail_word.group() if tail_word else ""
        merged = (head + tail_word).lower()
        hyphenated = f"{head}-{tail_word}".lower()
        # (a suffix only after a word of three letters or more that is no part of a compound already: "ship-to-" / "ship")
        compound = re.search(r"\w-\w+-$", first) is not None
        suffix = tail_word in _SUFFIXES and len(head) >= 3 and not compound
        # (a prefix that English writes solid: "micro-" / "electronics", "infra-" / "structure"; not before a capital)
        bound = head.lower() in _SOLID_PREFIXES and tail_word[:1].islower() and len(tail_word) >= 4 and not compound
        reflexive = head.lower() in {"my", "your", "him", "her", "it", "our", "them", "one"} and tail_word.lower() in {"self", "selves"}  # "them-" / "selves"
        if head.lower() not in _HYPHEN_PREFIXES and hyphenated not in vocabulary and (merged in vocabulary or suffix or bound or reflexive):
            return first[:-1] + second
        return first + second
    return f"{first} {second}"


_SALUTATION = re.compile(r"^(?:dear|cher|chère|chers|chères|liebe|lieber|sehr geehrte[rn]?|estimad[oa]s?|querid[oa]s?|caro|cara|cari|care|gentile|"
                         r"gentili|szanown[iy]|szanowna|geachte|beste|kære|kära|hyvä)\b.{0,200},$", re.I)


def _continues(first: Unit, second: Unit) -> bool:
    """True when ``second`` is the rest of ``first``, cut off by a page break."""
    a, b = first.text, second.text
    if CELL_SEPARATOR in a or CELL_SEPARATOR in b:
        return False  # a typed table's row is a line of its own
    if heading_like(a) and (byline_start(b) or byline_and_date(b)):  # a title, then "by Name" ("by Name — date") on the next line
        return False
    if a.isupper() and len(a.split()) <= 4 and re.match(r"(?:of|on|from)\s+(?:the|a|an)\s+[a-z]", b):
        return False  # "SUMMARY RECORD" over "of the meeting held in …": a record's kind and what it records
    if ends_sentence(a) or _ITEM_START.match(b) or a.startswith("**") or not b or _MACHINE_LINE.match(a) or _MACHINE_LINE.match(b):
        return False
    if re.match(r"(?:ul|al|pl|os|str)\.\s+[A-ZÀ-Ý]", b):
        return False  # "ul. Wiejska 00, 00-000 Warsaw": an address's street under the publisher's name, not the rest of it
    if re.match(r"(?:tel|phone|fax|tél|mob|mobile)\.?\s*:?\s*\+?\d", b, re.I) or _REACH.fullmatch(b.split()[0]):
        return False  # "tel. +48 …", "office@…" under an address: how to reach the publisher, a line of its own
    if P.AFFILIATION_NOTE.match(b.split("\n")[0]) and re.search(r"(?<=[^\W\d_])\s+[a-f](?:\s*,\s*[*∗])?$", a):
        return False  # "… Nikos Stavridis c" over "a Centre for …": names marked with letters, then the affiliations
    if (_KEY_LINE.match(a) and _KEY_LINE.match(b)) or (P.AFFILIATION_NOTE.match(a) and P.AFFILIATION_NOTE.match(b)):
        return False  # "id: 48213" / "type: analysis": two fields of an export; "a Institute, City" / "b …": two affiliations
    if a.rstrip(CLOSERS).endswith(",") and (_sign_off(a) or _SALUTATION.match(a)):
        return False  # "Respectfully," and "Dear Ministers," stand alone
    if (len(a) <= 40 and P.parse_date(a.strip())) or (len(b) <= 40 and P.parse_date(b.strip())):
        return False  # a date line is whole: no rest of the line above it ("juillet 2026"), nor is a line the rest of it
    if re.search(r"(?<![-–—\w])\w+-$", a) or a.rstrip(CLOSERS).endswith(","):  # "cross-" / "border", but not "-ENDS-"
        return True
    if b[0].islower():
        return True
    last = re.findall(r"\w+", a)
    # Prose cut off on an open word: long, or holding a finished sentence (a heading holds none).
    # (or a line of prose with its verb: "Ann Lee is a fellow at the Aegean Centre for" / "Strategic Studies in Athens")
    return bool(last) and last[-1].lower() in _OPEN_ENDINGS and (len(a) > 120 or bool(re.search(r"[a-z][.!?][⁰¹²³⁴⁵⁶⁷⁸⁹”’\")\]]*\s+[A-Z]", a))
                                                                or (len(a) > 50 and bool(re.search(r"\s(?:is|are|was|were|has|have|will|would|should|can)\s", a))))


def _ends_in_notice(text: str) -> bool:
    """"The Harbour Roundtable is held annually. This report reflects the rapporteur's summary … and does not represent
    the views of any participant or government.": at the text's foot, a short paragraph of two sentences whose second
    is a notice is the notice with what it is about; or of three, two notices under it ("CESE Policy Insights offer
    analyses of … As an institution, CESE takes no position … The views expressed are those of the authors …")."""
    parts = sentences(text)
    return len(parts) in (2, 3) and word_count(text) <= 60 + 20 * (len(parts) - 2) and word_count(parts[0]) <= 25 and bool(_ABOUT_THE_TEXT.match(parts[0])) \
        and all(P.is_notice(part) or P.is_boilerplate(part) for part in parts[1:])


# A sentence about the text or the meeting it reports ("The Harbour Roundtable is held every spring.", "This report is the
# product of four meetings …"), not one of its own arguments
# (or the series it is one of: "IAEE Research Notes are peer-reviewed."; or its credits: "Music: … Produced by …")
_ABOUT_THE_TEXT = re.compile(r"^(?:(?i:this|the)\s+)?(?:[A-Z][\w'’-]*\s+){0,6}(?i:report|paper|brief|note|study|analysis|commentary|commentarie|comment|briefing|bulletin|insight|perspective|"
                             r"backgrounder|memo|summary|series|roundtable|"
                             r"conference|forum|dialogue|seminar|workshop|meeting|summit|symposium|project|programme|program)s?\b|"
                             r"^(?i:music|sound|audio|production|producer|editing|artwork|photos?|images?)\s*:")


_CONTACT_BOX = re.compile(r"^(?:contacts?|kontakt|contatti|contacto|for (?:more|further) information|press contacts?|media contacts?)\s*:?$", re.I)
_REACH = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^\+?\d[\d ()/-]{6,}\d$")


def _set_in_boxes(units: list[Unit], layout: Layout) -> list[Unit]:
    """Boxes a PDF's layout sets beside the text, which its dump puts between two lines: a label in capitals alone
    ("ABOUT THE PROJECT") and its lines, where a sentence breaks off above it and goes on in lower case under it;
    or a contact box ("CONTACT" over a name, an e-mail address, a telephone number). Listed as sidebars."""
    kept: list[Unit] = []
    i = 0
    while i < len(units):
        label = units[i].text.strip()
        end = i + 1
        if label.isupper() and 1 <= word_count(label) <= 5 and not ends_sentence(label):  # a box's label: only then its lines are looked for
            while end < len(units) and units[end].line == units[end - 1].line + 1 and word_count(units[end].text) <= 16:
                end += 1  # the box's lines, one under the other
        boxed = end > i + 1
        broken = boxed and kept and not ends_sentence(kept[-1].text) and word_count(kept[-1].text) >= 8 and kept[-1].text.rstrip()[-1:].islower() \
            and end < len(units) and re.match(r"[a-zà-ÿ]{2,}\b(?![.)])", units[end].text)  # a sentence broken off above, going on below
        contact = boxed and _CONTACT_BOX.match(label) and any(_REACH.search(u.text.strip()) for u in units[i + 1 : end]) \
            and all(word_count(u.text) <= 6 for u in units[i + 1 : end])
        if broken or contact:
            layout.removed += [Removed(u.text, u.line, SIDEBAR_REASON) for u in units[i:end]]
            i = end
            continue
        kept.append(units[i])
        i += 1
    return kept


GLOSSARY_REASON = "the text's list of its terms or abbreviations, after the text (a reference, not the argument)"
_GLOSSARY_LABEL = re.compile(r"^(?:key terms|key concepts|glossary|glossary of terms|abbreviations|list of abbreviations|acronyms|"
                             r"abbreviations and acronyms|acronyms and abbreviations|glossar|abkürzungen|abkürzungsverzeichnis|glossaire|sigles|"
                             r"sigles et abréviations|abréviations|glosario|siglas|abreviaturas|glossario|sigle|acronimi|słowniczek|skróty|"
                             r"woordenlijst|afkortingen)\s*:?$", re.I)
# "Backstop: Support from a third party …", "ACI – Anti-Coercion Instrument", "G7 - Group of Seven": a term of a few
# words, then what it means in one dash-free stretch
_GLOSSARY_ENTRY = re.compile(r"^(?P<term>[^\W_][\w'’./&()-]*(?: [\w'’./&()-]+){0,3})(?::|\s[–—-])\s+(?P<meaning>[^–—]{2,300})$")


def _closing_glossary(units: list[Unit], layout: Layout) -> list[Unit]:
    """A list of terms after the text: a label ("KEY TERMS", "Abbreviations") in the last half of the text, then two
    or more entries, each a term and what it means ("Backstop: support from …", "ACI – Anti-Coercion Instrument").
    Listed, out of the text: the argument ends above it."""
    for i in range(len(units) // 2, len(units) - 2):
        if not _GLOSSARY_LABEL.match(units[i].text.strip()):
            continue
        end = i + 1
        while end < len(units) and "\n" not in units[end].text.strip() and _GLOSSARY_ENTRY.match(units[end].text.strip()) \
                and word_count(units[end].text) <= 40 and not P.parse_bios(units[end].text) and P.label(units[end].text.split(":")[0]) not in P.BIO_LABELS:
            end += 1
        after = units[end:]  # the text's end: what follows the list is the page's foot (bios, notices, short lines), no more text
        if end - i - 1 >= 2 and all(word_count(u.text) <= 12 or P.is_boilerplate(u.text) or P.parse_bios(u.text) or P.note_item(u.text) for u in after):
            layout.removed += [Removed(u.text, u.line, GLOSSARY_REASON) for u in units[i:end]]
            return units[:i] + units[end:]
    return units


def rejoin_breaks(units: list[Unit], vocabulary: set[str], lines: list[str] | None = None, page_breaks: set[int] = frozenset()) -> list[Unit]:
    """Units that are one paragraph cut in two (by a page break, a hard wrap) joined again; ``lines``, the text's lines
    with its page furniture blanked, and the numbers of the lines where a page broke show a cut at a sentence's end."""
    out: list[Unit] = []
    width = wrap_width(_groups(lines)) if lines and page_breaks else None
    for unit in units:
        if out and (_continues(out[-1], unit) or (width and _page_cut_at_a_sentence(out[-1], unit, lines, page_breaks, width))):
            joined = (out[-1].joined or 1 + out[-1].text.count("\n")) + (unit.joined or 1 + unit.text.count("\n"))
            out[-1] = Unit(join_lines(out[-1].text, unit.text, vocabulary), out[-1].line, after_rule=out[-1].after_rule, after_crumbs=out[-1].after_crumbs, joined=joined)
        else:
            out.append(Unit(unit.text, unit.line, after_rule=unit.after_rule, after_crumbs=unit.after_crumbs))
    return out


def _page_cut_at_a_sentence(first: Unit, second: Unit, lines: list[str], page_breaks: set[int], width: int) -> bool:
    """A paragraph that a page break cut at the end of a sentence: its last line before the break is so full that the
    next page's first word would not have fitted on it (a paragraph's own last line leaves room), and the text goes on
    on the next page in a sentence of prose."""
    if first.role != "paragraph" or word_count(first.text) < 6 or word_count(second.text) < 8 or heading_like(second.text):
        return False
    if not second.text[:1].isupper() or _ITEM_START.match(second.text) or CELL_SEPARATOR in first.text + second.text:
        return False
    end = next((k for k in range(second.line - 1, first.line - 1, -1) if lines[k - 1].strip() and "\f" not in lines[k - 1]), None)
    if end is None or not any(end < number < second.line for number in page_breaks):
        return False  # (the first's last line, its page's footer and notes blanked: a page break under it)
    last = lines[end - 1]
    return len(last.strip()) + 1 + len(second.text.split()[0]) > width and ends_sentence(last)  # (the next word would not have fitted)


# -- head --------------------------------------------------------------------


LABEL_REASON = "label of the notes or bio"


# what a notice says: thanks, support, responsibility, endorsement, whose views the text gives
_NOTICE_WORDS = re.compile(r"\b(?:thank\w*|grateful|gratitude|acknowledge\w*|support\w*|funded|financed|grant|sponsor\w*|responsib\w*|endorse\w*|"
                           r"views?|opinions?|liab\w*|disclaim\w*|copyright|permission)\b", re.I)


def _opening_bios(units: list[Unit], start: int, layout: Layout) -> tuple[int, list[Unit]]:
    """A page "About the authors" between the cover and the text: the label, one bio paragraph per author, and
    the thanks or notices that close that page. Returns where the body starts, and the bios (read as a closing
    bio is: they name the authors when the head does not)."""
    motto = None
    if start + 1 < len(units) and word_count(units[start].text) <= 8 and not ends_sentence(units[start].text) \
            and P.label(units[start + 1].text) in P.BIO_LABELS | _ABOUT_PAPER_LABELS:
        motto, start = units[start], start + 1  # "Foresight for a Europe at war": the cover's motto, above the page about the paper
    label = P.label(units[start].text) if start < len(units) else ""
    known = frozenset(a.name for f in layout.findings if f.field == "authors" for a in f.value)
    if motto is None and start + 1 < len(units) and known and word_count(units[start].text) <= 60 and word_count(units[start + 1].text) > 30 \
            and (found := P.parse_bios(units[start].text, known)) and {a.name for a in found} <= known:
        units[start].role = "bio"  # "Ann Lee is a fellow at X. She writes here in a personal capacity.": under the byline, over the text
        return start + 1, [units[start]]
    if label not in P.BIO_LABELS and label not in _ABOUT_PAPER_LABELS:
        return start - (motto is not None), []
    k, bios, about = start + 1, [], []
    while label in _ABOUT_PAPER_LABELS and k < len(units) and len(about) < 2 and word_count(units[k].text) <= 60 \
            and not P.parse_bios(units[k].text, known):
        about.append(units[k])  # "Scenario papers do not predict. …": what the series is, above its authors' bios
        k += 1
    while k < len(units) and P.parse_bios(units[k].text, known):
        bios.append(units[k])
        k += 1
    if not bios:
        return start - (motto is not None), []
    if motto is not None:
        motto.role = "boilerplate"
        layout.removed.append(Removed(motto.text, motto.line, "the cover's motto or tagline"))
    while k < len(units) and (P.is_boilerplate(units[k].text) or (k + 1 < len(units) and P.is_declaration_label(units[k].text)
                                                                   and not heading_like(units[k + 1].text) and _NOTICE_WORDS.search(units[k + 1].text))):
        # a notice, or one under its label ("ACKNOWLEDGEMENTS / DISCLAIMER" over the thanks), the text's first heading under it
        step = 1 if P.is_boilerplate(units[k].text) else 2
        for unit in units[k : k + step]:
            unit.role = "boilerplate"
            layout.boilerplate.append(unit)
            layout.removed.append(Removed(unit.text, unit.line, "publisher boilerplate (on the authors' page)"))
        k += step
    units[start].role = "bio-heading"
    layout.removed.append(Removed(units[start].text, units[start].line, LABEL_REASON))
    for unit in about:
        unit.role = "boilerplate"
        layout.boilerplate.append(unit)
        layout.removed.append(Removed(unit.text, unit.line, "what the paper or its series is (on the page about it)"))
    for unit in bios:
        unit.role = "bio"  # kept with the brief's author bios, as a closing bio is
    return k, bios


INSIDE_COVER_REASON = "publisher boilerplate (the inside cover: imprint, editors, notices, how to cite)"


def _inside_cover(units: list[Unit], start: int, layout: Layout, page_breaks: set[int]) -> tuple[int, list[Unit]]:
    """A PDF's inside cover, the page between the cover and the text that holds nothing of the text: the publisher's
    address and serial numbers, its editors, what the series is, a disclaimer under its label, a reprint notice, the
    author's bio under "About the author", how to cite the paper, the printer and the © line, in any order. The whole
    page is left out, the bios kept as bios (they name the authors' places of work) and the rest listed as boilerplate
    (where the citation's date is read). It is that page only when every unit on it is of those kinds, one at least
    of the imprint's own (a serial number, an editor, a printer, a © line, an address, a citation) and another or a
    label ("Disclaimer", "About this series"): a page that goes on into the text under its imprint is the text's.
    Returns where the body starts, and the bios."""
    if start >= len(units) or not page_breaks:
        return start, []
    end_line = min((n for n in page_breaks if n > units[start].line), default=None)
    if end_line is None or not any(n <= units[start].line for n in page_breaks):
        return start, []  # on the cover (no break above), or on the last page
    end = start
    while end < len(units) and units[end].line < end_line:
        end += 1
    known = frozenset(a.name for f in layout.findings if f.field == "authors" for a in f.value)
    mastheads = {normalise_for_match(u.text) for u in units[:start] if u.role == "masthead"}
    kinds: list[str] = []
    for k in range(start, end):
        text = units[k].text.strip()
        in_bios = bool(kinds) and (kinds[-1] == "bio" or (kinds[-1] == "label" and P.label(units[k - 1].text) in P.BIO_LABELS))
        colophon = _colophon_kind(text)
        if not kinds and normalise_for_match(text) in mastheads:
            kinds.append("notice")  # the cover's masthead set again at the page's top ("Research Division")
        elif colophon == "strong" or P.CITATION_LINE.match(text) or _EDITOR.match(text):
            kinds.append("imprint")
        elif P.label(text) in P.BIO_LABELS | _ABOUT_PAPER_LABELS or P.is_declaration_label(text):
            kinds.append("label")
        elif in_bios and P.parse_bios(text, known):
            kinds.append("bio")  # one bio a paragraph under "About the authors"
        elif P.is_boilerplate(text) or P.is_notice(text) or colophon or (kinds and kinds[-1] == "label" and word_count(text) <= MAX_NOTICE_WORDS):
            kinds.append("notice")  # (a notice under its label: "Disclaimer" / "The views expressed …")
        else:
            return start, []
    if len(kinds) < 3 or not kinds.count("imprint") or (kinds.count("imprint") < 2 and "label" not in kinds):
        return start, []
    bios = []
    for unit, kind in zip(units[start:end], kinds, strict=True):
        if kind == "bio":
            unit.role = "bio"
            bios.append(unit)
        elif kind == "label" and P.label(unit.text) in P.BIO_LABELS:
            unit.role = "bio-heading"
            layout.removed.append(Removed(unit.text, unit.line, LABEL_REASON))
        else:
            unit.role = "boilerplate"
            layout.boilerplate.append(unit)
            layout.removed.append(Removed(unit.text, unit.line, INSIDE_COVER_REASON))
    return end, bios


MAX_NOTICE_WORDS = 60
# A page about the paper between the cover and the text: what the series is, then its authors' bios.
_ABOUT_PAPER_LABELS = {"about this paper", "about this publication", "about this report", "about this brief", "about the series",
                       "about this series", "à propos de cette note", "über diese publikation", "sobre este documento"}


_WRAP_WORDS = {"and", "by", "of", "for", "the", "a", "an", "to", "in", "on", "with", "is", "are", "at", "from", "its", "their", "&"}
COVER_UNITS = 12  # a cover's lines are among the first units


def _cover_wraps(units: list[Unit]) -> list[Unit]:
    """A cover set in a narrow column breaks its lines anywhere: "Deterrence by" / "reconstruction", "Oksana Hrytsenko
    and" / "Fionnuala Ó Briain", "Research" / "Paper". Among the first units, a short line that ends in a little word
    ("by", "and", "of" …) goes on on the next line, and two words one under the other that name a kind of document
    ("Research" / "Paper") are one line: joined, so that the head reads the title, the byline and the series whole."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        prev = out[-1] if out else None
        if prev is not None and index < COVER_UNITS and "\n" not in prev.text and "\n" not in unit.text \
                and unit.line == prev.line + 1 and len(prev.text.split()) <= 10 and len(unit.text.split()) <= 10 \
                and not ends_sentence(prev.text) and not ends_sentence(unit.text) and not byline_start(prev.text) \
                and ((len(prev.text.split()) >= 2 and prev.text.split()[-1] in _WRAP_WORDS  # (as written: "… One Year On" ends a title)
                      and ((unit.text[:1].islower() and not byline_start(unit.text) and not P.parse_date(unit.text) and not head_line(unit.text)
                            and not re.match(r"(?:by|updated|posted|published|from|with)\b", unit.text.strip(), re.I))  # ("… fighting for" / "by Ana Ribeiro")
                           or (prev.text.split()[-1] == "and" and P.split_names(f"{prev.text} {unit.text}"))))
                     or (len(prev.text.split()) == 1 and len(unit.text.split()) == 1 and P.is_doctype(f"{prev.text} {unit.text}"))):
            prev.text = f"{prev.text.rstrip()} {unit.text.strip()}"
            continue
        out.append(unit)
    return out


_PRINTER = re.compile(r"^(?:printed|printed and bound|produced and printed|print(?:ing)?)\s+(?:by|:)\s+(?-i:[A-ZÀ-Ý])[^,;:]*(?:,\s*(?-i:[A-ZÀ-Ý])[\w .-]*)?\.?$", re.I)
_EDITOR = re.compile(r"^(?:editor|series editor|editors|managing editor|editor-in-chief|chief editor|editors-in-chief)s?\s*:\s+(?P<names>\S.*)$", re.I)


_ADDRESS_SMALL_WORDS = {"st", "rd", "ave", "suite", "floor", "bus", "box", "rue", "via", "ul.", "de", "du", "la", "le", "van", "am", "an", "der", "del", "des"}


def _address_line(text: str) -> bool:
    """A postal address alone on its line ("1120 Vermont Avenue NW, Suite 000, Washington, DC 20005"): a street or a
    postcode and a figure, and no word in lower case but an address's own ("Posted … on 14/02/2026 in Hybrid threats" is no address)."""
    text = text.strip()
    if word_count(text) > 16 or not P.POSTAL.search(text) or not re.search(r"\d", text):
        return False
    return all(w.lower().strip(".,") in _ADDRESS_SMALL_WORDS for w in re.findall(r"(?<![\w.])[a-zà-ÿ][\w.'’-]*", text))


def _colophon_kind(text: str) -> str | None:
    """What part of a colophon a line is: "strong" (a serial number, a printer's or an editor's credit, a publication
    date alone, a © line, a postal address), "weak" (a site, an institution, a series' name), or None."""
    text = text.strip()
    if P.SERIAL_NUMBER.search(text) or _PRINTER.match(text) or text.startswith(("©", "Copyright")):
        return "strong"
    if (editor := _EDITOR.match(text)) and all(P.is_person_name(P.HONORIFIC.sub("", n).strip())
                                                for n in re.split(r",\s*|\s+and\s+", editor["names"].strip().rstrip(".")) if n.strip()):
        return "strong"  # "Editor: Brigadier General (ret.) Pierre Martin": a name, no sentence
    if len(sentences(text)) > 1 and not re.search(r"\b(?:tel|phone|fax)\b", text, re.I):
        return None  # sentences on the line: prose, whatever else it holds ("… Aa aa aa 2026 aa."), but an address and its telephone
    if PUBLISHED_LABEL.match(text) and not re.match(r"first\b", text, re.I) and len(text.split()) <= 7 and len(P.parse_date(text) or "") == 10:
        return "strong"  # "Published 20 January 2026", alone ("First published …" is an earlier edition's)
    if P.POSTAL.search(text) and re.search(r"\d", text):
        return "strong"
    if re.search(r"(?:^|\s)(?:www\.|https?://)\S+$", text) or P.is_institution(text) or P.is_institution(re.split(r"\s+[–—-]\s+", text)[0]) \
            or P.is_doctype(text) or P.is_boilerplate(text):
        return "weak"
    return None


def _opening_notices(units: list[Unit], start: int, layout: Layout) -> int:
    """Notices between the head and the text ("This summary has been prepared by the secretariat …", "Members
    present: …") and the inside cover's colophon: boilerplate, listed, not the text's first paragraphs. Returns
    where the body starts."""
    k = start
    while k < len(units) - 1:
        end = _colophon_group(units, k)  # the inside cover's colophon, a group of lines at a time
        for unit in units[k:end]:
            unit.role = "boilerplate"
            layout.boilerplate.append(unit)
            layout.removed.append(Removed(unit.text, unit.line, COLOPHON_REASON))
            if _colophon_kind(unit.text) == "strong" and PUBLISHED_LABEL.match(unit.text.strip()) and len(iso := P.parse_date(unit.text) or "") == 10:
                layout.findings.append(Finding("date", iso, "colophon-date", unit.line, unit.text))  # beside the cover's month, or against its day
        if end > k:
            k = end
        elif word_count(units[k].text) <= MAX_NOTICE_WORDS and (
                P.is_notice(units[k].text) or series_number(units[k].text) or (word_count(units[k].text) <= 20 and not ends_sentence(units[k].text) and P.is_boilerplate(units[k].text)) or (k > start and units[k - 1].text.rstrip().endswith((";", ","))  # "…; Dr Eleni Georgiou;" / "Mr …"
                                           and word_count(units[k].text) <= 12 and not ends_sentence(units[k].text))):
            units[k].role = "boilerplate"
            layout.boilerplate.append(units[k])
            layout.removed.append(Removed(units[k].text, units[k].line, "publisher boilerplate (a notice above the text)"))
            k += 1
        else:
            break
    return k


COLOPHON_REASON = "publisher boilerplate (the colophon: series, address, editors, printer, date)"


def _colophon_group(units: list[Unit], k: int) -> int:
    """Where a colophon's group of lines under the head ends, or ``k`` when none starts there. A colophon sets
    short lines one under another, with no blank line between ("ISSN …" / the series / the institute / its
    address and site; "Editor: …" / "Published 20 January 2026"), and every line of it is of a colophon's kinds
    (``_colophon_kind``), one at least a strong one (a site or a name alone is no colophon). A list of facts, of
    sources or of dates, and lines that say something, are not."""
    end = k
    while end < len(units) and (end == k or directly_under(units[end - 1], units[end])):
        end += 1
    group = units[k:end]
    if end >= len(units) or any(word_count(u.text) > 16 or "\n" in u.text or _BULLET.match(u.text) for u in group):
        return k
    kinds = [_colophon_kind(u.text) for u in group]
    return end if None not in kinds and "strong" in kinds else k


ABSTRACT_REASON = "the text's abstract, above it with its translation (the brief's summary)"
TRANSLATED_ABSTRACT_REASON = "the abstract in another language (a translation of the one kept as the summary)"


def _abstract_with_translation(units: list[Unit], start: int, layout: Layout) -> int:
    """A paper's abstract given twice above its text, in its own language and in another ("Résumé" then "Abstract",
    as a bilingual title page sets them): the text's own is the brief's summary, the other is listed as its
    translation, and the body starts under both. Which is which: the labels, one English and one not, and the little
    words of each text. One abstract alone, or two English parts ("Summary", "Key judgements"), stay where they stand."""
    sections, k = [], start
    while len(sections) < 2 and k < len(units) and P.label(units[k].text) in _RUN_IN_LABELS and word_count(units[k].text) <= 3:
        end = k + 1
        while end < len(units) and word_count(units[end].text) >= 12 and ends_sentence(units[end].text) and not P.is_boilerplate(units[end].text):
            end += 1
        if end == k + 1:
            return start
        sections.append((k, end))
        k = end
    if len(sections) < 2 or k >= len(units):
        return start
    english = [P.label(units[a].text) in _ENGLISH_SUMMARY_LABELS for a, _ in sections]
    if english[0] == english[1]:
        return start  # "Summary" and "Key judgements": two parts of the text, not one abstract and its translation
    own = english.index(True)
    texts = [" ".join(units[j].text for j in range(a + 1, b)) for a, b in sections]
    if not (P.english_share(texts[own]) > P.foreign_share(texts[own]) and P.foreign_share(texts[1 - own]) > P.english_share(texts[1 - own])):
        return start
    (a, b), (c, d) = sections[own], sections[1 - own]
    text = " ".join(units[j].text for j in range(a + 1, b))
    layout.findings.append(Finding("standfirst", text, "abstract-with-translation", units[a + 1].line, units[a].text))
    for j, reason in [(j, ABSTRACT_REASON) for j in range(a, b)] + [(j, TRANSLATED_ABSTRACT_REASON) for j in range(c, d)]:
        units[j].role = "summary"
        layout.removed.append(Removed(units[j].text, units[j].line, reason))
    return k


_ENGLISH_SUMMARY_LABELS = {"abstract", "summary", "executive summary", "in brief", "overview", "synopsis"}


BILINGUAL_REASON = "the same paragraph in the other language of a bilingual edition (the English one is kept)"


def _other_language_paragraphs(units: list[Unit]) -> list[Unit]:
    """A bilingual edition, each paragraph given in another language and then in English (or the other way round):
    the paragraphs in the other language, when every one of them stands beside an English one of about its length
    and they make half the text. A quotation in another language inside an English text stands alone: no pair."""
    prose = [u for u in units if word_count(u.text) >= 12]
    other = [k for k, u in enumerate(prose) if P.english_share(u.text) < 0.05 and P.foreign_share(u.text) >= 0.08]  # another language's words
    if len(other) < 2 or len(other) * 2 < len(prose) - 1:
        return []
    def twin(k: int, j: int) -> bool:
        return 0 <= j < len(prose) and j not in other and 0.5 <= len(prose[j].text) / len(prose[k].text) <= 2 and P.english_share(prose[j].text) >= 0.15
    paired = [k for k in other if twin(k, k + 1) or twin(k, k - 1)]
    return [prose[k] for k in other] if len(paired) == len(other) else []


def _english_title(layout: Layout) -> None:
    """A bilingual edition's title given in both languages, one line each ("Des ports ouverts" / "Harbours Open"): the
    English one is the title, the other no subtitle."""
    title = next((f for f in layout.findings if f.field == "title"), None)
    subtitle = next((f for f in layout.findings if f.field == "subtitle"), None)
    if title and subtitle and P.english_share(str(subtitle.value)) > P.english_share(str(title.value)):
        layout.findings = [f for f in layout.findings if f not in (title, subtitle)]
        layout.findings.insert(0, Finding("title", subtitle.value, "bilingual-title", subtitle.line, subtitle.text))


# -- tail --------------------------------------------------------------------


# a funder's thanks, in the languages of European publishers: the logo under it is the funder's
_FUNDED = re.compile(r"\b(?:support(?:ed)?|partnership|partner(?:s|ed)?|funded|co-?funded|financed|financial\s+assistance|sponsored|"
                     r"grant|thanks?|gefördert|finanziert|unterstützt|soutien|financé|cofinancé|apoyo|financiado|cofinanciado|finanziato|"
                     r"sostegno|gefinancierd|steun|dofinansowan\w*|wsparci\w*|financiamento|apoio)\b", re.I)


def _closing_name(units: list[Unit], j: int, end: int) -> str | None:
    """Whose name stands alone on the text's last line, or over its address and contacts at the end (a back page's
    imprint), under a paragraph that ends a sentence with nothing under it but the publisher's lines: the publisher's,
    or the funder's logo when the sentence above thanks it as a funder (by its name; or as "the European Union" over
    "European Commission" alone). None when it is no such name; a name under a line that announces it (": ")
    is the text's."""
    text = P.without_legal_form(units[j].text)  # ("Harbour-Institut für Politik e.V.": no sentence's full stop)
    if "\n" in text or not P.is_institution(text) or len(text.split()) > 10 or P.ends_sentence(text):
        return None
    if any(units[k].role not in {"boilerplate", "slogan"} for k in range(j + 1, end)):
        return None  # (the short lines of its address, "24103 Kiel" / "Germany", are read with the closing lines)
    above = units[j - 1].text.strip()
    if not P.ends_sentence(above) or above.rstrip().endswith(":"):
        return None
    named = normalise_for_match(re.sub(r"^the\s+", "", text, flags=re.I)) in normalise_for_match(above)
    if _FUNDED.search(above) and (named or (j + 1 == end and _EU_FUNDS.search(text) and _EU_FUNDS.search(above))):
        return "funder"  # "… funded by the Nordic Bridges Foundation." over its name; "… support of the European Union." over "European Commission"
    return "publisher"


# the European Union's programmes and its executive, whose logos the texts they fund carry under the thanks
_EU_FUNDS = re.compile(r"\b(?:European (?:Union|Commission)|EU|Horizon (?:Europe|2020)|Erasmus\+?|Creative Europe|CERV)\b")


def _read_tail(units: list[Unit], body_start: int, layout: Layout) -> int:
    """Assign tail roles from the bottom; return the index where the body ends."""
    end = _end_mark(units, body_start)
    _signatories(units, body_start, layout)
    _mail_signature(units, body_start, end, layout)
    notes: list[tuple[int, str, str, Unit]] = []
    slogans: list[Unit] = []
    confirmed = end
    j = end - 1
    closing_dates: list[tuple[str, Unit]] = []
    # the marks the notes already taken from under their label answer ("Endnotes" / "[1] …") key no list above them
    # ("Recommendations" / "1. Sign …")
    body_markers = _body_markers(units[body_start:end]) - {number for _, number, _ in layout.page_notes}
    layout.note_symbols = _symbol_keys(units, body_start, end, body_markers)
    # a letter greets whom it is written to ("Dear Secretary General,"): only then may a close stand over its signers
    greeted = any(is_salutation(line) for line in layout.lines)
    known = frozenset(a.name for f in layout.findings if f.field == "authors" for a in f.value)
    first_paragraph = next((u.text for u in units[body_start:end] if word_count(u.text) > 30), "")
    while j >= body_start:
        unit, name = units[j], P.label(units[j].text)
        item = P.note_item(unit.text) or _plain_note(units, j, body_markers) or _symbol_note(unit.text, layout.note_symbols)
        if unit.role in {"signatories", "bio"}:
            pass
        elif item and (item[2] != "number" or item[0] in body_markers or _notes_heading_above(units, j)):
            unit.role = "note"
            notes.append((*item, unit))
        elif P.is_notes_label(unit.text) and (notes or (j + 1 < end and units[j + 1].role == "reference")):
            unit.role = "notes-heading"
        elif P.reference_entry(unit.text) and (j + 1 >= end or units[j + 1].role in {"reference", "boilerplate", "bio", "bio-heading"}) \
                and _references_label_above(units, j, body_start):
            unit.role = "reference"
        elif (P.is_declaration_label(unit.text) or (_ABOUT_PUBLISHER.fullmatch(name) and name not in P.BIO_LABELS)) and j + 1 < end \
                and units[j + 1].role in {"boilerplate", "bio"}:
            unit.role = "boilerplate"  # "Funding" over "This work was supported by …", "About us" over "X is published by Y"
        elif j > body_start and (about := _about_the_house(units, j, body_start, end)) is not None:
            for k in range(about, j + 1):  # "About the Institute" over what it says of itself, under the text: the publisher's notice
                units[k].role = "boilerplate"
            confirmed, j = about, about - 1
            continue
        elif j > body_start and (record := _record_at_foot(units, j, body_start)) is not None:
            start, found = record  # "Publication details" over "Author(s): …", "Date: 11.3.2026", "Series: …" under the text
            for k in range(start, j + 1):
                units[k].role = "record"
                layout.removed.append(Removed(units[k].text, units[k].line, RECORD_REASON))
            stated = {f.field for f in layout.findings}
            layout.findings += [f for f in found if f.field not in stated]  # what the head states comes first
            confirmed, j = start, start - 1
            continue
        elif j > body_start and (signed := _dated_signature(units, j, body_start)) is not None:
            at, stamped, signers = signed  # "Vilnius, 4 March 2026" over "Name, Senior Analyst" / "Name, Research Fellow"
            for k in range(at, j + 1):
                units[k].role = "signature"
            _take_authors(layout, signers, "dated-signature", units[at])
            closing_dates.append((stamped, units[at]))
            confirmed, j = at, at - 1
            continue
        elif j > body_start and (credited := _contributors(units, j, body_start)):
            label_at, listed, posts = credited  # "Contributors" over "Name — Lead author", "Name — Editor": the authors among them
            for k in range(label_at, j + 1):
                units[k].role = "contributors"
                layout.removed.append(Removed(units[k].text, units[k].line, CONTRIBUTORS_REASON))
            named = next((f.value for f in layout.findings if f.field == "authors"), None)
            if named is not None:
                named += [a for a in listed if a.name not in {n.name for n in named}]  # a co-author the byline leaves out
            elif listed:
                _first_authors(layout, listed, "contributors", units[label_at])
            for author in next((f.value for f in layout.findings if f.field == "authors"), []):
                if author.affiliation is None and author.name in posts:  # "Ann Lee — Senior Fellow, Harbour Institute"
                    author.affiliation, author.position = posts[author.name]
            confirmed, j = label_at, label_at - 1
            continue
        elif j > body_start and (table := _authors_table(units, j, body_start)):
            header, listed = table  # "Name | Position | Institution" over a row per author: who wrote it, and where they work
            for k in range(header, j + 1):
                units[k].role = "authors-table"
            _take_authors(layout, listed, "authors-table", units[header])
            confirmed, j = header, header - 1
            continue
        elif j > body_start and (not layout.bios or layout.bios[0] is units[j + 1]) and (notice := _notice_after_bio(unit.text, known)):
            unit.role = "bio"  # "Ann Lee is a fellow at X. The views … do not reflect the position of Y.": her bio, then the notice
            layout.bios.insert(0, unit)
            layout.boilerplate.append(Unit(notice, unit.line, role="boilerplate"))  # read for the publisher it names
        elif j > body_start and j + 1 < end and units[j + 1].role == "bio" and (card := authors_from(unit.text)) and len(card) == 1 \
                and card[0].affiliation and word_count(unit.text) <= 16:
            unit.role = "bio"  # "Ann Lee | Senior Fellow, Harbour Institute" over her bio: the author's card
            layout.bios.insert(0, unit)
        elif j > body_start and (UPDATED_LABEL.match(unit.text.strip()) or PUBLISHED_LABEL.match(unit.text.strip())) and "\n" not in unit.text \
                and len(unit.text.split()) <= 6 and (stamped := P.parse_date(unit.text.strip())) \
                and not re.match(r"(?:data )?sources?\b|figure|chart|table|graph|map|note\b", units[j - 1].text.strip(), re.I):
            unit.role = "closing-date"  # "Last updated: 17.02.2026, 14:05" at the page's foot: a date when the head states none
            closing_dates.append((stamped, unit))
        elif j > body_start and known and (contact := _contact_line(unit.text, known)):
            unit.role = "contact"  # "Contact: Ann Lee and Jan Nowak, Library and Research Service, Chamber of Deputies."
            for author in (a for f in layout.findings if f.field == "authors" for a in f.value):
                if author.affiliation is None and author.name in contact[0]:
                    author.affiliation = contact[1]
        elif not greeted and (not layout.bios or layout.bios[0] is units[j + 1]) and j > body_start \
                and (card_at := _author_card(units, j, body_start)) is not None:  # (a letter's signers are read by its close)
            for k in range(j, card_at - 1, -1):  # "About the author" / "[Photo: Name]" / "Name" / "Senior Fellow, Institute": the card
                if units[k].role == "paragraph" and k < j and _card_label(units[k].text):
                    units[k].role = "bio-heading"
                    layout.removed.append(Removed(units[k].text, units[k].line, LABEL_REASON))
                else:
                    units[k].role = "bio"
                    layout.bios.insert(0, units[k])
            confirmed, j = card_at, card_at - 1
            continue
        elif j > body_start and (whose := _closing_name(units, j, end)):
            unit.role = "boilerplate"  # "LISBON FORUM FOR ATLANTIC SECURITY" (over its address) at the very end: the publisher's imprint
            if whose == "publisher":  # (under a funder's thanks: the funder's logo)
                layout.findings.append(Finding("publisher", P.institution_name(P.without_legal_form(unit.text)), "closing-name", unit.line, unit.text))
        elif P.is_boilerplate(unit.text) or (j > body_start and _ends_in_notice(unit.text)):
            unit.role = "boilerplate"
        elif j > body_start and "\n" not in unit.text and _address_line(unit.text) and ends_sentence(units[j - 1].text):  # (under a notice)
            unit.role = "boilerplate"  # "1120 Vermont Avenue NW, Suite 000, Washington, DC 20005" under the closing notice: the publisher's address
        elif ((name in P.BIO_LABELS or P.label(unit.text) in P.BIO_LABELS) and (layout.bios or (j + 1 < len(units) and units[j + 1].role == "authors-table"))) \
                or (name in _AUTHORS_WORD and j + 1 < len(units) and units[j + 1].role == "bio"):  # "Authors" over the bios under the text
            unit.role = "bio-heading"
        elif (not layout.bios or layout.bios[0] is _past_contacts(units, j)) and j > body_start and (
                P.parse_bios(unit.text, known) or _in_author_box(units, j, body_start) or _under_a_card(units, j, body_start)):
            unit.role = "bio"
            layout.bios.insert(0, unit)
        elif j > body_start and (label_at := _key_points_box(units, j, body_start)) is not None:
            for k in range(label_at, j + 1):  # "In brief" over its bullets, set after the text: the page's sidebar
                units[k].role = "key-points"
            confirmed, j = label_at, label_at - 1
            continue
        elif j > body_start and (found := _agency_credits(unit.text)) is not None:
            unit.role = "closing-byline"  # "(Reporting by A and B; Editing by C)": the reporters and writers are the authors
            _first_authors(layout, found, "agency-credits", unit)
        elif j > body_start and (written := _WRITTEN_FOR.fullmatch(unit.text.strip())) and (writers := authors_from(written["names"])):
            unit.role = "closing-byline"  # "— Written by A (independent analyst, Bergen) for the X Institute": A wrote it for X
            _first_authors(layout, writers, "closing-byline", unit)
        elif j > body_start and (card_at := _publication_card(units, j, body_start)) is not None:
            for k in range(card_at, j + 1):  # "Harbour Notes" / "Published in Harbour Notes" / "Independent analysis …": its card
                units[k].role = "furniture"
                layout.removed.append(Removed(units[k].text, units[k].line, PUBLICATION_CARD_REASON))
            confirmed, j = card_at, card_at - 1
            continue
        elif j > body_start and (label_at := _other_items(units, j, body_start)) is not None:
            for k in range(label_at, j + 1):  # "ALSO THIS WEEK" over blurbs that each end "Read more →": a newsletter's other items
                units[k].role = "furniture"
                layout.removed.append(Removed(units[k].text, units[k].line, OTHER_ITEMS_REASON))
            confirmed, j = label_at, label_at - 1
            continue
        elif j > body_start and _cites_this(unit.text, layout):
            unit.role = "boilerplate"  # "Løvaas, H. (2026). When the Tap Slows: … NSIIA Research Brief 2026/02.": how to cite this text
        elif j > body_start + 1 and P.CITATION_ALONE.fullmatch(units[j - 1].text.strip()) and word_count(unit.text) <= 80:
            unit.role = units[j - 1].role = "boilerplate"  # "Cite this post" alone over the reference to cite it by
            confirmed, j = j - 1, j - 2
            continue
        elif j > body_start and (credited := _credit_then_note(unit.text)):
            unit.role = "closing-byline"  # "Interview by A, Fellow, Institute. The interview was … edited for length and clarity."
            _first_authors(layout, credited, "closing-byline", unit)
        elif j > body_start and (posted := _posted_footer(unit.text)):
            unit.role = "closing-byline"  # "Posted by A on 14/02/2026 in Hybrid threats | Tags: … | Permalink": the author and the day
            _first_authors(layout, posted[0], "posted-footer", unit)
            closing_dates.append((posted[1], unit))
        elif j > body_start and byline_start(unit.text) and word_count(unit.text) <= 14:
            unit.role = "closing-byline"  # "Written by A and B." under the last paragraph: the authors, when the head names none
            _first_authors(layout, byline_authors(unit.text), "closing-byline", unit)
        elif j > body_start and greeted and (signed := _signed_close(units, j, body_start, layout.lines)):
            close, signers = signed  # "With our thanks …," over each signer's name and role: the letter's authors
            units[close].role = "signoff"
            for k in range(close + 1, j + 1):
                units[k].role = "signature"
            _first_authors(layout, signers, "signed-close", units[close])
            confirmed, j = close, close - 1
            continue
        elif j > body_start and _sign_off(unit.text):
            unit.role = "signoff"
        elif j > body_start and _STAFF_SIGNATURE.fullmatch(unit.text.strip()):
            unit.role = "signature"  # "– The Editors": signed by the staff, no person named
        elif j > body_start and _THANKS.fullmatch(unit.text.strip()):
            unit.role = "thanks"
        elif j > body_start and _signature(unit.text):
            unit.role = "signature"
            signed = authors_from(re.sub(r"^[—–-]{1,2}\s*", "", unit.text.strip()))
            _first_authors(layout, signed, "signature", unit)  # "— NAME, senior fellow at …": the author
        elif j > body_start and (closing := _closing_date(unit.text, last=ends_sentence(units[j - 1].text) or P.is_person_name(units[j - 1].text.strip()))):
            unit.role = "closing-date"
            closing_dates.append((closing, unit))
        elif j > body_start and (P.interface_line(unit.text, first_paragraph, foot=True) or (j + 1 < end and _site_notice_in_its_script(unit.text, first_paragraph, layout.head))) \
                and not units[j - 1].text.rstrip().endswith((":", "：")):
            unit.role = "boilerplate"  # the site's footer in its own script, around a text in another ("ყველა უფლება დაცულია.")
        elif (P.spoken_length(unit.text) <= 8 and not ends_sentence(unit.text) and j > body_start) or (_link_title(unit.text) and P.spoken_length(unit.text) <= 14 and j + 1 < end and units[j + 1].role in {"slogan", "boilerplate"}):
            unit.role = "slogan"  # (or a linked title, which may ask, over the short lines under the text: "Armenia's Western Turn: Risk?")
            slogans.append(unit)
            j -= 1
            continue
        else:
            break
        confirmed = j
        j -= 1
    # Short closing lines count as boilerplate only when other boilerplate or
    # notes follow the body; otherwise they are the brief's own last lines.
    for unit in slogans:
        if units.index(unit) > confirmed:
            unit.role = "boilerplate"
        else:
            unit.role = "paragraph"
    confirmed = _furniture_run(units, j + 1, confirmed, end, layout)
    for unit in units[confirmed:end]:
        if unit.role in {"boilerplate", "notes-heading", "bio-heading"}:
            layout.boilerplate.append(unit)
            reason = "publisher boilerplate" if unit.role == "boilerplate" else LABEL_REASON
            layout.removed.append(Removed(unit.text, unit.line, reason))
        elif unit.role in _TAIL_REASONS:
            layout.removed.append(Removed(unit.text, unit.line, _TAIL_REASONS[unit.role]))
    for unit in units[end:]:  # a release's end matter may name the publisher ("The X is an independent think tank")
        layout.boilerplate.append(unit)
        layout.removed.append(Removed(unit.text, unit.line, END_MATTER_REASON))
    _date_from_closing(closing_dates, layout)
    found = sorted([(unit.line, number, text) for number, text, _style, unit in notes] + layout.page_notes)
    layout.note_numbers = [number for _line, number, _text in found]
    layout.notes = notes_in_order([(number, text) for _line, number, text in found])
    return confirmed


# A label over what a publisher says of itself: "About us", "About the Institute", "Who we are", "Über uns", "Qui sommes-nous"
_ABOUT_PUBLISHER = re.compile(r"about(?: (?:us|the \w+(?: \w+)?|[A-Z]?\w+))|who we are|über uns|qui sommes-nous\s*\??|à propos de nous|sobre nosotros|chi siamo|o nas|"
                              r"quiénes somos|quem somos|over ons|om oss|o nás", re.I)


def _about_the_house(units: list[Unit], j: int, body_start: int, end: int) -> int | None:
    """Where the publisher's section about itself begins, when the unit at ``j`` is one of its paragraphs: a label
    "About <the house>" ("ABOUT ENSP", "About the Harbour Institute", "About us") a few paragraphs above, nothing but
    paragraphs between, and only the tail's lines under them. A section of the text ("About the data") names no house."""
    if not (j + 1 >= end or units[j + 1].role in _TAIL_ROLES):
        return None
    for k in range(j, max(body_start, j - 4), -1):
        text = units[k].text.strip()
        if k < j and (word_count(text) <= 8 and not ends_sentence(text)):
            label = P.label(text)
            house = re.sub(r"^about\s+(?:the\s+)?", "", text.rstrip(":"), flags=re.I)
            # an acronym ("ABOUT ENSP") that the text writes elsewhere in capitals among other words ("… joining ENSP she …");
            # "ABOUT THE DATA" names a section of the text
            acronym = re.fullmatch(r"[A-Z]{2,8}", house) and len(re.findall(rf"\b{house}\b", " ".join(u.text for u in units if not u.text.isupper()))) >= 1
            named = house.lower() in {"us", "we"} or P.INSTITUTION_WORD.fullmatch(house) or acronym \
                or P.is_institution(house.title() if house.isupper() else house) or not re.match(r"about\b", label, re.I)
            return k if (_ABOUT_PUBLISHER.fullmatch(label) or re.match(r"about\s", label)) and label not in P.BIO_LABELS and named else None
        if units[k].role not in {"paragraph", "", None} or word_count(text) <= 8:
            return None
    return None


_TAIL_ROLES = {"boilerplate", "bio", "bio-heading", "note", "notes-heading", "reference", "slogan", "closing-date", "contact", "furniture"}


_AUTHORS_WORD = {"authors", "author", "autoren", "autorinnen", "auteurs", "autores", "autori", "autorzy", "auteur", "autor"}


_EDITED_NOTE = re.compile(r"^(?:the |this )?(?:interview|conversation|exchange|transcript)\b.{0,120}\b(?:edited|condensed|translated)\b.{0,60}$", re.I)


# A blog's line under a post: "Posted by Name on 14/02/2026 in Category", then its tags and link in segments
_POSTED_FOOTER = re.compile(r"^(?:posted|published|written)\s+by\s+(?P<names>[^|·]+?)\s+on\s+(?P<date>[^|·]{6,30}?\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?"
                            r"(?:\s+(?:in|under|filed under)\s+[^|·]{2,60})?$", re.I)


def _posted_footer(text: str) -> tuple[list[Author], str] | None:
    """The authors and the day of a blog post's footer line ("Posted by A on 14/02/2026 in Hybrid threats | Tags: …")."""
    first = re.split(r"\s+[|·]\s+", text.strip())[0]
    match = _POSTED_FOOTER.match(first)
    if not match or word_count(text) > 40 or not (iso := P.parse_date(match["date"])) or not (authors := authors_from(match["names"])):
        return None
    return authors, iso


_AUTHOR_YEAR = re.compile(r"^[^\W\d_][\w'’ -]{1,40},\s+(?:[^\W\d_]\.\s*){1,3}(?:,?\s+(?:&|and)\s+[^()]{3,60})?\s*\((?:19|20)\d\d[a-z]?\)")


def _cites_this(text: str, layout: Layout) -> bool:
    """A reference to this very text, author and year first, that names its title: how the page says to cite it."""
    title = _found_title(layout)
    return bool(title) and len(title) > 12 and word_count(text) <= 60 and bool(_AUTHOR_YEAR.match(text.strip())) and title in normalise_for_match(text)


def _credit_then_note(text: str) -> list[Author] | None:
    """The writer's credit under the text run into a note on the text ("Interview by Ann Lee, Research Fellow, Harbour
    Institute. The interview was conducted in English … and has been edited for length and clarity."): the authors
    the credit names, when every sentence after it is such a note."""
    parts = sentences(text.strip())
    if len(parts) < 2 or word_count(parts[0]) > 20 or not all(_EDITED_NOTE.match(p) or P.is_notice(p) for p in parts[1:]):
        return None
    return byline_authors(parts[0].rstrip("."))


OTHER_ITEMS_REASON = "a newsletter's other items after its main one (each a blurb and its link)"
_OTHER_ITEMS_LABEL = re.compile(r"^(?:also (?:this|in this) (?:week|issue|edition)|also this week|more (?:this|in this) (?:week|issue)|in other news|"
                                r"what we(?:'re|’re| are) reading|elsewhere (?:this week|at the \w+))\s*:?$", re.I)
_CALL_TO_ACTION = re.compile(r"(?:read more|read the (?:full )?(?:brief|article|analysis|paper)|listen(?: now)?|watch(?: now)?|register(?: now| here)?|"
                             r"sign up|download)\s*[→›»]\s*$", re.I)


def _other_items(units: list[Unit], j: int, body_start: int) -> int | None:
    """Where the label of a newsletter's other items stands ("ALSO THIS WEEK"), when ``units[j]`` ends the last of
    them with its link ("Read more →", "Register →"): short blurbs only between them. Else None."""
    if not _CALL_TO_ACTION.search(units[j].text.strip()):
        # or a short list of them, one a bulleted line ("• Podcast: Kosovo's elections explained (28 min)")
        k = j
        while k > body_start and _BULLET.match(units[k].text) and word_count(units[k].text) <= 14 and not ends_sentence(units[k].text.rstrip(")")):
            k -= 1
        return k if j - k >= 2 and _OTHER_ITEMS_LABEL.match(units[k].text.strip()) else None
    for k in range(j - 1, max(body_start, j - 20), -1):
        text = units[k].text.strip()
        if _OTHER_ITEMS_LABEL.match(text):
            return k
        if word_count(text) > 45:
            return None
    return None


def _past_contacts(units: list[Unit], j: int) -> Unit | None:
    """The unit under ``units[j]``, past the e-mail addresses or telephone numbers set alone under a bio."""
    k = j + 1
    while k < len(units) and units[k].role == "boilerplate" and len(units[k].text.split()) <= 3 and _REACH.search(units[k].text.strip()):
        k += 1
    return units[k] if k < len(units) else None


def _site_notice_in_its_script(text: str, body: str, head: list[Unit]) -> bool:
    """A notice of a sentence or two under the text, in the script of the labels of the page's head, around a text in
    another ("Автори:" and "Датум:" over an English text, then "Ставовите изнесени во оваа анализа се ставови на
    авторите …"): the site's disclaimer in its own language. Longer than ``interface_line`` takes at the foot, so only
    where the head shows the site's interface in that script, and never as the text's last paragraph; a quotation (in
    quotation marks, or ending the text) is the text's."""
    if not body or P.other_script(body) or not P.other_script(text) or "\n" in text or P.spoken_length(text) > 45 \
            or re.search(r"[«»“”„「」『』\"]", text):
        return False
    return sum(1 for u in head if P.other_script(u.text) and re.match(r"^[^:：]{1,30}[:：]", u.text.strip())) >= 1


def _notice_after_bio(text: str, known: frozenset[str]) -> str | None:
    """The publisher's notice run into the bios above it, in one paragraph; else None."""
    parts = sentences(text)
    for k in range(1, len(parts)):
        notice = " ".join(parts[k:])
        if P.is_boilerplate(notice) and not P.is_boilerplate(parts[0]):
            return notice if P.parse_bios(" ".join(parts[:k]), known) else None
    return None


TAIL_RUN_LINES = 3  # fewer short lines under the last paragraph may be the brief's own closing words


_SIDEBAR_POINTS_LABELS = {"in brief", "at a glance", "key points", "key takeaways", "takeaways", "the brief in brief", "in short", "en bref", "auf einen blick", "en resumen", "in sintesi"}


def _key_points_box(units: list[Unit], j: int, body_start: int) -> int | None:
    """Where the label of a box of key points ends the text ("In brief" over "• …" lines, a sidebar the page set
    after the body), when ``units[j]`` is its last item; else None."""
    k = j
    while k > body_start and _BULLET.match(units[k].text):
        k -= 1
    if k == j or k <= body_start or P.label(units[k].text) not in _SIDEBAR_POINTS_LABELS:
        return None
    above = units[k - 1].text  # the bios or the publisher's lines above it: a box set after the text, not its closing section
    below = units[j + 1].role if j + 1 < len(units) else ""  # or the bios under it ("About the author")
    return k if P.parse_bios(above) or P.is_boilerplate(above) or P.label(above) in P.BIO_LABELS or below in {"bio-heading", "bio"} else None


def _furniture_run(units: list[Unit], start: int, confirmed: int, end: int, layout: Layout) -> int:
    """Three or more short lines, none a list item, between the last paragraph and a footer already read
    (tags, a related-reading box, a sign-up line in any language): web furniture, not the brief's last lines."""
    run = units[start:confirmed]
    if confirmed == end or len(run) < TAIL_RUN_LINES or any(_ITEM_START.match(u.text) for u in run):
        return confirmed
    for unit in run:
        unit.role = "furniture"
        layout.removed.append(Removed(unit.text, unit.line, "web furniture: short lines between the last paragraph and the footer (tags, related links, sign-ups)"))
    return start


# The mark that ends a press release's text: "###", "-30-", "ENDS", "– Ende –", "FIN". What follows is the
# release's end matter (notes to editors, the publisher's description, media contacts), never the body.
_END_MARK = re.compile(r"^(?:#{3}|-\s*(?:30|0)\s*-|[-–—*]*\s*(?:ends?|ende|fin|fine|koniec|einde|slut)\s*[-–—*]*|(?-i:ENDS?|ENDE)\.)$", re.I)  # "ENDS." in capitals; "Fine." is a word
END_MATTER_REASON = "after the end mark of a release (notes to editors, contacts)"


_END_MATTER_LABEL = re.compile(r"^(?:notes? (?:to|for) editors?|about (?:the |us)|media contacts?|press contacts?|contacts?|for (?:more|further) information|"
                               r"background|editor['’]s notes?)\b", re.I)


def _end_mark(units: list[Unit], body_start: int) -> int:
    """Where a press release's end mark stands, fewer words after it than before it, else the end."""
    for index in range(len(units) - 1, body_start, -1):
        lower_half = index > (body_start + len(units)) // 2
        labelled = index + 1 < len(units) and bool(_END_MATTER_LABEL.match(units[index + 1].text.strip()))  # "###" over "Notes to editors"
        if _END_MARK.match(units[index].text.strip()) and (lower_half or labelled) \
                and sum(word_count(u.text) for u in units[index:]) < sum(word_count(u.text) for u in units[body_start:index]):
            for unit in units[index:]:
                unit.role = "end-matter"
            return index
    return len(units)


# "Signatories:", "Signed by:", "Les signataires", "Unterzeichnende": the label over an open letter's signers.
_SIGNATORIES = re.compile(
    r"^(?:(?:the )?signatories|signed(?: by)?|signatures|co-?signatories|(?:les )?signataires|unterzeichner(?:innen)?|unterzeichnende|"
    r"(?:los )?firmantes|(?:i )?firmatari|sygnatariusze|ondertekenaars|(?:os )?signatários|"
    # a group's members, who sign its statement: "Task Force members", "Members of the Working Group"
    r"(?:task force|working group|study group|expert group|commission|group|panel) members|members of the (?:task force|working group|study group|"
    r"expert group|commission|group|panel))\b[^:]{0,120}:?$",
    re.I,
)
# The parts of a members' list: "Co-chairs", "Members", "Rapporteur".
_MEMBERS_PART = re.compile(r"^(?:co-?chairs?|chairs?|vice-?chairs?|chairm[ae]n|chairpersons?|members|rapporteurs?|convenors?|advisers|advisors)\s*:?$", re.I)
SIGNATORIES_REASON = "signatories of the letter (read into the metadata)"


def _mail_signature(units: list[Unit], body_start: int, end: int, layout: Layout) -> None:
    """A mail's signature under its delimiter ("-- " alone on a line) at the end of the text: the sender's name,
    role, institution and site, one a line. Read as a bio (it gives the author's institution), not as the text."""
    for index in range(end - 1, max(body_start, end - 12), -1):
        unit = units[index]
        above = layout.lines[unit.line - 2].strip() if unit.line >= 2 else ""
        if above != "--" or not P.is_person_name(unit.text.strip()):  # "-- ", its trailing space gone
            continue
        block = [unit]
        for below in units[index + 1 : end]:
            if below.line != block[-1].line + 1 or ends_sentence(below.text) or word_count(below.text) > 16:
                break
            block.append(below)
        for part in block:
            part.role = "bio"
        layout.bios[:0] = block
        return


def _signatories(units: list[Unit], body_start: int, layout: Layout) -> None:
    """An open letter's signatories in its lower half: the label and one signer per line, who are its authors
    when the head names none."""
    for index in range(max(body_start + 1, len(units) // 2), len(units) - 1):
        if not _SIGNATORIES.match(units[index].text.strip()):
            continue
        signers = []
        for unit in units[index + 1 :]:
            found = authors_from(unit.text) or ([] if _MEMBERS_PART.match(unit.text.strip()) else None)
            if found is None:
                break
            signers.append((unit, found))  # a part's label ("Co-chairs") names no one
        if not any(found for _, found in signers):
            continue
        units[index].role = "signatories"
        listed = [a for _unit, found in signers for a in found or []]
        drafters = _drafters(units[index + 1 + len(signers) :], {a.name for a in listed})
        for unit, found in signers:
            unit.role = "signatories"
            if found and not any(f.field == "authors" for f in layout.findings if f.rule != "signatories"):
                chosen = [a for a in found if drafters is None or a.name in drafters]  # who drafted it, when a note says so
                if chosen:
                    layout.findings.append(Finding("authors", chosen, "signatories", unit.line, unit.text))
        return


# "This statement was drafted by A and B on behalf of the participating institutes."
_DRAFTED_BY = re.compile(r"^(?:this|the) (?:[\w-]+ ){0,2}(?:was|has been|were) (?:drafted|written|prepared) by (?P<names>[^.;]{3,160}?)"
                         r"(?: on behalf of\b| for\b| with\b|[.;]|$)", re.I)


def _drafters(units: list[Unit], signers: set[str]) -> set[str] | None:
    """The signers a note under the list names as the statement's drafters ("This statement was drafted by A and B on
    behalf of …"): the authors among them. None when no such note names only signers."""
    for unit in units[:3]:
        if (match := _DRAFTED_BY.match(unit.text.strip())) and (names := P.split_names(match["names"])) and set(names) <= signers:
            return set(names)
    return None


_CONTACT_LINE = re.compile(r"^(?:contacts?|kontakt|contacto|contatto|contact persons?|for (?:further|more) information,? (?:please )?contact)\s*:?\s+"
                           r"(?P<names>[^,]{3,120}?),\s+(?P<place>\S.{2,160}?)\.?$", re.I)


def _contact_line(text: str, known: frozenset[str]) -> tuple[set[str], str] | None:
    """Whom to contact about the text, after it: the authors the head named, and the place of work the line gives
    them ("Contact: Ann Lee and Jan Nowak, Library and Research Service, Chamber of Deputies.")."""
    match = _CONTACT_LINE.match(text.strip()) if "\n" not in text.strip() else None
    names = P.split_names(match["names"]) if match else None
    if not names or not set(names) <= known or "@" in match["place"] or re.search(r"\d{3}", match["place"]):
        return None
    return set(names), match["place"].strip()


_TAIL_REASONS = {
    "contact": "whom to contact about the text: its authors and their place of work (read into the metadata)",
    "reference": "reference list (author–year entries, not notes)",
    "signatories": SIGNATORIES_REASON,
    "authors-table": "the authors' table (read into the metadata)",
    "closing-byline": "byline under the last paragraph (read into the metadata)",
    "signoff": "sign-off of a letter or newsletter",
    "thanks": "a speaker's thanks or call for questions after the last paragraph",
    "key-points": SIDEBAR_REASON,  # read as the brief's key points, as a framed box of them is
    "signature": "signature under the last paragraph (the writer's name)",
    "closing-date": "place and date of writing under the last paragraph (a date when the head states none)",
}
# A credit under the text, who wrote it for whom: "— Written by Ingrid Solberg (independent analyst, Bergen) for the Kestrel
# Institute". Writing for an institute is no affiliation; a role in brackets describes the writer.
_WRITTEN_FOR = re.compile(r"[—–-]{0,2}\s*(?:written|prepared|authored)\s+by\s+(?P<names>[^()]{3,80}?)\s*(?:\([^()]{2,80}\))?\s+for\s+(?:the\s+)?[A-ZÀ-Ý][^.]{3,90}\.?", re.I)
# A news agency's credits under the story: "(Reporting by A and B; Additional reporting by C in X; Editing by D)".
# The reporters and the writer are its authors; who added reporting from elsewhere or edited is credited, not an author.
_CREDIT_PART = r"(?:(?:additional )?reporting|writing|written|compiled|editing|edited|graphics|fact-?checking)\s+by\s+[^;()]{3,120}"
_AGENCY_CREDITS = re.compile(rf"\(?\s*(?:reporting|writing)\s+by\s+[^;()]{{3,120}}(?:;\s*{_CREDIT_PART})*\s*\)?\.?", re.I)
_REPORTED_BY = re.compile(r"(?:^\(?|;\s*)(?:reporting|writing)\s+by\s+(?P<names>[^;()]+)", re.I)


def _agency_credits(text: str) -> list | None:
    """The reporters and writers an agency's credits name, or None when the line is no such credit (in brackets or
    in parts set apart by ";", every reporter a name: "Reporting by member states remains patchy" is a sentence)."""
    text = text.strip()
    if not _AGENCY_CREDITS.fullmatch(text) or not (text.startswith("(") or ";" in text):
        return None
    groups = [authors_from(m["names"].strip()) for m in _REPORTED_BY.finditer(text)]
    return [a for group in groups for a in group] if groups and all(groups) else None
# A speaker's last words after the argument: "Thank you.", "Thank you for your attention.", "Questions?", "Vielen Dank."
_THANKS = re.compile(
    r"(?:thank you(?: (?:very much|all|so much))?(?: for (?:your|listening|your kind) ?(?:attention|listening)?)?|many thanks|questions\?|any questions\?|"
    r"(?:vielen )?dank(?: für ihre aufmerksamkeit)?|merci(?: beaucoup)?(?: de votre attention| pour votre attention)?|(?:muchas )?gracias(?: por su atención)?|"
    r"grazie(?: per l['’]attenzione)?|dziękuję(?: za uwagę)?|dank u(?: wel)?(?: voor uw aandacht)?|obrigad[oa](?: pela atenção)?)\s*[.!?]?", re.I)
# A letter's or newsletter's closing formula, in the languages of European publishers.
_VALEDICTION = (
    r"until next (?:time|week|month)|(?:with )?best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? (?:regards|wishes)|regards|"
    r"yours(?: sincerely| truly| ever)?|sincerely|respectfully(?: yours)?|with respect|all the best|bis (?:zum nächsten mal|bald|nächste woche)|"
    r"mit (?:freundlichen|besten|herzlichen) grüßen|viele grüße|herzliche grüße|à bientôt|amitiés|cordialement|bien à vous|"
    r"hasta (?:la próxima|pronto)|saludos(?: cordiales)?|un saludo|atentamente|até (?:à |a )?próxima|cumprimentos|a presto|"
    r"cordiali saluti|distinti saluti|pozdrawiam|do (?:następnego razu|zobaczenia)|z poważaniem|tot (?:de )?volgende (?:keer|week)|"
    r"met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groeten|cu (?:drag|stimă)|pe curând"
)
_SIGN_OFF = re.compile(rf"^(?:{_VALEDICTION})\s*[,!.]?(?P<names>(?:\s+\S+){{0,6}})$", re.I)
_SIGNATURE_WORD = re.compile(rf"[{P._UP}][\w'’.-]*|and|und|et|y|e|en|i|og|och|&")


def _signature(text: str) -> str | None:
    """The name of "— Jan Kowalski", "– Marta Silva, Harbour Institute": a writer's name set under a contribution;
    else None."""
    match = re.match(r"^[—–-]{1,2}\s*(?P<name>[^,]{3,60})(?:,\s*(?P<rest>.{1,80}))?$", text.strip())
    return match["name"].strip() if match and P.is_person_name(match["name"]) and not ends_sentence(match["name"]) else None


def _sign_off(text: str) -> bool:
    """"Warm regards,", "Until next time, Grace and Henrik", "Mit besten Grüßen": the close of a letter, with its signature."""
    match = _SIGN_OFF.match(text.strip())
    if not match:
        return False
    names = match["names"].split()
    return all(_SIGNATURE_WORD.fullmatch(w.rstrip(",")) for w in names) and not (names and names[-1].endswith("."))


_CELLS = re.compile(r"\s*\|\s*|\t|\s{3,}")
_NAME_COLUMN = re.compile(r"names?|authors?|nom|nombre|nome|naam|imię i nazwisko|autor(?:es|en|zy)?|auteurs?", re.I)
_ROLE_COLUMN = re.compile(r"position|role|title|function|post|fonction|cargo|funzione|stanowisko|funktion|functie", re.I)
_PLACE_COLUMN = re.compile(r"institution|institute|affiliation|organi[sz]ation|employer|institución|istituzione|instytucja|organisatie|"
                           r"einrichtung|institut|instituição", re.I)


PUBLICATION_CARD_REASON = "the card of the publication a post was published in, on a blogging platform (its name, its line)"
_PUBLISHED_IN_LINE = re.compile(r"(?:published in|posted in|publié dans|veröffentlicht in|publicado en|publicado em|pubblicato (?:in|su))\s+(?P<name>\S.{1,80})", re.I)


def _publication_card(units: list[Unit], j: int, body_start: int) -> int | None:
    """Where a publication's card under a post starts, when ``units[j]`` is its last line: "Published in X" (X in
    capitals, no sentence), maybe under X's name alone and over its one-line description ("Independent analysis of
    naval affairs."), a line or a few below (its counters of followers, left out, stand between)."""
    for at in (j, j - 1):
        if at <= body_start or "\n" in units[at].text:
            continue
        match = _PUBLISHED_IN_LINE.fullmatch(units[at].text.strip())
        if not match or ends_sentence(match["name"]) or not all(w[:1].isupper() for w in match["name"].split() if len(w) > 3):
            continue
        if at == j - 1 and (units[j].line - units[at].line > 4 or "\n" in units[j].text or word_count(units[j].text) > 16):
            return None
        if at - 1 > body_start and units[at - 1].text.strip() == match["name"].strip():
            at -= 1  # the publication's name over its card
        return at
    return None


CONTRIBUTORS_REASON = "who made the text, with their roles (the authors among them read into the metadata)"
_CONTRIBUTORS_LABEL = re.compile(r"^(?:contributors|credits|project team|(?:the )?team|authors and contributors|mitwirkende|contributeurs|colaboradores|(?P<authors>(?:the )?authors))\s*:?$", re.I)
_CREDIT_ROW = re.compile(r"^(?P<name>[^—–:|]{3,60}?)\s*(?:—|–|:|\|)\s*(?P<role>[^—–|]{3,120})$")
_AUTHOR_ROLE = re.compile(r"^(?:lead |principal |main |co-?)?authors?$|^co-?author$|^writer$|^(?:autor(?:in)?|auteure?|autora?|hauptautor(?:in)?)$", re.I)


def _dated_signature(units: list[Unit], j: int, body_start: int) -> tuple[int, str, list[Author]] | None:
    """Where and when a text was signed, over who signed it, under its last paragraph: "Vilnius, 4 March 2026" over
    "Rūta Petrauskienė, Senior Analyst" and "Tomas Jankauskas, Research Fellow", one a line, ``units[j]`` the last.
    The line of its place and its date, the whole date, and the signers; None when the lines are not so."""
    at, signers = j, []
    while at > body_start and "\n" not in units[at].text and word_count(units[at].text) <= 12 and (found := authors_from(units[at].text)) \
            and len(found) == 1 and P.is_person_name(found[0].name):
        signers.insert(0, found[0])
        at -= 1
    if not signers or at <= body_start:
        return None
    place_date = units[at].text.strip()
    if len(place_date.split()) > 8 or not re.fullmatch(r"[A-ZÀ-ÝĀ-Ž][\w'’. -]{1,40},\s+\S.*", place_date) or len(iso := P.parse_date(place_date) or "") != 10:
        return None
    return at, iso, signers


RECORD_REASON = "the publication's record (its authors, date, series …) under the text, read into the metadata"


def _record_at_foot(units: list[Unit], j: int, body_start: int) -> tuple[int, list[Finding]] | None:
    """Where a publication's record under the text begins, and what it states, when ``units[j]`` is its last row: three
    or more "Label: value" rows a record has ("Author(s): …", "Date: 11.3.2026", "Series: …", "Pages: 6"), on
    consecutive lines, under their label or not ("Publication details", "Bibliographic data"), one of them naming who
    wrote or published it. The head's rule reads the rows (``head.record_fields``); None when the block is not one
    whole record ending at ``j``."""
    if "\n" in units[j].text:
        return None
    start = j
    while start - 1 > body_start and "\n" not in units[start - 1].text and units[start - 1].line == units[start].line - 1 and word_count(units[start - 1].text) <= 30:
        start -= 1
    for at in range(start, j - 1):
        claim = HEAD["record-fields"].test(HeadState(units, at))
        if claim is not None and at + claim.count - 1 == j and any(f.field in {"authors", "publisher"} for f in claim.findings):
            return at, claim.findings  # (a box of facts, "Type: …", "Date: 25 December 2024", "Place: …", is the text's own)
    return None


def _contributors(units: list[Unit], j: int, body_start: int) -> tuple[int, list[Author], dict[str, tuple[str | None, str | None]]] | None:
    """A list of who made the text ending at ``units[j]``: "Contributors" over one "Name — Role" a line. Those whose
    role is to write it ("Lead author", "Co-author") are its authors; the others (research, editing, design) are not.
    Where the label stands, the authors, and each post that names an institution ("Senior Fellow, Harbour Institute")
    as ``(affiliation, position)`` by name; None when the lines above ``units[j]`` are no such list."""
    rows: list[tuple[str, str]] = []
    for k in range(j, body_start, -1):
        texts = units[k].text.split("\n")
        if len(texts) == 1 and (label := _CONTRIBUTORS_LABEL.match(texts[0].strip())):
            if len(rows) < 2 and not (label["authors"] and rows):
                return None
            # under "Authors", each one listed wrote it ("Name – Research Fellow, Institute"); under "Contributors", those whose role is to
            if label["authors"] and not all(P.describe(role.strip())[0] for _, role in rows):
                return None  # "Mark Holloway – a historian of the Baltic trade": the people a review is about, not a post and place of work
            listed = [Author(P.tidy_name(name)) for name, role in reversed(rows) if label["authors"] or _AUTHOR_ROLE.match(role.strip())]
            posts = {P.tidy_name(name): P.describe(role.strip()) for name, role in rows if P.describe(role.strip())[0]}
            return k, listed, posts
        found = [m for t in texts if (m := _CREDIT_ROW.match(t.strip())) and P.is_person_name(m["name"].strip())]
        if len(found) != len(texts):
            return None
        rows += [(m["name"].strip(), m["role"]) for m in reversed(found)]
    return None


def _authors_table(units: list[Unit], j: int, body_start: int) -> tuple[int, list[Author]] | None:
    """A table of the authors ending at ``units[j]``: a header row that names a column of names and one of
    institutions or posts ("Name | Position | Institution"), one row a line under it, each a person's name. Where the
    header stands and the authors, in order; None when the rows above ``units[j]`` are no such table."""
    rows = []
    for k in range(j, body_start, -1):
        cells = [c.strip() for c in _CELLS.split(units[k].text.strip())]
        while cells and not cells[-1]:
            cells.pop()  # an empty last cell: "Zoë Müller | Associate Fellow |"
        if len(cells) < 2 or (k < j and units[k].line != units[k + 1].line - 1):
            return None
        if _NAME_COLUMN.fullmatch(cells[0]) and all(_ROLE_COLUMN.fullmatch(c) or _PLACE_COLUMN.fullmatch(c) for c in cells[1:]):
            if not rows or k - 1 <= body_start or P.label(units[k - 1].text) not in P.BIO_LABELS:
                return None  # under "About the authors" only: a table of people interviewed names no author
            roles = [bool(_ROLE_COLUMN.fullmatch(c)) for c in cells]
            places = [bool(_PLACE_COLUMN.fullmatch(c)) for c in cells]
            listed = []
            for row in rows:
                post = next((row[i] for i in range(1, len(row)) if roles[i] and row[i]), None) if len(roles) > 1 else None
                place = next((row[i] for i in range(1, min(len(row), len(places))) if places[i] and row[i]), None)
                listed.append(Author(row[0], place, post))
            return k, listed
        if not P.is_person_name(cells[0]) or len(rows) >= 12:
            return None
        rows.insert(0, cells)
    return None


def _first_authors(layout: Layout, authors: list[Author] | None, rule: str, unit: Unit) -> None:
    """Authors read under the text (a credit, a signature, a close): the authors only when nothing above named any."""
    if authors and not any(f.field == "authors" for f in layout.findings):
        layout.findings.append(Finding("authors", authors, rule, unit.line, unit.text))


def _take_authors(layout: Layout, listed: list[Author], rule: str, unit: Unit) -> None:
    """Authors read under the text: the authors when the head names none; else the affiliations of those it named
    without one."""
    named = next((f.value for f in layout.findings if f.field == "authors"), None)
    if named is None:
        _first_authors(layout, listed, rule, unit)
        return
    for author in named:
        match = next((a for a in listed if a.name == author.name), None)
        if match and author.affiliation is None:
            author.affiliation, author.position = match.affiliation, author.position or match.position


# A letter's close, the words before its signers: a valediction, or "With our thanks and good wishes for your term,"
_CLOSE = re.compile(rf"(?:{_VALEDICTION}|with (?:our|my) [\w’'-]+)\b[^.!?:;]{{0,70}},", re.I)
_CLOSE_AND_NAME = re.compile(r"(?P<close>[^,]{3,90},)\s+(?P<name>[^,]{3,60})")  # the close and the first name, run into one line


def _signed_close(units: list[Unit], j: int, body_start: int, lines: list[str]) -> tuple[int, list[Author]] | None:
    """A letter's signers ending at ``units[j]``, under its close (the caller asks only of a letter that greets someone;
    thanks to people listed are no close): each signer's name on a line, with the role on the
    line right under it ("Director, Harbour Institute", read as the affiliation). Where the close stands and the
    signers, in order; None when the lines above ``units[j]`` are not such a block."""
    signers: list[Author] = []
    role = None  # the role line read last, waiting for the name above it
    for k in range(j, body_start, -1):
        text = units[k].text.strip()
        run_in = _CLOSE_AND_NAME.fullmatch(text)
        name = run_in["name"] if run_in and _CLOSE.fullmatch(run_in["close"]) and P.is_person_name(run_in["name"]) else None
        if name or (_CLOSE.fullmatch(text) and role is None):
            if name:
                signers.insert(0, Author(name, *P.describe(role)) if role else Author(name))
            return (k, signers) if signers and (name or role is None) else None
        if P.is_person_name(text) and not P.is_institution(text):
            signers.insert(0, Author(text, *P.describe(role)) if role else Author(text))
            role = None
        elif role is None and word_count(text) <= 16 and not ends_sentence(text) and lines[units[k].line - 2].strip():
            role = text  # no blank line above it: the role under a name
        else:
            return None
    return None


# "Lisbon, 2 de fevereiro de 2026", "Paris, le 3 mars 2026", "Berlin, den 4. März 2026": where and when it was written.
_PLACE_DATE = re.compile(rf"^(?P<place>[{P._UP}][\w'’.-]*(?:[ -][{P._UP}][\w'’.-]*){{0,3}}),\s+(?:(?:le|den|am|el|il|dnia|op|em)\s+)?(?P<date>.+)$")


def _closing_date(text: str, last: bool = False) -> str | None:
    """"Brussels, 4 March 2026" under the text, or the date alone ("January 2026") under the text's last sentence or
    its signer's name, as a submission is signed off (``last``); a date under a line that ends no sentence is a
    timetable's."""
    match = _PLACE_DATE.match(text.strip())
    if not match or len(text.split()) > 10:
        return P.parse_date(text.strip()) if last and len(text.split()) <= 4 else None
    return P.parse_date(match["date"])


def _date_from_closing(closing: list[tuple[str, Unit]], layout: Layout) -> None:
    """The place-and-date line under the last paragraph dates the brief only when the head states no date."""
    if len(closing) != 1 or any(f.field == "date" for f in layout.findings):
        return
    iso, unit = closing[0]
    layout.findings.append(Finding("date", iso, "closing-place-date", unit.line, unit.text))


_IMPRINT_DATE = re.compile(
    r"\b(?:first\s+)?(?:published|publié|publiée|veröffentlicht|erschienen|publicado|pubblicato|opublikowano|gepubliceerd)\s+"
    r"(?:in|on|en|im|am|em|nel|w|le)?\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|[^,.;]{4,30}?)\s+(?:by|par|von|por|da|przez|door)\b", re.I)  # "12.03.2026"


_FIRST_APPEARED = re.compile(r"^(?:this (?:[\w-]+ ){0,2}(?:was |is )?)?(?:first |originally )?(?:published|appeared) (?:first )?in (?:the )?(?-i:[A-ZÀ-Ý])[^.]{2,80}? "
                             r"on (?P<date>[^.]{6,30}?)(?:\.?$|,?\s+(?:under the (?:title|headline)|as)\s+\S.*$)", re.I)  # ("… under the title "X".")


def _date_after_last_comma(text: str) -> str | None:
    """The date an imprint, a copyright line or a citation ends with, after its last comma ("…, Madrid, 12 de enero de 2026.")."""
    return P.parse_date(text.strip().rstrip(".").rsplit(",", 1)[-1].strip())


def _date_from_imprint(layout: Layout) -> None:
    """An imprint that says when the paper was published ("Published in March 2026 by the Fondation …", often on
    the back cover) dates it only when nothing else does, and only with one date; or gives the day of the month the
    cover states ("March 2026" on the cover, "Published 12 March 2026 by …" in the imprint)."""
    stated = {str(f.value) for f in layout.findings if f.field == "date"}
    if stated and not all(len(v) == 7 for v in stated):
        return
    found = {(iso, unit.line, unit.text) for unit in layout.boilerplate for m in _IMPRINT_DATE.finditer(unit.text) if (iso := P.parse_date(m["date"]))}
    # "© Instituto Ibérico …, Madrid, 12 de enero de 2026.": a copyright line that ends in a whole date
    found |= {(iso, unit.line, unit.text) for unit in layout.boilerplate if unit.text.lstrip().startswith("©")
              and len(iso := _date_after_last_comma(unit.text) or "") == 10}
    # "Harbour Yearbook 2026 · Northern Harbour Institute · Kiel, January 2026": an imprint in segments at a page's foot
    found |= {(iso, r.line, r.text) for r in layout.removed if r.reason == IMPRINT_REASON and (iso := P.imprint_date(r.text))}
    # "Published by the Harbour Institute, Athens, March 2026.": the imprint's last part is when
    found |= {(iso, unit.line, unit.text) for unit in layout.boilerplate if re.match(r"(?:first\s+)?published by\b", unit.text.strip(), re.I)
              and (iso := _date_after_last_comma(sentences(unit.text.strip())[0]))}
    # "Published online: 04 Mar 2026." among a cover page's notices
    found |= {(iso, unit.line, unit.text) for unit in layout.boilerplate if PUBLISHED_LABEL.match(unit.text.strip()) and word_count(unit.text) <= 8
              and len(iso := P.parse_date(unit.text.strip().rstrip(".")) or "") == 10}
    # "Published: 11 May 2020 | Updated: 1 June 2020", "Date: 05.03.2026" among a page's bibliographic fields, under the text
    # (a date in a box of other items under the text, "Read next" or "Upcoming event", is theirs)
    end = layout.blocks[-1].line if layout.blocks else 0
    foot = [(u.line, u.text) for u in layout.boilerplate] + [(r.line, r.text) for r in layout.removed if r.line > end and (
        r.reason == PUBLICATION_DATES_REASON or _in_fields_block(layout.lines, r.line))]
    found |= {(iso, line, text) for line, text in foot if line > end and (iso := _published_field(text))}
    # "First published in the Athens Evening Review on 12 February 2026.": where and when this text first appeared
    found |= {(iso, unit.line, unit.text) for unit in layout.boilerplate if (m := _FIRST_APPEARED.match(unit.text.strip()))
              and len(iso := P.parse_date(m["date"]) or "") == 10}
    # "Cite as: Lee, A., "…", Kiel: Harbour Institute, 27 January 2026.": a suggested citation of this text, whose title it names
    title = _found_title(layout)
    found |= {(iso, line, text) for line, text in _suggested_citations(layout) if title and title in normalise_for_match(text)
              and not re.search(r"\b(?:updated|revised|first published|originally published|published in)\b", text, re.I)  # not this text's date
              and len(iso := _date_after_last_comma(text) or "") == 10}
    isos = {iso for iso, _, _ in found}
    if len(isos) == 1 and (not stated or (len(only := next(iter(isos))) == 10 and all(only.startswith(v) for v in stated))):
        iso, line, text = min(found, key=lambda f: f[1])
        layout.findings.append(Finding("date", iso, "imprint-date", line, text))


_FIELD_ROW = re.compile(r"^[^\W\d_][\w /'’-]{1,30}:\s+\S")  # "Publication type: Memo", "Publisher: Harbour Institute"


def _in_fields_block(lines: list[str], number: int) -> bool:
    """Whether the line is one of a block of "Label: value" fields, a line right above or under it another ("Publication
    type: Memo" / "Date: 05.03.2026" / "Publisher: …")."""
    return any(0 < n <= len(lines) and _FIELD_ROW.match(lines[n - 1].strip()) for n in (number - 1, number + 1))


def _published_field(text: str) -> str | None:
    """The whole date of a line of publication fields: "Published: 11 May 2020 | Updated: 1 June 2020" gives the first,
    "Date: 05.03.2026" its date; an update's field alone ("Updated: 1 June 2020") or a month gives none."""
    return next((iso for _label, iso, updated in dated_fields(text) or [] if not updated and len(iso) == 10), None)


# A suggested citation's authors, before the year in brackets: "Ribeiro, Ana and Kowalczyk, Adam (2026)", "Lee, Ann; Novak, Jan (2026)"
_CITED_AUTHORS = re.compile(r":\s*(?P<names>[^()\"“”]{3,200}?)\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)")
_CITED_NAME = re.compile(r"^(?P<surname>[^\W\d_][\w'’ -]*?),\s+(?P<given>[^\W\d_]{2,}[\w'’-]*(?: [^\W\d_]{2,}[\w'’-]*)?)$")


def _authors_from_citation(layout: Layout) -> None:
    """A paper that names its authors only in its suggested citation ("Suggested citation: Ribeiro, Ana and
    Kowalczyk, Adam (2026), "Title", …"): they are its authors, when the citation names this text's title and
    no other line names any. Names written with initials only ("Ribeiro, A.") are not whole names: none are read."""
    title = _found_title(layout)
    if not title or any(f.field == "authors" for f in layout.findings):
        return
    for line, text in _suggested_citations(layout):
        if not (title in normalise_for_match(text) and (found := _CITED_AUTHORS.search(text))):
            continue
        parts = [p.strip() for p in re.split(r"\s*;\s*|,?\s+(?:and|&)\s+", found["names"].strip().rstrip(","))]
        names = [f"{m['given']} {m['surname']}" for p in parts if (m := _CITED_NAME.match(p))]
        if parts and len(names) == len(parts) and all(P.is_person_name(n) for n in names):
            layout.findings.append(Finding("authors", [Author(n) for n in names], "citation-authors", line, text))
            return


def _suggested_citations(layout: Layout) -> list[tuple[int, str]]:
    """How the text says to cite it, set apart from the text: "Cite as: Lee, A., "…", 2026.", or the label on a line
    of its own and the citation on the line under it ("Cite as:" / "'Title', Series, vol. 32, … 27 February 2026.")."""
    units = layout.boilerplate
    found = []
    for k, unit in enumerate(units):
        text = unit.text.strip()
        if not P.CITATION_LINE.match(text):
            continue
        if text.endswith(":") and k + 1 < len(units) and units[k + 1].line <= unit.line + 2:
            text = f"{text} {units[k + 1].text.strip()}"  # the label over its citation
        found.append((unit.line, text))
    return found


def _found_title(layout: Layout) -> str | None:
    """The title the head found, as compared with the text (``normalise_for_match``), or None."""
    return next((normalise_for_match(str(f.value)) for f in layout.findings if f.field == "title"), None)


def _title_from_running_header(layout: Layout) -> None:
    """A copy whose first page is lost states its title only in the running header of every page ("Holding the
    Line          Policy Paper 03/2026"): the header's words, when no other line is the title."""
    if any(f.field == "title" for f in layout.findings) or len(layout.running) < 2:
        return
    # each header's first words, past the page's number set before them ("21          Defence cooperation …")
    firsts = {next((s for s in re.split(r"(?<=\S)\s{3,}(?=\S)|\s+[|·•]\s+", r.text.strip()) if not re.fullmatch(r"\d{1,4}", s)), "") for r in layout.running}
    if len(firsts) != 1 or not P.heading_like(title := firsts.pop(), 24) or P.is_doctype(title) or P.is_institution(title) \
            or P.parse_date(title) or head_line(title) or re.search(r"\d", title):
        return
    first = min(layout.running, key=lambda r: r.line)
    layout.findings.append(Finding("title", title, "running-header-title", first.line, first.text))


def _date_from_last_edit(layout: Layout) -> None:
    """A wiki page's "This page was last edited on 9 January 2026, at 14:37." dates it when nothing else does."""
    if any(f.field == "date" for f in layout.findings):
        return
    edits = [r for r in layout.removed if r.reason == LAST_EDITED_REASON]
    found = {iso for r in edits if (m := re.search(r"\bon (.+?)(?:,? at \d|\.?$)", r.text)) and (iso := P.parse_date(m[1].strip()))}
    if len(found) == 1:
        layout.findings.append(Finding("date", found.pop(), "date-updated", edits[0].line, edits[0].text))



def _repeated_boilerplate(layout: Layout) -> list[tuple[int, str]]:
    """The publisher's lines printed on every page, such as a © footer with its page number ("© Kestrel Institute ·
    Security Note 2/2026 · 22.01.2026 · 1/2"): read as footers, whatever their page number."""
    key = {unit.line: re.sub(r"[\s·|•]*\d{1,3}\s*(?:/\s*\d{1,3})?\s*$", "", unit.text.strip()) for unit in layout.boilerplate}
    counts = Counter(key.values())
    return [(unit.line, unit.text) for unit in layout.boilerplate if counts[key[unit.line]] > 1]


def _date_from_footers(footers: list[tuple[int, str]], layout: Layout) -> None:
    """A running header or footer that prints one date on every page ("Forum · Paper 1/2026 · 20 January 2026 · 3")
    dates the brief only when nothing else does and every date it prints is the same."""
    if any(f.field == "date" for f in layout.findings):
        return
    found = {}
    for number, line in footers:
        for segment in re.split(r"\s*[|·•]\s*|\s{3,}", line):
            iso = date_after_comma(segment)  # the segment, or its end after a comma ("Harbour Dialogue, Gdynia, May 2026")
            if iso:
                found.setdefault(iso, (number, line))
    if len(found) == 1:
        (iso, (number, line)), = found.items()
        layout.findings.append(Finding("date", iso, "running-footer", number, line))


_WRITTEN_BY = re.compile(r"^(?:written by|geschrieben von|écrit par|escrito por|scritto da|napisane przez|geschreven door)\s+\S", re.I)


def _references_label_above(units: list[Unit], j: int, body_start: int) -> bool:
    """A "References" or "Bibliography" label above a run of reference entries that reaches down to ``j``."""
    for k in range(j - 1, body_start - 1, -1):
        if P.is_notes_label(units[k].text):
            return True
        if not P.reference_entry(units[k].text):
            return False
    return False


def _author_card(units: list[Unit], j: int, body_start: int) -> int | None:
    """Where an author's card at the foot of a page starts, when ``units[j]`` is its last line: the name alone on a
    line and, right under it, the post and place of work ("Ana Lindqvist" / "Senior Fellow, Harbour Institute"), in
    one paragraph or two lines; maybe under a label ("About the author", "Written by") and a photo's caption
    ("[Photo: Ana Lindqvist]"). None when there is no such card."""
    lines = units[j].text.strip().split("\n")
    if len(lines) == 2:
        name, post, top = lines[0].strip(), lines[1].strip(), j
    elif len(lines) == 1 and j - 1 > body_start and "\n" not in units[j - 1].text and (directly_under(units[j - 1], units[j]) or (
            units[j].line - units[j - 1].line <= 4 and P.card_name(units[j - 1].text) != units[j - 1].text.strip())):
        # (a name under its label, "Written by Ana Lee", may stand over her counters of followers, left out, and then her post)
        name, post, top = units[j - 1].text.strip(), lines[0].strip(), j - 1
    else:
        return None
    if any(u.role != "paragraph" for u in units[top : j + 1]):
        return None  # a letter's signatories, read already
    name = re.sub(r"^\[(?:photo|image|picture)\]\s*", "", name, flags=re.I)  # "[photo] Dr. Katalin Szűcs": the photo's place
    name, post = P.card_name(name), P.card_post(post) or post  # "Written by Ana Lee" / "Researcher at X (Kiel). Writing on …"
    if not P.is_person_name(name) or ends_sentence(name) or ends_sentence(post) or len(post.split()) > 14 or P.is_person_name(post) \
            or re.search(r"\S\s{3,}\S|[:\d@]", f"{name} {post}"):
        return None  # ("Industry    All Industries" / "Region    Europe": a record's fields; "Press office: +00 …": a contact)
    described = P.describe(post.replace(" | ", ", "))[0]
    if not (described or P.is_institution(post) or P.role_only(post) or set(post.lower().replace(",", " ").split()) & P.ROLE_WORDS - {"of", "and", "&", "de", "policy", "research", "programme", "program"}):
        return None  # a post and a place, a place, or a post alone ("Senior Fellow, Foreign Policy")
    above = top - 1
    while above - 1 > body_start and P.is_person_name(units[above - 1].text.rsplit(", ", 1)[-1].strip()):
        if ", " in units[above - 1].text or not directly_under(units[above - 1], units[above]):
            return None  # "With our thanks to the experts who spoke to us for this brief," over their names: no authors
        above -= 2  # other cards over this one ("Jan Novak" / "Harbour Master, Port of Gdynia")
    if above > body_start and units[above].text.rstrip().endswith((",", ":")):
        return None
    first = name.split()[-1]
    if top - 1 > body_start and re.fullmatch(rf"\[?(?:photo|image|picture|foto)\s*:?\s*.*\b{re.escape(first)}\]?", units[top - 1].text.strip(), re.I):
        top -= 1  # the card's photo, captioned with the name
    if top - 1 > body_start and _card_label(units[top - 1].text):
        top -= 1
    return top


def _card_label(text: str) -> bool:
    """The label over an author's card: "About the author", "AUTHOR", "Written by", "Authors"."""
    return P.label(text) in P.BIO_LABELS | {"author", "authors", "written by", "by", "expert", "experts", "our expert"} or bool(re.fullmatch(r"\[?(?:photo|image|picture|foto)\s*:.*", text.strip(), re.I))


def _under_a_card(units: list[Unit], j: int, body_start: int) -> bool:
    """A short paragraph about the author right under the card ("Her work focuses on …"), or the card's contact line."""
    text = units[j].text.strip()
    if word_count(text) > 60 or _author_card(units, j - 1, body_start) is None:
        return False
    return bool(re.match(r"(?:her|his|their|she|he|they)\b", text, re.I) or re.match(r"(?:e-?mail|tel|phone)\s*:", text, re.I))


def _in_author_box(units: list[Unit], j: int, body_start: int) -> bool:
    """A paragraph of an author box: a bio label ("About the author", "Über den Autor", "Over de auteurs") stands
    at most three short paragraphs above it; or it is a short bio right under the box's "Written by Name"."""
    if j > body_start and _WRITTEN_BY.match(units[j - 1].text) and word_count(units[j - 1].text) <= 8 and word_count(units[j].text) <= 40:
        return True
    for k in range(j, max(body_start, j - 4), -1):
        if k < j and P.label(units[k].text) in P.BIO_LABELS:
            return True
        if word_count(units[k].text) > 90 or (k < j and units[k].role == "boilerplate"):
            return False  # (a notice between: the box ended above it)
    return False


def _plain_note(units: list[Unit], j: int, markers: set[int] | frozenset[int] = frozenset()) -> tuple[int, str, str] | None:
    """"1 Memorandum on …": a note numbered without a point, only in a run of such notes under a notes label, or
    in a run from 1 whose every number marks a note in the body ("…the Gulf.¹")."""
    found = P.page_note_item(units[j].text)
    if not found or not re.match(r"\s*\d", units[j].text):
        return None
    run = [found[0]]
    for unit in reversed(units[:j]):
        if P.is_notes_label(unit.text):
            return found[0], found[1], "plain"
        if not (above := P.page_note_item(unit.text)) or not re.match(r"\s*\d", unit.text):
            break
        run.insert(0, above[0])
    if run == list(range(1, len(run) + 1)) and set(run) <= markers:
        return found[0], found[1], "plain"
    return None


def notes_in_order(items: list[tuple[int, str]]) -> dict[int, str]:
    """Notes by number; when a number repeats (notes numbered per page), all are kept, renumbered 1, 2, 3… in order.
    A web page's link back to where the note is cited ("… in Jeddah. ↩") is no part of the note."""
    items = [(number, re.sub(r"\s*[↩↑⤴⮐]\ufe0e?$", "", text)) for number, text in items]
    numbers = [number for number, _ in items]
    if len(set(numbers)) == len(numbers):
        return dict(items)
    return {index: text for index, (_, text) in enumerate(items, 1)}


_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A note's number that lost its raise in a PDF's text dump, glued to the word and the stop it follows: "the Gulf.1 Shipments".
_GLUED_MARKER = re.compile(r"(?<=[^\W\d_][.,;:!?\"”’)])(?P<n>\d{1,2})(?=\s|$)")


_LETTER_NOTE = re.compile(r"^\s*\[(?P<mark>[a-z])\]\s+\S")
_LETTER_MARK = re.compile(r"(?<=\S)\[(?P<mark>[a-z])\]")


def lettered_notes(lines: list[str]) -> list[str]:
    """Notes keyed by letters in brackets ("…after Brexit.[a]" and, under "Notes", "[a] Council of the European
    Union, …"): numbered 1, 2, 3 in both places, when the notes run a, b, c… and the text marks exactly those letters."""
    notes = [n for n, line in enumerate(lines) if _LETTER_NOTE.match(line)]
    letters = [_LETTER_NOTE.match(lines[n])["mark"] for n in notes]
    if len(notes) < 2 or letters != [chr(ord("a") + k) for k in range(len(notes))]:
        return lines
    marks = {m["mark"] for line in lines[: notes[0]] for m in _LETTER_MARK.finditer(line)}
    if marks != set(letters):
        return lines
    number = {letter: str(k + 1) for k, letter in enumerate(letters)}
    kept = [_LETTER_MARK.sub(lambda m: f"[{number[m['mark']]}]", line) for line in lines[: notes[0]]] + lines[notes[0] :]
    for n in notes:
        kept[n] = re.sub(r"^(\s*)\[([a-z])\]", lambda m: f"{m[1]}[{number[m[2]]}]", lines[n])
    return kept


_FN_NOTE = re.compile(r"^(?P<indent>\s*)fn\.?\s?(?P<n>\d{1,3})\s+(?=\S)", re.I)  # "fn. 1 The European Council …" in the notes list
_FN_MARK = re.compile(r"\s+fn\.?\s?(?P<n>\d{1,3})(?=\s|$)", re.I)  # "… in June 2003. fn. 1 Montenegro …" in the text


FN_MARK_REASON = "a note's mark written \"fn.\" (the note keeps its number)"


def fn_notes(lines: list[str]) -> tuple[list[str], list[Removed]]:
    """Notes marked " fn. 1" in the text and listed "fn. 1 …" under it: written as "[1]" in both places, which the
    bracketed notes' rules read, when the list runs 1, 2, 3… and the text marks exactly those numbers. The "fn."
    of each is listed."""
    notes = [n for n, line in enumerate(lines) if _FN_NOTE.match(line)]
    numbers = [int(_FN_NOTE.match(lines[n])["n"]) for n in notes]
    if not notes or numbers != list(range(1, len(notes) + 1)):
        return lines, []
    found = [(n, m) for n, line in enumerate(lines[: notes[0]]) for m in _FN_MARK.finditer(line)]
    if sorted(int(m["n"]) for _, m in found) != numbers:
        return lines, []
    kept = [_FN_MARK.sub(lambda m: f"[{m['n']}]", line) for line in lines[: notes[0]]] + lines[notes[0] :]
    for n in notes:
        kept[n] = _FN_NOTE.sub(lambda m: f"{m['indent']}[{m['n']}] ", lines[n])
    removed = [Removed(m.group().strip()[: -len(m["n"])].strip(), n + 1, FN_MARK_REASON) for n, m in found]
    removed += [Removed(_FN_NOTE.match(lines[n]).group().strip()[: -len(str(k))].strip(), n + 1, FN_MARK_REASON) for n, k in zip(notes, numbers, strict=True)]
    return kept, removed


# The same in lower-case Roman numerals, as some publishers number their endnotes: "…for at least two countries.i Yet".
_GLUED_ROMAN = re.compile(r"(?<=[^\W\d_][.,;:!?\"”’)])(?P<n>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))(?=\s|$)")
# "…in late 2024.[i]": in brackets, after a word or a mark (a note line's own "[i] The E5 …" opens its line)
_BRACKETED_ROMAN = re.compile(r"(?<=\S)\[(?P<n>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\]")
_ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"]
ROMAN_NOTE_REASON = "a note's number in Roman numerals (the note keeps it as a number)"


def raise_glued_markers(lines: list[str]) -> tuple[list[str], list[Removed]]:
    """Note numbers glued to the words they follow ("…the Gulf.1", "…by the spring,2", "…two countries.i") are
    raised again ("…the Gulf.¹") when they run 1, 2, 3… (or i, ii, iii…) in reading order and each note is listed
    below the line that cites it, one a line and in the same order ("1 Customs data …", "ii   NIDE database …"), at
    the end of the text or at the foot of each page; a Roman
    note's number becomes its figure (listed). Any other number or letter after a word stays as it is."""
    for pattern, value, name in ((_GLUED_MARKER, int, str), (_GLUED_ROMAN, _ROMAN.index, lambda k: _ROMAN[k]),
                                 (_BRACKETED_ROMAN, _ROMAN.index, lambda k: re.escape(f"[{_ROMAN[k]}]"))):
        found = [(number, match) for number, line in enumerate(lines) for match in pattern.finditer(line)]
        if len(found) < 2 or len(found) >= len(_ROMAN) or [value(m["n"]) for _, m in found] != list(range(1, len(found) + 1)):
            continue
        notes, listed = {}, 1
        for number in range(found[0][0] + 1, len(lines)):
            if listed <= len(found) and found[listed - 1][0] < number and re.match(rf"\s*{name(listed)}\s+\S", lines[number]):
                notes[number] = listed  # under the line that cites it: at the end, or at the foot of its page
                listed += 1
        if listed <= len(found):
            continue
        kept = list(lines)
        for number in sorted({n for n, _ in found}):
            kept[number] = pattern.sub(lambda m, value=value: str(value(m["n"])).translate(_SUPERSCRIPT_DIGITS), kept[number])
        roman = pattern is not _GLUED_MARKER
        removed = [Removed(m[0], number + 1, ROMAN_NOTE_REASON) for number, m in found] if roman else []
        if roman:
            for number, note in notes.items():
                label = re.match(r"\s*\[?([ivx]+)\]?", lines[number])
                removed.append(Removed(label[1], number + 1, ROMAN_NOTE_REASON))
                kept[number] = f"{note} {lines[number][label.end():].strip()}"
        return kept, removed
    return lines, []


def renumber_markers(blocks: list[Block], printed: list[int]) -> None:
    """Markers follow their notes when notes numbered per page (1, 2 / 1, 2, 3) were renumbered 1…5.

    Only when the body's superscript markers, in reading order, are exactly the printed
    numbers of the notes: then the k-th marker is the k-th note's. Otherwise they are left.
    """
    if len(set(printed)) == len(printed):
        return
    markers = [superscript_to_int(m.group()) for block in blocks for m in SUPERSCRIPT_RUN.finditer(block.text)]
    if markers != printed:
        return
    numbers = iter(range(1, len(printed) + 1))
    for block in blocks:
        block.text = SUPERSCRIPT_RUN.sub(lambda _match: str(next(numbers)).translate(_SUPERSCRIPT_DIGITS), block.text)


# A note's number in round brackets after a word or a sentence ("… citizens. (5)", "… bargain(2)"): not after a
# colon or a comma and a space, where "(1) that …, (2) that …" enumerates.
_ROUND_MARKER = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.!?\"”’)])\s?)\((?P<n>\d{1,3})\)(?=\s|$)")


def _experts_under_headings(layout: Layout, common: frozenset[str]) -> None:
    """An expert reaction's or a round-up's parts, each under a heading that is one person and the place they work
    ("Iryna Bondarenko, Kyiv Centre for Security Studies") over what they say: those people are the authors, when
    the head names none. Two parts or more; the headings stay, as the page sets them."""
    if any(f.field == "authors" for f in layout.findings):
        return
    experts = []
    for k, block in enumerate(layout.blocks):
        if block.kind != "heading" or ", " not in block.text or k + 1 >= len(layout.blocks) or layout.blocks[k + 1].kind != "paragraph":
            continue
        found = authors_from(block.text, common)
        if found and len(found) == 1 and found[0].affiliation and P.is_institution(found[0].affiliation):
            experts.append((block, found[0]))
    if len(experts) >= 2 and len({a.name for _b, a in experts}) == len(experts):
        layout.findings.append(Finding("authors", [a for _b, a in experts], "expert-headings", experts[0][0].line, experts[0][0].text))


NOTE_PARAGRAPH_REASON = "a note set as a paragraph under the one it annotates (read into the notes, its mark put there)"
_NOTE_PARAGRAPH = re.compile(r"^(?:note|anmerkung|nota|remarque|uwaga|noot)\s+(?P<n>\d{1,3})\s*[:.–—-]\s+(?P<text>\S.*)$", re.I | re.S)


def _note_paragraphs(layout: Layout) -> None:
    """Notes given as paragraphs of their own, each under the paragraph it annotates ("Note 1: The Counter Terrorism
    Group …"), in a text with no other notes and no marks: two or more, numbered 1, 2, 3… in order. Each is read into
    the notes, and its mark set at the end of the paragraph above it, where the text put the note."""
    if layout.notes:
        return
    found = [(k, _NOTE_PARAGRAPH.match(b.text.strip())) for k, b in enumerate(layout.blocks) if b.kind == "paragraph"]
    # a note's text opens as a sentence does and is short; "Note 1: deterrence by denial requires …" under "Three Notes on
    # Deterrence" is one of the essay's points
    titled = " ".join(str(f.value) for f in layout.findings if f.field == "title")
    found = [(k, m) for k, m in found if m and k > 0 and layout.blocks[k - 1].kind == "paragraph" and m["text"][:1].isupper()
             and word_count(m["text"]) <= 60 and ends_sentence(layout.blocks[k - 1].text)]
    if re.search(r"\bnotes?\b", titled, re.I):
        return
    if len(found) < 2 or [int(m["n"]) for _k, m in found] != list(range(1, len(found) + 1)) or any(re.search(NOTE_REF, b.text) for b in layout.blocks):
        return
    for k, match in found:
        layout.notes[int(match["n"])] = match["text"].strip()
        above = layout.blocks[k - 1]
        above.text = f"{above.text.rstrip()}[{match['n']}]"
        layout.removed.append(Removed(layout.blocks[k].text, layout.blocks[k].line, NOTE_PARAGRAPH_REASON))
    dropped = {k for k, _m in found}
    layout.blocks = [b for k, b in enumerate(layout.blocks) if k not in dropped]


def _bracketed_markers(blocks: list[Block], notes: dict[int, str]) -> None:
    """Markers in round brackets are the notes' references ("[5]") when every one of them, in reading order, is
    a note's number and they rise: a list of notes numbered "(1)", "(2)" is marked so in the text."""
    found = [int(m["n"]) for block in blocks if block.kind == "paragraph" for m in _ROUND_MARKER.finditer(block.text)]
    if not found or not set(found) <= set(notes) or found != sorted(found):
        return
    for block in blocks:
        if block.kind == "paragraph":
            block.text = _ROUND_MARKER.sub(lambda m: f"[{m['n']}]", block.text)


_CARET_MARKER = re.compile(r"(?<=\S)\[\^(?P<n>\d{1,3})\]")


def _caret_markers(blocks: list[Block], notes: dict[int, str]) -> None:
    """A Markdown footnote's reference ("…voice.[^3]") is the note's reference ("[3]") when the note is defined."""
    for block in blocks:
        if block.kind in {"paragraph", "item"}:
            block.text = _CARET_MARKER.sub(lambda m: f"[{m['n']}]" if int(m["n"]) in notes else m[0], block.text)


_BODY_MARKER = re.compile(rf"{NOTE_REF}|(?<=[a-z.,;:!?\"”’])\((?P<round>\d{{1,3}})\)(?=\s|$)")  # "[3]" or "(3)" after a word


def _body_markers(units: list[Unit]) -> set[int]:
    found = set()
    for unit in units:
        for match in _BODY_MARKER.finditer(unit.text):
            found.add(int(match["ref"] or match["round"]))
        found.update(superscript_to_int(m.group()) for m in SUPERSCRIPT_RUN.finditer(unit.text))  # "…the Gulf.¹"
    return found


def _notes_heading_above(units: list[Unit], j: int) -> bool:
    for unit in reversed(units[:j]):
        if P.is_notes_label(unit.text):
            return True
        if not (P.note_item(unit.text) or _SYMBOL_ITEM.match(unit.text)):
            return False
    return False


# A note keyed by a symbol: "* …", "† …", "‡ …", "§ …", "** …".
_SUPERSCRIPT_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"  # "…earlier.ᵃ" / "ᵃ European Defence Agency, …": notes keyed by letters
_SYMBOL_ITEM = re.compile(rf"^\s*(?P<sym>\*{{1,3}}|†{{1,2}}|‡{{1,2}}|§(?!\s*\d)|‖|¶|[{_SUPERSCRIPT_LETTERS}])(?:(?<=[{_SUPERSCRIPT_LETTERS}])\s*|\s+)(?P<text>\S.*)$", re.S)  # "§ 2 of …" cites a section
# The symbol's marker in the text: after a word or a sentence's end ("…ships later.‡", "came late†"); an asterisk only
# after a sentence's punctuation ("…politicians.*"), since after a word or a quote it may close an emphasis
_SYMBOL_MARKER = re.compile(rf"(?:(?<=[.,;:!?])\*{{1,3}}|(?<=[\w.,;:!?\"”’)])(?:†{{1,2}}|‡{{1,2}}|§|‖|¶|[{_SUPERSCRIPT_LETTERS}]))(?=\s|$)")


def _symbol_keys(units: list[Unit], body_start: int, end: int, numbered: set[int]) -> dict[str, int]:
    """Notes keyed by symbols under the notes label, each symbol once and each a marker in the text: the number of
    each, in the order they are listed, after the numbered notes' (``numbered``: the numbers the text's markers
    carry). None (empty) when a symbol repeats (a list of "* " bullets under "Notes")."""
    listed = [m["sym"] for u in units[body_start:end] if (m := _SYMBOL_ITEM.match(u.text))]
    markers = {m[0] for u in units[body_start:end] for m in _SYMBOL_MARKER.finditer(u.text)}
    if not listed or len(set(listed)) != len(listed) or not set(listed) <= markers:
        return {}
    return {symbol: number for number, symbol in enumerate(listed, max(numbered, default=0) + 1)}


def _symbol_note(text: str, keys: dict[str, int]) -> tuple[int, str, str] | None:
    """``(number, text, "symbol")`` of a note keyed by a symbol ("† Three of the five …"); else None."""
    match = _SYMBOL_ITEM.match(text)
    return (keys[match["sym"]], match["text"].strip(), "symbol") if match and match["sym"] in keys else None


def _symbol_markers(blocks: list[Block], keys: dict[str, int]) -> None:
    """The text's symbol markers ("…later.‡") as the references ("[3]") of the notes they key."""
    for block in blocks:
        if block.kind in {"paragraph", "item"}:
            block.text = _SYMBOL_MARKER.sub(lambda m: f"[{keys[m[0]]}]" if m[0] in keys else m[0], block.text)


# -- body --------------------------------------------------------------------

_IMPRINT = re.compile(rf"^(?:©|\(c\)\s*\d{{4}}|Copyright\s+(?:©|\(c\)|\d{{4}}))|^(?:This (?:\w+ ){{0,3}}(?:is|was) )?[Pp]ublished by\b|\b(?:{P.RIGHTS_RESERVED})\b", re.I)


# A sponsor's line on a cover: "With the support of …", "Avec le soutien de …", "Gefördert durch …", "Przy wsparciu …".
_SPONSOR = re.compile(
    r"^(?:with (?:the )?(?:\w+ )?support (?:of|from)|(?:generously )?(?:supported|funded|sponsored) by|avec le (?:\w+ )?soutien (?:de|du|des)|"
    r"(?:réalisé |publié )?(?:grâce au soutien|financé par)|(?:mit (?:der )?(?:freundliche[nr]? )?unterstützung|gefördert (?:von|durch))|"
    r"con (?:el|il) (?:\w+ )?(?:apoyo|sostegno|patrocinio)|com o (?:\w+ )?apoio|financiado por|finanziato da|przy (?:wsparciu|współpracy)|"
    r"(?:dofinansowano|sfinansowano) (?:ze|z)|met (?:de )?(?:steun|ondersteuning) van|med (?:stöd|støtte) (?:från|av|fra)|s podporou|za podpory|"
    r"με την (?:υποστήριξη|χορηγία))\b",
    re.I,
)


def _body_fields(units: list[Unit], layout: Layout) -> list[Unit]:
    """A document's metadata set in its first pages rather than its head ("Author: Name, Service" / "Editor: Name" /
    "Date: 23-01-2026" after the summary): two or more such lines together are read into the metadata (an author
    or a date only where the head gave none; an editor is no author) and listed, not kept in the body."""
    kept, index = [], 0
    while index < len(units):
        run = 0
        while index + run < len(units) and index + run < 40 and _FIELD_LABEL_LINE.match(units[index + run].text.strip()):
            run += 1
        if run < 2:
            kept.append(units[index])
            index += 1
            continue
        for unit in units[index : index + run]:
            match = _FIELD_LABEL_LINE.match(unit.text.strip())
            label, value = match["label"].lower(), match["value"].strip()
            if label.startswith(("author", "auteur", "autor")) and not any(f.field == "authors" for f in layout.findings):
                if (found := authors_from(value)):
                    layout.findings.append(Finding("authors", found, "body-fields", unit.line, unit.text))
            elif label in {"date", "datum", "fecha", "data"} and (iso := P.parse_date(value)):
                # where the head gave none, or gave the same date less precisely ("January 2026" on the cover)
                if all(iso.startswith(str(f.value)) for f in layout.findings if f.field == "date"):
                    layout.findings.append(Finding("date", iso, "body-fields", unit.line, unit.text))
            layout.removed.append(Removed(unit.text, unit.line, "metadata lines in the body (read into the metadata)"))
        index += run
    return kept


_TIMESTAMP = re.compile(r"^(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*[·•|,]\s*(?P<after>.+)|(?P<before>.+?)\s*[·•|,]\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)$")


def _post_timestamps(units: list[Unit], layout: Layout) -> list[Unit]:
    """A post's time and date under its text ("9:02 AM · Mar 11, 2026"), as a thread of posts shows them: listed,
    not kept; the first dates the text when the head gave no date."""
    kept = []
    for unit in units:
        match = _TIMESTAMP.match(unit.text.strip())
        iso = P.parse_date(match["after"] or match["before"]) if match and word_count(unit.text) <= 8 else None
        if iso is None:
            kept.append(unit)
            continue
        if not any(f.field == "date" for f in layout.findings):
            layout.findings.append(Finding("date", iso, "post-timestamp", unit.line, unit.text))
        layout.removed.append(Removed(unit.text, unit.line, "a post's time and date (read into the metadata)"))
    return kept


HEAD_REPEAT_REASON = "the head repeated where the text goes on (a second part or page: masthead, title, byline, date)"


STANDFIRST_REASON = "the standfirst under the title (read into the summary, shown above the text)"


def _emphasised(text: str) -> str | None:
    """The words of a text set in bold or italics as a whole ("**…**", "__…__", "*…*"), else None."""
    match = re.fullmatch(r"(\*\*|__)(?P<inner>[^*_].*[^*_])\1", text.strip(), re.S)
    return match["inner"] if match else P.in_italics(text)


def _drop_head_repeats(units: list[Unit], layout: Layout) -> list[Unit]:
    """The lines of the head set again inside the body, as a text published in parts repeats its masthead, title,
    byline and date where the second part begins: listed, not kept. Only a whole line of the head counts, and under
    it the byline set again in another form ("Ann Lee* and Jan Nowak†" for two lines of names and institutes) or a
    date line ("This version: 9 February 2026"), which dates the text when the head gave no date."""
    seen = {normalise_for_match(u.text) for u in layout.head if 2 <= word_count(u.text) <= 40}  # "Analysis" may head a section too
    seen |= {normalise_for_match(str(f.value)) for f in layout.findings if f.field == "title" and word_count(str(f.value)) >= 2}  # a cover's "Title" field
    known = {a.name for f in layout.findings if f.field == "authors" for a in f.value}
    units = _drop_cover_matter(units, seen, layout)
    kept: list[Unit] = []
    in_repeat = False
    titles = {normalise_for_match(str(f.value)) for f in layout.findings if f.field == "title"}
    kept_title = False
    for unit in units:
        text = unit.text.strip()
        if in_repeat and kept_title and not kept and (dek := _emphasised(text)) and word_count(dek) <= 60 and not any(f.field == "standfirst" for f in layout.findings):
            layout.findings.append(Finding("standfirst", dek, "standfirst-under-repeated-title", unit.line, text))
            layout.removed.append(Removed(unit.text, unit.line, STANDFIRST_REASON))
            in_repeat = False  # "**Berlin wants reassurance …**" under the title set again: the page's standfirst
            continue
        repeated = word_count(text) <= 40 and normalise_for_match(text) in seen
        kept_title = repeated and normalise_for_match(text) in titles
        if repeated and not in_repeat and kept and directly_under(kept[-1], unit):
            repeated = False  # the line right under a line of the text's own ("Senior Fellow" / "Baltic Policy Forum"): its part, not a head again
        if not repeated and in_repeat and word_count(text) <= 12:
            names = authors_from(text) if "\n" not in text else None
            iso = P.parse_date(text) if not names else None
            repeated = bool(names and known and {a.name for a in names} <= known) or bool(iso)
            if iso and not any(f.field == "date" for f in layout.findings):
                layout.findings.append(Finding("date", iso, "head-repeat-date", unit.line, unit.text))
        in_repeat = repeated
        if repeated:
            layout.removed.append(Removed(unit.text, unit.line, HEAD_REPEAT_REASON))
        else:
            kept.append(unit)
    return kept


SIDEBAR_AUTHORS_REASON = "an authors box set inside the text (a page's sidebar, read into the metadata)"


def _part_bylines(units: list[Unit], layout: Layout) -> list[Unit]:
    """A collection's parts, each with its writer's name in italics under its heading ("1. Will Europe keep paying?"
    / "_Tomás Ribeiro_"): the names leave the text, when two parts or more are so signed by writers the head or the
    bios name."""
    writers = {a.name for f in layout.findings if f.field == "authors" for a in f.value}
    writers |= {a.name for bio in layout.bios for a in P.parse_bios(bio.text) or []}
    bylines = {i for i, unit in enumerate(units) if i and (name := P.in_italics(unit.text.strip())) and name in writers
               and heading_like(units[i - 1].text) and not ends_sentence(units[i - 1].text.rstrip("?"))}
    if len(bylines) < 2:
        return units
    for i in sorted(bylines):
        layout.removed.append(Removed(units[i].text, units[i].line, PART_BYLINE_REASON))
    return [unit for i, unit in enumerate(units) if i not in bylines]


PART_BYLINE_REASON = "the byline of a part of the text (its writer's name)"


def _debate_sides(units: list[Unit], start: int, layout: Layout, common: frozenset[str]) -> int:
    """A debate in parts, each under its own heading and its writer's line ("The case for" / "Søren Kragh, Senior
    Fellow at …" / the text; "The case against" / "Eleni Markou, …" / the text): two parts or more. Each writer is
    an author; each heading stays the text's (the head may have read the first as a subtitle, its writer as a
    byline). Returns where the body starts."""
    def side(i: int) -> list[Author] | None:
        heading = units[i].text.strip() if i + 2 < len(units) else ""
        if not ((len(heading.split()) <= 6 and _SIDE_HEADING.match(heading)) or _QUOTED_HEADLINE.fullmatch(heading)):
            return None
        found = authors_from(units[i + 1].text, common)
        named = found is not None and len(found) == 1 and (found[0].affiliation or found[0].position or "," in units[i + 1].text)
        if named and _QUOTED_HEADLINE.fullmatch(heading) and (bylined or not (found[0].affiliation and P.is_institution(found[0].affiliation))):
            return None  # a quoted line and who said it, in a brief with its own byline: a speech it discusses, no part of its own
        return found if named and word_count(units[i + 2].text) > 25 else None

    bylined = any(f.field == "authors" for f in layout.findings)
    in_head = start >= 2 and units[start - 2].role == "subtitle" and units[start - 1].role == "byline" and side(start - 2) is not None
    parts = [i for i in range(start, len(units) - 2) if side(i)]
    if not parts or len(parts) + in_head < 2:
        return start
    if in_head:  # the first part's heading is the text's, not a subtitle
        subtitle = units[start - 2]
        subtitle.role = "paragraph"
        layout.findings = [f for f in layout.findings if not (f.field == "subtitle" and f.line == subtitle.line)]
        units.insert(start - 1, units.pop(start - 2))  # its writer's line stays in the head; the heading opens the body
        start -= 1
    for i in parts:
        if _QUOTED_HEADLINE.fullmatch(units[i].text.strip()):
            units[i].role = "part-heading"  # an answer's headline in quotes: its heading, which a quote alone would not be
        units[i + 1].role = "part-byline"
        layout.findings.append(Finding("authors", side(i), "debate-side", units[i + 1].line, units[i + 1].text))
    return start


# A part's headline in quotation marks, as a round-up of answers heads each: "“Europe can do more than it thinks”"
_QUOTED_HEADLINE = re.compile(r"[\"“„«‘'](?=\S)(?P<words>[^\"“”„«»]{3,100})(?<=\S)[\"”»’']")
# A debate's side: "The case for", "The case against", "Yes", "No", "For", "Against", "Pro", "Contra", "Point", "Counterpoint"
# ("The mayor's view" over "Name, Mayor of …" quotes someone: a report's, not a debate's)
_SIDE_HEADING = re.compile(r"^(?:the\s+)?(?:(?:case|argument)s?\s+(?:for|against)\b.*|(?:yes|no|for|against|pro|con|contra|point|counterpoint)"
                           r"(?:\s*[:.,—–-].*)?|in favou?r\b.*|(?:pour|contre|dafür|dagegen|a favor|en contra)\b.*)$", re.I)


def _side_bylines(units: list[Unit], layout: Layout) -> list[Unit]:
    """The writers' lines of a debate's parts (``_debate_sides``): read into the authors, listed, out of the text."""
    for unit in units:
        if unit.role == "part-byline":
            layout.removed.append(Removed(unit.text, unit.line, PART_BYLINE_REASON))
    return [unit for unit in units if unit.role != "part-byline"]


def _signed_parts(units: list[Unit], layout: Layout) -> list[Unit]:
    """A text in parts by several authors (a debate's "Yes" and "No"): each part signed "— Name" and the writer's bio
    under it. The signature and the bio leave the text; the bio is the author's, as a closing one is."""
    known = frozenset(a.name for f in layout.findings if f.field == "authors" for a in f.value)
    if len(known) < 2:
        return units
    kept, skip = [], set()
    for i, unit in enumerate(units):
        if i in skip:
            continue
        signed = _signature(unit.text) if "," not in unit.text else None  # "— Name" alone
        bios = P.parse_bios(units[i + 1].text, known) if signed in known and i + 1 < len(units) else None
        if bios and [a.name for a in bios] == [signed]:
            layout.removed.append(Removed(unit.text, unit.line, _TAIL_REASONS["signature"]))
            layout.removed.append(Removed(units[i + 1].text, units[i + 1].line, "bio of a part's writer (read into the metadata)"))
            units[i + 1].role = "bio"
            layout.bios.append(units[i + 1])
            layout.bios.sort(key=lambda bio: bio.line)  # in reading order, with the closing bios
            skip.add(i + 1)
            continue
        kept.append(unit)
    return kept


def _sidebar_authors(units: list[Unit], layout: Layout) -> list[Unit]:
    """A page's box of authors linearised into the text: a lone "Authors" label, then each name with its role and
    institution on the lines under it, one block of lines (a blank may part one author's from the next's). It names
    the authors when the head names none."""
    if any(f.field == "authors" for f in layout.findings):
        return units
    for i, unit in enumerate(units):
        if "\n" in unit.text or len(unit.text) > 30 or word_count(unit.text) > 2:
            continue
        claim = author_lines(HeadState(units, i=i))
        count = claim.count if claim else 0
        if count < 2 or any(not 0 < units[i + k].line - units[i + k - 1].line <= 2 for k in range(1, count)):
            continue  # one block of lines, or a blank between one author's lines and the next's
        layout.findings += claim.findings
        for box in units[i : i + count]:
            layout.removed.append(Removed(box.text, box.line, SIDEBAR_AUTHORS_REASON))
        return units[:i] + units[i + count :]
    return _displaced_byline(units, layout)


DISPLACED_BYLINE_REASON = "the byline, set after the text's first paragraph (a PDF's reading order put it there; read into the metadata)"


def _displaced_byline(units: list[Unit], layout: Layout) -> list[Unit]:
    """A PDF whose reading order put the author's card after the first paragraph: the name alone on a line, then
    one a line the post, the place of work and the date, each short, then the text again. It names the author (and
    dates the text) when the head named no one."""
    if any(f.field in {"authors", "date"} for f in layout.findings):
        return units  # the head named its author or dated the text: a name under the first paragraph is someone it is about
    common = P.common_words(layout.text)
    for i in range(1, min(4, len(units))):
        name = units[i].text.strip()
        if "\n" in name or not P.is_person_name(name) or P._common_phrase(name, common) or not ends_sentence(units[i - 1].text) \
                or word_count(units[i - 1].text) < 20:
            continue
        end = i + 1
        while end < len(units) and end - i <= 4 and units[end].line == units[end - 1].line + 1 and word_count(units[end].text) <= 10 \
                and not ends_sentence(units[end].text):
            end += 1
        card = [u.text.strip() for u in units[i + 1 : end]]
        dates = [iso for line in card if (iso := P.parse_date(line)) and len(line) <= 30]
        posts = [line for line in card if not P.parse_date(line)]
        affiliation, position = P.describe(", ".join(posts)) if posts else (None, None)
        if not card or not dates or end >= len(units) or word_count(units[end].text) < 12:
            continue
        layout.findings.append(Finding("authors", [Author(P.tidy_name(name), affiliation and P.institution_name(affiliation), position)],
                                       "displaced-byline", units[i].line, name))
        if dates and not any(f.field == "date" for f in layout.findings):
            layout.findings.append(Finding("date", dates[0], "displaced-byline", units[i].line, name))
        for unit in units[i:end]:
            layout.removed.append(Removed(unit.text, unit.line, DISPLACED_BYLINE_REASON))
        return units[:i] + units[end:]
    return units


_HEAD_REASONS = {  # head lines that give no field, or not only one
    "book": "head: the name of the report a chapter is from, over the chapter's label and title",
    "periodical": "head: the newsletter's or periodical's name and the issue's number and date (read into the metadata)",
    "newsletter-preamble": "head: the newsletter's greeting, contents and the label over its essay",
    "chapter-label": "head: the chapter's label over its title",
    "in-volume": "head: the volume a chapter appeared in, as it cites it (its publisher read into the metadata)",
    "page-about": "the page about the document, above the document itself (an episode's or an event's page; its title and date are the page's)",
    "question": "head: a written question and its answer's fields (the answer is the text; its fields give its author and date)",
    "chrome": "head: site chrome above the title (a search box, menu, breadcrumb or kicker)",
    "page-field": "head: a field of the page under its byline or date (its category, topic or language)",
    "above-title": "head: a short line above the title and its byline or date that no rule reads (listed with the head, not kept)",
    "reading-estimate": "head: a reader view's estimate of the reading time",
    "cover": "head: the cover's line under its title (the title page after it sets the head again)",
    "mail-header": "head: a list archive's header and the sender's note above the text (the time it was sent dates the text)",
}


# The label over a newsletter's essay: "1. ESSAY", "THE ESSAY", "This week's essay", "Lead essay"
_ESSAY_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:the |this week['’]s |lead |main |our )?(?:essay|analysis|long read|feature|main story|commentary)\s*:?$", re.I)


def _newsletter_essay(units: list[Unit], body_start: int, layout: Layout) -> int:
    """A newsletter whose head (its name and issue) gives no title: its greeting and its list of contents, then the
    essay's label ("1. ESSAY") and the essay's title. The title is read, the lines above it listed; the essay is the
    text. Returns where the body starts."""
    if any(f.field == "title" for f in layout.findings) or not any(u.role == "periodical" for u in units[:body_start]):
        return body_start
    for k in range(body_start, min(body_start + 8, len(units) - 2)):
        if _ESSAY_LABEL.match(units[k].text.strip()) and heading_like(units[k + 1].text) and word_count(units[k + 2].text) > 20:
            for unit in units[body_start : k + 1]:
                unit.role = "newsletter-preamble"
            units[k + 1].role = "title"
            layout.findings.append(Finding("title", units[k + 1].text.strip(), "newsletter-essay", units[k + 1].line, units[k + 1].text))
            if (number := re.match(r"\d{1,2}", units[k].text.strip())):
                _drop_other_items(units, k + 2, int(number[0]) + 1, layout)
            return k + 2
    return body_start


_STAFF_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?:the )?(?:editors|editorial (?:team|board|staff)|newsletter team|team|redaction|la rédaction|die redaktion|"
                              r"la redacción|la redazione|redakcja|de redactie)\.?", re.I)


_NEWSLETTER_ITEM = re.compile(r"(?:the )?(?:diary|agenda|calendar|events?|upcoming events|what we['’]re reading|reading(?: list)?|further reading|links|"
                              r"in brief|briefly|also this week|quick takes|news(?: in brief)?|jobs|from the network|in other news)", re.I)


def _drop_other_items(units: list[Unit], start: int, number: int, layout: Layout) -> None:
    """The newsletter's items after its essay, from the next numbered label ("2. DIARY") to its footer: listed, out
    of the text (in place)."""
    label = next((j for j in range(start, len(units)) if (m := re.fullmatch(rf"{number}[.)]\s*(?P<kind>[^\W\d_][^\n]{{1,40}})", units[j].text.strip()))
                  and _NEWSLETTER_ITEM.fullmatch(m["kind"].strip())), None)
    if label is None:
        return  # "2. WHAT BRUSSELS SHOULD DO" goes on with the essay: only a newsletter's own items ("2. DIARY") are others
    end = label
    while end < len(units) and (end == label or not (P.is_boilerplate(units[end].text) or web_furniture(units[end].text) or P.parse_bios(units[end].text))):
        end += 1
    layout.removed += [Removed(u.text, u.line, OTHER_ITEMS_REASON) for u in units[label:end]]
    del units[label:end]


def _after_page_break(units: list[Unit], i: int, lines: list[str]) -> bool:
    """Whether a page break stands between ``units[i - 1]`` and ``units[i]``."""
    last = units[i - 1].line + units[i - 1].text.count("\n")
    return any("\f" in lines[n] for n in range(last, units[i].line) if n < len(lines))


# A page's pointer to the document it carries below: "Read the brief discussed in this episode:", "Below is the full paper."
_LEAD_IN = re.compile(r"^(?:read|see|download|find|here is|below is|below,?)\b[^.]{0,80}?\b(?:brief|paper|report|article|analysis|essay|text|"
                      r"commentary|study|policy brief)\b[^.]{0,60}?(?:\s+below)?\s*[:.]?$", re.I)


def _document_under_page(units: list[Unit], start: int, layout: Layout, common: frozenset[str]) -> int:
    """A page about a document (a podcast episode's, an event's) that sets the document itself under it, after a
    pointer to it ("Read the brief discussed in this episode:") and with its own head (a title, and a byline or a
    date): the document is the text. The page above it is listed; its head gives way to the document's head, and
    gives only what that head does not state (the publisher the page names). Returns where the body starts."""
    if any(f.field == "authors" for f in layout.findings):
        return start  # a page with its own byline: what it points to are its parts ("Read their analysis below:")
    for k in range(start, min(start + 30, len(units) - 2)):
        if not _LEAD_IN.match(units[k].text.strip()) or word_count(units[k].text) > 16:
            continue
        taken, findings = read_head(units[k + 1 :], common)
        fields = {f.field for f in findings}
        if not taken or "title" not in fields or not fields & {"authors", "date"}:
            continue
        for unit in units[start : k + 1]:
            unit.role = "page-about"
        for unit in units[:start]:
            unit.role = "page-about" if unit.role in {"title", "subtitle", "date", "byline"} else unit.role
        layout.findings = findings + [f for f in layout.findings if f.field not in fields and f.field in {"publisher"}]
        return k + 1 + taken
    return start


def _title_page(units: list[Unit], start: int, layout: Layout, common: frozenset[str]) -> int:
    """A cover (masthead, title, subtitle) and, after its page break, a title page that sets the masthead or the
    title again with what the cover lacks: the series, the authors one a line, the editor. The cover's lines under
    its head are listed; the title page is read as a head too, and gives the fields the cover did not (its title
    only the cover's in the title page's own letter case). Returns where the body starts."""
    if not start or start >= len(units):
        return start
    seen = {normalise_for_match(u.text) for u in units[:start] if u.role in {"masthead", "title"}}
    seen |= {normalise_for_match(str(f.value)) for f in layout.findings if f.field == "title"}  # a cover sheet's "Title: …" field
    title = next((u for u in units[:start] if u.role == "title"), None)
    page = next((i for i in range(start, min(len(units), start + MAX_COVER_UNITS + 1)) if _after_page_break(units, i, layout.lines)), None)
    # the title page's masthead or title, or its title under the masthead and series ("HARBOUR INSTITUTE" / "Policy Paper 3")
    # the cover's lines under its head: few words, its notices aside ("To cite this article: …", "© 2026 The Author(s).")
    cover_words = sum(word_count(u.text) for u in units[start:page] if not (P.is_notice(u.text) or P.is_boilerplate(u.text)))
    if page is None or not any(normalise_for_match(u.text) in seen for u in units[page : page + 3]) or cover_words > 40:
        return start
    roles = [u.role for u in units[page:]]
    end, findings = read_head(units[page:], common)
    def bare(text: str) -> str:  # "NAVIES & NARROW SEAS" and "Navies and Narrow Seas", "THE NARROW SEAS" and "Narrow Seas: …"
        return re.sub(r"^the ", "", normalise_for_match(text.replace("&", " and ")))

    inner = next((bare(str(f.value)) for f in findings if f.field == "title"), None)
    if not end or (inner and seen and not any(inner.startswith(b) or b.startswith(inner) for s in seen if (b := bare(s)))):
        for unit, role in zip(units[page:], roles, strict=True):
            unit.role = role
        return start  # a title there that is not the cover's: the text's first heading, under the inside cover's masthead
    for unit in units[start:page]:
        unit.role = "cover"
        if P.is_notice(unit.text) or P.is_boilerplate(unit.text) or PUBLISHED_LABEL.match(unit.text.strip()):
            layout.boilerplate.append(unit)  # read for the publisher or the date it names ("© 2026 … Published by X")
    known = {f.field for f in layout.findings}
    layout.findings += [f for f in findings if f.field not in known]
    inner = next((f for f in findings if f.field == "title"), None)
    cover = next((f for f in layout.findings if f.field == "title" and f.line == (title.line if title else None)), None)
    if inner and cover and str(cover.value).isupper() and str(inner.value).casefold().startswith(str(cover.value).casefold()):
        cover.value = str(inner.value)[: len(str(cover.value))]  # "SHELLS, SCALE …" as the title page sets it: "Shells, Scale …"
    return page + end


COVER_REASON = "the cover page's notices under the head (the text begins again on the next page with its title)"
MAX_COVER_WORDS = 100  # a cover's imprint and notices, never a page of prose
MAX_COVER_UNITS = 8


def _drop_cover_matter(units: list[Unit], seen: set[str], layout: Layout) -> list[Unit]:
    """A cover page whose head is set again at the top of the next page ("Published by …", "This paper can be
    downloaded from …" between them): the short lines between the cover's head and that page break are the
    cover's notices, listed as boilerplate, not the text's first paragraphs. Prose (a summary, a section) stays."""
    repeat = next((i for i, u in enumerate(units[: MAX_COVER_UNITS + 1]) if len(u.text) < 400 and word_count(u.text) <= 40 and normalise_for_match(u.text) in seen), None)
    if not repeat:
        return units
    cover = units[:repeat]
    if sum(word_count(u.text) for u in cover) > MAX_COVER_WORDS or any(P.label(u.text) in P.SECTION_LABELS for u in cover):
        return units
    prose = [k for k, u in enumerate(cover) if word_count(u.text) > 25 and ends_sentence(u.text) and not (P.is_notice(u.text) or P.is_boilerplate(u.text))]
    if len(prose) > 1 or any(k and heading_like(cover[k - 1].text) and not ends_sentence(cover[k - 1].text) for k in prose):
        return units  # prose under a section's heading, or paragraphs: the text's first section, under a head every page repeats
    between = range(cover[-1].line + cover[-1].text.count("\n"), units[repeat].line)
    if not _after_page_break(units, repeat, layout.lines) and not any(r.line in between for r in layout.running):
        return units
    for unit in cover:
        unit.role = "boilerplate"
        layout.boilerplate.append(unit)
        layout.removed.append(Removed(unit.text, unit.line, COVER_REASON))
    return units[repeat:]


def _drop_inner_boilerplate(units: list[Unit], layout: Layout) -> list[Unit]:
    """An imprint line inside the body ("Published by the X Institute, Athens", "© X 2026") under a cover or a
    page's end, or a sponsor's line ("Avec le soutien de la Région …"): publisher boilerplate, not a heading.
    A sentence that says who published or supported something stays."""
    kept = []
    marked = any(f.rule == "marked-authors" for f in layout.findings)  # the head's authors carry the marks these lines key
    for k, unit in enumerate(units):
        # an imprint in segments ("Yearbook 2026 · X Institute · Madrid, enero de 2026") only over the page's © line
        foot = k + 1 < len(units) and units[k + 1].text.lstrip().startswith(("©", "(c)", "Copyright"))
        reason = _inner_boilerplate(unit.text.strip(), marked, foot)
        if reason is None:
            kept.append(unit)
            continue
        unit.role = "boilerplate"
        layout.boilerplate.append(unit)
        layout.removed.append(Removed(unit.text, unit.line, reason))
    return kept


def _inner_boilerplate(text: str, marked: bool = False, foot: bool = False) -> str | None:
    """Why a unit inside the body is publisher boilerplate, or None when it is the text. With ``marked``, the head's
    authors carry marks, and a line keyed by one ("a Danish Centre for …, Aarhus") is their affiliation."""
    if word_count(text) <= 8 and P.SERIAL_NUMBER.search(text) and not ends_sentence(text):  # "ISBN 978-… (PDF)" alone
        return "publisher boilerplate (the imprint's serial number)"
    if _SPONSOR.match(text) and word_count(text) <= 14 and not ends_sentence(text) and "," not in text:
        return "publisher boilerplate (a sponsor's line)"
    if P.CONTACT_LINE.match(text) or P.CORRESPONDING.match(text):
        return "a contact line (the corresponding author)"
    if marked and (note := P.AFFILIATION_NOTE.match(text)) and P.is_institution(note["institution"]):
        return "an author's affiliation keyed by its mark (read into the metadata)"
    if P.is_disclaimer(text):
        return "publisher boilerplate (a disclaimer)"
    if foot and P.imprint_date(text):
        return IMPRINT_REASON
    if word_count(text) <= 25 and _IMPRINT.search(text) and (not ends_sentence(text) or not text.startswith(("This", "Published"))) and P.publisher_from(text):
        return "publisher boilerplate"
    return None


IMPRINT_REASON = "publisher boilerplate (an imprint: the publisher, the place and the date)"
_QUOTED = re.compile(r"^[“\"«„‘»‹](?P<inner>[^“”\"«»„]{10,400})[”\"»“’«›]$")


def _drop_pull_quotes(units: list[Unit], layout: Layout) -> list[Unit]:
    """A short line in quotation marks, standing alone, that repeats a sentence of the body nearly word for word
    (a pull quote the page set in large type): listed, not kept. A quotation that repeats nothing stays."""
    prose = [(unit, [set(_words(s)) for s in sentences(unit.text)]) for unit in units if not _QUOTED.match(unit.text.strip())]
    kept = []
    for unit in units:
        quoted = _QUOTED.match(unit.text.strip())
        words = set(_words(quoted["inner"])) if quoted and word_count(unit.text) <= 40 else set()
        if len(words) >= 4 and any(_near(words, s) for other, said in prose if other is not unit for s in said):
            layout.removed.append(Removed(unit.text, unit.line, "a pull quote: repeats a sentence of the body"))
        else:
            kept.append(unit)
    return kept


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _near(quote: set[str], sentence: set[str]) -> bool:
    shared = len(quote & sentence)
    return shared >= 0.75 * len(quote) and shared >= 0.6 * len(sentence)



_CELL_GAP = re.compile(r"\s{3,}|\t")
MIN_TABLE_ROWS = 3  # two lines set in columns may be a heading and a date; three with the same cells are a table


def _cells(text: str) -> list[str]:
    """A line's cells when it is set in columns (runs of three or more spaces between short cells), else []. A row
    of a typed table (``tables.typed_tables``) has its cells set apart by tabs, empty cells and long ones kept."""
    if CELL_SEPARATOR in text and "\n" not in text:
        cells = [c.strip() for c in text.strip(" ").split(CELL_SEPARATOR)]
        return cells if len(cells) >= 2 and any(cells) else []
    cells = [c for c in _CELL_GAP.split(text.strip()) if c]
    return cells if len(cells) >= 2 and all(len(c.split()) <= 6 for c in cells) else []


def _table_rows(units: list[Unit], start: int) -> int:
    """How many units from ``start`` are rows of one table: lines in a row, each with the same number of cells."""
    width = len(_cells(units[start].text))
    count = 1
    while (width and start + count < len(units) and units[start + count].line == units[start + count - 1].line + 1
           and len(_cells(units[start + count].text)) == width):
        count += 1
    return count if width and count >= MIN_TABLE_ROWS else 0


_TURN_MARK = re.compile(r"^(?P<mark>[A-ZÀ-Ý][\w'’.-]{0,24}|[A-Z]{1,3}):\s+\S")  # "Keller: …", "HK: …", "Q: …"
_EMPHASISED_LINE = re.compile(r"\*(?=[^\s*])(?P<words>[^*]{2,100})(?<=[^\s*])\*")  # "*The problem*": a chat's bold


def _body_blocks(units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    prose = [normalise_for_match(u.text) for u in units if len(u.text.split()) > 25]
    paragraph_numbers = {int(m[1]) for u in units if (m := _NUMBERED_PARAGRAPH.match(u.text))}
    starred = sum(bool(_EMPHASISED_LINE.fullmatch(u.text)) for u in units)  # lines in "*…*", as a chat sets its headings
    # an interview's turns, each under its speaker's mark ("Keller: …?", "HK: …?", "Q: …"): a mark that opens three
    # paragraphs or more is a speaker's, and a question under it is a turn, not a heading
    turns = Counter(m["mark"] for u in units if (m := _TURN_MARK.match(u.text)))
    table_end = 0
    for index, unit in enumerate(units):
        if index < table_end:
            continue
        if (rows := _table_rows(units, index)):
            cells = [_cells(u.text) for u in units[index : index + rows]]
            blocks.append(Block("table", " ".join(c for row in cells for c in row), unit.line, rows=cells))
            table_end = index + rows
            continue
        text = unit.text
        nxt = units[index + 1].text if index + 1 < len(units) else None
        prev = units[index - 1].text if index else None
        run_in = _RUN_IN.match(text)
        if run_in and P.label(run_in["label"]) in _RUN_IN_LABELS:  # "Abstract: The EU has …": the label, then its paragraph
            blocks += [Block("heading", run_in["whole"], unit.line), Block("paragraph", run_in["rest"], unit.line)]
        elif text.startswith("**") and text.endswith("**") and len(text) > 4:
            bold = text[2:-2].strip()  # "**Summary**" over a paragraph: a heading; a sentence in bold: a pull quote
            heading = nxt is not None and not ends_sentence(bold) and _is_heading(bold, prev, nxt)
            blocks.append(Block("heading" if heading else "pullquote", bold, unit.line))
        elif starred >= 2 and (emphasis := _EMPHASISED_LINE.fullmatch(text)) and nxt is not None and not ends_sentence(emphasis["words"]) \
                and _is_heading(emphasis["words"], prev, nxt):
            blocks.append(Block("heading", emphasis["words"], unit.line))  # "*The problem*": a chat's bold over each of its sections
        elif _BULLET.match(text):
            blocks.append(Block("item", _BULLET.sub("", text), unit.line))
        elif _list_item(text, prev, nxt) or _numbered_paragraph(text, paragraph_numbers):
            blocks.append(Block("item", text, unit.line))  # keeps its number: an ordered list
        elif unit.role == "part-heading" and nxt is not None:
            blocks.append(Block("heading", text.strip(), unit.line))
        elif nxt is not None and _is_heading(text, prev, nxt) and not (blocks and blocks[-1].kind == "table" and _SOURCE_LABEL.match(text)) \
                and not ((turn := _TURN_MARK.match(text)) and turns[turn["mark"]] >= 3) \
                and not (blocks and blocks[-1].kind == "heading" and not numbered(text) and _table_rows(units, index + 1)):  # a table's caption
            blocks.append(Block("heading", text.strip("*_ "), unit.line))
        elif _is_echo(text, prose):
            blocks.append(Block("pullquote", text, unit.line))
        else:
            blocks.append(Block("paragraph", text, unit.line))
    _set_heading_levels(blocks)
    return blocks


# A summary's label run into its paragraph: "Abstract: …", "BLUF: …", "Executive Summary: …", "Zusammenfassung: …".
# The label may spell itself out in brackets: "BLUF (Bottom line up front): …".
_RUN_IN = re.compile(r"^(?P<whole>(?P<label>[^\W\d_][\w'’ ]{1,30}?)(?:\s*\([^()]{2,40}\))?)\s*:\s+(?P<rest>[A-Z0-9\"“‘'(].{40,})$", re.S)
_RUN_IN_LABELS = {
    "abstract", "summary", "executive summary", "bluf", "bottom line up front", "bottom line", "key judgement", "key judgements",
    "key judgment", "key judgments", "in brief", "in short", "overview", "synopsis", "tl;dr", "key findings", "key messages",
    "résumé", "synthèse", "zusammenfassung", "kurzfassung", "resumen", "sintesi", "riassunto", "resumo", "streszczenie", "samenvatting",
    "sammanfattning", "sammendrag", "resumé", "tiivistelmä", "rezumat", "shrnutí", "περίληψη",
}


_NUMBERED_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+(?=\S)(?=(?:\S+\s+){20})")  # "8. The Rapporteur proposes …": a numbered paragraph


def _numbered_paragraph(text: str, numbers: set[int]) -> bool:
    """A paragraph of a text that numbers its paragraphs through its sections ("1." under "Purpose", "2." under
    "Background"): its number is one of a run the text has elsewhere."""
    match = _NUMBERED_PARAGRAPH.match(text)
    return bool(match) and ends_sentence(text) and bool({int(match[1]) - 1, int(match[1]) + 1} & numbers)


def _list_item(text: str, prev: str | None, nxt: str | None) -> bool:
    """A numbered line among numbered lines, unless it is a numbered section heading ("2.", "2.1 The money")."""
    if not numbered(text) or not (numbered(nxt or "") or numbered(prev or "")):
        return False
    subsection = bool(re.match(r"^\d{1,2}\.\d{1,2}\s", text)) and heading_like(text)
    return not subsection and not _section_number(text, nxt or "") and not _numbering_restarts(text, prev, nxt) and not _heads_a_list(text, prev, nxt)


def _heads_a_list(text: str, prev: str | None, nxt: str | None) -> bool:
    """"5. Recommendations" over items "1. …", "2. …", under prose: a numbered section's heading over its own list,
    whose numbering starts again at one."""
    number, below = re.match(r"^(\d{1,2})[.)]\s", text), re.match(r"^(\d{1,2})[.)]\s", nxt or "")
    return bool(number and below) and int(number.group(1)) > 1 and int(below.group(1)) == 1 and heading_like(text, 10) \
        and not numbered(prev or "") and ends_sentence(prev or ".")


def _numbering_restarts(text: str, prev: str | None, nxt: str | None) -> bool:
    """"1. Introduction" under items "1. …" to "4. …": a short line whose number does not follow the item above, over prose,
    starts a section. A list item is a sentence; a numbered heading is short."""
    number, before = re.match(r"^(\d{1,2})[.)]?\s", text), re.match(r"^(\d{1,2})[.)]?\s", prev or "")
    if not number or not before or numbered(nxt or "") or not heading_like(text, 10):
        return False
    return int(number.group(1)) != int(before.group(1)) + 1


def _section_number(text: str, nxt: str) -> bool:
    """A numbered heading whose first subsection follows: "2. From budget to capability" then "2.1 The money"."""
    number = re.match(r"^(\d{1,2})\.?\s", text)
    return bool(number) and heading_like(text) and nxt.startswith(number.group(1) + ".") and bool(re.match(r"^\d{1,2}\.\d", nxt))


# A turn of an interview ("Q: …?") or a sentence opening with a conjunction ("So why …?") is not a heading.
_NOT_HEADING = re.compile(
    r"^(?:(?:Q|A|Question|Answer)\s*[:.]\s|(?:So|And|But|Or|Yet|Then)\s)|"
    # a caption: "Figure 1.", "Chart 2:", "Graphique 3 :", "Abbildung 4:", "Wykres 5.", "Tabla 1 –" (a figure's title, not a section's)
    r"^(?i:fig(?:ure|\.)?|chart|graph|exhibit|graphique|figura|gráfico|grafico|abbildung|abb\.|grafik|wykres|rys(?:unek|\.)|figuur|grafiek|"
    r"diagram|kaavio|kuvio|obrázek|graf|σχήμα|διάγραμμα)\s*\d{1,2}(?:\.\d{1,2})?\s*[.:–—-]\s",
)
# a table's or a figure's source under it: "Source: interviews …", "Fonte: …", "Quelle: …" (elsewhere it may head a section)
_SOURCE_LABEL = re.compile(r"^(?i:sources?|note|notes|quelle|quellen|fuente|fuentes|fonte|fontes|źródło|bron|källa|kilde)\s*:\s")


def _is_heading(text: str, prev: str | None, nxt: str) -> bool:
    if P.label(text) in P.SECTION_LABELS:
        return True
    if _NOT_HEADING.match(text):
        return False
    if prev is not None:
        prev = re.sub(r"(?<=[a-z][.!?])(?:\d{1,3}|\(\d{1,3}\)|\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]{1,3})$", "", prev)  # ".2", ".(2)", ".[2]", ".ᵇ": a note's mark
        prev = re.sub(r"(?<=[.!?])\s*(?:\[[^\]]{1,160}\]|\((?:source|sources|quelle|fuente|fonte|źródło)\b[^)]{1,160}\))$", "", prev, flags=re.I)  # ". [Budget Act 2026]": its source
    if not heading_like(text) or (prev is not None and not (ends_sentence(prev) or heading_like(prev) or _signature(prev) or _ADDRESS_ALONE.fullmatch(prev.strip()))):
        return False
    return True


_ADDRESS_ALONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")  # a mail or web address on its line ends a block, as a sentence does


def _is_echo(text: str, prose: list[str]) -> bool:
    """A short standalone sentence repeated inside a longer paragraph: a pull quote."""
    if not ends_sentence(text) or word_count(text) > 60:
        return False
    needle = normalise_for_match(text.strip().strip("\"“”„«»").strip())  # a pull quote in quotation marks: the words it repeats
    return any(needle in para and needle != para for para in prose)


def _heading_style(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return "caps"
    if re.match(r"^\d{1,2}\.\d", text):
        return "subnumbered"
    return "plain"


def _set_heading_levels(blocks: list[Block]) -> None:
    """CAPS headings outrank mixed-case ones when a brief uses both (EPC layout)."""
    headings = [b for b in blocks if b.kind == "heading"]
    styles = {_heading_style(b.text) for b in headings}
    for block in headings:
        style = _heading_style(block.text)
        if "caps" in styles:
            block.level = 2 if style == "caps" else 3
        else:
            block.level = 3 if style == "subnumbered" else 2
