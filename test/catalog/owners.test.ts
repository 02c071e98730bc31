// Who must fix it: the owner follows the cause a meaning names, and the steps follow the owner.
// Each rule runs over the whole catalog (and the last ones over every test bounce's output) and
// lists the entries that break it; the rubric and the audit that found the broken ones are in the
// README (catalog, "Who must fix it").
import { readFileSync } from "node:fs";
import { analyze, diagnose, lookupCode } from "../../src/core";
import type { CatalogEntry } from "../../src/core/catalog/index";
import { CATALOG, OWN_SERVER_MEANINGS, REASON_MEANINGS } from "../../src/core/catalog/index";
import { MAILBOX } from "../../src/core/catalog/providers/mailbox-steps";
import { PROVIDER_CATALOGS } from "../../src/core/catalog/providers/index";
import { rowsOf } from "../../src/core/catalog/providers/rows";
import { ahbl, sorbs } from "../../src/core/catalog/providers/blocklists";
import { linkOnDomainList } from "../../src/core/catalog/providers/link-lists";
import { YOU } from "../../src/core/catalog/providers/steps";
import { SENDER } from "../../src/core/catalog/steps";
import { RETRY_OPENERS } from "../../src/core/catalog/while-retrying";
import type { EntryAdvice, Localized, Owner, Reason } from "../../src/core/types";
import { testSetEmails } from "./test-sets";

/** The cause an entry names first: a provider row's first reason, or the reason a meaning is for. */
const PRIMARY = new Map<string, Reason>([
  ...PROVIDER_CATALOGS.flatMap((table) =>
    rowsOf(table).flatMap((row) =>
      row.reasons[0] === undefined ? [] : [[row.entry.id, row.reasons[0]] as const],
    ),
  ),
  ...[REASON_MEANINGS, OWN_SERVER_MEANINGS].flatMap((meanings) =>
    Object.entries(meanings).flatMap(([reason, entry]) =>
      entry === undefined ? [] : [[entry.id, reason as Reason] as const],
    ),
  ),
]);
const BLOCK_LIST_ROWS = new Set(
  PROVIDER_CATALOGS.filter((table) => table.provider.kind === "blocklist").flatMap((table) =>
    rowsOf(table).map((row) => row.entry.id),
  ),
);

/** The lists that no longer operate: a receiver still using them is at fault. */
const CLOSED_LISTS = new Set([sorbs, ahbl].flatMap((list) => list.entries.map((e) => e.id)));

/** A link in the message on a domain list: the message's content, not the sending side's standing. */
const LINK_ROWS = new Set(linkOnDomainList.entries.map((e) => e.id));

/** A receiving system's words for running short of storage or memory (not a mailbox's quota). */
const SHORT_OF_RESOURCES =
  /insufficient system (?:storage|resources)|out of (?:memory|disk space)|disk full|mail system full/i;

const same = (steps: readonly Localized[]) => {
  const texts = new Set(steps.map((step) => step.en));
  return (step: Localized | undefined) => step !== undefined && texts.has(step.en);
};
/** Steps about the address the user typed: theirs to check. */
const ADDRESS_STEP = same([SENDER.checkAddress, YOU.checkAddress, SENDER.clearAutocomplete]);
/** Steps that hand the report to the sender's own admin. */
const YOUR_ADMIN_STEP = same([SENDER.askYourAdmin, YOU.forwardToAdmin]);
/** Steps that tell the recipient their own mailbox refuses mail (or that the message did not reach them). */
const TELL_RECIPIENT_STEP = same([
  SENDER.contactRecipient,
  SENDER.tellMailboxFull,
  SENDER.askRecipientAdminAnotherWay,
  YOU.reachRecipientOtherWay,
]);

/** The first step that asks something of the sender ("it keeps trying" is no step). */
const firstStep = (advice: Pick<EntryAdvice, "fix">): Localized | undefined =>
  advice.fix.find((step) => !RETRY_OPENERS.some((opener) => opener.en === step.en));
/** A report that asks nothing: an automatic reply, a success, a status with no failure. */
const asksNothing = (advice: Pick<EntryAdvice, "actions">): boolean =>
  advice.actions.every((action) => action === "copy-summary" || action === "wait-for-retry");

interface Rule {
  readonly rule: string;
  readonly applies: (entry: CatalogEntry) => boolean;
  readonly holds: (entry: CatalogEntry) => boolean;
}

const RULES: readonly Rule[] = [
  {
    rule: "a meaning nobody acts on is temporary, or a report that asks nothing",
    applies: (e) => e.owner === "nobody",
    holds: (e) => e.temporary || asksNothing(e),
  },
  {
    rule: "a first step that hands the report to your admin is not yours, the recipient's or nobody's",
    applies: (e) => YOUR_ADMIN_STEP(firstStep(e)),
    holds: (e) => !(["you", "recipient", "nobody"] as Owner[]).includes(e.owner),
  },
  {
    // Microsoft's table sends a banned recipient (5.7.505) to its support, after the address
    // check; a report that asks nothing keeps the registry subject's steps.
    rule: "a first step about the typed address is not an admin's or nobody's",
    applies: (e) => ADDRESS_STEP(firstStep(e)) && !asksNothing(e),
    holds: (e) => e.owner !== "your-admin" && e.owner !== "nobody",
  },
  {
    rule: "telling the recipient their mailbox refuses mail names the recipient's side",
    applies: (e) => TELL_RECIPIENT_STEP(firstStep(e)),
    holds: (e) => e.owner === "recipient" || e.owner === "recipient-admin",
  },
  {
    rule: "an address that does not exist is yours to check",
    applies: (e) => PRIMARY.get(e.id) === "userunknown",
    holds: (e) =>
      e.owner === "you" &&
      e.fix.some((step) => ADDRESS_STEP(step) || step.en === MAILBOX.askCurrentAddress.en),
  },
  {
    // Postfix's unknown user asked the sender to tell the recipient their mailbox refuses mail:
    // there is no mailbox, and the sender has the address wrong or out of date.
    rule: "an address that does not exist never tells the recipient their mailbox refuses mail",
    applies: (e) => PRIMARY.get(e.id) === "userunknown" && e.owner === "you",
    holds: (e) => !e.fix.some((step) => TELL_RECIPIENT_STEP(step)),
  },
  {
    rule: "a full mailbox is the recipient's",
    applies: (e) => PRIMARY.get(e.id) === "mailboxfull",
    holds: (e) => e.owner === "recipient",
  },
  {
    rule: "a switched-off mailbox is the recipient's side's, or yours to replace when it is closed",
    applies: (e) => PRIMARY.get(e.id) === "suspend",
    holds: (e) =>
      e.owner === "recipient" ||
      e.owner === "recipient-admin" ||
      (e.owner === "you" && e.fix.some((step) => step.en === MAILBOX.askCurrentAddress.en)),
  },
  {
    rule: "a message too large is yours to make smaller",
    applies: (e) => PRIMARY.get(e.id) === "mesgtoobig",
    holds: (e) => e.owner === "you" && e.fix[0]?.en === SENDER.shrink.en,
  },
  {
    // A receiver whose own check failed for the moment (Cisco's DMARC temperror) asks nobody.
    rule: "a refused authentication or reverse DNS is your admin's",
    applies: (e) =>
      !e.temporary && ["authfailure", "requireptr"].includes(PRIMARY.get(e.id) ?? "undefined"),
    holds: (e) => e.owner === "your-admin",
  },
  {
    // A busy receiver's twin: the sending server retries until space or memory is freed, and the
    // registry's 4.3.1, Exchange's back pressure and FTGate's disk named three owners for it.
    rule: "a receiving system short of storage or memory is nobody's while retried",
    applies: (e) =>
      e.temporary &&
      (PRIMARY.get(e.id) === "systemfull" || e.texts.some((text) => SHORT_OF_RESOURCES.test(text))),
    holds: (e) => e.owner === "nobody",
  },
  {
    // RFC 5321 (4.5.3.1.10) has the sending server send the rest later; Exchange Online's own 4.5.3
    // row, which says its sending server splits them, named your admin.
    rule: "a cap of recipients per transaction is nobody's while retried",
    applies: (e) => e.temporary && e.texts.some((text) => /^too many recipients$/i.test(text)),
    holds: (e) => e.owner === "nobody",
  },
  {
    // Microsoft 365's "Access denied, please try again later" (4.7.500-699, 4.7.850-899) said
    // Microsoft's where Outlook.com's 4.7.650 said your admin's, for the same cause. Mimecast words
    // its greylisting and its reputation deferral alike; greylisting, nobody's, comes first.
    rule: "a deferral for the sending IP's reputation or suspicious activity is your admin's",
    applies: (e) =>
      e.temporary &&
      !e.texts.some((text) => /greylist/i.test(text)) &&
      (PRIMARY.get(e.id) === "badreputation" || /suspicious activity/i.test(e.summary.en)),
    holds: (e) => e.owner === "your-admin",
  },
  {
    // Cox, Orange and Comcast's pages ask the sending server to stay under their per-IP caps, and a
    // server that gives up on one keeps meeting it; Barracuda's and Cisco's said nobody's. A cap on
    // the recipient's mailbox or on the receiver's own total names no IP; one on your own account
    // (Alibaba's, which also weighs its IP) is yours.
    rule: "a receiver's cap counted on the sending IP is your admin's, also while retried",
    applies: (e) =>
      e.temporary &&
      ["toomanyconn", "speeding"].includes(PRIMARY.get(e.id) ?? "undefined") &&
      /\bIP\b/.test(e.cause.en) &&
      !/\b(?:one|this|your) account\b/.test(e.cause.en),
    holds: (e) => e.owner === "your-admin",
  },
  {
    rule: "malware found in the message is yours to remove",
    applies: (e) => !e.temporary && PRIMARY.get(e.id) === "virusdetected",
    holds: (e) => e.owner === "you",
  },
  {
    // The exceptions name the receiver's own fault: Spamhaus answering its queries through a
    // public resolver with an error, and the lists that closed (SORBS in 2024; AHBL, which has
    // listed everyone since 2015); and a link in the message, the next rule.
    rule: "a block list's listing is your admin's, unless the receiver misuses the list",
    applies: (e) =>
      BLOCK_LIST_ROWS.has(e.id) &&
      e.id !== "spamhaus-open-resolver" &&
      !CLOSED_LISTS.has(e.id) &&
      !LINK_ROWS.has(e.id),
    holds: (e) => e.owner === "your-admin",
  },
  {
    rule: "a link in the message on a domain list is the message's content, yours",
    applies: (e) => LINK_ROWS.has(e.id),
    holds: (e) => e.owner === "you" && !e.temporary,
  },
];

describe.each(RULES.map((r) => [r.rule, r] as const))("%s", (_rule, { applies, holds }) => {
  const entries = CATALOG.filter(applies);

  test("applies to some entries", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test("holds for every one", () => {
    expect(entries.filter((e) => !holds(e)).map((e) => `${e.id}: ${e.owner}`)).toEqual([]);
  });
});

// Replies that fell to the registry's fallback (5.0.0, the recipient's admin's) though their words
// name the cause: each is read as the code command reads it, with the meaning and owner it must get.
const NAMED_CAUSES: readonly {
  readonly rule: string;
  readonly cases: readonly (readonly [status: string, reply: string, id: string, owner: Owner])[];
}[] = [
  {
    // a block list named only by its kind: the sending IP is listed, which the rubric gives your
    // admin (a Chinese mail system's published replies, blog.sina.com.cn/s/blog_8dc13ec50101fxxr,
    // round 65; GoDaddy's words for its own list, without its host)
    rule: "a refusal naming only the kind of block list is your admin's",
    cases: [
      ["554", "554 rbl deny.", "dnsbl-listed", "your-admin"],
      ["550", "550 black ip.", "dnsbl-listed", "your-admin"],
      [
        "5.7.1",
        "554 5.7.1 192.0.2.7 RBL Reject. Please use the link to request removal",
        "dnsbl-listed",
        "your-admin",
      ],
      ["550", "550 Rejected by RBL", "dnsbl-listed", "your-admin"],
      ["554", "554 IP in RBL", "dnsbl-listed", "your-admin"],
      ["5.0.0", "550 5.0.0 Message rejected: black ip 192.0.2.7", "dnsbl-listed", "your-admin"],
      // a neighbour: "garbled" holds the letters, and names no list
      ["550", "550 Message garbled", "iana-5.0.0", "recipient-admin"],
    ],
  },
  {
    // SPF, DKIM or DMARC named beside a policy's words: the sender's authentication, which the
    // rubric gives your admin (Proofpoint's "Local Policy Violation - DMARC Reject", its own
    // published refusal, as the lab's second replies set gets it from an unnamed host)
    rule: "a refusal naming SPF, DKIM or DMARC under a policy's words is your admin's",
    cases: [
      ["5.7.0", "550 5.7.0 Local Policy Violation - DMARC Reject", "iana-5.7.26", "your-admin"],
      [
        "5.7.1",
        "550 5.7.1 Message rejected by local policy: SPF hard fail",
        "iana-5.7.26",
        "your-admin",
      ],
      [
        "5.7.1",
        "554 5.7.1 Rejected for policy reasons (DKIM signature invalid)",
        "iana-5.7.26",
        "your-admin",
      ],
      ["550", "550 Local Policy Violation - DMARC", "iana-5.7.26", "your-admin"],
      // neighbours: the policy alone, a filter's score name, an address that holds the word
      ["5.7.0", "550 5.7.0 Local Policy Violation", "iana-5.7.0", "recipient-admin"],
      [
        "5.7.1",
        "550 5.7.1 <dmarc@example.com>: Recipient address rejected: policy reasons",
        "iana-5.7.1",
        "recipient-admin",
      ],
    ],
  },
];

describe.each(NAMED_CAUSES.map((c) => [c.rule, c.cases] as const))("%s", (_rule, cases) => {
  test.each(cases)("%s %s", (status, reply, id, owner) => {
    const first = lookupCode(status, { text: reply })[0];
    expect([first?.id, first?.owner]).toEqual([id, owner]);
  });
});

describe("the owners every test bounce is told", () => {
  // After diagnose(): a give-up, a typo, a forward or the sender's own provider may change the
  // owner and the steps, and the steps must still follow it.
  const told = testSetEmails().flatMap((file) =>
    diagnose(analyze(new Uint8Array(readFileSync(file)))).recipients.map(
      (r) => [`${file.slice(file.indexOf("test/"))} ${r.address}`, r] as const,
    ),
  );

  test("the sets hold failures of every owner", () => {
    const owners = new Set(told.map(([, r]) => r.explanation.owner));
    expect([...owners].sort()).toEqual(
      ["microsoft", "nobody", "recipient", "recipient-admin", "you", "your-admin"].sort(),
    );
  });

  test.each([
    [
      "nobody acts on a failure only while it is retried",
      (o: Owner, r: (typeof told)[number][1]) =>
        o !== "nobody" || r.temporary || asksNothing(r.explanation),
    ],
    [
      "a first step for your admin is not told to you, the recipient or nobody",
      (o: Owner, r: (typeof told)[number][1]) =>
        !YOUR_ADMIN_STEP(firstStep(r.explanation)) ||
        !(["you", "recipient", "nobody"] as Owner[]).includes(o),
    ],
    [
      "a first step about the typed address is not told to an admin or nobody",
      (o: Owner, r: (typeof told)[number][1]) =>
        !ADDRESS_STEP(firstStep(r.explanation)) || (o !== "your-admin" && o !== "nobody"),
    ],
    [
      "telling the recipient their mailbox refuses mail is told to the recipient's side",
      (o: Owner, r: (typeof told)[number][1]) =>
        !TELL_RECIPIENT_STEP(firstStep(r.explanation)) ||
        o === "recipient" ||
        o === "recipient-admin",
    ],
  ])("%s", (_rule, holds) => {
    const broken = told
      .filter(([, r]) => !holds(r.explanation.owner, r))
      .map(([where, r]) => `${where}: ${r.explanation.id} ${r.explanation.owner}`);
    expect(broken).toEqual([]);
  });
});
