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
 * Google Groups' own sentence naming the group in brackets, as its English notice words it
 * (Google Groups and Google Workspace groups alike); a paste may break it over lines.
 */
const GROUP_SENTENCE =
  /the group you tried to contact\s*\(([^()\s]{1,200})\)\s*may not exist,?\s*or you may not have permission to post/i;

/**
 * The group's address in a notice pasted without its headers (no X-Failed-Recipients): an
 * address of the text whose local part the notice names in brackets ("the group you tried to
 * contact (riverside-runners)"), the returned post's To naming it. A paste of the notice alone
 * names no such address (the post was left out, or quoted in a reply): its sentence still says a
 * group refused the post, a failure with no address ("").
 */
function groupNamedInText(src: BounceSource): string[] {
  const sentence = GROUP_SENTENCE.test(src.text);
  if (!sentence && !textHas(src, GROUPS_LINKS)) return [];
  const text = src.text.toLowerCase();
  const addresses = [...new Set(addressesIn(src.text).map((a) => a.toLowerCase()))];
  const named = addresses.filter((a) => text.includes(`(${a.slice(0, a.lastIndexOf("@"))})`));
  return named.length > 0 || !sentence ? named : [""];
}

/** The addresses the group's refusal is about: the header's, or the group the text names. */
function groups(src: BounceSource): string[] {
  return isGroupsBounce(src) ? failedRecipientsHeader(src) : groupNamedInText(src);
}

/**
 * The notice's first six lines that say something: from its top when it came with its headers,
 * from its sentence when pasted (a person's words above it are no part of the notice).
 */
function noticeLines(src: BounceSource, pasted: boolean): string[] {
  const all = textLines(src).lines;
  const from = pasted ? all.findIndex((line) => /group you tried to contact/i.test(line)) : -1;
  const lines: string[] = [];
  for (const line of all.slice(Math.max(from, 0))) {
    const trimmed = line.trim();
    if (trimmed !== "") lines.push(trimmed);
    if (lines.length === 6) break;
  }
  return lines;
}

export const googleGroups: Dialect = {
  id: "googlegroups",
  detect: (src) => lacksDsn(src) && groups(src).length > 0,
  decode: (src) => {
    const header = isGroupsBounce(src);
    const lines = noticeLines(src, !header);
    const recipients = groups(src).map((address) =>
      // The group refused the sender: not a missing mailbox, whatever the wording.
      recipientFromLines(address, lines, "Google Groups notice", "rejected"),
    );
    return header
      ? decodedBy(recipients, "header", "X-Failed-Recipients", "Google Groups")
      : decodedBy(recipients, "body", "the group named in brackets", "Google Groups");
  },
};
