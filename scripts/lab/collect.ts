// Turns what the lab's receiver stored into test/corpus/lab/: one .eml per bounce or delay warning,
// named <server>/<scenario>-<kind>.eml, and expected.json with each one's truth. The truth comes
// from what the lab caused, never from reading the notice: which message it returns (the lab's
// own Message-ID in it), which of that message's refused recipients it reports (the envelope
// recipients whose address it contains; the message's To: is a list address none of them is;
// a notice that names a permanent refusal reports the permanent refusals and expiries only),
// and what it says of each: a permanent refusal is a failure; a temporary one is a delay warning
// while the queue lifetime runs (LAB_EXPIRE) and an expiry after.
// usage: LAB_WORK=dir LAB_EXPIRE=3m tsx scripts/lab/collect.ts
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { smarthostTruth, truthOf, type Truth } from "./answers";
import { LOCALE_SCENARIOS } from "./locales";
import { RECIPIENT_SCENARIOS, RECIPIENT_TABLES, recipientTruth } from "./recipients";
import { IDN_NOT_LOOKED_UP, ROUTE_SCENARIOS, addressForms, deliveredTo, isIdn } from "./routes";
import { FILTER_SCENARIOS, REPLY_SETS, SCENARIOS, SMARTHOST_SCENARIOS } from "./scenarios";

const WORK = process.env["LAB_WORK"] ?? "";
const OUT = process.env["LAB_OUT"] ?? join(__dirname, "..", "..", "test", "corpus", "lab");
const seconds = (t: string): number => Number(t.slice(0, -1)) * (t.endsWith("m") ? 60 : 1);
const EXPIRE = seconds(process.env["LAB_EXPIRE"] ?? "3m");

interface Sent {
  readonly scenario: string;
  /** The envelope sender (the smarthost set refuses some senders for every recipient). */
  readonly sender: string;
  readonly messageId: string;
  readonly rcpts: readonly string[];
  readonly charset: string;
  readonly attachment: boolean;
  readonly time: number;
}
interface Arrival {
  readonly file: string;
  readonly time: number;
  readonly mailFrom: string;
}
/** What a notice says of one recipient: refused for good, still being tried, or given up. */
type Kind = "refusal" | "warning" | "expiry";

/** Warnings come a minute after sending, expiry after the lifetime: a margin well between them
 * (a submission that waits on a slow name lookup makes the recorded age a few seconds short). */
const MARGIN = 40;

/** A recipient's kind: permanent refusals are refusals whenever they come; a temporary failure is
 * a delay warning until the queue lifetime has run out, and the expiry after. */
const kindOf = (truth: Truth, ageSeconds: number): Kind =>
  !truth.temporary ? "refusal" : ageSeconds < EXPIRE - MARGIN ? "warning" : "expiry";

/** Other right reasons of a delay or expiry row: the lab's cause (one or two readings), or for an
 * expiry with no named cause Sisimai's "onhold". */
function alsoAccepted(truth: Truth, kind: Kind): string[] {
  const causes = [truth.reason, truth.alsoCause].filter((r) => r !== undefined && r !== "expired");
  return causes.length > 0 ? (causes as string[]) : kind === "expiry" ? ["onhold"] : [];
}

interface Row {
  readonly file: string;
  readonly lhost: string;
  readonly kind: Kind;
  readonly scenario: string;
}

/** The counts table of README.md (between its counts markers): notices per server and scenario. */
function writeCounts(all: readonly Row[]): void {
  const readme = join(OUT, "README.md");
  if (!existsSync(readme)) return;
  const notices = (rs: readonly Row[]): number => new Set(rs.map((r) => r.file)).size;
  const scenarios = [
    ...SCENARIOS,
    ...FILTER_SCENARIOS,
    ...ROUTE_SCENARIOS,
    ...RECIPIENT_SCENARIOS,
    ...LOCALE_SCENARIOS,
    ...SMARTHOST_SCENARIOS,
    ...Object.values(REPLY_SETS).flat(),
  ]
    .map((s) => s.name)
    .filter((n) => all.some((r) => r.scenario === n));
  const names = Object.keys(versions);
  const head = `| scenario | ${names.map((s) => versions[s]).join(" | ")} |`;
  const lines = [
    `${notices(all)} notices (${all.length} recipient rows) from ${names.length} servers; ` +
      `rows by kind: ${(["refusal", "warning", "expiry"] as const).map((k) => `${all.filter((r) => r.kind === k).length} ${k}`).join(", ")}.`,
    "",
    "Notices per scenario and server:",
    "",
    head,
    `| --- | ${names.map(() => "---").join(" | ")} |`,
    ...scenarios.map(
      (sc) =>
        `| \`${sc}\` | ${names.map((s) => notices(all.filter((r) => r.lhost === s && r.scenario === sc))).join(" | ")} |`,
    ),
    `| all | ${names.map((s) => notices(all.filter((r) => r.lhost === s))).join(" | ")} |`,
  ];
  const text = readFileSync(readme, "utf8").replace(
    /(<!-- counts: [^\n]*-->\n)[\s\S]*?(<!-- end of counts -->)/,
    `$1\n${lines.join("\n")}\n\n$2`,
  );
  writeFileSync(readme, text);
}

/** The recipients the receiver answered, and when (its log's RCPT lines). */
const answered = (
  existsSync(join(WORK, "receiver.log"))
    ? readFileSync(join(WORK, "receiver.log"), "utf8").split("\n")
    : []
).flatMap((line) => {
  const m = /^(\S+) RCPT (\S+) /.exec(line);
  return m?.[1] && m[2] ? [{ time: Date.parse(m[1]), address: m[2].toLowerCase() }] : [];
});

const arrivals = readFileSync(join(WORK, "arrivals.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Arrival);
const servers = (
  process.env["LAB_SERVERS"] ??
  "postfix exim opensmtpd sendmail courier dma haraka haraka-skeleton nullmailer"
)
  .split(" ")
  .filter((s) => existsSync(join(WORK, s, "sent.json")));

// A run replaces the notices of the servers it ran and keeps the others' (LAB_SERVERS="courier dma"
// adds two servers to the set without running the other four again).
const kept = (file: string): unknown =>
  existsSync(join(OUT, file)) ? JSON.parse(readFileSync(join(OUT, file), "utf8")) : undefined;
const rows: object[] = ((kept("expected.json") ?? []) as Row[]).filter(
  (r) => !servers.includes(r.lhost),
);
const versions = Object.fromEntries(
  Object.entries((kept("servers.json") ?? {}) as Record<string, string>).filter(
    ([s]) => !servers.includes(s),
  ),
);
const problems: string[] = [];
// The recipients set has tables of its own and a Dovecot store that answers in its own words.
const recipientsSet = process.env["LAB_SET"] === "recipients";
const tables = recipientsSet ? RECIPIENT_TABLES : undefined;
// The smarthost and replies sets' truth is the sender's where the receiver refuses the sender.
const bySender =
  process.env["LAB_SET"] === "smarthost" || REPLY_SETS[process.env["LAB_SET"] ?? ""] !== undefined;
const truthOfSet = (message: Sent, address: string): Truth | null =>
  recipientsSet
    ? recipientTruth(address)
    : bySender
      ? smarthostTruth(message.sender, address)
      : truthOf(address);
for (const server of servers) {
  rmSync(join(OUT, "maildir", server), { recursive: true, force: true });
  versions[server] = readFileSync(join(WORK, server, "server.txt"), "utf8").trim();
  const sent = JSON.parse(readFileSync(join(WORK, server, "sent.json"), "utf8")) as Sent[];
  const seen = new Map<string, number>();
  for (const arrival of arrivals) {
    const bytes = readFileSync(join(WORK, "arrivals", arrival.file));
    const text = bytes.toString("latin1");
    const message = sent.find((s) => text.includes(`<${s.messageId}>`));
    if (!message) continue;
    const age = (arrival.time - message.time) / 1000;
    // Each address the user wrote, and the addresses the server itself delivered to for it (its
    // aliases, forward, virtual or canonical tables: routes.ts); a notice is searched for each in
    // the forms a server may write it (case, an IDN's A-label, UTF-8 as xtext), outside the
    // returned original's To and Cc (the routing set's headers name every recipient).
    const searched = bytes
      .toString("utf8")
      .replace(/^(?:To|Cc):.*(?:\r?\n[ \t].*)*/gm, "")
      .toLowerCase();
    const named = message.rcpts
      .flatMap((written) =>
        deliveredTo(written, server, tables).flatMap((address) => {
          // An IDN domain the receiver never saw between sending and the notice: the server looked
          // up its UTF-8 form, which the lab's name server does not know (routes.ts).
          const unseen = !answered.some(
            (a) =>
              a.address === address.toLowerCase() &&
              a.time >= message.time &&
              a.time <= arrival.time,
          );
          const truth = isIdn(address) && unseen ? IDN_NOT_LOOKED_UP : truthOfSet(message, address);
          const forms = addressForms(address);
          const found = forms.map((f) => searched.indexOf(f.toLowerCase())).filter((i) => i >= 0);
          return truth && found.length > 0
            ? [{ address, written, forms, truth, at: Math.min(...found), kind: kindOf(truth, age) }]
            : [];
        }),
      )
      .sort((a, b) => a.at - b.at);
    // A notice of permanent refusals reports those, and the temporary failures that have expired
    // by then (Courier reports a message's refusals with its expiry, in one final notice); the
    // temporary recipients still being tried that it names are in its session transcript
    // (Sendmail), not reported on.
    const refused = named.some((r) => r.kind === "refusal");
    const reported = refused ? named.filter((r) => r.kind !== "warning") : named;
    const kind = [...new Set(reported.map((r) => r.kind))].sort().join("+");
    const base = `${message.scenario}-${kind}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const file = `maildir/${server}/${base}${n > 1 ? `-${n}` : ""}.eml`;
    if (reported.length === 0) {
      problems.push(
        `${server} ${arrival.file} (${message.scenario}) names no refused recipient: left out`,
      );
      continue;
    }
    mkdirSync(join(OUT, "maildir", server), { recursive: true });
    writeFileSync(join(OUT, file), bytes);
    reported.forEach(({ address, written, forms, truth, kind }, i) => {
      // A refusal's status is judged where the notice quotes it. One that quotes nothing of the
      // reply (Haraka's "Some recipients failed: <a>, <b>" for recipients it split off) cannot
      // tell why: Sisimai's words for no cause known, "onhold" and "undefined" (not even words:
      // Haraka's DSN alone, without its template), count beside the lab's reason.
      const unquoted = truth.status !== null && !text.includes(truth.status);
      const judged = kind === "refusal" && truth.status !== null && !unquoted;
      rows.push({
        file,
        lhost: server,
        index: i + 1,
        address,
        // The address the user wrote (To, Cc, the envelope): the only right resend target. Where
        // the server expanded it, a notice may name either: both count as the row's address.
        written,
        ...(forms.length > 1 || written !== address
          ? { also_addresses: [...new Set([...forms, written])].filter((a) => a !== address) }
          : {}),
        action: kind === "warning" ? "delayed" : "failed",
        temporary: kind === "warning",
        status: judged ? truth.status : null,
        status_in_email: judged,
        // A notice about a temporary failure is about delivery that expired (or is still trying):
        // Sisimai's "expired"; the cause the lab made counts too, where the notice quotes it. An
        // expiry with no named cause reads like any refusal with a 4.x.x code (Postfix's), which
        // Sisimai's own corpus calls "onhold": that counts too (alsoAccepted).
        reason: kind === "refusal" ? truth.reason : "expired",
        ...(kind !== "refusal"
          ? { also_accepted: { reasons: alsoAccepted(truth, kind) } }
          : unquoted
            ? { also_accepted: { reasons: ["onhold", "undefined"] } }
            : {}),
        recipient_count: reported.length,
        kind,
        cause: truth.cause,
        scenario: message.scenario,
        charset: message.charset,
        attachment: message.attachment,
        server: versions[server],
      });
    });
  }
}
writeFileSync(join(OUT, "expected.json"), JSON.stringify(rows, null, 1) + "\n");
writeFileSync(join(OUT, "servers.json"), JSON.stringify(versions, null, 1) + "\n");
const files = new Set((rows as Row[]).map((r) => r.file));
writeCounts(rows as Row[]);
console.log(`collect: ${files.size} notices, ${rows.length} rows -> ${OUT}`);
for (const p of problems) console.log(`collect: ${p}`);
