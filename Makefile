# Two commands set everything up on a fresh machine:
#   make site   -> venv + pinned runtime packages, generate pages, mkdocs build --strict into site/
#   make test   -> the same venv + test packages + a Chromium, then the whole test suite
# See README.md for the pipeline.

PYTHON  ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq
# The browser for the Playwright tests: the first one on PATH (Debian's chromium, Ubuntu's
# chromium-browser, or the google-chrome of GitHub's runners); Debian's chromium is installed if none is.
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome || echo /usr/bin/chromium)

# Three levels of pinned requirements, each including the one before:
# runtime (make site), test (make test, make lint), dev (make profile; make venv).
# A level's stamp is named after the checksum of the files it installs, so editing
# one of them reinstalls; installing a level also stamps the levels it includes.
sum = $(shell cat $(1) | cksum | cut -d' ' -f1)
REQ_runtime := requirements/runtime.txt
REQ_test    := $(REQ_runtime) requirements/test.txt
REQ_dev     := $(REQ_test) requirements/dev.txt
STAMP_runtime := $(VENV)/.installed-runtime-$(call sum,$(REQ_runtime) pyproject.toml)
STAMP_test    := $(VENV)/.installed-test-$(call sum,$(REQ_test) pyproject.toml)
STAMP_dev     := $(VENV)/.installed-dev-$(call sum,$(REQ_dev) pyproject.toml)

.PHONY: venv venv-runtime venv-test venv-dev chromium build site site-strict search serve test check lint bench profile fonts screenshots clean

# The bare interpreter's venv. Debian and Ubuntu split ensurepip (which `python3 -m venv`
# needs) into the python3-venv package: install it when ensurepip is missing.
$(VENV)/bin/pip:
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { echo "$(PYTHON) cannot make a venv (no ensurepip): installing python3-venv" >&2; $(APT_INSTALL) python3-venv; }
	$(PYTHON) -m venv $(VENV)

# pip install LEVEL's requirements, then the project itself (editable, no deps) for the `briefs` command.
define install
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements/$(1).txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-$(1)-* && touch $(STAMP_$(1))
endef

$(STAMP_runtime): $(REQ_runtime) pyproject.toml | $(VENV)/bin/pip
	$(call install,runtime)

$(STAMP_test): $(REQ_test) pyproject.toml | $(VENV)/bin/pip
	$(call install,test)
	rm -f $(VENV)/.installed-runtime-* && touch $(STAMP_runtime)

$(STAMP_dev): $(REQ_dev) pyproject.toml | $(VENV)/bin/pip
	$(call install,dev)
	rm -f $(VENV)/.installed-runtime-* $(VENV)/.installed-test-* && touch $(STAMP_runtime) $(STAMP_test)

venv-runtime: $(STAMP_runtime)
venv-test: $(STAMP_test)
venv-dev: $(STAMP_dev)
# A developer's venv: everything (runtime + test + dev).
venv: venv-dev

# A Chromium for the browser tests (Playwright never downloads a browser here).
chromium:
	@test -x "$(CHROMIUM)" || { $(APT_INSTALL) chromium; }
	@test -x "$(CHROMIUM)" || { echo "no Chromium at $(CHROMIUM); install Debian's chromium package or set CHROMIUM=/path/to/chrome" >&2; exit 1; }
	@echo "browser tests use $(CHROMIUM)"

build: venv-runtime
	$(VENV)/bin/briefs build

# The renderer of the generated docs/: MkDocs 1.6 with Material 9 (the default), or
# RENDERER=zensical, Material's successor, which reads the same mkdocs.yml into the same URLs.
# Either way the search index (Pagefind) is built over the result by `briefs index`.
RENDERER ?= mkdocs
ifeq ($(RENDERER),zensical)
RENDER := $(VENV)/bin/zensical build --strict -f mkdocs.yml
else ifeq ($(RENDERER),mkdocs)
RENDER := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site
else
RENDER = $(error RENDERER must be mkdocs or zensical, not $(RENDERER))
endif

site: build
	$(RENDER)
	$(VENV)/bin/briefs index site

# For pull requests: unanchored annotations fail instead of being listed.
site-strict: venv-runtime
	$(VENV)/bin/briefs build --strict
	$(RENDER)
	$(VENV)/bin/briefs index site

# Only the search index, over a site already built into site/.
search: venv-runtime
	$(VENV)/bin/briefs index site

serve: build
	$(VENV)/bin/briefs serve

check: venv-runtime
	$(VENV)/bin/briefs check

# ruff, and the layer contracts in .importlinter.
lint: venv-test
	$(VENV)/bin/ruff check scripts tests benchmarks
	$(VENV)/bin/lint-imports

# The body typeface, Source Serif 4 (SIL OFL 1.1), is vendored in docs/assets/fonts/ so that `make site`
# needs no network; `make fonts` re-fetches the pinned npm package and rewrites the files (see the README there).
FONT_PACKAGE := @fontsource-variable/source-serif-4@5.3.1
FONT_DIR     := docs/assets/fonts/source-serif-4
fonts:
	@command -v npm >/dev/null || { $(APT_INSTALL) npm; }
	rm -rf .cache/fonts && mkdir -p .cache/fonts
	cd .cache/fonts && npm pack --silent $(FONT_PACKAGE) >/dev/null && tar -xzf *.tgz
	rm -f $(FONT_DIR)/*.woff2
	cp .cache/fonts/package/files/source-serif-4-*-wght-*.woff2 .cache/fonts/package/LICENSE $(FONT_DIR)/
	{ echo "/* $(FONT_PACKAGE), written by make fonts: wght.css and wght-italic.css, family renamed. */"; \
	  cat .cache/fonts/package/wght.css .cache/fonts/package/wght-italic.css \
	  | sed -e "s#url(./files/#url(#" -e "s#'Source Serif 4 Variable'#'Source Serif 4'#"; } > $(FONT_DIR)/source-serif-4.css
	rm -rf .cache/fonts

# The README's pictures of what a reader sees (scripts/screenshots.py), from a fresh build of site/.
screenshots: site venv-test chromium
	CHROMIUM="$(CHROMIUM)" $(PY) scripts/screenshots.py site docs/assets/screenshots

# axe-core for the accessibility tests, pinned in tests/axe/package-lock.json.
AXE := tests/axe/node_modules/axe-core/axe.min.js
$(AXE): tests/axe/package-lock.json
	@command -v npm >/dev/null || { $(APT_INSTALL) npm; }
	npm ci --prefix tests/axe --no-audit --no-fund --silent
	touch $@

test: venv-test chromium $(AXE)
	CHROMIUM="$(CHROMIUM)" $(PY) -m pytest -n 2 -q

# Search downloads are measured in Chromium, hence the test venv (Playwright) and a browser.
bench: venv-test chromium
	CHROMIUM="$(CHROMIUM)" $(PY) benchmarks/bench.py --briefs 100
	CHROMIUM="$(CHROMIUM)" $(PY) benchmarks/bench.py --briefs 1000

# Where the time goes: a pyinstrument profile of the Python stages (no MkDocs) at BRIEFS briefs.
BRIEFS ?= 1000
profile: venv-dev
	$(PY) -m pyinstrument -o bench-profile.txt benchmarks/bench.py --briefs $(BRIEFS) --stages-only --one-process
	@echo "profile written to bench-profile.txt"

# Only what the build and the benchmarks wrote (all git-ignored); hand-written docs/ files stay.
clean:
	rm -rf site .cache bench-out bench-profile.txt docs/all-briefs.md \
	    docs/briefs docs/themes docs/regions docs/authors docs/publishers docs/timeline docs/glossary \
	    docs/annotations docs/exports docs/feeds docs/_snippets
