"""Search with Pagefind: what the index holds, its facets, and what a reader does with it in a browser."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import BUNDLE_BRIEFS, build_site, copy_project, search_records


def by_url(site: Path) -> dict[str, dict]:
    return {record["url"]: record for record in search_records(site)}


# -- the index ----------------------------------------------------------------------


def test_index_holds_brief_theme_and_author_pages_only(built_site):
    urls = set(by_url(built_site / "site"))
    briefs = {f"/briefs/{p.parent.name}/" for p in (built_site / "docs" / "briefs").glob("*/index.md")}
    assert briefs and briefs <= urls
    assert any(u.startswith("/themes/") for u in urls) and any(u.startswith("/authors/") for u in urls)
    others = {u for u in urls if not u.startswith(("/briefs/", "/themes/", "/authors/"))}
    assert others == set()
    assert not {"/briefs/by-title/", "/briefs/by-publisher/", "/briefs/", "/themes/", "/authors/"} & urls


def bundle_urls(bundle: Path) -> set[str]:
    """The pages one Pagefind bundle holds (its own fragments only, not those of bundles inside it)."""
    return {json.loads(gzip.decompress(p.read_bytes())[len(b"pagefind_dcd"):])["url"] for p in (bundle / "fragment").glob("*.pf_fragment")}


def test_briefs_are_indexed_in_bundles_newest_first(built_site):
    """A first query loads one bundle's chunks: the briefs in bundles of at most N (here 2), newest first and
    undated last, the theme and author pages in a bundle of their own, all listed in bundles.json."""
    index = built_site / "site" / "pagefind"
    manifest = json.loads((index / "bundles.json").read_text(encoding="utf-8"))
    assert manifest["briefs_per_bundle"] == BUNDLE_BRIEFS
    bundles = manifest["briefs"]
    assert [b["path"] for b in bundles] == ["", "earlier/1/", "earlier/2/"]
    assert [b["pages"] for b in bundles] == [2, 2, 1]
    assert bundles[0]["newest"] == "2025-10-10" and bundles[0]["undated"] == 1  # the one dated seed first
    assert [b["undated"] for b in bundles[1:]] == [2, 1]
    held = [bundle_urls(index / b["path"]) for b in bundles]
    assert "/briefs/accept-prepare-leverage/" in held[0]
    briefs = {f"/briefs/{p.parent.name}/" for p in (built_site / "docs" / "briefs").glob("*/index.md")}
    assert set().union(*held) == briefs and sum(map(len, held)) == len(briefs)  # each brief in one bundle
    assert manifest["pages"]["path"] == "pages/"
    listed = bundle_urls(index / "pages")
    assert "/themes/sanctions/" in listed and "/authors/iana-maisuradze/" in listed
    assert all(u.startswith(("/themes/", "/authors/")) for u in listed)
    # a merged bundle is searched with the first one's scripts and WebAssembly: it carries none of its own
    assert (index / "pagefind.js").is_file() and not list((index / "earlier" / "1").glob("*.js"))
    assert not list((index / "pages").glob("wasm.*"))
    assert not list(built_site.glob("site/.pagefind-*"))  # the staging folders are gone
    # the search page's index holds every page, with its own scripts
    assert manifest["all"]["path"] == "all/" and (index / "all" / "pagefind.js").is_file()
    assert bundle_urls(index / "all") == set().union(*held, listed)


def test_indexing_the_real_site_draws_no_pagefind_warning(built_site, run_cli, tmp_path):
    """Pagefind warns (and guesses) on attributes it cannot read, e.g. a bare ``data-pagefind-ignore`` written out
    as ``data-pagefind-ignore="data-pagefind-ignore"``; the build passes its warnings on, and the real site has none."""
    site = shutil.copytree(built_site / "site", tmp_path / "site")
    result = run_cli("index", site)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if line.strip()]
    assert said[-1].startswith("index: ") and said[:-1] == []  # only our own summary line
    assert (site / "pagefind" / "pagefind-entry.json").stat().st_size > 0


def test_brief_record_is_its_body_with_facets_and_meta(built_site):
    record = by_url(built_site / "site")["/briefs/accept-prepare-leverage/"]
    assert record["meta"]["title"].startswith("Accept, prepare, leverage")
    assert record["meta"]["date"] == "10 October 2025"
    assert record["meta"]["publisher"] == "European Policy Centre"
    assert record["filters"]["author"] == ["Iana Maisuradze"]
    assert record["filters"]["year"] == ["2025"]
    assert record["filters"]["publisher"] == ["European Policy Centre"]
    assert "Transatlantic relations" in record["filters"]["theme"]
    content = record["content"]
    assert "tenth consecutive year" in content
    # the body only: no citation box, print citation, related briefs, navigation or permalink marks
    for outside in ("Cite this brief", "Cite as:", "Related briefs", "Download:", "Skip to content", "¶"):
        assert outside not in content, outside


def test_brief_without_date_or_author_still_has_facets(built_site):
    record = by_url(built_site / "site")["/briefs/nss-european-security-architecture/"]
    assert record["filters"]["year"] == ["undated"]
    assert record["filters"]["author"] == ["unknown author"]
    assert record["meta"]["date"] == "Date not stated"


def test_theme_and_author_pages_index_their_name_not_the_briefs_they_quote(built_site):
    records = by_url(built_site / "site")
    theme = records["/themes/sanctions/"]
    assert theme["meta"] == {"title": "Sanctions and economic pressure", "kind": "Theme"}
    assert theme["filters"] == {}  # a facet narrows to briefs only
    assert theme["word_count"] < 40
    html = (built_site / "site" / "themes" / "sanctions" / "index.html").read_text()
    assert 'data-pagefind-weight="0.1"' in html
    author = records["/authors/iana-maisuradze/"]
    assert author["meta"]["kind"] == "Author" and "Accept, prepare" not in author["content"]


def test_facet_values_are_the_sidecars_text_escaped(tmp_path):
    project = copy_project(tmp_path)
    for seed in (project / "sources" / "briefs").glob("*"):
        if seed.stem != "accept-prepare-leverage-transatlantic-security":
            seed.unlink()
    shutil.rmtree(project / "sources" / "annotations")  # they annotate the briefs just removed
    sidecar = ('slug: accept-prepare-leverage\nauthors:\n  - name: \'Ana <b onmouseover="x">Ruiz</b>, Jr.: "A&B"\'\n'
               'publisher: "Centre for <script>alert(1)</script> Studies, theme:x"\n')
    (project / "sources" / "briefs" / "accept-prepare-leverage-transatlantic-security.yml").write_text(sidecar)
    result = build_site(project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    assert "<b onmouseover" not in html and "<script>alert(1)" not in html
    record = by_url(project / "site")["/briefs/accept-prepare-leverage/"]
    assert record["filters"]["author"] == ['Ana <b onmouseover="x">Ruiz</b>, Jr.: "A&B"']
    assert record["filters"]["publisher"] == ["Centre for <script>alert(1)</script> Studies, theme:x"]
    assert record["meta"]["publisher"] == "Centre for <script>alert(1)</script> Studies, theme:x"
    assert "x" not in record["filters"]["theme"] and "Transatlantic relations" in record["filters"]["theme"]


def test_index_command_explains_a_missing_site(tmp_path, run_cli):
    result = run_cli("index", tmp_path / "nothing-built")
    assert result.returncode == 1
    assert "nothing-built: error: no built site here (index.html is missing)" in result.stderr
    assert "briefs index SITE_DIR" in result.stderr


# -- in the browser ------------------------------------------------------------------


def header_search(page, query: str):
    box = page.locator(".md-header pagefind-searchbox input")
    box.click()
    box.press_sequentially(query, delay=15)
    return page.locator("pagefind-searchbox .pf-searchbox-result")


def assert_clean(page):
    assert page.console_errors == []
    assert page.foreign_requests == []


@pytest.mark.browser
def test_header_search_finds_the_one_brief_with_a_phrase(page, served_site):
    page.goto(served_site["root"] + "about/")
    results = header_search(page, "Taurus cruise missiles")
    expect(results).to_have_count(1, timeout=30000)  # once the whole phrase is typed and searched
    expect(results.first).to_have_attribute("href", re.compile(r"/briefs/europes-best-bet/$"), timeout=30000)
    expect(results.first.locator(".briefs-search__meta")).to_have_text("Brief · Date not stated · Publisher not stated", timeout=30000)
    expect(results.first.locator("mark")).to_have_text(["taurus", "cruise", "missiles"], ignore_case=True, timeout=30000)
    results.first.click()
    page.wait_for_url(re.compile(r"/briefs/europes-best-bet/$"))
    assert_clean(page)


@pytest.mark.browser
def test_header_search_loads_no_filter_index(page, served_site):
    """The header box shows no facets, so it downloads none of the filter index (the search page does)."""
    loaded = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.goto(served_site["root"])
    results = header_search(page, "tenth consecutive year")
    results.first.wait_for(timeout=30000)
    page.wait_for_load_state("networkidle")
    assert any("/pagefind/index/" in url for url in loaded) and not [url for url in loaded if re.search(r"/pagefind/.*filter/", url)]
    page.goto(served_site["root"] + "search/?q=security")
    page.locator("pagefind-filter-pane label.pf-filter-checkbox", has_text="2025").wait_for(timeout=30000)
    assert [url for url in loaded if "/pagefind/all/filter/" in url]  # the index of every page, for the counts
    assert_clean(page)


def requested(page) -> list[str]:
    loaded = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    return loaded


@pytest.mark.browser
def test_header_first_query_loads_the_newest_bundle_only(page, served_site):
    """When the newest bundle has as many results as the box shows, no older bundle is loaded."""
    loaded = requested(page)
    page.goto(served_site["root"])
    page.locator(".md-header pagefind-searchbox").evaluate("box => box.setAttribute('max-results', '1')")
    results = header_search(page, "tenth consecutive year")
    expect(results).to_have_count(1, timeout=30000)
    expect(results.first).to_have_attribute("href", re.compile(r"/briefs/accept-prepare-leverage/$"), timeout=30000)
    page.wait_for_load_state("networkidle")
    assert [u for u in loaded if re.search(r"/pagefind/index/", u)]
    assert not [u for u in loaded if "/pagefind/earlier/" in u or "/pagefind/pages/" in u]
    assert_clean(page)


@pytest.mark.browser
def test_more_results_in_the_header_box_merge_earlier_bundles(page, served_site):
    """With the box full, "More results" makes room for more and merges older bundles when it needs them."""
    loaded = requested(page)
    page.goto(served_site["root"])
    page.locator(".md-header pagefind-searchbox").evaluate("box => box.setAttribute('max-results', '2')")
    results = header_search(page, "security")
    expect(results).to_have_count(2, timeout=30000)
    page.wait_for_load_state("networkidle")
    assert not [u for u in loaded if "/pagefind/earlier/" in u]  # the newest bundle's two briefs fill the box
    more = page.locator(".md-header .briefs-search__more")
    expect(more).to_be_visible(timeout=30000)
    more.click()  # room for eight more: all five briefs then, and the theme and author pages on "security"
    page.wait_for_function("document.querySelectorAll('.md-header pagefind-searchbox .pf-searchbox-result').length > 2", timeout=30000)
    expect(results.first).to_have_attribute("href", re.compile(r"/briefs/"), timeout=30000)
    assert [u for u in loaded if "/pagefind/earlier/1/" in u] and [u for u in loaded if "/pagefind/earlier/2/" in u]
    assert_clean(page)


@pytest.mark.browser
def test_header_search_reaches_the_oldest_bundle_when_the_newest_has_too_few(page, served_site):
    """Older bundles are merged in, newest first, while the box has room for more results: a brief in the
    last bundle is found, and theme and author pages come only after every brief bundle."""
    loaded = requested(page)
    page.goto(served_site["root"])
    results = header_search(page, "Western Balkans")
    expect(results.locator("xpath=self::*[contains(@href, '/briefs/us-no-longer-guarantor/')]")).to_have_count(1, timeout=30000)
    page.wait_for_load_state("networkidle")
    order = [u for u in loaded if re.search(r"/pagefind/(earlier/\d+/|pages/)pagefind-entry\.json", u)]
    assert [re.search(r"/pagefind/(.*)pagefind-entry", u).group(1) for u in order] == ["earlier/1/", "earlier/2/", "pages/"]
    assert_clean(page)


@pytest.mark.browser
def test_header_result_shows_date_and_publisher(page, served_site):
    page.goto(served_site["root"])
    results = header_search(page, "tenth consecutive year")
    results.first.wait_for(timeout=30000)
    expect(results.first.locator(".briefs-search__meta")).to_have_text("Brief · 10 October 2025 · European Policy Centre", timeout=30000)
    assert_clean(page)


@pytest.mark.browser
def test_briefs_rank_above_the_theme_page_for_its_name(page, served_site):
    page.goto(served_site["root"])
    header_search(page, "sanctions")
    # Results arrive in stages: wait until each one links somewhere, then read their links.
    links = "rs => rs.map(e => e.getAttribute('href') || (e.querySelector('a[href]') || {getAttribute: () => null}).getAttribute('href'))"
    page.wait_for_function(f"() => {{ const rs = [...document.querySelectorAll('pagefind-searchbox .pf-searchbox-result')];"
                           f" return rs.length > 2 && ({links})(rs).every(Boolean); }}", timeout=30000)
    hrefs = page.eval_on_selector_all("pagefind-searchbox .pf-searchbox-result", links)
    assert "/themes/sanctions/" in "".join(hrefs), hrefs
    assert "/briefs/" in hrefs[0], hrefs
    first_theme = next(i for i, h in enumerate(hrefs) if "/themes/" in h)
    assert first_theme > 0 and all("/briefs/" in h for h in hrefs[:first_theme])


@pytest.mark.browser
def test_search_page_filters_by_a_facet_with_counts(page, served_site):
    page.goto(served_site["root"] + "search/?q=security")
    page.locator("pagefind-results .pf-result").first.wait_for(timeout=30000)
    assert page.locator("pagefind-input input").input_value() == "security"
    everything = page.locator("pagefind-results .pf-result").count()
    year = page.locator("pagefind-filter-pane label.pf-filter-checkbox", has_text="2025")
    expect(year.locator(".pf-filter-checkbox-count")).to_have_text("1", timeout=30000)
    # the counts cover every bundle: the four undated briefs are in all three
    undated = page.locator("pagefind-filter-pane label.pf-filter-checkbox", has_text="undated")
    expect(undated.locator(".pf-filter-checkbox-count")).to_have_text("4", timeout=30000)
    year.locator("input[type=checkbox]").check()
    page.wait_for_function("document.querySelectorAll('pagefind-results .pf-result').length === 1", timeout=30000)
    assert everything > 1
    only = page.locator("pagefind-results .pf-result")
    assert "10 October 2025" in only.locator(".search-page__meta").inner_text()
    assert_clean(page)


@pytest.mark.browser
@pytest.mark.parametrize("query", ['<img src=x onerror="window.__pwned=1">', "(.*)[+?{", "security\\", "' OR 1=1 --"])
def test_markup_or_regex_in_a_query_shows_results_or_none(page, served_site, query):
    page.goto(served_site["root"] + "search/")
    page.locator("pagefind-input input").fill(query)
    page.wait_for_function(
        "document.querySelector('pagefind-summary')?.textContent.trim().length > 0"
        " && !/Searching/i.test(document.querySelector('pagefind-summary').textContent)", timeout=30000)
    summary = page.locator("pagefind-summary").inner_text()
    assert re.search(r"\d+ results? for|No results for", summary), summary
    assert page.evaluate("window.__pwned") is None
    assert page.locator("pagefind-results img[src=x]").count() == 0
    assert_clean(page)


@pytest.mark.browser
def test_search_works_under_a_sub_path(page, served_site):
    page.goto(served_site["subpath"] + "briefs/accept-prepare-leverage/")
    results = header_search(page, "Taurus cruise missiles")
    results.first.wait_for(timeout=30000)
    expect(results.first).to_have_attribute("href", "/sub/path/briefs/europes-best-bet/", timeout=30000)
    page.locator(".briefs-search__all").click()
    page.wait_for_url(re.compile(r"/sub/path/search/\?q=Taurus"))
    page.locator("pagefind-results .pf-result").first.wait_for(timeout=30000)
    expect(page.locator("pagefind-results a.pf-result-link").first).to_have_attribute("href", "/sub/path/briefs/europes-best-bet/", timeout=30000)
    assert_clean(page)
