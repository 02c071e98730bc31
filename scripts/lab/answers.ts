// What the lab's scripted receiver answers, and the truth that answer makes. A recipient's answer
// is chosen by its local part (at the receiver on 127.0.0.10) or by its domain (domains whose MX is
// another loopback address, or that do not resolve). Provider texts are the published wording of
// those receivers' refusals (Google's Gmail SMTP error page, Yahoo's postmaster error codes,
// Microsoft's NDR pages for Outlook.com, Apple's iCloud Mail help, Spamhaus), with the lab's own
// addresses and IPs in them.
import type { Reason } from "../../src/core/types";
import { FILTERED } from "./filters";
import { REPLIES } from "./replies";
import { REPLIES2 } from "./replies2";
import { REPLIES3 } from "./replies3";
import { REPLIES4 } from "./replies4";

/** When the receiver answers: at RCPT for that recipient, at end of DATA, or at MAIL FROM. */
export type Phase = "rcpt" | "data" | "mail";

export interface Answer {
  readonly phase: Phase;
  readonly code: number;
  /** The reply's lines, each without the code ("5.1.1 <x>: ..."); {rcpt} is the recipient. */
  readonly lines: readonly string[];
  /** The enhanced status the reply carries, null when it carries none. */
  readonly status: string | null;
  /**
   * Sisimai's reason for what the lab caused. On a temporary answer's delay warnings and expiry
   * notice the reason is "expired", and this cause is accepted beside it (not every server's
   * notice quotes the cause); "expired" alone where the cause has no more precise name.
   */
  readonly reason: Reason;
  /** A second reading of a temporary answer's cause, where the provider's words support two. */
  readonly alsoCause?: Reason;
}

/** Gmail's multi-line replies: every line repeats the status; the last ends in "- gsmtp". */
const gmail = (status: string, text: string[]): string[] =>
  text.map((line, i) => `${status} ${line}${i === text.length - 1 ? " - gsmtp" : ""}`);

/** Answers by local part, at the receiver on 127.0.0.10 (domains lab.test, gmail.lab.test ...). */
export const BY_LOCAL_PART: Readonly<Record<string, Answer>> = {
  unknown: {
    phase: "rcpt",
    code: 550,
    lines: ["5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"],
    status: "5.1.1",
    reason: "userunknown",
  },
  full: {
    phase: "rcpt",
    code: 552,
    lines: ["5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full"],
    status: "5.2.2",
    reason: "mailboxfull",
  },
  big: {
    phase: "data",
    code: 552,
    lines: ["5.3.4 Message size exceeds fixed maximum message size"],
    status: "5.3.4",
    reason: "mesgtoobig",
  },
  defer: {
    phase: "rcpt",
    code: 451,
    lines: ["4.3.0 <{rcpt}>: Temporary lookup failure"],
    status: "4.3.0",
    reason: "expired",
  },
  greylist: {
    phase: "rcpt",
    code: 450,
    lines: [
      "4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/lab.test.html",
    ],
    status: "4.2.0",
    reason: "expired",
  },
  // The localized set's replies for several recipients of one message (locales.ts): a bare 501,
  // as a receiver's SMTP library sends for an address it cannot parse (smtp-server's own words);
  // 501 with 5.5.4 (invalid command arguments); a temporary 452 4.2.2 mailbox over quota.
  syntax: {
    phase: "rcpt",
    code: 501,
    lines: ["Error: Bad recipient address syntax"],
    status: null,
    reason: "syntaxerror",
  },
  "syntax-params": {
    phase: "rcpt",
    code: 501,
    lines: ["5.5.4 <{rcpt}>: Invalid RCPT TO address provided"],
    status: "5.5.4",
    reason: "syntaxerror",
  },
  "quota-tmp": {
    phase: "rcpt",
    code: 452,
    lines: ["4.2.2 <{rcpt}>: Mailbox full, try again later"],
    status: "4.2.2",
    reason: "mailboxfull",
  },
  "gmail-nouser": {
    phase: "rcpt",
    code: 550,
    lines: gmail("5.1.1", [
      "The email account that you tried to reach does not exist. Please try",
      "double-checking the recipient's email address for typos or",
      "unnecessary spaces. For more information, go to",
      " https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-lab",
    ]),
    status: "5.1.1",
    reason: "userunknown",
  },
  "gmail-full": {
    phase: "rcpt",
    code: 552,
    lines: gmail("5.2.2", [
      "The recipient's inbox is out of storage space and inactive. Please",
      "direct the recipient to",
      " https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-lab",
    ]),
    status: "5.2.2",
    reason: "mailboxfull",
  },
  "gmail-unauth": {
    phase: "data",
    code: 550,
    lines: gmail("5.7.26", [
      "This mail has been blocked because the sender is unauthenticated.",
      "Gmail requires all senders to authenticate with either SPF or DKIM.",
      "",
      " Authentication results:",
      " DKIM = did not pass",
      " SPF [inbox.lab.test] with ip: [127.0.0.1] = did not pass",
      "",
      " For instructions on setting up authentication, go to",
      " https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-lab",
    ]),
    status: "5.7.26",
    reason: "authfailure",
  },
  "gmail-dmarc": {
    phase: "data",
    code: 550,
    lines: gmail("5.7.26", [
      "Unauthenticated email from inbox.lab.test is not accepted due to domain's",
      "DMARC policy. Please contact the administrator of inbox.lab.test domain if",
      "this was a legitimate mail. To learn about the DMARC initiative, go to",
      " https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-lab",
    ]),
    status: "5.7.26",
    reason: "authfailure",
  },
  "gmail-spam": {
    phase: "data",
    code: 550,
    lines: gmail("5.7.1", [
      "[127.0.0.1      12] Our system has detected that this message is",
      "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
      "this message has been blocked. For more information, go to",
      " https://support.google.com/mail/?p=UnsolicitedMessageError",
      " 41be03b00d2f7-lab",
    ]),
    status: "5.7.1",
    reason: "spamdetected",
  },
  "gmail-ratelimit": {
    phase: "data",
    code: 421,
    lines: gmail("4.7.28", [
      "[127.0.0.1      15] Our system has detected an unusual rate of",
      "unsolicited mail originating from your IP address. To protect our",
      "users from spam, mail sent from your IP address has been temporarily",
      "rate limited. Please visit",
      " https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
      "review our Bulk Email Senders Guidelines. 41be03b00d2f7-lab",
    ]),
    status: "4.7.28",
    // Google: "mail sent from your IP address has been temporarily rate limited" because of
    // an unusual rate of unsolicited mail from it: a rate limit (speeding) on an IP (blocked).
    reason: "speeding",
    alsoCause: "blocked",
  },
  "gmail-rcptrate": {
    phase: "rcpt",
    code: 450,
    lines: gmail("4.2.1", [
      "The user you are trying to contact is receiving mail at a rate that",
      "prevents additional messages from being delivered. Please resend your",
      "message at a later point. If the user is able to receive mail at that",
      "time, your message will be delivered. For more information, go to",
      " https://support.google.com/mail/?p=ReceivingRate 41be03b00d2f7-lab",
    ]),
    status: "4.2.1",
    reason: "speeding",
  },
  "yahoo-nouser": {
    phase: "rcpt",
    code: 554,
    lines: [
      "delivery error: dd This user doesn't have a yahoo.lab.test account ({rcpt}) [0] - mta1001.mail.gq1.yahoo.com",
    ],
    status: null,
    reason: "userunknown",
  },
  "yahoo-policy": {
    phase: "data",
    code: 554,
    lines: [
      "5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
    ],
    status: "5.7.9",
    reason: "policyviolation",
  },
  "outlook-nouser": {
    phase: "rcpt",
    code: 550,
    lines: [
      "5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A5F.eurprd04.prod.outlook.com]",
    ],
    status: "5.5.0",
    reason: "userunknown",
  },
  "outlook-auth": {
    phase: "data",
    code: 550,
    lines: [
      "5.7.515 Access denied, sending domain [INBOX.LAB.TEST] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, go to https://go.microsoft.com/fwlink/?linkid=2299300 [DU2PEPF00028D0B.eurprd03.prod.outlook.com]",
    ],
    status: "5.7.515",
    reason: "authfailure",
  },
  "icloud-nouser": {
    phase: "rcpt",
    code: 550,
    lines: ["5.1.1 <{rcpt}>: user does not exist"],
    status: "5.1.1",
    reason: "userunknown",
  },
  "icloud-cs01": {
    phase: "data",
    code: 550,
    lines: [
      "5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    ],
    status: "5.7.1",
    reason: "policyviolation",
  },
  "icloud-hm08": {
    phase: "data",
    code: 554,
    lines: [
      "5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    ],
    status: "5.7.1",
    reason: "policyviolation",
  },
  spamhaus: {
    phase: "rcpt",
    code: 554,
    lines: [
      "5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1",
    ],
    status: "5.7.1",
    reason: "blocked",
  },
};

/** Answers by domain, at receivers on other loopback addresses that refuse at MAIL FROM. */
export const BY_HOST: Readonly<Record<string, { readonly ip: string; readonly answer: Answer }>> = {
  "tls.lab.test": {
    ip: "127.0.0.6",
    answer: {
      phase: "mail",
      code: 530,
      lines: ["5.7.0 Must issue a STARTTLS command first"],
      status: "5.7.0",
      reason: "failedstarttls",
    },
  },
  "yahoo-busy.lab.test": {
    ip: "127.0.0.7",
    answer: {
      phase: "mail",
      code: 421,
      lines: [
        "4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      ],
      status: "4.7.0",
      // Yahoo: deferred "due to unexpected volume or user complaints" about the sending IP.
      reason: "badreputation",
      alsoCause: "blocked",
    },
  },
  "yahoo-ts03.lab.test": {
    ip: "127.0.0.8",
    answer: {
      phase: "mail",
      code: 421,
      lines: [
        "4.7.0 [TS03] All messages from 127.0.0.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
      ],
      status: "4.7.0",
      // Yahoo (help article SLN3436): a high volume from the sending IP, all its mail deferred.
      reason: "blocked",
    },
  },
  "outlook-block.lab.test": {
    ip: "127.0.0.9",
    answer: {
      phase: "mail",
      code: 550,
      lines: [
        "5.7.1 Unfortunately, messages from [127.0.0.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00025F9A.EURPRD83.prod.outlook.com]",
      ],
      status: "5.7.1",
      reason: "blocked",
    },
  },
};

/** Domains that fail before any reply: the server's own diagnosis, temporary or permanent. */
export const UNREACHABLE: Readonly<
  Record<
    string,
    {
      readonly temporary: boolean;
      readonly reason: Reason;
      readonly alsoCause?: Reason;
      readonly cause: string;
    }
  >
> = {
  "nx.lab.test": { temporary: false, reason: "hostunknown", cause: "NXDOMAIN" },
  // A refused connection: the network (Sisimai's corpus reads Sendmail's "Connection refused by"
  // as the host refusing the sender: blocked)
  "refused.lab.test": {
    temporary: true,
    reason: "networkerror",
    alsoCause: "blocked",
    cause: "connection refused",
  },
  "silent.lab.test": { temporary: true, reason: "networkerror", cause: "no greeting (timeout)" },
  "dnsfail.lab.test": { temporary: true, reason: "networkerror", cause: "DNS lookup timed out" },
};

/** The real replies of the replies sets (replies.ts ... replies4.ts: r01.., q01.., p01.., o01..),
 * by local part. */
const ALL_REPLIES: Readonly<Record<string, Answer>> = {
  ...REPLIES,
  ...REPLIES2,
  ...REPLIES3,
  ...REPLIES4,
};

/** The answer for a recipient's local part: the lab's own, or a real reply of the replies sets
 * (those given at MAIL FROM are the sender's, senderAnswer). */
export function recipientAnswer(local: string): Answer | undefined {
  const reply = ALL_REPLIES[local];
  return BY_LOCAL_PART[local] ?? (reply && reply.phase !== "mail" ? reply : undefined);
}

/** The truth a recipient address makes: permanent refusal or a temporary one, and why. */
export interface Truth {
  readonly temporary: boolean;
  readonly reason: Reason;
  readonly alsoCause?: Reason;
  readonly status: string | null;
  readonly cause: string;
}

/** Local parts the receiver accepts: "ok" recipients, and the sender's mailbox for the bounces. */
export const ACCEPTED = new Set(["ok", "sender"]);

/**
 * The answer key of a local part, as the receiver reads it: unquoted, lower case, and cut where a
 * subaddress (+news), a quoted word ("unknown lab") or a name (unknown.山田) follows a known key,
 * so that one answer serves the rewritten, quoted and UTF-8 forms of an address.
 */
export function answerKey(localPart: string): string {
  const local = localPart.replace(/^"(.*)"$/, "$1").toLowerCase();
  const keys = [...Object.keys(BY_LOCAL_PART), ...ACCEPTED];
  return (
    keys
      .filter((k) => local === k || (local.startsWith(k) && /^[+ .]/.test(local.slice(k.length))))
      .sort((a, b) => b.length - a.length)[0] ?? local
  );
}

/** A quoted local part: the receiver's SMTP library (smtp-server) refuses its syntax itself at RCPT,
 * before any answer of the lab's ("501 Error: Bad recipient address syntax", no enhanced status). */
const QUOTED_REFUSED: Truth = {
  temporary: false,
  reason: "syntaxerror",
  status: null,
  cause: "501 Error: Bad recipient address syntax",
};

/** The truth for a recipient the lab refuses; null for one it accepts. */
export function truthOf(address: string): Truth | null {
  const at = address.lastIndexOf("@");
  if (address.startsWith('"')) return QUOTED_REFUSED;
  const local = answerKey(address.slice(0, at));
  const domain = address.slice(at + 1).toLowerCase();
  if (ACCEPTED.has(local) && !UNREACHABLE[domain] && !BY_HOST[domain]) return null;
  const filtered = FILTERED[address.toLowerCase()];
  if (filtered) return filtered;
  const unreachable = UNREACHABLE[domain];
  if (unreachable) return { ...unreachable, status: null };
  const answer = BY_HOST[domain]?.answer ?? recipientAnswer(local);
  if (!answer) throw new Error(`no answer for ${address}`);
  return answerTruth(answer);
}

/** The truth an answer makes: permanent or temporary, its reason(s), status and first line. */
function answerTruth(answer: Answer): Truth {
  return {
    temporary: answer.code < 500,
    reason: answer.reason,
    ...(answer.alsoCause ? { alsoCause: answer.alsoCause } : {}),
    status: answer.status,
    cause: `${answer.code} ${answer.lines[0] ?? ""}`.slice(0, 80),
  };
}

/**
 * The smarthost set (LAB_SET=smarthost: test/corpus/lab-smarthost): the sending server relays
 * everything to the receiver on 127.0.0.10 as its smarthost, which refuses the sender's whole
 * message, chosen by the envelope sender's local part (at MAIL FROM, at each RCPT, or at the end of
 * DATA), in the published words of Microsoft 365's connector, Google Workspace's SMTP relay and
 * Amazon SES. Every recipient of such a message fails for the sender's reason: the fix is the
 * sending side's (its admin's), never the recipients' addresses.
 */
export const BY_SENDER: Readonly<Record<string, Answer>> = {
  // Microsoft, "Fix issues with printers, scanners, and LOB applications that send email using
  // Microsoft 365" (learn.microsoft.com/exchange/mail-flow-best-practices/fix-issues-with-printers-
  // scanners-and-lob-applications-that-send-email-using-off): a client that did not authenticate.
  "sh-noauth": {
    phase: "mail",
    code: 530,
    lines: [
      "5.7.57 Client not authenticated to send mail. [LAB0PR01MB1234.namprd01.prod.outlook.com]",
    ],
    status: "5.7.57",
    reason: "securityerror",
  },
  // Amazon SES SMTP interface (docs.aws.amazon.com/ses/latest/dg/smtp-response-codes.html):
  // "530 Authentication required" for a connection that did not authenticate.
  "sh-ses-noauth": {
    phase: "mail",
    code: 530,
    lines: ["Authentication required"],
    status: null,
    reason: "securityerror",
  },
  // Exchange Online after DATA (a connector log quoted on pastebin.com/wtU9XT6T; Microsoft's
  // SmtpResponse.SendAsDenied): the authenticated client may not send as the From address.
  "sh-sendas": {
    phase: "data",
    code: 550,
    lines: [
      "5.7.60 SMTP; Client does not have permissions to send as this sender [LAB0PR01MB1234.namprd01.prod.outlook.com]",
    ],
    status: "5.7.60",
    reason: "rejected",
  },
  // Amazon SES (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html): a From
  // address (identity) not verified in the account's region.
  "sh-ses-unverified": {
    phase: "data",
    code: 554,
    lines: [
      "Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sh-ses-unverified@inbox.lab.test",
    ],
    status: null,
    reason: "rejected",
  },
  // Google Workspace, "SMTP relay service error messages" (support.google.com/a/answer/6140680):
  // the client's IP is not registered for the sender's domain.
  "sh-gmail-relay": {
    phase: "mail",
    code: 550,
    lines: gmail("5.7.1", [
      "Invalid credentials for relay [127.0.0.1]. The IP address you've",
      "registered in your G Suite SMTP Relay service doesn't match domain of",
      "the account this email is being sent from. If you are trying to relay",
      "mail from a domain that isn't registered under your G Suite account",
      "or has empty envelope-from, you must configure your mail server",
      "either to use SMTP AUTH to identify the sending domain or to present",
      "one of your domain names in the HELO or EHLO command. For more",
      "information, please visit",
      " https://support.google.com/a/answer/6140680#invalidcred 41be03b00d2f7-lab",
    ]),
    status: "5.7.1",
    reason: "norelaying",
  },
  // Microsoft's NDR page "Fix error code 550 5.7.64 TenantAttribution; Relay Access Denied"
  // (learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/
  // fix-error-code-550-5-7-64): an on-premises server's connector does not match, at each RCPT.
  "sh-tenant": {
    phase: "rcpt",
    code: 550,
    lines: [
      "5.7.64 TenantAttribution; Relay Access Denied [LAB0EUR01FT012.eop-eur01.prod.protection.outlook.com]",
    ],
    status: "5.7.64",
    reason: "norelaying",
  },
  // An ISP's Postfix smarthost that does not trust the client's IP: Postfix's own words
  // (smtpd_relay_restrictions, reject_unauth_destination), at each RCPT.
  "sh-isp-relay": {
    phase: "rcpt",
    code: 554,
    lines: ["5.7.1 <{rcpt}>: Relay access denied"],
    status: "5.7.1",
    reason: "norelaying",
  },
  // Google Workspace (support.google.com/a/answer/6140680): the customer's daily relay limit.
  "sh-gmail-quota": {
    phase: "mail",
    code: 550,
    lines: gmail("5.4.5", [
      "Daily SMTP relay limit exceeded for customer. For more information on",
      "SMTP relay sending limits please contact your administrator or visit",
      " https://support.google.com/a/answer/6140680 41be03b00d2f7-lab",
    ]),
    status: "5.4.5",
    reason: "speeding",
  },
  // Amazon SES (docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html): the
  // account's maximum sending rate, a temporary refusal: deferred, then expired.
  "sh-ses-rate": {
    phase: "mail",
    code: 454,
    lines: ["Throttling failure: Maximum sending rate exceeded"],
    status: null,
    reason: "speeding",
  },
};

/** The answer for an envelope sender (its local part), if the receiver refuses that sender: the
 * smarthost set's, or a real reply of the replies sets given at MAIL FROM. */
export function senderAnswer(sender: string): Answer | undefined {
  const local = sender.slice(0, sender.lastIndexOf("@")).toLowerCase();
  const reply = ALL_REPLIES[local];
  return BY_SENDER[local] ?? (reply?.phase === "mail" ? reply : undefined);
}

/** The truth a recipient of a message from SENDER makes: the smarthost's refusal of the sender
 * where it refuses it, otherwise the recipient's own. */
export function smarthostTruth(sender: string, address: string): Truth | null {
  const answer = senderAnswer(sender);
  return answer ? answerTruth(answer) : truthOf(address);
}
