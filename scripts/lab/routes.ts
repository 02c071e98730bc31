// The routing set (LAB_SET=routes: test/corpus/lab-routes): messages whose failed recipient is not
// simply an address the user wrote, or whose notices mix outcomes and stages. The sending server
// itself expands an alias or a list, a user's forward file or a virtual alias domain, or rewrites a
// recipient (canonical); recipients carry a subaddress (+ext), upper case, a quoted local part or
// UTF-8 (SMTPUTF8, an IDN domain); several recipients of one message fail at different hosts, or
// one fails while another is delayed. The headers name what the user wrote (To, Cc), so every
// resend an analyzer offers can be checked against it. The tables below are data: each server's
// script (mta/<server>.sh, route_tables) installs them in its own form, and says which kinds of
// route it has (ROUTES).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { domainToASCII } from "node:url";
import type { Truth } from "./answers";
import type { Scenario } from "./scenarios";

/** What a scenario needs of the sending server beyond sending. */
export type Route = "aliases" | "forward" | "canonical" | "virtual" | "smtputf8" | "store";

/** A set's routing tables, which each server installs in its own form (route_tables). */
export interface RouteTables {
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly forward: { readonly user: string; readonly target: string };
  readonly virtual: Readonly<Record<string, readonly string[]>>;
  readonly canonical: Readonly<Record<string, string>>;
}

/** The sending server's own domain in a scenario's addresses, replaced per server. */
const OWN = "{server}";

/** Local aliases of the server's own domain: one target, a list, a list with a deferred member. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  committee: ["unknown@lab.test"],
  board: ["ok@lab.test", "unknown@lab.test", "gmail-nouser@gmail.lab.test"],
  waitlist: ["ok@lab.test", "defer@lab.test"],
};
/** A local user whose forward file sends everything on (Courier's is .courier). */
const FORWARD = { user: "labfwd", target: "full@lab.test" } as const;
/** A virtual alias domain the server holds: full addresses, each to remote targets. */
const VIRTUAL_DOMAIN = "virtual.lab.test";
const VIRTUAL: Readonly<Record<string, readonly string[]>> = {
  [`sales@${VIRTUAL_DOMAIN}`]: ["ok@lab.test", "full@lab.test"],
  [`help@${VIRTUAL_DOMAIN}`]: ["greylist@lab.test"],
};
/** Recipients the server rewrites (Postfix recipient_canonical_maps, Exim's rewrite rules). */
const CANONICAL: Readonly<Record<string, string>> = {
  "jane.doe@lab.test": "unknown@lab.test",
};
const TABLES: RouteTables = {
  aliases: ALIASES,
  forward: FORWARD,
  virtual: VIRTUAL,
  canonical: CANONICAL,
};

export interface RouteScenario extends Scenario {
  readonly needs?: Route;
}

const SCENARIOS: readonly RouteScenario[] = [
  // one notice may fail one recipient while another is still tried
  { name: "rt-mixed-refuse-defer", rcpts: ["unknown@lab.test", "defer@lab.test", "ok@lab.test"] },
  {
    name: "rt-mixed-hosts",
    rcpts: [
      "gmail-full@gmail.lab.test",
      "user@refused.lab.test",
      "greylist@lab.test",
      "outlook-nouser@outlook.lab.test",
    ],
    to: ["gmail-full@gmail.lab.test", "user@refused.lab.test"],
    cc: ["greylist@lab.test", "outlook-nouser@outlook.lab.test"],
  },
  // warnings at several stages (where the server sends more than one), then the expiry
  { name: "rt-staged-one", rcpts: ["gmail-rcptrate@gmail.lab.test"] },
  { name: "rt-staged-two", rcpts: ["defer@lab.test", "yahoo-busy@yahoo-busy.lab.test"] },
  // the server's own expansions: the resend goes to what the user wrote, or to nobody
  { name: "rt-alias-one", rcpts: [`committee@${OWN}.lab.test`], needs: "aliases" },
  { name: "rt-alias-list", rcpts: [`board@${OWN}.lab.test`], needs: "aliases" },
  { name: "rt-alias-defer", rcpts: [`waitlist@${OWN}.lab.test`], needs: "aliases" },
  { name: "rt-alias-ext", rcpts: [`board+minutes@${OWN}.lab.test`], needs: "aliases" },
  {
    name: "rt-alias-mixed",
    rcpts: [`committee@${OWN}.lab.test`, "full@lab.test", "greylist@lab.test"],
    needs: "aliases",
  },
  { name: "rt-forward", rcpts: [`${FORWARD.user}@${OWN}.lab.test`], needs: "forward" },
  { name: "rt-virtual", rcpts: Object.keys(VIRTUAL), needs: "virtual" },
  { name: "rt-canonical", rcpts: Object.keys(CANONICAL), needs: "canonical" },
  // the address as written: subaddress, case, quoting, UTF-8
  { name: "rt-subaddress", rcpts: ["unknown+news@lab.test", "gmail-nouser+promo@gmail.lab.test"] },
  { name: "rt-case", rcpts: ["Unknown@LAB.TEST", "ICloud-NoUser@icloud.lab.test"] },
  { name: "rt-quoted", rcpts: ['"unknown lab"@lab.test'] },
  { name: "rt-utf8-local", rcpts: ["unknown.山田@lab.test"], needs: "smtputf8" },
  { name: "rt-idn", rcpts: ["unknown@bücher.lab.test"], needs: "smtputf8" },
];

/** The routing scenarios; To: names the recipients where the scenario does not say otherwise. */
export const ROUTE_SCENARIOS: readonly RouteScenario[] = SCENARIOS.map((s) =>
  s.to ? s : { ...s, to: s.rcpts },
);

/** A scenario as one server sends it: its own domain in the addresses. */
export function forServer<S extends Scenario>(scenario: S, server: string): S {
  const own = (list: readonly string[] | undefined) => list?.map((a) => a.replace(OWN, server));
  return {
    ...scenario,
    rcpts: own(scenario.rcpts) ?? [],
    ...(scenario.to ? { to: own(scenario.to) } : {}),
    ...(scenario.cc ? { cc: own(scenario.cc) } : {}),
  };
}

/** The addresses the server delivers to for one address the user wrote (its own expansions). */
export function deliveredTo(
  written: string,
  server: string,
  tables: RouteTables = TABLES,
): readonly string[] {
  const at = written.lastIndexOf("@");
  const local = written.slice(0, at).toLowerCase().split("+")[0] ?? "";
  const domain = written.slice(at + 1).toLowerCase();
  if (domain === `${server}.lab.test`) {
    const alias = tables.aliases[local];
    if (alias) return alias;
    if (local === tables.forward.user) return [tables.forward.target];
  }
  const key = written.toLowerCase();
  return tables.virtual[key] ?? [tables.canonical[key] ?? written];
}

/** Whether an address's domain is an IDN (not ASCII). */
export const isIdn = (address: string): boolean =>
  /[^ -~]/.test(address.slice(address.lastIndexOf("@") + 1));

/** The truth of an IDN recipient the receiver never saw: the sending server looked up the domain's
 * UTF-8 form (Sendmail 8.17 does), which the lab's name server answers NXDOMAIN (it knows only the
 * A-label): the server's own diagnosis, as for nx.lab.test. */
export const IDN_NOT_LOOKED_UP: Truth = {
  temporary: false,
  reason: "hostunknown",
  status: null,
  cause: "the IDN's UTF-8 form looked up: NXDOMAIN",
};

/** The forms a notice may name an address in: as written, its IDN domain as an A-label, and its
 * UTF-8 as RFC 6533's xtext (\x{HHHH}). */
export function addressForms(address: string): string[] {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const ascii = domainToASCII(domain) || domain;
  const xtext = local.replace(
    /[^\x20-\x7e]/gu,
    (c) => `\\x{${c.codePointAt(0)?.toString(16).toUpperCase()}}`,
  );
  return [...new Set([address, `${local}@${ascii}`, `${xtext}@${ascii}`, `${xtext}@${domain}`])];
}

/** The tables as files for the servers' scripts: aliases (name: a, b), virtual (address a, b),
 * canonical (address address), forward (user target). */
function routeTables(tables: RouteTables = TABLES): Record<string, string> {
  const lines = (rows: [string, string][]) => rows.map(([k, v]) => `${k}${v}\n`).join("");
  return {
    aliases: lines(Object.entries(tables.aliases).map(([k, v]) => [k, `: ${v.join(", ")}`])),
    virtual: lines(Object.entries(tables.virtual).map(([k, v]) => [k, ` ${v.join(", ")}`])),
    canonical: lines(Object.entries(tables.canonical).map(([k, v]) => [k, ` ${v}`])),
    forward: `${tables.forward.user} ${tables.forward.target}\n`,
  };
}

/** Writes a set's tables as files to DIR (session.sh, through each set's own script). */
export function writeRouteTables(dir: string, tables: RouteTables = TABLES): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(routeTables(tables)))
    writeFileSync(join(dir, name), text);
}

// usage: tsx scripts/lab/routes.ts DIR (session.sh, LAB_SET=routes): writes the tables to DIR.
if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/lab/routes.ts DIR");
  writeRouteTables(dir);
}
