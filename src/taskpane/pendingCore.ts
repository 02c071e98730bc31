// TEMPORARY stand-ins for src/core/diagnosis/resend.ts and summary.ts (helper H3); removed when they land.
import type { DiagnosedRecipient, Diagnosis, Lang } from "../core";
import type { NewMessageForm } from "../office/types";

export function resendForm(
  d: Diagnosis,
  r: DiagnosedRecipient,
  corrected: string,
  _lang: Lang,
): NewMessageForm {
  const others = (list: readonly string[]) => list.filter((a) => a !== r.address);
  return {
    to: [corrected, ...others(d.original?.to ?? [])],
    cc: others(d.original?.cc ?? []),
    subject: d.original?.subject ?? "",
    body: `${r.address} -> ${corrected}`,
  };
}

export function helpDeskSummary(d: Diagnosis, lang: Lang): string {
  return d.recipients
    .map((r) => `${r.address}: ${r.status ?? ""} ${r.explanation.summary[lang]}`)
    .join("\n");
}
