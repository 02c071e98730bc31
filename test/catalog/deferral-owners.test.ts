// Who acts on a deferral the catalog reads by its registry code alone, while the sending server
// retries it and once it gives up: nobody while it retries, the sender (to send again later) once a
// final notice says it gave up.
// - 4.0.0 whose words name nothing the catalog knows (our own replies); a permanent 5.0.0 keeps the
//   recipient's admin. Given up on after days, only the full reply says more: your admin's to read
//   (h-giveup3), not a send-again.
// - A connection the sending server could not make or lost (4.4.1 "no answer from host", 4.4.2 "bad
//   connection"), in its own words; the permanent 5.4.1 and 5.4.2 keep their owner. The twentieth
//   round's held-out lines (URLs beside them) were nobody's where the receiver did not answer or
//   broke off, never the recipient's admin's.
// - A receiving system's passing fault under 4.3.0 (an internal error, a crashed filter, a table
//   lookup): the held-out replies of rounds 30 and 31 were nobody's; the permanent 5.3.0 keeps its
//   owner. Given up on, the fault lasted the whole retry period: the recipient's admin's, as the
//   meaning's own admin step says of an error that lasts (lasting-deferral.test.ts, h-lasting).
import { analyze, diagnose, lookupCode } from "../../src/core";
import { YOU } from "../../src/core/catalog/providers/steps";
import { SENDER } from "../../src/core/catalog/steps";
import { bounce } from "./dsn-bounce";

/** A Postfix report of kim@fabrikam.example's `reply` in the sending server's own words. */
function report(action: "delayed" | "failed", status: string, reply: string): string {
  const failed = "kim@fabrikam.example";
  return bounce({
    failed,
    action,
    status,
    diagnostic: reply,
    diagnosticType: "X-Postfix",
    remote: null,
  });
}

const explained = (raw: string) => diagnose(analyze(raw)).recipients[0]?.explanation;

// replies of our own whose words name nothing the catalog knows
const UNDEFINED: readonly (readonly [string, string])[] = [
  ["4.0.0", "451 4.0.0 Requested action aborted: qzx processing stage 7"],
  ["4.0.0", "450 4.0.0 Unexpected condition at stage 0x1f"],
];

const LINES: readonly (readonly [string, string])[] = [
  // https://github.com/anonaddy/docker/issues/125
  ["4.4.1", "connect to relay.transip.nl[149.210.149.29]:25: Operation timed out"],
  // https://github.com/mailcow/mailcow-dockerized/issues/3688
  ["4.4.1", "connect to mx-ha02.web.de[212.227.17.8]:25: No route to host"],
  // https://github.com/hardware/mailserver/issues/195
  [
    "4.4.2",
    "lost connection with etb-3.mail.tiscali.it[213.205.33.64] while sending end of data -- message may be sent more than once",
  ],
  // https://github.com/YoRyan/mailrise/issues/117
  [
    "4.4.2",
    "delivery temporarily suspended: lost connection with mailrise01.example.net[192.168.8.16] while receiving the initial server greeting",
  ],
  // a receiving system's passing fault under 4.3.0: Dovecot's LMTP (src/lmtp/lmtp-local.c,
  // ERRSTR_TEMP_MAILBOX_FAIL), a filter that crashed
  // (https://github.com/iobroker-community-adapters/ioBroker.email/issues/36); Postfix's "Temporary
  // lookup failure" has its own wording now, nobody's too (wild-sixty-fourth.cases.ts)
  ["4.3.0", "451 4.3.0 <kim@fabrikam.example> Temporary internal error"],
  ["4.3.0", "451 4.3.0 pymilter: untrapped exception in pythonfilter"],
  // variants
  ["4.4.1", "connect to mx.fabrikam.example[192.0.2.25]:25: Connection refused"],
  // words the connection wordings also know (connection-wordings.ts): the registry's code says it
  ["4.4.1", "connect to mx.fabrikam.example[192.0.2.25]:25: Connection timed out"],
  ["4.4.2", "conversation with mx.fabrikam.example[192.0.2.25] timed out while sending RCPT TO"],
];

describe.each([...UNDEFINED, ...LINES])("%s %s", (status, line) => {
  const id = `iana-${status}`;

  it("is the registry's meaning, nobody's, in the code command", () => {
    const [entry] = lookupCode(status, { text: line });
    expect([entry?.id, entry?.owner]).toEqual([id, "nobody"]);
  });

  it("is nobody's in a delay warning", () => {
    const e = explained(report("delayed", status, line));
    // a delay warning whose words name no cause is the delay's own meaning (report-kinds.ts)
    const inWarning = status === "4.0.0" ? "delivery-delayed" : id;
    expect([e?.id, e?.owner, e?.temporary]).toEqual([inWarning, "nobody", true]);
  });

  it("is the sender's once the server gave up, or the receiver's admin's if its fault lasted", () => {
    const lasted =
      status === "4.3.0" ? "recipient-admin" : status === "4.0.0" ? "your-admin" : "you";
    expect(explained(report("failed", status, line))?.owner).toBe(lasted);
  });
});

it.each(["5.0.0", "5.3.0", "5.4.1", "5.4.2"])("leaves the permanent %s its owner", (status) => {
  const [entry] = lookupCode(status, { text: "" });
  expect(entry?.owner).toBe("recipient-admin");
});

// Other sending software's words under a status that says nothing (the twenty-first round):
// the wordings' meaning, nobody's while retried, the sender's (to send again) once it gave up.
describe.each([
  // https://github.com/haraka/Haraka/issues/2507
  ["Outbound connection timed out to 64.233.179.27:25", "connect-failed"],
  // https://github.com/postalserver/postal/issues/295
  [
    "Temporary SMTP delivery error when sending to mx.fabrikam.example Net::ReadTimeout",
    "connection-lost",
  ],
  // round 55: Gmail's own words, whatever socket error its bracket names (a 2009 delay notice's
  // "[andrewmonks.net (1): Connection dropped]" and a forum's "[private-server.uni.cc. (10):
  // Connection timed out]", quoted in threads; support.google.com/mail/answer/7720)
  [
    "The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720 [andrewmonks.net (1): Connection dropped]",
    "connect-failed",
  ],
  [
    "The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720 [private-server.uni.cc. (10): Connection timed out]",
    "connect-failed",
  ],
  [
    "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.fabrikam.example. 203.0.113.5: Connection dropped]",
    "connect-failed",
  ],
])("4.0.0 / 5.0.0 %s", (line, id) => {
  it("is the wording's meaning in a delay warning", () => {
    const e = explained(report("delayed", "4.0.0", line));
    expect([e?.id, e?.owner, e?.temporary]).toEqual([id, "nobody", true]);
  });

  it("gave up in a failure notice", () => {
    const e = explained(report("failed", "5.0.0", line));
    expect([e?.id, e?.owner, e?.temporary]).toEqual(["connect-gave-up", "you", false]);
  });
});

// Exchange's own note that it could not connect, quoted in its queue's "Primary target IP address
// responded with" under 4.4.0 (round 55: a pasted Exchange Online delay) and 4.4.2
// (nuangel.net/2013/01/exchange-error-attempted-to-failover): a failed connection, not the
// registry's unspecified routing problem; nobody's while retried. Given up on, the wording's own
// "if the message comes back in the end, forward this report to your mail admin" (h-giveup3).
describe.each([
  '451 4.4.0 Primary target IP address responded with: "421 4.4.0 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
  '451 4.4.0 primary target IP address responded with "421.4.4.2 unable to connect." Attempted failover to alternate host, but that did not succeed.',
])("4.4.0 %s", (line) => {
  it("is a failed connection by the code command", () => {
    expect(lookupCode("4.4.0", { text: line })[0]?.id).toBe("connect-failed");
  });

  it("is nobody's in a delay warning", () => {
    const e = explained(report("delayed", "4.4.0", line));
    expect([e?.id, e?.owner, e?.temporary]).toEqual(["connect-failed", "nobody", true]);
  });

  it("is your admin's once the server gave up", () => {
    const e = explained(report("failed", "4.4.0", line));
    expect([e?.owner, e?.temporary]).toEqual(["your-admin", false]);
  });
});

// The policy deferral that names no check (round 55: mailgates' "421 4.7.0 <host> Try again later,
// closing connection" in a Japanese delay warning; the same words from Gmail, "421-4.7.0 Try again
// later, closing connection. (EHLO)", as dawidd6/action-send-mail issue 196 quotes it): while it is
// retried the user waits, and the report goes to an admin only if the message comes back.
describe.each([
  ["4.7.0", "421 4.7.0 mx.minato-seiki.example Try again later, closing connection"],
  ["4.7.0", "451 4.7.0 Temporary policy rejection"],
])("%s %s in a delay warning", (status, line) => {
  it("waits first and hands nothing to the admins yet", () => {
    const e = explained(report("delayed", status, line));
    expect(e?.fix.map((step) => step.en)).toEqual([
      SENDER.waitForRetry.en,
      YOU.forwardIfItFails.en,
    ]);
  });
});

// Gmail's words for a failed connection by the code command with no status: not a block list
// ("Connection dropped" alone is Microsoft's 4.4.2 block in the reason tables)
it("Gmail's did not accept our requests to connect, with no status, gave up connecting", () => {
  const text =
    "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.fabrikam.example. 203.0.113.5: Connection dropped]";
  expect(lookupCode("", { text })[0]?.id).toBe("connect-gave-up");
});
