// Lotus Notes / Domino: "------- Failure Reasons --------" (reason, then address) or "was not delivered to: ... because:".
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";

const SIGNATURES = new Marks(["------- failure reasons", "not listed in domino directory"]);
/** "was not delivered to:" and "because:" in Domino's English, French and German notices. */
const NOT_DELIVERED_TO = [
  "was not delivered to:",
  "n'a pas été remis à",
  "wurde nicht zugestellt an",
];
const NOT_DELIVERED = new Marks(NOT_DELIVERED_TO);
const BECAUSE = new Marks(["because:", "car :", "car:", "weil:"]);

const LAYOUT: TextLayout = {
  start: ["------- failure reasons", ...NOT_DELIVERED_TO],
  end: ["------- returned message"],
};

export const notes: Dialect = {
  id: "notes",
  detect: (src) =>
    textHas(src, SIGNATURES) || (textHas(src, NOT_DELIVERED) && textHas(src, BECAUSE)),
  // Reasons come from the shared MTA wording table (Domino/Notes directory sentences).
  decode: (src) => decodeTextBounce(src, LAYOUT, "Notes report"),
};
