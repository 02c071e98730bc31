// A final notice after deferrals: the sending server retried a temporary refusal until it gave up.
// The reason and status stay as the notice gives them (Sisimai's convention, which the corpora's
// answers follow); the explanation is what the quoted reply meant (its provider's entry, its own
// code, greylisting), led by the fact that the server gave up, with no "it keeps trying" step.
// That sentence is the notice's, never the meaning's: no temporary meaning promises a retry.
// Lab notices are real servers' bytes; the DSNs below are written by us.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose } from "../../src/core";
import { CATALOG } from "../../src/core/catalog/index";
import { PROVIDER_CATALOGS } from "../../src/core/catalog/providers/index";
import { rowsOf } from "../../src/core/catalog/providers/rows";
import { SENDER } from "../../src/core/catalog/steps";
import { GAVE_UP } from "../../src/core/diagnosis/retries";
import type { DiagnosedRecipient } from "../../src/core/types";
import { bounce } from "./dsn-bounce";
import { wrap, type Wrapping } from "./providers/wrap";

const LAB = join(__dirname, "..", "corpus", "lab", "maildir");

function firstRecipient(raw: string | Uint8Array, address?: string): DiagnosedRecipient {
  const { recipients } = diagnose(analyze(raw));
  const found =
    address === undefined ? recipients[0] : recipients.find((r) => r.address === address);
  if (found === undefined) throw new Error(`no recipient ${address ?? ""}`);
  return found;
}

/** Words that promise the sending server's next attempt, true on a delay only. */
const PROMISE = {
  en: /keeps? (?:retrying|trying)|will (?:try|send|retry)|\b(?:retries|resends)\b|is retried|(?:does (?:so|this)|retries) by itself|next (?:attempt|try)|later attempt|(?<!that )tries again|(?:accepted|delivered|sent again) (?:later|on a)/,
  ja: /再試行します|再試行を続け|再試行されます|再試行し、|自動で|再試行したとき|次の(?:再)?試行|後で送ります|後で受け付け|送り直せます|後の再試行/,
};

/** What a test checks of one recipient's explanation. */
function shape(r: DiagnosedRecipient): [string, string, string, boolean, boolean] {
  const { explanation: e } = r;
  return [
    r.status ?? "-",
    e.id,
    e.owner,
    e.summary.en.startsWith(GAVE_UP.en) && e.summary.ja.startsWith(GAVE_UP.ja),
    e.actions.includes("wait-for-retry") ||
      [e.summary, ...e.fix].some(
        (text) =>
          PROMISE.en.test(text.en.replace(GAVE_UP.en, "")) ||
          PROMISE.ja.test(text.ja.replace(GAVE_UP.ja, "")),
      ),
  ];
}

describe("lab notices: the last temporary reply explains the failure", () => {
  test.each([
    // file, recipient, DSN status (unchanged), entry, owner, led by "gave up", says it retries
    [
      "courier/greylist-expiry.eml",
      "greylist@lab.test",
      "5.0.0",
      "greylisting",
      // greylisting given up on: the retries never counted, the sending side's admin's
      // (lasting-deferral.test.ts)
      "your-admin",
      true,
      false,
    ],
    [
      "courier/defer-expiry.eml",
      "defer@lab.test",
      "5.0.0",
      "receiver-lookup-failure",
      // the receiver's look-up failed for the whole retry period: no passing fault any more, its
      // admin's to repair (lasting-deferral.test.ts), the sender resends once it is fixed
      "recipient-admin",
      true,
      false,
    ],
    [
      "courier/gmail-ratelimit-expiry.eml",
      "gmail-ratelimit@gmail.lab.test",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    [
      "courier/gmail-rcptrate-expiry.eml",
      "gmail-rcptrate@gmail.lab.test",
      "5.0.0",
      "gmail-5.2.1-receiving-too-fast-deferred",
      // a mailbox flooded for the whole retry period: the recipient's side (h-giveup3)
      "recipient-admin",
      true,
      false,
    ],
    [
      "courier/yahoo-busy-expiry.eml",
      "user@yahoo-busy.lab.test",
      "5.0.0",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
      false,
    ],
    [
      "exim/gmail-ratelimit-expiry.eml",
      "gmail-ratelimit@gmail.lab.test",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    [
      "exim/greylist-expiry.eml",
      "greylist@lab.test",
      "5.0.0",
      "greylisting",
      "your-admin",
      true,
      false,
    ],
    [
      "postfix/greylist-expiry.eml",
      "greylist@lab.test",
      "4.2.0",
      "greylisting",
      // greylisting given up on: the retries never counted, the sending side's admin's
      // (lasting-deferral.test.ts)
      "your-admin",
      true,
      false,
    ],
    [
      "sendmail/defer-expiry.eml",
      "defer@lab.test",
      "4.3.0",
      "receiver-lookup-failure",
      // the receiver's look-up failed for the whole retry period: no passing fault any more, its
      // admin's to repair (lasting-deferral.test.ts), the sender resends once it is fixed
      "recipient-admin",
      true,
      false,
    ],
    // an expiry meaning says so itself: no lead, and no "keeps trying"
    [
      "opensmtpd/greylist-expiry.eml",
      "greylist@lab.test",
      "4.4.7",
      "iana-4.4.7",
      "recipient-admin",
      false,
      false,
    ],
    // a delay warning: the server is still trying
    [
      "postfix/greylist-warning.eml",
      "greylist@lab.test",
      "4.2.0",
      "greylisting",
      "nobody",
      false,
      true,
    ],
  ])("%s", (file, address, ...want) => {
    const raw = new Uint8Array(readFileSync(join(LAB, file)));
    expect(shape(firstRecipient(raw, address))).toEqual(want);
  });
});

function dsn(action: string, status: string, diagnostic: string, remote: string) {
  const delayed = action === "delayed";
  return bounce({
    failed: "bob@example.org",
    action: delayed ? "delayed" : "failed",
    status,
    diagnostic,
    remote,
  });
}

describe("written DSNs: a final notice quoting a temporary reply", () => {
  test.each([
    // action, status, reply, remote host, then as above
    [
      "failed",
      "5.0.0",
      "451 4.7.1 Greylisting in action, please come back later",
      "mx.example.org",
      "5.0.0",
      "greylisting",
      // greylisting given up on: the retries never counted, the sending side's admin's
      // (lasting-deferral.test.ts)
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "5.0.0",
      "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp",
      "gmail-smtp-in.l.google.com",
      "5.0.0",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "5.0.0",
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
      "mta5.am0.yahoodns.net",
      "5.0.0",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "4.2.2",
      "452 4.2.2 Mailbox full",
      "mx.example.org",
      "4.2.2",
      "iana-4.2.2",
      "recipient",
      true,
      false,
    ],
    // meanings whose summary or step said "your server retries" before
    [
      "failed",
      "5.0.0",
      "451 4.3.0 <mail.example.net[203.0.113.41]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
      "mx1.emailsrvr.com",
      "5.0.0",
      "rackspace-throttled-spam",
      "your-admin",
      true,
      false,
    ],
    [
      "failed",
      "5.0.0",
      "451 4.7.500 Server busy. Please try again later from [203.0.113.7]. (S77714) [AM2PEPF0001C70F.eurprd05.prod.outlook.com]",
      "outlook-com.olc.protection.outlook.com",
      "5.0.0",
      "outlook-com-4.7.500-server-busy",
      // deferred for days, not hours: the sending IP's standing, your admin's (h-giveup3)
      "your-admin",
      true,
      false,
    ],
    // still being retried: the reply's meaning, no lead
    [
      "delayed",
      "4.7.1",
      "451 4.7.1 Greylisting in action, please come back later",
      "mx.example.org",
      "4.7.1",
      "greylisting",
      "nobody",
      false,
      true,
    ],
    // a permanent reply under a class-only status: nothing was retried
    [
      "failed",
      "5.0.0",
      "550 5.0.0 Requested action not taken",
      "mx.example.org",
      "5.0.0",
      "iana-5.0.0",
      "recipient-admin",
      false,
      false,
    ],
    // a block that lifts by itself, given at once as 550: refused, not retried until given up
    [
      "failed",
      "5.0.0",
      "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
      "mx1.qq.com",
      "5.0.0",
      "tencent-ip-rate",
      "your-admin",
      false,
      false,
    ],
    [
      "failed",
      "5.7.1",
      "554 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR_999 [999]",
      "smtp-in.orange.fr",
      "5.7.1",
      "orange-rate-limited",
      "your-admin",
      false,
      false,
    ],
  ])("%s %s %s", (action, status, reply, remote, ...want) => {
    expect(shape(firstRecipient(dsn(action, status, reply, remote)))).toEqual(want);
  });
});

// Exchange's queue expiry quotes the reply that made it give up: Exchange Online as
// "QUEUE.Expired; message expired [Message=<reply>] [LastAttemptedServerName=<host>]", Exchange
// as its earlier attempt. That reply's cause is why the message was not delivered, with its
// owner; "the destination could not be reached" is left to replies that say just that (x.4.x).
const EXPIRED = (reply: string, host: string): string =>
  `550 4.4.7 QUEUE.Expired; message expired [Message=${reply}] [LastAttemptedServerName=${host}] [LastAttemptedIP=192.0.2.25:25] [TYCPR01MB8000.jpnprd01.prod.outlook.com 2026-11-18T09:00:00.000Z 08DC0000000000]`;

/** The notice; with `named`, its DSN names the host as the Remote-MTA too. */
function expired(
  reply: string,
  host: string,
  how: Wrapping,
  status: string,
  named: boolean,
): DiagnosedRecipient {
  const c = {
    name: reply,
    reply: EXPIRED(reply, host),
    status: "5.4.7",
    ...(named ? { remote: host } : {}),
    expected: { id: "", owner: "you" as const, temporary: false, words: [] },
  };
  return firstRecipient(wrap(c, how).replace("Status: 5.4.7", `Status: ${status}`));
}

describe("Exchange Online gave up: the deferral it quotes explains the failure", () => {
  test.each([
    // reply, host, entry, owner, led by "gave up"
    [
      "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)",
      "outlook-com.olc.protection.outlook.com",
      "outlook-com-4.7.650-ip-reputation",
      "your-admin",
      true,
    ],
    [
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      "mta5.am0.yahoodns.net",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
    ],
    [
      "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp",
      "gmail-smtp-in.l.google.com",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
      true,
    ],
    [
      "450 4.2.0 <kim@fabrikam.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/fabrikam.example.html",
      "mx.fabrikam.example",
      "greylisting",
      // greylisting given up on: the retries never counted, the sending side's admin's
      // (lasting-deferral.test.ts)
      "your-admin",
      true,
    ],
    // another server's 4.3.2: the registry's meaning, not Exchange Online's thread limit (a busy
    // server nobody fixes while retried; given up on, it kept happening: the receiving server's
    // admin's, lasting-deferral.test.ts)
    ["452 4.3.2 try again later", "mx.fabrikam.example", "iana-4.3.2", "recipient-admin", true],
    // Exchange's own words around the remote's reply
    [
      '451 4.4.0 Primary target IP address responded with: "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints" Attempted failover to alternate host, but that did not succeed.',
      "mta5.am0.yahoodns.net",
      "yahoo-deferred-reputation",
      "your-admin",
      true,
    ],
    // the destination could not be reached: that is what the expiry itself says (under a DSN
    // status 4.4.7 the notice's status becomes the last code, 4.4.1: Exchange's own timeout)
    [
      '451 4.4.0 Primary target IP address responded with: "421 4.4.1 Connection timed out." Attempted failover to alternate host, but that did not succeed.',
      "mx.fabrikam.example",
      "token-QUEUE.Expired",
      "recipient-admin",
      false,
    ],
  ])("%s", (reply, host, id, owner, led) => {
    const statuses = id === "token-QUEUE.Expired" ? ["5.4.7"] : ["5.4.7", "4.4.7"];
    for (const how of ["exo-en", "exo-ja", "exo-modern"] as const) {
      for (const status of statuses) {
        for (const named of [true, false]) {
          const [, ...got] = shape(expired(reply, host, how, status, named));
          expect([how, status, named, ...got]).toEqual([how, status, named, id, owner, led, false]);
        }
      }
    }
  });

  // Exchange Online's notice with the reply alone, under a status that says only "expired"
  test.each([
    // reply, host, entry, owner
    [
      "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)",
      "outlook-com.olc.protection.outlook.com",
      "outlook-com-4.7.650-ip-reputation",
      "your-admin",
    ],
    [
      "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp",
      "gmail-smtp-in.l.google.com",
      "gmail-5.7.28-unusual-rate-deferred",
      "your-admin",
    ],
    ["452 4.3.2 try again later", "mx.fabrikam.example", "iana-4.3.2", "recipient-admin"],
  ])("5.4.7 quoting %s", (reply, host, id, owner) => {
    for (const how of ["exo-en", "exo-ja", "exo-modern"] as const) {
      const c = {
        name: reply,
        reply,
        status: "5.4.7",
        remote: host,
        expected: { id: "", owner: "you" as const, temporary: false, words: [] },
      };
      const [, ...got] = shape(firstRecipient(wrap(c, how)));
      expect([how, ...got]).toEqual([how, id, owner, true, false]);
    }
  });

  test("Exchange's earlier attempt, listed under its queue verdict", () => {
    const body = [
      "Delivery has failed to these recipients or groups:",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: EX1.contoso.com",
      "",
      "ann@fabrikam.com",
      "11/3/2026 8:05:56 PM - Remote Server at mx.fabrikam.com (203.0.113.7) returned '550 4.4.7 QUEUE.Expired; message expired'",
      "11/3/2026 7:58:27 PM - Remote Server at mx.fabrikam.com (203.0.113.7) returned '451 4.7.1 Greylisting in action, please come back later'",
      "",
      "Original message headers:",
    ].join("\n");
    const [r] = diagnose(analyze({ body, subject: "Undeliverable: x" })).recipients;
    if (r === undefined) throw new Error("no recipient");
    // greylisting given up on is the sending side's admin's (lasting-deferral.test.ts)
    expect(shape(r)).toEqual(["4.7.1", "greylisting", "your-admin", true, false]);
  });
});

describe("a temporary meaning's words", () => {
  const temporary = [
    ...new Map(
      [...CATALOG, ...PROVIDER_CATALOGS.flatMap((table) => rowsOf(table).map((row) => row.entry))]
        .filter((entry) => entry.temporary)
        .map((entry) => [entry.id, entry] as const),
    ).values(),
  ];

  it("are checked on every temporary meaning", () => {
    expect(temporary.length).toBeGreaterThan(200);
  });

  // Before: 30 summaries and 15 steps said what the sending server does next ("; your server
  // retries."), untrue once it has given up. The one "nothing to do yet" step is the catalog's
  // own, which the diagnosis keeps on a delay and drops on a give-up.
  it.each(temporary.map((entry) => [entry.id, entry] as const))(
    "%s: promises no retry",
    (_id, entry) => {
      const texts = [entry.summary, ...entry.fix.filter((step) => step !== SENDER.waitForRetry)];
      const promised = texts.flatMap((text) =>
        [text.en.match(PROMISE.en)?.[0], text.ja.match(PROMISE.ja)?.[0]].filter(
          (words) => words !== undefined,
        ),
      );
      expect(promised).toEqual([]);
    },
  );
});
