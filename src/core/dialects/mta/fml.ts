// fml mailing-list manager notices ("Loop Alert", "not member"): the list's address, and fml's own reason.
import { addressesIn } from "../common/text-addresses";
import { recipientFromLines } from "../common/text-bounce";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";
import { textLines } from "../common/text-lines";

/** fml's fixed sentences and what each means. */
const FML_REASONS: readonly (readonly [string, Reason])[] = [
  ["duplicated message-id", "systemerror"],
  ["you are not a member", "rejected"],
  ["you are not member", "rejected"],
  ["not member", "rejected"],
  ["is not permitted", "rejected"],
  ["message size exceeds", "mesgtoobig"],
];

const ORIGINAL_FOLLOWS = new Marks(["original mail as follows:"]);

export const fml: Dialect = {
  id: "fml",
  detect: (src) => lacksDsn(src) && fromHas(src, ["-admin@"]) && textHas(src, ORIGINAL_FOLLOWS),
  decode: (src) => {
    const lines = textLines(src).lines;
    const end = lines.findIndex((l) => l.toLowerCase().includes("original mail as follows:"));
    const report = lines.slice(0, end < 0 ? 6 : end).filter((l) => l.trim() !== "");
    const address = report.flatMap((l) => addressesIn(l))[0];
    if (!address) return undefined;
    const lower = report.join(" ").toLowerCase();
    const reason = FML_REASONS.find(([words]) => lower.includes(words))?.[1];
    return {
      recipients: [recipientFromLines(address, report, "fml notice", reason)],
      evidence: [{ fact: "dialect", source: "body", field: "fml", text: "fml notice" }],
    };
  },
};
