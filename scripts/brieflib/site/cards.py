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
class CardFace:
    """What a card shows of its brief wherever it stands (its links, relative to the page, are made per page):
    all that a card is made from, so a page cached on its cards' faces (a theme page) is keyed on what they show."""

    path: str  # the brief's page, docs-relative
    publisher_slug: str  # its publisher's page slug ("" when it names none)
    themes: list[str]
    attributes: str
    title: str
    coins: str
    standfirst: str
    names: str  # the authors, as Markdown
    publisher: str  # the publisher's name, as Markdown
    date: str  # the date, as HTML
    chips: list[str]  # the theme chips' labels, as Markdown


def card_face(brief: Brief, site: Site) -> CardFace:
    """The card's face, made once per brief and build: a brief's card stands on many pages (themes, authors, lists)."""
    face = site.memo.get(("card", brief.slug))
    if face is None:
        themes = ranked_themes(brief, site.taxonomy.ids)
        publisher = site.publisher_slugs[brief.publisher] if brief.publisher else ""
        data = {"themes": " ".join(themes), "publisher": publisher, "year": (brief.date or "")[:4], "date": brief.date or ""}
        summary = own_summary(brief)
        labels = [md_text(theme.label if (theme := site.taxonomy.get(t)) else t) for t in themes[:CARD_CHIPS]]
        face = CardFace(brief_path(brief), publisher, themes, " ".join(f'data-{name}="{html_text(value)}"' for name, value in data.items()), title_md(brief),
                     cite.coins(brief), md_text(shorten_words(summary, STANDFIRST_WORDS)) if summary else "",
                     join_names(md_text(a.name) for a in brief.authors) if brief.authors else "",
                     md_text(brief.publisher) if brief.publisher else "",
                     f'<time datetime="{html_text(brief.date)}">{display_date(brief.date)}</time>' if brief.date else "", labels)
        site.memo[("card", brief.slug)] = face
    return face


def brief_card(brief: Brief, here: str, site: Site, extra: str = "") -> str:
    """The card as Markdown inside HTML (md_in_html); ``extra`` is Markdown added at its end (a theme's passages)."""
    return face_card(card_face(brief, site), here, extra)


def face_card(face: CardFace, here: str, extra: str = "") -> str:
    """A card made from its face alone, on the page ``here``."""
    themes, attributes = face.themes, face.attributes
    parts = [f'<p class="brief-card__title" markdown="span">[{face.title}]({rel(here, face.path)}){face.coins}</p>']
    meta = _meta(face, here)
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
    return face_list([card_face(b, site) for b in briefs], here, kind, attributes, [extra(b) for b in briefs] if extra else None)


def face_list(faces: list[CardFace], here: str, kind: str = "", attributes: str = "", extras: list[str] | None = None) -> str:
    """``card_list`` made from the cards' faces alone; ``extras``: Markdown at the end of each card, in order."""
    if not faces:
        return "*No briefs yet.*"
    opening = " ".join(p for p in (f'class="{f"brief-cards {kind}".strip()}"', attributes, "markdown") if p)
    cards = "\n\n".join(face_card(face, here, extras[i] if extras else "") for i, face in enumerate(faces))
    return f"<div {opening}>\n\n{cards}\n\n</div>"


def _meta(face: CardFace, here: str) -> str:
    """Authors · publisher · date, each only when the text states it."""
    items = [face.names] if face.names else []
    if face.publisher:
        target = rel(here, f"publishers/{face.publisher_slug}/index.md")
        items.append(f"[{face.publisher}]({target}){{: .brief-card__publisher }}")
    if face.date:
        items.append(face.date)
    return " · ".join(items)
