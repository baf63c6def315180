"""The page cache: each brief's and each theme's page as Markdown in ``.cache/pages/``, keyed on everything the
page is made from.

A brief page is made from its ``BriefPageInputs`` alone (render/brief_page.py): the brief with its related
briefs and notes, the titles of the briefs it links to, the labels of its themes, the patterns of the glossary
entries it mentions, its authors' and publisher's page slugs and the site's settings. A theme page is made from
its ``ThemePageInputs`` alone (site/theme_page.py): the theme, and what it shows of each brief it lists (its
card's face, its position, the passages quoted). The key is a hash of that whole object, serialised field by
field, so a field added to it (or to a ``Brief``) is in the key without being listed here, and of the code
version (the package's code and the libraries that shape the output, as for the conversion cache), so a change
of code renders every page again. A page whose key is unchanged is taken from the cache; any other is rendered
and stored. The expansions of the acronyms a page uses depend on every brief's acronyms: they are added to each
page on every build, cached or not (``with_abbreviations``, a scan of the text); the page's key and those
expansions are its stamp in the build manifest. A page whose key is the last build's, in a site whose acronyms are
the same, uses the same acronyms: its stamp is known without reading it, and when its file is the one the last build
left, it is not read from the cache at all (``CachedPage``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, is_dataclass
from pathlib import Path, PurePath

from brieflib.build.cachefile import prune, read_entry, write_entry
from brieflib.enrich.corpus import Site
from brieflib.enrich.taxonomy import Theme
from brieflib.model.brief import Brief
from brieflib.render.brief_page import BriefPageInputs, brief_page_inputs, brief_page_markdown
from brieflib.render.markdown import abbreviations
from brieflib.render.present import brief_path
from brieflib.site.theme_page import ThemePageInputs, theme_page_inputs, theme_page_markdown, theme_path


def page_key(inputs: BriefPageInputs | ThemePageInputs, version: str) -> str:
    """A hash of everything the page is made from, and of the code that makes it."""
    data = json.dumps(inputs, default=_fields)  # ASCII: encoded at once
    return hashlib.sha256(version.encode() + b"\0" + data.encode()).hexdigest()


def _fields(value: object) -> object:
    """What JSON cannot write by itself: a dataclass as all its fields in order, a path as text, a compiled pattern
    as its source and flags. Anything else is an error, never a silent ``repr`` that could leave a change out."""
    if is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    if isinstance(value, PurePath):
        return value.as_posix()
    if isinstance(value, re.Pattern):
        return [value.pattern, value.flags]
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"the page cache cannot key a page on a {type(value).__name__}: write it as JSON in page_cache._fields")


@dataclass(frozen=True)
class CachedPage:
    """A brief's or theme's page as the build writes it: its stamp (what it is made from: its key and the expansions
    added to it) and its bytes, which are read from the page cache (or rendered) only when asked for: a page whose
    stamp and file are those the last build left is never read."""

    stamp: str
    data: Callable[[], bytes]


class PageCache:
    """Pages by their key, one file per page under ``folder``; ``rendered`` and ``rendered_themes`` list the brief
    and theme pages made afresh, ``read`` those read from the cache, ``records`` what the build manifest keeps of
    each page (its key, the acronym scan it was made with, the acronyms its text uses), given back as ``last`` to
    the next build."""

    def __init__(self, folder: Path, version: str, last: dict | None = None):
        self.folder = folder
        self.version = version
        self.last = last or {}
        self.rendered: list[str] = []
        self.rendered_themes: list[str] = []
        self.read: list[str] = []
        self.records: dict[str, list] = {}
        self._used: set[str] = set()
        self._scans: dict[int, str] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def brief_page(self, brief: Brief, site: Site) -> CachedPage:
        """``brief``'s page (as render.brief_page.brief_page makes it): from the cache when its key is there."""
        return self._page(brief_path(brief), brief_page_inputs(brief, site), brief_page_markdown, self.rendered, site)

    def theme_page(self, theme: Theme, site: Site) -> CachedPage:
        """``theme``'s page (as site.theme_page.theme_page makes it): from the cache when its key is there."""
        return self._page(theme_path(theme), theme_page_inputs(theme, site), theme_page_markdown, self.rendered_themes, site)

    def _page(self, name: str, inputs: object, render: Callable[[object], tuple[str, str]], rendered: list[str], site: Site) -> CachedPage:
        """The page at ``name`` made from ``inputs`` with the expansions of the acronyms it uses. When its key and the
        glossary's acronyms are those of the last build, so are the acronyms its text uses: its stamp is known
        without its text, which is read only if asked for."""
        key = page_key(inputs, self.version)
        path = self.folder / f"{hashlib.sha1(name.encode()).hexdigest()}.json"
        self._used.add(path.name)
        scan = self._scan(site.glossary)
        used = _recorded_use(self.last.get(name), key, scan, site.glossary)
        if used is not None:

            def data() -> bytes:
                front, text = self._front_and_text(name, path, key, inputs, render, rendered)
                return (front + text.rstrip() + "\n" + abbreviations(used)).encode("utf-8")

            return CachedPage(self._stamp(name, key, scan, used), data)
        front, text = self._front_and_text(name, path, key, inputs, render, rendered)
        text = text.rstrip() + "\n"
        used = site.glossary.acronyms_in(text) if site.glossary is not None else {}
        page = (front + text + abbreviations(used)).encode("utf-8")
        return CachedPage(self._stamp(name, key, scan, used), lambda: page)

    def _front_and_text(self, name: str, path: Path, key: str, inputs: object, render, rendered: list[str]) -> tuple[str, str]:
        """The front matter and text of the page made from ``inputs``: cached, or rendered and stored."""
        entry = read_entry(path)
        if entry is not None and entry.get("key") == key:
            self.read.append(name)
            return entry["front"], entry["text"]
        front, text = render(inputs)
        write_entry(path, {"key": key, "front": front, "text": text})
        rendered.append(name)
        return front, text

    def _stamp(self, name: str, key: str, scan: str, used: dict[str, str]) -> str:
        """The page's stamp (its key and the expansions added to it); what the manifest keeps of it, in ``records``."""
        self.records[name] = [key, scan, sorted(used)]
        return hashlib.sha256(f"{key}\0{abbreviations(used)}".encode()).hexdigest()

    def _scan(self, glossary) -> str:
        """A hash of what the glossary's acronyms are found with ("" without a glossary)."""
        if glossary is None:
            return ""
        if id(glossary) not in self._scans:
            self._scans[id(glossary)] = hashlib.sha256(glossary.acronym_scan.encode()).hexdigest()
        return self._scans[id(glossary)]

    def prune(self) -> None:
        """Forget the pages this build did not make (deleted briefs or themes, or a brief given another slug)."""
        prune(self.folder, self._used)


def _recorded_use(record: object, key: str, scan: str, glossary) -> dict[str, str] | None:
    """The acronyms a page's text uses (acronym -> this build's expansion), as the last build found them, when the
    page's key and the acronym scan are the ones it had then; None otherwise (the text must be scanned)."""
    if not (isinstance(record, list) and len(record) == 3 and record[:2] == [key, scan] and isinstance(record[2], list)):
        return None
    acronyms = glossary.acronyms if glossary is not None else {}
    if not all(acronym in acronyms for acronym in record[2]):
        return None
    return {acronym: acronyms[acronym] for acronym in record[2]}
