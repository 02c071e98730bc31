// diagnose(report) -> Diagnosis: each recipient with its catalog explanation. (Placeholder.)
import type { BounceReport, Diagnosis } from "../types";

export function diagnose(report: BounceReport): Diagnosis {
  return { ...report, recipients: [] };
}
