// Lotus Notes / Domino SMTP gateway: "------- Failure Reasons --------", the reason, then the address.
import { decodeTextBounce } from "../common/text-bounce";
import { textHas } from "../common/signals";
import type { Reason } from "../../types";
import type { Dialect } from "../types";

/** Notes' own words for a recipient it cannot find in its directory. */
function notesReason(diagnostic: string): Reason | undefined {
  return diagnostic.includes("not listed in public name & address book") ||
    diagnostic.includes("not listed in domino directory")
    ? "userunknown"
    : undefined;
}

export const notes: Dialect = {
  id: "notes",
  detect: (src) => textHas(src, ["------- failure reasons", "not listed in domino directory"]),
  decode: (src) => {
    const decoded = decodeTextBounce(
      src,
      { start: ["------- failure reasons"], end: ["------- returned message"] },
      "Notes report",
      notesReason,
    );
    if (!decoded) return undefined;
    // Notes writes the reason above the address: give each address the report's reason lines.
    const report = src.text.split("\n");
    const from = report.findIndex((l) => l.toLowerCase().includes("------- failure reasons"));
    const reasonLines = report
      .slice(from + 1, from + 6)
      .filter((l) => l.trim() !== "" && !l.includes("@"));
    const words = reasonLines.join(" ").trim();
    return {
      ...decoded,
      recipients: decoded.recipients.map((r) =>
        r.diagnostic || words === ""
          ? r
          : {
              ...r,
              diagnostic: words,
              ...(notesReason(words.toLowerCase()) ? { reason: "userunknown" as const } : {}),
            },
      ),
    };
  },
};
