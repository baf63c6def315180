# Two commands set everything up on a fresh machine:
#   make site   -> venv + pinned packages, generate pages, mkdocs build --strict into site/
#   make test   -> the same venv + Debian's chromium, then the whole test suite
# See README.md for the pipeline.

PYTHON  ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMIUM ?= /usr/bin/chromium

.PHONY: venv chromium build site site-strict serve test check lint bench profile clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

# Debian's chromium for the browser tests (Playwright never downloads a browser here).
chromium:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }
	@test -x $(CHROMIUM) || { echo "chromium is missing at $(CHROMIUM); install Debian's chromium package" >&2; exit 1; }

build: venv
	$(PY) scripts/briefs.py build

site: build
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

# For pull requests: unanchored annotations fail instead of being listed.
site-strict: venv
	$(PY) scripts/briefs.py build --strict
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

serve: build
	$(PY) scripts/briefs.py serve

check: venv
	$(PY) scripts/briefs.py check

lint: venv
	$(VENV)/bin/ruff check scripts tests

# axe-core for the accessibility tests, pinned in tests/axe/package-lock.json.
AXE := tests/axe/node_modules/axe-core/axe.min.js
$(AXE): tests/axe/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq npm; }
	npm ci --prefix tests/axe --no-audit --no-fund --silent
	touch $@

test: venv chromium $(AXE)
	$(PY) -m pytest -n 2 -q

bench: venv
	$(PY) scripts/bench.py --briefs 100
	$(PY) scripts/bench.py --briefs 1000

# Where the time goes: a pyinstrument profile of the Python stages (no MkDocs) at BRIEFS briefs.
BRIEFS ?= 1000
profile: venv
	$(PY) -m pyinstrument -o bench-profile.txt scripts/bench.py --briefs $(BRIEFS) --stages-only
	@echo "profile written to bench-profile.txt"

clean:
	rm -rf site docs/briefs docs/themes docs/authors docs/publishers docs/timeline docs/glossary docs/annotations docs/index.md docs/all-briefs.md .cache
