/* Sorting and filters for the list of all briefs (briefs/, by-title/, by-publisher/).
 *
 * Progressive enhancement: the build writes every brief as a card (.brief-card) with its
 * primary theme ids, publisher slug, year and ISO date in data attributes, and a page per
 * sort order; without JavaScript those pages list everything. Here a form (.listing-controls)
 * is added above the cards that sorts them and filters them by theme, publisher and year,
 * keeps the live count (.listing-count) up to date and the choice in the address, so that a
 * filtered list can be linked to. Option labels come from the cards themselves.
 */
(function () {
  "use strict";

  var SORTS = [["date", "Date, newest first"], ["title", "Title"], ["publisher", "Publisher"]];
  var UNKNOWN = "-"; /* the filter value for a card with no publisher or no year (slugs are never "-") */
  var FILTERS = [["theme", "Theme", "All themes"], ["publisher", "Publisher", "All publishers"], ["year", "Year", "All years"]];

  function counted(number, noun) {
    return number + " " + noun + (number === 1 ? "" : "s");
  }

  function titleOf(card) {
    var link = card.querySelector(".brief-card__title a");
    return (link ? link.textContent : "").replace(/^[\s“”"‘’'*]+/, "").trim().toLowerCase();
  }

  function publisherOf(card) {
    var link = card.querySelector(".brief-card__publisher");
    return link ? link.textContent.trim() : "";
  }

  function themesOf(card) {
    return (card.dataset.themes || "").split(" ").filter(Boolean);
  }

  /* value -> label for each filter, from what the cards show (theme chips are in data-themes order). */
  function choices(cards) {
    var found = { theme: {}, publisher: {}, year: {} };
    cards.forEach(function (card) {
      var chips = card.querySelectorAll(".brief-card__themes .theme-chip");
      themesOf(card).forEach(function (id, i) {
        found.theme[id] = chips[i] ? chips[i].textContent.trim() : id;
      });
      found.publisher[card.dataset.publisher || UNKNOWN] = publisherOf(card) || "Publisher not named";
      found.year[card.dataset.year || UNKNOWN] = card.dataset.year || "Undated";
    });
    return found;
  }

  function ordered(values, key) {
    var entries = Object.keys(values).map(function (value) { return [value, values[value]]; });
    return entries.sort(function (a, b) {
      if ((a[0] === UNKNOWN) !== (b[0] === UNKNOWN)) return a[0] === UNKNOWN ? 1 : -1; /* "unknown" last */
      if (key === "year") return a[0] < b[0] ? 1 : -1; /* newest first */
      return a[1].localeCompare(b[1], undefined, { sensitivity: "base" });
    });
  }

  function byDate(a, b) {
    var x = a.dataset.date || "", y = b.dataset.date || "";
    if (!x !== !y) return x ? -1 : 1;
    if (x !== y) return x < y ? 1 : -1;
    return titleOf(a).localeCompare(titleOf(b));
  }

  var COMPARE = {
    date: byDate,
    title: function (a, b) { return titleOf(a).localeCompare(titleOf(b), undefined, { sensitivity: "base" }); },
    publisher: function (a, b) {
      var x = publisherOf(a), y = publisherOf(b);
      if (!x !== !y) return x ? -1 : 1;
      return x.localeCompare(y, undefined, { sensitivity: "base" }) || byDate(a, b);
    },
  };

  function select(name, label, options, value) {
    var wrapper = document.createElement("label");
    wrapper.className = "listing-control";
    wrapper.appendChild(document.createTextNode(label + " "));
    var element = document.createElement("select");
    element.name = name;
    options.forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      element.appendChild(option);
    });
    element.value = value;
    if (element.value !== value) element.value = options[0][0]; /* an unknown value in the address */
    wrapper.appendChild(element);
    return wrapper;
  }

  function enhance(list) {
    if (list.dataset.enhanced) return;
    list.dataset.enhanced = "true";
    var cards = Array.prototype.slice.call(list.querySelectorAll(".brief-card"));
    var count = document.querySelector(".listing-count");
    var params = new URLSearchParams(window.location.search);
    var defaultSort = list.dataset.sort || "date";
    var found = choices(cards);

    var form = document.createElement("form");
    form.className = "listing-controls";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Sort and filter the briefs");
    form.appendChild(select("sort", "Sort by", SORTS, params.get("sort") || defaultSort));
    FILTERS.forEach(function (filter) {
      var options = [["", filter[2]]].concat(ordered(found[filter[0]], filter[0]));
      form.appendChild(select(filter[0], filter[1], options, params.get(filter[0]) || ""));
    });
    var clear = document.createElement("button");
    clear.type = "button";
    clear.className = "md-button listing-clear";
    clear.textContent = "Clear filters";
    form.appendChild(clear);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    list.parentNode.insertBefore(form, list);
    if (count) count.setAttribute("aria-live", "polite");
    var switcher = document.querySelector(".sort-switch");
    if (switcher) switcher.hidden = true; /* the form sorts; the links remain for readers without JavaScript */

    function value(name) { return form.elements[name].value; }

    function apply() {
      var theme = value("theme"), publisher = value("publisher"), year = value("year");
      var shown = 0;
      cards.slice().sort(COMPARE[value("sort")] || byDate).forEach(function (card) {
        var match = (!theme || themesOf(card).indexOf(theme) >= 0)
          && (!publisher || (card.dataset.publisher || UNKNOWN) === publisher)
          && (!year || (card.dataset.year || UNKNOWN) === year);
        card.hidden = !match;
        if (match) shown += 1;
        list.appendChild(card);
      });
      if (count) count.textContent = shown === cards.length ? counted(cards.length, "brief") : shown + " of " + counted(cards.length, "brief");
      var query = new URLSearchParams();
      ["theme", "publisher", "year"].forEach(function (name) { if (value(name)) query.set(name, value(name)); });
      if (value("sort") !== defaultSort) query.set("sort", value("sort"));
      var search = query.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    form.addEventListener("change", apply);
    clear.addEventListener("click", function () {
      FILTERS.forEach(function (filter) { form.elements[filter[0]].value = ""; });
      apply();
    });
    apply();
  }

  function init() {
    document.querySelectorAll(".brief-cards[data-sort]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
