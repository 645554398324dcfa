// Savoir: search as you type, tab switching and "show more" on the search page.
// The server renders the results block (GET /search/results, the same template the full page
// includes); this script fetches it and swaps it in. It draws no card and words no text itself.

// Every fragment this file inserts is the server's own rendering: Jinja autoescapes every value
// from the data, so it carries no markup from documents or queries. DOMParser leaves scripts
// inert, and the CSP (script-src 'self') would refuse inline ones anyway. Resolves to the
// parsed document, or null when the answer is not HTML (an error page in JSON, say).
function fetchFragment(url, signal) {
  "use strict";
  return fetch(url, { signal: signal, headers: { "Accept": "text/html" } })
    .then(function (r) { return /^text\/html/.test(r.headers.get("Content-Type") || "") ? r.text() : null; })
    .then(function (html) { return html === null ? null : new DOMParser().parseFromString(html, "text/html"); });
}
function childrenOf(node) { "use strict"; return Array.prototype.slice.call(node.childNodes); }

(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }
  var input = document.getElementById("q");
  var tabInput = document.getElementById("tab");
  var results = document.getElementById("results");
  var tabs = document.querySelectorAll(".tabs a[data-tab]");
  var timer = null, seq = 0, controller = null;

  function enc(s) { return encodeURIComponent(s); }
  function currentTab() { return tabInput.value || "experts"; }
  // the "solved only" filter is a plain link (a page load); the script keeps it while typing
  var solved = /[?&]solved=1/.test(location.search);
  function params(q, mode) {
    return (q ? "q=" + enc(q) + "&" : "") + "tab=" + enc(mode) + (solved && mode === "threads" ? "&solved=1" : "");
  }

  // The address bar, the tab links and the language switch follow the current query.
  function updateUrl(q, mode) {
    var url = "/search?" + params(q, mode);
    history.replaceState(null, "", url);
    tabs.forEach(function (a) { a.href = url.replace(/tab=[^&]*/, "tab=" + a.dataset.tab); });
    var sw = document.getElementById("lang-switch");
    if (sw) { sw.href = sw.href.replace(/next=.*$/, "next=" + enc(url)); }
  }

  function swap(doc, mode) {
    results.replaceChildren.apply(results, childrenOf(doc.body));
    results.dataset.mode = mode;
  }

  function run() {
    var q = input.value.trim(), mode = currentTab(), mine = ++seq;
    updateUrl(q, mode);
    if (controller) { controller.abort(); }   // a newer query makes the pending answer stale
    controller = window.AbortController ? new AbortController() : null;
    results.setAttribute("aria-busy", "true");
    fetchFragment("/search/results?" + params(q, mode), controller ? controller.signal : undefined)
      .then(function (doc) {
        if (mine !== seq) { return; }
        results.removeAttribute("aria-busy");
        if (doc !== null) { swap(doc, mode); }
      })
      .catch(function (err) { if (err && err.name === "AbortError") { return; } results.removeAttribute("aria-busy"); });
  }

  // "show more": the server renders the next cards (and the next "show more") as a partial,
  // appended in place of the link
  results.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.more") : null;
    if (!a) { return; }
    ev.preventDefault();
    var q = input.value.trim(), mode = currentTab(), mine = seq;
    fetchFragment("/search/results?" + params(q, mode) + "&offset=" + enc(a.dataset.offset))
      .then(function (doc) {
        if (doc === null || mine !== seq) { return; }
        var wrap = a.parentNode;
        childrenOf(doc.body).forEach(function (n) { results.insertBefore(n, wrap); });
        wrap.remove();
      });
  });
  // While the served index has no vectors yet, the notice polls the index status: its text
  // (worded by the server) follows the embedding, and once the build with vectors is served the
  // notice goes and the current query runs again, now hybrid.
  var notice = document.getElementById("semantic-notice");
  function poll() {
    fetch(notice.dataset.statusUrl, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (st) {
        if (st.semantic === "pending") {
          if (st.notice) { notice.textContent = st.notice; }
          setTimeout(poll, 2000);
        } else {
          notice.remove();
          if (input.value.trim()) { run(); }
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (notice) { setTimeout(poll, 2000); }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); clearTimeout(timer); run(); });
  tabs.forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      tabInput.value = a.dataset.tab;
      tabs.forEach(function (b) { var on = b === a; b.classList.toggle("active", on); b.setAttribute("aria-selected", on ? "true" : "false"); });
      clearTimeout(timer); run();
    });
  });
}());

// The people directory (/people): names match as you type. The server renders the list
// (GET /people/results, the same template the page includes); this script swaps it in.
(function () {
  "use strict";
  var form = document.getElementById("people-form");
  if (!form) { return; }
  var input = document.getElementById("people-q");
  var results = document.getElementById("people-results");
  var timer = null, seq = 0;

  function query() {
    var parts = [];
    new FormData(form).forEach(function (v, k) { if (v) { parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v)); } });
    return parts.join("&");
  }

  function run() {
    var qs = query(), mine = ++seq;
    history.replaceState(null, "", "/people" + (qs ? "?" + qs : ""));
    results.setAttribute("aria-busy", "true");
    fetchFragment("/people/results" + (qs ? "?" + qs : ""))
      .then(function (doc) {
        if (mine !== seq) { return; }
        results.removeAttribute("aria-busy");
        if (doc !== null) { results.replaceChildren.apply(results, childrenOf(doc.body)); }
      })
      .catch(function () { results.removeAttribute("aria-busy"); });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  form.querySelectorAll("select").forEach(function (s) { s.addEventListener("change", run); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); clearTimeout(timer); run(); });
}());

// Savoir: the newcomer page's person picker. As you type, the server renders the matching
// people (GET /newcomer/people?who=, the same partial the page includes) and this swaps it in.
(function () {
  "use strict";
  var input = document.getElementById("who");
  var list = document.getElementById("people-list");
  if (!input || !list || !input.dataset.picker) { return; }
  var timer = null, seq = 0;
  function run() {
    var mine = ++seq;
    fetchFragment(input.dataset.picker + "?who=" + encodeURIComponent(input.value.trim()))
      .then(function (doc) {
        if (mine !== seq || doc === null) { return; }
        var fresh = doc.getElementById("people-list");
        if (fresh) { list.replaceChildren.apply(list, childrenOf(fresh)); list.dataset.who = input.value.trim(); }
      })
      .catch(function () {});
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
}());
