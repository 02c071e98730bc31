#!/usr/bin/env node
"use strict";
// A run of the command is short, and V8's optimising compiler (on a background thread) cost it a
// third of its CPU time: with inlining capped at 100 bytecodes (V8's default is 920), the
// functions it optimises compile in far less time. On 4,060 bounces, best of 7: CPU 2.02 ->
// 1.71 s, wall 1.34 -> 1.26 s. Set before the bundle loads, for its worker threads too.
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size-cumulative=100");
// Bundled into one file by `npm run build:cli` (run on install by `prepare`).
require("../lib/ndr-explain.js");
