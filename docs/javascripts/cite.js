/* "Cite this brief": a button that copies the formatted citation, and the page's
 * address in the print-only citation block when the site has no site_url. */
(function () {
  "use strict";
  function init() {
    document.querySelectorAll(".cite-box").forEach(function (box) {
      var text = box.querySelector(".cite-text");
      if (!text || box.querySelector(".cite-copy")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button cite-copy";
      button.textContent = "Copy citation";
      var status = document.createElement("span");
      status.className = "cite-status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        var citation = text.textContent.trim();
        var done = function () { status.textContent = "Copied."; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(citation).then(done, function () { select(text); });
        } else {
          select(text);
          try { document.execCommand("copy"); done(); } catch (e) { status.textContent = "Press Ctrl+C to copy."; }
        }
      });
      text.insertAdjacentElement("afterend", button);
      button.insertAdjacentElement("afterend", status);
    });
    document.querySelectorAll(".print-url").forEach(function (span) {
      if (!span.textContent.trim()) span.textContent = window.location.href.split("#")[0];
    });
  }
  function select(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
