"""Small text helpers shared by the stages."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from slugify import slugify as _slugify

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "etc", "cf",
    "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "sen", "rep", "gov", "jr", "sr",
    "ret", "retd", "rtd", "res",  # a retired rank: "Ambassador (ret.) Ana Ruiz"
}
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-ÞĀ-ŽΑ-ΩА-Я])")  # (a sentence may open with "Ł", "Ø", "Ž", "Α" or "Д")
_FOOTNOTE_REF = re.compile(r"\[\^\d+\]")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
TERMINAL = ".!?…:;"
CLOSERS = "\"”’')]*"
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})
# What QUOTES does, as a regular expression: str.translate with a table looks up every character
# of non-ASCII text, which made normalise_for_match a large part of conversion.
_QUOTE_CHARS = re.compile("[" + "".join(map(chr, QUOTES)) + "]")
_QUOTE_OF = {chr(code): quote for code, quote in QUOTES.items()}


def _straight_quote(match: re.Match) -> str:
    return _QUOTE_OF[match.group()]


def fold_quotes(text: str) -> str:
    """``text.translate(QUOTES)``, faster."""
    return _QUOTE_CHARS.sub(_straight_quote, text)


def superscript_to_int(text: str) -> int:
    return int("".join(str(_SUPERSCRIPTS.index(c)) for c in text))


# A note's reference after a word or a sentence: "voice.[3]" (not "[3](link)", a link's label)
NOTE_REF = r"(?<=[\w.,;:!?\"”’)])\[(?P<ref>\d{1,3})\](?!\()"

# The inline grammar of a brief's text: the few marks that web copies and
# dumps carry (links, emphasis, escapes, note markers). ``plain`` reads it to
# get the text a reader sees; the renderer (render/markdown.py) turns the same
# matches into Markdown and escapes everything between them.
INLINE = re.compile(
    r"\[(?P<label>(?:\\.|[^\[\]\\\n])+)\]\((?P<target>[^()\s]*)\)"  # [label](target), as web copies keep links
    r"|\\(?P<escaped>[\\`*_{}\[\]()#+\-.!])"  # a character the dump itself escaped, as Markdown does
    rf"|{NOTE_REF}"  # [3] note marker after a word
    r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"  # ³ note marker
    r"|(?P<url>\b(?:https?://|mailto:)[^\s<>\"'`\\()\[\]{}]*[^\s<>\"'`\\()\[\]{}.,;:!?’”])"  # a web address
    r"|\*\*(?P<strong>[^\s*](?:[^*]*[^\s*])?)\*\*"  # **strong**
    r"|(?<![\w*\\])\*(?P<em>[^\s*](?:[^*]*[^\s*])?)\*(?![\w*])"  # *emphasis* (titles of works in notes)
)
# Where a match of INLINE can start (the first character or literal of each alternative): text with
# none of these has no inline construct, and searching for them is a fraction of running INLINE.
INLINE_START = re.compile(r"[\[\\*⁰¹²³⁴⁵⁶⁷⁸⁹]|https?://|mailto:")
DUMP_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def safe_url(url: str) -> str | None:
    """``url`` when it is an http, https or mailto address with nothing that could break out of a link."""
    if not url.lower().startswith(SAFE_SCHEMES) or re.search(r"[\s<>\"'`\\()\[\]{}]", url):
        return None
    return url


def link_keeps_label(target: str) -> bool:
    """A ``[label](target)`` shows its label when the target is safe, empty, ``#`` or inside the publisher's
    site; a link to any other scheme (``javascript:``) is shown as the text it is."""
    return bool(safe_url(target)) or not _SCHEME.match(target)


def _visible(match: re.Match) -> str:
    if match["label"] is not None:
        return DUMP_ESCAPE.sub(r"\1", match["label"]) if link_keeps_label(match["target"]) else match.group()
    if match["escaped"] is not None:
        return match["escaped"]
    if match["sup"] is not None:
        return ""
    return match["strong"] or match["em"] or match.group()


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """What a reader sees of a brief's text: link labels, no emphasis marks, escapes or note markers."""
    return re.sub(r"\s+", " ", INLINE.sub(_visible, text)).strip()


_SPACE_RUN = re.compile(r"\s+")


def normalise_for_match(text: str) -> str:
    """Fold whitespace, quote marks and case so that look-alike text compares equal."""
    text = fold_quotes(plain(text)).replace("–", "-").replace("—", "-")
    return _SPACE_RUN.sub(" ", text).strip().casefold()


def sentences(text: str) -> list[str]:
    """Split prose into sentences, not breaking after common abbreviations."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"(\S+)$", text[start : match.start()])
        token = word.group(1).lower().rstrip(".").lstrip("([\"“‘'") if word else ""  # ("(e.g. …", "(ret.) …": in brackets)
        numbered = token in {"no", "nos", "art", "p", "pp"} and text[match.end() :].lstrip()[:1].isdigit()
        if match.group()[0] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or numbered):
            continue
        out.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with terminal punctuation (ignoring closing quotes, note markers)."""
    text = SUPERSCRIPT_RUN.sub("", _FOOTNOTE_REF.sub("", text)).rstrip().rstrip(CLOSERS)
    return bool(text) and text[-1] in TERMINAL


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def slugify(text: str, fallback: str = "item") -> str:
    """A URL slug, transliterated and never empty ("Łukasz Kowalski" -> "lukasz-kowalski", "北约" -> "bei-yue").

    Text with nothing to transliterate ("!!!") gets ``fallback`` and a short
    hash of the text, so that two such names still get distinct slugs.
    """
    slug = _slugify(text, max_length=80, word_boundary=True)
    return slug or f"{fallback}-{hashlib.sha1(text.encode()).hexdigest()[:8]}"


def unique_slugs(items: list[tuple[str, str]], reserved: frozenset[str] = frozenset(), fallback: str = "item") -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Distinct slugs for ``(key, text)`` pairs, and the collisions found.

    Deterministic: the first pair (in the order given, which callers make
    sorted) keeps the plain slug; a later key whose text slugs alike gets the
    slug plus a short hash of the key, so it does not move when other items
    come and go. Each collision is ``(slug, first_key, later_key)``.
    """
    slugs: dict[str, str] = {}
    owner: dict[str, str] = {slug: "" for slug in reserved}
    collisions = []
    for key, text in items:
        if key in slugs:
            continue
        slug = slugify(text, fallback)
        if slug in owner:
            collisions.append((slug, owner[slug], key))
            slug = f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
        owner[slug] = key
        slugs[key] = slug
    return slugs, collisions


_THREE_PAIRS = re.compile(r"(\S)\1(\S)\2(\S)\3")  # what every word of three pairs or more holds


def _paired(token: str, letter: bool = True, varied: bool = True) -> bool:
    """A word whose characters all come in pairs, with a letter among them (a rule of dashes, a run of spaces, is none);
    without ``letter``, a figure too ("22002266"), but never a run of spaces."""
    return len(token) >= 2 and len(token) % 2 == 0 and not token.isspace() and (not letter or any(c.isalpha() for c in token)) \
        and all(token[k] == token[k + 1] for k in range(0, len(token), 2)) and (not varied or len(token) < 6 or len(set(token.lower())) >= 2)
    # (a word of one letter repeated, "aaaaaa", is no evidence of fake bold; on a line that is, "IIIIII" is "III" doubled)


def undouble(line: str) -> str:
    """A line a PDF set in fake bold, each character printed twice ("CClloossiinngg  tthhee  SSttrraaiittss"): read once.
    Two words of three pairs or more on the line make it such a line, and then every word made of pairs ("AA",
    "NNoorrddiicc--BBaallttiicc") is halved, and the doubled spaces between them too; one word of four pairs or more alone
    is halved by itself ("ØØMMPPII  Policy Brief"). An acronym of two pairs ("IISS", "IIEE") or a word with a letter
    alone ("Mississippi", "keeper") is left as it is."""
    if not _THREE_PAIRS.search(line):
        return line  # no word of three pairs: not such a line (most lines are passed over here, on every line parsed)
    parts = re.split(r"(\s+)", line)
    strong = sum(_paired(p, letter=False) and len(p) >= 6 for p in parts)
    if strong >= 2 and any(_paired(p) and len(p) >= 6 for p in parts):
        halved = [_paired(p, letter=False, varied=False) for p in parts]  # on such a line its figures are doubled too: "44  MMaarrcchh  22002266"
    elif strong == 1 and any(_paired(p) and len(p) >= 8 for p in parts):
        halved = [_paired(p, varied=False) and len(p) >= 8 for p in parts]
    else:
        return line
    out = []
    for k, part in enumerate(parts):
        if halved[k]:
            out.append(part[::2])
        elif part == "  " and 0 < k < len(parts) - 1 and halved[k - 1] and halved[k + 1]:
            out.append(" ")  # the space between two such words, printed twice too
        else:
            out.append(part)
    return "".join(out)


def word_count(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", plain(text)))
