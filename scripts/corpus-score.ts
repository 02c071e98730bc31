// Scores the engine (and, with --sisimai, Debian's Sisimai) on the development corpus
// (test/corpus/sisimai): writes answers JSONL under test-artifacts/ and runs the corpus's own
// score.py --by-group on them.
// usage: tsx scripts/corpus-score.ts [--sisimai]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/core";

const CORPORA = join(__dirname, "..", "test", "corpus");
const SCORER = join(CORPORA, "sisimai", "score.py");
const PEER = join(CORPORA, "sisimai", "sisimai-peer.pl");
const OUT = join(__dirname, "..", "test-artifacts");

/** The emails a set's expected.json names, relative to the set's folder, in order. */
function emailsOf(dir: string): string[] {
  const rows = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { file: string }[];
  return [...new Set(rows.map((r) => r.file))];
}

function engineAnswers(dir: string): string {
  return emailsOf(dir)
    .map((file) => {
      const report = analyze(new Uint8Array(readFileSync(join(dir, file))));
      const recipients = report.recipients.map((r) => ({
        address: r.address,
        status: r.status ?? null,
        reason: r.reason,
        replycode: r.replyCode ?? null,
      }));
      return JSON.stringify({ file, recipients });
    })
    .join("\n");
}

function score(set: string, engine: string, answers: string): void {
  const file = join(OUT, `${set}-${engine}-answers.jsonl`);
  writeFileSync(file, answers + "\n");
  const out = execFileSync(
    "python3",
    [SCORER, join(CORPORA, set, "expected.json"), file, "--by-group"],
    {
      encoding: "utf8",
    },
  );
  console.log(`== ${set}: ${engine} (${file})\n${out}`);
}

mkdirSync(OUT, { recursive: true });
const DIR = join(CORPORA, "sisimai");
score("sisimai", "ndr-explain", engineAnswers(DIR));
if (process.argv.includes("--sisimai")) {
  const peer = execFileSync("perl", [PEER, DIR], { encoding: "utf8", maxBuffer: 64 << 20 });
  score("sisimai", "sisimai", peer.trim());
}
