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
    briefs = page.locator("article .theme-positions a[href*='briefs/']")
    if briefs.count() == 0:
        pytest.skip("no brief is tagged with the first theme")
    briefs.first.click()
    page.wait_for_url(re.compile(r"/briefs/[a-z0-9-]+/$"))
    assert page.locator("h1").count() == 1
    assert_clean(page)


# Search (Pagefind): tests/test_search.py.


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


def select_text(page, text):
    """Select ``text`` inside the article, as a reader would with the mouse."""
    page.evaluate(
        """(needle) => {
            const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode, at = node.textContent.indexOf(needle);
                if (at >= 0 && node.parentElement.closest('p[id]')) {
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + needle.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges(); selection.addRange(range);
                    return;
                }
            }
            throw new Error('text not found: ' + needle);
        }""",
        text,
    )


def test_annotate_button_shows_the_command_without_a_repository(page, served_site):
    page.goto(served_site["root"] + "briefs/accept-prepare-leverage/")
    select_text(page, "tenth consecutive year")
    button = page.locator("#annotate-button")
    button.wait_for(state="visible")
    button.click()
    command = page.locator("#annotate-dialog .annotate-command").inner_text()
    assert command == "python scripts/briefs.py annotate accept-prepare-leverage --quote 'tenth consecutive year' --author 'Your Name'"
    assert_clean(page)


def test_annotate_button_opens_the_new_file_page_with_a_repository(page, served_site):
    page.goto(served_site["root"] + "briefs/accept-prepare-leverage/")
    page.evaluate(
        "document.querySelector('.brief-meta').dataset.repository = 'https://github.com/example/briefs';"
        "window.open = (url) => { window.__opened = url; return null; };"
    )
    select_text(page, "tenth consecutive year")
    page.locator("#annotate-button").click()
    opened = page.evaluate("window.__opened")
    from urllib.parse import parse_qs, unquote, urlparse

    url = urlparse(opened)
    assert url.netloc == "github.com" and url.path == "/example/briefs/new/main"
    query = parse_qs(url.query)
    assert re.fullmatch(r"sources/annotations/accept-prepare-leverage/\d{4}-\d\d-\d\d-tenth-consecutive-year\.md", query["filename"][0])
    value = unquote(query["value"][0])
    assert 'quote: "tenth consecutive year"' in value
    # The 32 characters before the selection in the paragraph (docs/javascripts/annotate.js).
    assert 'prefix: "ence spending increased for the "' in value
    assert "kind: comment" in value and value.startswith("---\n")


def test_annotation_is_reachable_by_keyboard(page, served_site):
    page.goto(served_site["root"] + "briefs/post-war-order-collapsed/")
    ref = page.locator("a.annotation-ref").first
    ref.focus()
    assert page.evaluate("document.activeElement.classList.contains('annotation-ref')")
    page.keyboard.press("Enter")
    target = ref.get_attribute("href")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert page.locator(f"aside{target}").is_visible()


def test_copy_citation_button(browser, served_site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served_site["root"] + "briefs/accept-prepare-leverage/")
    button = page.get_by_role("button", name="Copy citation")
    button.focus()
    page.keyboard.press("Enter")
    page.locator(".cite-status").filter(has_text="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Iana Maisuradze. “Accept, prepare, leverage")
    context.close()


def test_print_layout(page, served_site):
    page.goto(served_site["root"] + "briefs/post-war-order-collapsed/")
    page.emulate_media(media="print")
    display = lambda selector: page.evaluate(f"getComputedStyle(document.querySelector({selector!r})).display")  # noqa: E731
    assert display(".md-header") == "none" and display(".md-sidebar--primary") == "none"
    assert display(".print-citation") == "block"
    assert display("aside.annotation") == "none" and display(".note-print-body") == "block"
    url = page.inner_text(".print-url")
    assert url.endswith("/briefs/post-war-order-collapsed/")
    assert "Cite as:" in page.inner_text(".print-citation")
    page.emulate_media(media="screen")
    assert display(".print-citation") == "none"
