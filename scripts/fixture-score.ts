// Scores the engine, and beside it Debian's Sisimai (Perl) and optionally Go Sisimai, on our own
// bounces (test/fixtures/bounces/expected.json): reports whose failed-address set is exact,
// address precision (reported addresses that are right), and reason (rows that name one, matched
// by address).
// usage: tsx scripts/fixture-score.ts   (Go Sisimai from ../shared or GO_SISIMAI, when found)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/core";
import { GO_NOT_FOUND, goPeer } from "./peers";

const DIR = join(__dirname, "..", "test", "fixtures", "bounces");
const PERL_PEER = join(__dirname, "..", "test", "corpus", "sisimai", "sisimai-peer.pl");

interface Row {
  readonly file: string;
  readonly recipients: readonly { address: string; reason?: string }[];
}
type Answers = Map<string, { address: string; reason: string }[]>;

const rows = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Row[];

function engine(): Answers {
  return new Map(
    rows.map((row) => {
      const report = analyze(new Uint8Array(readFileSync(join(DIR, row.file))));
      return [row.file, report.recipients.map((r) => ({ address: r.address, reason: r.reason }))];
    }),
  );
}

/** A peer's JSON lines ({file, recipients: [{address, reason}]}) by file. */
function peer(command: string, args: readonly string[]): Answers {
  const out = execFileSync(command, args, {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, GOMAXPROCS: "1" },
  });
  const answers: Answers = new Map();
  for (const line of out.split("\n").filter((l) => l.trim() !== "")) {
    const a = JSON.parse(line) as {
      file: string;
      recipients: { address: string; reason: string }[];
    };
    answers.set(a.file, a.recipients);
  }
  return answers;
}

function score(name: string, answers: Answers): void {
  let exact = 0;
  let reported = 0;
  let right = 0;
  let reasons = 0;
  let reasonsRight = 0;
  for (const row of rows) {
    const got = answers.get(row.file) ?? [];
    const want = new Set(row.recipients.map((r) => r.address.toLowerCase()));
    const gotSet = new Set(got.map((r) => r.address.toLowerCase()));
    if (gotSet.size === want.size && [...want].every((a) => gotSet.has(a))) exact++;
    reported += got.length;
    right += got.filter((r) => want.has(r.address.toLowerCase())).length;
    for (const r of row.recipients) {
      if (!r.reason) continue;
      reasons++;
      const answer = got.find((g) => g.address.toLowerCase() === r.address.toLowerCase());
      if (answer?.reason === r.reason) reasonsRight++;
    }
  }
  const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(1)}%`;
  console.log(
    `${name.padEnd(14)} address sets exact ${pct(exact, rows.length)} (n=${rows.length})  ` +
      `address precision ${pct(right, reported)} (${right}/${reported})  ` +
      `reason ${pct(reasonsRight, reasons)} (n=${reasons})`,
  );
}

score("ndr-explain", engine());
score("sisimai 4.25", peer("perl", [PERL_PEER, DIR]));
const go = goPeer();
if (go === undefined) console.log(GO_NOT_FOUND);
else score("go-sisimai 5", peer(go, [DIR]));
