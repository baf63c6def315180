"""The site's pages beyond each brief's own, as ``{docs-relative path: Markdown}``.

Pure functions of the enriched briefs and the taxonomy; ``build`` writes them.
Index pages are excluded from search so that they do not flood results with
text that is already on the brief pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from brieflib.enrich.corpus import Site
from brieflib.enrich.taxonomy import Theme
from brieflib.model.brief import Brief, date_sort_key
from brieflib.model.pages import Pages
from brieflib.model.text import shorten
from brieflib.render.brief_page import brief_page
from brieflib.render.markdown import page
from brieflib.render.notes import KIND_LABELS
from brieflib.render.present import (
    brief_path,
    counted,
    display_date,
    md_text,
    rel,
    title_md,
)
from brieflib.render.search_facets import BODY_END, LISTING_WEIGHT, body_start, listing_search_data
from brieflib.site.annotations import annotation_pages
from brieflib.site.cards import card_list
from brieflib.site.theme_page import theme_page, theme_pages

FRONT_ANNOTATIONS = 5  # the newest readers' notes on the front page


# -- lists of briefs: each brief one card (site/cards.py) --------------------------


_SORTS = {
    "date": ("briefs/index.md", "date, newest first", date_sort_key),
    "title": ("briefs/by-title.md", "title", lambda b: ((b.title or "").lower(), b.slug)),
    "publisher": ("briefs/by-publisher.md", "publisher", lambda b: (b.publisher is None, (b.publisher or "").lower(), date_sort_key(b))),
}


def all_briefs_pages(site: Site) -> dict[str, str]:
    """The index of all briefs, once per sort order, so sorting works without JavaScript; with it,
    listing.js adds sorting and filters by theme, publisher and year over the cards' data attributes."""
    pages = Pages()
    for name, (path, label, key) in _SORTS.items():
        switch = " · ".join(
            f"**{lbl}**" if other == name else f"[{lbl}]({rel(path, p)})" for other, (p, lbl, _) in _SORTS.items()
        )
        cards = card_list(sorted(site.briefs, key=key), path, site, "all-briefs", f'data-sort="{name}"')
        text = (f"# All briefs\n\n{counted(len(site.briefs), 'brief')}\n{{: .listing-count }}\n\n"
                f"Sorted by {label}. Sort by: {switch}\n{{: .sort-switch }}\n\n{cards}")
        pages[path] = page({"title": "All briefs"}, text)
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
        parts.append(card_list(by_year[year], here, site))
    parts.append("## Undated briefs")
    if undated:
        parts += ["These briefs do not state when they were published.", card_list(undated, here, site)]
    else:
        parts.append("*None.*")
    return page({"title": "Timeline"}, "\n\n".join(parts))


# -- regions, authors, publishers (themes: site/theme_page.py) ----------------------


def region_pages(site: Site) -> dict[str, str]:
    """A page per region that a brief discusses (regions.yml's order), listing those briefs, and an index of regions."""
    pages = Pages()
    rows = ["| Region | Briefs |", "|---|---|"]
    order = [r.name for r in site.gazetteer.regions] if site.gazetteer else []
    names = [n for n in order if n in site.by_region] + sorted(n for n in site.by_region if n not in order)
    for name in names:
        region = site.gazetteer.region(name) if site.gazetteer else None
        slug = site.region_slug(name)
        briefs = site.by_region[name]
        rows.append(f"| [{md_text(name)}]({slug}/index.md) | {len(briefs)} |")
        here = f"regions/{slug}/index.md"
        text = [f"# {md_text(name)}"]
        if region and region.description:
            text.append(md_text(region.description))
        if region and region.members:
            text.append("Countries: " + ", ".join(md_text(m) for m in region.members))
        text = [listing_search_data("Region", name), body_start(LISTING_WEIGHT) + "\n\n".join(text) + BODY_END]
        says = "1 brief discusses" if len(briefs) == 1 else f"{len(briefs)} briefs discuss"
        text += [f"{says} this region, newest first.", "## Briefs", card_list(briefs, here, site)]
        pages[here] = page({"title": name}, "\n\n".join(text), site)
    intro = ("# Regions\n\nThe regions the briefs discuss (named in several of a brief's paragraphs; "
             "the list and its names are in sources/regions.yml), with the number of briefs on each.\n\n")
    pages["regions/index.md"] = page({"title": "Regions"}, intro + ("\n".join(rows) if names else "*No brief discusses a region yet.*"), site)
    return pages


def glossary_pages(site: Site) -> dict[str, str]:
    if site.glossary is None:
        return {}
    pages = Pages()
    mentions: dict[str, list[Brief]] = defaultdict(list)
    for brief in site.briefs:
        for entry_id in brief.glossary:
            mentions[entry_id].append(brief)
    lines = []
    for entry in site.glossary.entries:
        acronym = f" ({entry.acronym})" if entry.acronym else ""
        count = len(mentions[entry.id])
        lines.append(f"- [{md_text(entry.term)}{acronym}]({entry.id}/index.md): {md_text(entry.definition)} *({counted(count, 'brief')})*")
        here = f"glossary/{entry.id}/index.md"
        text = [f"# {md_text(entry.term)}{acronym}", f"{md_text(entry.definition)}\n{{: .glossary-definition }}"]
        if entry.aliases:
            text.append("Also written: " + ", ".join(md_text(a) for a in entry.aliases))
        text.append("## Mentioned in")
        if not mentions[entry.id]:
            text.append("*No brief mentions this yet.*")
        for brief in mentions[entry.id]:
            mention = brief.glossary[entry.id]
            target = rel(here, brief_path(brief))
            text.append(f"- [{title_md(brief)}]({target}): “{md_text(mention['sentence'])}” [↗ paragraph]({target}#{mention['id']})")
        pages[here] = page({"title": entry.term}, "\n\n".join(text), site)
    body_text = "# Glossary\n\nInitiatives, institutions, treaties and formats that the briefs refer to.\n\n" + "\n".join(lines)
    if site.glossary.uncurated:
        rows = ["| Acronym | Expansion as the briefs define it |", "|---|---|"]
        rows += [f"| {a} | {md_text(e)} |" for a, e in site.glossary.uncurated.items()]
        body_text += "\n\n## Other acronyms defined in the briefs\n\n" + "\n".join(rows)
    pages["glossary/index.md"] = page({"title": "Glossary"}, body_text, site)
    return pages


def _entity_pages(site: Site, folder: str, title: str, groups: dict, names: dict, order: list[str],
                  describe, unnamed: list[Brief], unnamed_text: str, search_kind: str | None = None) -> dict[str, str]:
    """An index of people or organisations with counts, a page for each listing their briefs,
    and the briefs that name none, so that nothing is hidden. With ``search_kind`` each page's
    name and description (not its list of briefs) is in the search index."""
    pages, lines = Pages(), []
    for slug in order:
        name, briefs = names[slug], groups[slug]
        lines.append(f"- [{md_text(name)}]({slug}/index.md) · {counted(len(briefs), 'brief')}")
        here = f"{folder}/{slug}/index.md"
        text = [f"# {md_text(name)}", *describe(slug, briefs)]
        if search_kind:
            text = [listing_search_data(search_kind, name), body_start(LISTING_WEIGHT) + "\n\n".join(text) + BODY_END]
        text += ["## Briefs", card_list(briefs, here, site)]
        pages[here] = page({"title": name}, "\n\n".join(text))
    text = f"# {title}\n\n" + ("\n".join(lines) or f"*No {title.lower()} yet.*")
    if unnamed:
        text += f"\n\n{unnamed_text}\n\n" + card_list(unnamed, f"{folder}/index.md", site)
    pages[f"{folder}/index.md"] = page({"title": title}, text)
    return pages


def author_pages(site: Site) -> dict[str, str]:
    def affiliations(slug: str, briefs: list[Brief]) -> list[str]:
        found = sorted({a.affiliation for b in briefs for a in b.authors if site.author_slugs[a.name] == slug and a.affiliation})
        return ["Affiliation as stated in the briefs: " + "; ".join(md_text(a) for a in found)] if found else []

    order = sorted(site.by_author, key=lambda s: (site.author_names[s].split()[-1].lower(), s))
    return _entity_pages(site, "authors", "Authors", site.by_author, site.author_names, order, affiliations,
                         [b for b in site.briefs if not b.authors], "## Briefs that name no author", search_kind="Author")


def publisher_pages(site: Site) -> dict[str, str]:
    order = sorted(site.by_publisher, key=lambda s: site.publisher_names[s].lower())
    return _entity_pages(site, "publishers", "Publishers", site.by_publisher, site.publisher_names, order,
                         lambda slug, briefs: [], [b for b in site.briefs if not b.publisher],
                         "## Publisher not stated\n\nThese briefs do not say who published them.")


def home_snippets(site: Site) -> dict[str, str]:
    """Pieces included by the hand-written docs/index.md (pymdownx.snippets); links are relative to it.

    The front page: the latest briefs as cards, the themes with their counts, the newest readers' notes.
    """
    latest = card_list(site.briefs[: site.config.latest], "index.md", site)
    themes = []
    for theme in site.taxonomy.themes:
        count = len(site.by_theme.get(theme.id, []))
        if count:
            themes.append(f'- [{md_text(theme.label)}](themes/{theme.id}/index.md) <span class="theme-count">{counted(count, "brief")}</span>')
    themes_used = sum(1 for t in site.taxonomy.themes if site.by_theme.get(t.id))
    stats = (f"{counted(len(site.briefs), 'brief')} by {counted(len(site.by_author), 'author')} from "
             f"{counted(len(site.by_publisher), 'publisher')}, on {counted(themes_used, 'theme')}.")
    return {
        "_snippets/latest.md": latest + "\n",
        "_snippets/themes.md": ("\n".join(themes) or "*No themes assigned yet.*") + "\n",
        "_snippets/stats.md": stats + "\n",
        "_snippets/annotations.md": _newest_annotations(site) + "\n",
    }


def _newest_annotations(site: Site) -> str:
    """The newest readers' notes, newest first: kind, author, date, the brief and the passage quoted."""
    notes = sorted((n for b in site.briefs for n in b.annotations), key=lambda n: (n.created, n.id), reverse=True)
    lines = []
    for note in notes[:FRONT_ANNOTATIONS]:
        brief = site.by_slug[note.brief_slug]
        lines.append(f"- [{KIND_LABELS[note.kind]} by {md_text(note.author)}]({rel('index.md', brief_path(brief))}#{note.id}) "
                     f"on {title_md(brief)}, {display_date(note.created)}: “{md_text(shorten(note.quote, 120))}”")
    return "\n".join(lines) or "*No notes yet.*"


def site_pages(site: Site, render_brief: Callable[[Brief, Site], object] = brief_page,
               render_theme: Callable[[Theme, Site], object] = theme_page) -> dict[str, object]:
    """Every generated page of the site; each brief's and each theme's own page by ``render_brief`` and
    ``render_theme`` (their text; the build's take them from its page cache, read only when written)."""
    pages = Pages()
    for brief in site.briefs:
        pages[brief_path(brief)] = render_brief(brief, site)
    pages.update(all_briefs_pages(site))
    pages["timeline/index.md"] = timeline_page(site)
    pages.update(theme_pages(site, render_theme))
    pages.update(region_pages(site))
    pages.update(author_pages(site))
    pages.update(publisher_pages(site))
    pages.update(glossary_pages(site))
    pages.update(annotation_pages(site, site.orphans))
    pages.update(home_snippets(site))
    return pages
