// The ask page: while the question is typed, the similar threads block is replaced by the
// server's rendering of /ask/similar (debounced; answers to stale text are dropped).
(function () {
  "use strict";
  var title = document.getElementById("ask-title"), body = document.getElementById("ask-body");
  var box = document.getElementById("similar");
  if (!title || !box) return;
  var timer = null, seq = 0;
  function refresh() {
    var text = (title.value + " " + (body ? body.value : "")).trim();
    var mine = ++seq;
    if (text.length < 3) { box.innerHTML = ""; return; }
    box.setAttribute("aria-busy", "true");
    fetch(box.dataset.url + "?q=" + encodeURIComponent(text.slice(0, 900)), {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (html) { if (mine === seq) { box.innerHTML = html; box.removeAttribute("aria-busy"); } })
      .catch(function () { if (mine === seq) box.removeAttribute("aria-busy"); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(refresh, 350); }
  title.addEventListener("input", later);
  if (body) body.addEventListener("input", later);
})();
