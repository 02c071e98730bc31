// Which report kinds are about a message that has not reached someone (a failure, a delay, or a
// post a mailing list holds for review), as against a receipt, an auto-reply or a complaint.
import type { BounceKind } from "./types";

const PROBLEMS: ReadonlySet<BounceKind> = new Set<BounceKind>(["failed", "delayed", "held"]);

export function isDeliveryProblem(kind: BounceKind): boolean {
  return PROBLEMS.has(kind);
}
