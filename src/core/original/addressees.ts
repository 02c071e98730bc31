// The returned original's addressees as compared with a report's addresses: the bare address of
// "Name <a@b>", lower-cased. One rule for the resend form, the not-written advice and the
// Received "for" reading.
import type { OriginalMessage } from "../types";

/** The bare address of "Name <a@b>" or "a@b", lower-cased for comparison. */
export function addressKey(address: string): string {
  const m = /<([^<>]{1,320})>/.exec(address);
  return (m?.[1] ?? address).trim().toLowerCase();
}

/** The original's To and Cc, as compared (addressKey). */
export function addresseeKeys(original: Pick<OriginalMessage, "to" | "cc">): Set<string> {
  return new Set([...original.to, ...original.cc].map(addressKey));
}
