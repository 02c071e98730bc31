// Scores our engine, Perl Sisimai 4.25 (Debian's libsisimai-perl) and Go Sisimai 5 (the peer
// binary, GOMAXPROCS=1) on the lab set, field by field (scoring.ts). Peers that give no action
// are scored on the fields they give; Perl Sisimai's temporary flag is its Action: delayed.
// usage: tsx scripts/lab/score.ts [--misses] [--round=N] [DIR]   (default test/corpus/lab)
// --round=N scores only the rows marked "round": N (a held-out round's own figures).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GO_NOT_FOUND, goPeer } from "../peers";
import { FIELDS, ourAnswers, pct, scoreLab, type Answered, type LabRow } from "./scoring";

const DIR =
  process.argv.slice(2).find((a) => !a.startsWith("--")) ??
  join(__dirname, "..", "..", "test", "corpus", "lab");
const round = process.argv.find((a) => a.startsWith("--round="))?.slice("--round=".length);
const expected = (
  JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as (LabRow & { round?: number })[]
).filter((r) => round === undefined || String(r.round) === round);
const files = [...new Set(expected.map((r) => r.file))];

function ours(): Map<string, Answered[]> {
  return new Map(
    files.map((file) => {
      return [file, ourAnswers(new Uint8Array(readFileSync(join(DIR, file))))];
    }),
  );
}

const PERL = `use strict; use Sisimai; use JSON::PP;
my $j = JSON::PP->new->canonical;
for my $f (@ARGV) {
  my $v = eval { Sisimai->make($f, 'delivered' => 1, 'vacation' => 1) } || [];
  print $j->encode({ file => $f, recipients => [ map { { address => $_->recipient->address,
    status => $_->deliverystatus, reason => $_->reason, action => $_->action,
    temporary => ($_->action eq 'delayed' ? JSON::PP::true : JSON::PP::false) } } @$v ] }), "\\n";
}`;

function fromJsonLines(out: string, prefix: string): Map<string, Answered[]> {
  const map = new Map<string, Answered[]>();
  for (const line of out.split("\n").filter(Boolean)) {
    const { file, recipients } = JSON.parse(line) as { file: string; recipients: Answered[] };
    map.set(file.startsWith(prefix) ? file.slice(prefix.length) : file, recipients ?? []);
  }
  return map;
}

const perl = (): Map<string, Answered[]> =>
  fromJsonLines(
    execFileSync("perl", ["-e", PERL, ...files.map((f) => join(DIR, f))], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    }),
    DIR + "/",
  );

const go = (peer: string): Map<string, Answered[]> =>
  fromJsonLines(
    execFileSync(peer, [DIR], {
      encoding: "utf8",
      env: { ...process.env, GOMAXPROCS: "1" },
      maxBuffer: 64 << 20,
    }),
    "",
  );

const servers = [...new Set(expected.map((r) => r.lhost))];
console.log(`lab set ${DIR}: ${files.length} notices, ${expected.length} rows`);
for (const server of servers) {
  const n = new Set(expected.filter((r) => r.lhost === server).map((r) => r.file)).size;
  console.log(`  ${server}: ${n} notices`);
}
console.log(
  [
    "analyzer",
    ...FIELDS,
    "all fields",
    "sets exact",
    "precision",
    "resend offers (wrong)",
    "warnings told to resend",
  ].join("\t"),
);
const goPath = goPeer();
if (goPath === undefined) console.log(GO_NOT_FOUND);
const analyzers: [string, Map<string, Answered[]>][] = [
  ["ndr-explain", ours()],
  ["Perl Sisimai 4.25", perl()],
  ...(goPath === undefined
    ? []
    : [["Go Sisimai 5", go(goPath)] as [string, Map<string, Answered[]>]]),
];
for (const [name, answers] of analyzers) {
  const s = scoreLab(expected, answers);
  const cells = FIELDS.map((f) => `${pct(s.ok[f], s.n[f])}`);
  console.log(
    [
      name,
      ...cells,
      pct(s.allRight, s.rows),
      pct(s.exactSets, s.notices),
      pct(s.reportedRight, s.reported),
      s.written === 0 ? "n/a" : `${s.offers}/${s.written} (${s.wrongOffers})`,
      s.warningResends === undefined ? "n/a" : `${s.warningResends}/${s.warnings}`,
    ].join("\t"),
  );
  if (process.argv.includes("--misses")) for (const m of s.misses) console.log(`  ${m}`);
}
