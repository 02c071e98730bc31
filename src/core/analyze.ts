// analyze(input) -> BounceReport. (Placeholder until the engine lands.)
import type { AnalyzeInput, BounceReport } from "./types";

export function analyze(_input: AnalyzeInput): BounceReport {
  return { kind: "not-a-bounce", dialect: "none", recipients: [], evidence: [], warnings: [] };
}
