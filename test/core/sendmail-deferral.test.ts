// Sendmail's notices for a reply that closed the session (a 421, a deferral at MAIL FROM or at the
// end of DATA): the DSN's Diagnostic-Code is empty ("SMTP; ") or left from an earlier delivery on
// the same connection ("250 OK: message queued", with "Status: 2.0.0"), its own "addr... Deferred:
// 421-..." line keeps only a multi-line reply's first line, and no Remote-MTA is named for a reply
// at MAIL FROM. The reply is read whole from the transcript, the host from its session
// ("... while talking to HOST.:"), and the status from the reply, not the stale success. The second
// replies lab set's Sendmail 8.17 notices (test/corpus/lab-replies2, scripts/lab/replies2.ts names
// each reply's source) and notices in Sendmail's layout written here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, lookupCode } from "../../src/core";
import { sessionReplies } from "../../src/core/dialects/mta/sendmail-session";
import { replyWithoutGuess } from "../../src/core/status/senders-guess";
import { sendmailNotice } from "./sendmail-notice";

const LAB = join(__dirname, "..", "corpus", "lab-replies2", "maildir", "sendmail");

/** A delay warning in Sendmail 8.17's layout whose DSN gives `diagnostic` and `status`. */
function warning(transcript: readonly string[], diagnostic: string, status: string): Uint8Array {
  const recipients = [{ address: "kim@example.net", status, diagnostic }];
  return new TextEncoder().encode(sendmailNotice({ warning: true, transcript, recipients }));
}

function read(bytes: Uint8Array) {
  const report = analyze(bytes);
  const r = report.recipients[0];
  return {
    diagnostic: r?.diagnostic,
    status: r?.status,
    remote: r?.remoteServer,
    entry: diagnose(report).recipients[0]?.explanation.id,
  };
}
const lab = (name: string) => read(new Uint8Array(readFileSync(join(LAB, `${name}.eml`))));

describe("sessionReplies: every line of a reply and its session's host", () => {
  it("joins a multi-line reply's lines and names the host it talked to", () => {
    const [reply] = sessionReplies([
      "... while talking to gmail-smtp-in.l.google.com.:",
      ">>> DATA",
      "<<< 421-4.7.28 Gmail has detected an unusual rate of",
      "<<< 421 4.7.28 unsolicited mail. - gsmtp",
      "kim@example.net... Deferred: 421-4.7.28 Gmail has detected an unusual rate of",
    ]);
    expect(reply?.whole).toBe(
      "421-4.7.28 Gmail has detected an unusual rate of 421 4.7.28 unsolicited mail. - gsmtp",
    );
    expect(reply?.host).toBe("gmail-smtp-in.l.google.com");
  });
});

describe("Sendmail's deferral: the reply whole, its host, its status", () => {
  const MULTI = [
    "... while talking to mx.example.net.:",
    ">>> DATA",
    "<<< 421-4.7.0 Try again later, closing connection.",
    "<<< 421 4.7.0 Too many messages from your network",
    "kim@example.net... Deferred: 421-4.7.0 Try again later, closing connection.",
  ];
  const AT_MAIL = [
    "... while talking to mx.example.net.:",
    ">>> MAIL From:<sam@example.org>",
    "<<< 451 4.7.1 Sender rate limited, please slow down",
    "kim@example.net... Deferred: 451 4.7.1 Sender rate limited, please slow down",
  ];

  it("reads a multi-line reply whole where the Diagnostic-Code is empty", () => {
    expect(read(warning(MULTI, "", "4.0.0")).diagnostic).toBe(
      "421-4.7.0 Try again later, closing connection. 421 4.7.0 Too many messages from your network",
    );
  });

  it("names the host of the reply's session", () => {
    expect(read(warning(AT_MAIL, "", "4.0.0")).remote).toBe("mx.example.net");
  });

  it("reads the reply, not a stale success, and its status over 2.0.0", () => {
    const got = read(warning(AT_MAIL, "250 OK: message queued", "2.0.0"));
    expect(got.diagnostic).toBe("451 4.7.1 Sender rate limited, please slow down");
    expect(got.status).toBe("4.7.1");
  });

  it("keeps a Diagnostic-Code that is the reply", () => {
    const got = read(warning(AT_MAIL, "451 4.7.1 Sender rate limited, please slow down", "4.7.1"));
    expect(got.diagnostic).toBe("451 4.7.1 Sender rate limited, please slow down");
  });

  it.each([
    // Gmail's five-line 421 at DATA: the Deferred line keeps only its first line
    ["q14-warning", "gmail-5.7.28-url-domain-deferred", "gmail-smtp-in.l.google.com"],
    // TransIP's 421 at MAIL FROM: "250 OK: message queued" and "Status: 2.0.0" in the DSN
    ["q12-warning", "iana-4.7.0", "mx.lab.test"],
    // a 421 at DATA that closed the session: "(reason: )" and an empty Diagnostic-Code; the
    // receiver's idle-session words have their own meaning since round 62
    ["q01-expiry", "session-timeout", "mx.lab.test"],
    // Outlook.com's refusal at MAIL FROM: no Remote-MTA in the DSN
    ["q33-refusal", "outlook-com-5.7.1-block-list", "outlook-com.olc.protection.outlook.com"],
    ["q11-warning", "outlook-com-4.7.650-ip-reputation", "outlook-com.olc.protection.outlook.com"],
  ])("lab notice %s", (name, entry, remote) => {
    const got = lab(name);
    expect(got.entry).toBe(entry);
    expect(got.remote).toBe(remote);
  });
});

describe("Sendmail's 4.3.0 for a bare 451 gives way to the reply's words", () => {
  it("is a guess that says more than the reply code", () => {
    expect(replyWithoutGuess("sendmail", "4.3.0", "451 Spam email.")).toEqual({ status: "4.0.0" });
    // a bare 421 gets Sendmail's class, 4.0.0 (smtptodsn() has no case for it)
    expect(replyWithoutGuess("sendmail", "4.0.0", "421 Timeout waiting for data")).toBeUndefined();
    expect(replyWithoutGuess("postfix", "4.3.0", "451 Spam email.")).toBeUndefined();
  });

  it("lab notice q13-warning: a 451 whose words say spam", () => {
    expect(lab("q13-warning").entry).toBe("iana-4.7.1");
  });
});

// A multi-line refusal: Sendmail's Diagnostic-Code and "(reason: ...)" line give its first line
// only. The third replies lab set (test/corpus/lab-replies3, p10: an Exim callout's nine-line
// refusal, and Gmail's 5.1.1 through an alias) had the first line, or Sendmail's own lines with it.
describe("Sendmail's multi-line refusal: the reply whole from the transcript", () => {
  const failed = (transcript: readonly string[], first: string, status: string) =>
    read(
      new TextEncoder().encode(
        sendmailNotice({
          transcript,
          recipients: [{ address: "kim@example.net", status, diagnostic: first, reason: first }],
        }),
      ),
    );
  it.each([
    [
      "an Exim callout's refusal",
      [
        "550-Postmaster verification failed while checking <sam@example.org>",
        "550-Called:   192.0.2.5",
        "550-Sent:     RCPT TO:<postmaster@example.org>",
        "550-Response: 550 <postmaster@example.org>: User unknown",
        "550 Sender verify failed",
      ],
      "5.1.1",
      ["550 5.1.1 kim@example.net... User unknown", "<<< 503 Error: need RCPT command"],
    ],
    [
      "Gmail's no such user",
      [
        "550-5.1.1 The email account that you tried to reach does not exist. Please try",
        "550-5.1.1 double-checking the recipient's email address for typos or",
        "550-5.1.1 unnecessary spaces. For more information, go to",
        "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7 - gsmtp",
      ],
      "5.1.1",
      ["550 5.1.1 kim@example.net... User unknown", "<<< 503 Error: need RCPT command"],
    ],
    [
      "a two-line block at the end of DATA",
      ["554-5.7.1 Message rejected as spam.", "554 5.7.1 Contact your postmaster."],
      "5.7.1",
      ["554 5.0.0 Service unavailable"],
    ],
  ])("%s: read whole, the entry the reply alone gets", (_, lines, status, own) => {
    const transcript = [
      "... while talking to mx.example.net.:",
      ">>> DATA",
      ...lines.map((l) => `<<< ${l}`),
      ...own,
    ];
    const got = failed(transcript, lines[0] ?? "", status);
    expect(got.diagnostic).toBe(lines.map((l) => l.replace(/ {2,}/g, " ")).join(" "));
    const alone = lookupCode(status, { text: lines.join("\n"), remote: "mx.example.net" });
    expect(got.entry).toBe(alone[0]?.id);
  });
});

// Sendmail's status for a refused RCPT by reply code (5.1.1 for 550, 5.1.6 for 551, 5.1.3 for 553),
// written over the reply's own enhanced status: the reply's own stands. The third replies lab set
// (test/corpus/lab-replies3, p15: "551 5.0.0 Rejected, look at http://www.openspf.org/...").
describe("Sendmail's pairing for a reply code gives way to the reply's own status", () => {
  it.each([
    [
      "551 5.0.0 Rejected, look at http://www.openspf.org/why.html?sender=sam@example.org",
      "5.1.6",
      "5.0.0",
    ],
    ["550 5.7.1 Sender IP has a poor reputation", "5.1.1", "5.7.1"],
    ["553 5.7.1 Relaying denied", "5.1.3", "5.7.1"],
    // a reply without its own status keeps Sendmail's
    ["551 User not local; please try <kim@example.com>", "5.1.6", "5.1.6"],
  ])("%s (Status %s)", (reply, status, want) => {
    const transcript = [
      "... while talking to mx.example.net.:",
      ">>> DATA",
      `<<< ${reply}`,
      `${reply.slice(0, 3)} ${status} kim@example.net... User unknown`,
      "<<< 503 Error: need RCPT command",
    ];
    const bytes = new TextEncoder().encode(
      sendmailNotice({
        transcript,
        recipients: [{ address: "kim@example.net", status, diagnostic: reply, reason: reply }],
      }),
    );
    expect(read(bytes).status).toBe(want);
  });
});

// Sendmail's guess stood where the reply's words name no cause: "550 Permission denied" at RCPT
// read as Sendmail's "5.1.1 User unknown" (the address does not exist, yours to fix), "550 Huh?" at
// the end of DATA as its 5.2.0. The reply alone says only that it was refused: so does the notice.
// The third replies lab set (test/corpus/lab-replies3, p19 and p43).
describe("Sendmail's guess gives way where the reply's words name no cause", () => {
  const LAB3 = join(__dirname, "..", "corpus", "lab-replies3", "maildir", "sendmail");
  const alone = (reply: string) =>
    lookupCode(reply.slice(0, 3), { text: reply, remote: "mx.example.net" })[0]?.id;
  it.each([
    ["550 Permission denied", "5.1.1", "RCPT"],
    ["550 Huh?", "5.2.0", "DATA"],
    ["550 Access denied", "5.1.1", "RCPT"],
  ])("%s (Sendmail's %s at %s)", (reply, status, command) => {
    const transcript = [
      "... while talking to mx.example.net.:",
      ">>> DATA",
      `<<< ${reply}`,
      ...(command === "RCPT"
        ? [`550 ${status} kim@example.net... User unknown`, "<<< 503 Error: need RCPT command"]
        : ["554 5.0.0 Service unavailable"]),
    ];
    const notice = sendmailNotice({
      transcript,
      recipients: [{ address: "kim@example.net", status, diagnostic: reply, reason: reply }],
    });
    expect(read(new TextEncoder().encode(notice)).entry).toBe(alone(reply));
  });

  it("lab notice p05-refusal (p19: 550 Permission denied)", () => {
    const report = analyze(new Uint8Array(readFileSync(join(LAB3, "p05-refusal.eml"))));
    const i = report.recipients.findIndex((r) => r.address === "p19@lab.test");
    expect(diagnose(report).recipients[i]?.explanation.id).toBe(alone("550 Permission denied"));
  });
});

// Sendmail's 5.2.2 for a bare 552 ("mailbox full") and 5.1.3 for a bare 553 ("bad address
// syntax") claim more than the reply: "552 exceeded mailsize limit" read as the recipient's full
// mailbox, "553 host denies the sender." as a misspelt address. The reply alone is read by its
// words or its code: so is the notice. The fourth replies lab set (test/corpus/lab-replies4, o44,
// o14 and o20: Coremail's and a Chinese mail system's replies).
describe("Sendmail's 552 and 553 statuses give way to a bare reply's own reading", () => {
  const LAB4 = join(__dirname, "..", "corpus", "lab-replies4", "maildir", "sendmail");
  const alone = (reply: string) =>
    lookupCode(reply.slice(0, 3), { text: reply, remote: "mx.example.net" })[0]?.id;
  it.each([
    ["552 exceeded mailsize limit", "5.2.2", "DATA"],
    ["552 Message size exceeds fixed maximum message size", "5.2.2", "DATA"],
    ["553 host denies the sender.", "5.1.3", "RCPT"],
    ["553 Requested action not taken: Local user only", "5.1.3", "RCPT"],
  ])("%s (Sendmail's %s at %s)", (reply, status, command) => {
    const transcript = [
      "... while talking to mx.example.net.:",
      command === "RCPT" ? ">>> RCPT To:<kim@example.net>" : ">>> DATA",
      `<<< ${reply}`,
      ...(command === "RCPT"
        ? [`${reply.slice(0, 3)} ${status} kim@example.net... ${reply.slice(4)}`]
        : ["554 5.0.0 Service unavailable"]),
    ];
    const notice = sendmailNotice({
      transcript,
      recipients: [{ address: "kim@example.net", status, diagnostic: reply, reason: reply }],
    });
    expect(read(new TextEncoder().encode(notice)).entry).toBe(alone(reply));
  });

  // guards: words that say what Sendmail's status says read the same
  it.each([
    ["552 jdoe@example.net has a full mailbox", "iana-5.2.2"],
    ["552 Quota exceeded", "iana-5.2.2"],
  ])("%s", (reply, want) => {
    const transcript = ["... while talking to mx.example.net.:", ">>> DATA", `<<< ${reply}`];
    const notice = sendmailNotice({
      transcript,
      recipients: [
        { address: "kim@example.net", status: "5.2.2", diagnostic: reply, reason: reply },
      ],
    });
    expect(read(new TextEncoder().encode(notice)).entry).toBe(want);
  });

  it.each([
    ["o44-refusal", "o44@lab.test", "552 exceeded mailsize limit"],
    ["o14-refusal", "o14@lab.test", "553 Requested action not taken: Local user only"],
    ["o20-refusal", "o20@lab.test", "553 host denies the sender."],
  ])("lab notice %s", (file, address, reply) => {
    const report = analyze(new Uint8Array(readFileSync(join(LAB4, `${file}.eml`))));
    const i = report.recipients.findIndex((r) => r.address === address);
    expect(diagnose(report).recipients[i]?.explanation.id).toBe(alone(reply));
  });
});
