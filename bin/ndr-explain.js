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
const { v8Flags } = require("./v8-flags");

// V8's flags for a short run (v8-flags.js), set before the bundle loads. They are the process's:
// its worker threads have them too.
const flags = v8Flags(process.versions.v8);
if (isMainThread && flags !== undefined) require("node:v8").setFlagsFromString(flags);

const bundle = join(__dirname, "..", "lib", "ndr-explain.js");
const cacheFile = bundle.replace(/\.js$/, ".cache");
// The bytecode of the functions a run uses, made by the build from a run on sample bounces: each
// thread skips parsing and compiling them (one bounce: CPU 115 -> 98 ms). V8 refuses a cache made by
// another version or with other flags, and then compiles as usual. Without the table's flags there
// is no checksum check, so no cache either.
let cachedData;
try {
  if (flags !== undefined) cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compiled from source
}
const script = new Script(wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
const module_ = { exports: {}, filename: bundle };
script
  .runInThisContext()
  .call(module_.exports, module_.exports, require, module_, bundle, join(bundle, ".."));
// The build's sample run writes the cache once the run is over (every function it used compiled).
if (process.env.NDR_EXPLAIN_WRITE_CODE_CACHE === "1" && isMainThread && flags !== undefined)
  process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
