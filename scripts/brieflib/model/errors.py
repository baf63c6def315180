"""The small exception family of the pipeline.

Every message names the file, the line where there is one, what is wrong and
what to do about it, because the reader of the message is the editor or
contributor who must fix the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file."""

    path: Path | str
    message: str
    line: int | None = None
    hint: str | None = None
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class BriefError(Exception):
    """Input that cannot be converted; carries one or more problems."""

    def __init__(self, problems: Problem | list[Problem]):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))


def fail(path: Path | str, message: str, line: int | None = None, hint: str | None = None):
    """Raise a BriefError for a single problem."""
    raise BriefError(Problem(path, message, line, hint))
