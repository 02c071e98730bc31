// MessageLabs (Broadcom Email Security.cloud) as the sender's outbound relay: its DSN passes on the
// destination's refusal, whose words its own bounce table reads as a missing mailbox.
import type { Reason } from "../../types";
import type { DecodedRecipient, Dialect } from "../types";
import { decodedBy } from "../common/decoded";

/** The relay's report wording and its reason (Sisimai's MessageLabs table, lower-case). */
const WORDS: readonly (readonly [RegExp, Reason])[] = [
  [/please turn on smtp authentication/, "securityerror"],
  [/no such user/, "userunknown"],
  // MessageLabs's own "542 <addr> Rejected": the recipient was refused.
  [/^542 \S{1,256} rejected$/, "userunknown"],
];

function isMessageLabs(host: string | undefined): boolean {
  return /(?:^|[.@])messagelabs\.com\b/i.test(host ?? "");
}

export const messageLabs: Dialect = {
  id: "messagelabs",
  detect: (src) =>
    (src.deliveryStatus?.recipients.length ?? 0) > 0 &&
    (isMessageLabs(src.deliveryStatus?.reportingMta) || isMessageLabs(src.from)),
  decode: (src) => {
    const recipients = (src.deliveryStatus?.recipients ?? []).flatMap((r): DecodedRecipient[] => {
      const address = r.finalRecipient?.replace(/^[^;]{1,16};\s*/, "");
      const words = (r.diagnosticCode ?? "").trim().toLowerCase();
      const hit = WORDS.find(([w]) => w.test(words));
      if (!address || !hit) return [];
      const evidence = {
        fact: "reason",
        source: "dsn" as const,
        field: "Diagnostic-Code",
        text: r.diagnosticCode ?? "",
      };
      return [{ address, reason: hit[1], evidence: [evidence] }];
    });
    return decodedBy(recipients, "dsn", "Reporting-MTA", "MessageLabs");
  },
};
