"""A theme's page: its name and scope, the positions of the briefs that discuss it, their cards with the passages
on it, and the briefs that only mention it; and the index of themes.

A theme page is made from a ``ThemePageInputs`` alone: the theme, and for each brief it lists what the page shows
of it (its card's face, its position, the passages or the paragraph it quotes). The page cache
(build/page_cache.py) keys each page on exactly that object, as it does brief pages, so a theme page is rendered
again only when the theme or what it shows of its briefs changed: one edited brief renders the pages of its
themes, not every theme's.
"""

from __future__ import annotations

from dataclasses import dataclass

from brieflib.enrich.corpus import Site
from brieflib.enrich.taxonomy import Theme
from brieflib.ingest.patterns import strip_marker
from brieflib.model.brief import Brief
from brieflib.model.pages import Pages
from brieflib.model.text import shorten
from brieflib.render.markdown import front_matter_block, inline, page, with_abbreviations
from brieflib.render.present import counted, display_date, md_text, rel
from brieflib.render.search_facets import BODY_END, LISTING_WEIGHT, body_start, listing_search_data
from brieflib.site.cards import CardFace, card_face, face_list

THEME_FULL_PASSAGES = 50
EXCERPT_CHARACTERS = 240  # an older brief's strongest passage, shortened to this


@dataclass
class ThemedBrief:
    """What a theme page shows of one brief that discusses or mentions the theme."""

    face: CardFace  # its card
    publisher: str | None  # its publisher and date, in the positions table (a brief that discusses it)
    date: str | None
    position: dict | None  # the sentence that states its position on the theme: {block, sentence}
    passages: list[tuple[str, str]]  # (paragraph id, text) quoted on its card, in the order shown
    full: bool  # the passages quoted in full, or only the strongest one's opening (older briefs)
    paragraph: str | None = None  # a brief that only mentions it: the paragraph that says most on it, linked


@dataclass
class ThemePageInputs:
    """Everything a theme's page is made from. The renderer is given this object and nothing else, and the page
    cache hashes all of it. The expansions of the acronyms the page uses are added after it is rendered, as on
    brief pages (``with_abbreviations``)."""

    theme: Theme
    briefs: list[ThemedBrief]  # the briefs that discuss it, newest first
    mentions: list[ThemedBrief]  # the briefs with a paragraph on it that is not one of their main themes


def theme_path(theme: Theme) -> str:
    """The theme's page, docs-relative."""
    return f"themes/{theme.id}/index.md"


def theme_page_inputs(theme: Theme, site: Site) -> ThemePageInputs:
    """What ``theme``'s page reads of ``site``, gathered from it."""
    briefs = site.by_theme.get(theme.id, [])
    return ThemePageInputs(
        theme,
        [_discusses(brief, theme.id, site, i < THEME_FULL_PASSAGES) for i, brief in enumerate(briefs)],
        [_mentions(brief, theme.id, site) for brief in site.by_theme_mention.get(theme.id, [])],
    )


def _discusses(brief: Brief, theme_id: str, site: Site, full: bool) -> ThemedBrief:
    """A brief that discusses the theme: its passages on it, all in the text's order or only the strongest one."""
    ranked = brief.theme_passages.get(theme_id, [])  # strongest first
    wanted = set(ranked if full else ranked[:1])
    blocks = {b.id: b for b in brief.blocks if b.id in wanted}  # a theme page lists most briefs: look up only these
    chosen = sorted(ranked, key=lambda b: blocks[b].line) if full else ranked[:1]
    return ThemedBrief(card_face(brief, site), brief.publisher, brief.date, brief.theme_positions.get(theme_id),
                       [(block_id, blocks[block_id].text) for block_id in chosen], full)


def _mentions(brief: Brief, theme_id: str, site: Site) -> ThemedBrief:
    """A brief that mentions the theme: the paragraph that says most on it, linked."""
    return ThemedBrief(card_face(brief, site), None, None, None, [], False, brief.theme_mentions[theme_id][0])


def theme_page(theme: Theme, site: Site) -> str:
    """The whole page, made afresh (build/page_cache.py takes the front matter and text from its cache instead)."""
    front, text = theme_page_markdown(theme_page_inputs(theme, site))
    return front + with_abbreviations(text, site.glossary)


def theme_page_markdown(inputs: ThemePageInputs) -> tuple[str, str]:
    """The page's front matter and its text, before the acronyms' expansions."""
    theme = inputs.theme
    here = theme_path(theme)
    scope = theme.description or theme.scope
    # Search indexes the name and scope only: the passages quoted below are on the briefs' own pages.
    text = [listing_search_data("Theme", theme.label), body_start(LISTING_WEIGHT) + f"# {md_text(theme.label)}",
            f"{md_text(scope[:1].upper() + scope[1:])}\n{{: .theme-scope }}" + BODY_END]
    text += _theme_sections(inputs, here)
    return front_matter_block({"title": theme.label}), "\n\n".join(text)


def theme_index_page(site: Site) -> str:
    """The index of themes, with the number of briefs that discuss each."""
    rows = ["| Theme | Briefs | Scope |", "|---|---|---|"]
    for theme in site.taxonomy.themes:
        briefs = site.by_theme.get(theme.id, [])
        rows.append(f"| [{md_text(theme.label)}]({theme.id}/index.md) | {len(briefs)} | {md_text(theme.scope)} |")
    return page({"title": "Themes"},
                "# Themes\n\nThe editorial taxonomy, with the number of briefs that discuss each theme.\n\n" + "\n".join(rows), site)


def theme_pages(site: Site, render_theme=theme_page) -> dict[str, str]:
    """Each theme's page by ``render_theme`` (the build's takes it from its cache), and the index of themes."""
    pages = Pages()
    for theme in site.taxonomy.themes:
        pages[theme_path(theme)] = render_theme(theme, site)
    pages["themes/index.md"] = theme_index_page(site)
    return pages


def _theme_sections(inputs: ThemePageInputs, here: str) -> list[str]:
    """A theme page below its scope: positions at a glance, the briefs that discuss it (passages folded), the briefs that mention it."""
    briefs, mentions = inputs.briefs, inputs.mentions
    if not briefs:
        text = ["*No brief discusses this theme yet.*"]
    else:
        says = "1 brief discusses" if len(briefs) == 1 else f"{len(briefs)} briefs discuss"
        text = [f"{says} this theme, newest first.", _positions_table(briefs, here), "## Briefs that discuss it"]
        if len(briefs) > THEME_FULL_PASSAGES:
            text.append(f"The {THEME_FULL_PASSAGES} newest briefs show their passages in full; older ones show the opening "
                        "of their strongest passage, linked to the whole paragraph.")
        text.append(face_list([b.face for b in briefs], here, "theme-briefs", extras=[_theme_passages(b, here) for b in briefs]))
    if mentions:
        text.append("## Also discussed in\n\nBriefs with a paragraph on this theme that is not one of their main themes.")
        text.append(face_list([b.face for b in mentions], here, "theme-mentions", extras=[_mention_link(b, here) for b in mentions]))
    return text


def _positions_table(briefs: list[ThemedBrief], here: str) -> str:
    """"Positions at a glance": per brief, the sentence that states its position (rule: enrich/positions.py), verbatim and linked."""
    rows = ["## Positions at a glance", "", '<div class="theme-positions" markdown>', "", "| Brief | Publisher | Date | Position |", "|---|---|---|---|"]
    for brief in briefs:
        target = rel(here, brief.face.path)
        stated = brief.position or {}
        sentence = f"“{md_text(strip_marker(stated['sentence']))}” [↗ paragraph]({target}#{stated['block']})" if stated else "—"
        rows.append(f"| [{brief.face.title}]({target}) | {md_text(brief.publisher) if brief.publisher else '—'} | "
                    f"{display_date(brief.date)} | {sentence} |")
    return "\n".join(rows) + "\n\n</div>"


def _mention_link(brief: ThemedBrief, here: str) -> str:
    """On a mention's card: a link to the paragraph that says most on the theme."""
    return f"[↗ paragraph]({rel(here, brief.face.path)}#{brief.paragraph})\n{{: .theme-mention-link }}"


def _theme_passages(brief: ThemedBrief, here: str) -> str:
    """On a brief's card on a theme page: folded, the passages that show its position.

    Past the newest ``THEME_FULL_PASSAGES`` briefs only the strongest passage's opening is
    quoted: in a large archive full passages would make theme pages larger than the briefs.
    """
    target = rel(here, brief.face.path)
    quotes = []
    for block_id, passage in brief.passages:
        passage = strip_marker(passage)
        text = inline(passage if brief.full else shorten(passage, EXCERPT_CHARACTERS), {})
        quotes.append(f"> {text} [↗ paragraph]({target}#{block_id}){{: .passage-link }}\n{{: .theme-passage }}")
    if not quotes:
        return ""
    return (f'<details class="theme-passages" markdown>\n<summary>{counted(len(quotes), "passage")}</summary>\n\n'
            + "\n\n".join(quotes) + "\n\n</details>")
