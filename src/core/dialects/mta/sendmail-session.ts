// Sendmail's "Transcript of session": which lines are the receiving server's replies and which
// SMTP command each answered. Sendmail (usersmtp.c, reply()) writes ">>> COMMAND" once, before the
// first 4xx/5xx reply to it, then each reply line as "<<< ..."; its own lines ("550 5.1.1
// <addr>... User unknown", "addr... Deferred: 450 ...", "554 5.0.0 Service unavailable") follow
// without a mark. With PIPELINING it sends the RCPT commands and DATA before reading their
// replies, so the RCPT replies come after ">>> DATA"; only the last reply there can be DATA's own
// (or the end of data's).
import { squeeze } from "../microsoft/lines";
import { SessionLines } from "../common/session-lines";

/** One 4xx/5xx reply of the receiving server, as the transcript shows it. */
export interface SessionReply {
  /** The reply code of its first line ("550"). */
  readonly code: string;
  /** "RCPT", "DATA", "MAIL", "HELO", "STARTTLS", "CONN" (no command yet), else undefined. */
  readonly command: string | undefined;
  /** Its first line, white space squeezed: what Sendmail writes as the Diagnostic-Code. */
  readonly first: string;
  /** Every line, each squeezed, joined by a space as Postfix joins a multi-line reply. */
  readonly whole: string;
  /** The recipient Sendmail's own line right after it names, lower-case, when that line is about it. */
  readonly recipient: string | undefined;
  /** The host of its session ("... while talking to mx.example.org.:"), lower-case. */
  readonly host: string | undefined;
}

const SENT = /^>>> ([A-Za-z]{4,8})\b/;
const TALKING_TO = /^\.\.\. while talking to\s+([A-Za-z0-9][A-Za-z0-9.-]{0,252}[A-Za-z0-9])\.?:/i;
const RECEIVED = /^<<< ?(.{0,2000})$/;
/**
 * Sendmail's own line on a recipient: "550 5.1.1 <addr>... User unknown" (its code first) or
 * "addr... Deferred: 450 ..." (the reply's code after the dots).
 */
const OWN_LINE =
  /^(?<lead>[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)?<?(?<address>[^\s<>]{1,254}@[^\s<>]{1,254}?)>?\.\.\.\s{0,4}(?<rest>.{0,300})$/;
/** The line Sendmail writes only for a refused RCPT (usersmtp.c: "User unknown"). */
const RCPT_ONLY = /^user unknown\b/i;

const COMMANDS: Readonly<Record<string, string>> = {
  MAIL: "MAIL",
  RCPT: "RCPT",
  DATA: "DATA",
  EHLO: "HELO",
  HELO: "HELO",
  STARTTLS: "STARTTLS",
};

interface Raw {
  code: string;
  sent: string | undefined;
  first: string;
  whole: string;
  recipient: string | undefined;
  rcptOnly: boolean;
  host: string | undefined;
  /** Another reply follows it before the next command: under PIPELINING, not DATA's own. */
  followed: boolean;
}

/** Whether Sendmail's own line `line` speaks of the reply with code `code`, and whom it names. */
function ownLineOn(line: string, code: string): { address: string; rcptOnly: boolean } | undefined {
  const m = OWN_LINE.exec(line.trim());
  const address = m?.groups?.["address"];
  if (!m || !address) return undefined;
  const rest = m.groups?.["rest"] ?? "";
  // "addr... Deferred: Connection refused by host": another delivery's, not this reply's.
  if (m.groups?.["lead"] === undefined && !rest.includes(code)) return undefined;
  return { address: address.toLowerCase(), rcptOnly: RCPT_ONLY.test(rest) };
}

/** The receiving server's 4xx/5xx replies in a Sendmail transcript (`lines`), in order. */
export function sessionReplies(lines: readonly string[]): SessionReply[] {
  const found: Raw[] = [];
  let sent: string | undefined;
  let host: string | undefined;
  let since: Raw[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const command = SENT.exec(line)?.[1];
    if (command !== undefined || SessionLines.opens(line)) {
      if (command === undefined) host = TALKING_TO.exec(line)?.[1]?.toLowerCase();
      sent = command?.toUpperCase();
      since = [];
      continue;
    }
    const first = RECEIVED.exec(line)?.[1];
    const code = first === undefined ? undefined : /^[245]\d\d/.exec(first)?.[0];
    if (first === undefined || code === undefined) continue;
    // the reply's other lines
    const all = [squeeze(first).trim()];
    for (
      let next;
      i + 1 < lines.length && (next = RECEIVED.exec((lines[i + 1] as string).trim()));
      i++
    )
      all.push(squeeze(next[1] ?? "").trim());
    const own = ownLineOn(lines[i + 1] ?? "", code);
    for (const earlier of since) earlier.followed = true;
    const raw: Raw = {
      code,
      sent,
      first: squeeze(first).trim(),
      whole: all.join(" "),
      recipient: own?.address,
      rcptOnly: own?.rcptOnly ?? false,
      host,
      followed: false,
    };
    since.push(raw);
    found.push(raw);
  }
  return found.map((r) => ({
    code: r.code,
    command: commandOf(r),
    first: r.first,
    whole: r.whole,
    recipient: r.recipient,
    host: r.host,
  }));
}

function commandOf(r: Raw): string | undefined {
  if (r.sent === undefined) return "CONN";
  if (r.sent === "DATA" && (r.followed || r.rcptOnly)) return "RCPT";
  return COMMANDS[r.sent];
}
