// Google Groups' refusal of a post ("the group may not exist, or you may not have permission"), in any language.
import { failedRecipientsHeader, recipientFromLines } from "../common/text-bounce";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import type { BounceSource, Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { textLines } from "../common/text-lines";
import { Marks } from "../common/marks";

const GROUPS_LINKS = new Marks(["groups.google", "googlegroups"]);

function isGroupsBounce(src: BounceSource): boolean {
  if (!fromHas(src, ["googlemail.com", "google.com"])) return false;
  const named = failedRecipientsHeader(src).join(" ").toLowerCase();
  return named !== "" && (named.includes("group") || textHas(src, GROUPS_LINKS));
}

export const googleGroups: Dialect = {
  id: "googlegroups",
  detect: (src) => lacksDsn(src) && isGroupsBounce(src),
  decode: (src) => {
    // the notice's first six lines that say something
    const lines: string[] = [];
    for (const line of textLines(src).lines) {
      const trimmed = line.trim();
      if (trimmed !== "") lines.push(trimmed);
      if (lines.length === 6) break;
    }
    const recipients = failedRecipientsHeader(src).map((address) =>
      // The group refused the sender: not a missing mailbox, whatever the wording.
      recipientFromLines(address, lines, "Google Groups notice", "rejected"),
    );
    return decodedBy(recipients, "header", "X-Failed-Recipients", "Google Groups");
  },
};
