// The lines of the report a recipient's explanation rests on, as the pane's evidence list and the
// help-desk summary both show them.
import type { DiagnosedRecipient, Evidence } from "../types";

/** The pane shows this many; a help-desk ticket needs no more. */
const MAX_LINES = 5;

/**
 * What the report itself says, once per line: inferred facts are conclusions, not evidence,
 * and the same line often supports several facts.
 */
export function reportLines(recipient: DiagnosedRecipient): Evidence[] {
  const seen = new Set<string>();
  return [...recipient.evidence, ...recipient.explanation.evidence]
    .filter((e) => e.source !== "inferred" && !seen.has(e.text) && seen.add(e.text))
    .slice(0, MAX_LINES);
}
