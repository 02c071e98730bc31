#!/usr/bin/env node
"use strict";
// The installed command: V8's flags for a short run, then the bundle (lib/ndr-explain.js, built by
// `npm run build:cli`, run on install by `prepare`) compiled from its V8 code cache when there is
// one. The command's worker threads run this file too.
const { readFileSync, writeFileSync } = require("node:fs");
const { wrap } = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");
const { isMainThread } = require("node:worker_threads");

if (isMainThread) {
  // A run of the command is short, and V8's optimising compiler (on background threads) cost it
  // a third of its CPU time; with two threads or more it takes CPU from them. Inlining capped at
  // 100 bytecodes (V8's default is 920): the functions it optimises compile in far less time (on
  // 4,060 bounces, best of 7: CPU 2.02 -> 1.71 s, wall 1.34 -> 1.26 s). An interrupt budget 6
  // times V8's (67,584): only the hottest functions are optimised, the rest run as Sparkplug's
  // baseline code, compiled at once. 6,090 bounces, 2 threads, medians of 4 (load 2): wall 1.58 ->
  // 1.34 s, CPU 2.86 -> 2.45 s. With --jobs 1 the compiler ran beside the one thread for free:
  // wall 1.65 -> 1.81 s. A budget of 1,000,000 gained 0.03 s more on 2 threads but cost --jobs 1
  // and long runs more (README, "Speed as a user meets it").
  // Flags are the process's: its worker threads have them too. The last one has V8 check the code
  // cache below against its checksum: a damaged cache is refused, not run (it crashed the command).
  require("node:v8").setFlagsFromString(
    "--max-inlined-bytecode-size-cumulative=100 --interrupt-budget=400000 --always-sparkplug --verify-snapshot-checksum",
  );
}

const bundle = join(__dirname, "..", "lib", "ndr-explain.js");
const cacheFile = bundle.replace(/\.js$/, ".cache");
// The bytecode of the functions a run uses, made by the build from a run on sample bounces: each
// thread skips parsing and compiling them (one bounce: CPU 115 -> 98 ms). V8 refuses a cache made by
// another version or with other flags, and then compiles as usual.
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compiled from source
}
const script = new Script(wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
const module_ = { exports: {}, filename: bundle };
script
  .runInThisContext()
  .call(module_.exports, module_.exports, require, module_, bundle, join(bundle, ".."));
// The build's sample run writes the cache once the run is over (every function it used compiled).
if (process.env.NDR_EXPLAIN_WRITE_CODE_CACHE === "1" && isMainThread)
  process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
