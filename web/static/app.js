// crosscheck's page. It keeps the articles the user pastes, sends them to
// the analysis worker (the Go core compiled to WebAssembly) and draws the
// report. Every decision about text is the core's: this file only shows
// what the report says. The DOM is built with createElement and
// textContent only, never from HTML strings, so pasted markup can never run.
"use strict";

(function () {
  const STORE_KEY = "crosscheck.session.v1"; // localStorage: the saved session
  const THEME_KEY = "crosscheck.theme"; // localStorage: "dark", "light" or absent
  const DEBOUNCE_MS = 600; // analysis delay after the last edit
  const SAVE_MS = 300; // save delay after the last edit
  const MAX_FILE_BYTES = 5 << 20; // larger files are refused before reading
  const SVGNS = "http://www.w3.org/2000/svg";
  // Article colours for the timeline, distinguishable in both themes.
  const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#db2777", "#65a30d"];
  const KIND_WORDS = { contradicts: "Contradicts", updates: "Update", corroborates: "Corroborates" };
  const GROUP_WORDS = { contradicts: "Contradicts", updates: "Updates", corroborates: "Corroborates" };
  const GROUP_ORDER = ["contradicts", "updates", "corroborates"];
  const CLAIM_KINDS = { event: "Event", quantity: "Figure", quote: "Quote", statement: "Statement" };

  // The state: the session (what is saved) and the latest report.
  let session = { id: "", articles: [] }; // articles: {key, name, text, date, source}
  let report = null;
  let paneSeq = 0;
  const panes = new Map(); // key → {root, heading, textarea, date, source, note}
  const perf = { start: performance.now(), interactiveMs: 0, readyMs: 0, lastMs: 0, runs: 0 };
  window.__crosscheck = perf; // read by the browser tests and handy in devtools

  // ---------- small DOM helpers ----------

  const $ = (id) => document.getElementById(id);

  // el makes an element: attrs are attributes (class via "class"), children
  // are nodes or strings (as text).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
    }
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
    }
    return e;
  }

  function setAttrs(e, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      e.setAttribute(k, v === true ? "" : String(v));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(text, kind) {
    const s = $("status");
    s.textContent = text;
    s.classList.toggle("busy", kind === "busy");
    s.classList.toggle("error", kind === "error");
    document.body.dataset.state = kind || "idle";
  }

  // ---------- the worker ----------

  let worker = null;
  let callSeq = 0;
  const pending = new Map();

  // startWorker starts the analyser. In the single-file build (dist), the
  // worker's source and the wasm are inlined in the page: a worker cannot be
  // loaded from file://, but one from a Blob URL can.
  function startWorker() {
    const inlineSrc = $("cc-worker-src");
    if (inlineSrc) {
      const src = atob(inlineSrc.textContent.trim());
      const bytes = new Uint8Array(src.length);
      for (let i = 0; i < src.length; i++) bytes[i] = src.charCodeAt(i);
      const url = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
      worker = new Worker(url);
      worker.postMessage({ type: "init", wasmGzipBase64: $("cc-wasm").textContent.trim() });
    } else {
      worker = new Worker("worker.js");
    }
    worker.onmessage = onWorkerMessage;
    worker.onerror = (e) => {
      setStatus("The analyser failed to start: " + (e.message || "unknown error"), "error");
    };
  }

  function onWorkerMessage(ev) {
    const m = ev.data || {};
    switch (m.type) {
      case "ready":
        perf.readyMs = performance.now() - perf.start;
        perf.workerLoadMs = m.ms;
        document.body.dataset.analyser = "ready";
        setStatus("Analyser ready (loaded in " + Math.round(m.ms) + " ms).");
        ensureSessionID();
        break;
      case "progress":
        setStatus("Analysing " + m.detail + "…", "busy");
        break;
      case "result": {
        const p = pending.get(m.seq);
        pending.delete(m.seq);
        if (p) {
          let resp;
          try {
            resp = JSON.parse(m.response);
          } catch (e) {
            resp = { error: "the analyser answered with invalid JSON" };
          }
          resp.ms = m.ms;
          p.resolve(resp);
        }
        break;
      }
      case "fatal":
        document.body.dataset.analyser = "failed";
        setStatus("The analyser could not start: " + m.message, "error");
        for (const p of pending.values()) p.resolve({ error: m.message });
        pending.clear();
        break;
    }
  }

  // call sends one bridge request and resolves with its parsed response.
  function call(req) {
    return new Promise((resolve) => {
      const seq = ++callSeq;
      pending.set(seq, { resolve });
      worker.postMessage({ type: "call", seq, request: JSON.stringify(req) });
    });
  }

  async function ensureSessionID() {
    if (session.id) return;
    const resp = await call({ op: "newID" });
    if (resp.id && !session.id) {
      session.id = resp.id;
      save();
    }
  }

  // ---------- the session ----------

  function newKey() {
    paneSeq++;
    return "p" + Date.now().toString(36) + "-" + paneSeq;
  }

  function newArticle(fields) {
    return Object.assign({ key: newKey(), name: "", text: "", date: "", source: "" }, fields || {});
  }

  function load() {
    try {
      const raw = localStorage.getItem(STORE_KEY);
      if (!raw) return false;
      const s = JSON.parse(raw);
      if (!s || !Array.isArray(s.articles)) return false;
      session = {
        id: typeof s.id === "string" ? s.id : "",
        articles: s.articles.map((a) => newArticle({
          name: String(a.name || ""), text: String(a.text || ""), date: String(a.date || ""), source: String(a.source || ""),
          example: a.example === true,
        })),
      };
      return session.articles.length > 0;
    } catch (e) {
      return false;
    }
  }

  let saveTimer = 0;
  function save() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const data = {
      id: session.id,
      savedAt: new Date().toISOString(),
      articles: session.articles.map((a) => ({ name: a.name, text: a.text, date: a.date, source: a.source, example: !!a.example })),
    };
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(data));
    } catch (e) {
      setStatus("Could not save the session in this browser (" + e.name + "); export the report to keep it.", "error");
    }
  }

  function saveSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_MS);
  }

  function flush() {
    if (saveTimer) save();
  }

  function articleByKey(key) {
    return session.articles.find((a) => a.key === key);
  }

  function hasText() {
    return session.articles.some((a) => a.text.trim() !== "");
  }

  // ---------- article panes ----------

  function renderPanes() {
    const box = $("panes");
    clear(box);
    panes.clear();
    session.articles.forEach((a, i) => box.append(makePane(a, i)));
    $("empty").hidden = hasText();
  }

  function makePane(a, i) {
    const n = i + 1;
    const heading = el("h3", null, paneTitle(a, n));
    const remove = el("button", { type: "button", class: "remove", "aria-label": "Remove article " + n }, "Remove");
    const date = el("input", { type: "date", "aria-label": "Article " + n + " date" });
    const source = el("input", { type: "text", placeholder: "outlet or agency", "aria-label": "Article " + n + " source", autocomplete: "off" });
    const textarea = el("textarea", {
      "aria-label": "Article " + n + " text", spellcheck: "false",
      placeholder: "Paste the article here (plain text or HTML), or drop a .txt or .html file on this pane.",
    });
    const note = el("p", { class: "note", "aria-live": "polite" });
    const root = el("div", { class: "pane", "data-key": a.key },
      el("div", { class: "pane-head" }, heading, remove),
      el("div", { class: "pane-fields" },
        el("label", null, "Date", date),
        el("label", null, "Source", source)),
      textarea, note);
    textarea.value = a.text;
    date.value = a.date;
    source.value = a.source;
    const p = { root, heading, textarea, date, source, note, n };
    panes.set(a.key, p);

    textarea.addEventListener("input", () => onEdit(a.key, { text: textarea.value }));
    textarea.addEventListener("paste", (e) => onPaste(e, a.key));
    date.addEventListener("input", () => onEdit(a.key, { date: date.value }));
    date.addEventListener("change", () => onEdit(a.key, { date: date.value }));
    source.addEventListener("input", () => onEdit(a.key, { source: source.value }));
    remove.addEventListener("click", () => removeArticle(a.key));
    root.addEventListener("dragover", (e) => {
      e.preventDefault();
      root.classList.add("dragover");
    });
    root.addEventListener("dragleave", () => root.classList.remove("dragover"));
    root.addEventListener("drop", (e) => {
      e.preventDefault();
      root.classList.remove("dragover");
      if (e.dataTransfer && e.dataTransfer.files.length) addFiles(e.dataTransfer.files, a.key);
    });
    showDetected(a.key);
    return root;
  }

  function paneTitle(a, n) {
    return "Article " + n + (a.name ? " — " + a.name : "");
  }

  // onEdit records an edit, saves, and schedules an analysis.
  function onEdit(key, fields) {
    const a = articleByKey(key);
    if (!a) return;
    Object.assign(a, fields);
    if ("text" in fields) a.example = false;
    const p = panes.get(key);
    if (p && "date" in fields) p.date.classList.remove("detected");
    if (p && "source" in fields) p.source.classList.remove("detected");
    if (p && ("date" in fields || "source" in fields)) p.note.textContent = "";
    $("empty").hidden = hasText();
    saveSoon();
    scheduleAnalyze(DEBOUNCE_MS);
  }

  // onPaste keeps the HTML of what was copied from a web page, when there is
  // some: the core's cleaner does better with the page's structure than with
  // the browser's plain-text rendering of it. The HTML is stored as text and
  // never parsed by the page.
  function onPaste(e, key) {
    const html = e.clipboardData && e.clipboardData.getData("text/html");
    if (!html) return;
    e.preventDefault();
    const ta = e.target;
    const s = ta.selectionStart;
    ta.value = ta.value.slice(0, s) + html + ta.value.slice(ta.selectionEnd);
    ta.selectionStart = ta.selectionEnd = s + html.length;
    const p = panes.get(key);
    if (p) p.note.textContent = "Pasted as HTML; it is cleaned when analysed.";
    onEdit(key, { text: ta.value });
  }

  function addArticle(fields, focus) {
    const a = newArticle(fields);
    session.articles.push(a);
    renderPanes();
    saveSoon();
    if (focus) panes.get(a.key).textarea.focus();
    return a;
  }

  function removeArticle(key) {
    const i = session.articles.findIndex((a) => a.key === key);
    if (i < 0) return;
    session.articles.splice(i, 1);
    if (session.articles.length === 0) session.articles.push(newArticle());
    renderPanes();
    save();
    const next = session.articles[Math.min(i, session.articles.length - 1)];
    panes.get(next.key).textarea.focus();
    scheduleAnalyze(0);
  }

  // readTextFile reads a dropped or chosen file as UTF-8 text, refusing
  // binary files (a NUL byte never occurs in text) and invalid UTF-8.
  async function readTextFile(file) {
    if (file.size > MAX_FILE_BYTES) {
      throw new Error(file.name + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB, not read");
    }
    const buf = new Uint8Array(await file.arrayBuffer());
    if (buf.indexOf(0) !== -1) {
      throw new Error(file.name + ": not a text file (it contains NUL bytes, as PDF, Word or image files do); save it as .txt or .html first");
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch (e) {
      throw new Error(file.name + ": not valid UTF-8 text; save it as UTF-8 first");
    }
  }

  // addFiles puts the files into panes: the target pane (or the first empty
  // one) gets the first file, new panes the others.
  async function addFiles(files, targetKey) {
    const problems = [];
    // Dropped on a pane: that pane first; chosen: the empty panes in order.
    const targets = session.articles.filter((a) => a.text.trim() === "" && a.key !== targetKey);
    if (targetKey && articleByKey(targetKey)) targets.unshift(articleByKey(targetKey));
    let added = 0;
    for (const f of Array.from(files)) {
      let text;
      try {
        text = await readTextFile(f);
      } catch (e) {
        problems.push(e.message);
        continue;
      }
      const fields = { name: f.name, text };
      const target = targets.shift();
      if (target) {
        Object.assign(target, fields, { example: false });
      } else {
        session.articles.push(newArticle(fields));
      }
      added++;
    }
    const box = $("file-problems");
    box.textContent = problems.join(" ");
    box.hidden = problems.length === 0;
    if (added) {
      renderPanes();
      save();
      scheduleAnalyze(0);
      setStatus("Added " + added + (added === 1 ? " file." : " files."));
    }
  }

  // showDetected fills an empty date or source field with what the report
  // found in the text, marked as found rather than entered; it is sent back
  // only once the user edits it.
  function showDetected(key) {
    const p = panes.get(key);
    const a = articleByKey(key);
    const ar = report && report.articles.find((r) => r.id === key);
    if (!p || !a || !ar) return;
    const notes = [];
    if (!a.date && ar.date && ar.dateSource !== "user" && /^\d{4}-\d{2}-\d{2}$/.test(ar.date)) {
      p.date.value = ar.date;
      p.date.classList.add("detected");
      notes.push("date " + (ar.dateSource === "inferred" ? "inferred from other articles" : "found in the text"));
    }
    if (!a.source && ar.source) {
      p.source.value = ar.source;
      p.source.classList.add("detected");
      notes.push("source found in the text");
    }
    if (notes.length) p.note.textContent = "Prefilled: " + notes.join(", ") + ". Edit to change.";
  }

  // ---------- analysis ----------

  let analyzeTimer = 0;
  let running = false;
  let again = false;

  function scheduleAnalyze(delay) {
    clearTimeout(analyzeTimer);
    analyzeTimer = setTimeout(runAnalyze, delay);
  }

  async function runAnalyze() {
    clearTimeout(analyzeTimer);
    if (running) {
      again = true;
      return;
    }
    const arts = [];
    session.articles.forEach((a, i) => {
      if (a.text.trim() === "") return;
      arts.push({ id: a.key, name: a.name || "Article " + (i + 1), text: a.text, date: a.date, source: a.source });
    });
    if (arts.length === 0) {
      report = null;
      renderReport();
      setStatus("Nothing to analyse yet: paste an article or load the example.");
      return;
    }
    running = true;
    setStatus("Analysing " + arts.length + (arts.length === 1 ? " article…" : " articles…"), "busy");
    const resp = await call({ op: "analyze", articles: arts, options: {} });
    running = false;
    if (resp.error) {
      setStatus("Analysis failed: " + resp.error, "error");
    } else {
      report = resp.report;
      perf.lastMs = resp.ms;
      perf.runs++;
      renderReport();
      for (const key of panes.keys()) showDetected(key);
      setStatus(summaryLine(resp.ms), "done");
    }
    if (again) {
      again = false;
      runAnalyze();
    }
  }

  function summaryLine(ms) {
    const c = counts();
    return "Analysed " + report.articles.length + " articles in " + Math.round(ms) + " ms: " +
      plural(c.contradicts, "contradiction") + ", " + plural(c.updates, "update") + ", " +
      plural(c.corroborates, "corroboration") + ".";
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  // summary returns the compare engine's summary when the report has one.
  function summary() {
    return (report && (report.summary || report.compare)) || {};
  }

  function counts() {
    const s = summary().counts || report.counts;
    if (s && typeof s.contradicts === "number") return s;
    const c = { contradicts: 0, updates: 0, corroborates: 0 };
    for (const r of report.relations || []) if (r.kind in c) c[r.kind]++;
    return c;
  }

  // ---------- the report ----------

  // index holds look-ups over the current report.
  let index = null;

  function buildIndex() {
    const claims = new Map();
    const entities = new Map();
    (report.articles || []).forEach((a, i) => {
      for (const c of a.claims || []) claims.set(c.id, Object.assign({ articleIndex: i }, c));
    });
    for (const e of report.entities || []) entities.set(e.id, e);
    return { claims, entities };
  }

  function renderReport() {
    const has = !!report;
    $("report-body").hidden = !has;
    $("report-empty").hidden = has;
    for (const id of ["export-json", "export-md", "print"]) $(id).disabled = !has;
    if (!has) return;
    index = buildIndex();
    renderCounts();
    renderProblems();
    renderMatrix();
    renderTimeline();
    renderRelations();
    renderCleaned();
    renderEntities();
  }

  function articleLabel(i) {
    const a = report.articles[i];
    if (!a) return "Article " + (i + 1);
    const paneIdx = session.articles.findIndex((s) => s.key === a.id);
    const n = paneIdx >= 0 ? paneIdx + 1 : i + 1;
    const name = a.source || a.name;
    return "Article " + n + (name && name !== "Article " + n ? " (" + name + ")" : "");
  }

  function shortLabel(i) {
    const a = report.articles[i];
    const paneIdx = a ? session.articles.findIndex((s) => s.key === a.id) : -1;
    return "A" + (paneIdx >= 0 ? paneIdx + 1 : i + 1);
  }

  function renderCounts() {
    const box = $("counts");
    clear(box);
    const c = counts();
    box.append(
      el("span", { class: "count contradicts" }, plural(c.contradicts, "contradiction")),
      el("span", { class: "count updates" }, plural(c.updates, "update")),
      el("span", { class: "count corroborates" }, plural(c.corroborates, "corroboration")),
      el("span", { class: "count plain" }, plural(report.articles.length, "article") + ", " +
        plural(report.articles.reduce((n, a) => n + (a.claims || []).length, 0), "claim")));
  }

  function renderProblems() {
    const box = $("problems");
    clear(box);
    for (const p of report.problems || []) box.append(el("li", null, (p.article ? p.article + ": " : "") + p.message));
  }

  // ----- agreement matrix -----

  function matrixCells() {
    const n = report.articles.length;
    const cells = [];
    for (let i = 0; i < n; i++) cells.push(Array.from({ length: n }, () => ({ contradicts: 0, updates: 0, corroborates: 0 })));
    const given = summary().matrix || report.matrix;
    if (Array.isArray(given)) {
      for (const c of given) {
        if (!cells[c.a] || !cells[c.b]) continue;
        for (const k of GROUP_ORDER) {
          cells[c.a][c.b][k] = c[k] || 0;
          cells[c.b][c.a][k] = c[k] || 0;
        }
      }
      return cells;
    }
    for (const r of report.relations || []) {
      const [a, b] = r.articles || [];
      if (a === b || !cells[a] || !cells[b] || !(r.kind in cells[a][b])) continue;
      cells[a][b][r.kind]++;
      cells[b][a][r.kind]++;
    }
    return cells;
  }

  function renderMatrix() {
    const box = $("matrix");
    clear(box);
    const n = report.articles.length;
    if (n < 2) {
      box.append(el("p", { class: "hint" }, "Add a second article to compare."));
      return;
    }
    const cells = matrixCells();
    const head = el("tr", null, el("td"));
    for (let j = 0; j < n; j++) head.append(el("th", { scope: "col", title: articleLabel(j) }, shortLabel(j)));
    const body = el("tbody");
    for (let i = 0; i < n; i++) {
      const row = el("tr", null, el("th", { scope: "row" }, shortLabel(i) + " · " + (report.articles[i].source || report.articles[i].name)));
      for (let j = 0; j < n; j++) row.append(matrixCell(i, j, cells[i][j]));
      body.append(row);
    }
    box.append(el("table", { class: "matrix" },
      el("caption", { class: "visually-hidden" }, "Relations between each pair of articles"),
      el("thead", null, head), body),
      el("p", { class: "hint" }, "✗ contradicts, ↻ updates, ✓ corroborates: how many claims of one article relate to the other's."));
  }

  function matrixCell(i, j, c) {
    if (i === j) return el("td", { class: "self" }, el("span", { "aria-hidden": "true" }, "—"), el("span", { class: "visually-hidden" }, "same article"));
    const td = el("td");
    const words = [];
    const signs = { contradicts: "✗", updates: "↻", corroborates: "✓" };
    for (const k of GROUP_ORDER) {
      if (!c[k]) continue;
      td.append(el("span", { class: "mx " + k, "aria-hidden": "true" }, signs[k] + c[k]));
      words.push(c[k] + " " + (k === "updates" ? "update" : k === "contradicts" ? "contradict" : "corroborate"));
    }
    if (words.length === 0) {
      td.append(el("span", { "aria-hidden": "true" }, "·"));
      words.push("no relation");
    }
    td.append(el("span", { class: "visually-hidden" }, words.join(", ")));
    td.title = articleLabel(i) + " and " + articleLabel(j) + ": " + words.join(", ");
    const dominant = GROUP_ORDER.find((k) => c[k] > 0);
    if (dominant) td.classList.add("c-" + dominant);
    return td;
  }

  // ----- timeline -----

  function finite(x) {
    return typeof x === "number" && isFinite(x);
  }

  // timelineSeries reads the summary's timeline when present, else groups
  // the quantity claims by what they measure. Either way it only arranges
  // what the report says.
  function timelineSeries() {
    const given = summary().timeline || report.timeline;
    const out = [];
    if (Array.isArray(given)) {
      for (const s of given) {
        const pts = [];
        for (const p of s.points || s.figures || s.values || []) {
          const c = p.claim ? index.claims.get(p.claim) : null;
          const art = finite(p.article) ? p.article : c ? c.articleIndex : -1;
          const low = finite(p.low) ? p.low : c && c.figure ? c.figure.low : null;
          const high = p.high === null || finite(p.high) ? p.high : c && c.figure ? c.figure.high : null;
          if (!finite(low) || art < 0) continue;
          pts.push({ article: art, date: p.date || (report.articles[art] || {}).date || "", low, high, text: p.text || (c && c.figure ? c.figure.text : ""), claim: p.claim || (c && c.id) });
        }
        const label = (s.label || s.measure || s.key || s.name || "figures") + (s.unit ? " (" + s.unit + ")" : "") +
          (s.scope === "total" ? ", whole period" : "");
        if (pts.length) out.push({ label, points: pts });
      }
      if (out.length) return rank(out);
    }
    const groups = new Map();
    report.articles.forEach((a, i) => {
      for (const c of a.claims || []) {
        const f = c.figure;
        if (!f || !f.measure || !finite(f.low)) continue;
        if (!groups.has(f.measure)) groups.set(f.measure, []);
        groups.get(f.measure).push({ article: i, date: a.date || "", low: f.low, high: f.high, text: f.text, claim: c.id });
      }
    });
    for (const [label, points] of groups) out.push({ label, points });
    return rank(out);
  }

  // rank puts the series with most figures first and drops lone figures
  // when there are series of several: a chart of one point says little.
  function rank(series) {
    series.sort((x, y) => y.points.length - x.points.length);
    const several = series.filter((s) => s.points.length > 1);
    return several.length ? several : series.slice(0, 3);
  }

  function renderTimeline() {
    const box = $("timeline");
    clear(box);
    const series = timelineSeries();
    if (series.length === 0) {
      box.append(el("p", { class: "hint" }, "No figures with a measure (killed, displaced, …) were found."));
      return;
    }
    for (const s of series.slice(0, 6)) box.append(chart(s));
    const legend = el("ul", { class: "chart-legend" });
    report.articles.forEach((a, i) => legend.append(el("li", null,
      el("span", { class: "swatch", "data-color": i % PALETTE.length }), articleLabel(i))));
    box.append(legend);
    for (const sw of legend.querySelectorAll(".swatch")) sw.style.background = PALETTE[Number(sw.dataset.color)];
  }

  // chart draws one series: dates across, figures up; an interval is a bar,
  // an open-ended figure ("at least 12") a dashed bar to the top.
  function chart(s) {
    const W = 600, H = 160, L = 48, R = 16, T = 12, B = 30;
    const dates = Array.from(new Set(s.points.map((p) => p.date || "undated"))).sort((a, b) =>
      a === "undated" ? 1 : b === "undated" ? -1 : a < b ? -1 : a > b ? 1 : 0);
    let max = 0;
    for (const p of s.points) max = Math.max(max, p.low, finite(p.high) ? p.high : p.low);
    max = niceMax(max);
    const x = (d, art) => {
      const i = dates.indexOf(d);
      const step = (W - L - R) / Math.max(1, dates.length);
      return L + step * (i + 0.5) + ((art % 5) - 2) * 7;
    };
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const g = svg("svg", { class: "chart", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Figures for " + s.label + " by date" },
      svg("title", null, "Figures for " + s.label + " by date"));
    for (const v of [0, max / 2, max]) {
      g.append(svg("line", { class: v === 0 ? "axis" : "grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }),
        svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, formatNum(v)));
    }
    dates.forEach((d) => g.append(svg("text", { x: x(d, 2), y: H - 12, "text-anchor": "middle" }, d)));
    for (const p of s.points) {
      const color = PALETTE[p.article % PALETTE.length];
      const cx = x(p.date || "undated", p.article);
      const open = !finite(p.high);
      const top = open ? T : y(p.high);
      const tip = articleLabel(p.article) + (p.date ? ", " + p.date : "") + ": " + (p.text || formatRange(p.low, p.high));
      const grp = svg("g", { "data-claim": p.claim || "" }, svg("title", null, tip));
      if (open || p.high !== p.low) {
        grp.append(svg("line", { class: "range" + (open ? " open" : ""), x1: cx, x2: cx, y1: y(p.low), y2: top, stroke: color }));
      }
      grp.append(svg("circle", { cx, cy: y(p.low), r: 5, fill: color }));
      g.append(grp);
    }
    return el("div", { class: "timeline-series" }, el("h4", null, s.label), g);
  }

  function niceMax(v) {
    if (v <= 0) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (v * 1.1 <= m * p) return m * p;
    return 10 * p;
  }

  function formatNum(v) {
    return Number.isInteger(v) ? v.toLocaleString("en") : v.toFixed(1);
  }

  function formatRange(low, high) {
    if (!finite(high)) return "at least " + formatNum(low);
    return low === high ? formatNum(low) : formatNum(low) + "–" + formatNum(high);
  }

  // ----- relations -----

  function renderRelations() {
    const box = $("relations-body");
    clear(box);
    const rels = report.relations || [];
    if (rels.length === 0) {
      box.append(el("p", { class: "hint" }, report.articles.length < 2
        ? "Relations need at least two articles."
        : "No claims of different articles were found to corroborate, contradict or update each other."));
      return;
    }
    for (const kind of GROUP_ORDER) {
      const list = rels.filter((r) => r.kind === kind).sort((a, b) => (b.confidence || 0) - (a.confidence || 0));
      if (list.length === 0) continue;
      const ul = el("ul", { class: "rel-list" });
      for (const r of list) ul.append(relationItem(r));
      box.append(el("section", { class: "group", "aria-label": GROUP_WORDS[kind] },
        el("h4", null, GROUP_WORDS[kind] + " (" + list.length + ")"), ul));
    }
  }

  function relationItem(r) {
    const low = !!r.lowConfidence;
    const conf = Math.round((r.confidence || 0) * 100);
    const [ca, cb] = (r.claims || []).map((id) => index.claims.get(id));
    const show = el("button", { type: "button", class: "show" }, "Show both in the articles");
    const li = el("li", { class: "rel " + r.kind + (low ? " low" : ""), "data-claims": (r.claims || []).join(" ") },
      el("div", { class: "rel-top" },
        el("span", { class: "rel-kind " + r.kind }, KIND_WORDS[r.kind] || r.kind),
        el("span", { class: "conf" + (low ? " low" : "") }, "Confidence " + conf + "%" + (low ? " — low confidence" : "")),
        r.measure ? el("span", { class: "conf" }, "measure: " + r.measure) : null),
      el("div", { class: "pair" }, quoteFor(ca, r, 0), quoteFor(cb, r, 1)),
      el("p", { class: "explain" }, r.explanation || ""),
      show);
    const go = () => focusRelation(r);
    show.addEventListener("click", (e) => {
      e.stopPropagation();
      go();
    });
    li.addEventListener("click", (e) => {
      if (window.getSelection && String(window.getSelection())) return; // selecting text, not clicking
      go();
    });
    return li;
  }

  function quoteFor(c, r, side) {
    const art = c ? c.articleIndex : (r.articles || [])[side];
    const a = report.articles[art] || {};
    const date = (r.dates && r.dates[side]) || a.date || "date unknown";
    const who = (r.sources && r.sources[side]) || (c && c.source ? entityName(c.source) : "");
    return el("blockquote", null,
      el("cite", null, articleLabel(art) + " · " + date + (who ? " · according to " + who : "")),
      c ? c.text : "(claim " + (r.claims || [])[side] + " not found)");
  }

  function entityName(id) {
    const e = index.entities.get(id);
    return e ? e.name : id;
  }

  // focusRelation scrolls the cleaned articles to the two claims and
  // highlights them.
  function focusRelation(r) {
    for (const m of document.querySelectorAll("mark.claim.focus")) m.classList.remove("focus");
    const marks = [];
    for (const id of r.claims || []) {
      const m = document.querySelector('mark.claim[data-claim="' + CSS.escape(id) + '"]');
      if (m) marks.push(m);
    }
    if (marks.length === 0) return;
    for (const id of r.claims || []) {
      for (const m of document.querySelectorAll('mark.claim[data-claim="' + CSS.escape(id) + '"]')) m.classList.add("focus");
    }
    marks[0].closest(".doc").scrollIntoView({ block: "start", behavior: "auto" });
    for (const m of marks) {
      const body = m.closest(".doc-body");
      if (body) body.scrollTop = Math.max(0, m.offsetTop - 48);
    }
    marks[0].focus({ preventScroll: true });
  }

  // ----- cleaned articles -----

  // byteToUnit maps byte offsets in the UTF-8 of text (the core's offsets)
  // to indexes in the JavaScript string (UTF-16 code units).
  function byteToUnit(text) {
    const enc = new TextEncoder().encode(text);
    const map = new Int32Array(enc.length + 1);
    let b = 0;
    for (let u = 0; u < text.length; u++) {
      const cp = text.codePointAt(u);
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) map[b + k] = u;
      b += n;
      if (cp >= 0x10000) u++;
    }
    map[enc.length] = text.length;
    return (off) => map[Math.max(0, Math.min(enc.length, off | 0))];
  }

  function renderCleaned() {
    const box = $("cleaned");
    clear(box);
    report.articles.forEach((a, i) => box.append(renderDoc(a, i)));
    const legend = $("legend");
    clear(legend);
    for (const [k, w] of Object.entries(CLAIM_KINDS)) legend.append(el("span", { class: "k-" + k }, w));
    legend.append(el("span", { class: "fig" }, "12 figure"), el("span", { class: "ent" }, "entity"),
      el("span", { class: "removed-sample" }, "faded: removed line (hover or focus for the reason)"));
  }

  function renderDoc(a, i) {
    const text = a.text || "";
    const conv = byteToUnit(text);
    const outer = [];
    const inner = [];
    for (const c of a.claims || []) {
      outer.push({ s: conv(c.start), e: conv(c.end), c });
      if (c.figure && c.figure.end > c.figure.start) {
        inner.push({ s: conv(c.figure.start), e: conv(c.figure.end), cls: "fig", title: figureTitle(c.figure) });
      }
    }
    for (const ent of report.entities || []) {
      for (const m of ent.mentions || []) {
        if (m.article !== i) continue;
        inner.push({ s: conv(m.start), e: conv(m.end), cls: "ent", title: ent.name + " (" + ent.kind + ")" });
      }
    }
    outer.sort((x, y) => x.s - y.s);
    inner.sort((x, y) => x.s - y.s || y.e - x.e);
    const body = el("div", { class: "doc-body" });
    const paraByLine = new Map();
    for (const p of a.paras || []) {
      if (!paraByLine.has(p.line)) paraByLine.set(p.line, []);
      paraByLine.get(p.line).push(p);
    }
    const used = new Set();
    const para = (p, cls) => {
      used.add(p);
      const e = el("p", { class: cls || (p.role === "heading" ? "heading" : null) });
      fill(e, text, conv(p.start), conv(p.end), outer, inner);
      return e;
    };
    for (const line of a.lines || []) {
      const ps = paraByLine.get(line.n) || [];
      if (line.role === "boilerplate" || line.role === "meta") {
        body.append(removedLine(line));
      } else if (ps.length) {
        for (const p of ps) if (!used.has(p)) body.append(para(p, line.role === "title" ? "title" : null));
      } else if (line.role === "title") {
        body.append(el("p", { class: "title" }, line.text));
      }
    }
    for (const p of a.paras || []) if (!used.has(p)) body.append(para(p));
    const when = a.date ? a.date + dateNote(a.dateSource) : a.year ? "no date; not before " + a.year : "date unknown";
    const meta = [a.source, a.byline, when].filter(Boolean).join(" · ");
    return el("article", { class: "doc", "data-article": i, "aria-label": articleLabel(i) },
      el("div", { class: "doc-head" },
        el("h4", null, shortLabel(i) + " · " + (a.title || a.name)),
        el("p", { class: "doc-meta", title: a.dateBasis || null }, meta + " · " + plural((a.claims || []).length, "claim"))),
      body);
  }

  function dateNote(src) {
    return { user: " (entered)", text: " (from the text)", inferred: " (inferred)" }[src] || "";
  }

  function removedLine(line) {
    const why = (line.role === "meta" ? "Metadata" : "Removed") + (line.reason ? ": " + line.reason : "");
    return el("p", { class: "removed", tabindex: "0", title: why, "data-role": line.role },
      line.text, el("span", { class: "why" }, " (" + why + ")"));
  }

  function figureTitle(f) {
    return "Figure: " + formatRange(f.low, f.high) + (f.unit ? " " + f.unit : "") + (f.measure ? ", " + f.measure : "") +
      (f.bound ? " [" + f.bound + "]" : "");
  }

  function claimTitle(c) {
    const bits = [(CLAIM_KINDS[c.kind] || c.kind) + " claim"];
    if (c.predicate && c.predicate !== "other") bits.push(c.predicate);
    if (c.source) bits.push("according to " + entityName(c.source));
    if (c.hedge) bits.push("hedged: " + c.hedge);
    if (c.negated) bits.push("negated");
    return bits.join(" · ");
  }

  // fill appends text[s:e] to parent with the claims as marks and, inside
  // them, the figures and entity mentions.
  function fill(parent, text, s, e, outer, inner) {
    let pos = s;
    for (const o of outer) {
      const os = Math.max(o.s, s), oe = Math.min(o.e, e);
      if (oe <= os || os < pos) continue;
      fillInner(parent, text, pos, os, inner);
      const m = el("mark", { class: "claim k-" + o.c.kind, "data-claim": o.c.id, title: claimTitle(o.c), tabindex: "-1" });
      fillInner(m, text, os, oe, inner);
      parent.append(m);
      pos = oe;
    }
    fillInner(parent, text, pos, e, inner);
  }

  function fillInner(parent, text, s, e, inner) {
    let pos = s;
    for (const x of inner) {
      const xs = Math.max(x.s, s), xe = Math.min(x.e, e);
      if (xe <= xs || xs < pos) continue;
      if (xs > pos) parent.append(text.slice(pos, xs));
      parent.append(el("span", { class: x.cls, title: x.title }, text.slice(xs, xe)));
      pos = xe;
    }
    if (e > pos) parent.append(text.slice(pos, e));
  }

  // ----- entities -----

  function renderEntities() {
    const box = $("entities");
    clear(box);
    const ents = (report.entities || []).slice().sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
    if (ents.length === 0) {
      box.append(el("p", { class: "hint" }, "No named entities were found."));
      return;
    }
    const ul = el("ul", { class: "entities" });
    for (const e of ents) {
      const arts = new Set((e.mentions || []).map((m) => m.article));
      ul.append(el("li", null,
        el("strong", null, e.name), el("span", { class: "ekind" }, e.kind),
        el("div", { class: "aliases" }, (e.aliases && e.aliases.length ? "also: " + e.aliases.join(", ") + " · " : "") +
          plural((e.mentions || []).length, "mention") + " in " + plural(arts.size, "article"))));
    }
    box.append(ul);
  }

  // ---------- export, print, clear, theme ----------

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function markdown() {
    const lines = ["# crosscheck report", ""];
    const c = counts();
    lines.push(plural(c.contradicts, "contradiction") + ", " + plural(c.updates, "update") + ", " +
      plural(c.corroborates, "corroboration") + " among " + plural(report.articles.length, "article") + ".", "");
    const quote = (id) => {
      const cl = index.claims.get(id);
      return cl ? articleLabel(cl.articleIndex) + ": “" + cl.text.replace(/\s+/g, " ") + "”" : id;
    };
    for (const kind of GROUP_ORDER) {
      const list = (report.relations || []).filter((r) => r.kind === kind);
      if (!list.length) continue;
      lines.push("## " + GROUP_WORDS[kind], "");
      for (const r of list) {
        lines.push("- " + quote(r.claims[0]), "  - " + quote(r.claims[1]),
          "  - " + (r.explanation || "") + " (confidence " + Math.round((r.confidence || 0) * 100) + "%" + (r.lowConfidence ? ", low" : "") + ")");
      }
      lines.push("");
    }
    lines.push("## Articles", "");
    report.articles.forEach((a, i) => {
      lines.push("### " + articleLabel(i) + (a.title ? ": " + a.title : ""), "");
      lines.push("Date: " + (a.date || "unknown") + dateNote(a.dateSource) + (a.source ? " · Source: " + a.source : ""), "");
      for (const cl of a.claims || []) lines.push("- [" + (CLAIM_KINDS[cl.kind] || cl.kind) + "] " + cl.text.replace(/\s+/g, " "));
      lines.push("");
    });
    if ((report.entities || []).length) {
      lines.push("## Entities", "");
      for (const e of report.entities) lines.push("- " + e.name + " (" + e.kind + ")" + (e.aliases && e.aliases.length ? ": also " + e.aliases.join(", ") : ""));
      lines.push("");
    }
    return lines.join("\n");
  }

  function applyTheme(theme) {
    const dark = theme === "dark" || (!theme && matchMedia("(prefers-color-scheme: dark)").matches);
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
    $("theme").setAttribute("aria-pressed", dark ? "true" : "false");
  }

  function loadExample() {
    const ex = window.CROSSCHECK_EXAMPLE;
    if (!ex) {
      setStatus("The example set is missing (examples.js).", "error");
      return;
    }
    const userText = session.articles.some((a) => a.text.trim() !== "" && !a.example);
    if (userText && !confirm("Replace the current articles with the example set?")) return;
    session.articles = ex.articles.map((a) => newArticle({ name: a.name, text: a.text, date: a.date || "", source: a.source || "", example: true }));
    report = null;
    renderPanes();
    renderReport();
    save();
    runAnalyze();
  }

  function wire() {
    $("analyze").addEventListener("click", () => runAnalyze());
    $("add").addEventListener("click", () => addArticle(null, true));
    $("files").addEventListener("change", (e) => {
      addFiles(e.target.files, null);
      e.target.value = "";
    });
    $("example").addEventListener("click", loadExample);
    $("empty-example").addEventListener("click", loadExample);
    $("export-json").addEventListener("click", () => download("crosscheck-report.json", "application/json", JSON.stringify(report, null, 2)));
    $("export-md").addEventListener("click", () => download("crosscheck-report.md", "text/markdown", markdown()));
    $("print").addEventListener("click", () => window.print());
    $("clear").addEventListener("click", () => {
      if (!confirm("Delete all articles and the saved session? This cannot be undone.")) return;
      localStorage.removeItem(STORE_KEY);
      session = { id: "", articles: [newArticle(), newArticle()] };
      report = null;
      renderPanes();
      renderReport();
      ensureSessionID();
      setStatus("Cleared.");
    });
    $("theme").addEventListener("click", () => {
      const dark = $("theme").getAttribute("aria-pressed") === "true";
      const theme = dark ? "light" : "dark";
      localStorage.setItem(THEME_KEY, theme);
      applyTheme(theme);
    });
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") flush();
    });
  }

  function init() {
    applyTheme(localStorage.getItem(THEME_KEY));
    wire();
    if (!load()) session = { id: "", articles: [newArticle(), newArticle()] };
    renderPanes();
    renderReport();
    startWorker();
    if (hasText()) runAnalyze();
    if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
      navigator.serviceWorker.register("sw.js").catch(() => {});
    }
    perf.interactiveMs = performance.now();
    document.body.dataset.interactive = "true";
  }

  init();
})();
