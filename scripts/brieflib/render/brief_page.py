"""A brief's own page: title, standfirst (its own summary only), byline, key points quoted from its summary
or recommendations section, body with notes and glossary links, what the text does not state, citation,
related briefs.

The page is made from a ``BriefPageInputs`` alone: the brief and what the page shows of the rest of the site.
The page cache (build/page_cache.py) keys each page on exactly that object, so a page is taken from the cache
only while everything it shows is unchanged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from brieflib.enrich.corpus import Site
from brieflib.enrich.glossary import link_first
from brieflib.ingest.convert import original_copy
from brieflib.ingest.patterns import KEY_POINTS_LABEL, strip_marker
from brieflib.model.brief import Block, Brief
from brieflib.model.config import SiteConfig
from brieflib.model.text import sentences
from brieflib.render import cite
from brieflib.render.markdown import body, front_matter, front_matter_block, inline, with_abbreviations
from brieflib.render.notes import by_block, decorate_block, note_asides, notes_section, numbering
from brieflib.render.present import (
    brief_path,
    counted,
    display_date,
    join_names,
    md_text,
    own_summary,
    ranked_themes,
    rel,
    shorten_words,
    title_md,
    title_text,
)
from brieflib.render.search_facets import BODY_END, body_start, brief_search_data


@dataclass(frozen=True)
class LinkedBrief:
    """Another brief where a page links to it by its title (related briefs, notes): what the link shows."""

    slug: str
    title: str | None
    title_derived: bool


@dataclass
class BriefPageInputs:
    """Everything a brief's page is made from: the brief, and what the page shows of the rest of the site.

    The renderer is given this object and nothing else, and the page cache hashes all of it, so what a page
    shows and what its cache entry is keyed on cannot drift apart. The expansions of the acronyms a page uses
    are not in it: they depend on every brief's acronyms and are added to the text on each build
    (``with_abbreviations``).
    """

    brief: Brief  # as its page sees it: its related briefs without their scores (page_brief)
    config: SiteConfig
    themes: dict[str, str]  # the labels of the themes it names (its chips, its search facets), in the taxonomy's order
    glossary: dict[str, re.Pattern]  # the glossary entries it mentions: the pattern that finds the first mention
    author_slugs: dict[str, str]  # its authors' names -> their pages' slugs (made distinct across the site)
    publisher_slug: str | None
    others: dict[str, LinkedBrief]  # the briefs it links to by title (related, notes' sources and see-also), by slug


def brief_page_inputs(brief: Brief, site: Site) -> BriefPageInputs:
    """What ``brief``'s page reads of ``site``, gathered from it."""
    named = set(brief.themes) | set(brief.theme_mentions)
    themes = {t.id: t.label for t in site.taxonomy.themes if t.id in named}
    glossary = {entry_id: site.glossary.pattern(entry_id) for entry_id in brief.glossary} if site.glossary is not None else {}
    linked = [r["slug"] for r in brief.related] + [note.brief_slug for note, _anchor in brief.backlinks]
    linked += [target.partition("#")[0] for note in brief.annotations for target in note.see_also]
    others = {slug: LinkedBrief(slug, other.title, other.title_derived)
              for slug in dict.fromkeys(linked) if (other := site.by_slug.get(slug)) is not None}
    return BriefPageInputs(
        page_brief(brief), site.config, themes, glossary, {a.name: site.author_slugs[a.name] for a in brief.authors},
        site.publisher_slugs[brief.publisher] if brief.publisher else None, others,
    )


def page_brief(brief: Brief) -> Brief:
    """The brief as its page sees it: its related briefs in order, each with its reason, but not its score, and
    without the words that relate it to others or the acronyms it defines.

    A score only ranks them, and it moves with any edit anywhere in the corpus (every TF-IDF weight does): were it
    an input, one edited brief would render most pages again with the same text. The words and the acronyms are
    found in its title and text (``related.brief_terms``, ``glossary.brief_acronyms``), already in the key; the
    page's acronyms' expansions are added after it is rendered.
    """
    return replace(brief, related=[{"slug": r["slug"], "reason": r["reason"]} for r in brief.related], terms="", acronyms=None)


def brief_page(brief: Brief, site: Site) -> str:
    """The whole page, made afresh (build/page_cache.py takes the front matter and text from its cache instead)."""
    front, text = brief_page_markdown(brief_page_inputs(brief, site))
    return front + with_abbreviations(text, site.glossary)


def brief_page_markdown(inputs: BriefPageInputs) -> tuple[str, str]:
    """The page's front matter and its text, before the acronyms' expansions."""
    brief = inputs.brief
    here = brief_path(brief)
    meta = front_matter(brief)
    meta["title"] = title_text(brief)
    meta["head"] = cite.head(brief, inputs.config.site_url, inputs.config.site_name)
    meta["hide"] = ["navigation"]  # a brief reads as an article: its own contents on the right, no site tree on the left
    # Pagefind indexes the title, byline and body (search_facets); notes, citation and related briefs stay out.
    parts = [brief_search_data(brief, lambda t: inputs.themes.get(t, t)),
             body_start() + f"# {title_md(brief)}" + (" {: .derived-title }" if brief.title_derived else "")]
    if brief.title_derived:
        parts.append("The text states no title; the heading above is its opening sentence.\n{: .derived-note }")
    standfirst = own_summary(brief)
    if standfirst:  # only a summary of its own: opening sentences would repeat the body
        parts.append(f"{md_text(standfirst)}\n{{: .standfirst }}")
    if brief.authors:
        parts.append("By " + join_names(_author_link(a, here, inputs) for a in brief.authors) + "\n{: .brief-byline }")
    config = inputs.config
    data = f'data-slug="{brief.slug}" data-repository="{config.repository}" data-branch="{config.branch}"'
    parts.append(" · ".join(_meta_items(brief, here, inputs)) + f"\n{{: .brief-meta {data} }}")
    parts += _theme_chips(brief, here, inputs)
    parts += _places_line(brief, here)
    parts.append(_print_citation(brief, config))
    parts += key_points_box(brief)
    parts.append(_brief_body(brief, here, inputs))
    if brief.author_bios:
        parts.append("## About the author" + ("s" if len(brief.author_bios) > 1 else "") + "\n\n" + "\n\n".join(md_text(b) for b in brief.author_bios))
    parts[-1] += BODY_END
    parts += _about_box(brief)
    notes = notes_section(brief, here, inputs.others)
    if notes:
        parts.append(notes)
    parts.append(_cite_box(brief, config))
    if brief.related:
        lines = ["## Related briefs"]
        for related in brief.related:
            other = inputs.others[related["slug"]]
            lines.append(f"- [{title_md(other)}]({rel(here, brief_path(other))}) — {md_text(related['reason'] or 'similar text')}")
        parts.append("\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:]) + "\n{: .related-briefs }")
    return front_matter_block(meta), "\n\n".join(parts)


PRIMARY_CHIPS = 5

# Sections whose points the "Key points" box quotes: the brief's own summary first, else its recommendations.
# Matched on the whole heading, without its number ("5. Recommendations") or a closing colon.
SUMMARY_HEADINGS = KEY_POINTS_LABEL
RECOMMENDATION_HEADINGS = re.compile(r"(?:\w+ )?recommendations(?: for .+)?", re.I)
_HEADING_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")
KEY_POINTS = 6  # at most this many
KEY_POINT_WORDS = 45  # a longer first sentence is cut, the cut marked


def key_points(brief: Brief) -> tuple[str, list[str]] | None:
    """The heading of the brief's summary (or else recommendations) section and, quoted from it, the first
    sentence of each of its paragraphs or list items. None when the brief has no such section, and when
    the body opens with that section made of exactly these points (the box would repeat what follows it)."""
    if brief.key_points:  # a framed box of its own points, set apart from the text
        return brief.key_points_label or "Key points", [_shortened(p) for p in brief.key_points[:KEY_POINTS]]
    headings = [(i, b) for i, b in enumerate(brief.blocks) if b.kind == "heading"]
    for pattern in (SUMMARY_HEADINGS, RECOMMENDATION_HEADINGS):
        for index, heading in headings:
            name = _HEADING_NUMBER.sub("", heading.text.strip()).rstrip(" :")
            if not pattern.fullmatch(name):
                continue
            section = _section(brief.blocks, index)
            points = [p for p in (_first_sentence(b) for b in section) if p][:KEY_POINTS]
            if not points:
                continue
            if index == 0 and points == [_point_text(b) for b in section]:
                return None
            return name, points
    return None


def _section(blocks: list[Block], index: int) -> list[Block]:
    """The paragraphs and list items under the heading at ``index``, up to the next heading of its level or above."""
    found = []
    for block in blocks[index + 1 :]:
        if block.kind == "heading" and block.level <= blocks[index].level:
            break
        if block.kind in {"paragraph", "item"}:
            found.append(block)
    return found


def _point_text(block: Block) -> str:
    """A block's text as a point: no note markers, no list number."""
    return " ".join(_ITEM_NUMBER.sub("", strip_marker(block.text).strip()).split())


def _first_sentence(block: Block) -> str:
    first = sentences(_point_text(block))
    return _shortened(first[0]) if first else ""


def _shortened(point: str) -> str:
    return shorten_words(" ".join(point.split()), KEY_POINT_WORDS)


def key_points_box(brief: Brief) -> list[str]:
    """"Key points", quoted (a blockquote) from the brief's own section; out of search, which has the body."""
    found = key_points(brief)
    if found is None:
        return []
    name, points = found
    quoted = "\n".join(f"> - {inline(point, {})}" for point in points)
    return [
        '<section class="key-points" aria-label="Key points" markdown data-pagefind-ignore="all">\n\n'
        f"**Key points**, quoted from the brief’s “{md_text(name)}”\n{{: .key-points__source }}\n\n{quoted}\n\n</section>"
    ]


def _about_box(brief: Brief) -> list[str]:
    """"About this brief": what its text does not state (the byline and meta line just leave it out)."""
    missing = []
    if not brief.authors:
        missing.append("The text names no author.")
    if not brief.publisher:
        missing.append("The text does not state its publisher.")
    if not brief.date:
        missing.append("The text does not state when it was published.")
    if not missing:
        return []
    return ['<aside class="about-brief" markdown data-pagefind-ignore="all">\n\n**About this brief**\n\n'
            + " ".join(missing) + "\n\n</aside>"]


def _theme_chips(brief: Brief, here: str, inputs: BriefPageInputs) -> list[str]:
    """The primary themes, strongest first (at most PRIMARY_CHIPS), then "Also touches on": the rest and the mentions."""
    order = {t: i for i, t in enumerate(inputs.themes)}  # the taxonomy's order; a theme it lacks comes last
    primary = ranked_themes(brief, list(inputs.themes))
    minor = primary[PRIMARY_CHIPS:] + sorted((t for t in brief.theme_mentions if t not in brief.themes), key=lambda t: order.get(t, len(order)))

    def chip(theme_id: str, kind: str) -> str:
        return f"[{md_text(inputs.themes.get(theme_id, theme_id))}]({rel(here, f'themes/{theme_id}/index.md')}){{: .{kind} }}"

    parts = []
    if primary:
        parts.append(" ".join(chip(t, "theme-chip") for t in primary[:PRIMARY_CHIPS]) + "\n{: .theme-chips }")
    if minor:  # folded: a reader opens them when wanted, and the page starts with what the brief is about
        more = counted(len(minor), "more theme")
        chips = " ".join(chip(t, "theme-chip .theme-chip-minor") for t in minor)
        parts.append(f'<details class="theme-chips-minor" markdown>\n<summary>Also touches on {more}</summary>\n\n{chips}\n\n</details>')
    return parts


def _places_line(brief: Brief, here: str) -> list[str]:
    """"Countries and regions" it discusses: regions linked to their pages, countries as text."""
    regions = [f"[{md_text(r)}]({rel(here, f'regions/{Site.region_slug(r)}/index.md')})" for r in brief.regions]
    names = regions + [md_text(c) for c in brief.countries]
    return ["Countries and regions: " + ", ".join(names) + "\n{: .brief-places }"] if names else []


def _cite_box(brief: Brief, config: SiteConfig) -> str:
    """"Cite this brief": the formatted citation (copied by cite.js) and the three exports."""
    downloads = " · ".join(
        f'[{label}]({name}){{: download="{brief.slug}.{name.split(".")[1]}" type="{mime}" }}'
        for name, (mime, label) in cite.EXPORTS.items()
    )
    return (
        "## Cite this brief\n\n"
        '<div class="cite-box" markdown data-pagefind-ignore="all">\n\n'
        f"{md_text(cite.formatted(brief, config.site_url))}\n{{: .cite-text }}\n\n"
        f"Download: {downloads}\n{{: .cite-downloads }}\n\n</div>"
    )


def _print_citation(brief: Brief, config: SiteConfig) -> str:
    """Shown only in print: the citation and the page's address on the first page."""
    url = cite.page_url(brief, config.site_url) or ""
    return (
        '<div class="print-only print-citation" markdown data-pagefind-ignore="all">\n\n'
        f"Cite as: {md_text(cite.formatted(brief, ''))} <span class=\"print-url\">{url}</span>\n\n</div>"
    )


def _brief_body(brief: Brief, here: str, inputs: BriefPageInputs) -> str:
    """The body with annotation marks and notes, then glossary links on first mentions."""
    glossary = _glossary_linker(brief, here, inputs.glossary)
    notes_here = by_block(brief)
    numbers = numbering(brief)

    def decorate(block, text: str) -> str:
        text = decorate_block(block, text, notes_here, numbers)
        return glossary(block, text) if glossary else text

    def after(block) -> str:
        return note_asides(notes_here[block.id], here, inputs.config, inputs.others, numbers) if block.id in notes_here else ""

    return body(brief, decorate, after)


def _glossary_linker(brief: Brief, here: str, patterns: dict[str, re.Pattern]):
    """Link each glossary entry's first mention in the brief to its entry page (``patterns``: by entry id)."""
    if not patterns or not brief.glossary:
        return None
    by_block: dict[str, list[str]] = defaultdict(list)
    for entry_id, mention in brief.glossary.items():
        by_block[mention["id"]].append(entry_id)

    def decorate(block, text: str) -> str:
        for entry_id in by_block.get(block.id, []):
            text = link_first(text, patterns[entry_id], rel(here, f"glossary/{entry_id}/index.md"))
        return text

    return decorate


def _author_link(author, here: str, inputs: BriefPageInputs) -> str:
    link = f"[{md_text(author.name)}]({rel(here, f'authors/{inputs.author_slugs[author.name]}/index.md')})"
    return f"{link} ({md_text(author.affiliation)})" if author.affiliation else link


def _meta_items(brief: Brief, here: str, inputs: BriefPageInputs) -> list[str]:
    config = inputs.config
    items = []
    if brief.publisher:  # what the text does not state is said once, in the "About this brief" box
        items.append(f"[{md_text(brief.publisher)}]({rel(here, f'publishers/{inputs.publisher_slug}/index.md')})")
    if brief.dateline:
        items.append(md_text(brief.dateline.title()))
    if brief.date:
        items.append(display_date(brief.date))
    items.append(f"{brief.reading_time} min read")
    count = len(brief.annotations)
    items.append(f"[{count} note{'s' if count != 1 else ''}](#notes-on-this-brief)" if count else "No notes yet")
    original = original_copy(brief)
    if original is not None:  # the publisher's own file, copied beside the page
        if original.endswith(".pdf"):
            items.append(f"[Original PDF]({original})")
        else:  # kept as text so that its scripts never run here; saved under its own type
            items.append(f'[Original web page]({original}){{: download="{brief.slug}.html" }}')
    elif config.repository:
        url = f"{config.repository.rstrip('/')}/blob/{config.branch}/{brief.source.as_posix()}"
        items.append(f"[Source text]({url})")
    else:
        items.append("[Source text](source.txt)")
    return items
