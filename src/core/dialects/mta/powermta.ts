// PowerMTA's delivery reports: its X-PowerMTA-BounceCategory field names the reason class outright.
import type { Reason } from "../../types";
import type { DecodedRecipient, Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { ownValue } from "../../own";

/** PowerMTA's bounce categories (its User's Guide, "bounce categories") and Sisimai's reasons. */
const CATEGORIES: Readonly<Record<string, Reason>> = {
  "bad-mailbox": "userunknown",
  "bad-domain": "hostunknown",
  "inactive-mailbox": "suspend",
  "quota-issues": "mailboxfull",
  "spam-related": "spamdetected",
  "policy-related": "policyviolation",
  "virus-related": "virusdetected",
  "content-related": "contenterror",
  "invalid-sender": "rejected",
  "relaying-issues": "norelaying",
  "message-expired": "expired",
  "no-answer-from-host": "expired",
  "bad-connection": "networkerror",
  "routing-errors": "systemerror",
  "protocol-errors": "systemerror",
  "bad-configuration": "systemerror",
};

const FIELD = "x-powermta-bouncecategory";

export const powermta: Dialect = {
  id: "powermta",
  detect: (src) =>
    src.deliveryStatus?.recipients.some((r) => r.fields.some((f) => f.name === FIELD)) ?? false,
  decode: (src) => {
    const recipients = (src.deliveryStatus?.recipients ?? []).flatMap((r): DecodedRecipient[] => {
      const category =
        r.fields
          .find((f) => f.name === FIELD)
          ?.value.trim()
          .toLowerCase() ?? "";
      const reason = ownValue(CATEGORIES, category);
      const address = r.finalRecipient?.replace(/^[^;]{1,16};\s*/, "");
      if (!address || !reason) return [];
      const evidence = {
        fact: "reason",
        source: "dsn" as const,
        field: "X-PowerMTA-BounceCategory",
        text: category,
      };
      return [{ address, reason, evidence: [evidence] }];
    });
    return decodedBy(recipients, "dsn", FIELD, "PowerMTA");
  },
};
