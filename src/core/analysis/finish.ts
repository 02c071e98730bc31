// One decoded recipient to its final facts: codes found in the diagnostic, the command, whether
// it is temporary, and its reason; every fact keeps the evidence it came from.
import type { DecodedRecipient, DsnRecipient } from "../dialects/types";
import { classifyReason } from "../reason/classify";
import { findCommand } from "../status/command";
import { findDiagnosticStatus, findReplyCode, preferSpecific } from "../status/codes";
import { isProviderRule, overReplyStatus, replyWithoutGuess } from "../status/senders-guess";
import { defined } from "../defined";
import { hostOf } from "../host";
import { unescapeOctalUtf8 } from "./octal-bytes";
import { isMailbox } from "../mailbox";
import type { BounceKind, Evidence, RecipientFacts } from "../types";

const MAX_DIAGNOSTIC_CHARS = 2000;

/** White space to squeeze to one space: a lone space is left alone, not replaced by itself. */
const SQUEEZE = /\s{2,}|[^\S ]/g;

/** user@Example.COM -> user@example.com: the domain is case-free, the local part is not. */
export function normalizeAddress(address: string): string {
  const bare = address
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/^mailto:/i, "");
  const at = bare.lastIndexOf("@");
  return at < 0 ? bare : bare.slice(0, at) + bare.slice(at).toLowerCase();
}

/**
 * A failure whose status is the reply's temporary code with its class raised (5.3.0 beside the
 * reply's 4.3.0): the server gave up and rewrote the code (Haraka). The reply's own code stands.
 */
function raisedOnGivingUp(r: DecodedRecipient, textStatus: string | undefined): boolean {
  return (
    r.action === "failed" &&
    textStatus?.[0] === "4" &&
    r.status?.[0] === "5" &&
    r.status.slice(1) === textStatus.slice(1)
  );
}

/**
 * `dsn` is the DSN block the recipient came from, for the fields only a DSN carries; `dialect` the
 * report's layout, which tells whose guesses a status may be (status/senders-guess.ts).
 */
export function finishRecipient(
  r: DecodedRecipient,
  kind: BounceKind,
  dsn?: DsnRecipient,
  dialect?: string,
): RecipientFacts {
  const evidence: Evidence[] = [...r.evidence];
  const diagnostic =
    (r.diagnostic && unescapeOctalUtf8(r.diagnostic))
      ?.replace(SQUEEZE, " ")
      .trim()
      .slice(0, MAX_DIAGNOSTIC_CHARS) || undefined;
  // A decoder's precise status stands; otherwise the diagnostic's own code may refine it.
  const textStatus = diagnostic && !r.preciseStatus ? findDiagnosticStatus(diagnostic) : undefined;
  // the reply's own status stands over a sending server's pairing for its code (Sendmail's)
  const status =
    raisedOnGivingUp(r, textStatus) || overReplyStatus(dialect, r.status, diagnostic, textStatus)
      ? textStatus
      : preferSpecific(r.status, textStatus);
  if (status && status !== r.status)
    evidence.push({
      fact: "status",
      source: "inferred",
      field: "diagnostic",
      text: diagnostic ?? status,
    });
  const replyCode =
    r.replyCode ?? (diagnostic && !r.preciseStatus ? findReplyCode(diagnostic) : undefined);
  if (replyCode && !r.replyCode)
    evidence.push({
      fact: "replyCode",
      source: "inferred",
      field: "diagnostic",
      text: diagnostic ?? replyCode,
    });
  const command = r.command ?? (diagnostic ? findCommand(diagnostic) : undefined);
  const remoteServer = hostOf(r.remoteServer);
  // Temporary while the sender's server still tries: a report that it gave up (Action: failed,
  // or a text report that is no delay warning) is final, whatever class its code has.
  const temporary = r.action ? r.action === "delayed" : kind === "delayed";
  const classify = (read: string | undefined, stage: string | undefined) =>
    classifyReason({
      kind,
      status: read,
      replyCode: replyCode || undefined,
      diagnostic,
      action: r.action || undefined,
      remoteServer: remoteServer || undefined,
      command: stage,
      diagnosticType: dsn?.diagnosticType || undefined,
      address: r.address,
      explicit: r.reason || undefined,
    });
  const written = classify(status || undefined, command || undefined);
  // The sending server's guess from a bare reply code gives way: the reply is read as it reads
  // alone, by its words or its class (a provider's rule keyed on the status as written stands);
  // the status reported stays the one the notice gives.
  const alone = isProviderRule(written.evidence)
    ? undefined
    : replyWithoutGuess(dialect, status || undefined, diagnostic);
  const byWords = alone && classify(alone.status, alone.command ?? (command || undefined));
  const reason = byWords ?? written;
  evidence.push(reason.evidence);
  const address = normalizeAddress(r.address);
  const original = r.originalRecipient && normalizeAddress(r.originalRecipient);
  return defined({
    // a report's block may name no mailbox (an X.400 name, a mailbox file): then no address
    address: isMailbox(address) ? address : "",
    originalRecipient: original && isMailbox(original) ? original : undefined,
    action: r.action || undefined,
    status: status || undefined,
    replyCode: replyCode || undefined,
    diagnostic,
    diagnosticType: dsn?.diagnosticType || undefined,
    remoteServer: remoteServer || undefined,
    command: command || undefined,
    lastAttemptDate: dsn?.lastAttemptDate || undefined,
    willRetryUntil: dsn?.willRetryUntil || undefined,
    temporary,
    reason: reason.reason,
    evidence,
  });
}
