// What the copied help-desk summary carries, in both languages, on test bounces (the h-actions
// audit, REVIEW.md "Actions audit"): besides recipient, status, reply, servers, date, meaning and
// owner, the report's own lines the pane lists as evidence (named as the pane names them), and the
// original's Message-ID and date, which a message trace searches by and which are the only date a
// report pasted without its header keeps. On main the 20 sampled summaries had none of these lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, helpDeskSummary, type Lang } from "../../src/core";

const FIXTURES = join(__dirname, "..", "fixtures");

const CASES: readonly (readonly [string, Lang, readonly string[]])[] = [
  [
    "exchange-online/exo-de-5.1.1-remote-user-unknown.eml",
    "en",
    [
      "Original sent: Tue, 11 Nov 2025 10:12:02 +0000",
      "Original Message-ID: <FR2P281MB0099C0FFEE0123456789ABCDEF@FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM>",
      "  What the report says:",
      "    Diagnostic-Code (delivery status): smtp;550 5.1.1 <jonas@fabrikam.de>: Recipient address rejected: User unknown in virtual mailbox table",
      "    Remote-MTA (delivery status): dns;mail.fabrikam.de",
    ],
  ],
  [
    "exchange-online/exo-de-5.1.1-remote-user-unknown.eml",
    "ja",
    [
      "元のメッセージの送信日時: Tue, 11 Nov 2025 10:12:02 +0000",
      "  レポートの記載内容:",
      "    Diagnostic-Code (配信ステータス): smtp;550 5.1.1 <jonas@fabrikam.de>: Recipient address rejected: User unknown in virtual mailbox table",
    ],
  ],
  // pasted without its header: the original's date is the only one
  [
    "pasted/templates--qmail-remote-does-not-like--copy.txt",
    "en",
    [
      "Original sent: Tue, 3 Jun 2008 09:55:30 +0200",
      "Original Message-ID: <890086126.15@gardenclub.example.org>",
      "    qmail report (report text): 192.0.2.61 does not like recipient. Remote host said: 550 5.1.1 <g.meyer@alpen-garten.example.at>... User unknown",
    ],
  ],
  [
    "pasted/templates--qmail-remote-does-not-like--copy.txt",
    "ja",
    [
      "元のメッセージの Message-ID: <890086126.15@gardenclub.example.org>",
      "    qmail のレポート (レポート本文): 192.0.2.61 does not like recipient. Remote host said: 550 5.1.1 <g.meyer@alpen-garten.example.at>... User unknown",
    ],
  ],
];

describe.each(CASES)("%s (%s)", (file, lang, lines) => {
  const d = diagnose(analyze(new Uint8Array(readFileSync(join(FIXTURES, file)))));
  const text = helpDeskSummary(d, lang).split("\n");
  test.each(lines)("has the line %s", (line) => {
    expect(text).toContain(line);
  });
});
