// crosscheck's page: the articles the user pastes (panes, files, the saved
// session), the analysis worker (the Go core compiled to WebAssembly) and
// the buttons. report.js draws the report, dom.js holds the helpers. Every
// decision about text is the core's. The DOM is built with createElement
// and textContent only, never from HTML strings, so pasted markup can
// never run.
"use strict";

(function () {
  const { $, el, clear, plural } = CC.dom;
  const STORE_KEY = "crosscheck.session.v1"; // localStorage: the saved session
  const THEME_KEY = "crosscheck.theme"; // localStorage: "dark", "light" or absent
  const DEBOUNCE_MS = 600; // analysis delay after the last edit
  const SAVE_MS = 300; // save delay after the last edit
  const MAX_FILE_BYTES = 5 << 20; // larger files are refused before reading

  // The state: the session (what is saved) and the latest report.
  let session = { id: "", articles: [] }; // articles: {key, name, text, date, source}
  let report = null;
  let paneSeq = 0;
  const panes = new Map(); // key → {root, heading, textarea, date, source, note}
  const perf = { start: performance.now(), interactiveMs: 0, readyMs: 0, lastMs: 0, runs: 0 };
  window.__crosscheck = perf; // read by the browser tests and handy in devtools

  // ---------- status ----------

  function setStatus(text, kind) {
    const s = $("status");
    s.textContent = text;
    s.classList.toggle("busy", kind === "busy");
    s.classList.toggle("error", kind === "error");
    document.body.dataset.state = kind || "idle";
    $("report").setAttribute("aria-busy", kind === "busy" ? "true" : "false");
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
          const t0 = performance.now();
          try {
            resp = JSON.parse(m.response);
            resp.parseMs = performance.now() - t0;
            resp.bytes = m.response.length;
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
      worker.postMessage({ type: "call", seq, request: req });
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
      perf.parseMs = resp.parseMs;
      perf.responseBytes = resp.bytes;
      const t0 = performance.now();
      renderReport();
      for (const key of panes.keys()) showDetected(key);
      perf.renderMs = performance.now() - t0;
      perf.runs++;
      setStatus(summaryLine(resp.ms), "done");
    }
    if (again) {
      again = false;
      runAnalyze();
    }
  }

  function summaryLine(ms) {
    const c = counts();
    return "Analysed " + plural(report.articles.length, "article") + " in " + Math.round(ms) + " ms: " +
      plural(c.contradicts, "contradiction") + ", " + plural(c.updates, "update") + ", " +
      plural(c.corroborates, "corroboration") + ".";
  }

  // ---------- the report ----------

  function renderReport() {
    CC.view.render(report, (key) => session.articles.findIndex((a) => a.key === key) + 1);
  }

  function counts() {
    return CC.view.counts();
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
    $("export-md").addEventListener("click", () => download("crosscheck-report.md", "text/markdown", CC.view.markdown()));
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
