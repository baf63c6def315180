"""For researchers: head metadata, exports that parse, feeds, COinS, the cite box, print."""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser

import bibtexparser
import feedparser
import jsonschema
import pytest

from brieflib.model.brief import Author, Brief
from brieflib.render import cite
from conftest import ROOT, build_site, copy_project

UNDATED_FILES_WRITTEN = 1577880000  # 2020-01-01
SITE_URL = "https://briefs.example.org/sub/"


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.links: list[dict] = []
        self.jsonld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta.append((attrs.get("name") or attrs.get("property"), attrs.get("content")))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_data(self, data):
        if self._in_ld:
            self.jsonld.append(data)

    def handle_endtag(self, tag):
        self._in_ld = False if tag == "script" else self._in_ld


@pytest.fixture(scope="module")
def cited_site(tmp_path_factory):
    """The site built with a site_url, as it is deployed."""
    root = copy_project(tmp_path_factory.mktemp("cited"))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("# site_url: https://example.org/briefs/", f"site_url: {SITE_URL}"))
    for source in (root / "sources" / "briefs").glob("*.txt"):  # the copy has no git history: feeds use file dates
        os.utime(source, (UNDATED_FILES_WRITTEN, UNDATED_FILES_WRITTEN))
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def head_of(root, slug) -> _Head:
    parser = _Head()
    parser.feed((root / "site" / "briefs" / slug / "index.html").read_text())
    return parser


def values(head, name):
    return [content for key, content in head.meta if key == name]


def test_dated_brief_has_highwire_dc_og_and_jsonld(cited_site):
    head = head_of(cited_site, "accept-prepare-leverage")
    assert values(head, "citation_title") == ["Accept, prepare, leverage: How Europeans can manage a changing transatlantic security partnership in the Trump era"]
    assert values(head, "citation_author") == ["Iana Maisuradze"]
    assert values(head, "citation_publication_date") == ["2025/10/10"]
    assert values(head, "citation_technical_report_institution") == ["European Policy Centre"]
    assert values(head, "citation_publisher") == ["European Policy Centre"]
    assert values(head, "citation_language") == ["en"]
    assert values(head, "citation_public_url") == [f"{SITE_URL}briefs/accept-prepare-leverage/"]
    assert values(head, "citation_abstract")[0].startswith("The transatlantic security partnership")
    assert values(head, "DC.date") == ["2025-10-10"] and values(head, "DC.publisher") == ["European Policy Centre"]
    assert values(head, "og:type") == ["article"] and values(head, "article:published_time") == ["2025-10-10"]
    canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
    assert canonical == [f"{SITE_URL}briefs/accept-prepare-leverage/"]
    alternates = {link["type"]: link["href"] for link in head.links if link.get("rel") == "alternate"}
    assert alternates["application/x-bibtex"] == "cite.bib"
    assert alternates["application/x-research-info-systems"] == "cite.ris"
    assert alternates["application/vnd.citationstyles.csl+json"] == "cite.json"
    assert alternates["application/atom+xml"].endswith("feeds/annotations.xml")
    report = json.loads("".join(head.jsonld))
    assert report["@type"] == "Report" and report["datePublished"] == "2025-10-10"
    assert report["publisher"]["name"] == "European Policy Centre"


def test_undated_untitled_brief_gets_honest_metadata(cited_site):
    head = head_of(cited_site, "nss-european-security-architecture")
    names = {key for key, _ in head.meta}
    for absent in ("citation_title", "DC.title", "citation_publication_date", "DC.date", "citation_author",
                   "citation_technical_report_institution", "citation_publisher", "article:published_time"):
        assert absent not in names, absent
    assert values(head, "og:title")[0].startswith("“US President")
    report = json.loads("".join(head.jsonld))
    assert "name" not in report and "datePublished" not in report and "publisher" not in report


def test_bibtex_round_trips(cited_site):
    folder = cited_site / "site" / "briefs"
    library = bibtexparser.parse_string((folder / "accept-prepare-leverage" / "cite.bib").read_text())
    [entry] = library.entries
    assert entry.entry_type == "techreport"
    assert entry["title"] == "{Accept, prepare, leverage: How Europeans can manage a changing transatlantic security partnership in the Trump era}"
    assert entry["author"] == "Maisuradze, Iana" and entry["institution"] == "European Policy Centre"
    assert entry["year"] == "2025" and entry["url"] == f"{SITE_URL}briefs/accept-prepare-leverage/"
    [misc] = bibtexparser.parse_string((folder / "europes-best-bet" / "cite.bib").read_text()).entries
    assert misc.entry_type == "misc" and misc["author"] == "Alessandri, Emiliano and Ruiz-Devesa, Domenec"
    assert not library.failed_blocks


def test_bibtex_escapes_special_characters():
    brief = Brief(source=ROOT / "x.txt", slug="x", title="R&D: 5% of {GDP} for #defence_spending ~ $",
                  authors=[Author("Ursula von der Leyen")], publisher="A & B", date="2025-03")
    text = cite.bibtex(brief, "")
    [entry] = bibtexparser.parse_string(text).entries
    assert entry["title"] == r"{R\&D: 5\% of \{GDP\} for \#defence\_spending \textasciitilde{} \$}"
    assert entry["author"] == "{von der Leyen}, Ursula" and entry["institution"] == r"A \& B"
    assert "month = mar" in text


def test_ris_fields_read_back(cited_site):
    text = (cited_site / "site" / "briefs" / "europes-best-bet" / "cite.ris").read_bytes().decode()
    fields = [(line[:2], line[6:]) for line in text.splitlines() if line.strip()]
    assert fields[0] == ("TY", "RPRT") and fields[-1][0] == "ER"
    assert ("AU", "Alessandri, Emiliano") in fields and ("AU", "Ruiz-Devesa, Domenec") in fields
    assert ("TI", "Europe's best bet is to increasingly rely on itself for its own security and defence") in fields
    assert not any(tag in {"PY", "DA", "PB"} for tag, _ in fields)  # not stated in the text
    dated = (cited_site / "site" / "briefs" / "accept-prepare-leverage" / "cite.ris").read_bytes().decode()
    assert "DA  - 2025/10/10/\r\n" in dated and "PB  - European Policy Centre\r\n" in dated


CSL_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "type", "title"],
        "properties": {
            "id": {"type": "string"}, "type": {"const": "report"}, "title": {"type": "string"},
            "author": {"type": "array", "items": {"type": "object", "required": ["family"],
                                                  "properties": {"family": {"type": "string"}, "given": {"type": "string"}}}},
            "issued": {"type": "object", "required": ["date-parts"],
                       "properties": {"date-parts": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3}}}},
            "publisher": {"type": "string"}, "URL": {"type": "string"}, "abstract": {"type": "string"},
        },
    },
}


@pytest.mark.parametrize("slug", ["accept-prepare-leverage", "nss-european-security-architecture", "europes-best-bet"])
def test_csl_json_validates(cited_site, slug):
    data = json.loads((cited_site / "site" / "briefs" / slug / "cite.json").read_text())
    jsonschema.validate(data, CSL_SCHEMA)
    if slug == "accept-prepare-leverage":
        assert data[0]["issued"] == {"date-parts": [[2025, 10, 10]]} and data[0]["author"] == [{"family": "Maisuradze", "given": "Iana"}]
    if slug == "nss-european-security-architecture":
        assert data[0]["title"].startswith("[US President") and "issued" not in data[0] and "note" in data[0]


def test_briefs_feed_parses_newest_first(cited_site):
    feed = feedparser.parse(str(cited_site / "site" / "feeds" / "briefs.xml"))
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 5
    # The only dated brief (2025-10-10) comes before the undated ones, placed by their files' date (2020).
    assert feed.entries[0].title.startswith("Accept, prepare, leverage")
    assert [e.updated[:4] for e in feed.entries[1:]] == ["2020"] * 4
    assert feed.entries[0].link == f"{SITE_URL}briefs/accept-prepare-leverage/"
    assert feed.entries[0].author == "Iana Maisuradze"


def test_annotations_feed_parses(cited_site):
    feed = feedparser.parse(str(cited_site / "site" / "feeds" / "annotations.xml"))
    assert not feed.bozo and len(feed.entries) >= 2
    assert all("#note-" in e.link for e in feed.entries)


def test_coins_on_index_pages(cited_site):
    html = (cited_site / "site" / "briefs" / "index.html").read_text()
    assert html.count('class="Z3988"') == 5
    assert "rft.btitle=Accept%2C+prepare%2C+leverage" in html and "rft.genre=report" in html


def test_cite_box_on_every_brief(cited_site):
    for page in (cited_site / "site" / "briefs").glob("*/index.html"):
        if page.parent.name.startswith("by-"):
            continue
        html = page.read_text()
        assert 'class="cite-box"' in html and 'class="cite-text"' in html
        assert 'href="cite.bib"' in html and 'href="cite.ris"' in html and 'href="cite.json"' in html
    html = (cited_site / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    assert "Iana Maisuradze. “Accept, prepare, leverage" in html and f"European Policy Centre. 10 October 2025. {SITE_URL}" in html
