// A notice about several receiving hosts: each recipient keeps its own line's words, code, status
// and host, none of another host's session (src/core/dialects/common/session-lines.ts and the
// list rule of textBlocks). Sendmail writes each "... while talking to HOST:" session under the
// last address it listed, and Exim its "Delay reason:" under the last of a list; a recipient whose
// host refused the connection got the other host's 450 4.2.0 greylisting. Lab notices
// (test/corpus/lab, lab-routes) and notices in each server's layout written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";

const CORPUS = join(__dirname, "..", "corpus");

interface Facts {
  readonly replyCode: string | undefined;
  readonly status: string | undefined;
  /** Words that must not be in the recipient's diagnostic nor body evidence. */
  readonly foreign: string;
}

/** The recipient `address` of a notice, with its diagnostic and the body's words for it. */
function recipientOf(input: Uint8Array | string, address: string) {
  const r = analyze(input).recipients.find((x) => x.address.toLowerCase() === address);
  if (r === undefined) throw new Error(`no recipient ${address}`);
  const body = r.evidence.filter((e) => e.source === "body").map((e) => e.text);
  return { r, words: [r.diagnostic ?? "", ...body].join("\n").toLowerCase() };
}

describe("lab notices about several hosts: a recipient keeps its own host's words", () => {
  const cases: [string, string, Facts][] = [
    [
      // Sendmail's expiry: the greylisting session of mx.lab.test sits under the refused host's address
      "lab/maildir/sendmail/mixed-greylist-refused-nx-expiry.eml",
      "user@refused.lab.test",
      { replyCode: undefined, status: "4.4.7", foreign: "greylist" },
    ],
    [
      "lab-routes/maildir/sendmail/rt-mixed-hosts-expiry.eml",
      "user@refused.lab.test",
      { replyCode: undefined, status: "4.4.7", foreign: "greylist" },
    ],
    [
      // "(reason: 451 ... <defer@lab.test> ...)" under the list "yahoo-busy@...", "defer@..."
      "lab-routes/maildir/sendmail/rt-staged-two-expiry.eml",
      "yahoo-busy@yahoo-busy.lab.test",
      { replyCode: "421", status: "4.7.0", foreign: "defer@lab.test" },
    ],
    [
      // Gmail's session written under Yahoo's address, the last listed
      "lab/maildir/sendmail/mixed-four-unknown-refusal.eml",
      "yahoo-nouser@yahoo.lab.test",
      { replyCode: "554", status: "5.0.0", foreign: "the email account" },
    ],
    [
      "lab-routes/maildir/sendmail/rt-mixed-refuse-defer-refusal.eml",
      "unknown@lab.test",
      { replyCode: "550", status: "5.1.1", foreign: "defer@lab.test" },
    ],
    [
      // Gmail's session ends on Sendmail's "554 5.0.0 Service unavailable", under Outlook's address
      "lab-routes/maildir/sendmail/rt-mixed-hosts-refusal.eml",
      "outlook-nouser@outlook.lab.test",
      { replyCode: "550", status: "5.5.0", foreign: "out of storage" },
    ],
    [
      // the block list's 554 then a pipelined RCPT's 550 of another recipient, in one session
      "lab/maildir/sendmail/mixed-blocked-unknown-refusal.eml",
      "outlook-nouser@outlook.lab.test",
      { replyCode: "550", status: "5.5.0", foreign: "spamhaus" },
    ],
    [
      // Exim's delay warning: "Delay reason: ... <greylist@lab.test>" indented under the last address
      "lab-routes/maildir/exim/rt-mixed-hosts-warning.eml",
      "user@refused.lab.test",
      { replyCode: undefined, status: "4.0.0", foreign: "greylist" },
    ],
    [
      "lab/maildir/exim/mixed-greylist-refused-nx-warning.eml",
      "user@refused.lab.test",
      { replyCode: undefined, status: "4.0.0", foreign: "greylist" },
    ],
  ];
  it.each(cases)("%s: %s", (file, address, facts) => {
    const { r, words } = recipientOf(readFileSync(join(CORPUS, file)), address);
    expect([r.replyCode, r.status]).toEqual([facts.replyCode, facts.status]);
    expect(words).not.toContain(facts.foreign);
  });
});

const sendmailTwoHosts = `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>
To: kim@example.org
Subject: Returned mail: see transcript for details

   ----- The following addresses had permanent fatal errors -----
lee@busy.example.net
    (reason: 452 4.2.2 <lee@busy.example.net>... Mailbox over quota)
ann@down.example.com

   ----- Transcript of session follows -----
... while talking to mx.busy.example.net.:
>>> DATA
<<< 452 4.2.2 <lee@busy.example.net>... Mailbox over quota
lee@busy.example.net... Deferred: 452 4.2.2 <lee@busy.example.net>... Mailbox over quota
<<< 503 5.5.1 No recipients
ann@down.example.com... Deferred: Connection refused by mx.down.example.com.
Message could not be delivered for 5 days
Message will be deleted from queue

   ----- Original message follows -----
Subject: plans
`;

const sendmailServiceUnavailable = `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>
To: kim@example.org
Subject: Returned mail: see transcript for details

   ----- The following addresses had permanent fatal errors -----
lee@big.example.net
    (reason: 552 5.3.4 Message size exceeds fixed limit)
ann@other.example.com
    (reason: 550 5.1.1 <ann@other.example.com>: Recipient address rejected)

   ----- Transcript of session follows -----
... while talking to mx.big.example.net.:
>>> DATA
<<< 552 5.3.4 Message size exceeds fixed limit
554 5.0.0 Service unavailable
... while talking to mx.other.example.com.:
>>> DATA
<<< 550 5.1.1 <ann@other.example.com>: Recipient address rejected
550 5.1.1 ann@other.example.com... User unknown

   ----- Original message follows -----
Subject: plans
`;

const sendmailRcptFirst = `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>
To: kim@example.org
Subject: Warning: could not send message for past 4 hours

   ----- The following addresses had transient non-fatal errors -----
<ann@down.example.com>
<lee@busy.example.net>

   ----- Transcript of session follows -----
... while talking to mx.busy.example.net.:
>>> RCPT To:<lee@busy.example.net>
<<< 451 4.3.0 Try again later
<lee@busy.example.net>... Deferred: 451 4.3.0 Try again later
<ann@down.example.com>... Deferred: Connection timed out with mx.down.example.com.
Warning: message still undelivered after 4 hours

   ----- Original message follows -----
Subject: plans
`;

const eximWarning = `From: Mail Delivery System <Mailer-Daemon@relay.example.org>
To: kim@example.org
Subject: Warning: message 1abcDE-000123-Xy delayed 24 hours

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.example.org.

The addresses to which the message has not yet been delivered are:

  ann@down.example.com
  lee@busy.example.net
    Delay reason: H=mx.busy.example.net [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<lee@busy.example.net>:
    451 4.7.1 <lee@busy.example.net>: Please try again later

No action is required on your part.
`;

const postfixTwoHosts = `From: MAILER-DAEMON@relay.example.org (Mail Delivery System)
To: kim@example.org
Subject: Undelivered Mail Returned to Sender

This is the mail system at host relay.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ann@down.example.com>: connect to mx.down.example.com[192.0.2.9]:25: Connection
    refused

<lee@busy.example.net>: host mx.busy.example.net[192.0.2.7] said: 452 4.2.2
    <lee@busy.example.net>: Mailbox over quota (in reply to RCPT TO command)
`;

describe("notices written in each server's layout: two hosts, one refused", () => {
  const cases: [string, string, string, Facts][] = [
    [
      "Sendmail: a session under the refused host's address",
      sendmailTwoHosts,
      "ann@down.example.com",
      { replyCode: undefined, status: undefined, foreign: "quota" },
    ],
    [
      "Sendmail: the other host's own session stays its own",
      sendmailTwoHosts,
      "lee@busy.example.net",
      { replyCode: "452", status: "4.2.2", foreign: "connection refused" },
    ],
    [
      "Sendmail: a session its reason line quotes, under the next address",
      sendmailServiceUnavailable,
      "ann@other.example.com",
      { replyCode: "550", status: "5.1.1", foreign: "size" },
    ],
    [
      "Sendmail: a session that names its RCPT",
      sendmailRcptFirst,
      "ann@down.example.com",
      { replyCode: undefined, status: undefined, foreign: "talking to mx.busy" },
    ],
    [
      "Exim: the delay reason under the list names one address",
      eximWarning,
      "ann@down.example.com",
      { replyCode: undefined, status: undefined, foreign: "try again later" },
    ],
    [
      "Exim: the named address keeps its delay reason",
      eximWarning,
      "lee@busy.example.net",
      { replyCode: "451", status: "4.7.1", foreign: "down.example.com" },
    ],
    [
      "Postfix: each address's own line",
      postfixTwoHosts,
      "ann@down.example.com",
      { replyCode: undefined, status: undefined, foreign: "quota" },
    ],
  ];
  it.each(cases)("%s", (_name, text, address, facts) => {
    const { r, words } = recipientOf(text, address);
    expect([r.replyCode, r.status]).toEqual([facts.replyCode, facts.status]);
    expect(words).not.toContain(facts.foreign);
  });
});

describe("lines under a list that name each of its addresses", () => {
  it("gives each address its own line (Domino: 'User X (addr) not listed')", () => {
    const text = `From: Postmaster <postmaster@notes.example.de>
To: kim@example.org
Subject: DELIVERY FAILURE

Your message was not delivered to:

  ann@example.de
  lee@example.de

because:

  User Ann (ann@example.de) not listed in Domino Directory
  User Lee (lee@example.de) not listed in Domino Directory
`;
    expect(recipientOf(text, "ann@example.de").r.diagnostic).not.toContain("lee@");
    expect(recipientOf(text, "lee@example.de").r.diagnostic).not.toContain("ann@");
  });
});
