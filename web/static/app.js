// Savoir: search as you type (debounced fetch of /api/search) and tab switching.
// Results are built with DOM methods and textContent only: no HTML from data is ever parsed.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }
  var input = document.getElementById("q");
  var tabInput = document.getElementById("tab");
  var results = document.getElementById("results");
  var tabs = document.querySelectorAll(".tabs a[data-tab]");
  var T = {};
  try { T = JSON.parse(document.getElementById("i18n").textContent); } catch (e) { T = {}; }
  function t(key, args) {
    var s = T[key] || key;
    if (args) { Object.keys(args).forEach(function (k) { s = s.replace("{" + k + "}", args[k]); }); }
    return s;
  }
  var timer = null, seq = 0, controller = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function link(href, text, cls) { var a = el("a", cls, text); a.href = href; return a; }
  function enc(s) { return encodeURIComponent(s); }

  // Escape-by-construction highlighting: text nodes and <mark> elements from [start, end) spans.
  function highlighted(tag, cls, text, spans) {
    var node = el(tag, cls);
    text = text || "";
    var pos = 0;
    (spans || []).slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (s) {
      var a = s[0] | 0, b = s[1] | 0;
      if (a < pos || b <= a || b > text.length) { return; }
      node.appendChild(document.createTextNode(text.slice(pos, a)));
      node.appendChild(el("mark", null, text.slice(a, b)));
      pos = b;
    });
    node.appendChild(document.createTextNode(text.slice(pos)));
    return node;
  }
  function fmt(x) { return (Number(x) || 0).toFixed(2); }
  function evrole(r) { return t("evrole." + r); }

  function evidenceList(items) {
    var ul = el("ul", "evidence");
    (items || []).slice(0, 3).forEach(function (e) {
      var li = el("li"), head = el("div", "ev-head");
      head.appendChild(el("span", "pill pill-" + e.kind, evrole(e.role)));
      if (e.thread || e.document) { head.appendChild(el("span", "ev-title", e.title)); }
      if (e.date) { head.appendChild(el("span", "muted", e.date)); }
      li.appendChild(head);
      li.appendChild(highlighted("p", "snippet", e.snippet, e.highlights));
      ul.appendChild(li);
    });
    return ul;
  }
  function cardHead(card, titleNode, score) {
    var head = el("header", "card-head");
    head.appendChild(titleNode);
    head.appendChild(el("span", "score", fmt(score)));
    card.appendChild(head);
  }
  var KINDS = ["accepted_answer", "answer", "document", "question", "profile", "comment"];
  function whyText(x) {   // the why line in the page's language, from the breakdown's counts
    var b = x.breakdown || {}, kinds = b.evidence_kinds, text;
    if (kinds && Object.keys(kinds).length) {
      var parts = KINDS.filter(function (k) { return kinds[k]; }).map(function (k) {
        var n = kinds[k].count; return t((n === 1 ? "why.one." : "why.many.") + k, { n: n });
      });
      text = t("why.matching", { list: parts.join(", ") });
      if (b.latest) { text += t("why.sep") + t("why.latest", { date: b.latest }); }
      return text;
    }
    if (b.matched_items !== undefined) {
      text = t("why.items", { n: b.matched_items });
      return b.members_know ? text + t("why.sep") + t("why.members") : text;
    }
    return x.why;
  }
  function why(x) {
    var p = el("p", "why"); p.appendChild(el("strong", null, t("expert.why") + ":"));
    p.appendChild(document.createTextNode(" " + whyText(x))); return p;
  }
  function expertCard(x) {
    var card = el("article", "card expert"), h = el("h3");
    h.appendChild(link("/people/" + enc(x.id), x.name));
    cardHead(card, h, x.score);
    card.appendChild(el("p", "meta", [x.title, x.department, x.location].filter(Boolean).join(" · ")));
    if (x.communities && x.communities.length) {
      var tags = el("p", "tags");
      x.communities.forEach(function (c) {
        var a = link("/communities/" + enc(c.id), c.name + " ", "tag");
        a.appendChild(el("small", null, t("role." + c.role))); tags.appendChild(a);
      });
      card.appendChild(tags);
    }
    card.appendChild(why(x));
    var b = x.breakdown || {}, dl = el("dl", "breakdown");
    [["expert.lexical", b.lexical], ["expert.semantic", b.semantic], ["expert.recency", b.recency], ["expert.prior", b.prior]]
      .forEach(function (p) { var d = el("div"); d.appendChild(el("dt", null, t(p[0]))); d.appendChild(el("dd", null, fmt(p[1]))); dl.appendChild(d); });
    Object.keys(b.evidence_kinds || {}).forEach(function (k) {
      var d = el("div"), label = k.replace("_", " ").replace("document", "author");
      d.appendChild(el("dt", null, evrole(label))); d.appendChild(el("dd", null, "×" + b.evidence_kinds[k].count)); dl.appendChild(d);
    });
    card.appendChild(dl);
    card.appendChild(evidenceList(x.evidence));
    return card;
  }
  function threadCard(x) {
    var card = el("article", "card thread"), h = el("h3");
    if (x.type === "thread") { h.appendChild(el("span", "badge " + (x.solved ? "ok" : "open"), t(x.solved ? "thread.solved" : "thread.open"))); }
    else { h.appendChild(el("span", "badge doc", t("thread.document"))); }
    h.appendChild(document.createTextNode(" " + x.title));
    cardHead(card, h, x.score);
    var meta = el("p", "meta");
    if (x.community) { meta.appendChild(link("/communities/" + enc(x.community), x.community_name)); }
    [x.date, x.kind].filter(Boolean).forEach(function (s) { meta.appendChild(document.createTextNode(" · " + s)); });
    (x.authors || []).forEach(function (a) { meta.appendChild(document.createTextNode(" · ")); meta.appendChild(link("/people/" + enc(a.id), a.name)); });
    card.appendChild(meta);
    card.appendChild(highlighted("p", "snippet", x.snippet, x.highlights));
    var acc = x.accepted_answer;
    if (acc) {
      var box = el("div", "accepted"), head = el("div", "ev-head");
      if (acc.author) { head.appendChild(document.createTextNode(t("thread.accepted") + " ")); head.appendChild(link("/people/" + enc(acc.author), acc.author_name)); }
      else { head.appendChild(document.createTextNode(t("thread.accepted_anon"))); }
      if (acc.date) { head.appendChild(el("span", "muted", acc.date)); }
      box.appendChild(head); box.appendChild(highlighted("p", "snippet", acc.snippet, acc.highlights));
      card.appendChild(box);
    }
    return card;
  }
  function communityCard(x) {
    var card = el("article", "card community"), h = el("h3");
    h.appendChild(link("/communities/" + enc(x.id), x.name));
    if (x.visibility === "private") { h.appendChild(document.createTextNode(" ")); h.appendChild(el("span", "badge private", t("community.private"))); }
    cardHead(card, h, x.score);
    var meta = el("p", "meta", t("kind." + x.kind) + " · " + t("stage." + x.stage));
    if (x.coordinator) { meta.appendChild(document.createTextNode(" · " + t("community.coordinator") + ": ")); meta.appendChild(link("/people/" + enc(x.coordinator.id), x.coordinator.name)); }
    card.appendChild(meta);
    card.appendChild(el("p", null, x.domain));
    var a = x.activity || {}, stats = el("p", "stats");
    [a.members + " " + t("community.members").toLowerCase(), a.active_members_90d + " " + t("community.active").toLowerCase(),
     a.threads + " " + t("community.threads").toLowerCase(), Math.round(100 * (a.solved_rate || 0)) + " % " + t("community.solved_rate").toLowerCase()]
      .forEach(function (s) { stats.appendChild(el("span", null, s)); });
    if (a.newest_activity) { stats.appendChild(el("span", null, t("community.newest") + " " + a.newest_activity)); }
    card.appendChild(stats);
    card.appendChild(why(x));
    if (x.how_to_join) { var j = el("p", "join"); j.appendChild(el("strong", null, t("community.join") + ":")); j.appendChild(document.createTextNode(" " + x.how_to_join)); card.appendChild(j); }
    if (x.evidence && x.evidence.length) { card.appendChild(evidenceList(x.evidence.slice(0, 2))); }
    return card;
  }

  function currentTab() { return tabInput.value || "experts"; }
  function render(data, mode) {
    results.replaceChildren();
    results.dataset.mode = mode;
    results.appendChild(el("p", "count", t("results.count", { n: data.results.length }) + " · " + t("results.took", { ms: Math.round(data.took_ms) })));
    if (!data.results.length) { results.appendChild(el("p", "empty", t("results.none"))); return; }
    if (data.words_matched === false) { results.appendChild(el("p", "notice meaning-only", t("results.meaning_only"))); }
    var make = mode === "experts" ? expertCard : mode === "threads" ? threadCard : communityCard;
    data.results.forEach(function (x) { results.appendChild(make(x)); });
  }
  function updateUrl(q, mode) {
    var url = "/search?" + (q ? "q=" + enc(q) + "&" : "") + "tab=" + enc(mode);
    history.replaceState(null, "", url);
    tabs.forEach(function (a) { a.href = url.replace(/tab=[^&]*/, "tab=" + a.dataset.tab); });
    var sw = document.getElementById("lang-switch");
    if (sw) { sw.href = sw.href.replace(/next=.*$/, "next=" + enc(url)); }
  }
  function run() {
    var q = input.value.trim(), mode = currentTab(), mine = ++seq;
    updateUrl(q, mode);
    if (!q) { results.replaceChildren(el("p", "hint", t("search.hint"))); return; }
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    results.setAttribute("aria-busy", "true");
    fetch("/api/search?q=" + enc(q) + "&mode=" + enc(mode) + "&k=10", { signal: controller ? controller.signal : undefined, headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (mine !== seq) { return; }
        results.removeAttribute("aria-busy");
        if (!res.ok) { results.replaceChildren(el("p", "error", res.body.error || "error")); return; }
        render(res.body, mode);
      })
      .catch(function (err) { if (err && err.name === "AbortError") { return; } results.removeAttribute("aria-busy"); });
  }
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
