// MTA dialect decoders on real corpus bounces, through the whole engine: which decoder read it,
// and each recipient's address, status and reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { textBlocks } from "../../src/core/dialects/common/text-bounce";

const DIR = join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd");

type Row = readonly [address: string, status: string | null, reason: string];
type Case = readonly [file: string, dialect: string, recipients: readonly Row[]];

const cases: readonly Case[] = [
  ["lhost-postfix-75.eml", "postfix", [["kijitora@libsisimai.net", "4.3.0", "systemerror"]]],
  ["lhost-powermta-01.eml", "powermta", [["kijitora@example.jp", "5.2.1", "userunknown"]]],
  ["lhost-activehunter-01.eml", "sendmail", [["kijitora@example.org", "5.1.1", "userunknown"]]],
  ["lhost-sendmail-01.eml", "sendmail", [["userunknown@bouncehammer.jp", "5.1.1", "userunknown"]]],
  // the member of the list bounce0@ (X-Actual-Recipient) failed, not the list (Final-Recipient)
  ["lhost-sendmail-03.eml", "sendmail", [["userunknown@example.co.jp", "5.1.1", "userunknown"]]],
  [
    "lhost-amazonses-09.eml",
    "amazonses",
    [["bounce@simulator.amazonses.com", "5.1.1", "userunknown"]],
  ],
  [
    "lhost-amazonses-11.eml",
    "amazonses",
    [["complaint@simulator.amazonses.com", null, "feedback"]],
  ],
  [
    "lhost-amazonses-13.eml",
    "amazonses",
    [["complaint@simulator.amazonses.com", "2.6.0", "delivered"]],
  ],
  ["lhost-aol-05.eml", "postfix", [["nyan@haineko.org", "5.4.4", "hostunknown"]]],
  ["lhost-postfix-01.eml", "postfix", [["r@p351355.pool.example.ne.jp", "5.1.1", "mailererror"]]],
  [
    "lhost-apachejames-01.eml",
    "apachejames",
    [["000000000000@vtext.example.com", null, "userunknown"]],
  ],
  ["lhost-biglobe-01.eml", "text", [["postmaster@mxr.biglobe.ne.jp", null, "mailboxfull"]]],
  ["lhost-kddi-01.eml", "text", [["kijitora@x0000000000000.dion.ne.jp", null, "mailboxfull"]]],
  ["lhost-kddi-03.eml", "text", [["kijitora@00000000000000.dion.ne.jp", null, "mailboxfull"]]],
  ["lhost-domino-01.eml", "notes", [["kijitora@example.jp", null, "userunknown"]]],
  ["lhost-notes-01.eml", "notes", [["kijitora@u1.example.co.jp", null, "onhold"]]],
  ["lhost-notes-03.eml", "notes", [["kijitora@example.com", null, "userunknown"]]],
  [
    "lhost-dragonfly-01.eml",
    "dragonfly",
    [["pseudo-local-part@google.example.com", "5.7.26", "authfailure"]],
  ],
  [
    "lhost-dragonfly-03.eml",
    "dragonfly",
    [["pseudo-local-part@yahoo-inc.example.com", "5.7.9", "policyviolation"]],
  ],
  [
    "lhost-dragonfly-05.eml",
    "dragonfly",
    [["authfailure@libsisimai.net", "5.7.26", "authfailure"]],
  ],
  ["lhost-einsundeins-03.eml", "exim", [["xxxx@xxxx.fr", "5.2.0", "spamdetected"]]],
  ["lhost-exim-01.eml", "exim", [["kijitora@example.ed.jp", "5.7.0", "blocked"]]],
  ["lhost-exim-03.eml", "exim", [["kijitora@example.or.jp", "5.7.0", "policyviolation"]]],
  [
    "lhost-ezweb-01.eml",
    "ezweb",
    [["this-message-rejected-by-the-domain-filter@ezweb.ne.jp", null, "filtered"]],
  ],
  [
    "lhost-ezweb-03.eml",
    "ezweb",
    [["this-local-part-does-not-exist-on-the-site@ezweb.ne.jp", null, "suspend"]],
  ],
  [
    "lhost-ezweb-05.eml",
    "ezweb",
    [["this-local-part-does-not-exist-on-the-server@ezweb.ne.jp", null, "expired"]],
  ],
  ["lhost-fml-03.eml", "fml", [["neko@example.co.jp", null, "systemerror"]]],
  ["lhost-gmail-01.eml", "gmail", [["userunknown@example.jp", "5.1.1", "userunknown"]]],
  ["lhost-gmail-03.eml", "gmail", [["kijitora@example.co.jp", "5.7.0", "filtered"]]],
  ["lhost-gmail-05.eml", "gmail", [["shironeko@example.jp", "5.7.1", "securityerror"]]],
  [
    "lhost-googlegroups-01.eml",
    "googlegroups",
    [["libsisimai@googlegroups.com", null, "rejected"]],
  ],
  [
    "lhost-googlegroups-03.eml",
    "googlegroups",
    [["libsisimai@googlegroups.com", null, "rejected"]],
  ],
  [
    "lhost-googlegroups-05.eml",
    "googlegroups",
    [["libsisimai@googlegroups.com", null, "rejected"]],
  ],
  ["lhost-imailserver-01.eml", "imailserver", [["kijitora@example.com", null, "userunknown"]]],
  [
    "lhost-imailserver-03.eml",
    "imailserver",
    [["kijitora@neko.example.co.jp", null, "userunknown"]],
  ],
  [
    "lhost-opensmtpd-01.eml",
    "opensmtpd",
    [["apdugoaidugoaidugoaeiudggadi@gmail.com", "5.1.1", "userunknown"]],
  ],
  ["lhost-opensmtpd-03.eml", "opensmtpd", [["kijitora@neko.example.jp", null, "hostunknown"]]],
  ["lhost-opensmtpd-05.eml", "opensmtpd", [["kijitora@mail.example.co.jp", null, "expired"]]],
  ["lhost-qmail-01.eml", "qmail", [["kijitora@example.ne.jp", "5.5.0", "userunknown"]]],
  ["lhost-qmail-03.eml", "qmail", [["kijitora@example.org", "5.7.1", "rejected"]]],
  ["lhost-qmail-05.eml", "qmail", [["kijitora@example.net", "4.4.3", "systemerror"]]],
  ["lhost-verizon-01.eml", "verizon", [["0000000000@vzwpix.com", null, "userunknown"]]],
];

describe("MTA dialects on corpus bounces", () => {
  test.each(cases)("%s is read by %s", (file, dialect, expected) => {
    const report = analyze(new Uint8Array(readFileSync(join(DIR, file))));
    expect(report.dialect).toBe(dialect);
    expect(report.recipients.map((r) => [r.address, r.status ?? null, r.reason])).toEqual(expected);
  });

  test("evidence names the decoder's report and the diagnostic line", () => {
    const report = analyze(new Uint8Array(readFileSync(join(DIR, "lhost-qmail-01.eml"))));
    const facts = report.recipients[0]?.evidence.map((e) => e.fact) ?? [];
    expect(facts).toEqual(expect.arrayContaining(["address", "diagnostic", "reason"]));
  });
});

/** A minimal text bounce: the layouts below are those MTAs' well-known report shapes. */
const bounce = (from: string, subject: string, body: string): string =>
  `From: ${from}\nTo: sender@example.org\nSubject: ${subject}\nContent-Type: text/plain; charset=utf-8\n\n${body}`;

type Layout = readonly [name: string, message: string, expected: Row & readonly unknown[]];

const layouts: readonly Layout[] = [
  [
    "Courier, no status part",
    bounce(
      "Courier mail server at mx.example.org <postmaster@mx.example.org>",
      "NOTICE: mail delivery status.",
      [
        "Your message to the following recipients cannot be delivered:",
        "",
        "<kijitora@example.co.jp>:",
        "    mx.example.co.jp [192.0.2.95]:",
        ">>> RCPT TO:<kijitora@example.co.jp>",
        "<<< 550 5.1.1 <kijitora@example.co.jp>... User Unknown",
      ].join("\n"),
    ),
    ["kijitora@example.co.jp", "5.1.1", "userunknown"],
  ],
  [
    "Domino, the reason under the address",
    bounce(
      "Postmaster <postmaster@example.net>",
      "DELIVERY FAILURE: User some.name not listed in Domino Directory",
      [
        "Your message",
        "",
        "  Subject: Test",
        "",
        "was not delivered to:",
        "",
        "  kijitora@example.net",
        "",
        "because:",
        "",
        "  User some.name (kijitora@example.net) not listed in Domino Directory",
      ].join("\n"),
    ),
    ["kijitora@example.net", null, "userunknown"],
  ],
  [
    "MailMarshal, the reason before the addresses",
    bounce(
      "MailMarshal <postmaster@example.com>",
      "Undeliverable Mail",
      [
        "Your message:",
        "   From:    sender@example.org",
        "   Subject: Test",
        "",
        "Could not be delivered because of",
        "",
        "550 5.1.1 User unknown",
        "",
        "The following recipients were affected:",
        "    dummyuser@example.com",
      ].join("\n"),
    ),
    ["dummyuser@example.com", "5.1.1", "userunknown"],
  ],
  [
    "Postfix text part alone",
    bounce(
      "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
      "Undelivered Mail Returned to Sender",
      [
        "This is the mail system at host mx.example.org.",
        "",
        "                   The mail system",
        "",
        "<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1",
        "    <kijitora@example.jp>: Recipient address rejected: User unknown in local",
        "    recipient table (in reply to RCPT TO command)",
      ].join("\n"),
    ),
    ["kijitora@example.jp", "5.1.1", "userunknown"],
  ],
  [
    "Japanese report",
    bounce(
      "MAILER-DAEMON@example.ne.jp",
      "配信エラー",
      "次のあて先へのメッセージはエラーのため送信できませんでした。\n\nkijitora@example.jp\n  552 5.2.2 メールボックスがいっぱいです\n",
    ),
    ["kijitora@example.jp", "5.2.2", "mailboxfull"],
  ],
];

describe("MTA layouts not in the corpus", () => {
  test.each(layouts)("%s", (_name, message, expected) => {
    const report = analyze(message);
    expect(report.kind).toBe("failed");
    expect(report.recipients.map((r) => [r.address, r.status ?? null, r.reason])).toEqual([
      expected,
    ]);
  });

  test("the sender's own address in the report is not a failed recipient", () => {
    const report = analyze(layouts[2]?.[1] ?? "");
    expect(report.recipients.map((r) => r.address)).not.toContain("sender@example.org");
  });

  test("the remote host is read from Courier's host line", () => {
    expect(analyze(layouts[0]?.[1] ?? "").recipients[0]?.remoteServer).toBe("mx.example.co.jp");
  });
});

describe("Courier's delay warning (its DSN part has only Status 4.0.0)", () => {
  // Real notices of the bounce lab: the host, the command and the reply come from the text.
  const LAB = join(__dirname, "..", "corpus", "lab", "maildir", "courier");
  const cases: readonly (readonly [string, string, string, string])[] = [
    ["gmail-ratelimit-warning.eml", "gmail-smtp-in.l.google.com", "DATA", "4.7.28"],
    ["greylist-warning.eml", "mx.lab.test", "RCPT", "4.2.0"],
    ["yahoo-busy-warning.eml", "mta5.am0.yahoodns.net", "MAIL", "4.7.0"],
  ];
  test.each(cases)("%s", (file, host, command, status) => {
    const report = analyze(new Uint8Array(readFileSync(join(LAB, file))));
    expect(report.dialect).toBe("courier");
    const [r] = report.recipients;
    expect([r?.action, r?.remoteServer, r?.command, r?.status]).toEqual([
      "delayed",
      host,
      command,
      status,
    ]);
  });
});

describe("a sending server's own refusal names the receiver it measured against", () => {
  // Postfix refuses a message beyond the receiver's EHLO SIZE itself, before sending it
  // (lab-filters): "message size N exceeds size limit M of server HOST[IP]".
  test("Postfix's SIZE refusal", () => {
    const file = join(
      __dirname,
      "..",
      "corpus",
      "lab-filters",
      "maildir",
      "postfix",
      "f-big-refusal.eml",
    );
    const [r] = analyze(new Uint8Array(readFileSync(file))).recipients;
    expect([r?.remoteServer, r?.status, r?.reason]).toEqual([
      "mx.hosted.lab.test",
      "5.3.4",
      "mesgtoobig",
    ]);
  });
});

describe("the shared address-block reader", () => {
  test("Exim-like blocks, with repeats merged", () => {
    const text = [
      "The following address(es) failed:",
      "",
      "  a@example.org",
      "    SMTP error from remote mail server after RCPT TO:<a@example.org>:",
      "    host mx.example.org [192.0.2.1]: 550 5.1.1 User unknown",
      "",
      "  a@example.org",
      "    retry timeout exceeded",
      "------ This is a copy of the message, including all the headers. ------",
      "To: b@example.org",
    ].join("\n");
    const blocks = textBlocks(text, { start: ["address(es) failed"] });
    expect(blocks.map((b) => b.address)).toEqual(["a@example.org"]);
    expect(blocks[0]?.lines).toHaveLength(3);
  });

  test("Postfix, Sendmail and 'reason: address' lines", () => {
    const text = [
      "<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command)",
      "550 5.2.2 <b@example.org>... Mailbox full",
      "Unknown user: c@example.org",
      '"d@example.org":',
      "SMTP error from remote server after RCPT command:",
    ].join("\n");
    const blocks = textBlocks(text, {});
    expect(blocks.map((b) => b.address)).toEqual([
      "a@example.org",
      "b@example.org",
      "c@example.org",
      "d@example.org",
    ]);
    expect(blocks[1]?.lines[0]).toBe("550 5.2.2 <b@example.org>... Mailbox full");
  });

  test.each([
    // chasquid: the address quoted, a note in brackets, the error under it
    [
      ['- "a@example.org" (EMAIL) failed with error:', "    550 5.1.1 No such user"],
      "550 5.1.1 No such user",
    ],
    // Maddy's human part: the error on the line
    [
      ["Delivery to a@example.org failed with error: 552 5.2.2 Mailbox full"],
      "552 5.2.2 Mailbox full",
    ],
    [['* "a@example.org" failed permanently:', "  554 5.7.1 Rejected"], "554 5.7.1 Rejected"],
  ])("'addr ... failed with error:' lines: %j", (lines, error) => {
    const text = [...lines, "", '- "b@example.org" (EMAIL) failed with error:', "  550 5.1.1 Gone"];
    const blocks = textBlocks(text.join("\n"), {});
    expect(blocks.map((b) => [b.address, b.lines])).toEqual([
      ["a@example.org", [error]],
      ["b@example.org", ["550 5.1.1 Gone"]],
    ]);
  });

  test("a long hostile line is read without error", () => {
    const text = "<" + "a".repeat(200_000) + "@" + "b.".repeat(200_000) + ">: 550";
    expect(Array.isArray(textBlocks(text, {}))).toBe(true);
  });
});

// Postfix folds a long reply under its recipient line with an indent; a folded line that opens
// with an address the reply quotes ("    <john.smith@domain.com> sender rejected (in reply to
// MAIL FROM command)", Forpsi's refusal in the fourth replies lab set, test/corpus/lab-replies4,
// o31) goes on the error: it names no other recipient, and the reply and its command are read
// whole.
describe("Postfix's folded reply lines that open with an address", () => {
  const notice = (folded: readonly string[]) =>
    bounce(
      "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
      "Undelivered Mail Returned to Sender",
      [
        "This is the mail system at host mx.example.org.",
        "",
        "                   The mail system",
        "",
        ...folded,
      ].join("\n"),
    );
  test.each([
    [
      [
        "<ok@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.0",
        "    <john.smith@example.com> sender rejected (in reply to MAIL FROM command)",
      ],
      "550 5.1.0 <john.smith@example.com> sender rejected",
      "MAIL",
    ],
    [
      [
        "<kim@example.net>: host mx.example.net[192.0.2.1] said: 554 5.7.1",
        "    <sam@example.org>: Sender address rejected: Access denied (in reply to",
        "    RCPT TO command)",
      ],
      "554 5.7.1 <sam@example.org>: Sender address rejected: Access denied",
      "RCPT",
    ],
  ])("%j", (folded, reply, command) => {
    const report = analyze(notice(folded));
    expect(report.recipients.map((r) => r.address)).toEqual([
      folded[0]?.slice(1, folded[0].indexOf(">")),
    ]);
    expect(report.recipients[0]?.diagnostic).toContain(reply);
    expect(report.recipients[0]?.command).toBe(command);
  });

  test("lab notice o31: the reply's command, as Sendmail's and Courier's notices give it", () => {
    const file = join(
      __dirname,
      "..",
      "corpus",
      "lab-replies4",
      "maildir",
      "postfix",
      "o31-refusal.eml",
    );
    const [r] = analyze(new Uint8Array(readFileSync(file))).recipients;
    expect([r?.address, r?.command]).toEqual(["ok@lab.test", "MAIL"]);
  });
});
