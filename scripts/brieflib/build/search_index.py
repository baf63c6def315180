"""The search index: Pagefind over the built HTML, run after MkDocs (or Zensical).

Pagefind reads the ``data-pagefind-*`` attributes that the renderer writes
(``render/search_facets.py``) and writes a chunked index beside the pages, in
``SITE_DIR/pagefind/``, together with its own UI files, which the header search
and the search page load from there. Readers then download only the chunks a
query needs. The binary ships in the ``pagefind[extended]`` wheel; nothing is
fetched from the network.

The binary is run as a command (``python -m pagefind``), not through the
wheel's asyncio service API: the service answered "files written" before
``pagefind-entry.json`` was on disk often enough, on a loaded machine, to
leave an empty entry file behind. A process that has exited has written
everything.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from brieflib.model.errors import fail

OUTPUT = "pagefind"
LANGUAGE = "en"  # the site's language (mkdocs.yml theme.language): one index, English stemming


def index_site(site_dir: Path) -> int:
    """Index the built site in ``site_dir``; return the number of pages in the index."""
    site_dir = site_dir.resolve()
    if not (site_dir / "index.html").is_file():
        fail(site_dir, "no built site here (index.html is missing)",
             hint="build it first: `briefs build` then `mkdocs build` (or `zensical build`), then `briefs index SITE_DIR`")
    output = site_dir / OUTPUT
    if output.exists():
        shutil.rmtree(output)  # chunk names change with their content: drop the previous index's
    # The pilcrow of heading permalinks is no text of the page.
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(output),
               "--force-language", LANGUAGE, "--exclude-selectors", ".headerlink", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        fail(site_dir, f"Pagefind could not index the site (exit status {done.returncode}): "
             + (done.stderr or done.stdout).strip()[-2000:],
             hint="check that the pagefind[extended] wheel is installed (make venv-runtime)")
    if done.stderr.strip():  # --quiet leaves only Pagefind's warnings: pass them on, never drop them
        print(done.stderr.strip(), file=sys.stderr)
    entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(language["page_count"] for language in entry["languages"].values())
    if pages == 0:
        fail(site_dir, "Pagefind found no page to index",
             hint="the brief, theme and author pages written by `briefs build` carry it; was the site built from them?")
    return pages
