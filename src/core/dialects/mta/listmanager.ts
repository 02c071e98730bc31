// Mailing-list managers' notices to a poster (mlmmj's list texts deny-post and wait-post; Mailman
// 2's and 3's held, refused and moderator-rejected templates, and Mailman 2's non-member refusal;
// Sympa's message reports, its refusals under a delivery report of its own): the list refused the post by its
// policy, or holds it for a moderator. The recipient is the list's own address; a held post is
// delayed (a moderator decides; nothing to send again), a refused one failed. The list's notices
// to a member about the member's own bouncing address (mlmmj's probe, Mailman's "membership
// disabled") report no delivery of the reader's: listMembershipNotice tells analyze so.
import type { Reason } from "../../types";
import { addressesIn } from "../common/text-addresses";
import { recipientFromLines } from "../common/text-bounce";
import { lacksDsn, textHas } from "../common/signals";
import { Marks, phraseLookup } from "../common/marks";
import { textLines } from "../common/text-lines";
import type { BounceSource, Dialect } from "../types";

/** A list manager's sentence that the list holds the post for a moderator. */
const HELD = new Marks([
  // mlmmj wait-post
  "the moderators are being asked to review it before releasing it to the list",
  // Mailman 2 and 3 (postheld)
  "is being held until the list moderator can review it for approval",
  // Sympa (message_report, moderating_message)
  "has been forwarded to the moderator",
]);

/** A list manager's sentence that the list refused the post. */
const REFUSED = new Marks([
  // mlmmj deny-post
  "was unable to be delivered to the list",
  // Mailman 3 (rejected by a rule), Mailman 2 (refuse)
  "mailing-list was rejected for the following reasons",
  "has been rejected by the list moderator",
  // Mailman 2 (a non-member's post, rejected by the list's setting)
  "your message has been automatically rejected",
  // Sympa (message_report, under its own delivery report: Diagnostic-Code type X-Sympa)
  "impossible to distribute your message for list",
]);

/** The causes the managers name, and their reasons; the first that the words hold wins. */
const CAUSES: readonly (readonly [string, Reason])[] = [
  // the size limits (mlmmj's maxmailsize, Mailman's max_message_size)
  ["exceeded the maximum allowed message size", "mesgtoobig"],
  ["is larger than the", "mesgtoobig"],
  ["message body is too big", "mesgtoobig"],
  ["was over the maximum size", "mesgtoobig"],
  // the sender is not allowed to post: not a member, not a moderator, a rule of the list's admin
  ["not a list subscriber", "rejected"],
  ["not a list moderator", "rejected"],
  ["not from a list member", "rejected"],
  ["non-members are not allowed", "rejected"],
  ["restricted to list subscribers", "rejected"],
  ["you are not allowed to post to this mailing list", "rejected"],
  ["access rule set up by the list administrator", "rejected"],
  ["matched a header rule", "rejected"],
];
const causeOf = phraseLookup(CAUSES);

/** The list's address: one the notice's From: names with the manager's suffix taken off
 * (list+owner@, list-bounces@, list-owner@); else the list Sympa names ("the list 'name'", from
 * its own sympa@ address: the name at From:'s domain); else the first address of the opening. */
function listAddress(src: BounceSource, lines: readonly string[]): string | undefined {
  const from = addressesIn(src.from)[0];
  const own = from?.replace(/[+-](?:owner|bounces|bounces-help|request|admin)@/i, "@");
  const named = lines.flatMap((l) => addressesIn(l));
  if (own !== from) return named.find((a) => a.toLowerCase() === own?.toLowerCase()) ?? own;
  const quoted = /\blist '([^'\s@]+)(@[^'\s]+)?'/i.exec(lines.join(" "));
  const domain = from?.slice(from.lastIndexOf("@"));
  const at = quoted?.[2] ?? domain;
  if (quoted?.[1] && at) return `${quoted[1]}${at}`;
  return named[0];
}

/** A list manager's own delivery report (Sympa's, Diagnostic-Code type X-Sympa): its text says
 * why, which its report's registry code (5.7.1) does not. */
const byListManager = (src: BounceSource): boolean =>
  src.deliveryStatus?.recipients.some((r) => r.diagnosticType?.toLowerCase() === "x-sympa") ===
  true;

/** The opening of the notice's text with its lines joined: the managers wrap their sentences
 * wherever the list's name and the post's subject end. */
const joined = (src: BounceSource): string => textLines(src).head().replace(/\s+/g, " ");
const LIST = new Marks(["list"]);
const listNotice = (src: BounceSource, marks: Marks): boolean =>
  (lacksDsn(src) || byListManager(src)) && textHas(src, LIST) && marks.in(joined(src));

export const listManager: Dialect = {
  id: "listmanager",
  detect: (src) => listNotice(src, HELD) || listNotice(src, REFUSED),
  decode: (src) => {
    const all = textLines(src).lines.map((l) => l.trim());
    // the notice's own words: up to the returned post or the moderator's address block
    const end = all.findIndex((l) =>
      /^\(the (denied )?message is below|^the original message/i.test(l),
    );
    const lines = all.slice(0, end < 0 ? 24 : end).filter((l) => l !== "");
    const address = listAddress(src, lines);
    if (!address) return undefined;
    const held = HELD.in(joined(src));
    const words = lines.join(" ");
    // a held post breaks no sender rule: only its size names another reason than the policy
    const cause = causeOf(words.toLowerCase());
    const reason =
      cause === "mesgtoobig" || !held ? (cause ?? "policyviolation") : "policyviolation";
    const recipient = recipientFromLines(address, lines, "list manager notice", reason);
    return {
      kind: held ? "held" : "failed",
      recipients: [
        {
          ...recipient,
          action: held ? "delayed" : "failed",
          ...(byListManager(src) ? { preciseDiagnostic: true } : {}),
        },
      ],
      evidence: [
        {
          fact: "dialect",
          source: "body",
          field: "listmanager",
          text: held ? "a list holds the post for its moderator" : "a list refused the post",
        },
      ],
    };
  },
};

/** A list's word to a member that the member's own address bounced (mlmmj's probe, Mailman's
 * "membership disabled"), or to its owner that a member was removed for bouncing without the
 * bounce itself: no message of the reader's failed. */
const MEMBERSHIP = new Marks([
  // mlmmj probe
  "some messages to you could not be delivered",
  // Mailman 2 and 3 (disabled, to the member)
  "has been disabled due to excessive bounces",
  // mlmmj notify (to the owner)
  "because it has been bouncing for too long",
]);

export const listMembershipNotice = (src: BounceSource): boolean => listNotice(src, MEMBERSHIP);
