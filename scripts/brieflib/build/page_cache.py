"""The brief-page cache: each brief page's Markdown in ``.cache/pages/``, keyed on everything the page is made from.

A brief page is made from its ``BriefPageInputs`` alone (render/brief_page.py): the brief with its related
briefs and notes, the titles of the briefs it links to, the labels of its themes, the patterns of the glossary
entries it mentions, its authors' and publisher's page slugs and the site's settings. The key is a hash of that
whole object, serialised field by field, so a field added to it (or to a ``Brief``) is in the key without being
listed here, and of the code version (the package's code and the libraries that shape the output, as for the
conversion cache), so a change of code renders every page again. A page whose key is unchanged is taken from
the cache; any other is rendered and stored. The expansions of the acronyms a page uses depend on every brief's
acronyms: they are added to each page on every build, cached or not (``with_abbreviations``, a scan of the text).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import is_dataclass
from pathlib import Path, PurePath

from brieflib.enrich.corpus import Site
from brieflib.model.brief import Brief
from brieflib.render.brief_page import BriefPageInputs, brief_page_inputs, brief_page_markdown
from brieflib.render.markdown import with_abbreviations
from brieflib.render.present import brief_path


def page_key(inputs: BriefPageInputs, version: str) -> str:
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
    """Brief pages by their key, one file per page under ``folder``; ``rendered`` lists the pages made afresh."""

    def __init__(self, folder: Path, version: str):
        self.folder = folder
        self.version = version
        self.rendered: list[str] = []
        self._used: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)

    def brief_page(self, brief: Brief, site: Site) -> str:
        """``brief``'s page (as render.brief_page.brief_page makes it): from the cache when its key is there."""
        inputs = brief_page_inputs(brief, site)
        key = page_key(inputs, self.version)
        path = self.folder / f"{hashlib.sha1(brief.slug.encode()).hexdigest()}.json"
        self._used.add(path.name)
        entry = _read(path)
        if entry is not None and entry.get("key") == key:
            front, text = entry["front"], entry["text"]
        else:
            front, text = brief_page_markdown(inputs)
            path.write_text(json.dumps({"key": key, "front": front, "text": text}, ensure_ascii=False), encoding="utf-8")
            self.rendered.append(brief_path(brief))
        return front + with_abbreviations(text, site.glossary)

    def prune(self) -> None:
        """Forget the pages of briefs this build did not have (deleted, or given another slug)."""
        for path in self.folder.glob("*.json"):
            if path.name not in self._used:
                path.unlink()


def _read(path: Path) -> dict | None:
    """A cache entry; None when there is none or it cannot be read (a build stopped while writing it)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
