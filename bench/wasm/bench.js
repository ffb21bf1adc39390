// bench.js times crosscheck's wasm build against wink-nlp under node, on
// the same text in the same run, and prints MB/s for each and their ratio.
//
//   node bench.js --wasm ../../web/static/main.wasm --exec $(go env GOROOT)/lib/wasm/wasm_exec.js --seeds ../../../shared/seeds [--native articles=9.1,text=12.3]
//
// crosscheck runs its whole pipeline (clean, sentences, entities, claims,
// compare, JSON out) through the page's entry point crosscheckCall; wink-nlp
// does what it can of the same job: sentence split and entity tagging
// (readDoc, sentences, entities). Two inputs, both about --mb MB of the seeds:
//   articles  the seeds repeated as separate articles, as readers paste them
//             (one analysis; compare weighs every pair of articles)
//   text      the seeds repeated into one text within the 2 MiB article limit
// --native gives the native Go MB/s of the same inputs (BenchmarkSeedsMB,
// which scripts/bench-wasm.sh runs), to show what wasm costs.
"use strict";

const fs = require("fs");
const path = require("path");

// args reads --name value pairs.
function args() {
  const out = { mb: "1", runs: "5", fn: "crosscheckCall", native: "" };
  const a = process.argv.slice(2);
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i].replace(/^--/, "")] = a[i + 1];
  for (const k of ["wasm", "exec", "seeds"]) {
    if (!out[k]) {
      console.error(`usage: node bench.js --wasm main.wasm --exec wasm_exec.js --seeds dir [--mb 1] [--runs 5]; missing --${k}`);
      process.exit(2);
    }
  }
  return out;
}

// loadSeeds returns the seed texts in name order.
function loadSeeds(dir) {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new Error(`no .txt seeds in ${dir}`);
  return names.map((n) => ({ name: n, text: fs.readFileSync(path.join(dir, n), "utf8") }));
}

// startGo runs the wasm's main and returns the function it registers.
async function startGo(wasmPath, execPath, fn) {
  globalThis.require = require;
  globalThis.fs = fs;
  globalThis.path = path;
  globalThis.TextEncoder ??= require("util").TextEncoder;
  globalThis.TextDecoder ??= require("util").TextDecoder;
  globalThis.performance ??= require("perf_hooks").performance;
  globalThis.crypto ??= require("crypto");
  require(path.resolve(execPath));
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), go.importObject);
  go.run(instance); // resolves only when main returns; main waits for calls
  for (let i = 0; i < 100 && typeof globalThis[fn] !== "function"; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  if (typeof globalThis[fn] !== "function") throw new Error(`${wasmPath} registered no ${fn}`);
  return globalThis[fn];
}

// time runs f runs times after one warm-up and returns the median seconds.
function time(f, runs) {
  f();
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

// inputs builds the two inputs of about mb MB each.
function inputs(seeds, mb) {
  const want = mb * 1e6;
  const arts = [];
  let n = 0;
  for (let k = 0; n < want; k++) {
    for (const s of seeds) {
      arts.push({ name: `${s.name}#${k}`, text: s.text });
      n += Buffer.byteLength(s.text);
    }
  }
  const one = arts.map((a) => a.text).join("\n\n");
  return [
    { name: "articles", articles: arts, text: one },
    { name: "text", articles: [{ name: "all", text: one }], text: one },
  ];
}

async function main() {
  const o = args();
  const runs = Number(o.runs);
  const seeds = loadSeeds(o.seeds);
  const call = await startGo(o.wasm, o.exec, o.fn);
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);

  console.log(`node ${process.version}, wink-nlp ${require("wink-nlp/package.json").version}, model ${require("wink-eng-lite-web-model/package.json").version}, ${runs} runs (median)`);
  const native = Object.fromEntries(o.native.split(",").filter(Boolean).map((kv) => kv.split("=")).map(([k, v]) => [k, Number(v)]));
  console.log("input      MB   wasm MB/s  native MB/s  wasm/native   wink-nlp MB/s  wasm/wink  claims  relations  wink sents  wink ents");
  let worst = Infinity;
  for (const inp of inputs(seeds, Number(o.mb))) {
    const bytes = Buffer.byteLength(inp.text);
    const req = JSON.stringify({ articles: inp.articles, options: {} });
    let res;
    const tc = time(() => { res = JSON.parse(call(req)); }, runs);
    if (res.error) throw new Error(`crosscheck: ${res.error}`);
    const claims = res.report.articles.reduce((n, a) => n + a.claims.length, 0);
    let sents = 0, ents = 0;
    const tw = time(() => {
      const doc = nlp.readDoc(inp.text);
      sents = doc.sentences().out().length;
      ents = doc.entities().out().length;
    }, runs);
    const mbs = bytes / 1e6;
    const ratio = (mbs / tc) / (mbs / tw);
    worst = Math.min(worst, ratio);
    const nat = native[inp.name];
    const natCols = nat ? `${nat.toFixed(2).padStart(12)} ${((mbs / tc) / nat).toFixed(2).padStart(12)}` : `${"-".padStart(12)} ${"-".padStart(12)}`;
    console.log(`${inp.name.padEnd(9)} ${mbs.toFixed(2).padStart(5)} ${(mbs / tc).toFixed(2).padStart(11)} ${natCols} ${(mbs / tw).toFixed(2).padStart(15)} ${ratio.toFixed(2).padStart(10)} ${String(claims).padStart(7)} ${String(res.report.relations.length).padStart(10)} ${String(sents).padStart(11)} ${String(ents).padStart(10)}`);
  }
  console.log(`crosscheck/wink-nlp: ${worst.toFixed(2)}x at worst (target >= 2x): ${worst >= 2 ? "met" : "NOT met"}`);
  process.exit(0);
}

main().catch((e) => {
  console.error("bench.js:", e.message || e);
  process.exit(1);
});
