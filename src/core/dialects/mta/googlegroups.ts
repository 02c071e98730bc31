// Google Groups' refusal of a post ("the group may not exist, or you may not have permission"), in any language.
import { recipientFromLines } from "../common/text-bounce";
import { failedRecipientsHeader } from "../common/unnamed-recipients";
import { fromHas, lacksDsn, textHas } from "../common/signals";
import type { BounceSource, Dialect } from "../types";
import { decodedBy } from "../common/decoded";
import { textLines } from "../common/text-lines";
import { Marks } from "../common/marks";
import { addressesIn } from "../common/text-addresses";

const GROUPS_LINKS = new Marks(["groups.google", "googlegroups"]);

function isGroupsBounce(src: BounceSource): boolean {
  if (!fromHas(src, ["googlemail.com", "google.com"])) return false;
  const named = failedRecipientsHeader(src).join(" ").toLowerCase();
  return named !== "" && (named.includes("group") || textHas(src, GROUPS_LINKS));
}

/**
 * The group's address in a notice pasted without its headers (no X-Failed-Recipients): an
 * address of the text whose local part the notice names in brackets ("the group you tried to
 * contact (riverside-runners)"), the returned post's To naming it.
 */
function groupNamedInText(src: BounceSource): string[] {
  if (!textHas(src, GROUPS_LINKS)) return [];
  const text = src.text.toLowerCase();
  const addresses = [...new Set(addressesIn(src.text).map((a) => a.toLowerCase()))];
  return addresses.filter((a) => text.includes(`(${a.slice(0, a.lastIndexOf("@"))})`));
}

/** The addresses the group's refusal is about: the header's, or the group the text names. */
function groups(src: BounceSource): string[] {
  return isGroupsBounce(src) ? failedRecipientsHeader(src) : groupNamedInText(src);
}

export const googleGroups: Dialect = {
  id: "googlegroups",
  detect: (src) => lacksDsn(src) && groups(src).length > 0,
  decode: (src) => {
    // the notice's first six lines that say something
    const lines: string[] = [];
    for (const line of textLines(src).lines) {
      const trimmed = line.trim();
      if (trimmed !== "") lines.push(trimmed);
      if (lines.length === 6) break;
    }
    const recipients = groups(src).map((address) =>
      // The group refused the sender: not a missing mailbox, whatever the wording.
      recipientFromLines(address, lines, "Google Groups notice", "rejected"),
    );
    return isGroupsBounce(src)
      ? decodedBy(recipients, "header", "X-Failed-Recipients", "Google Groups")
      : decodedBy(recipients, "body", "the group named in brackets", "Google Groups");
  },
};
