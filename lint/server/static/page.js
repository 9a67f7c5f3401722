// copydesk's checking page: calls POST v1/check on this server and shows the answer.
// No framework and no build step. Text is only ever inserted with textContent, never as HTML.
// The API counts offsets in code points; JavaScript strings count UTF-16 code units, so every
// offset goes through unitMap() before it touches the text.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
  const MAX_FIX_PASSES = 10; // as copydesk fix: apply, check again, until nothing is left
  const EXTENSIONS = { text: "txt", markdown: "md", html: "html" };
  const MEDIA = { text: "text/plain", markdown: "text/markdown", html: "text/html" };

  const state = {
    result: null, // the last /v1/check answer
    checked: null, // the text that answer is about
    map: null, // code point index -> UTF-16 index, for `checked`
    format: "text",
    checkedFormat: "text", // the format `checked` was checked as
    hidden: new Set(), // rule ids filtered out
    selected: -1,
    fileName: null,
    crlf: false, // the opened file used CRLF: the download keeps it
    sequence: 0,
    rules: null, // promise of page/rules.json
  };

  // -- positions ---------------------------------------------------------------------------

  /** For each code point index of `text` (and its end), the UTF-16 index. */
  function unitMap(text) {
    const map = new Uint32Array(text.length + 1);
    let point = 0;
    let unit = 0;
    for (const char of text) {
      map[point++] = unit;
      unit += char.length;
    }
    map[point] = unit;
    return map.subarray(0, point + 1);
  }

  /** A finding's [start, end) in UTF-16 units of the checked text. */
  function span(finding) {
    const last = state.map.length - 1;
    const start = state.map[Math.min(finding.offset, last)];
    const end = state.map[Math.min(finding.offset + finding.length, last)];
    return [start, end];
  }

  /** Apply code-point edits to the checked text; edits must not overlap. */
  function applyEdits(edits) {
    const text = state.checked;
    const units = edits
      .map((edit) => [state.map[edit.offset], state.map[edit.offset + edit.length], edit.replacement])
      .sort((a, b) => b[0] - a[0]);
    let out = text;
    for (const [start, end, replacement] of units) {
      out = out.slice(0, start) + replacement + out.slice(end);
    }
    return out;
  }

  // -- the API ------------------------------------------------------------------------------

  async function postCheck(text, format) {
    const body = { [format]: text };
    const language = $("language").value;
    if (language) body.language = language;
    const response = await fetch("v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    let answer = null;
    try {
      answer = await response.json();
    } catch (_) {
      answer = null;
    }
    if (!response.ok) {
      const message = answer && answer.message ? answer.message : `the server answered ${response.status}`;
      const retry = response.headers.get("Retry-After");
      throw new Error(response.status === 413 ? `This draft is too long for this server (${message}).`
        : retry ? `${message} Try again in ${retry} s.` : message);
    }
    return answer;
  }

  function loadRules() {
    if (!state.rules) {
      state.rules = fetch("page/rules.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
    }
    return state.rules;
  }

  /** The rule behind an id; a sub-id ("grammar.lt.x") is explained by its parent. */
  function ruleOf(rules, id) {
    const parts = id.split(".");
    while (parts.length) {
      const found = rules[parts.join(".")];
      if (found) return found;
      parts.pop();
    }
    return null;
  }

  // -- checking -----------------------------------------------------------------------------

  async function check({ announce = true } = {}) {
    const text = $("text").value;
    const format = state.format;
    const sequence = ++state.sequence;
    $("error").textContent = "";
    if (!text.trim()) {
      $("error").textContent = "Paste or open a draft first.";
      return false;
    }
    $("status").textContent = "Checking…";
    document.body.setAttribute("aria-busy", "true");
    try {
      const result = await postCheck(text, format);
      if (sequence !== state.sequence) return false; // a newer check is on its way
      state.result = result;
      state.checked = text;
      state.checkedFormat = format;
      state.map = unitMap(text);
      state.selected = -1;
      render();
      showReview();
      if (announce) $("status").textContent = summary(result);
      return true;
    } catch (error) {
      if (sequence === state.sequence) {
        $("status").textContent = "";
        $("error").textContent = `The draft could not be checked: ${error.message}`;
      }
      return false;
    } finally {
      document.body.removeAttribute("aria-busy");
    }
  }

  function summary(result) {
    const counts = result.verdict.counts;
    const total = result.findings.length;
    if (!total) return "Checked: no findings.";
    const parts = ["error", "warning", "info"].filter((s) => counts[s]).map((s) => `${counts[s]} ${plural(s, counts[s])}`);
    const verdict = result.verdict.publishable ? "publishable" : "not publishable yet";
    return `Checked: ${total} ${total === 1 ? "finding" : "findings"} (${parts.join(", ")}); ${verdict}.`;
  }

  function plural(severity, count) {
    if (count === 1) return severity;
    return severity === "info" ? "info" : `${severity}s`;
  }

  function visible() {
    return state.result ? state.result.findings.map((f, i) => [f, i]).filter(([f]) => !state.hidden.has(f.rule)) : [];
  }

  /** A fix the page may apply unattended: safe, and (in markup) not touching tags or entities. */
  function safeFix(finding) {
    const fix = finding.fixes && finding.fixes[0];
    if (!fix || fix.safety !== "safe") return null;
    return applicable(finding) ? fix : null;
  }

  function applicable(finding) {
    // The server's fixer edits only plain copies of source text; markup in the range means a
    // tag, an entity or emphasis would be rewritten, so the page leaves those to the editor.
    return state.checkedFormat === "text" || !/[<>&*_`[\]\\]/.test(finding.text);
  }

  // -- rendering ----------------------------------------------------------------------------

  function render() {
    renderReview();
    renderFindings();
    renderFilters();
    renderStats();
    $("fix-all").disabled = !visible().some(([f]) => safeFix(f));
  }

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role") node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  /** The checked text with a <mark> over every visible finding; overlaps split into pieces. */
  function renderReview() {
    const text = state.checked;
    const spans = visible().map(([f, i]) => [...span(f), i]);
    const cuts = new Set([0, text.length]);
    for (const [start, end] of spans) {
      cuts.add(start);
      cuts.add(end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const byStart = [...spans].sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let next = 0;
    let active = [];
    for (let k = 0; k < points.length; k++) {
      const at = points[k];
      active = active.filter(([, end]) => end > at);
      while (next < byStart.length && byStart[next][0] === at) {
        const item = byStart[next++];
        if (item[1] === item[0]) fragment.append(markFor([item[2]], "", true));
        else active.push(item);
      }
      const until = points[k + 1];
      if (until === undefined) break;
      const piece = text.slice(at, until);
      fragment.append(active.length ? markFor(active.map((a) => a[2]), piece, false) : piece);
    }
    $("review").replaceChildren(fragment);
  }

  function markFor(indices, piece, point) {
    const findings = indices.map((i) => state.result.findings[i]);
    const worst = findings.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
    const mark = el("mark", {
      class: `${worst.severity}${point ? " point" : ""}`,
      text: piece,
      title: findings.map((f) => f.message).join("\n"),
      "data-f": indices.join(" "),
    });
    mark.addEventListener("click", () => select(indices[0], { focusList: true }));
    return mark;
  }

  function renderFindings() {
    const box = $("findings");
    const items = visible();
    if (!items.length) {
      const hiddenCount = state.result.findings.length;
      box.replaceChildren(el("p", { class: "hint", text: hiddenCount ? "All findings are filtered out." : "No findings." }));
      return;
    }
    const groups = new Map();
    for (const item of items) {
      const key = item[0].category;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    const sections = [...groups.keys()].sort().map((category) => {
      const list = groups.get(category);
      const headingId = `cat-${category.replace(/[^a-z0-9-]/gi, "-")}`;
      return el(
        "div",
        { role: "group", "aria-labelledby": headingId, "data-category": category },
        el("h3", { id: headingId, text: `${title(category)} (${list.length})` }),
        el("ul", {}, ...list.map(([f, i]) => findingItem(f, i))),
      );
    });
    box.replaceChildren(...sections);
  }

  function title(category) {
    return category.charAt(0).toUpperCase() + category.slice(1).replace(/[-_]/g, " ");
  }

  function findingItem(finding, index) {
    const open = index === state.selected;
    const button = el(
      "button",
      { type: "button", class: "finding", "data-index": index, "aria-expanded": String(open), "aria-controls": `detail-${index}` },
      el("span", { class: `badge ${finding.severity}`, text: finding.severity }),
      el("span", { class: "message", text: finding.message }),
      el("br"),
      el("span", { class: "where", text: `line ${finding.line}, column ${finding.column} · “${clip(finding.text)}”` }),
    );
    button.addEventListener("click", () => (index === state.selected ? select(-1) : select(index)));
    const detail = el("div", { class: "detail", id: `detail-${index}`, hidden: !open, "data-rule": finding.rule });
    if (open) fillDetail(detail, finding, index);
    return el("li", { "data-rule": finding.rule }, button, detail);
  }

  function clip(text) {
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }

  function fillDetail(detail, finding, index) {
    const explanation = el("div", { class: "explanation", text: "Loading the explanation…" });
    const fixes = el("div", { class: "fixes", role: "group", "aria-label": "Fixes" });
    (finding.fixes || []).slice(0, 6).forEach((fix, n) => {
      if (fix.safety === "display-only") return;
      const button = el("button", {
        type: "button",
        class: `apply ${fix.safety}`,
        text: `${fix.title}${fix.safety === "safe" ? " (safe)" : ""}`,
        disabled: !applicable(finding),
        "data-fix": n,
      });
      button.addEventListener("click", () => applyFix(index, n));
      fixes.append(button);
    });
    if (!fixes.childElementCount && finding.suggestions.length) {
      fixes.append(el("p", { class: "hint", text: `Suggestions: ${finding.suggestions.join(", ")}` }));
    }
    const hide = el("button", { type: "button", class: "hide-rule", text: `Hide ${finding.rule}` });
    hide.addEventListener("click", () => setHidden(finding.rule, true, { focusResults: true }));
    detail.replaceChildren(
      el("p", { class: "rule-id", text: `${finding.rule} · ${finding.category} · ${finding.severity}` }),
      fixes,
      explanation,
      hide,
    );
    loadRules().then((rules) => {
      const rule = ruleOf(rules, finding.rule);
      explanation.textContent = rule ? rule.explanation : "No explanation is available for this rule.";
    });
  }

  function renderFilters() {
    const box = $("filters");
    const counts = new Map();
    for (const f of state.result.findings) counts.set(f.rule, (counts.get(f.rule) || 0) + 1);
    const legend = el("legend", { class: "visually-hidden", text: "Rules to show" });
    if (!counts.size) {
      box.replaceChildren(legend, el("p", { class: "hint", text: "No rules to filter." }));
      return;
    }
    const labels = [...counts.keys()].sort().map((rule) => {
      const input = el("input", { type: "checkbox", checked: !state.hidden.has(rule), value: rule });
      input.addEventListener("change", () => setHidden(rule, !input.checked, {}));
      return el("label", {}, input, `${rule} (${counts.get(rule)})`);
    });
    box.replaceChildren(legend, ...labels);
  }

  function renderStats() {
    const stats = state.result.stats;
    const doc = stats.document || {};
    const rows = [
      ["Words", stats.words],
      ["Sentences", stats.sentences],
      ["Paragraphs", stats.paragraphs],
      ["Reading time", readingTime(doc.reading_time_seconds)],
      ["Reading ease", doc.flesch_reading_ease != null ? `${doc.flesch_reading_ease} (${ease(doc.flesch_reading_ease)})` : "—"],
      ["Grade level", doc.grade != null ? doc.grade : "—"],
      ["Verdict", state.result.verdict.publishable ? "Publishable" : "Needs work"],
    ];
    $("stats").replaceChildren(...rows.map(([name, value]) => el("div", {}, el("dt", { text: name }), el("dd", { text: String(value) }))));
  }

  function readingTime(seconds) {
    if (seconds == null) return "—";
    if (seconds < 60) return "under 1 min";
    return `${Math.round(seconds / 60)} min`;
  }

  function ease(score) {
    if (score >= 80) return "easy";
    if (score >= 60) return "plain";
    if (score >= 40) return "fairly hard";
    return "hard";
  }

  // -- actions ------------------------------------------------------------------------------

  /** Open one finding's details in place (the list is not rebuilt, so the focus stays put). */
  function select(index, { focusList = false } = {}) {
    const list = $("findings");
    const previous = list.querySelector(`button.finding[data-index="${state.selected}"]`);
    if (previous) {
      previous.setAttribute("aria-expanded", "false");
      $(`detail-${state.selected}`).hidden = true;
    }
    state.selected = index;
    const current = list.querySelector(`button.finding[data-index="${index}"]`);
    if (current) {
      current.setAttribute("aria-expanded", "true");
      const detail = $(`detail-${index}`);
      fillDetail(detail, state.result.findings[index], index);
      detail.hidden = false;
    }
    for (const mark of $("review").querySelectorAll("mark.current")) mark.classList.remove("current");
    if (index < 0) return;
    const marks = $("review").querySelectorAll("mark");
    let first = null;
    for (const mark of marks) {
      if (mark.dataset.f.split(" ").includes(String(index))) {
        mark.classList.add("current");
        first = first || mark;
      }
    }
    if (first) first.scrollIntoView({ block: "nearest" });
    if (current) {
      if (focusList) current.focus();
      current.scrollIntoView({ block: "nearest" });
    }
  }

  function setHidden(rule, hide, { focusResults = false }) {
    if (hide) state.hidden.add(rule);
    else state.hidden.delete(rule);
    if (state.selected >= 0 && state.hidden.has(state.result.findings[state.selected].rule)) state.selected = -1;
    renderReview();
    renderFindings();
    if (focusResults) renderFilters();
    $("fix-all").disabled = !visible().some(([f]) => safeFix(f));
    const shown = visible().length;
    $("status").textContent = `${hide ? "Hiding" : "Showing"} ${rule}; ${shown} ${shown === 1 ? "finding" : "findings"} shown.`;
    if (focusResults) $("results-heading").focus();
  }

  function stale() {
    if ($("text").value === state.checked) return false;
    $("error").textContent = "The text has changed since the check: check it again first.";
    return true;
  }

  async function applyFix(index, n) {
    if (stale()) return;
    const finding = state.result.findings[index];
    const position = visible().findIndex(([, i]) => i === index);
    $("text").value = applyEdits(finding.fixes[n].edits);
    if (await check({ announce: false })) {
      $("status").textContent = `Applied: ${finding.fixes[n].title}. ${summary(state.result)}`;
      const buttons = $("findings").querySelectorAll("button.finding");
      (buttons[Math.min(position, buttons.length - 1)] || $("results-heading")).focus();
    }
  }

  async function applyAllSafe() {
    if (stale()) return;
    let applied = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = [];
      let lastEnd = -1;
      for (const [finding] of visible()) {
        const fix = safeFix(finding);
        if (!fix || !fix.edits.length || fix.edits[0].offset < lastEnd) continue;
        edits.push(...fix.edits);
        const last = fix.edits[fix.edits.length - 1];
        lastEnd = last.offset + last.length;
      }
      if (!edits.length) break;
      const fixed = applyEdits(edits);
      if (fixed === state.checked) break;
      applied += edits.length;
      $("text").value = fixed;
      if (!(await check({ announce: false }))) return;
    }
    $("status").textContent = `Applied ${applied} safe ${applied === 1 ? "fix" : "fixes"}. ${summary(state.result)}`;
    $("results-heading").focus();
  }

  function showReview() {
    $("edit-view").hidden = true;
    $("review-view").hidden = false;
    $("edit").hidden = false;
    $("check").textContent = "Check again";
  }

  function showEdit() {
    $("review-view").hidden = true;
    $("edit-view").hidden = false;
    $("edit").hidden = true;
    $("check").textContent = "Check";
    $("text").focus();
  }

  function download() {
    const text = $("text").value;
    const data = state.crlf ? text.replace(/\r?\n/g, "\r\n") : text;
    const name = state.fileName || `draft.${EXTENSIONS[state.format]}`;
    const url = URL.createObjectURL(new Blob([data], { type: `${MEDIA[state.format]};charset=utf-8` }));
    const link = el("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    $("status").textContent = `Downloaded ${name}.`;
  }

  async function openFile(file) {
    const raw = await file.text();
    state.fileName = file.name;
    state.crlf = raw.includes("\r\n");
    const extension = file.name.toLowerCase().split(".").pop();
    state.format = { md: "markdown", markdown: "markdown", html: "html", htm: "html" }[extension] || "text";
    $("format").value = state.format;
    $("text").value = raw;
    await check();
  }

  // -- wiring -------------------------------------------------------------------------------

  $("check").addEventListener("click", () => check());
  $("edit").addEventListener("click", showEdit);
  $("fix-all").addEventListener("click", applyAllSafe);
  $("download").addEventListener("click", download);
  $("format").addEventListener("change", () => {
    state.format = $("format").value;
  });
  $("file").addEventListener("change", () => {
    const file = $("file").files[0];
    if (file) openFile(file);
  });
  $("text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
  state.format = $("format").value;
})();
