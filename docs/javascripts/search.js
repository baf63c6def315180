// Glue for Pagefind's component UI (pagefind/pagefind-component-ui.js, loaded just before this file).
// - The header search box (overrides/partials/search.html) sits in the header bar. Material and Zensical
//   would render it there only with their own search, which mkdocs.yml switches off: it comes right
//   after the header (overrides/main.html) and is moved in here.
// - Its "Filter" link opens the search page (search.md) with what was typed, as ?q=.
// - The search page runs the query in ?q= and keeps the address in step with what is typed.
// Pagefind finds its index and the site's base path from the address of its own script, so the
// site works under a sub-path; it loads the index only on the first search.
(function () {
  "use strict";

  // Briefs rank above the theme and author pages that share their words: those pages' text weighs
  // little (render/search_facets.py), titles count through the page text (a brief's heading) rather
  // than through metadata, and the kind, date and publisher shown in results are not searched.
  const RANKING = { metaWeights: { title: 0.05, kind: 0, date: 0, publisher: 0 }, pageLength: 0.5 };

  function rank(name) {
    const components = window.PagefindComponents;
    if (!components) return; // the index was not built (briefs index SITE_DIR): no search
    const instance = components.getInstanceManager().getInstance(name);
    instance.pagefindOptions = Object.assign(instance.pagefindOptions || {}, { ranking: RANKING });
  }

  // The header box shows no facets, yet the component UI asks Pagefind for every filter when it loads
  // an instance, and that downloads the whole filter index (159 kB at 10,000 briefs) with the first
  // query. For the header's instance only, the filters asked for on loading are an empty set: the
  // query itself still loads what it needs, and the search page's instance loads its facets as before.
  // (This reaches into the instance's "__pagefind__", which Pagefind 1.5 sets once it has loaded the
  // bundle; tests/test_search.py checks that no filter file is fetched by the header box.)
  function withoutFacets(name) {
    const components = window.PagefindComponents;
    if (!components) return;
    const instance = components.getInstanceManager().getInstance(name);
    let loaded = instance.__pagefind__ || null;
    Object.defineProperty(instance, "__pagefind__", {
      configurable: true,
      get: () => loaded,
      set: (bundle) => {
        if (bundle) bundle.filters = async () => ({});
        loaded = bundle;
      },
    });
  }

  function intoHeader(box) {
    const inner = document.querySelector(".md-header__inner");
    if (!inner || box.closest(".md-header")) return;
    inner.insertBefore(box, inner.querySelector(".md-header__source"));
  }

  function linkQuery(box) {
    const link = box.querySelector("[data-search-page]");
    if (!link) return;
    const base = link.getAttribute("href");
    box.addEventListener("input", (event) => {
      const query = event.target.value ? event.target.value.trim() : "";
      link.setAttribute("href", query ? base + "?q=" + encodeURIComponent(query) : base);
    });
  }

  function searchPage(page) {
    const params = new URLSearchParams(location.search);
    const query = params.get("q") || "";
    customElements.whenDefined("pagefind-input").then(() => {
      const input = page.querySelector("pagefind-input input");
      if (!input) return;
      if (query) {
        input.value = query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      input.addEventListener("input", () => {
        const url = new URL(location.href);
        if (input.value.trim()) url.searchParams.set("q", input.value.trim());
        else url.searchParams.delete("q");
        history.replaceState(null, "", url);
      });
    });
  }

  rank("default");
  withoutFacets("default");
  const box = document.querySelector(".briefs-search");
  if (box) {
    intoHeader(box);
    linkQuery(box);
  }
  const page = document.querySelector(".search-page");
  if (page) {
    rank("page");
    searchPage(page);
  }
})();
