// Whole bounces written for this test, one per receiver table added with them (NetEase, Comcast,
// Yandex, T-Online): a Postfix DSN, two Exchange Online NDRs (the classic and the current layout)
// and an Exim bounce with no DSN part, each carrying the receiver's refusal as its published texts
// word it, with example.* senders. The
// receiver's meaning is shown, with its owner, and not the registry's meaning of the bare code.
import { analyze, diagnose, lookupCode } from "../../../src/core";
import type { Explanation } from "../../../src/core/types";

const SENDER = "sam@example.com";
const IP = "198.51.100.23";

function explain(raw: string): Explanation | undefined {
  return diagnose(analyze(raw)).recipients[0]?.explanation;
}

/** Postfix on mail.example.net, refused by NetEase's MX at end of DATA. */
const NETEASE_POSTFIX = [
  "From: MAILER-DAEMON@mail.example.net (Mail Delivery System)",
  `To: ${SENDER}`,
  "Date: Tue, 17 Nov 2026 10:15:02 +0800",
  "Subject: Undelivered Mail Returned to Sender",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B7F2A40C21.1763345702/mail.example.net"',
  "",
  "--B7F2A40C21.1763345702/mail.example.net",
  "Content-Description: Notification",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "This is the mail system at host mail.example.net.",
  "",
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  "",
  "                   The mail system",
  "",
  "<wei.zhang@163.com>: host 163mx02.mxmail.netease.com[192.0.2.141] said: 554",
  `    DT:SPM 163 mx32,O8CowAC3Xl8xw5pnTQ2sAQ--.41177S2 1763345701, please see`,
  `    http://mail.163.com/help/help_spam_16.htm?ip=${IP}&hostid=mx32&time=1763345701`,
  "    (in reply to end of DATA command)",
  "",
  "--B7F2A40C21.1763345702/mail.example.net",
  "Content-Description: Delivery report",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mail.example.net",
  "X-Postfix-Queue-ID: B7F2A40C21",
  `X-Postfix-Sender: rfc822; ${SENDER}`,
  "Arrival-Date: Tue, 17 Nov 2026 10:14:58 +0800",
  "",
  "Final-Recipient: rfc822; wei.zhang@163.com",
  "Original-Recipient: rfc822;wei.zhang@163.com",
  "Action: failed",
  "Status: 5.0.0",
  "Remote-MTA: dns; 163mx02.mxmail.netease.com",
  "Diagnostic-Code: smtp; 554 DT:SPM 163 mx32,O8CowAC3Xl8xw5pnTQ2sAQ--.41177S2",
  `    1763345701, please see http://mail.163.com/help/help_spam_16.htm?ip=${IP}&hostid=mx32&time=1763345701`,
  "",
  "--B7F2A40C21.1763345702/mail.example.net",
  "Content-Description: Undelivered Message Headers",
  "Content-Type: text/rfc822-headers",
  "",
  `From: Sam <${SENDER}>`,
  "To: wei.zhang@163.com",
  "Subject: Shipping schedule",
  "Date: Tue, 17 Nov 2026 10:14:57 +0800",
  "Message-ID: <shipping.0117@example.com>",
  "",
  "--B7F2A40C21.1763345702/mail.example.net--",
  "",
].join("\r\n");

/** Exchange Online's classic NDR: Comcast refused the connection with its BL000000 code. */
const COMCAST_EXO = [
  "From: Microsoft Outlook <postmaster@example.onmicrosoft.com>",
  `To: <${SENDER}>`,
  "Date: Tue, 17 Nov 2026 15:40:12 +0000",
  "Subject: Undeliverable: Invoice 2291",
  "X-MS-Exchange-Message-Is-Ndr:",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="exo-comcast-0001"',
  "",
  "--exo-comcast-0001",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "Delivery has failed to these recipients or groups:",
  "",
  "pat.jones@comcast.net",
  "Your message couldn't be delivered. The error the server returned is shown below.",
  "",
  "Diagnostic information for administrators:",
  "",
  "Generating server: DM6PR05MB4321.namprd05.prod.outlook.com",
  "Receiving server: mx1.comcast.net (96.114.157.80)",
  "",
  "pat.jones@comcast.net",
  `Remote Server returned '554 5.7.1 resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net comcast ${IP} Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000'`,
  "",
  "--exo-comcast-0001",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;DM6PR05MB4321.namprd05.prod.outlook.com",
  "Received-From-MTA: dns;DM6PR05MB4321.namprd05.prod.outlook.com",
  "Arrival-Date: Tue, 17 Nov 2026 15:40:09 +0000",
  "",
  "Final-Recipient: rfc822;pat.jones@comcast.net",
  "Action: failed",
  "Status: 5.7.1",
  "Remote-MTA: dns;mx1.comcast.net",
  `Diagnostic-Code: smtp;554 5.7.1 resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net comcast ${IP} Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000`,
  "",
  "--exo-comcast-0001",
  "Content-Type: text/rfc822-headers",
  "",
  `From: Sam <${SENDER}>`,
  "To: Pat Jones <pat.jones@comcast.net>",
  "Subject: Invoice 2291",
  "Date: Tue, 17 Nov 2026 15:40:08 +0000",
  "Message-ID: <invoice.2291@example.com>",
  "",
  "--exo-comcast-0001--",
  "",
].join("\r\n");

/** Exchange Online's current layout: Yandex's "No such user!" under the catch-all 5.7.1. */
const YANDEX_EXO = [
  "From: Microsoft Outlook <postmaster@example.onmicrosoft.com>",
  `To: <${SENDER}>`,
  "Date: Wed, 18 Nov 2026 08:05:40 +0000",
  "Subject: Undeliverable: Meeting notes",
  "X-MS-Exchange-Message-Is-Ndr:",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="exo-yandex-0001"',
  "",
  "--exo-yandex-0001",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "Your message to olga.petrova@yandex.ru couldn't be delivered.",
  "",
  "yandex.ru suspects your message is spam and rejected it.",
  "",
  "sam\tOffice 365\tyandex.ru",
  "Action Required\t\t\tRecipient",
  "",
  "More info for email admins",
  "Status code: 550 5.7.1",
  "",
  "This error was reported by a server outside Office 365.",
  "",
  "Original Message Details",
  "Created Date:\t11/18/2026 8:05:37 AM",
  `Sender Address:\t${SENDER}`,
  "Recipient Address:\tolga.petrova@yandex.ru",
  "Subject:\tMeeting notes",
  "",
  "Error Details",
  "Reported error:\t550 5.7.1 No such user!",
  "DSN generated by:\tAS8PR04MB9123.eurprd04.prod.outlook.com",
  "Remote server:\tmx.yandex.ru",
  "",
  "--exo-yandex-0001",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;AS8PR04MB9123.eurprd04.prod.outlook.com",
  "Arrival-Date: Wed, 18 Nov 2026 08:05:37 +0000",
  "",
  "Final-Recipient: rfc822;olga.petrova@yandex.ru",
  "Action: failed",
  "Status: 5.7.1",
  "Remote-MTA: dns;mx.yandex.ru",
  "Diagnostic-Code: smtp;550 5.7.1 No such user!",
  "",
  "--exo-yandex-0001",
  "Content-Type: text/rfc822-headers",
  "",
  `From: Sam <${SENDER}>`,
  "To: Olga Petrova <olga.petrova@yandex.ru>",
  "Subject: Meeting notes",
  "Date: Wed, 18 Nov 2026 08:05:36 +0000",
  "Message-ID: <notes.1118@example.com>",
  "",
  "--exo-yandex-0001--",
  "",
].join("\r\n");

/** Exim on mail.example.org, no DSN part: T-Online refused the connection with (NOWL). */
const TONLINE_EXIM = [
  "From: Mail Delivery System <Mailer-Daemon@mail.example.org>",
  `To: ${SENDER}`,
  "Date: Thu, 19 Nov 2026 11:20:31 +0100",
  "Subject: Mail delivery failed: returning message to sender",
  "Auto-Submitted: auto-replied",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  lena.schmidt@t-online.de",
  "    host mx00.t-online.de [194.25.134.8]",
  "    SMTP error from remote mail server after initial connection:",
  `    554 IP=${IP} - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)`,
  "",
  "------ This is a copy of the message's headers. ------",
  "",
  `From: Sam <${SENDER}>`,
  "To: lena.schmidt@t-online.de",
  "Subject: Angebot 4471",
  "Date: Thu, 19 Nov 2026 11:20:29 +0100",
  "Message-ID: <angebot.4471@example.com>",
  "",
].join("\n");

test.each([
  ["NetEase DT:SPM in a Postfix DSN", NETEASE_POSTFIX, "5.0.0", "netease-spam", "your-admin", IP],
  [
    "Comcast BL000000 in Exchange Online's classic NDR",
    COMCAST_EXO,
    "5.7.1",
    "comcast-spam-patterns",
    "your-admin",
    IP,
  ],
  [
    "T-Online (NOWL) in an Exim bounce",
    TONLINE_EXIM,
    "5.0.0",
    "t-online-no-reputation",
    "your-admin",
    IP,
  ],
  [
    "Yandex No such user! in Exchange Online's current NDR",
    YANDEX_EXO,
    "5.7.1",
    "yandex-user-unknown",
    "you",
    "Yandex",
  ],
])(
  "%s: the receiver's meaning and owner, not the registry's",
  (_name, raw, status, id, owner, fact) => {
    const e = explain(raw);
    expect(e?.id).toBe(id);
    expect(e?.owner).toBe(owner);
    expect(e?.source).toBe("provider");
    expect(id.startsWith(`${e?.provider?.id ?? "?"}-`)).toBe(true);
    // The registry's meaning of the bare code is something else, and it is not what is shown.
    const registry = lookupCode(status).find((entry) => entry.source === "iana");
    expect(registry).toBeDefined();
    expect(e?.id).not.toBe(registry?.id);
    expect(e?.summary.en).not.toBe(registry?.summary.en);
    expect(`${e?.summary.en ?? ""} ${e?.cause.en ?? ""}`).toContain(fact);
  },
);

test("the Yandex refusal offers to resend to a corrected address; the blocks do not", () => {
  expect(explain(YANDEX_EXO)?.actions).toContain("resend-corrected-address");
  expect(explain(COMCAST_EXO)?.actions).not.toContain("resend-corrected-address");
  expect(explain(COMCAST_EXO)?.actions).toContain("request-delisting");
  expect(explain(NETEASE_POSTFIX)?.actions).not.toContain("resend-corrected-address");
});
