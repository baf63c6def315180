"""The set of generated files, which refuses to hold two files for one address."""

from __future__ import annotations

from brieflib.model.errors import BriefError, Problem


def url_of(path: str) -> str:
    """The address MkDocs gives a docs-relative file (``a/index.md`` and ``a.md`` both become ``a/``)."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")].rstrip("/")
    return stem + "/" if stem else ""


class Pages(dict):
    """Generated files by docs-relative path. Adding a second file at a path, or at a path that
    MkDocs would serve at the same address, is an error: no page is ever silently overwritten."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__()
        self._urls: dict[str, str] = {}
        self.update(*args, **kwargs)

    def __setitem__(self, path: str, text: str | bytes) -> None:  # bytes: a copied original file
        url = url_of(path)
        if url in self._urls:
            first = self._urls[url]
            where = "the same path" if first == path else f"{first}, which has the same address /{url}"
            raise BriefError(Problem(path, f"two generated pages would be written here: this one and {where}",
                                     hint="two briefs, authors or publishers ended up with one slug; give one a 'slug' in its sidecar"))
        self._urls[url] = path
        super().__setitem__(path, text)

    def update(self, *args, **kwargs) -> None:
        for path, text in dict(*args, **kwargs).items():
            self[path] = text
