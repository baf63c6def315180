"""Small text helpers shared by the stages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "etc", "cf",
    "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "sen", "rep", "gov", "jr", "sr",
}
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
_FOOTNOTE_REF = re.compile(r"\[\^\d+\]")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
TERMINAL = ".!?…:;"
CLOSERS = "\"”’')]*"
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})


def superscript_to_int(text: str) -> int:
    return int("".join(str(_SUPERSCRIPTS.index(c)) for c in text))


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """Markdown inline text to plain text: links to their text, no emphasis or note refs."""
    text = _MD_LINK.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = SUPERSCRIPT_RUN.sub("", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def normalise_for_match(text: str) -> str:
    """Fold whitespace, quote marks and case so that look-alike text compares equal."""
    text = plain(text).translate(QUOTES).replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def sentences(text: str) -> list[str]:
    """Split prose into sentences, not breaking after common abbreviations."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"(\S+)$", text[start : match.start()])
        token = word.group(1).lower().rstrip(".") if word else ""
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


def slugify(text: str) -> str:
    """ASCII, lowercase, hyphen-separated slug ("Domenec Ruiz-Devesa" -> "domenec-ruiz-devesa")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text.lower()).replace("_", " ")
    return re.sub(r"[\s-]+", "-", text).strip("-")


def word_count(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", plain(text)))
