// Decides a recipient's reason. (Placeholder until the classifier lands.)
import type { ReasonInput, ReasonResult } from "./types";

export function classifyReason(input: ReasonInput): ReasonResult {
  return {
    reason: input.explicit ?? "undefined",
    evidence: { fact: "reason", source: "inferred", text: "no rule matched" },
  };
}
