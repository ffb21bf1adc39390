// crosscheck's analysis worker: it runs the Go core (main.wasm) off the main
// thread so that the page never freezes, and answers the page's requests.
//
// Messages in:  {type: "call", seq, request}  request is the bridge's
//               request, {op: "analyze", articles, options} or {op: "newID"}
//               {type: "init", wasmGzipBase64}  only in the single-file build,
//               where the wasm comes inlined instead of from main.wasm
// Messages out: {type: "ready", ms}  Go is up; ms is the load time
//               {type: "progress", seq, stage, detail}
//               {type: "result", seq, response, ms}  response is a JSON string
//               {type: "fatal", message}  the analyser could not start
"use strict";

// The single-file build prepends wasm_exec.js and sets this flag; served
// from a directory, the worker loads both files itself.
if (!self.CROSSCHECK_INLINE) {
  importScripts("wasm_exec.js");
}

const started = performance.now();
let ready = null; // a promise of the running Go instance
const queue = [];

// instantiate compiles the module from the network, streaming when the
// server says application/wasm, and from bytes otherwise.
async function instantiate(go) {
  if (WebAssembly.instantiateStreaming) {
    try {
      return await WebAssembly.instantiateStreaming(fetch("main.wasm"), go.importObject);
    } catch (e) {
      // a wrong MIME type or a cached response without it: fall back below
    }
  }
  const res = await fetch("main.wasm");
  if (!res.ok) {
    throw new Error("main.wasm: HTTP " + res.status + " (run `make wasm`)");
  }
  return WebAssembly.instantiate(await res.arrayBuffer(), go.importObject);
}

// inflate decodes the single-file build's base64 gzip wasm.
async function inflate(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    bytes[i] = bin.charCodeAt(i);
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

async function start(inlineWasm) {
  const go = new Go();
  let result;
  if (inlineWasm) {
    result = await WebAssembly.instantiate(await inflate(inlineWasm), go.importObject);
  } else {
    result = await instantiate(go);
  }
  // run returns a promise that settles only when Go exits; main registers
  // crosscheckCall before it blocks, so it is there once run has started.
  go.run(result.instance).then(() => {
    self.postMessage({ type: "fatal", message: "the analyser stopped" });
  });
  if (typeof self.crosscheckCall !== "function") {
    throw new Error("main.wasm did not register crosscheckCall");
  }
  const ms = performance.now() - started;
  self.postMessage({ type: "ready", ms });
  warmUp();
}

// warmUp runs one tiny analysis when nothing is waiting: the first call
// pays for the core's lazily built tables (about ten times a warm call), and
// it is better paid while the user is still reading the page.
function warmUp() {
  if (queue.length > 0) {
    return;
  }
  const text = "Warm-up\nAt least 3 people were hurt in Ardel on Monday, the council said.\nTwo roads were closed.";
  try {
    invoke({ op: "analyze", articles: [{ name: "warm-up", text, date: "2030-01-07" }] });
  } catch (e) {
    // a failure here shows again, with its message, on the first real call
  }
}

function boot(inlineWasm) {
  ready = start(inlineWasm).catch((e) => {
    self.postMessage({ type: "fatal", message: String((e && e.message) || e) });
    throw e;
  });
  ready.then(drain, () => {});
}

// describe says what a request is about, for the progress line.
function describe(req) {
  if (req.op !== "analyze") {
    return "";
  }
  const n = (req.articles || []).length;
  let bytes = 0;
  for (const a of req.articles || []) {
    bytes += (a.text || "").length;
  }
  return n + (n === 1 ? " article" : " articles") + ", " + Math.max(1, Math.round(bytes / 1024)) + " KB";
}

// invoke calls Go. The articles' texts go beside the JSON, as strings:
// decoding them as JSON is the slowest part of the bridge under wasm.
function invoke(req) {
  const texts = (req.articles || []).map((a) => String(a.text || ""));
  const bare = Object.assign({}, req, {
    articles: (req.articles || []).map((a) => Object.assign({}, a, { text: "" })),
  });
  return self.crosscheckCall(JSON.stringify(bare), texts);
}

function drain() {
  while (queue.length > 0) {
    const msg = queue.shift();
    const detail = describe(msg.request);
    if (detail) {
      self.postMessage({ type: "progress", seq: msg.seq, stage: "analysing", detail });
    }
    const t0 = performance.now();
    let response;
    try {
      response = invoke(msg.request);
    } catch (e) {
      response = JSON.stringify({ error: "analyser failed: " + String((e && e.message) || e) });
    }
    self.postMessage({ type: "result", seq: msg.seq, response, ms: performance.now() - t0 });
  }
}

self.onmessage = (ev) => {
  const msg = ev.data || {};
  if (msg.type === "init") {
    if (!ready) {
      boot(msg.wasmGzipBase64);
    }
    return;
  }
  if (msg.type === "call") {
    queue.push(msg);
    if (ready) {
      ready.then(drain, () => {});
    }
  }
};

if (!self.CROSSCHECK_INLINE) {
  boot(null);
}
