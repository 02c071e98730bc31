"use strict";
// V8's flags for a run of the command, by V8's major version. V8 renames and drops tiering flags
// between versions, and a flag it does not know is printed as an error on every run while the
// flags after it are ignored: Node 22 and later printed "Error: unrecognized flag
// --interrupt-budget=400000" and ran without the code cache's checksum check. Each row was timed
// on that Node on the development corpus copied 19 times (5,928 files, 2 cores, best of 3, wall /
// CPU in seconds, scripts/SPEED.md, "Speed as a user meets it"); a V8 newer than the last row gets
// no flags.
//
// What they do: inlining capped at 100 bytecodes (V8's default is 920), so that the functions
// optimised compile in far less time; on Node 20 an interrupt budget 6 times V8's, so that only
// the hottest functions are optimised and the rest run as Sparkplug's baseline code, compiled at
// once; on Node 22 the same through TurboFan's invocation count; from Node 24 on, Maglev's code
// without TurboFan, whose compiling cost more than it saved even on 59,280 files.
const ROWS = [
  {
    // Node 20: 1.11 / 2.03 (V8's defaults 1.60 / 2.97)
    upTo: 11,
    flags:
      "--max-inlined-bytecode-size-cumulative=100 --interrupt-budget=400000 --always-sparkplug",
  },
  {
    // Node 22: 1.00 / 1.90 (V8's defaults 1.29 / 2.36)
    upTo: 12,
    flags: "--max-inlined-bytecode-size-cumulative=100 --invocation-count-for-turbofan=18000",
  },
  {
    // Node 24: 0.95 / 1.79 (V8's defaults 1.11 / 2.02); Node 26: 0.92 / 1.67 (1.04 / 1.89)
    upTo: 14,
    flags: "--max-inlined-bytecode-size-cumulative=100 --no-turbofan",
  },
];

/**
 * The flags for V8 `version` ("11.3.244.8-node.38"), with V8's check of the code cache's checksum
 * (a damaged cache is refused, not run: it crashed the command); undefined for a V8 newer than the
 * table, which then runs with its defaults and without the code cache.
 */
function v8Flags(version) {
  const major = Number.parseInt(version, 10);
  const row = ROWS.find((r) => major <= r.upTo);
  return row && `${row.flags} --verify-snapshot-checksum`;
}

module.exports = { v8Flags };
