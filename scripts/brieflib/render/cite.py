"""Citation data for reference managers and search engines, prepared once per brief.

Highwire Press tags (Zotero, Google Scholar), Dublin Core, Open Graph and
schema.org JSON-LD for the page head; BibTeX, RIS and CSL-JSON exports; a
formatted citation; COinS for index pages. What the brief does not state is
left out: an untitled brief never gets a title tag, an undated one no date.
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import urlencode

from brieflib.model.brief import Author, Brief
from brieflib.model.text import slugify
from brieflib.render.present import devised_title, display_date, title_text

LANGUAGE = "en"
EXPORTS = {
    "cite.bib": ("application/x-bibtex", "BibTeX"),
    "cite.ris": ("application/x-research-info-systems", "RIS"),
    "cite.json": ("application/vnd.citationstyles.csl+json", "CSL-JSON"),
}
_PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "ter", "zu"}


def split_name(name: str) -> tuple[str, str]:
    """``(family, given)``: "Ursula von der Leyen" -> ("von der Leyen", "Ursula")."""
    words = name.split()
    if len(words) == 1:
        return words[0], ""
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(words[cut:]), " ".join(words[:cut])


def page_url(brief: Brief, site_url: str) -> str | None:
    return f"{site_url.rstrip('/')}/briefs/{brief.slug}/" if site_url else None


def _date_parts(brief: Brief) -> list[int]:
    return [int(p) for p in brief.date.split("-")] if brief.date else []


def head(brief: Brief, site_url: str, site_name: str) -> dict:
    """Tags for the page head: ``{"meta": [...], "links": [...], "jsonld": str}``."""
    meta: list[dict] = []

    def add(name: str, content: str | None, attribute: str = "name") -> None:
        if content:
            meta.append({attribute: name, "content": content})

    url = page_url(brief, site_url)
    title = None if brief.title_derived else brief.title
    add("citation_title", title)
    for author in brief.authors:
        add("citation_author", author.name)
        add("citation_author_institution", author.affiliation)
    add("citation_publication_date", brief.date.replace("-", "/") if brief.date else None)
    add("citation_technical_report_institution", brief.publisher)
    add("citation_publisher", brief.publisher)
    add("citation_abstract", brief.summary)
    add("citation_language", LANGUAGE)
    add("citation_public_url", url)
    add("DC.title", title)
    for author in brief.authors:
        add("DC.creator", author.name)
    add("DC.date", brief.date)
    add("DC.publisher", brief.publisher)
    add("DC.type", "Text")
    add("DC.language", LANGUAGE)
    add("og:type", "article", "property")
    add("og:title", title_text(brief), "property")
    add("og:description", brief.summary, "property")
    add("og:url", url, "property")
    add("og:site_name", site_name, "property")
    add("article:published_time", brief.date, "property")
    for author in brief.authors:
        add("article:author", author.name, "property")
    links = [{"rel": "alternate", "type": mime, "href": name, "title": f"Citation ({label})"} for name, (mime, label) in EXPORTS.items()]
    return {"meta": meta, "links": links, "jsonld": json_ld(brief, url)}


def json_ld(brief: Brief, url: str | None) -> str:
    data: dict = {"@context": "https://schema.org", "@type": "Report"}
    if not brief.title_derived and brief.title:
        data["name"] = brief.title
    if brief.authors:
        data["author"] = [_person(a) for a in brief.authors]
    if brief.date:
        data["datePublished"] = brief.date
    if brief.publisher:
        data["publisher"] = {"@type": "Organization", "name": brief.publisher}
    if brief.summary:
        data["abstract"] = brief.summary
    data["inLanguage"] = LANGUAGE
    if url:
        data["url"] = url
    # Inside <script>, "</script" or "<!--" in a title would end or change the element: no "<" at all.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def _person(author: Author) -> dict:
    person = {"@type": "Person", "name": author.name}
    if author.affiliation:
        person["affiliation"] = {"@type": "Organization", "name": author.affiliation}
    return person


# -- exports -----------------------------------------------------------------------

_LATEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
          "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


_LATEX_TABLE = str.maketrans(_LATEX)


def latex_escape(text: str) -> str:
    return text.translate(_LATEX_TABLE)


def bibtex_key(brief: Brief) -> str:
    family = split_name(brief.authors[0].name)[0] if brief.authors else (brief.publisher or "anon")
    ascii_family = unicodedata.normalize("NFKD", family).encode("ascii", "ignore").decode()
    year = brief.date[:4] if brief.date else "nd"
    word = next((w for w in slugify(brief.title or brief.slug).split("-") if len(w) > 3), "brief")
    return re.sub(r"[^A-Za-z0-9]", "", ascii_family).lower() + year + word


def bibtex(brief: Brief, site_url: str) -> str:
    """``@techreport`` when the publisher is known, ``@misc`` otherwise; every value escaped."""
    kind = "techreport" if brief.publisher else "misc"
    fields: list[tuple[str, str]] = [("title", "{" + latex_escape(devised_title(brief)) + "}")]
    if brief.authors:
        fields.append(("author", " and ".join(_bibtex_name(a.name) for a in brief.authors)))
    if brief.publisher:
        fields.append(("institution", latex_escape(brief.publisher)))
    parts = _date_parts(brief)
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][parts[1] - 1]))
        fields.append(("date", brief.date))
    url = page_url(brief, site_url)
    if url:
        fields.append(("url", url))
    if brief.title_derived and brief.title:
        fields.append(("note", latex_escape(f"The brief states no title. It opens: {brief.title}")))
    if brief.summary:
        fields.append(("abstract", latex_escape(brief.summary)))
    fields.append(("language", "english"))
    body = ",\n".join(f"  {name} = {value}" if name in {"month"} else f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{bibtex_key(brief)},\n{body}\n}}\n"


def _bibtex_name(name: str) -> str:
    family, given = split_name(name)
    family = latex_escape(family)
    return f"{{{family}}}, {latex_escape(given)}" if " " in family else (f"{family}, {latex_escape(given)}" if given else family)


def ris(brief: Brief, site_url: str) -> str:
    lines = ["TY  - RPRT", f"TI  - {devised_title(brief)}"]
    for author in brief.authors:
        family, given = split_name(author.name)
        lines.append(f"AU  - {family}, {given}" if given else f"AU  - {family}")
    parts = _date_parts(brief)
    if parts:
        lines.append(f"PY  - {parts[0]}")
        lines.append("DA  - " + "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) + "/" * (4 - len(parts)))
    if brief.publisher:
        lines.append(f"PB  - {brief.publisher}")
    if brief.summary:
        lines.append(f"AB  - {brief.summary}")
    url = page_url(brief, site_url)
    if url:
        lines.append(f"UR  - {url}")
    if brief.title_derived and brief.title:
        lines.append(f"N1  - The brief states no title. It opens: {brief.title}")
    lines += [f"LA  - {LANGUAGE}", "ER  - "]
    return "\r\n".join(line.replace("\n", " ") for line in lines) + "\r\n"


def csl_json(brief: Brief, site_url: str) -> str:
    item: dict = {"id": brief.slug, "type": "report", "title": devised_title(brief)}
    if brief.authors:
        item["author"] = [dict(zip(("family", "given"), split_name(a.name), strict=True)) for a in brief.authors]
    if brief.date:
        item["issued"] = {"date-parts": [_date_parts(brief)]}
    if brief.publisher:
        item["publisher"] = brief.publisher
    if brief.summary:
        item["abstract"] = brief.summary
    url = page_url(brief, site_url)
    if url:
        item["URL"] = url
    if brief.title_derived and brief.title:
        item["note"] = f"The brief states no title. It opens: {brief.title}"
    item["language"] = LANGUAGE
    return json.dumps([item], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def exports(brief: Brief, site_url: str) -> dict[str, str]:
    return {"cite.bib": bibtex(brief, site_url), "cite.ris": ris(brief, site_url), "cite.json": csl_json(brief, site_url)}


# -- for readers -------------------------------------------------------------------


def formatted(brief: Brief, site_url: str) -> str:
    """A plain-text citation, author–title–publisher–date–URL, with nothing invented."""
    names = [a.name for a in brief.authors]
    authors = (", ".join(names[:-1]) + " and " + names[-1]) if len(names) > 1 else (names[0] if names else "")
    title = devised_title(brief) if brief.title_derived else f"“{brief.title}”"
    parts = [p for p in (authors, title, brief.publisher, display_date(brief.date) if brief.date else "n.d.") if p]
    text = ". ".join(p.rstrip(".") for p in parts) + "."  # "n.d." and "Inc." end the sentence themselves
    url = page_url(brief, site_url)
    return f"{text} {url}" if url else text


def coins(brief: Brief) -> str:
    """A COinS span (OpenURL KEV) so Zotero can save several briefs from a list."""
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "report")]
    if not brief.title_derived and brief.title:
        pairs.append(("rft.btitle", brief.title))
    for author in brief.authors:
        pairs.append(("rft.au", author.name))
    if brief.date:
        pairs.append(("rft.date", brief.date))
    if brief.publisher:
        pairs.append(("rft.pub", brief.publisher))
    return f'<span class="Z3988" title="{urlencode(pairs).replace("&", "&amp;")}"></span>'
