"""A brief in a listing: one card, the same on the front page and on every list of briefs.

A card is its own element (``<article class="brief-card">``) holding the title (linked), what is
known of authors, publisher and date, a standfirst from the brief's own summary (never its
opening sentences), and its primary themes. Its data attributes (theme ids, publisher slug,
year, date) are what ``docs/javascripts/listing.js`` sorts and filters on; they are slugs, ids
and ISO dates, written through ``html_text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from brieflib.enrich.corpus import Site
from brieflib.model.brief import Brief
from brieflib.render import cite
from brieflib.render.escape import html_text
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
)

STANDFIRST_WORDS = 40
CARD_CHIPS = 3  # the strongest themes; the filter still knows them all (data-themes)


@dataclass(frozen=True)
class _Face:
    """What a card shows of its brief wherever it stands (its links, relative to the page, are made per page)."""

    themes: list[str]
    attributes: str
    title: str
    coins: str
    standfirst: str
    names: str  # the authors, as Markdown
    publisher: str  # the publisher's name, as Markdown
    date: str  # the date, as HTML
    chips: list[str]  # the theme chips' labels, as Markdown


def _face(brief: Brief, site: Site) -> _Face:
    """The card's face, made once per brief and build: a brief's card stands on many pages (themes, authors, lists)."""
    face = site.memo.get(("card", brief.slug))
    if face is None:
        themes = ranked_themes(brief, site.taxonomy.ids)
        publisher = site.publisher_slugs[brief.publisher] if brief.publisher else ""
        data = {"themes": " ".join(themes), "publisher": publisher, "year": (brief.date or "")[:4], "date": brief.date or ""}
        summary = own_summary(brief)
        labels = [md_text(theme.label if (theme := site.taxonomy.get(t)) else t) for t in themes[:CARD_CHIPS]]
        face = _Face(themes, " ".join(f'data-{name}="{html_text(value)}"' for name, value in data.items()), title_md(brief),
                     cite.coins(brief), md_text(shorten_words(summary, STANDFIRST_WORDS)) if summary else "",
                     join_names(md_text(a.name) for a in brief.authors) if brief.authors else "",
                     md_text(brief.publisher) if brief.publisher else "",
                     f'<time datetime="{html_text(brief.date)}">{display_date(brief.date)}</time>' if brief.date else "", labels)
        site.memo[("card", brief.slug)] = face
    return face


def brief_card(brief: Brief, here: str, site: Site, extra: str = "") -> str:
    """The card as Markdown inside HTML (md_in_html); ``extra`` is Markdown added at its end (a theme's passages)."""
    face = _face(brief, site)
    themes, attributes = face.themes, face.attributes
    parts = [f'<p class="brief-card__title" markdown="span">[{face.title}]({rel(here, brief_path(brief))}){face.coins}</p>']
    meta = _meta(brief, face, here, site)
    if meta:
        parts.append(f'<p class="brief-card__meta" markdown="span">{meta}</p>')
    if face.standfirst:
        parts.append(f'<p class="brief-card__standfirst" markdown="span">{face.standfirst}</p>')
    if themes:
        chips = " ".join(f"[{label}]({rel(here, f'themes/{theme_id}/index.md')}){{: .theme-chip }}"
                         for theme_id, label in zip(themes, face.chips, strict=False))
        if len(themes) > CARD_CHIPS:
            more = len(themes) - CARD_CHIPS
            chips += f' <span class="brief-card__more">and {counted(more, "more theme")}</span>'
        parts.append(f'<p class="brief-card__themes" markdown="span">{chips}</p>')
    if extra:
        parts.append(extra)
    return f'<article class="brief-card" {attributes} markdown>\n\n' + "\n\n".join(parts) + "\n\n</article>"


def card_list(briefs: list[Brief], here: str, site: Site, kind: str = "", attributes: str = "", extra=None) -> str:
    """The cards in a ``.brief-cards`` container; ``kind`` adds a class, ``attributes`` the container's own
    (``data-sort``: listing.js adds sorting and filters), ``extra(brief)`` Markdown at the end of each card."""
    if not briefs:
        return "*No briefs yet.*"
    opening = " ".join(p for p in (f'class="{f"brief-cards {kind}".strip()}"', attributes, "markdown") if p)
    cards = "\n\n".join(brief_card(b, here, site, extra(b) if extra else "") for b in briefs)
    return f"<div {opening}>\n\n{cards}\n\n</div>"


def _meta(brief: Brief, face: _Face, here: str, site: Site) -> str:
    """Authors · publisher · date, each only when the text states it."""
    items = [face.names] if face.names else []
    if brief.publisher:
        target = rel(here, f"publishers/{site.publisher_slugs[brief.publisher]}/index.md")
        items.append(f"[{face.publisher}]({target}){{: .brief-card__publisher }}")
    if face.date:
        items.append(face.date)
    return " · ".join(items)
