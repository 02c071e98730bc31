// The mailing-list set's collector (LAB_SET=lists): turns what reached the user's mailbox into
// test/corpus/lab-lists/: one .eml per list notice, named <manager>/<scenario>-<n>.eml, and
// expected.json with its truth. The truth comes from what the lab set up, never from reading the
// notice: which list sent it (the list's address in it, on the manager's host), that list's
// policy, and the notice's place among that list's notices (a held post's notice comes before the
// moderator's refusal or the request's expiry): lists.ts OUTCOMES. The list's own copies of the
// user's posts (the user is a member of most lists) carry the lab's scenario header at the top:
// they are mail, not notices, and left out.
// usage: LAB_WORK=dir LAB_SERVERS="mlmmj mailman3 sympa" tsx scripts/lab/collect-lists.ts
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LISTS, LIST_SCENARIOS, OUTCOMES, BOUNCING_MEMBER, type Manager } from "./lists";
import { SENDER } from "./scenarios";

const WORK = process.env["LAB_WORK"] ?? "";
const OUT = process.env["LAB_OUT"] ?? join(__dirname, "..", "..", "test", "corpus", "lab-lists");

interface Arrival {
  readonly file: string;
  readonly time: number;
}

const arrivals = readFileSync(join(WORK, "arrivals.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Arrival);
const servers = (process.env["LAB_SERVERS"] ?? "mlmmj mailman3 sympa")
  .split(" ")
  .filter((s): s is Manager => s in OUTCOMES && existsSync(join(WORK, s, "sent.json")));

const kept = (file: string): unknown =>
  existsSync(join(OUT, file)) ? JSON.parse(readFileSync(join(OUT, file), "utf8")) : undefined;
const rows: object[] = ((kept("expected.json") ?? []) as { lhost: string }[]).filter(
  (r) => !servers.includes(r.lhost as Manager),
);
const versions = Object.fromEntries(
  Object.entries((kept("servers.json") ?? {}) as Record<string, string>).filter(
    ([s]) => !servers.includes(s as Manager),
  ),
);
const escape = (s: string): string => s.replace(/[.+]/g, "\\$&");
const problems: string[] = [];
let posts = 0;

for (const server of servers) {
  rmSync(join(OUT, "maildir", server), { recursive: true, force: true });
  versions[server] = readFileSync(join(WORK, server, "server.txt"), "utf8").trim();
  const host = `${server}.lab.test`;
  const seen = new Map<string, number>();
  for (const arrival of arrivals) {
    const bytes = readFileSync(join(WORK, "arrivals", arrival.file));
    const text = bytes.toString("latin1");
    const head = text.slice(0, text.search(/\r?\n\r?\n/));
    if (/^X-Lab-Scenario:/im.test(head)) {
      posts += Number(head.includes(`X-Lab-Scenario: ${server}/`));
      continue;
    }
    // a notice of this manager's host, and the list's name in it as a word: its address or one
    // of its own (+bounces-..., -owner, -request), or the name alone (Sympa's "the list
    // 'lab-moderated'"); no list's name is part of another's
    if (!text.toLowerCase().includes(`@${host}`)) continue;
    const list = LISTS.find((l) =>
      new RegExp(`(?:^|[^\\w-])${escape(l.name)}(?![\\w-])`, "im").test(text),
    );
    if (!list) continue;
    const scenario = LIST_SCENARIOS.find((s) => s.list === list);
    const outcomes = OUTCOMES[server][list.policy];
    if (!scenario || !outcomes) {
      problems.push(`${server} ${arrival.file}: a notice of ${list.name}, which it was not sent`);
      continue;
    }
    const n = (seen.get(list.name) ?? 0) + 1;
    seen.set(list.name, n);
    const outcome = outcomes[Math.min(n, outcomes.length) - 1];
    if (!outcome) continue;
    const file = `maildir/${server}/${scenario.name}-${n}.eml`;
    mkdirSync(join(OUT, "maildir", server), { recursive: true });
    writeFileSync(join(OUT, file), bytes);
    const listAddress = `${list.name}@${host}`;
    const address =
      outcome.address === "list" ? listAddress : list.owned ? BOUNCING_MEMBER : SENDER;
    rows.push({
      file,
      lhost: server,
      index: 1,
      address,
      // The list's address is what the user wrote; a member's address is not (no resend to it).
      ...(outcome.address === "list" ? { written: listAddress } : {}),
      action: outcome.action,
      temporary: outcome.action === "delayed",
      status: null,
      status_in_email: false,
      reason: outcome.reason ?? "",
      ...(outcome.also ? { also_accepted: { reasons: outcome.also } } : {}),
      owner: outcome.owner,
      recipient_count: outcome.action === "none" ? 0 : 1,
      kind: outcome.action === "none" ? "none" : outcome.action === "delayed" ? "hold" : "refusal",
      cause: outcome.cause,
      scenario: scenario.name,
      list: list.name,
      policy: list.policy,
      server: versions[server],
    });
  }
}
writeFileSync(join(OUT, "expected.json"), JSON.stringify(rows, null, 1) + "\n");
writeFileSync(join(OUT, "servers.json"), JSON.stringify(versions, null, 1) + "\n");
console.log(
  `collect-lists: ${rows.length} notices -> ${OUT} (${posts} of the lists' own posts left out)`,
);
for (const p of problems) console.log(`collect-lists: ${p}`);
