// The sending server's own status for a reply that gave none (src/core/status/senders-guess.ts):
// Sendmail writes "5.1.1" ("User unknown") for any bare 550 at RCPT and 5.2.0 for one at the end
// of DATA; the reply's words decide, as for the reply given alone, and the status reported stays
// the notice's. The replies lab set's Sendmail notices (test/corpus/lab-replies) and notices in
// Sendmail 8.17's layout written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, lookupCode } from "../../src/core";
import { overReplyStatus, replyWithoutGuess } from "../../src/core/status/senders-guess";
import { sendmailNotice } from "./sendmail-notice";

const LAB = join(__dirname, "..", "corpus", "lab-replies", "maildir", "sendmail");

/** A failure notice whose transcript has the reply, then Sendmail's own status line for `stage`. */
function failure(reply: string, status: string, stage: "RCPT" | "DATA"): string {
  const own =
    stage === "RCPT"
      ? `550 5.1.1 <kim@example.net>... User unknown`
      : `554 5.0.0 Service unavailable`;
  return sendmailNotice({
    transcript: ["... while talking to mx1.mailhost.example.:", ">>> DATA", `<<< ${reply}`, own],
    recipients: [
      {
        address: "kim@example.net",
        reason: reply,
        status,
        diagnostic: reply,
        remote: "mx1.mailhost.example",
      },
    ],
  });
}

/** The notice's first recipient: its status, reason and the entry it is given. */
function read(bytes: Uint8Array) {
  const report = analyze(bytes);
  const recipient = report.recipients[0];
  return {
    status: recipient?.status,
    reason: recipient?.reason,
    entry: diagnose(report).recipients[0]?.explanation.id,
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const alone = (reply: string, remote: string) =>
  lookupCode(reply.slice(0, 3), { text: reply, remote })[0]?.id;

describe("the sending server's guessed status gives way to the reply's words", () => {
  it.each([
    // the lab's Sendmail 8.17 notices (scripts/lab/replies.ts names each reply's source)
    ["r31", "550 david.chase@earthlink.net...User account is overquota", "5.1.1"],
    ["r35", "550 sender@example.com max messages per session", "5.1.1"],
    ["r43", "550 Message too big!", "5.2.0"],
  ])("lab notice %s: %s", (scenario, reply, status) => {
    const got = read(new Uint8Array(readFileSync(join(LAB, `${scenario}-refusal.eml`))));
    expect(got.status).toBe(status);
    expect(got.entry).toBe(alone(reply, "mx.lab.test"));
  });

  it.each([
    ["a full mailbox at RCPT", "550 Mailbox quota exceeded", "5.1.1", "RCPT", "iana-5.2.2"],
    [
      "a block list at RCPT",
      "550 Your IP address is listed in our block list",
      "5.1.1",
      "RCPT",
      "refused-sending-server",
    ],
    ["a relay refusal at RCPT", "550 Relay access denied", "5.1.1", "RCPT", "relay-refused"],
    ["spam at the end of DATA", "550 Message rejected as spam", "5.2.0", "DATA", "refused-as-spam"],
    ["a size limit at the end of DATA", "550 Message too big!", "5.2.0", "DATA", "iana-5.3.4"],
  ] as const)("%s", (_, reply, status, stage, entry) => {
    const got = read(utf8(failure(reply, status, stage)));
    expect(got.status).toBe(status);
    expect(got.entry).toBe(entry);
    expect(got.entry).toBe(alone(reply, "mx1.mailhost.example"));
  });

  it("keeps the stage the guess tells: an unknown user refused at RCPT is not a filter", () => {
    // Sendmail writes 5.1.1 only for a reply to RCPT, though its transcript puts it after DATA
    const got = read(utf8(failure("550 User <kim@example.net> unknown.", "5.1.1", "RCPT")));
    expect(got.reason).toBe("userunknown");
    expect(got.entry).toBe("iana-5.1.1");
  });
});

describe("where the status is not a guess that says more, nothing changes", () => {
  it.each([
    ["words that name no cause", "550 Requested action not taken: mailbox unavailable", "5.1.1"],
    [
      "the receiver's own status",
      "550 5.1.1 <kim@example.net>: Recipient address rejected",
      "5.1.1",
    ],
  ])("%s: the status's meaning stands", (_, reply, status) => {
    expect(read(utf8(failure(reply, status, "RCPT"))).entry).toBe("iana-5.1.1");
  });

  it.each([
    ["Sendmail, the receiver's own status", "sendmail", "5.1.1", "550 5.7.1 Blocked by policy"],
    [
      "Sendmail, qmail's status in words",
      "sendmail",
      "5.1.1",
      "553 sorry, no mailbox here (#5.1.1)",
    ],
    ["Sendmail's 551: RFC 5321's own meaning", "sendmail", "5.1.6", "551 not our user"],
    ["Sendmail's 554: the class", "sendmail", "5.0.0", "554 Transaction failed"],
    ["Postfix: the class for any bare reply", "postfix", "5.0.0", "550 Blocked by policy"],
    ["a server with no table of guesses", "rfc3464", "5.1.1", "550 Blocked by policy"],
  ])("%s", (_, dialect, status, reply) => {
    expect(replyWithoutGuess(dialect, status, reply)).toBeUndefined();
  });

  it.each([
    ["550", "5.1.1", { status: "5.0.0", command: "RCPT" }],
    ["550", "5.2.0", { status: "5.0.0", command: "DATA" }],
    ["450", "4.2.0", { status: "4.0.0" }],
    // 5.1.3 says a misspelt address and 5.2.2 a full mailbox, more than a bare 553 or 552 says
    // (test/corpus/lab-replies4: "553 host denies the sender.", "552 exceeded mailsize limit")
    ["553", "5.1.3", { status: "5.0.0" }],
    ["552", "5.2.2", { status: "5.0.0" }],
  ])("Sendmail's %s as %s reads as the reply's class", (code, status, read) => {
    expect(replyWithoutGuess("sendmail", status, `${code} Blocked by policy`)).toEqual(read);
  });
});

// One table holds Sendmail's pairings: the refused RCPT's, written over the reply's own status too
// (usersmtp.c), and those written over a bare reply only (savemail.c's, the reply to DATA's).
describe("the reply's own status stands over Sendmail's pairing for a refused RCPT", () => {
  it.each([
    ["550 at RCPT", "sendmail", "5.1.1", "550 5.7.230 Mail rejected by policy", true],
    ["551", "sendmail", "5.1.6", "551 5.0.0 Rejected, look at http://spf.example/", true],
    ["553", "sendmail", "5.1.3", "553 5.7.1 Sender address rejected", true],
    ["550 at the end of DATA: a bare reply's only", "sendmail", "5.2.0", "550 5.7.1 Spam", false],
    ["451: a bare reply's only", "sendmail", "4.3.0", "451 4.7.1 Try again later", false],
    ["the pairing is the reply's own", "sendmail", "5.1.1", "550 5.1.1 User unknown", false],
    ["Postfix writes none", "postfix", "5.1.1", "550 5.7.230 Mail rejected by policy", false],
  ])("%s", (_, dialect, status, reply, stands) => {
    const own = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(reply)?.[0];
    expect(overReplyStatus(dialect, status, reply, own)).toBe(stands);
  });
});
