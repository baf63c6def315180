"""Stage 4: a Brief as Markdown with YAML front matter.

The body is Markdown that a plain ``mkdocs build`` renders with the
extensions in mkdocs.yml (attr_list, footnotes). Brief text is escaped so that
nothing in it is passed through as raw HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import yaml

from brieflib.model.brief import Block, Brief
from brieflib.model.text import SUPERSCRIPT_RUN, superscript_to_int

_EMPTY_LINK = re.compile(r"\[((?:\\.|[^\]\\])+)\]\((?:#|\s*)\)")
_RAW_HTML = re.compile(r"<(?=[A-Za-z/!?])")
_BLOCK_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|={3,}|-{3,}|`{3,}|~{3,})")


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when available: same output, ten times faster


def dump_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100000)


def front_matter(brief: Brief) -> dict:
    """The front matter contract (see schema/front-matter.schema.json)."""
    return {
        "title": brief.title,
        "title_derived": brief.title_derived,
        "authors": [a.as_dict() for a in brief.authors],
        "date": brief.date,
        "publisher": brief.publisher,
        "dateline": brief.dateline,
        "summary": brief.summary,
        "themes": list(brief.themes),
        "source": brief.source.as_posix(),
        "words": brief.words,
        "reading_time": brief.reading_time,
        "slug": brief.slug,
        "url": brief.url,
        "author_bios": list(brief.author_bios),
    }


def inline(text: str, notes: dict[int, str]) -> str:
    """Brief text as safe inline Markdown: no raw HTML, empty links as text, note refs."""
    text = text.replace("&", "&amp;") if re.search(r"&\w+;", text) else text
    text = _RAW_HTML.sub("&lt;", text)
    text = _EMPTY_LINK.sub(r"\1", text)

    def note_ref(match: re.Match) -> str:
        number = superscript_to_int(match.group())
        return f"[^{number}]" if number in notes else match.group()

    text = SUPERSCRIPT_RUN.sub(note_ref, text)
    return re.sub(r"(?<=[\w.,;:!?\"”’)])\[(\d{1,3})\](?!\()", lambda m: f"[^{m[1]}]" if int(m[1]) in notes else m[0], text)


def _escape_block_start(text: str) -> str:
    """Keep a paragraph that happens to start like Markdown block syntax a paragraph."""
    match = _BLOCK_START.match(text)
    if not match:
        return text
    token = match.group()
    return "\\" + text if not token[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


def body(
    brief: Brief,
    decorate: Callable[[Block, str], str] | None = None,
    after: Callable[[Block], str] | None = None,
) -> str:
    """The body Markdown; ``decorate`` may rewrite a block's inline Markdown, ``after`` add blocks after it."""
    parts: list[str] = []
    previous = None
    for block in brief.blocks:
        text = inline(block.text, brief.footnotes)
        if decorate is not None:
            text = decorate(block, text)
        if block.kind == "heading":
            parts.append(f"{'#' * block.level} {text}")
        elif block.kind == "pullquote":
            parts.append(f"> {text}\n> {{: #{block.id} .pull-quote }}")
        elif block.kind == "item":
            marker = "" if re.match(r"^\d{1,3}[.)]\s", text) else "- "
            item = f"{marker}{text}\n  {{: #{block.id} }}"
            if previous == "item":
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        else:
            parts.append(f"{_escape_block_start(text)}\n{{: #{block.id} }}")
        extra = after(block) if after is not None else ""
        if extra:
            parts.append(extra)
        previous = block.kind if not extra else None
    for number, note in brief.footnotes.items():
        parts.append(f"[^{number}]: {inline(note, {})}")
    return "\n\n".join(parts) + "\n"


def render(brief: Brief) -> str:
    """The whole Markdown file: front matter, then body."""
    meta = dump_yaml(front_matter(brief))
    return f"---\n{meta}---\n\n{body(brief)}"


INDEX_META = {"search": {"exclude": True}}


def page(meta: dict, text: str, site=None) -> str:
    """A page: front matter, text, and the expansions of the acronyms it uses (tooltips via abbr)."""
    text = text.rstrip() + "\n"
    if site is not None and site.glossary is not None:
        used = site.glossary.acronyms_in(text)
        if used:
            text += "\n" + "\n".join(f"*[{a}]: {escape_abbr(e)}" for a, e in sorted(used.items())) + "\n"
    # JSON is YAML too: generated pages use it because it is written (and read) far faster.
    return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n" + text


def escape_abbr(text: str) -> str:
    return text.replace("]", ")").replace("[", "(")
