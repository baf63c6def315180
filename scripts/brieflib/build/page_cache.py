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
expansions are its stamp in the build manifest (``PageCache.stamps``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import is_dataclass
from pathlib import Path, PurePath

from brieflib.build.cachefile import prune, read_entry, write_entry
from brieflib.enrich.corpus import Site
from brieflib.enrich.taxonomy import Theme
from brieflib.model.brief import Brief
from brieflib.render.brief_page import BriefPageInputs, brief_page_inputs, brief_page_markdown
from brieflib.render.markdown import with_abbreviations
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


class PageCache:
    """Pages by their key, one file per page under ``folder``; ``rendered`` and ``rendered_themes`` list the brief
    and theme pages made afresh, ``stamps`` what each page is made from."""

    def __init__(self, folder: Path, version: str):
        self.folder = folder
        self.version = version
        self.rendered: list[str] = []
        self.rendered_themes: list[str] = []
        # each page's stamp, by its docs-relative path: its key and the expansions added to it (the build manifest keeps
        # it, so that a rebuild compares a page with the one on disk only when the stamp changed)
        self.stamps: dict[str, str] = {}
        self._used: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)

    def brief_page(self, brief: Brief, site: Site) -> str:
        """``brief``'s page (as render.brief_page.brief_page makes it): from the cache when its key is there."""
        return self._page(brief_path(brief), brief_page_inputs(brief, site), brief_page_markdown, self.rendered, site)

    def theme_page(self, theme: Theme, site: Site) -> str:
        """``theme``'s page (as site.theme_page.theme_page makes it): from the cache when its key is there."""
        return self._page(theme_path(theme), theme_page_inputs(theme, site), theme_page_markdown, self.rendered_themes, site)

    def _page(self, name: str, inputs: object, render: Callable[[object], tuple[str, str]], rendered: list[str], site: Site) -> str:
        """The page at ``name`` made from ``inputs`` (cached, or rendered and stored), with the expansions of the
        acronyms it uses; its stamp in ``stamps``."""
        key = page_key(inputs, self.version)
        path = self.folder / f"{hashlib.sha1(name.encode()).hexdigest()}.json"
        self._used.add(path.name)
        entry = read_entry(path)
        if entry is not None and entry.get("key") == key:
            front, text = entry["front"], entry["text"]
        else:
            front, text = render(inputs)
            write_entry(path, {"key": key, "front": front, "text": text})
            rendered.append(name)
        page = with_abbreviations(text, site.glossary)
        expansions = page[len(text.rstrip()):]  # what with_abbreviations added to the text the key stands for
        self.stamps[name] = hashlib.sha256(f"{key}\0{expansions}".encode()).hexdigest()
        return front + page

    def prune(self) -> None:
        """Forget the pages this build did not make (deleted briefs or themes, or a brief given another slug)."""
        prune(self.folder, self._used)
