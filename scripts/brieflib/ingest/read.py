"""Stage 1: bytes to text.

Publishers' dumps arrive as UTF-8 (with or without a byte-order mark), with
CRLF line endings, or in legacy Windows-1252. Decoding is strict: a file that
cannot be decoded, or decodes to mojibake we cannot repair, is an error, never
silently garbled output.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ftfy
import ftfy.fixes

from brieflib.ingest.columns import unweave_columns
from brieflib.ingest.rtf import RTF_START, rtf_text
from brieflib.model.errors import fail

# Bytes that Windows-1252 leaves undefined: their presence means the file is
# neither UTF-8 nor cp1252, and guessing further would produce mojibake.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# Typical UTF-8-read-as-cp1252 sequences (â€™, Ã©, Â ...).
_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]")
# Invisible characters that only get in the way of parsing.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # a regex: str.translate is slow on non-ASCII text


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise BriefError on failure."""
    if not data.strip():
        fail(path, "the file is empty", hint="add the brief's text or delete the file")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = [b for b in data if b in _CP1252_UNDEFINED]
        if encoding == "utf-8-sig" or bad:
            line = data[: exc.start].count(b"\n") + 1
            fail(
                path,
                f"cannot decode byte 0x{data[exc.start]:02x} as UTF-8 or Windows-1252",
                line,
                "save the file as UTF-8",
            )
        text, encoding = data.decode("cp1252"), "cp1252"
    text = _repair_mojibake(text, path)
    if "\x00" in text:
        fail(path, "the file contains NUL bytes; it looks binary, not text", hint="export the brief as plain text")
    return repair_controls(text, path, page_breaks=True), encoding


def _repair_mojibake(text: str, path: Path | str) -> str:
    """Undo UTF-8 that was once decoded as cp1252; refuse what cannot be undone."""
    if not _MOJIBAKE.search(text):
        return text
    fixed = ftfy.fix_encoding(text)
    match = _MOJIBAKE.search(fixed)
    if match:
        line = fixed[: match.start()].count("\n") + 1
        fail(
            path,
            f"garbled characters {match.group()!r} (mojibake) that cannot be repaired",
            line,
            "re-export the brief from the original with UTF-8 encoding",
        )
    return fixed


# Page and line separators that PDF exports leave: they end a line, nothing more.
_LINE_BREAKS = "\v\u2028\u2029\x85"
_BREAKS = re.compile(f"[\f{_LINE_BREAKS}]")
# Control characters with no meaning in a brief: C0 but tab, LF and CR; C1 (what
# fix_c1_controls could not map); DEL; and Unicode noncharacters.
_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def _page_top(line: str) -> str:
    """One form feed kept where it opens a line; one inside a line breaks it."""
    rest = line.lstrip("\f")
    return ("\f" if len(rest) < len(line) else "") + rest.replace("\f", "\n")


def repair_controls(text: str, path: Path | str, line: int | None = None, page_breaks: bool = False) -> str:
    """C1 controls that are Windows-1252 punctuation decoded as Latin-1 become that punctuation
    (U+0092 -> ’, via ftfy); page breaks become line breaks; any other control character is an error.

    With ``page_breaks`` (a whole text dump), a form feed at the start of a line stays: it marks the top of a
    page, which the page-furniture rules read, and it adds no line (an editor shows it on the line it opens)."""
    text = ftfy.fixes.fix_c1_controls(text)
    if page_breaks:
        text = "\n".join(_page_top(line) for line in re.sub(f"[{_LINE_BREAKS}]", "\n", text).split("\n"))
    else:
        text = _BREAKS.sub("\n", text)
    match = _CONTROLS.search(text)
    if match:
        where = line if line is not None else text[: match.start()].count("\n") + 1
        fail(path, f"invisible control character U+{ord(match.group()):04X} in the text", where,
             "delete it and save the file again: it is not part of the text")
    return text


def normalise(text: str) -> str:
    """Line endings to LF, NFC, no invisible characters, no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    return "\n".join("\f" + line[1:].rstrip() if line.startswith("\f") else line.rstrip() for line in text.split("\n"))  # a page break stays


def read_source(path: Path) -> str:
    """Read a brief's source file into normalised text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        fail(path, f"cannot read the file: {exc.strerror}")
    text, _ = decode(data, path)
    if text.lstrip().startswith(RTF_START):  # a word processor's Rich Text Format: its text, not its markup
        text = rtf_text(text)
    return unweave_columns(normalise(text))  # a page in two columns side by side: one column, then the other
