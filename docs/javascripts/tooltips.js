/* Make abbreviation tooltips reachable by keyboard: Material shows an element's
 * tooltip on hover and on focus, but <abbr> cannot take focus by default. */
(function () {
  "use strict";
  function init() {
    document.querySelectorAll(".md-typeset abbr[title]").forEach(function (abbr) {
      if (!abbr.hasAttribute("tabindex")) abbr.setAttribute("tabindex", "0");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
