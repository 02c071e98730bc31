// What a dialect returns: its recipients, with the evidence naming the layout it read.
import type { EvidenceSource } from "../../types";
import type { DecodedBounce, DecodedRecipient } from "../types";

/** The decoded bounce, or undefined when the layout named no recipient. */
export function decodedBy(
  recipients: readonly DecodedRecipient[],
  source: EvidenceSource,
  field: string,
  text: string,
): DecodedBounce | undefined {
  return recipients.length > 0
    ? { recipients, evidence: [{ fact: "dialect", source, field, text }] }
    : undefined;
}
