// Lotus Notes / Domino: "------- Failure Reasons --------" (reason, then address) or "was not delivered to: ... because:".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

const SIGNATURES = new Marks(["------- failure reasons", "not listed in domino directory"]);
const NOT_DELIVERED = new Marks(["was not delivered to:"]);
const BECAUSE = new Marks(["because:"]);

const LAYOUT: TextLayout = {
  start: ["------- failure reasons", "was not delivered to:"],
  end: ["------- returned message"],
};

export const notes: Dialect = {
  id: "notes",
  detect: (src) =>
    textHas(src, SIGNATURES) || (textHas(src, NOT_DELIVERED) && textHas(src, BECAUSE)),
  // Reasons come from the shared MTA wording table (Domino/Notes directory sentences).
  decode: (src) => decodeTextBounce(src, LAYOUT, "Notes report"),
};
