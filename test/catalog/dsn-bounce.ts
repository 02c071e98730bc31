// A Postfix-style RFC 3464 report built from a few facts, for tests of whom the advice is for and
// of what a delay warning or a final notice says.

export interface Bounce {
  /** The failed address (Final-Recipient). */
  readonly failed: string;
  /** The returned original's To and Cc header lines, as written; none: no header returned. */
  readonly headers?: readonly string[] | undefined;
  readonly status?: string;
  readonly diagnostic?: string;
  /** The Diagnostic-Code's type: `X-Postfix` marks the sending server's own words. */
  readonly diagnosticType?: "smtp" | "X-Postfix";
  readonly originalRecipient?: string | undefined;
  /** The returned original's Received lines, first; none by default. */
  readonly received?: readonly string[];
  /** A delay warning ("delayed") or a failure notice (the default). */
  readonly action?: "delayed" | "failed";
  /** The receiving server (Remote-MTA); null: none named. */
  readonly remote?: string | null;
}

const SUBJECT = {
  delayed: "Delayed Mail (still being retried)",
  failed: "Undelivered Mail Returned to Sender",
};

/** A Postfix-style RFC 3464 report, with the original's headers returned when given. */
export function bounce(b: Bounce): string {
  const status = b.status ?? "5.1.1";
  const action = b.action ?? "failed";
  const remote = b.remote === undefined ? "mx.fabrikam.example" : b.remote;
  const diagnostic =
    b.diagnostic ?? `550 ${status} <${b.failed}>: Recipient address rejected: User unknown`;
  const original =
    b.headers === undefined
      ? []
      : [
          "",
          "--B",
          "Content-Type: text/rfc822-headers",
          "",
          ...(b.received ?? []),
          "From: Sam Sender <sam@contoso.example>",
          ...b.headers,
          "Subject: Budget 2027",
          "Message-ID: <1@contoso.example>",
        ];
  return [
    "From: MAILER-DAEMON@mx.contoso.example",
    "To: sam@contoso.example",
    `Subject: ${SUBJECT[action]}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain",
    "",
    action === "delayed"
      ? "This is a delay notice: your message has not been delivered yet, and the server keeps trying."
      : "I'm sorry to have to inform you that your message could not be delivered.",
    "",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.contoso.example",
    "",
    `Final-Recipient: rfc822; ${b.failed}`,
    ...(b.originalRecipient === undefined
      ? []
      : [`Original-Recipient: rfc822; ${b.originalRecipient}`]),
    `Action: ${action}`,
    `Status: ${status}`,
    ...(remote === null ? [] : [`Remote-MTA: dns; ${remote}`]),
    `Diagnostic-Code: ${b.diagnosticType ?? "smtp"}; ${diagnostic}`,
    ...original,
    "",
    "--B--",
    "",
  ].join("\r\n");
}
