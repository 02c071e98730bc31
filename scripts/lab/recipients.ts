// The recipients set (LAB_SET=recipients: test/corpus/lab-recipients): messages whose failed
// address is not the one the user typed, or not the only one the headers name. The sending server
// expands an alias or a group to a dead remote address, a user's forward file sends on to one, a
// virtual alias or a canonical rewrite turns the address into another, a +tag is added; the user
// wrote upper case or a display name; one of several To and Cc recipients fails, or a Bcc one; and
// behind Postfix a Dovecot LMTP store refuses with its own words (no such user, over quota) or a
// user's Sieve script rejects the message. `written` (collect.ts) is the address the user typed:
// the only right target of a resend, and none for an expansion (README).
import { join } from "node:path";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { truthOf, type Truth } from "./answers";
import { writeRouteTables, type RouteScenario, type RouteTables } from "./routes";

/** The sending server's own domain in a scenario's addresses, replaced per server (forServer). */
const OWN = "{server}";

/** The Dovecot store behind Postfix (virtual_mailbox_domains, delivered by LMTP). */
const STORE_DOMAIN = "store.lab.test";

export const RECIPIENT_TABLES: RouteTables = {
  aliases: {
    // someone who left, forwarded by an alias to an address of theirs that no longer exists
    departed: ["gmail-nouser@gmail.lab.test"],
    // a group of three, one of them gone
    allhands: ["ok@lab.test", "unknown@lab.test", "ok@other.lab.test"],
  },
  forward: { user: "movedon", target: "outlook-nouser@outlook.lab.test" },
  virtual: { "info@virtual.lab.test": ["icloud-nouser@icloud.lab.test"] },
  canonical: { "k.tanaka@lab.test": "unknown@lab.test" },
};

/** An encoded display name, as a mail program writes a Japanese one. */
const named = (name: string, address: string): string =>
  `=?UTF-8?B?${Buffer.from(name).toString("base64")}?= <${address}>`;

const SCENARIOS: readonly RouteScenario[] = [
  // the server's own expansions: what the user typed is the alias, group or forwarding user
  { name: "rc-alias-remote", rcpts: [`departed@${OWN}.lab.test`], needs: "aliases" },
  { name: "rc-alias-tag", rcpts: [`departed+news@${OWN}.lab.test`], needs: "aliases" },
  { name: "rc-group", rcpts: [`allhands@${OWN}.lab.test`], needs: "aliases" },
  { name: "rc-forward-remote", rcpts: [`movedon@${OWN}.lab.test`], needs: "forward" },
  { name: "rc-virtual-remote", rcpts: ["info@virtual.lab.test"], needs: "virtual" },
  { name: "rc-canonical", rcpts: ["k.tanaka@lab.test"], needs: "canonical" },
  // the address as typed: a display name, upper case, a tag, a name with a comma
  {
    name: "rc-display-case",
    rcpts: ["Unknown@LAB.test"],
    to: [named("山田 太郎", "Unknown@LAB.test")],
  },
  {
    name: "rc-display-comma",
    rcpts: ["gmail-nouser@gmail.lab.test"],
    to: ['"Tanaka, Kenji (Sales)" <gmail-nouser@gmail.lab.test>'],
  },
  {
    name: "rc-display-tag",
    rcpts: ["Yahoo-NoUser+Shop@yahoo.lab.test"],
    to: [named("ショップ窓口", "Yahoo-NoUser+Shop@yahoo.lab.test")],
  },
  // several recipients written; one fails
  {
    name: "rc-to-cc-one",
    rcpts: ["ok@lab.test", "ok@other.lab.test", "icloud-nouser@icloud.lab.test"],
    to: ["ok@lab.test", named("佐藤 花子", "ok@other.lab.test")],
    cc: [named("鈴木 一郎", "icloud-nouser@icloud.lab.test")],
  },
  {
    name: "rc-cc-two-fail",
    rcpts: ["ok@lab.test", "unknown@lab.test", "outlook-nouser@outlook.lab.test"],
    to: [named("受付", "ok@lab.test")],
    cc: ['"Unknown, Ken" <unknown@lab.test>', named("小林", "Outlook-NoUser@Outlook.lab.test")],
  },
  // a Bcc recipient: on the envelope only, typed by the user
  {
    name: "rc-bcc",
    rcpts: ["ok@lab.test", "unknown@lab.test"],
    to: [named("受付", "ok@lab.test")],
  },
  {
    name: "rc-bcc-group",
    rcpts: ["ok@other.lab.test", `allhands@${OWN}.lab.test`],
    to: ["ok@other.lab.test"],
    needs: "aliases",
  },
  // the Dovecot store behind Postfix refuses in its own words
  { name: "rc-store-unknown", rcpts: [`unknown@${STORE_DOMAIN}`], needs: "store" },
  { name: "rc-store-quota", rcpts: [`full@${STORE_DOMAIN}`], needs: "store" },
  { name: "rc-store-sieve", rcpts: [`reject@${STORE_DOMAIN}`], needs: "store" },
  {
    name: "rc-store-mixed",
    rcpts: [`ok@${STORE_DOMAIN}`, `full@${STORE_DOMAIN}`, "unknown@lab.test"],
    to: [named("倉庫", `ok@${STORE_DOMAIN}`), `full@${STORE_DOMAIN}`],
    cc: ["unknown@lab.test"],
    needs: "store",
  },
];

/** The recipients scenarios; To: names the recipients where the scenario does not say otherwise. */
export const RECIPIENT_SCENARIOS: readonly RouteScenario[] = SCENARIOS.map((s) =>
  s.to ? s : { ...s, to: s.rcpts },
);

/** The store's users (Dovecot passwd-file, full addresses): an open mailbox, one whose quota is a
 * single byte, one whose Sieve script rejects everything. No other address exists there. */
const STORE_USERS: Readonly<Record<string, string>> = {
  ok: "",
  full: "userdb_quota_rule=*:storage=1B",
  reject: "",
};
const SIEVE_REJECT = 'require "reject";\nreject "I no longer read this mailbox.";\n';

/** What the store answers each local part: Dovecot's own replies, its Sieve a rejection. */
const STORE_TRUTH: Readonly<Record<string, Truth>> = {
  unknown: {
    temporary: false,
    reason: "userunknown",
    status: "5.1.1",
    cause: "Dovecot LMTP: 550 5.1.1 User doesn't exist",
  },
  full: {
    temporary: false,
    reason: "mailboxfull",
    status: "5.2.2",
    cause: "Dovecot LMTP: 552 5.2.2 Quota exceeded (mailbox for user is full)",
  },
  reject: {
    temporary: false,
    reason: "filtered",
    status: null,
    cause: "Dovecot Sieve: reject",
  },
};

/** The truth for a recipient of this set: the store's own answers, else the receiver's. */
export function recipientTruth(address: string): Truth | null {
  const at = address.lastIndexOf("@");
  if (address.slice(at + 1).toLowerCase() !== STORE_DOMAIN) return truthOf(address);
  return STORE_TRUTH[address.slice(0, at).toLowerCase()] ?? null;
}

// usage: tsx scripts/lab/recipients.ts DIR (session.sh, LAB_SET=recipients): writes the routing
// tables to DIR, and the store's users and Sieve scripts to DIR/store.
if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/lab/recipients.ts DIR");
  writeRouteTables(dir, RECIPIENT_TABLES);
  const store = join(dir, "store");
  mkdirSync(join(store, "sieve"), { recursive: true });
  const users = Object.entries(STORE_USERS).map(
    ([user, extra]) => `${user}@${STORE_DOMAIN}:{PLAIN}lab::::::${extra}\n`,
  );
  writeFileSync(join(store, "users"), users.join(""));
  writeFileSync(join(store, "sieve", `reject@${STORE_DOMAIN}.sieve`), SIEVE_REJECT);
  chmodSync(store, 0o755);
}
