// Small helpers shared by the page's scripts: building DOM nodes from
// data (never from HTML strings), numbers in words, and the map from the
// core's byte offsets to JavaScript string indexes.
"use strict";

self.CC = self.CC || {};

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";

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

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }


  function finite(x) {
    return typeof x === "number" && isFinite(x);
  }


  function formatNum(v) {
    return Number.isInteger(v) ? v.toLocaleString("en") : v.toFixed(1);
  }

  function formatRange(low, high) {
    if (!finite(high)) return "at least " + formatNum(low);
    return low === high ? formatNum(low) : formatNum(low) + "–" + formatNum(high);
  }

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

  CC.dom = { $, el, svg, clear, plural, finite, formatNum, formatRange, byteToUnit };
})();
