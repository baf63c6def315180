"""The ``briefs`` command line."""

from brieflib.cli.main import main

__all__ = ["main"]
