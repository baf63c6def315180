"""Stage 6: the site's generated pages, as ``{docs-relative path: Markdown}``.

Pure functions of the enriched briefs and the taxonomy; ``build`` writes them.
Index pages are excluded from search so that they do not flood results with
text that is already on the brief pages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from . import cite
from .glossary import Glossary, link_first
from .model import Brief
from .notes import annotation_pages, by_block, decorate_block, note_asides, notes_section, numbering
from .patterns import strip_marker
from .present import (
    author_slug,
    brief_path,
    date_sort_key,
    display_date,
    escape_md,
    publisher_slug,
    rel,
    title_md,
)
from .render import body, front_matter, inline
from .taxonomy import Taxonomy
from .textutil import shorten

INDEX_META = {"search": {"exclude": True}}
THEME_FULL_PASSAGES = 50
LIST_SUMMARY = 260


@dataclass
class SiteConfig:
    repository: str = ""  # e.g. https://github.com/org/repo: links to source files
    branch: str = "main"
    latest: int = 5
    site_url: str = ""  # mkdocs.yml site_url: absolute URLs in citations and feeds
    site_name: str = "Policy Briefs"


@dataclass
class Site:
    briefs: list[Brief]
    taxonomy: Taxonomy
    config: SiteConfig = field(default_factory=SiteConfig)
    glossary: Glossary | None = None
    orphans: list = field(default_factory=list)  # annotations that could not be anchored

    def __post_init__(self) -> None:
        self.by_slug = {b.slug: b for b in self.briefs}
        self.briefs = sorted(self.briefs, key=date_sort_key)
        self.by_author: dict[str, list[Brief]] = defaultdict(list)
        self.author_names: dict[str, str] = {}
        self.by_publisher: dict[str, list[Brief]] = defaultdict(list)
        self.publisher_names: dict[str, str] = {}
        self.by_theme: dict[str, list[Brief]] = defaultdict(list)
        for brief in self.briefs:
            for author in brief.authors:
                self.by_author[author_slug(author.name)].append(brief)
                self.author_names.setdefault(author_slug(author.name), author.name)
            if brief.publisher:
                self.by_publisher[publisher_slug(brief.publisher)].append(brief)
                self.publisher_names.setdefault(publisher_slug(brief.publisher), brief.publisher)
            for theme in brief.themes:
                self.by_theme[theme].append(brief)


def page(meta: dict, text: str, site: Site | None = None) -> str:
    """A page: front matter, text, and the expansions of the acronyms it uses (tooltips via abbr)."""
    text = text.rstrip() + "\n"
    if site is not None and site.glossary is not None:
        used = site.glossary.acronyms_in(text)
        if used:
            text += "\n" + "\n".join(f"*[{a}]: {escape_abbr(e)}" for a, e in sorted(used.items())) + "\n"
    # JSON is YAML too: generated pages use it because it is written (and read) far faster.
    return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n" + text


def escape_abbr(text: str) -> str:
    return text.replace("]", ")").replace("[", "(")


# -- brief pages --------------------------------------------------------------


def brief_page(brief: Brief, site: Site) -> str:
    here = brief_path(brief)
    meta = front_matter(brief)
    meta["title"] = meta["title"] or "Untitled brief"
    meta["search"] = {"boost": 2}
    meta["head"] = cite.head(brief, site.config.site_url, site.config.site_name)
    parts = [f"# {title_md(brief)}" + (" {: .derived-title }" if brief.title_derived else "")]
    if brief.title_derived:
        parts.append("The text states no title; the heading above is its opening sentence.\n{: .derived-note }")
    if brief.authors:
        parts.append("By " + _join(_author_link(a, here) for a in brief.authors) + "\n{: .brief-byline }")
    config = site.config
    data = f'data-slug="{brief.slug}" data-repository="{config.repository}" data-branch="{config.branch}"'
    parts.append(" · ".join(_meta_items(brief, here, config)) + f"\n{{: .brief-meta {data} }}")
    if brief.themes:
        chips = " ".join(
            f"[{escape_md(site.taxonomy.get(t).label if site.taxonomy.get(t) else t)}]({rel(here, f'themes/{t}/index.md')}){{: .theme-chip }}"
            for t in brief.themes
        )
        parts.append(chips + "\n{: .theme-chips }")
    parts.append(_print_citation(brief, site))
    if brief.summary:
        # Opening sentences shown as the standfirst are already in the body: keep them out of search.
        exclude = " data-search-exclude" if brief.summary_derived else ""
        parts.append(f"{escape_md(brief.summary)}\n{{: .standfirst{exclude} }}")
    parts.append(_brief_body(brief, here, site))
    if brief.author_bios:
        parts.append("## About the author" + ("s" if len(brief.author_bios) > 1 else "") + "\n\n" + "\n\n".join(escape_md(b) for b in brief.author_bios))
    notes = notes_section(brief, here, site)
    if notes:
        parts.append(notes)
    parts.append(_cite_box(brief, site))
    if brief.related:
        lines = ["## Related briefs"]
        for related in brief.related:
            other = site.by_slug[related["slug"]]
            lines.append(f"- [{title_md(other)}]({rel(here, brief_path(other))}) — {escape_md(related['reason'] or 'similar text')}")
        parts.append("\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]) + "\n{: .related-briefs }")
    return page(meta, "\n\n".join(parts), site)


def _cite_box(brief: Brief, site: Site) -> str:
    """"Cite this brief": the formatted citation (copied by cite.js) and the three exports."""
    downloads = " · ".join(
        f'[{label}]({name}){{: download="{brief.slug}.{name.split(".")[1]}" type="{mime}" }}'
        for name, (mime, label) in cite.EXPORTS.items()
    )
    return (
        "## Cite this brief\n\n"
        '<div class="cite-box" markdown data-search-exclude>\n\n'
        f"{escape_md(cite.formatted(brief, site.config.site_url))}\n{{: .cite-text }}\n\n"
        f"Download: {downloads}\n{{: .cite-downloads }}\n\n</div>"
    )


def _print_citation(brief: Brief, site: Site) -> str:
    """Shown only in print: the citation and the page's address on the first page."""
    url = cite.page_url(brief, site.config.site_url) or ""
    return (
        '<div class="print-only print-citation" markdown data-search-exclude>\n\n'
        f"Cite as: {escape_md(cite.formatted(brief, ''))} <span class=\"print-url\">{url}</span>\n\n</div>"
    )


def _brief_body(brief: Brief, here: str, site: Site) -> str:
    """The body with annotation marks and notes, then glossary links on first mentions."""
    glossary = _glossary_linker(brief, here, site)
    notes_here = by_block(brief)
    numbers = numbering(brief)

    def decorate(block, text: str) -> str:
        text = decorate_block(block, text, notes_here, numbers)
        return glossary(block, text) if glossary else text

    def after(block) -> str:
        return note_asides(notes_here[block.id], here, site, numbers) if block.id in notes_here else ""

    return body(brief, decorate, after)


def _glossary_linker(brief: Brief, here: str, site: Site):
    """Link each glossary entry's first mention in the brief to its entry page."""
    if site.glossary is None or not brief.glossary:
        return None
    by_block: dict[str, list[str]] = defaultdict(list)
    for entry_id, mention in brief.glossary.items():
        by_block[mention["id"]].append(entry_id)

    def decorate(block, text: str) -> str:
        for entry_id in by_block.get(block.id, []):
            text = link_first(text, site.glossary.pattern(entry_id), rel(here, f"glossary/{entry_id}/index.md"))
        return text

    return decorate


def _join(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _author_link(author, here: str) -> str:
    link = f"[{escape_md(author.name)}]({rel(here, f'authors/{author_slug(author.name)}/index.md')})"
    return f"{link} ({escape_md(author.affiliation)})" if author.affiliation else link


def _meta_items(brief: Brief, here: str, config: SiteConfig) -> list[str]:
    items = []
    if brief.publisher:
        items.append(f"[{escape_md(brief.publisher)}]({rel(here, f'publishers/{publisher_slug(brief.publisher)}/index.md')})")
    else:
        items.append("Publisher not stated")
    if brief.dateline:
        items.append(escape_md(brief.dateline.title()))
    items.append(display_date(brief.date))
    items.append(f"{brief.reading_time} min read")
    count = len(brief.annotations)
    items.append(f"[{count} note{'s' if count != 1 else ''}](#notes-on-this-brief)" if count else "No notes yet")
    if config.repository:
        url = f"{config.repository.rstrip('/')}/blob/{config.branch}/{brief.source.as_posix()}"
        items.append(f"[Source text]({url})")
    else:
        items.append("[Source text](source.txt)")
    return items


# -- lists of briefs --------------------------------------------------------------


def brief_list(briefs: list[Brief], here: str, site: Site) -> str:
    if not briefs:
        return "*No briefs yet.*"
    lines = []
    for brief in briefs:
        by = _join(escape_md(a.name) for a in brief.authors) if brief.authors else "Author not stated"
        pub = escape_md(brief.publisher) if brief.publisher else "publisher not stated"
        lines.append(f"- **[{title_md(brief)}]({rel(here, brief_path(brief))})**{cite.coins(brief)}  \n  {by} · {pub} · {display_date(brief.date)}")
        if brief.summary:
            lines.append(f"  \n  {escape_md(shorten(brief.summary, LIST_SUMMARY))}")
    return "\n".join(lines)


_SORTS = {
    "date": ("briefs/index.md", "date, newest first", date_sort_key),
    "title": ("briefs/by-title.md", "title", lambda b: ((b.title or "").lower(), b.slug)),
    "publisher": ("briefs/by-publisher.md", "publisher", lambda b: (b.publisher is None, (b.publisher or "").lower(), date_sort_key(b))),
}


def all_briefs_pages(site: Site) -> dict[str, str]:
    """The index of all briefs, once per sort order, so sorting works without JavaScript."""
    pages = {}
    for name, (path, label, key) in _SORTS.items():
        switch = " · ".join(
            f"**{lbl}**" if other == name else f"[{lbl}]({rel(path, p)})" for other, (p, lbl, _) in _SORTS.items()
        )
        rows = ["| Title | Authors | Publisher | Date |", "|---|---|---|---|"]
        for brief in sorted(site.briefs, key=key):
            authors = ", ".join(escape_md(a.name) for a in brief.authors) or "—"
            rows.append(
                f"| [{title_md(brief)}]({rel(path, brief_path(brief))}){cite.coins(brief)} | {authors} | "
                f"{escape_md(brief.publisher) if brief.publisher else '—'} | {display_date(brief.date)} |"
            )
        text = f"# All briefs\n\n{len(site.briefs)} briefs, sorted by {label}. Sort by: {switch}\n{{: .sort-switch }}\n\n" + "\n".join(rows)
        pages[path] = page({"title": "All briefs", **INDEX_META}, text)
    return pages


def timeline_page(site: Site) -> str:
    here = "timeline/index.md"
    dated = [b for b in site.briefs if b.date]
    undated = [b for b in site.briefs if not b.date]
    parts = ["# Timeline", "Briefs by date of publication, newest first."]
    by_year: dict[str, list[Brief]] = defaultdict(list)
    for brief in dated:
        by_year[brief.date[:4]].append(brief)
    for year in sorted(by_year, reverse=True):
        parts.append(f"## {year}")
        for brief in by_year[year]:
            parts.append(f"- {display_date(brief.date)}: [{title_md(brief)}]({rel(here, brief_path(brief))})")
    parts.append("## Undated briefs")
    parts.append("These briefs do not state when they were published." if undated else "*None.*")
    parts += [f"- [{title_md(b)}]({rel(here, brief_path(b))})" for b in undated]
    return page({"title": "Timeline", **INDEX_META}, "\n\n".join(parts))


# -- themes, authors, publishers --------------------------------------------


def theme_pages(site: Site) -> dict[str, str]:
    pages = {}
    rows = ["| Theme | Briefs | Scope |", "|---|---|---|"]
    for theme in site.taxonomy.themes:
        briefs = site.by_theme.get(theme.id, [])
        rows.append(f"| [{escape_md(theme.label)}]({theme.id}/index.md) | {len(briefs)} | {escape_md(theme.scope)} |")
        here = f"themes/{theme.id}/index.md"
        scope = theme.description or theme.scope
        text = [f"# {escape_md(theme.label)}", f"{escape_md(scope[:1].upper() + scope[1:])}\n{{: .theme-scope }}"]
        if briefs:
            says = "1 brief says" if len(briefs) == 1 else f"{len(briefs)} briefs say"
            text.append(f"What {says} on this theme, newest first. Each passage links to its place in the brief.")
        else:
            text.append("*No brief discusses this theme yet.*")
        for position, brief in enumerate(briefs):
            text.append(_theme_entry(brief, theme.id, here, full=position < THEME_FULL_PASSAGES))
        if len(briefs) > THEME_FULL_PASSAGES:
            text.insert(3, f"The {THEME_FULL_PASSAGES} newest briefs show their passages in full; older ones show the opening "
                           "of their strongest passage, linked to the whole paragraph.")
        pages[here] = page({"title": theme.label, **INDEX_META}, "\n\n".join(text), site)
    pages["themes/index.md"] = page(
        {"title": "Themes", **INDEX_META},
        "# Themes\n\nThe editorial taxonomy, with the number of briefs that discuss each theme.\n\n" + "\n".join(rows),
        site,
    )
    return pages


def _theme_entry(brief: Brief, theme_id: str, here: str, full: bool = True) -> str:
    """A brief on a theme page: its title, byline and the passages that show its position.

    Past the newest ``THEME_FULL_PASSAGES`` briefs only the strongest passage's opening is
    quoted: in a large archive full passages would make theme pages larger than the briefs.
    """
    target = rel(here, brief_path(brief))
    by = _join(escape_md(a.name) for a in brief.authors) if brief.authors else "Author not stated"
    pub = escape_md(brief.publisher) if brief.publisher else "publisher not stated"
    lines = [f"## [{title_md(brief)}]({target})", f"{by} · {pub} · {display_date(brief.date)}\n{{: .brief-meta }}"]
    blocks = {b.id: b for b in brief.blocks}
    ranked = brief.theme_passages.get(theme_id, [])  # strongest first
    chosen = sorted(ranked, key=lambda b: blocks[b].line) if full else ranked[:1]
    for block_id in chosen:
        passage = strip_marker(blocks[block_id].text)
        text = inline(passage if full else shorten(passage, 240), {})
        lines.append(f"> {text} [↗ paragraph]({target}#{block_id}){{: .passage-link }}\n{{: .theme-passage }}")
    return "\n\n".join(lines)


def glossary_pages(site: Site) -> dict[str, str]:
    if site.glossary is None:
        return {}
    pages = {}
    mentions: dict[str, list[Brief]] = defaultdict(list)
    for brief in site.briefs:
        for entry_id in brief.glossary:
            mentions[entry_id].append(brief)
    lines = []
    for entry in site.glossary.entries:
        acronym = f" ({entry.acronym})" if entry.acronym else ""
        count = len(mentions[entry.id])
        lines.append(f"- [{escape_md(entry.term)}{acronym}]({entry.id}/index.md): {escape_md(entry.definition)} *({count} brief{'s' if count != 1 else ''})*")
        here = f"glossary/{entry.id}/index.md"
        text = [f"# {escape_md(entry.term)}{acronym}", f"{escape_md(entry.definition)}\n{{: .glossary-definition }}"]
        if entry.aliases:
            text.append("Also written: " + ", ".join(escape_md(a) for a in entry.aliases))
        text.append("## Mentioned in")
        if not mentions[entry.id]:
            text.append("*No brief mentions this yet.*")
        for brief in mentions[entry.id]:
            mention = brief.glossary[entry.id]
            target = rel(here, brief_path(brief))
            text.append(f"- [{title_md(brief)}]({target}): “{escape_md(mention['sentence'])}” [↗ paragraph]({target}#{mention['id']})")
        pages[here] = page({"title": entry.term, **INDEX_META}, "\n\n".join(text), site)
    body_text = "# Glossary\n\nInitiatives, institutions, treaties and formats that the briefs refer to.\n\n" + "\n".join(lines)
    if site.glossary.uncurated:
        rows = ["| Acronym | Expansion as the briefs define it |", "|---|---|"]
        rows += [f"| {a} | {escape_md(e)} |" for a, e in site.glossary.uncurated.items()]
        body_text += "\n\n## Other acronyms defined in the briefs\n\n" + "\n".join(rows)
    pages["glossary/index.md"] = page({"title": "Glossary", **INDEX_META}, body_text, site)
    return pages


def _entity_pages(site: Site, folder: str, title: str, groups: dict, names: dict, order: list[str],
                  describe, unnamed: list[Brief], unnamed_text: str) -> dict[str, str]:
    """An index of people or organisations with counts, a page for each listing their briefs,
    and the briefs that name none, so that nothing is hidden."""
    pages, lines = {}, []
    for slug in order:
        name, briefs = names[slug], groups[slug]
        lines.append(f"- [{escape_md(name)}]({slug}/index.md) ({len(briefs)})")
        here = f"{folder}/{slug}/index.md"
        text = [f"# {escape_md(name)}", *describe(slug, briefs), "## Briefs", brief_list(briefs, here, site)]
        pages[here] = page({"title": name, **INDEX_META}, "\n\n".join(text))
    text = f"# {title}\n\n" + ("\n".join(lines) or f"*No {title.lower()} yet.*")
    if unnamed:
        text += f"\n\n{unnamed_text}\n\n" + brief_list(unnamed, f"{folder}/index.md", site)
    pages[f"{folder}/index.md"] = page({"title": title, **INDEX_META}, text)
    return pages


def author_pages(site: Site) -> dict[str, str]:
    def affiliations(slug: str, briefs: list[Brief]) -> list[str]:
        found = sorted({a.affiliation for b in briefs for a in b.authors if author_slug(a.name) == slug and a.affiliation})
        return ["Affiliation as stated in the briefs: " + "; ".join(escape_md(a) for a in found)] if found else []

    order = sorted(site.by_author, key=lambda s: (site.author_names[s].split()[-1].lower(), s))
    return _entity_pages(site, "authors", "Authors", site.by_author, site.author_names, order, affiliations,
                         [b for b in site.briefs if not b.authors], "## Briefs that name no author")


def publisher_pages(site: Site) -> dict[str, str]:
    order = sorted(site.by_publisher, key=lambda s: site.publisher_names[s].lower())
    return _entity_pages(site, "publishers", "Publishers", site.by_publisher, site.publisher_names, order,
                         lambda slug, briefs: [], [b for b in site.briefs if not b.publisher],
                         "## Publisher not stated\n\nThese briefs do not say who published them.")


def home_snippets(site: Site) -> dict[str, str]:
    """Pieces included by the hand-written docs/index.md (pymdownx.snippets); links are relative to it."""
    latest = brief_list(site.briefs[: site.config.latest], "index.md", site)
    themes = []
    for theme in site.taxonomy.themes:
        count = len(site.by_theme.get(theme.id, []))
        if count:
            themes.append(f"- [{escape_md(theme.label)}](themes/{theme.id}/index.md) ({count})")
    stats = (
        f"{len(site.briefs)} briefs by {len(site.by_author)} authors from "
        f"{len(site.by_publisher)} publishers, on {sum(1 for t in site.taxonomy.themes if site.by_theme.get(t.id))} themes."
    )
    return {
        "_snippets/latest.md": latest + "\n",
        "_snippets/themes.md": ("\n".join(themes) or "*No themes assigned yet.*") + "\n",
        "_snippets/stats.md": stats + "\n",
    }


def site_pages(site: Site) -> dict[str, str]:
    """Every generated page of the site."""
    pages: dict[str, str] = {}
    for brief in site.briefs:
        pages[brief_path(brief)] = brief_page(brief, site)
    pages.update(all_briefs_pages(site))
    pages["timeline/index.md"] = timeline_page(site)
    pages.update(theme_pages(site))
    pages.update(author_pages(site))
    pages.update(publisher_pages(site))
    pages.update(glossary_pages(site))
    pages.update(annotation_pages(site, site.orphans))
    pages.update(home_snippets(site))
    return pages
