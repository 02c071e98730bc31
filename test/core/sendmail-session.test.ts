// The reply code and SMTP command of a Sendmail notice (src/core/dialects/mta/sendmail-session.ts):
// the receiver's reply is the "<<< " lines, not Sendmail's own line after them ("554 5.0.0 Service
// unavailable", "550 5.1.1 <addr>... User unknown"); under PIPELINING a RCPT's reply comes after
// ">>> DATA", and only the last reply there can be DATA's own. Lab notices (test/corpus/lab,
// lab-replies: Sendmail 8.17 against the lab's receivers) and notices in its layout written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sendmailNotice } from "./sendmail-notice";
import { analyze } from "../../src/core";
import { sessionReplies } from "../../src/core/dialects/mta/sendmail-session";

const CORPUS = join(__dirname, "..", "corpus");

describe("sessionReplies: the receiver's replies in a Sendmail transcript", () => {
  const cases: [string, string[], [string, string | undefined, string | undefined][]][] = [
    [
      "a RCPT sent alone",
      [
        ">>> RCPT To:<kim@example.net>",
        "<<< 550 no such user here",
        "550 5.1.1 <kim@example.net>... User unknown",
      ],
      [["550", "RCPT", "kim@example.net"]],
    ],
    [
      "pipelined RCPTs after >>> DATA, then DATA's own reply",
      [
        ">>> DATA",
        "<<< 553 no such mailbox here",
        "550 5.1.1 <kim@example.net>... User unknown",
        "<<< 452 4.2.2 over quota",
        "lee@example.net... Deferred: 452 4.2.2 over quota",
        "<<< 554 5.5.1 Error: no valid recipients",
      ],
      [
        ["553", "RCPT", "kim@example.net"],
        ["452", "RCPT", "lee@example.net"],
        ["554", "DATA", undefined],
      ],
    ],
    [
      "the end of data: the only reply after >>> DATA",
      [">>> DATA", "<<< 552 Message size exceeds maximum", "554 5.0.0 Service unavailable"],
      [["552", "DATA", undefined]],
    ],
    [
      "the last reply after >>> DATA that Sendmail calls User unknown: a RCPT's",
      [">>> DATA", "<<< 550 unknown recipient", "550 5.1.1 kim@example.net... User unknown"],
      [["550", "RCPT", "kim@example.net"]],
    ],
    [
      "MAIL, Sendmail's own code after it",
      [
        ">>> MAIL From:<sam@example.org> SIZE=120",
        "<<< 553 sorry, your IP is listed",
        "501 5.6.0 Data format error",
      ],
      [["553", "MAIL", undefined]],
    ],
    [
      "the greeting: no command sent yet",
      [
        "... while talking to mx.example.net.:",
        "<<< 554 mx.example.net not accepting mail",
        "554 5.0.0 Service unavailable",
      ],
      [["554", "CONN", undefined]],
    ],
    [
      "a multi-line reply, and another delivery's line after DATA's reply",
      [
        ">>> DATA",
        "<<< 550-5.1.1 The account does not exist.",
        "<<< 550 5.1.1 Please check the address.",
        "550 5.1.1 kim@example.net... User unknown",
        "<<< 503 Error: need RCPT command",
        "lee@example.com... Deferred: Connection refused by example.com.",
      ],
      [
        ["550", "RCPT", "kim@example.net"],
        ["503", "DATA", undefined],
      ],
    ],
  ];
  it.each(cases)("%s", (_name, lines, expected) => {
    expect(sessionReplies(lines).map((r) => [r.code, r.command, r.recipient])).toEqual(expected);
  });

  it("keeps the reply's first line, squeezed, as the DSN gives it", () => {
    expect(sessionReplies([">>> DATA", "<<< 550 5.7.1  blocked   here"])[0]?.first).toBe(
      "550 5.7.1 blocked here",
    );
  });
});

/** Each recipient's address, reply code and command as reported. */
function facts(bytes: Uint8Array): [string, string | undefined, string | undefined][] {
  return analyze(bytes).recipients.map((r) => [r.address, r.replyCode, r.command]);
}

describe("lab notices: the receiver's code and the command it answered", () => {
  const cases: [string, [string, string | undefined, string | undefined][]][] = [
    // Sendmail's "554 5.0.0 Service unavailable" after the receiver's "550 Message too big!"
    ["lab-replies/maildir/sendmail/r43-refusal.eml", [["r43@lab.test", "550", "DATA"]]],
    // a 553 to a pipelined RCPT; Sendmail's own line says "550 5.1.1 ... User unknown"
    ["lab-replies/maildir/sendmail/r38-refusal.eml", [["r38@lab.test", "553", "RCPT"]]],
    // a 553 to MAIL; Sendmail's own "501 5.6.0 Data format error"
    ["lab-replies/maildir/sendmail/r37-refusal.eml", [["ok@lab.test", "553", "MAIL"]]],
    ["lab-replies/maildir/sendmail/r13-refusal.eml", [["ok@lab.test", "503", "MAIL"]]],
    ["lab/maildir/sendmail/unknown-refusal.eml", [["unknown@lab.test", "550", "RCPT"]]],
    [
      // four hosts, each a pipelined RCPT refused; Yahoo's 554 named by the DSN only
      "lab/maildir/sendmail/mixed-four-unknown-refusal.eml",
      [
        ["gmail-nouser@gmail.lab.test", "550", "RCPT"],
        ["icloud-nouser@icloud.lab.test", "550", "RCPT"],
        ["unknown@lab.test", "550", "RCPT"],
        ["yahoo-nouser@yahoo.lab.test", "554", "RCPT"],
      ],
    ],
    // Sendmail's own "550 Host unknown": no receiver's reply, no command
    [
      "lab/maildir/sendmail/mixed-greylist-refused-nx-refusal.eml",
      [["user@nx.lab.test", "550", undefined]],
    ],
    [
      "lab/maildir/sendmail/mixed-two-domains-tls-refusal.eml",
      [
        ["unknown@lab.test", "550", "RCPT"],
        ["unknown@other.lab.test", "550", "RCPT"],
        ["user@tls.lab.test", "530", "MAIL"],
      ],
    ],
  ];
  it.each(cases)("%s", (file, expected) => {
    const found = facts(readFileSync(join(CORPUS, file)));
    expect(found).toEqual(expect.arrayContaining(expected));
  });
});

/** A failure notice: the failed addresses with their replies, and the transcript's lines. */
function failure(transcript: readonly string[], dsn: readonly [string, string][]): Uint8Array {
  const recipients = dsn.map(([address, reply]) => ({
    address,
    reason: reply,
    status: `${reply[0]}.0.0`,
    diagnostic: reply,
    remote: "mx.example.net",
  }));
  const notice = sendmailNotice({
    transcript: ["... while talking to mx.example.net.:", ...transcript],
    recipients,
  });
  return Buffer.from(notice);
}

describe("notices in Sendmail's layout", () => {
  it("reads each pipelined RCPT's reply as RCPT's, and the end of data's as DATA's", () => {
    const notice = failure(
      [
        ">>> DATA",
        "<<< 551 User not local; please try <kim@example.com>",
        "551 5.1.6 <kim@example.net>... User has moved",
        "<<< 553 no such mailbox",
        "550 5.1.1 <lee@example.net>... User unknown",
      ],
      [
        ["kim@example.net", "551 User not local; please try <kim@example.com>"],
        ["lee@example.net", "553 no such mailbox"],
      ],
    );
    expect(facts(notice)).toEqual([
      ["kim@example.net", "551", "RCPT"],
      ["lee@example.net", "553", "RCPT"],
    ]);
  });

  it("takes the receiver's code at the end of data, not Sendmail's 554", () => {
    const notice = failure(
      [">>> DATA", "<<< 552 Message size exceeds maximum", "554 5.0.0 Service unavailable"],
      [["kim@example.net", "552 Message size exceeds maximum"]],
    );
    expect(facts(notice)).toEqual([["kim@example.net", "552", "DATA"]]);
  });

  it("gives a recipient Sendmail refused itself the DSN's code and no other delivery's command", () => {
    const notice = failure(
      [
        ">>> DATA",
        "<<< 450 4.2.0 <kim@example.net>: Recipient address rejected: Greylisted",
        "kim@example.net... Deferred: 450 4.2.0 <kim@example.net>: Recipient address rejected: Greylisted",
        "550 5.1.2 lee@nx.example... Host unknown (Name server: nx.example: host not found)",
      ],
      [["lee@nx.example", "550 Host unknown"]],
    );
    expect(facts(notice)).toEqual([["lee@nx.example", "550", undefined]]);
  });
});
