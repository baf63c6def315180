"""The search index: Pagefind over the built HTML, run after MkDocs (or Zensical).

Pagefind reads the ``data-pagefind-*`` attributes that the renderer writes
(``render/search_facets.py``) and writes a chunked index beside the pages, in
``SITE_DIR/pagefind/``, together with its own UI files, which the header search
and the search page load from there. Readers then download only the chunks a
query needs. The binary ships in the ``pagefind[extended]`` wheel; nothing is
fetched from the network.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from brieflib.model.errors import fail

OUTPUT = "pagefind"
LANGUAGE = "en"  # the site's language (mkdocs.yml theme.language): one index, English stemming


def index_site(site_dir: Path) -> int:
    """Index the built site in ``site_dir``; return the number of pages in the index."""
    from pagefind.index import PagefindIndex  # imported here: only this command needs the binary

    site_dir = site_dir.resolve()
    if not (site_dir / "index.html").is_file():
        fail(site_dir, "no built site here (index.html is missing)",
             hint="build it first: `briefs build` then `mkdocs build` (or `zensical build`), then `briefs index SITE_DIR`")
    output = site_dir / OUTPUT
    if output.exists():
        shutil.rmtree(output)  # chunk names change with their content: drop the previous index's

    async def run() -> None:
        # The pilcrow of heading permalinks is no text of the page.
        config = {"force_language": LANGUAGE, "output_path": str(output), "exclude_selectors": [".headerlink"]}
        async with PagefindIndex(config=config) as index:
            await index.add_directory(str(site_dir))

    asyncio.run(run())
    entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(language["page_count"] for language in entry["languages"].values())
    if pages == 0:
        fail(site_dir, "Pagefind found no page to index",
             hint="the brief, theme and author pages written by `briefs build` carry it; was the site built from them?")
    return pages
