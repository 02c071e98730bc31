// A temporary refusal whose words name a block of the sending server (a block list, a poor
// reputation, a ban of its IP that lapses by itself): the block's own meaning, your admin's to lift
// if it lasts, while the sending server retries and once it gave up. The registry's x.7.x deferral
// named the recipient's admin; 421's or 4.0.0's meaning a busy receiver or nothing, nobody's. A
// reason read from the status table alone, greylisting and a connection cap keep their meanings.
// The twenty-ninth words round's held-out replies (URLs beside them), then plain forms of the class.
import { analyze, diagnose, lookupCode } from "../../src/core";
import { GAVE_UP } from "../../src/core/diagnosis/retries";
import { bounce } from "./dsn-bounce";

const BLOCKED = "refused-sending-server-deferred";

const BLOCKS: readonly string[] = [
  // https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted
  "421 4.5.1 Too many errors, you have been temporarily blacklisted",
  // https://support.mailchannels.com/hc/en-us/articles/204124374-Why-is-my-email-blocked
  "475 access from your network is restricted, try later",
  // LogSat SpamFilter's IP blacklist cache (logsat.com forum TID 6127; the twenty-sixth round)
  "421 Your IP is temporarily blocked, please try again later",
  // plain forms: a block list or a reputation named, under a code that says only "policy" or less
  "451 4.7.1 Service temporarily unavailable: your IP 192.0.2.1 is blacklisted",
  "450 4.7.1 Client host rejected: sender IP reputation too low",
  "450 4.7.1 Your IP has a poor reputation, try again later",
  "421 4.7.0 192.0.2.1 blacklisted, try again later",
  "451 Your IP address is temporarily blocked",
];

const statusOf = (reply: string): string => /\b(4\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1] ?? "4.0.0";

/** kim@fabrikam.example's explanation in a Postfix-style notice quoting `reply`. */
function explained(action: "delayed" | "failed", status: string, reply: string) {
  const raw = bounce({ failed: "kim@fabrikam.example", action, status, diagnostic: reply });
  return diagnose(analyze(raw)).recipients[0]?.explanation;
}

describe.each(BLOCKS)("%s", (reply) => {
  it("is the block of the sending server in the code command", () => {
    const [entry] = lookupCode(reply.slice(0, 3), { text: reply });
    expect([entry?.id, entry?.owner, entry?.temporary]).toEqual([BLOCKED, "your-admin", true]);
  });

  it("is your admin's in a delay warning, with nothing to do yet", () => {
    const e = explained("delayed", statusOf(reply), reply);
    expect([e?.id, e?.owner, e?.temporary, e?.actions.includes("wait-for-retry")]).toEqual([
      BLOCKED,
      "your-admin",
      true,
      true,
    ]);
  });

  it("stays your admin's once the server gave up (Postfix's status, Courier's 5.0.0)", () => {
    for (const status of [statusOf(reply), "5.0.0"]) {
      const e = explained("failed", status, reply);
      expect([status, e?.id, e?.owner, e?.summary.en.startsWith(GAVE_UP.en)]).toEqual([
        status,
        BLOCKED,
        "your-admin",
        true,
      ]);
    }
  });
});

// guards: other deferrals keep their meanings, and a refusal keeps the permanent block
it.each([
  ["451 4.7.1 Greylisting in action, please come back later", "greylisting", "nobody"],
  // a cap counted on the sending IP: your admin's while retried (owners.test.ts), but no block
  ["421 Too many concurrent connections from your IP", "sending-ip-connection-cap", "your-admin"],
  [
    "451 4.7.1 Temporarily rejected: sender IP listed on zen.spamhaus.org",
    "spamhaus-zen",
    "your-admin",
  ],
  // a block reason read from the status table alone (4.7.1), not from the words
  ["451 4.7.1 Sorry, try later", "iana-4.7.1", "recipient-admin"],
  ["550 5.7.1 Your IP has a poor reputation", "refused-sending-server", "your-admin"],
])("%s keeps %s", (reply, id, owner) => {
  const [entry] = lookupCode(reply.slice(0, 3), { text: reply });
  expect([entry?.id, entry?.owner]).toEqual([id, owner]);
});

// A deferral whose whole words are "please try again" says no cause, as "please try again later"
// does: the bare deferral, nobody's while retried (reviewmyemails.com's almanac of 4.7.1 deferrals).
it.each(["451 4.7.1 Please try again.", "450 Please try again"])(
  "%s is the bare deferral",
  (reply) => {
    const [entry] = lookupCode(reply.slice(0, 3), { text: reply });
    expect([entry?.id, entry?.owner]).toEqual(["deferred-try-later", "nobody"]);
  },
);
