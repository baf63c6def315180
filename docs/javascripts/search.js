// Glue for Pagefind's component UI (pagefind/pagefind-component-ui.js, loaded just before this file).
// - The header search box (overrides/partials/search.html) sits in the header bar. Material and Zensical
//   would render it there only with their own search, which mkdocs.yml switches off: it comes right
//   after the header (overrides/main.html) and is moved in here.
// - Its "Filter" link opens the search page (search.md) with what was typed, as ?q=.
// - The search page runs the query in ?q= and keeps the address in step with what is typed.
// - The header box searches the index in bundles, newest briefs first (build/search_index.py), merging
//   older ones only while it has room for more results; the search page searches the index of every page.
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

  // Pagefind sets an instance's "__pagefind__" once it has loaded the bundle (Pagefind 1.5); calls
  // `adapt(bundle, instance)` then, before the component UI asks it for filters or results.
  // tests/test_search.py checks what each instance downloads.
  function onLoaded(name, adapt) {
    const components = window.PagefindComponents;
    if (!components) return; // the index was not built (briefs index SITE_DIR): no search
    const instance = components.getInstanceManager().getInstance(name);
    let loaded = instance.__pagefind__ || null;
    Object.defineProperty(instance, "__pagefind__", {
      configurable: true,
      get: () => loaded,
      set: (bundle) => {
        if (bundle) adapt(bundle, instance);
        loaded = bundle;
      },
    });
  }

  // The index is in bundles (build/search_index.py): the first, where Pagefind's scripts are, holds the
  // newest briefs; bundles.json lists the earlier ones, newest first, then the theme and author pages.
  // Older bundles are merged in (Pagefind's mergeIndex) with the same ranking, in that order.
  function bundles(instance) {
    const base = instance.options.bundlePath;
    let listed = null;
    return () => {
      listed = listed || fetch(base + "bundles.json")
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then((manifest) => {
          if (!manifest) return [];
          const later = manifest.briefs.filter((bundle) => bundle.path).map((bundle) => bundle.path);
          return later.concat(manifest.pages ? [manifest.pages.path] : []).map((path) => base + path);
        });
      return listed;
    };
  }

  function merging(bundle, instance) {
    const paths = bundles(instance);
    let merged = 0;
    let pending = Promise.resolve();
    // Merge the next bundle unless more than `seen` are merged already; false when none is left.
    const mergeAfter = (seen) => {
      pending = pending.then(async () => {
        if (merged > seen) return true;
        const all = await paths();
        if (merged >= all.length) return false;
        await bundle.mergeIndex(all[merged], { ranking: RANKING });
        merged += 1;
        return true;
      });
      return pending;
    };
    return { merged: () => merged, mergeAfter };
  }

  // The words of a query as Pagefind reads them: split at spaces, without the punctuation it drops.
  function words(term) {
    if (/^\s*".+"\s*$/.test(term)) return []; // an exact phrase: Pagefind matches it whole
    return term.split(/\s+/).filter((word) => word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, "").length);
  }

  // Pagefind ignores a word of a query that is in no page of an index. In one index of the whole site
  // that is a word in no page at all; in a bundle it may be a word that only other bundles hold, and
  // then that bundle would answer "Taurus cruise missiles" with every page on cruise missiles. So each
  // word is looked up on its own (its chunks are loaded already) and a result is kept only if it holds
  // every word that some loaded bundle holds; `missing` says that a word is in no loaded bundle yet.
  async function strictly(search, term, options) {
    const found = await search(term, options);
    const each = words(term);
    if (!found || each.length < 2) return found && { ...found, missing: !found.results.length };
    const alone = await Promise.all(each.map((word) => search(word, options)));
    const held = alone.filter((one) => one && one.results.length).map((one) => new Set(one.results.map((r) => r.id)));
    const results = found.results.filter((result) => held.every((ids) => ids.has(result.id)));
    return { ...found, results, unfilteredResultCount: results.length, missing: held.length < each.length };
  }

  // The header box: a first query searches the newest bundle only, and older bundles are merged in,
  // one at a time, while the box has fewer results than it shows or a word of the query is in none of
  // the bundles loaded; so a query answered by recent briefs loads one bundle's chunks however large
  // the archive. Theme and author pages are merged last: briefs rank above them. It shows no facets,
  // yet the component UI asks Pagefind for every filter when it loads an instance, which would
  // download the whole filter index with the first query: for this instance those are an empty set.
  function headerBundles(box) {
    return (bundle, instance) => {
      const more = merging(bundle, instance);
      const search = bundle.search.bind(bundle);
      const room = () => roomIn(box);
      bundle.filters = async () => ({});
      bundle.search = async (term, options) => {
        for (;;) {
          const seen = more.merged();
          const found = await strictly(search, term || "", options);
          const enough = found && found.results.length >= room() && !found.missing;
          if (!term || !found || enough) return found;
          if (!(await more.mergeAfter(seen))) return { ...found, more: false };
        }
      };
    };
  }

  // How many results the header box shows: its `max-results` (8, partials/search.html), or more once
  // "More results" was pressed. (The component reads the property; setting the attribute would render
  // the box anew and take the focus from its input.)
  function roomIn(searchbox) {
    return parseInt(searchbox.maxResults, 10) || parseInt(searchbox.getAttribute("max-results"), 10) || 8;
  }

  // "More results" under the header box's results: room for eight more, which merges older bundles
  // when the ones loaded have no more. A new query starts again from `max-results`.
  function moreResults(box, searchbox) {
    const components = window.PagefindComponents;
    if (!components) return;
    const instance = components.getInstanceManager().getInstance("default");
    const room = () => roomIn(searchbox);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "briefs-search__more";
    button.textContent = "More results, earlier briefs too";
    button.hidden = true;
    button.addEventListener("click", () => {
      searchbox.maxResults = room() + 8;
      button.hidden = true;
      instance.triggerSearch(instance.searchTerm);
    });
    box.addEventListener("input", () => {
      searchbox.maxResults = parseInt(searchbox.getAttribute("max-results"), 10) || 8;
    });
    instance.on("results", (found) => {
      const dropdown = searchbox.querySelector(".pf-searchbox-dropdown");
      if (dropdown && button.parentNode !== dropdown) dropdown.insertBefore(button, dropdown.querySelector(".pf-searchbox-footer"));
      button.hidden = !(found && found.results && found.results.length >= room() && found.more !== false);
    });
  }

  // The search page searches the index of every page (all/), so that its facet counts cover every brief.
  function wholeIndex(name) {
    const components = window.PagefindComponents;
    if (!components) return;
    const instance = components.getInstanceManager().getInstance(name);
    instance.options.bundlePath = instance.options.bundlePath.replace(/\/?$/, "/") + "all/";
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
  const box = document.querySelector(".briefs-search");
  if (box) {
    const searchbox = box.querySelector("pagefind-searchbox");
    onLoaded("default", headerBundles(searchbox || box));
    intoHeader(box);
    if (searchbox) moreResults(box, searchbox);
    linkQuery(box);
  }
  const page = document.querySelector(".search-page");
  if (page) {
    rank("page");
    wholeIndex("page");
    searchPage(page);
  }
})();
