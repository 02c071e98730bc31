// Output of one analysed message: a JSON line, CSV rows, or a few human-readable lines.
import { stringify } from "csv-stringify/sync";
import { OWNER_LABELS, isDeliveryProblem, warningText, type Diagnosis, type Lang } from "../core";
import { KIND_LABELS, WORDS } from "./labels";
import { printable } from "./printable";

/** Where a message came from: a file, or the n-th message of an mbox (or of standard input). */
export interface Origin {
  readonly file: string;
  readonly message?: number;
}

/** The JSON line of one message: the report's facts, each recipient with its explanation. */
export function jsonLine(origin: Origin, d: Diagnosis): string {
  return JSON.stringify({
    file: origin.file,
    ...(origin.message !== undefined ? { message: origin.message } : {}),
    kind: d.kind,
    dialect: d.dialect,
    generatingServer: d.generatingServer ?? null,
    subject: d.subject ?? null,
    original: d.original ?? null,
    recipients: d.recipients.map((r) => ({
      address: r.address,
      action: r.action ?? null,
      status: r.status ?? null,
      replyCode: r.replyCode ?? null,
      reason: r.reason,
      temporary: r.temporary,
      diagnostic: r.diagnostic ?? null,
      remoteServer: r.remoteServer ?? null,
      command: r.command ?? null,
      evidence: r.evidence,
      explanation: r.explanation,
    })),
    // in English, as a script reads them
    warnings: d.warnings.map((w) => warningText(w, "en")),
  });
}

/** The CSV header; one row per recipient follows. */
export const CSV_COLUMNS = [
  "file",
  "message",
  "address",
  "action",
  "status",
  "reason",
  "owner",
  "entry",
  "title",
  "remote server",
] as const;

/**
 * RFC 4180 (CRLF, quotes where needed). A cell that starts with = + - @ gets a leading ' so a
 * spreadsheet shows it as text: addresses and server names come from the email and must not run.
 */
const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true } as const;

export function csvHeader(): string {
  return stringify([CSV_COLUMNS], CSV_OPTIONS);
}

/** The CSV rows of one message, one per recipient (none when it has none). */
export function csvRows(origin: Origin, d: Diagnosis): string {
  if (d.recipients.length === 0) return "";
  return stringify(
    d.recipients.map((r) => [
      origin.file,
      origin.message ?? "",
      r.address,
      r.action ?? "",
      r.status ?? "",
      r.reason,
      r.explanation.owner,
      r.explanation.id,
      r.explanation.title,
      r.remoteServer ?? "",
    ]),
    CSV_OPTIONS,
  );
}

/** "file" or "file (message 3)": how human output names a message. */
export function originLabel(origin: Origin, lang: Lang): string {
  if (origin.message === undefined) return origin.file;
  return `${origin.file} (${WORDS.message[lang].replace("{n}", String(origin.message))})`;
}

/** Human-readable lines of one message, in `lang`. */
export function humanLines(origin: Origin, d: Diagnosis, lang: Lang): string[] {
  const lines = [
    `${originLabel(origin, lang)}: ${KIND_LABELS[d.kind][lang]}${d.dialect !== "none" ? ` [${d.dialect}]` : ""}`,
  ];
  if (d.generatingServer) lines.push(`  ${WORDS.server[lang]}: ${d.generatingServer}`);
  if (d.original?.subject) lines.push(`  ${WORDS.subject[lang]}: ${d.original.subject}`);
  if (d.recipients.length === 0 && d.kind !== "not-a-bounce") lines.push(`  ${WORDS.none[lang]}`);
  for (const r of d.recipients) {
    const codes = [r.status, r.replyCode].filter(Boolean).join(" ");
    // Only a failure or a delay is temporary or permanent; a report or an auto-reply is neither,
    // nor a held message (a list's moderator or the sender releases it; nothing retries it).
    const failure = isDeliveryProblem(d.kind) && d.kind !== "held";
    const span = r.temporary ? WORDS.temporary[lang] : WORDS.permanent[lang];
    lines.push(
      `  ${r.address || WORDS.noAddress[lang]}: ${codes ? codes + " " : ""}${r.reason}${failure ? ` (${span})` : ""}`,
    );
    if (r.diagnostic) lines.push(`    ${WORDS.diagnostic[lang]}: ${r.diagnostic}`);
    if (r.remoteServer) lines.push(`    ${WORDS.remote[lang]}: ${r.remoteServer}`);
    const e = r.explanation;
    lines.push(`    ${e.summary[lang]}`);
    lines.push(`    ${WORDS.owner[lang]}: ${OWNER_LABELS[e.owner][lang]}`);
    for (const step of e.fix) lines.push(`    - ${step[lang]}`);
    // The address to resend to, only where it is not the one that failed (a mistyped domain's
    // correction, the address the user wrote before a forward): the failed address again would
    // read as "send it there again", which the steps above say not to do.
    if (e.resendTo !== undefined && e.resendTo.toLowerCase() !== r.address.toLowerCase())
      lines.push(`    ${WORDS.resendTo[lang]}: ${e.resendTo}`);
    if (e.provider)
      lines.push(`    ${WORDS.provider[lang]}: ${e.provider.name} <${e.provider.page}>`);
  }
  for (const w of d.warnings) lines.push(`  ${WORDS.warning[lang]}: ${warningText(w, lang)}`);
  return lines.map(printable);
}
