// Submits every scenario's message to the server under test through its sendmail-compatible
// command, and records what was sent and when (the collector's truth comes from this record).
// usage: LAB_WORK=dir LAB_SUBMIT="/usr/sbin/sendmail" [LAB_RELAY_ONLY=1] tsx scripts/lab/send.ts SERVER
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LIST_SCENARIOS, OUTCOMES, type Manager } from "./lists";
import { LOCALE_SCENARIOS } from "./locales";
import { RECIPIENT_SCENARIOS } from "./recipients";
import { ROUTE_SCENARIOS, forServer, type Route, type RouteScenario } from "./routes";
import {
  FILTER_SCENARIOS,
  RELAY_SCENARIOS,
  REPLY_SETS,
  SCENARIOS,
  SENDER,
  SMARTHOST_SCENARIOS,
  compose,
} from "./scenarios";

const server = process.argv[2] ?? "";
const submit = (process.env["LAB_SUBMIT"] ?? "").split(" ").filter(Boolean);
const work = join(process.env["LAB_WORK"] ?? "", server);
if (!server || submit.length === 0 || !process.env["LAB_WORK"])
  throw new Error("usage: LAB_WORK=dir LAB_SUBMIT=cmd tsx scripts/lab/send.ts SERVER");
mkdirSync(work, { recursive: true });

// A relay-only server (nullmailer) gets the scenarios its smart host can answer; a run against the
// filtering receiver (LAB_RECEIVER=filters) the scenarios of its filters; the routing set
// (LAB_SET=routes) and the recipients set (LAB_SET=recipients) those whose routes the server has
// (LAB_ROUTES, its script's ROUTES, and "store" where it has the Dovecot store); the
// localized set (LAB_SET=locales) its own; the mailing-list set (LAB_SET=lists) a post to each list
// whose policy the manager has a form of; the smarthost set (LAB_SET=smarthost) its own, whatever
// the server (every one of them relays to the smarthost, nullmailer too); the replies sets
// (LAB_SET=replies, replies2, replies3, replies4) their own.
const routes = process.env["LAB_SET"] === "routes" || process.env["LAB_SET"] === "recipients";
const has = new Set((process.env["LAB_ROUTES"] ?? "").split(" ") as Route[]);
const smarthost = process.env["LAB_SET"] === "smarthost";
const all: readonly RouteScenario[] = smarthost
  ? SMARTHOST_SCENARIOS
  : (REPLY_SETS[process.env["LAB_SET"] ?? ""] ??
    (routes
      ? process.env["LAB_SET"] === "recipients"
        ? RECIPIENT_SCENARIOS
        : ROUTE_SCENARIOS
      : process.env["LAB_SET"] === "locales"
        ? LOCALE_SCENARIOS
        : process.env["LAB_SET"] === "lists"
          ? LIST_SCENARIOS.filter((s) => OUTCOMES[server as Manager][s.list.policy] !== undefined)
          : process.env["LAB_RECEIVER"] === "filters"
            ? FILTER_SCENARIOS
            : SCENARIOS));
const scenarios =
  process.env["LAB_RELAY_ONLY"] && !smarthost
    ? RELAY_SCENARIOS
    : all.filter((s) => s.needs === undefined || has.has(s.needs));
const refused: string[] = [];
const sent = scenarios.flatMap((generic) => {
  const index = all.indexOf(generic);
  const scenario = forServer(generic, server);
  const out = compose(server, scenario, index);
  const [cmd = "", ...args] = submit;
  const time = Date.now();
  const run = spawnSync(cmd, [...args, "-oi", "-f", scenario.sender ?? SENDER, ...scenario.rcpts], {
    input: out.bytes,
  });
  if (run.status !== 0) {
    // The routing set's addresses (quoted, UTF-8) may be refused by the submission command itself:
    // the user sees that at once, no notice comes; recorded, not sent.
    const why = `${cmd} failed for ${scenario.name}: ${String(run.stderr)} ${String(run.stdout)}`;
    if (!routes) throw new Error(why);
    refused.push(why.trim());
    return [];
  }
  return [
    {
      scenario: scenario.name,
      sender: scenario.sender ?? SENDER,
      messageId: out.messageId,
      rcpts: scenario.rcpts,
      charset: out.charset,
      attachment: out.attachment,
      time,
    },
  ];
});
writeFileSync(join(work, "sent.json"), JSON.stringify(sent, null, 1) + "\n");
writeFileSync(join(work, "refused.txt"), refused.map((r) => `${r}\n`).join(""));
console.log(`${server}: submitted ${sent.length} messages`);
