// Notices in Sendmail 8.17's layout, written for the tests of its readers: a failure ("Returned
// mail: see transcript for details", the failed addresses with their "(reason: ...)" lines) or a
// delay warning ("THIS IS A WARNING MESSAGE ONLY"), its transcript, and one DSN block per
// recipient.

/** One recipient's lines: the DSN block's fields, and its "(reason: ...)" line in a failure. */
export interface SendmailRecipient {
  readonly address: string;
  readonly status: string;
  readonly diagnostic: string;
  /** The failure's "(reason: ...)" line under the address; none in a warning. */
  readonly reason?: string;
  /** Remote-MTA; none when the reply came before a recipient was named (MAIL FROM). */
  readonly remote?: string;
}

export interface SendmailNotice {
  readonly warning?: boolean;
  readonly transcript: readonly string[];
  readonly recipients: readonly SendmailRecipient[];
}

const WARNING_BANNER = [
  "    **********************************************",
  "    **      THIS IS A WARNING MESSAGE ONLY      **",
  "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **",
  "    **********************************************",
  "",
];

/** The notice's text, CRLF line ends. */
export function sendmailNotice({
  warning = false,
  transcript,
  recipients,
}: SendmailNotice): string {
  const failed = recipients.flatMap((r) => [`<${r.address}>`, `    (reason: ${r.reason ?? ""})`]);
  const blocks = recipients.flatMap((r) => [
    `Final-Recipient: RFC822; ${r.address}`,
    `Action: ${warning ? "delayed" : "failed"}`,
    `Status: ${r.status}`,
    ...(r.remote === undefined ? [] : [`Remote-MTA: DNS; ${r.remote}`]),
    `Diagnostic-Code: SMTP; ${r.diagnostic}`,
    "",
  ]);
  return [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>",
    "To: sam@example.org",
    warning
      ? "Subject: Warning: could not send message for past 4 hours"
      : "Subject: Returned mail: see transcript for details",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "",
    ...(warning
      ? WARNING_BANNER
      : ["   ----- The following addresses had permanent fatal errors -----", ...failed, ""]),
    "   ----- Transcript of session follows -----",
    ...transcript,
    ...(warning
      ? [
          "Warning: message still undelivered after 4 hours",
          "Will keep trying until message is 5 days old",
        ]
      : []),
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.org",
    "",
    ...blocks,
    "--b1--",
    "",
  ].join("\r\n");
}
