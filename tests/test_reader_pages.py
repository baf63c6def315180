"""What a reader sees: the front page, brief pages and listings as a publication (issue 17, structure).

Real builds in temp dirs (the seed briefs plus a few corpus briefs) and the built HTML parsed;
the listing's filter driven in Debian's Chromium.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from lxml import html as lxml_html

from conftest import ROOT, build_site, copy_project

THEME_IDS = {t["id"] for t in yaml.safe_load((ROOT / "sources" / "themes.yml").read_text())["themes"]}
# Corpus briefs added to the seeds: an "Executive summary" section of bullets, a numbered "Recommendations"
# section, and a short commentary with no section at all (given a summary of its own in a sidecar).
EXTRA = ("a-executive-summary-bullets", "a-numbered-recommendations", "a-commentary-250-words", "a-key-takeaways-box")
OWN_SUMMARY = "Europeans should take a capability plan with timelines and budgets to the Ankara summit, not another spending pledge."
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"'(])")


@pytest.fixture(scope="module")
def reader_site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("reader"))
    for stem in EXTRA:
        shutil.copy(ROOT / "tests" / "corpus" / f"{stem}.txt", root / "sources" / "briefs" / f"{stem}.txt")
    (root / "sources" / "briefs" / "a-commentary-250-words.yml").write_text(f"summary: {OWN_SUMMARY}\n")
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def tree(site: Path, page: str):
    return lxml_html.parse(str(site / page)).getroot()


def article(site: Path, page: str):
    return tree(site, page).find_class("md-content__inner")[0]


def text(element) -> str:
    for link in element.find_class("headerlink"):
        link.drop_tree()
    return " ".join(element.text_content().split())


def has_class(name: str) -> str:
    """An XPath test for an element with this class (lxml's CSS selectors need a package we do not install)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def cards(element) -> list:
    return element.find_class("brief-card")


def card_slug(card) -> str:
    [link] = card.xpath(f".//*[{has_class('brief-card__title')}]//a")
    return link.get("href").rstrip("/").split("/")[-1]  # "x/" from briefs/, "../briefs/x/" from elsewhere


def theme_briefs(page):
    """A theme page's list of the briefs that discuss it (an empty element when there are none)."""
    found = page.find_class("theme-briefs")
    return found[0] if found else lxml_html.fromstring("<div></div>")


def brief_pages(site: Path) -> list[Path]:
    return sorted(p for p in (site / "briefs").glob("*/index.html") if p.parent.name not in {"by-title", "by-publisher"})


# -- brief pages ------------------------------------------------------------------


def shown_text(page) -> str:
    """The page's article as a reader sees it, without what may repeat the brief by design: the key points
    (a marked quotation), readers' notes, the citation and print-only blocks, and the publisher's pull quotes."""
    excluded = ("key-points", "annotation", "note-print-body", "print-only", "cite-box", "pull-quote", "related-briefs")
    drop = ".//*[@hidden or " + " or ".join(has_class(name) for name in excluded) + "]"
    for element in page.xpath(drop):
        element.drop_tree()
    for heading_id in ("notes-on-this-brief", "notes-elsewhere-that-link-here"):
        for heading in page.xpath(f".//h2[@id='{heading_id}']"):
            heading.getnext().drop_tree()  # the list of notes, each quoting its passage
    return text(page)


def test_no_sentence_of_a_brief_is_shown_twice_on_its_page(reader_site):
    for path in brief_pages(reader_site):
        page = lxml_html.parse(str(path)).getroot().find_class("md-content__inner")[0]
        paragraphs = [text(p) for p in page.xpath(".//p[starts-with(@id, 'p-')] | .//li[starts-with(@id, 'p-')]")]
        shown = shown_text(page)
        for paragraph in paragraphs:
            for sentence in SENTENCE_END.split(paragraph):
                if len(sentence.split()) >= 5:
                    assert shown.count(sentence) == 1, f"{path.parent.name}: shown {shown.count(sentence)} times: {sentence}"


def test_standfirst_is_only_the_briefs_own_summary(reader_site):
    own = article(reader_site, "briefs/a-commentary-250-words/index.html")
    assert [text(s) for s in own.find_class("standfirst")] == [OWN_SUMMARY]
    # The others state no summary: the opening sentences (or a line repeating the title) are not one.
    for slug in ("accept-prepare-leverage", "europes-best-bet", "a-executive-summary-bullets"):
        assert article(reader_site, f"briefs/{slug}/index.html").find_class("standfirst") == [], slug


def test_byline_and_meta_leave_out_what_the_text_does_not_state(reader_site):
    page = article(reader_site, "briefs/europes-best-bet/index.html")
    byline = text(page.find_class("brief-byline")[0])
    assert byline == ("By Emiliano Alessandri (Austrian Institute of International Affairs) and "
                      "Domenec Ruiz-Devesa (Union of European Federalists)")
    assert [a.get("href") for a in page.find_class("brief-byline")[0].iter("a")] == [
        "../../authors/emiliano-alessandri/", "../../authors/domenec-ruiz-devesa/"]
    meta = text(page.find_class("brief-meta")[0])
    assert "not stated" not in (byline + meta).lower() and "16 min read" in meta
    about = text(page.find_class("about-brief")[0])
    assert "The text does not state its publisher." in about and "The text does not state when it was published." in about
    for path in brief_pages(reader_site):
        page = lxml_html.parse(str(path)).getroot().find_class("md-content__inner")[0]
        lines = [text(e) for name in ("brief-byline", "brief-meta") for e in page.find_class(name)]
        assert "not stated" not in " ".join(lines).lower(), path.parent.name
    dated = article(reader_site, "briefs/accept-prepare-leverage/index.html")
    assert "European Policy Centre · 10 October 2025 · 14 min read" in text(dated.find_class("brief-meta")[0])
    assert dated.find_class("about-brief") == []  # it states title, author, publisher and date


def test_key_points_quote_the_briefs_own_summary_or_recommendations(reader_site):
    numbered = article(reader_site, "briefs/a-numbered-recommendations/index.html")  # "Recommendations", five items
    [box] = numbered.find_class("key-points")
    assert box.get("data-pagefind-ignore") is not None and box.find(".//blockquote") is not None  # a quotation, not searched
    assert "“Recommendations”" in text(box)  # says where it quotes from
    points = [text(li) for li in box.find(".//blockquote").iter("li")]
    assert points == ["Give each format a clear task.", "Anchor formats in NATO and the EU.", "Keep the door open.",
                      "Build light permanent structures.", "Measure delivery, not declarations."]
    body = [text(li) for li in numbered.xpath(".//li[starts-with(@id, 'p-')]")]
    assert [b.split(". ")[0] + "." for b in body[-5:]] == points  # each item's first sentence, quoted as it stands
    prose = article(reader_site, "briefs/europes-best-bet/index.html")  # a "Summary" of three paragraphs
    [box] = prose.find_class("key-points")
    points = [text(li) for li in box.find(".//blockquote").iter("li")]
    assert len(points) == 3
    assert points[0] == "Europe is arguably going through its most challenging geopolitical inflection point in decades."
    assert "“Summary”" in text(box)
    # The body opens with an "Executive summary" of four bullets: the box would repeat them just above themselves.
    assert article(reader_site, "briefs/a-executive-summary-bullets/index.html").find_class("key-points") == []
    # A framed "Key takeaways" box, set apart from the text (so not in the body): its bullets are the points.
    boxed = article(reader_site, "briefs/a-key-takeaways-box/index.html")
    [box] = boxed.find_class("key-points")
    assert "“Key takeaways”" in text(box)
    points = [text(li) for li in box.find(".//blockquote").iter("li")]
    assert len(points) == 4
    assert points[0] == "Populist and nationalist parties are in government or lead the polls in several EU and NATO member states."
    assert points[-1] == "Mainstream parties should make the case for Ukraine in terms of voters' own security and prosperity."
    for slug in ("a-commentary-250-words", "accept-prepare-leverage"):  # no such section
        assert article(reader_site, f"briefs/{slug}/index.html").find_class("key-points") == [], slug


def test_primary_themes_first_and_the_rest_folded_under_also_touches_on(reader_site):
    page = article(reader_site, "briefs/accept-prepare-leverage/index.html")
    [primary] = [e for e in page.find_class("theme-chips") if e.tag == "p"]
    chips = primary.find_class("theme-chip")
    assert 1 <= len(chips) <= 5
    [folded] = page.find_class("theme-chips-minor")
    assert folded.tag == "details" and folded.get("open") is None  # closed until the reader opens it
    minor = folded.find_class("theme-chip")
    assert text(folded.find("summary")) == f"Also touches on {len(minor)} more theme{'s' if len(minor) != 1 else ''}"
    names = [text(c) for c in chips + minor]
    assert len(names) == len(set(names))


def test_brief_pages_hide_the_site_navigation(reader_site):
    for path in brief_pages(reader_site):
        [sidebar] = lxml_html.parse(str(path)).getroot().find_class("md-sidebar--primary")
        assert sidebar.get("hidden") is not None, path.parent.name


# -- listings ---------------------------------------------------------------------


def check_cards(page_cards: list, where: str) -> None:
    """Each card is its own element, links one brief, and carries the filter's data attributes."""
    slugs = [card_slug(c) for c in page_cards]
    assert len(slugs) == len(set(slugs)), where
    for card in page_cards:
        assert not card.xpath(f".//*[{has_class('brief-card')}]"), where  # no card inside another
        assert re.fullmatch(r"[a-z0-9-]*", card.get("data-publisher")), where
        assert re.fullmatch(r"(\d{4})?", card.get("data-year")), where
        themes = card.get("data-themes").split()
        assert set(themes) <= THEME_IDS, where
        links = card.xpath(f".//*[{has_class('brief-card__themes')}]//a[{has_class('theme-chip')}]")
        chips = [urljoin(f"http://site/{where}", a.get("href")).rstrip("/").split("/")[-1] for a in links]
        assert chips == themes[:3], where  # the three strongest; the filter knows them all
        more = card.xpath(f".//*[{has_class('brief-card__more')}]")
        assert [m.text_content() for m in more] == ([f"and {len(themes) - 3} more theme{'s' if len(themes) > 4 else ''}"] if len(themes) > 3 else []), where


def test_every_listing_lists_each_brief_as_its_own_card(reader_site):
    every = {p.parent.name for p in brief_pages(reader_site)}
    assert len(every) == 9
    for page in ("briefs/index.html", "briefs/by-title/index.html", "briefs/by-publisher/index.html", "timeline/index.html"):
        found = cards(article(reader_site, page))
        check_cards(found, page)
        assert {card_slug(c) for c in found} == every, page
    for folder in ("authors", "publishers", "themes", "regions"):
        for path in sorted((reader_site / folder).glob("*/index.html")):
            found = cards(article(reader_site, str(path.relative_to(reader_site))))
            check_cards(found, str(path.relative_to(reader_site)))
            assert found or folder == "themes", path  # a theme may have no brief yet
    for path in (reader_site / "themes").glob("*/index.html"):
        discuss = cards(theme_briefs(article(reader_site, str(path.relative_to(reader_site)))))
        assert all(path.parent.name in c.get("data-themes").split() for c in discuss), path
    epc = cards(article(reader_site, "publishers/european-policy-centre/index.html"))
    assert [(card_slug(c), c.get("data-publisher"), c.get("data-year")) for c in epc] == [
        ("accept-prepare-leverage", "european-policy-centre", "2025")]
    for path in (reader_site / "publishers").glob("*/index.html"):
        assert {c.get("data-publisher") for c in cards(article(reader_site, str(path.relative_to(reader_site))))} == {path.parent.name}
    timeline = article(reader_site, "timeline/index.html")
    for heading in timeline.iter("h2"):
        year = text(heading)
        section = heading.getnext()
        if re.fullmatch(r"\d{4}", year):
            assert {c.get("data-year") for c in cards(section)} == {year}


def test_a_card_shows_what_is_known_and_a_short_standfirst(reader_site):
    listing = {card_slug(c): c for c in cards(article(reader_site, "briefs/index.html"))}
    dated = listing["accept-prepare-leverage"]
    assert text(dated.find_class("brief-card__meta")[0]) == "Iana Maisuradze · European Policy Centre · 10 October 2025"
    assert dated.find_class("brief-card__standfirst") == []  # it states no summary of its own
    undated = text(listing["europes-best-bet"].find_class("brief-card__meta")[0])
    assert undated == "Emiliano Alessandri and Domenec Ruiz-Devesa"
    nothing = listing["nss-european-security-architecture"]  # no author, publisher or date
    assert nothing.find_class("brief-card__meta") == []
    [standfirst] = listing["a-commentary-250-words"].find_class("brief-card__standfirst")
    assert text(standfirst) == OWN_SUMMARY and len(OWN_SUMMARY.split()) <= 40


def test_theme_counts_say_brief_or_briefs_and_match_the_theme_pages(reader_site):
    home = article(reader_site, "index.html")
    assert len(cards(home.find_class("front-latest")[0])) == 5
    entries = home.find_class("front-themes")[0].iter("li")
    seen = 0
    for entry in entries:
        link = entry.find(".//a")
        theme = re.search(r"themes/([^/]+)/", link.get("href"))[1]
        listed = len(cards(theme_briefs(article(reader_site, f"themes/{theme}/index.html"))))
        count = text(entry.find_class("theme-count")[0])
        assert count == (f"{listed} briefs" if listed != 1 else "1 brief"), theme
        seen += 1
    assert seen >= 5
    authors = len(list((reader_site / "authors").glob("*/index.html")))
    publishers = len(list((reader_site / "publishers").glob("*/index.html")))
    assert publishers > 1
    assert f"{len(EXTRA) + 5} briefs by {authors} authors from {publishers} publishers, on" in text(home)


def test_home_shows_the_newest_annotations(reader_site):
    home = article(reader_site, "index.html")
    notes = list(home.find_class("front-annotations")[0].iter("li"))
    assert len(notes) == 2
    targets = [n.find(".//a").get("href") for n in notes]
    assert all(re.fullmatch(r"briefs/[a-z0-9-]+/#note-[\w-]+", t) for t in targets), targets
    assert "European Sky Shield Initiative (ESSI)" in text(home.find_class("front-annotations")[0])


# -- the filter, in a browser -----------------------------------------------------

in_browser = pytest.mark.browser


def visible_slugs(page) -> list[str]:
    return page.eval_on_selector_all(
        ".brief-card:not([hidden])", "cards => cards.map(c => c.querySelector('.brief-card__title a').getAttribute('href'))")


@in_browser
def test_filter_narrows_the_list_and_clearing_restores_it(page, served_site, built_site):
    static = cards(article(built_site / "site", "briefs/index.html"))
    page.goto(served_site["root"] + "briefs/")
    controls = page.locator("form.listing-controls")
    controls.wait_for()
    count = page.locator(".listing-count")
    assert count.inner_text() == "5 briefs" and len(visible_slugs(page)) == 5
    page.select_option(".listing-controls select[name=year]", "2025")
    assert count.inner_text() == "1 of 5 briefs"
    assert [s.split("/")[-2] for s in visible_slugs(page)] == ["accept-prepare-leverage"]
    page.select_option(".listing-controls select[name=year]", "")
    theme = next(t for c in static for t in c.get("data-themes").split()
                 if 1 < sum(t in d.get("data-themes").split() for d in static) < len(static))
    expected = sum(theme in c.get("data-themes").split() for c in static)
    page.select_option(".listing-controls select[name=theme]", theme)
    assert count.inner_text() == f"{expected} of 5 briefs" and len(visible_slugs(page)) == expected
    assert f"theme={theme}" in page.url  # the filtered list can be linked to
    page.get_by_role("button", name="Clear filters").click()
    assert count.inner_text() == "5 briefs" and len(visible_slugs(page)) == 5
    page.select_option(".listing-controls select[name=sort]", "title")
    titles = page.eval_on_selector_all(".brief-card .brief-card__title a", "links => links.map(a => a.textContent.trim())")
    assert titles == sorted(titles, key=lambda t: t.strip("“”*").lower())
    assert page.console_errors == [] and page.foreign_requests == []


@in_browser
def test_listing_works_without_javascript(browser, served_site):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(served_site["root"] + "briefs/")
    assert tab.locator(".brief-card").count() == 5 and tab.locator(".listing-controls").count() == 0
    assert all(tab.locator(".brief-card").nth(i).is_visible() for i in range(5))
    tab.get_by_role("link", name="title", exact=True).click()
    tab.wait_for_url(re.compile(r"/briefs/by-title/$"))
    titles = [t.strip("“”").lower() for t in tab.locator(".brief-card__title a").all_inner_texts()]
    assert titles == sorted(titles)
    context.close()
