// The bounces the data-wide tables check: the lab's four sets (real mail servers), our fixtures and the
// development corpus, every .eml below them; or every message of a folder as the command reads it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { items } from "../../src/cli/inputs";
import { unquoteFromLines } from "../../src/cli/mbox";
import { analyze, diagnose, type Diagnosis } from "../../src/core";
import { isCompoundFile } from "../../src/msg/compound-file";
import { msgToEml } from "../../src/msg/msg-to-eml";

const ROOTS = [
  join(__dirname, "..", "corpus", "lab", "maildir"),
  join(__dirname, "..", "corpus", "lab-filters", "maildir"),
  join(__dirname, "..", "corpus", "lab-routes", "maildir"),
  join(__dirname, "..", "corpus", "lab-recipients", "maildir"),
  join(__dirname, "..", "fixtures"),
  join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd"),
];

function* emails(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* emails(path);
    else if (entry.name.endsWith(".eml")) yield path;
  }
}

/** Every test bounce's path. */
export function testSetEmails(): string[] {
  return ROOTS.flatMap((root) => [...emails(root)]);
}

const TEST = join(__dirname, "..");

/**
 * Every message below test/`dir` as the command reads it (an mbox's messages one by one, a .msg
 * converted), diagnosed, named by its path below test/ and "#n" for an mbox's n-th message.
 */
export function* diagnoses(dir: string): Generator<{ name: string; d: Diagnosis }> {
  for (const item of items([join(TEST, dir)])) {
    if (item.bytes === undefined) continue;
    const bytes =
      item.message !== undefined
        ? unquoteFromLines(item.bytes)
        : isCompoundFile(item.bytes)
          ? msgToEml(item.bytes)
          : item.bytes;
    const name = `${item.file.slice(TEST.length + 1)}${item.message ? `#${item.message}` : ""}`;
    yield { name, d: diagnose(analyze(bytes)) };
  }
}
