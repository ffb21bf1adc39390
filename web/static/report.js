// The report views: counts, agreement matrix, timeline, relations, the
// cleaned articles with their claims marked, entities, and the Markdown
// export. They only arrange what the core's report says; nothing here
// decides anything about the text.
"use strict";

self.CC = self.CC || {};

(function () {
  const { $, el, svg, clear, plural, finite, formatNum, formatRange, byteToUnit } = CC.dom;
  // Article colours for the timeline, distinguishable in both themes.
  const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#db2777", "#65a30d"];
  const KIND_WORDS = { contradicts: "Contradicts", updates: "Update", corroborates: "Corroborates" };
  const GROUP_WORDS = { contradicts: "Contradicts", updates: "Updates", corroborates: "Corroborates" };
  const GROUP_ORDER = ["contradicts", "updates", "corroborates"];
  const CLAIM_KINDS = { event: "Event", quantity: "Figure", quote: "Quote", statement: "Statement" };
  // What a series of figures covers when not the story's one event (claim.Claim.Scope).
  const SCOPE_LABELS = { total: ", whole period", separate: ", another incident", increment: ", counts added", aftershock: ", aftershocks", several: ", several incidents together" };
  const MATRIX_MAX = 30; // articles in the agreement matrix; more would not fit a screen
  const RELATIONS_SHOWN = 100; // relations per group drawn at once; the rest on request

  let report = null;
  // paneNumber gives the 1-based pane of an article id, 0 when it has none,
  // so that the report calls articles by the numbers the user sees.
  let paneNumber = () => 0;

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
    const times = {};
    for (const [name, draw] of [["counts", renderCounts], ["problems", renderProblems], ["matrix", renderMatrix],
      ["timeline", renderTimeline], ["relations", renderRelations], ["cleaned", renderCleaned], ["entities", renderEntities]]) {
      const t0 = performance.now();
      draw();
      times[name] = Math.round(performance.now() - t0);
    }
    CC.view.lastTimes = times; // per view, for the browser tests' log
  }

  function articleLabel(i) {
    const a = report.articles[i];
    if (!a) return "Article " + (i + 1);
    const n = paneNumber(a.id) || i + 1;
    const name = a.source || a.name;
    return "Article " + n + (name && name !== "Article " + n ? " (" + name + ")" : "");
  }

  function shortLabel(i) {
    const a = report.articles[i];
    return "A" + ((a && paneNumber(a.id)) || i + 1);
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
    const n = Math.min(report.articles.length, MATRIX_MAX);
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
    const n = Math.min(report.articles.length, MATRIX_MAX);
    if (report.articles.length > MATRIX_MAX) {
      box.append(el("p", { class: "hint" }, "Showing the first " + MATRIX_MAX + " of " + report.articles.length + " articles."));
    }
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
          (SCOPE_LABELS[s.scope] || "");
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
    box.append(el("p", { class: "hint" }, "A dot is a figure as stated; a bar spans a range; a dashed bar going up is open-ended (\u201cat least\u201d, \u201cmore than\u201d). Hover a point for its article."));
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
      for (const r of list.slice(0, RELATIONS_SHOWN)) ul.append(relationItem(r));
      let more = null;
      if (list.length > RELATIONS_SHOWN) {
        more = el("button", { type: "button", class: "more" }, "Show all " + list.length + " " + GROUP_WORDS[kind].toLowerCase());
        more.addEventListener("click", () => {
          for (const r of list.slice(RELATIONS_SHOWN)) ul.append(relationItem(r));
          more.remove();
        });
      }
      box.append(el("section", { class: "group", "aria-label": GROUP_WORDS[kind] },
        el("h4", null, GROUP_WORDS[kind] + " (" + list.length + ")"), ul, more));
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

  function renderCleaned() {
    const box = $("cleaned");
    clear(box);
    // Mentions grouped by article once, not scanned again for each article.
    const mentions = report.articles.map(() => []);
    for (const ent of report.entities || []) {
      for (const m of ent.mentions || []) {
        if (mentions[m.article]) mentions[m.article].push({ m, ent });
      }
    }
    report.articles.forEach((a, i) => box.append(renderDoc(a, i, mentions[i])));
    const legend = $("legend");
    clear(legend);
    for (const [k, w] of Object.entries(CLAIM_KINDS)) legend.append(el("span", { class: "k-" + k }, w));
    legend.append(el("span", { class: "fig" }, "12 figure"), el("span", { class: "ent" }, "entity"),
      el("span", { class: "removed-sample" }, "faded: removed line (hover or focus for the reason)"));
  }

  function renderDoc(a, i, mentions) {
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
    for (const { m, ent } of mentions) {
      inner.push({ s: conv(m.start), e: conv(m.end), cls: "ent", title: ent.name + " (" + ent.kind + ")" });
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
    return "Figure: " + formatRange(f.low, f.high) + (f.unit ? " " + f.unit : "") + (f.per ? " a " + f.per : "") + (f.measure ? ", " + f.measure : "") +
      (f.bound ? " [" + f.bound + "]" : "");
  }

  function claimTitle(c) {
    const bits = [(CLAIM_KINDS[c.kind] || c.kind) + " claim"];
    if (c.predicate && c.predicate !== "other") bits.push(c.predicate);
    if (c.source) bits.push("according to " + entityName(c.source) + (c.speaker ? " (" + entityName(c.speaker) + ")" : ""));
    if (c.hedge) bits.push("hedged: " + c.hedge);
    if (c.negated) bits.push("negated");
    return bits.join(" · ");
  }

  // fill appends text[s:e] to parent with the claims as marks and, inside
  // them, the figures and entity mentions. outer and inner are sorted by
  // start.
  function fill(parent, text, s, e, outer, inner) {
    let pos = s;
    for (const o of outer) {
      if (o.s >= e) break; // sorted by start: the rest lie after this stretch
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
      if (x.s >= e) break;
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

  CC.view = {
    // render draws rep (null clears the report); numberOf maps article ids
    // to pane numbers.
    render(rep, numberOf) {
      report = rep;
      paneNumber = numberOf;
      renderReport();
    },
    counts: () => counts(),
    markdown: () => markdown(),
  };
})();
