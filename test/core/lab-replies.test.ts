// The bounce lab's replies set (test/corpus/lab-replies/README.md): real receivers' replies, from
// the words rounds' held-out sets, quoted by real mail servers in their notices. What the user
// reads must not depend on how a server wrapped the reply: the reply's words are read back whole
// (folded lines joined, multi-line replies kept, Exim's escapes decoded), and the first entry is
// the one the reply alone gives with the same receiving host.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPLIES, type Reply } from "../../scripts/lab/replies";
import { REPLY_SCENARIOS } from "../../scripts/lab/scenarios";
import { ourAnswers, scoreLab, type LabRow } from "../../scripts/lab/scoring";
import { analyze, diagnose, lookupCode } from "../../src/core";

const DIR = join(__dirname, "..", "corpus", "lab-replies");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as LabRow[];
const servers = Object.keys(
  JSON.parse(readFileSync(join(DIR, "servers.json"), "utf8")) as Record<string, string>,
);
const files = [...new Set(expected.map((r) => r.file))];
const bytes = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
const score = scoreLab(expected, new Map(files.map((f) => [f, ourAnswers(bytes(f))])));

/** The receiving host each reply's domain has in the lab's name server (scripts/lab/dnsmasq.conf). */
const REMOTE: Readonly<Record<string, string>> = {
  "gmail.lab.test": "gmail-smtp-in.l.google.com",
  "yahoo.lab.test": "mta6.am0.yahoodns.net",
  "outlook.lab.test": "outlook-com.olc.protection.outlook.com",
  "lab.test": "mx.lab.test",
};

/** The reply as a user pastes it: every line with its code, "550-" but for the last. */
const pasted = (reply: Reply): string =>
  reply.lines
    .map((line, i) => `${reply.code}${i < reply.lines.length - 1 ? "-" : " "}${line}`)
    .join("\n");

/** A reply's words, without the codes a server may repeat or drop, its spacing and punctuation. */
const words = (text: string): string =>
  text
    .replace(/\b\d{3}[- ](?=\S)/g, " ")
    .replace(/\b[245]\.\d{1,3}\.\d{1,3}\b/g, " ")
    .replace(/- gsmtp/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

const read = new Map(
  files.map((file) => {
    const report = analyze(bytes(file));
    return [file, { report, explained: diagnose(report).recipients }] as const;
  }),
);
const rows = expected.map((row: LabRow) => {
  const reply = REPLIES[row.scenario];
  if (!reply) throw new Error(`no reply for ${row.scenario}`);
  const got = read.get(row.file);
  const i =
    got?.report.recipients.findIndex(
      (r) => r.address.toLowerCase() === row.address.toLowerCase(),
    ) ?? -1;
  return {
    name: `${row.file} ${row.address}`,
    row,
    reply,
    diagnostic: got?.report.recipients[i]?.diagnostic ?? "",
    entry: got?.explained[i]?.explanation.id,
  };
});

type Row = (typeof rows)[number];
/** Known misses, by class. An expiry notice that quotes no reply: OpenSMTPD's ("Envelope
 * expired"), Courier's for a refusal at MAIL FROM ("<command failed>"). */
const quotesNoReply = (r: Row) =>
  r.row.kind === "expiry" &&
  (r.row.lhost === "opensmtpd" || (r.row.lhost === "courier" && r.reply.phase === "mail"));
/** A reply the server cut itself (Exim's "[truncated]", of a long Cyrillic reply's escapes): its
 * words past the cut are in no file. */
const cutByServer = (r: Row) => r.diagnostic.endsWith("[truncated]");
/** OpenSMTPD names no receiving host, and the lab's domains are not the providers': a provider's
 * reply is read without its provider. */
const entryMisses = (r: Row) => r.row.lhost === "opensmtpd" && r.reply.domain !== "lab.test";

describe("bounce lab replies set", () => {
  it("holds every reply from every server", () => {
    expect(servers.length).toBeGreaterThanOrEqual(3);
    for (const server of servers) {
      const scenarios = new Set(expected.filter((r) => r.lhost === server).map((r) => r.scenario));
      expect([...scenarios].sort()).toEqual(REPLY_SCENARIOS.map((s) => s.name).sort());
    }
  });

  it("gets action, status and temporary flag right on every row", () => {
    for (const field of ["action", "status", "temporary"] as const)
      expect(score.ok[field]).toBe(score.n[field]);
    expect(score.warningResends).toBe(0);
  });

  it.each(
    rows.filter((r) => !quotesNoReply(r) && !cutByServer(r)).map((r) => [r.name, r] as const),
  )("%s: the reply is read back whole", (_, r) => {
    expect(words(r.diagnostic)).toContain(words(r.reply.lines.join(" ")));
  });

  it.each(
    rows.filter((r) => !quotesNoReply(r) && !entryMisses(r)).map((r) => [r.name, r] as const),
  )("%s: the first entry is the one the reply alone gives", (_, r) => {
    const alone = lookupCode(r.reply.status ?? String(r.reply.code), {
      text: pasted(r.reply),
      remote: REMOTE[r.reply.domain] ?? "",
    })[0];
    expect(r.entry).toBe(alone?.id);
  });
});
