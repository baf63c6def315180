"""axe-core (from npm, pinned in tests/axe) in Chromium: no serious or critical violations, both palettes."""

from __future__ import annotations

import pytest

from conftest import ROOT

AXE = ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# One page of each kind a reader meets: home, briefs, a theme, an author, a publisher, the listings, search,
# the glossary, the annotations, the timeline and the 404 page.
PAGES = ["", "briefs/accept-prepare-leverage/", "briefs/post-war-order-collapsed/", "themes/security-guarantees/",
         "themes/", "authors/mark-leonard/", "publishers/european-policy-centre/", "glossary/", "glossary/essi/",
         "briefs/", "briefs/by-title/", "search/", "annotations/", "timeline/", "404.html"]

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_axe_violations(browser, served_site, scheme):
    assert AXE.exists(), "run `make test` (it installs axe-core with npm ci)"
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(served_site["root"] + path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == ("slate" if scheme == "dark" else "default")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                                   ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))")
        problems += [f"{path or 'home'}: {v['id']} ({v['impact']}) at {v['nodes'][:3]}" for v in violations if v["impact"] in {"serious", "critical"}]
    context.close()
    assert problems == []


def test_keyboard_reaches_search_tooltips_notes_and_cite_box(page, served_site):
    page.goto(served_site["root"] + "briefs/post-war-order-collapsed/")
    reached = set()
    for _ in range(260):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(
            "(() => { const e = document.activeElement;"
            " if (e.matches('pagefind-searchbox input')) return 'search';"
            " if (e.matches('abbr[title]')) return 'tooltip';"
            " if (e.matches('a.annotation-ref')) return 'annotation';"
            " if (e.closest('aside.annotation') && e.matches('a')) return 'annotation-link';"
            " if (e.matches('.cite-copy')) return 'cite-copy';"
            " if (e.matches('.cite-downloads a')) return 'cite-download';"
            " return 'other'; })()"
        ))
    assert {"search", "tooltip", "annotation", "annotation-link", "cite-copy", "cite-download"} <= reached
