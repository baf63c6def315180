/* "Annotate this passage": select text on a brief page to start an annotation.
 *
 * With a repository configured (extra.repository in mkdocs.yml), the button opens
 * the repository's new-file page with the file name and front matter filled in.
 * Without one, it shows the `briefs.py annotate` command to run instead.
 * Reads its settings from the data attributes of the brief's meta line.
 */
(function () {
  "use strict";
  var CONTEXT = 32;

  function settings() {
    var meta = document.querySelector(".brief-meta[data-slug]");
    return meta ? { slug: meta.dataset.slug, repository: meta.dataset.repository || "", branch: meta.dataset.branch || "main" } : null;
  }

  function squash(text) { return text.replace(/\s+/g, " ").trim(); }

  function today() { return new Date().toISOString().slice(0, 10); }

  function slugify(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9\s-]/g, "").trim().split(/\s+/).slice(0, 6).join("-").slice(0, 40);
  }

  /* The selected text and about 32 characters on either side, within its paragraph. */
  function selected() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var node = range.commonAncestorContainer;
    var block = (node.nodeType === 1 ? node : node.parentElement).closest(".md-content article p[id], .md-content article li[id]");
    if (!block || block.closest("aside")) return null;
    var quote = squash(selection.toString());
    if (quote.length < 3) return null;
    var before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEndAfter(block.lastChild || block);
    var prefix = before.toString().replace(/\s+/g, " ");
    var suffix = after.toString().replace(/\s+/g, " ");
    return { quote: quote, prefix: prefix.slice(-CONTEXT).replace(/^\s+/, ""), suffix: suffix.slice(0, CONTEXT).replace(/\s+$/, "") };
  }

  function frontMatter(s) {
    return "---\n" +
      "quote: " + JSON.stringify(s.quote) + "\n" +
      "prefix: " + JSON.stringify(s.prefix) + "\n" +
      "suffix: " + JSON.stringify(s.suffix) + "\n" +
      "author: \"Your Name\"\n" +
      "created: '" + today() + "'\n" +
      "kind: comment\n" +
      "---\n\nWrite your note here.\n";
  }

  function shellQuote(text) { return "'" + text.replace(/'/g, "'\\''") + "'"; }

  function newFileUrl(config, s) {
    var name = "sources/annotations/" + config.slug + "/" + today() + "-" + slugify(s.quote) + ".md";
    return config.repository.replace(/\/+$/, "") + "/new/" + encodeURIComponent(config.branch) +
      "?filename=" + encodeURIComponent(name) + "&value=" + encodeURIComponent(frontMatter(s));
  }

  function showCommand(config, s) {
    var dialog = document.getElementById("annotate-dialog");
    if (!dialog) {
      dialog = document.createElement("div");
      dialog.id = "annotate-dialog";
      dialog.setAttribute("role", "dialog");
      dialog.setAttribute("aria-modal", "false");
      dialog.setAttribute("aria-labelledby", "annotate-dialog-title");
      dialog.innerHTML = '<p id="annotate-dialog-title"><strong>Annotate this passage</strong></p>' +
        "<p>Run this in a clone of the repository, write your note in the file it prints, and open a pull request:</p>" +
        '<pre><code class="annotate-command"></code></pre>' +
        '<button type="button" class="md-button annotate-close">Close</button>';
      document.body.appendChild(dialog);
      dialog.querySelector(".annotate-close").addEventListener("click", function () { dialog.hidden = true; });
    }
    dialog.querySelector(".annotate-command").textContent =
      "python scripts/briefs.py annotate " + config.slug + " --quote " + shellQuote(s.quote) + " --author 'Your Name'";
    dialog.hidden = false;
    dialog.querySelector(".annotate-close").focus();
  }

  function init() {
    var config = settings();
    if (!config) return;
    var button = document.createElement("button");
    button.type = "button";
    button.id = "annotate-button";
    button.className = "md-button md-button--primary";
    button.textContent = "Annotate this passage";
    button.hidden = true;
    document.body.appendChild(button);
    var current = null;

    function update() {
      var s = selected();
      if (!s) { if (document.activeElement !== button) button.hidden = true; return; }
      current = s;
      var rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
      button.style.top = (window.scrollY + rect.bottom + 8) + "px";
      button.style.left = (window.scrollX + Math.max(8, rect.left)) + "px";
      button.hidden = false;
    }

    document.addEventListener("selectionchange", update);
    button.addEventListener("mousedown", function (event) { event.preventDefault(); });
    button.addEventListener("click", function () {
      if (!current) return;
      var config = settings();
      if (config.repository) {
        window.open(newFileUrl(config, current), "_blank", "noopener");
      } else {
        showCommand(config, current);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
