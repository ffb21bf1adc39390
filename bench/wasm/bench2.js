// bench.js times crosscheck's wasm build against wink-nlp under node, on
// the same text in the same run, and prints MB/s for each and their ratio.
//
//   node bench.js --wasm ../../web/static/main.wasm --exec $(go env GOROOT)/lib/wasm/wasm_exec.js --seeds ../../../shared/seeds [--native articles=9.1,text=12.3]
//
// crosscheck runs its whole pipeline (clean, sentences, entities, claims,
// compare, JSON out) through the page's entry point crosscheckCall, called
// as the page's worker calls it; wink-nlp
// does what it can of the same job: sentence split and entity tagging
// (readDoc, sentences, entities), article by article. Two workloads of
// about --mb MB of the seeds each:
//   seeds   the five seeds analysed together, again and again (what readers do)
//   copies  the seeds repeated as ~325 articles in one analysis: a stress
//           test for compare, every claim having dozens of identical twins
// wink-nlp reads the same articles one by one in both.
// --native gives the native Go MB/s of the same workloads (BenchmarkSeedsMB,
// which scripts/bench-wasm.sh runs), to show what wasm costs.
"use strict";

const fs = require("fs");
const path = require("path");

// args reads --name value pairs.
function args() {
  const out = { mb: "1", runs: "3", warm: "0", fn: "crosscheckCall", native: "" };
  const a = process.argv.slice(2);
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i].replace(/^--/, "")] = a[i + 1];
  for (const k of ["wasm", "exec", "seeds"]) {
    if (!out[k]) {
      console.error(`usage: node bench.js --wasm main.wasm --exec wasm_exec.js --seeds dir [--mb 1] [--runs 3]; missing --${k}`);
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

// timeBoth runs f and g alternately, runs times each after one warm-up,
// and returns their median seconds; alternating keeps a busy machine's
// load from favouring one of them.
function timeBoth(f, g, runs, warm) {
  const end = Date.now() + warm * 1000;
  do { f(); g(); } while (Date.now() < end);
  const tf = [], tg = [];
  const once = (h, ts) => {
    const t0 = process.hrtime.bigint();
    h();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e9);
  };
  for (let i = 0; i < runs; i++) {
    once(f, tf);
    once(g, tg);
  }
  const median = (ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)];
  return [median(tf), median(tg)];
}

// inputs builds the two workloads of about mb MB each.
function inputs(seeds, mb) {
  const once = seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const rounds = Math.floor((mb * 1e6) / once) + 1;
  const copies = [];
  for (let k = 0; k < rounds; k++) {
    for (const s of seeds) copies.push({ name: `${s.name}#${k}`, text: s.text });
  }
  return [
    { name: "seeds", calls: Array(rounds).fill(seeds), bytes: rounds * once },
    { name: "copies", calls: [copies], bytes: rounds * once },
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
  let verdict = "";
  for (const inp of inputs(seeds, Number(o.mb))) {
    // Each call is made as the page's worker makes it (web/static/worker.js,
    // invoke): the texts beside the JSON, as strings.
    const reqs = inp.calls.map((arts) => [
      JSON.stringify({ articles: arts.map((a) => ({ name: a.name, text: "" })), options: {} }),
      arts.map((a) => a.text),
    ]);
    let claims = 0, rels = 0, sents = 0, ents = 0;
    const [tc, tw] = timeBoth(() => {
      claims = 0; rels = 0;
      for (const req of reqs) {
        const res = JSON.parse(call(req[0], req[1]));
        if (res.error) throw new Error(`crosscheck: ${res.error}`);
        claims += res.report.articles.reduce((n, a) => n + a.claims.length, 0);
        rels += res.report.relations.length;
      }
    }, () => {
      sents = 0; ents = 0;
      for (const arts of inp.calls) {
        for (const a of arts) {
          const doc = nlp.readDoc(a.text);
          sents += doc.sentences().out().length;
          ents += doc.entities().out().length;
        }
      }
    }, runs, Number(o.warm));
    const mbs = inp.bytes / 1e6;
    const ratio = (mbs / tc) / (mbs / tw);
    if (inp.name === "seeds") verdict = `crosscheck/wink-nlp on the seeds: ${ratio.toFixed(2)}x (target >= 2x): ${ratio >= 2 ? "met" : "NOT met"}`;
    const nat = native[inp.name];
    const natCols = nat ? `${nat.toFixed(2).padStart(12)} ${((mbs / tc) / nat).toFixed(2).padStart(12)}` : `${"-".padStart(12)} ${"-".padStart(12)}`;
    console.log(`${inp.name.padEnd(9)} ${mbs.toFixed(2).padStart(5)} ${(mbs / tc).toFixed(2).padStart(11)} ${natCols} ${(mbs / tw).toFixed(2).padStart(15)} ${ratio.toFixed(2).padStart(10)} ${String(claims).padStart(7)} ${String(rels).padStart(10)} ${String(sents).padStart(11)} ${String(ents).padStart(10)}`);
  }
  console.log(verdict);
  process.exit(0);
}

main().catch((e) => {
  console.error("bench.js:", e.message || e);
  process.exit(1);
});
