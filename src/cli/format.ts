// Output of one analysed file: a JSON line, or a few human-readable lines.
import { OWNER_LABELS, type Diagnosis, type Lang } from "../core";
import { KIND_LABELS, WORDS } from "./labels";

/** The JSON line of one file: the report's facts, each recipient with its explanation. */
export function jsonLine(file: string, d: Diagnosis): string {
  return JSON.stringify({
    file,
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
    warnings: d.warnings,
  });
}

/** Human-readable lines of one file, in `lang`. */
export function humanLines(file: string, d: Diagnosis, lang: Lang): string[] {
  const lines = [
    `${file}: ${KIND_LABELS[d.kind][lang]}${d.dialect !== "none" ? ` [${d.dialect}]` : ""}`,
  ];
  if (d.generatingServer) lines.push(`  ${WORDS.server[lang]}: ${d.generatingServer}`);
  if (d.original?.subject) lines.push(`  ${WORDS.subject[lang]}: ${d.original.subject}`);
  if (d.recipients.length === 0 && d.kind !== "not-a-bounce") lines.push(`  ${WORDS.none[lang]}`);
  for (const r of d.recipients) {
    const codes = [r.status, r.replyCode].filter(Boolean).join(" ");
    // Only a delivery problem is temporary or permanent; a report or an auto-reply is neither.
    const failure = d.kind === "failed" || d.kind === "delayed";
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
  }
  for (const w of d.warnings) lines.push(`  ${WORDS.warning[lang]}: ${w}`);
  return lines;
}
