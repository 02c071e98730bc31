// Enhanced status codes (RFC 3463) and SMTP reply codes (RFC 5321) found in free text.

const STATUS = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/;
const REPLY_BEFORE_STATUS = /(?:^|[^\d])([245]\d\d)[ -]['"#]?([245]\.\d{1,3}\.\d{1,3})(?!\d|\.\d)/;
const REPLY_BEFORE_STATUS_ALL = new RegExp(REPLY_BEFORE_STATUS.source, "g");
const REPLY_AT_START = /^\s*(?:#|smtp;\s*|[A-Za-z]+ said:\s*)?([245]\d\d)(?:[ -]|$)/i;

/** The first enhanced status code in a text ("5.1.1"), if any. */
export function findStatusCode(text: string): string | undefined {
  return STATUS.exec(text)?.[1];
}

/**
 * The status a diagnostic gives the remote server's own words: the last code that follows a
 * reply code ("554 4.4.7 expired <421 4.4.2 timed out>" -> 4.4.2, the answer behind the local
 * verdict), else the first code in the text.
 */
export function findDiagnosticStatus(text: string): string | undefined {
  let last: string | undefined;
  // an exec loop on one regex: matchAll would clone the regex on every call
  REPLY_BEFORE_STATUS_ALL.lastIndex = 0;
  for (let m = REPLY_BEFORE_STATUS_ALL.exec(text); m; m = REPLY_BEFORE_STATUS_ALL.exec(text)) {
    last = m[2];
  }
  return last ?? findStatusCode(text);
}

/** The SMTP reply code of a diagnostic: the one before a status code, or the one it opens with. */
export function findReplyCode(text: string): string | undefined {
  return REPLY_BEFORE_STATUS.exec(text)?.[1] ?? REPLY_AT_START.exec(text)?.[1];
}

/** True for a code that only says its class ("5.0.0", "4.0.0"). */
export function isGenericStatus(status: string): boolean {
  return /^[245]\.0\.0$/.test(status);
}

/**
 * The better of the DSN's code and one found in the text: the text's when the DSN gives only
 * the class (x.0.0) and the text names the same class more precisely.
 */
export function preferSpecific(
  fromDsn: string | undefined,
  fromText: string | undefined,
): string | undefined {
  if (!fromDsn) return fromText;
  if (!fromText || fromText[0] !== fromDsn[0] || isGenericStatus(fromText)) return fromDsn;
  return fromText;
}
