// Which recipients get a card, and how many failed for good: read by the cards and by the
// pane's announcement, which renders before the engine chunk (and its cards) have loaded.
import type { DiagnosedRecipient, Diagnosis } from "../core";

/** Recipients the message reached need no card. */
const REACHED = new Set(["delivered", "relayed", "expanded"]);

export function cardRecipients(d: Diagnosis): readonly DiagnosedRecipient[] {
  return d.recipients.filter((r) => !REACHED.has(r.action?.toLowerCase() ?? ""));
}

/** How many recipients failed for good (delayed ones may still arrive). */
export function failedCount(d: Diagnosis): number {
  return cardRecipients(d).filter((r) => !r.temporary).length;
}
