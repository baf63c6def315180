"""What Pagefind reads from a page: which part is indexed, its facets, its result metadata and weight.

Pagefind runs over the built HTML (``briefs index SITE_DIR``) and reads ``data-pagefind-*``
attributes. Once any page carries ``data-pagefind-body`` only such pages are indexed, and
only inside that element, so navigation, sidebars, the cite box and related briefs stay out.
Facet and metadata values come from brief and sidecar text: they are written as the text
of hidden elements through ``html_text``, never into an attribute's ``key:value`` syntax
(where a comma or a colon in a name would change its meaning).

Facets: ``theme``, ``region`` (when a brief has regions), ``author``, ``publisher``, ``year``.
A brief that states no date is filed as "undated", one that names no author as
"unknown author", and one that names no publisher as "unknown publisher", so that filters
never hide it.
"""

from __future__ import annotations

from brieflib.model.brief import Brief
from brieflib.render.escape import html_text
from brieflib.render.present import display_date, title_text

UNDATED = "undated"
UNKNOWN_AUTHOR = "unknown author"
UNKNOWN_PUBLISHER = "unknown publisher"
# Theme, author and publisher pages match the same words as the briefs they list; their
# indexed text weighs less, so that the briefs rank above them (Pagefind's weights are
# quadratic: 0.1 counts a hundredth of ordinary text; see also the ranking in javascripts/search.js).
LISTING_WEIGHT = "0.1"

BODY_END = "\n\n</div>"


def body_start(weight: str | None = None) -> str:
    """Open the indexed part of a page (Markdown inside it still renders: ``markdown`` attribute)."""
    extra = f' data-pagefind-weight="{weight}"' if weight else ""
    return f"<div class=\"search-body\" markdown data-pagefind-body{extra}>\n\n"


def brief_facets(brief: Brief, theme_label) -> dict[str, list[str]]:
    """The brief's facet values, as readers see them; ``theme_label(id)`` names a theme."""
    facets = {
        "theme": [theme_label(t) for t in brief.themes],
        "region": list(brief.regions),  # the regions it discusses (enrich/places.py)
        "author": [a.name for a in brief.authors] or [UNKNOWN_AUTHOR],
        "publisher": [brief.publisher or UNKNOWN_PUBLISHER],
        "year": [brief.date[:4] if brief.date else UNDATED],
    }
    return {name: values for name, values in facets.items() if values}


def brief_search_data(brief: Brief, theme_label) -> str:
    """A hidden block with the brief's facets, result metadata (title, date, publisher) and sort key."""
    spans = [
        f'<span data-pagefind-filter="{name}">{html_text(value)}</span>'
        for name, values in brief_facets(brief, theme_label).items()
        for value in values
    ]
    spans.append(f'<span data-pagefind-meta="title">{html_text(title_text(brief))}</span>')
    spans.append(f'<span data-pagefind-meta="date">{html_text(display_date(brief.date))}</span>')
    spans.append(f'<span data-pagefind-meta="publisher">{html_text(brief.publisher or "Publisher not stated")}</span>')
    spans.append('<span data-pagefind-meta="kind">Brief</span>')
    if brief.date:
        spans.append(f'<span data-pagefind-sort="date">{html_text(brief.date)}</span>')
    return '<div class="search-data" hidden data-pagefind-ignore="index">\n' + "\n".join(spans) + "\n</div>"


def listing_search_data(kind: str, title: str) -> str:
    """Result metadata for a theme, author or publisher page: its kind and its name."""
    return (
        '<div class="search-data" hidden data-pagefind-ignore="index">\n'
        f'<span data-pagefind-meta="title">{html_text(title)}</span>\n'
        f'<span data-pagefind-meta="kind">{html_text(kind)}</span>\n</div>'
    )
