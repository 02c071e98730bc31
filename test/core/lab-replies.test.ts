// The bounce lab's replies sets (test/corpus/lab-replies/README.md, lab-replies2 ... lab-replies4): real
// receivers' replies, from the words rounds' held-out sets, quoted by real mail servers in their
// notices. What the user reads must not depend on how a server wrapped the reply: the reply's
// words are read back whole (folded lines joined, multi-line replies kept, Exim's escapes
// decoded), and the first entry is the one the reply alone gives with the same receiving host.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPLIES, type Reply } from "../../scripts/lab/replies";
import { REPLIES2 } from "../../scripts/lab/replies2";
import { REPLIES3 } from "../../scripts/lab/replies3";
import { REPLIES4 } from "../../scripts/lab/replies4";
import {
  REPLY2_SCENARIOS,
  REPLY3_SCENARIOS,
  REPLY4_SCENARIOS,
  REPLY_SCENARIOS,
  type Scenario,
} from "../../scripts/lab/scenarios";
import { ourAnswers, scoreLab, type LabRow } from "../../scripts/lab/scoring";
import { analyze, diagnose, lookupCode } from "../../src/core";

/** The receiving host each reply's domain has in the lab's name server (scripts/lab/dnsmasq.conf). */
const REMOTE: Readonly<Record<string, string>> = {
  "gmail.lab.test": "gmail-smtp-in.l.google.com",
  "yahoo.lab.test": "mta6.am0.yahoodns.net",
  "outlook.lab.test": "outlook-com.olc.protection.outlook.com",
  "icloud.lab.test": "mx01.mail.icloud.com",
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
    // (an IP address's last number is no code: "205.158.62.206 Sent:")
    .replace(/(?<!\.)\b\d{3}[- ](?=\S)/g, " ")
    .replace(/\b[245]\.\d{1,3}\.\d{1,3}\b/g, " ")
    .replace(/- gsmtp/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** One set's rows: the truth, the reply, and what we read of the row's recipient. */
function labSet(dir: string, replies: Readonly<Record<string, Reply>>) {
  const DIR = join(__dirname, "..", "corpus", dir);
  const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as LabRow[];
  const servers = Object.keys(
    JSON.parse(readFileSync(join(DIR, "servers.json"), "utf8")) as Record<string, string>,
  );
  const files = [...new Set(expected.map((r) => r.file))];
  const bytes = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
  const answers = new Map(files.map((f) => [f, ourAnswers(bytes(f))]));
  const read = new Map(
    files.map((file) => {
      const report = analyze(bytes(file));
      return [file, { report, explained: diagnose(report).recipients }] as const;
    }),
  );
  const rows = expected.map((row: LabRow) => {
    // a recipient of a message to several is answered by its own local part's reply
    const local = row.address.slice(0, row.address.lastIndexOf("@")).toLowerCase();
    const reply = replies[local] ?? replies[row.scenario];
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
      command: got?.report.recipients[i]?.command,
      entry: got?.explained[i]?.explanation.id,
      alone: lookupCode(reply.status ?? String(reply.code), {
        text: pasted(reply),
        remote: REMOTE[reply.domain] ?? "",
      })[0]?.id,
    };
  });
  // a notice about the server's own error, not the receiver's refusal, is no row of the reply's
  const own = new Set(rows.filter(aboutOwnError).map((r) => r.row));
  const score = scoreLab(
    expected.filter((r) => !own.has(r)),
    answers,
  );
  return { expected, servers, score, rows };
}

interface Row {
  readonly name: string;
  readonly row: LabRow;
  readonly reply: Reply;
  readonly diagnostic: string;
  /** The command the notice says the reply answered. */
  readonly command: string | undefined;
  readonly entry: string | undefined;
  /** The first entry the reply alone gives with the same receiving host. */
  readonly alone: string | undefined;
}
/** Known misses, by class. An expiry notice that quotes no reply: OpenSMTPD's ("Envelope
 * expired"), Courier's for a refusal at MAIL FROM ("<command failed>"); and any notice whose
 * diagnostic holds no code of the reply: Sendmail's "addr... Deferred" and Courier's "<command
 * failed>" for a deferral in Portuguese or at MAIL FROM, which they did not quote. */
const quotesNoReply = (r: Row) =>
  (r.row.kind === "expiry" &&
    (r.row.lhost === "opensmtpd" || (r.row.lhost === "courier" && r.reply.phase === "mail"))) ||
  !new RegExp(`\\b${r.reply.code}\\b`).test(r.diagnostic);
/** OpenSMTPD's delay notice for its own "Connection closed unexpectedly" after Gmail's multi-line
 * 530 at MAIL FROM, before its refusal notice: about the server's error, not the reply. */
function aboutOwnError(r: Row): boolean {
  return r.row.kind === "refusal" && quotesNoReply(r);
}
/** A delay warning for a reply that names no cause (the reply alone gets only its code's or class's
 * meaning): the notice's own delay entry, or Sendmail's guessed status (4.2.0 for a 450, 4.3.1 for
 * a 452, which a reply with no words of a cause leaves standing). */
const causelessDelay = (r: Row) =>
  r.row.kind === "warning" &&
  /^(?:iana-4\.0\.0|class-)/.test(r.alone ?? "") &&
  (r.entry === "delivery-delayed" || r.row.lhost === "sendmail");
/** A reply the server cut itself (Exim's "[truncated]", of a long Cyrillic reply's escapes): its
 * words past the cut are in no file. */
const cutByServer = (r: Row) => r.diagnostic.endsWith("[truncated]");
/** OpenSMTPD names no receiving host, and the lab's domains are not the providers': a provider's
 * reply is read without its provider. */
const entryMisses = (r: Row) => r.row.lhost === "opensmtpd" && r.reply.domain !== "lab.test";

/** A refusal at MAIL FROM whose notice names the command (Postfix's "in reply to MAIL FROM
 * command", Sendmail's and Courier's transcripts): read as the sender's refusal or a block of the
 * sending server ("553 VS99-IP1 deferred", "550 5.1.0 <x> sender rejected", "550 5.0.0 Mail
 * rejected due to possible SPAM"), which the reply alone, answering no known command, cannot be. */
const readAtMailFrom = (r: Row) =>
  r.reply.phase === "mail" &&
  r.command === "MAIL" &&
  ["sender-refused", "refused-sending-server"].includes(r.entry ?? "") &&
  r.entry !== r.alone;
/** An expiry of a reply whose enhanced status disagrees with its code's class ("450 5.7.1 ..."):
 * the permanent status's meaning (Exim, Courier), or Sendmail's own 4.4.7 over it. */
const mixedClassExpired = (r: Row) =>
  r.row.kind === "expiry" &&
  r.reply.lines.some(
    (l) => /^[245]\.\d{1,3}\.\d{1,3} /.test(l) && l[0] !== String(r.reply.code)[0],
  );

const SETS: readonly (readonly [string, Readonly<Record<string, Reply>>, readonly Scenario[]])[] = [
  ["lab-replies", REPLIES, REPLY_SCENARIOS],
  ["lab-replies2", REPLIES2, REPLY2_SCENARIOS],
  ["lab-replies3", REPLIES3, REPLY3_SCENARIOS],
  ["lab-replies4", REPLIES4, REPLY4_SCENARIOS],
];

describe.each(SETS)("bounce lab replies set %s", (dir, replies, scenarios) => {
  const { expected, servers, score, rows } = labSet(dir, replies);

  it("holds every reply from every server", () => {
    expect(servers.length).toBeGreaterThanOrEqual(3);
    for (const server of servers) {
      const seen = new Set(expected.filter((r) => r.lhost === server).map((r) => r.scenario));
      expect([...seen].sort()).toEqual(scenarios.map((s) => s.name).sort());
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
    rows
      .filter(
        (r) =>
          !quotesNoReply(r) &&
          !entryMisses(r) &&
          !causelessDelay(r) &&
          !readAtMailFrom(r) &&
          !mixedClassExpired(r),
      )
      .map((r) => [r.name, r] as const),
  )("%s: the first entry is the one the reply alone gives", (_, r) => {
    expect(r.entry).toBe(r.alone);
  });
});
