"""What a reader does, in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def assert_clean(page):
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_home_page_lists_latest_briefs(page, served_site):
    page.goto(served_site["root"])
    assert "Policy briefs on European security" in page.inner_text("h1")
    assert page.locator("article a[href*='briefs/']").count() >= 5
    page.get_by_role("link", name=re.compile("Accept, prepare, leverage")).first.click()
    page.wait_for_url(re.compile(r"/briefs/accept-prepare-leverage/$"))
    assert "Iana Maisuradze" in page.inner_text(".brief-byline")
    assert_clean(page)


def test_theme_then_brief(page, served_site):
    page.goto(served_site["root"] + "themes/")
    first_theme = page.locator("article table a").first
    first_theme.click()
    page.wait_for_url(re.compile(r"/themes/[a-z-]+/$"))
    briefs = page.locator("article h2 a[href*='briefs/']")
    if briefs.count() == 0:
        pytest.skip("no brief is tagged with the first theme")
    briefs.first.click()
    page.wait_for_url(re.compile(r"/briefs/[a-z0-9-]+/$"))
    assert page.locator("h1").count() == 1
    assert_clean(page)


def test_search_finds_the_one_brief_with_a_phrase(page, served_site):
    page.goto(served_site["root"])
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # The index loads in a web worker; on a busy machine that takes a while.
    page.wait_for_function(
        "(document.querySelector('.md-search-result__meta')?.textContent || '').includes('Type to start')", timeout=60000
    )
    page.locator("input.md-search__input").press_sequentially("Taurus cruise missiles", delay=20)
    result = page.locator(".md-search-result__item a").first
    try:
        result.wait_for(timeout=30000)
    except Exception:
        page.screenshot(path="/tmp/search-failure.png")
        raise AssertionError(
            "no search result; meta: " + page.inner_text(".md-search-result__meta")
            + "; query: " + page.input_value("input.md-search__input")
        ) from None
    assert "europes-best-bet" in result.get_attribute("href")
    result.click()
    page.wait_for_url(re.compile(r"/briefs/europes-best-bet/"))
    assert "Taurus cruise missiles" in page.inner_text("article")
    assert_clean(page)


def test_site_works_from_a_sub_path(page, served_site):
    page.goto(served_site["subpath"])
    page.get_by_role("link", name=re.compile("Accept, prepare, leverage")).first.click()
    page.wait_for_url(re.compile(r"/sub/path/briefs/accept-prepare-leverage/$"))
    css_ok = page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
    assert css_ok in {"sticky", "fixed", "relative"}
    page.locator("a[href*='authors/iana-maisuradze']").first.click()
    page.wait_for_url(re.compile(r"/sub/path/authors/iana-maisuradze/$"))
    assert_clean(page)


def test_dark_palette_toggle(page, served_site):
    page.goto(served_site["root"] + "about/")
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    before = scheme()
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    assert scheme() != before and {before, scheme()} == {"default", "slate"}
    assert_clean(page)


def test_missing_page_shows_the_404(page, served_site):
    response = page.goto(served_site["root"] + "404.html")
    assert response.ok and "Page not found" in page.inner_text("article")
