// The notices other big senders write around a receiver's refusal, each built from a layout the
// repository's fixtures hold: Gmail's failure notice (test/fixtures/templates/gmail-message-blocked
// .eml, provider-layouts/gmail-delivery-incomplete-timeout.eml), Yahoo's "Sorry, we were unable to
// deliver" with "Remote host said: ... [RCPT_TO]" (delays/nearmiss-yahoo-jp-message-expired.eml,
// templates/yahoo-delay.eml) and a cPanel Exim text bounce (corpus/lab/maildir/exim/gmail-dmarc-
// refusal.eml's text, templates/exim-warning-two.eml), without Exim's DSN part as cPanel sends it.

/** One notice's facts: who failed, why, and what the original said. */
export interface Notice {
  readonly recipient: string;
  readonly reply: string;
  readonly status: string;
  readonly remote: string | undefined;
  /** The original's headers, CRLF line ends, ending in an empty line. */
  readonly original: string;
  readonly sender: string;
  readonly date: string;
}

const CRLF = "\r\n";

function delayed(n: Notice): boolean {
  return n.status.startsWith("4");
}

/**
 * Refused at RCPT TO when the status is about the address (x.1.x), else at the end of the data,
 * as the Postfix wrapping says for every case: a spam verdict given at RCPT would read as a
 * refusal before the content was seen.
 */
function atRcpt(n: Notice): boolean {
  return n.status.slice(1, 4) === ".1.";
}

/** Gmail's heading and sentence, picked by the reply's class as Gmail's notices are. */
function gmailLead(n: Notice): string[] {
  if (delayed(n)) {
    return [
      "** Delivery incomplete **",
      "",
      `There was a temporary problem delivering your message to ${n.recipient}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.`,
    ];
  }
  if (/^5\.1\.(1|10)$/.test(n.status)) {
    return [
      "** Address not found **",
      "",
      `Your message wasn't delivered to ${n.recipient} because the address couldn't be found, or is unable to receive mail.`,
    ];
  }
  if (n.status.startsWith("5.7.")) {
    return [
      "** Message blocked **",
      "",
      `Your message to ${n.recipient} has been blocked. See technical details below for more information.`,
    ];
  }
  return [
    "** Message not delivered **",
    "",
    `There was a problem delivering your message to ${n.recipient}. See the technical details below.`,
  ];
}

/** Base64 in 76-character lines, as Gmail encodes its text part. */
function base64(text: string): string {
  return (
    Buffer.from(text, "utf8")
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

/** Gmail's / Google Workspace's failure notice: text in base64, then the DSN, then the original. */
export function gmailNotice(n: Notice): string {
  const human = [
    "",
    ...gmailLead(n),
    "",
    "The response from the remote server was:",
    n.reply,
    "",
  ].join("\n");
  const domain = n.recipient.split("@")[1] ?? "";
  const b = "000000000000a1b2c3d4e5f6";
  return [
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    `To: ${n.sender}`,
    "Auto-Submitted: auto-replied",
    `Subject: Delivery Status Notification (${delayed(n) ? "Delay" : "Failure"})`,
    `X-Failed-Recipients: ${n.recipient}`,
    `Date: ${n.date}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; boundary="${b}"; report-type=delivery-status`,
    "",
    `--${b}`,
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64(human),
    "",
    `--${b}`,
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; googlemail.com",
    `Arrival-Date: ${n.date}`,
    "",
    `Final-Recipient: rfc822; ${n.recipient}`,
    `Action: ${delayed(n) ? "delayed" : "failed"}`,
    `Status: ${n.status}`,
    ...(n.remote !== undefined
      ? [`Remote-MTA: dns; ${n.remote}. (192.0.2.25, the server for the domain ${domain}.)`]
      : []),
    `Diagnostic-Code: smtp; ${n.reply}`,
    `Last-Attempt-Date: ${n.date}`,
    "",
    `--${b}`,
    "Content-Type: text/rfc822-headers",
    "",
    n.original,
    `--${b}--`,
    "",
  ].join(CRLF);
}

/**
 * Yahoo's / AOL's notice: plain text, the reply after "Remote host said:", the stage in brackets
 * ("[RCPT_TO]" as the fixture holds it, "[END_OF_MESSAGE]" as Yahoo's notices quoted in forums end a
 * refusal after the data).
 */
export function yahooNotice(n: Notice): string {
  return [
    "From: MAILER-DAEMON@yahoo.com",
    `To: ${n.sender}`,
    `Subject: ${delayed(n) ? "Message delayed" : "Failure Notice"}`,
    `Date: ${n.date}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    ...(delayed(n)
      ? [
          "Sorry, we were unable to deliver your message to the following address yet.",
          "This is only a delay notice; we will keep trying to deliver it and you do not need to resend it.",
        ]
      : ["Sorry, we were unable to deliver your message to the following address."]),
    "",
    `<${n.recipient}>:`,
    `Remote host said: ${n.reply} ${atRcpt(n) ? "[RCPT_TO]" : "[END_OF_MESSAGE]"}`,
    "",
    "--- Below this line is a copy of the message.",
    "",
    n.original,
  ].join(CRLF);
}

/** A multi-line reply ("550-5.7.1 a 550 5.7.1 b") on its lines, as Exim prints it. */
function replyLines(reply: string): string[] {
  const code = /^(\d{3})-/.exec(reply)?.[1];
  return code === undefined ? [reply] : reply.split(new RegExp(` (?=${code}[- ])`));
}

/** A cPanel host's Exim bounce: plain text, the host, the stage, then the reply's lines. */
export function eximNotice(n: Notice): string {
  const host = "server77.hostbox.example";
  const remote = n.remote ?? "mx.example.net";
  const lines = [
    `    host ${remote} [192.0.2.25]`,
    `    ${delayed(n) ? "Delay reason: " : ""}SMTP error from remote mail server after ${atRcpt(n) ? `RCPT TO:<${n.recipient}>` : "end of data"}:`,
    ...replyLines(n.reply).map((line) => `    ${line}`),
  ];
  const body = delayed(n)
    ? [
        "This message was created automatically by mail delivery software.",
        "A message that you sent has not yet been delivered to one or more of its",
        `recipients after more than 24 hours on the queue on ${host}.`,
        "",
        "The message identifier is:     1wQxZ3-0004Rt-9K",
        "The subject of the message is: Quarterly report",
        `The date of the message is:    ${n.date}`,
        "",
        "The address to which the message has not yet been delivered is:",
        "",
        `  ${n.recipient}`,
        ...lines,
        "",
        "No action is required on your part. Delivery attempts will continue for",
        "some time, and this warning may be repeated at intervals if the message",
        "remains undelivered. Eventually the mail delivery software will give up,",
        "and when that happens, the message will be returned to you.",
        "",
      ]
    : [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        `  ${n.recipient}`,
        ...lines,
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
        n.original,
      ];
  return [
    `From: Mail Delivery System <Mailer-Daemon@${host}>`,
    `To: ${n.sender}`,
    `Subject: ${delayed(n) ? "Warning: message 1wQxZ3-0004Rt-9K delayed 24 hours" : "Mail delivery failed: returning message to sender"}`,
    `Date: ${n.date}`,
    ...(delayed(n) ? [] : [`X-Failed-Recipients: ${n.recipient}`]),
    "Auto-Submitted: auto-replied",
    "",
    ...body,
  ].join(CRLF);
}
