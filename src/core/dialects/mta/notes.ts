// Lotus Notes / Domino: "------- Failure Reasons --------" (reason, then address) or "was not delivered to: ... because:".
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";

export const notes: Dialect = {
  id: "notes",
  detect: (src) =>
    textHas(src, ["------- failure reasons", "not listed in domino directory"]) ||
    (textHas(src, ["was not delivered to:"]) && textHas(src, ["because:"])),
  // Reasons come from the shared MTA wording table (Domino/Notes directory sentences).
  decode: (src) =>
    decodeTextBounce(
      src,
      {
        start: ["------- failure reasons", "was not delivered to:"],
        end: ["------- returned message"],
      },
      "Notes report",
    ),
};
