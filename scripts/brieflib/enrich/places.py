"""Enrichment: the countries and regions a brief *discusses*.

Countries are ISO 3166's (the ``pycountry`` package); ``sources/regions.yml``
adds the regions, the short names readers know ("Russia", not "Russian
Federation"), other names and demonyms ("UK", "British"). A name is matched
as written, capitals included, on word boundaries, with an optional final
"s" ("Ukrainians"); where names overlap the longest wins, so "Black Sea" is a
region and not a sea of "Black", and "South Korea" is not "Korea". A place
listed as a region in regions.yml (Greenland) is never also a country.

The rule, for each place, over the plain text of the body blocks: the brief
discusses it when it is mentioned at least ``max(min_mentions, words /
words_per_mention)`` times in at least ``min_paragraphs`` blocks. So a single
aside never makes a place, a short commentary needs a few mentions, and a
long report needs proportionally more. ``explain`` prints the counts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from brieflib.model.brief import Brief
from brieflib.model.errors import BriefError, Problem
from brieflib.model.text import plain
from brieflib.model.validate import by_line, line_at, validate
from brieflib.model.yamlfile import read_yaml

_WORD = re.compile(r"(?:\w\.){2,}|\w+|\S")  # "U.S." is one token; other punctuation separates words
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Place:
    name: str  # as readers see it, and as the brief's ``countries``/``regions`` list it
    kind: str  # "country" | "region"
    names: tuple[str, ...]  # every phrase that counts as a mention
    members: tuple[str, ...] = ()
    description: str = ""


@dataclass(eq=False)
class Gazetteer:
    places: list[Place]
    min_mentions: int = 2
    words_per_mention: int = 250
    min_paragraphs: int = 2
    _index: dict[str, list[tuple[tuple[str, ...], Place]]] = field(default_factory=dict, repr=False)
    _by_token: dict[str, list[tuple[tuple[str, ...], Place]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for place in self.places:
            for name in place.names:
                tokens = tuple(tokens_of(name))
                if tokens:
                    self._index.setdefault(tokens[0], []).append((tokens, place))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest first
        self._starts = frozenset(self._index) | {first + "s" for first in self._index}

    @property
    def regions(self) -> list[Place]:
        return [p for p in self.places if p.kind == "region"]

    def region(self, name: str) -> Place | None:
        return next((p for p in self.regions if p.name == name), None)

    def canonical(self, name: str) -> str:
        """The name the site uses for ``name`` or one of its other names ("Baltic Sea" is "Baltic Sea region")."""
        folded = name.casefold()
        for place in self.places:
            if folded in (n.casefold() for n in place.names):
                return place.name
        return name

    def needed(self, words: int) -> int:
        """Mentions a brief of ``words`` words needs to discuss a place."""
        return max(self.min_mentions, math.ceil(words / self.words_per_mention))

    def mentions(self, text: str) -> list[Place]:
        """Every place named in ``text``, once per mention, longest name first where names overlap."""
        tokens = tokens_of(text)
        found, i = [], 0
        # Only a word that starts some name (or its plural) can start a mention: visit those alone.
        for start in [n for n, token in enumerate(tokens) if token in self._starts]:
            if start < i:  # inside the mention found last
                continue
            for phrase, place in self._candidates(tokens[start]):
                if _matches(phrase, tokens, start):
                    found.append(place)
                    i = start + len(phrase)
                    break
        return found

    def _candidates(self, token: str) -> list:
        entries = self._by_token.get(token)  # once per distinct word, not per occurrence
        if entries is None:
            entries = self._index.get(token, [])
            if token.endswith("s"):
                entries = entries + self._index.get(token[:-1], [])
            self._by_token[token] = entries
        return entries


def tokens_of(text: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", text.replace("-", " ")))


def _matches(phrase: tuple[str, ...], tokens: list[str], start: int) -> bool:
    if start + len(phrase) > len(tokens):
        return False
    for offset, word in enumerate(phrase):
        token = tokens[start + offset]
        last = offset == len(phrase) - 1
        if token != word and not (last and token == word + "s" and word[-1:].isalpha()):
            return False
    return True


@dataclass
class PlaceCount:
    place: Place
    mentions: int = 0
    blocks: list[str] = field(default_factory=list)  # ids (or indexes) of the blocks that mention it


def count_places(brief: Brief, gazetteer: Gazetteer) -> dict[str, PlaceCount]:
    """Mentions of each place in the body blocks (headings included), most mentioned first."""
    counts: dict[str, PlaceCount] = {}
    for index, block in enumerate(brief.blocks):
        for place in gazetteer.mentions(plain(block.text)):
            count = counts.setdefault(place.name, PlaceCount(place))
            count.mentions += 1
            key = block.id or str(index)
            if key not in count.blocks:
                count.blocks.append(key)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1].mentions, kv[0])))


def discussed(count: PlaceCount, words: int, gazetteer: Gazetteer) -> bool:
    return count.mentions >= gazetteer.needed(words) and len(count.blocks) >= gazetteer.min_paragraphs


def assign_places(brief: Brief, gazetteer: Gazetteer) -> None:
    """Set ``brief.countries`` and ``brief.regions``: the places it discusses, most mentioned first."""
    words = brief.words or sum(len(plain(b.text).split()) for b in brief.blocks)
    kept = [c.place for c in count_places(brief, gazetteer).values() if discussed(c, words, gazetteer)]
    brief.countries = [p.name for p in kept if p.kind == "country"]
    brief.regions = [p.name for p in kept if p.kind == "region"]


def explain(brief: Brief, gazetteer: Gazetteer) -> list[str]:
    """One line per place the brief mentions: mentions, blocks, and whether that meets the rule."""
    words = brief.words or sum(len(plain(b.text).split()) for b in brief.blocks)
    needed = gazetteer.needed(words)
    lines = [f"{words} words: a place needs {needed} mentions in {gazetteer.min_paragraphs} paragraphs"]
    for name, count in count_places(brief, gazetteer).items():
        verdict = "discussed" if discussed(count, words, gazetteer) else "mentioned"
        lines.append(f"  {name} ({count.place.kind}): {count.mentions} mentions in {len(count.blocks)} paragraphs: {verdict}")
    return lines


# -- sources/regions.yml ----------------------------------------------------------------


def _iso_names(country) -> list[str]:
    """ISO's names for a country that can appear in running text (none with a comma or bracket)."""
    names = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
    return [n for n in dict.fromkeys(names) if n and not re.search(r"[,()]", n)]


def load_gazetteer(path: Path) -> Gazetteer:
    """ISO countries plus ``regions.yml`` (schema: model/schemas/regions.schema.json); BriefError lists every problem."""
    data, node = (read_yaml(path) if path.exists() else ({"regions": []}, None))
    problems = validate(data, node, "regions", path)
    if not problems:
        problems += _unknown_codes(data, node, path)
    if problems:
        raise BriefError(by_line(problems))
    regions = [
        Place(r["name"], "region", tuple(dict.fromkeys([r["name"], *(r.get("aliases") or [])])),
              tuple(r.get("members") or []), r.get("description", ""))
        for r in data["regions"]
    ]
    region_names = {n.casefold() for r in regions for n in r.names}
    extra = {c["code"]: c for c in data.get("countries") or []}
    countries = []
    for country in pycountry.countries:
        given = extra.pop(country.alpha_2, {})
        iso = _iso_names(country)
        name = given.get("name") or (iso[0] if iso else country.name)
        if name.casefold() in region_names:
            continue
        countries.append(Place(name, "country", tuple(dict.fromkeys([name, *iso, *(given.get("aliases") or [])]))))
    for given in extra.values():  # not in ISO 3166 (Kosovo): checked by _unknown_codes to have a name
        countries.append(Place(given["name"], "country", tuple(dict.fromkeys([given["name"], *(given.get("aliases") or [])]))))
    settings = data.get("settings") or {}
    defaults = Gazetteer([])
    return Gazetteer(
        regions + countries,
        int(settings.get("min_mentions", defaults.min_mentions)),
        int(settings.get("words_per_mention", defaults.words_per_mention)),
        int(settings.get("min_paragraphs", defaults.min_paragraphs)),
    )


def _unknown_codes(data: dict, node, path: Path) -> list[Problem]:
    """A country entry whose code ISO 3166 does not know must give the name to show."""
    problems = []
    for i, country in enumerate(data.get("countries") or []):
        if pycountry.countries.get(alpha_2=country["code"]) is None and not country.get("name"):
            problems.append(Problem(path, f"country code '{country['code']}' is not in ISO 3166", line_at(node, "countries", i, "code"),
                                    "give it a 'name' (a country ISO does not list, like Kosovo) or correct the code"))
    return problems
