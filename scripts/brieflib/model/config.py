"""What the site build reads from mkdocs.yml: where the site and its repository live."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SiteConfig:
    repository: str = ""  # e.g. https://github.com/org/repo: links to source files
    branch: str = "main"
    latest: int = 5
    site_url: str = ""  # mkdocs.yml site_url: absolute URLs in citations and feeds
    site_name: str = "Policy Briefs"
