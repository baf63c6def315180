#!/usr/bin/env python3
"""Command line of the policy-brief pipeline: convert, check, build.

Run ``python scripts/briefs.py --help``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from brieflib.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
