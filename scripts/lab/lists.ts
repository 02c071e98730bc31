// The mailing-list set (LAB_SET=lists: test/corpus/lab-lists): list managers behind the lab's
// Postfix (mlmmj, Mailman 3), each with one list per policy below, and the notices a user meets
// from them: a post refused by the list's policy, a post held for a moderator (nothing failed yet:
// nothing to send again), the list's probe or "your membership is disabled" notice to a member
// whose address bounced, and, for a list the user owns, the list's word that a member's address
// bounces. The lists are data: each manager's script (mta/<manager>.sh) sets them up in its own
// form from `tsx scripts/lab/lists.ts` (one line per list: name, policy, members, owner).
import type { Owner, Reason } from "../../src/core/types";
import { SENDER, type Scenario } from "./scenarios";

/** A list's policy, as the lab sets it up in each manager. */
export type Policy =
  /** only members may post; the user is not one */
  | "closed"
  /** every post waits for a moderator; the user is a member */
  | "moderated"
  /** a non-member's post waits for a moderator */
  | "held-nonmember"
  /** a size limit the post exceeds */
  | "size"
  /** the list's address must be in To: or Cc:; the post names another */
  | "explicit"
  /** every post waits for a moderator, who rejects the user's */
  | "rejecting"
  /** a rule of the list's admin refuses the user's From: */
  | "access"
  /** only moderators may post */
  | "modonly"
  /** the user is a member whose address the list has seen bounce: its probe or notice */
  | "bouncing"
  /** the user owns the list; a member's address bounces the user's post */
  | "owned";

export type Manager = "mlmmj" | "mailman3" | "sympa";

export interface List {
  readonly name: string;
  readonly policy: Policy;
  /** Members besides the user (the user is one where `member`). */
  readonly members: readonly string[];
  readonly member: boolean;
  /** The user owns the list (its notices to the owner reach the user). */
  readonly owned?: boolean;
}

/** A member the lab's receiver refuses (550 5.1.1), and one it accepts. */
export const BOUNCING_MEMBER = "unknown@lab.test";
const LIST_OWNER = "owner@lab.test";

export const LISTS: readonly List[] = [
  { name: "lab-closed", policy: "closed", members: ["ok@lab.test"], member: false },
  { name: "lab-moderated", policy: "moderated", members: ["ok@lab.test"], member: true },
  { name: "lab-heldnon", policy: "held-nonmember", members: ["ok@lab.test"], member: false },
  { name: "lab-size", policy: "size", members: ["ok@lab.test"], member: true },
  { name: "lab-explicit", policy: "explicit", members: ["ok@lab.test"], member: true },
  { name: "lab-rejecting", policy: "rejecting", members: ["ok@lab.test"], member: true },
  { name: "lab-access", policy: "access", members: ["ok@lab.test"], member: true },
  { name: "lab-modonly", policy: "modonly", members: ["ok@lab.test"], member: true },
  { name: "lab-probe", policy: "bouncing", members: ["ok@lab.test"], member: true },
  {
    name: "lab-owned",
    policy: "owned",
    members: ["ok@lab.test", BOUNCING_MEMBER],
    member: true,
    owned: true,
  },
];

/** What a notice means for the user: which address, whether it failed, was held or is no
 * bounce at all, why, and who must act. */
export interface Outcome {
  /** failed: the post (or a member's copy) will not be delivered; delayed: held, a moderator
   * decides (nothing to send again); none: no delivery of the user's failed (a probe, a notice). */
  readonly action: "failed" | "delayed" | "none";
  /** The list's own address, or the bouncing member's. */
  readonly address: "list" | "member";
  readonly reason: Reason | null;
  /** Other right reasons (a hold is also Sisimai's "onhold", a sender refused "rejected"). */
  readonly also?: readonly Reason[];
  readonly owner: Owner | null;
  readonly cause: string;
}

const refused = (reason: Reason, owner: Owner, cause: string, also?: Reason[]): Outcome => ({
  action: "failed",
  address: "list",
  reason,
  owner,
  cause,
  ...(also ? { also } : {}),
});
const POLICY: Reason[] = ["policyviolation"];
const SENDER_REFUSED: Reason[] = ["rejected"];
const held = (reason: Reason, cause: string): Outcome => ({
  action: "delayed",
  address: "list",
  reason,
  also: ["onhold"],
  owner: "recipient-admin",
  cause,
});
// mlmmj 1.3 removed no bouncing member in the lab's wait (it probes again at every maintenance
// run), so the owner of its list had no word of one: no "owned" outcome for it.
const NONE = (cause: string): Outcome => ({
  action: "none",
  address: "member",
  reason: null,
  owner: null,
  cause,
});

/** Each manager's notices per policy, in the order they come (a post held, then the moderator's
 * refusal or the request's expiry; a policy a manager has no form of is left out; notices past the
 * last take its outcome). Mailman holds a post that is too big or names the list only in Bcc,
 * where mlmmj refuses it. */
export const OUTCOMES: Readonly<Record<Manager, Partial<Record<Policy, readonly Outcome[]>>>> = {
  mlmmj: {
    closed: [refused("rejected", "recipient-admin", "subonlypost: not a subscriber", POLICY)],
    moderated: [held("policyviolation", "moderated list: awaiting release")],
    "held-nonmember": [held("policyviolation", "modnonsubposts: not a subscriber, held")],
    size: [refused("mesgtoobig", "you", "maxmailsize exceeded")],
    explicit: [refused("policyviolation", "you", "tocc: list address not in To: or Cc:")],
    access: [refused("rejected", "recipient-admin", "an access rule denies the sender", POLICY)],
    modonly: [refused("rejected", "recipient-admin", "modonlypost: not a moderator", POLICY)],
    bouncing: [NONE("probe: messages to the member bounced, now back to normal")],
  },
  sympa: {
    closed: [refused("rejected", "recipient-admin", "send private: not a subscriber", POLICY)],
    moderated: [held("policyviolation", "send editorkey: to the moderator")],
    "held-nonmember": [held("policyviolation", "send privateoreditorkey: a non-member's post")],
    size: [refused("mesgtoobig", "you", "max_size exceeded")],
    explicit: [refused("policyviolation", "you", "send public_nobcc: the list only in Bcc")],
  },
  mailman3: {
    closed: [refused("rejected", "recipient-admin", "non-member post rejected", POLICY)],
    moderated: [held("policyviolation", "member moderation: held")],
    "held-nonmember": [held("policyviolation", "non-member post: held")],
    size: [held("mesgtoobig", "message body too big: held")],
    explicit: [held("policyviolation", "implicit destination: held")],
    rejecting: [
      held("policyviolation", "member moderation: held"),
      refused("policyviolation", "recipient-admin", "a moderator rejected it", SENDER_REFUSED),
    ],
    access: [refused("rejected", "recipient-admin", "a header rule rejects the sender", POLICY)],
    bouncing: [NONE("to the member: membership disabled for bouncing")],
    owned: [
      {
        action: "failed",
        address: "member",
        reason: "userunknown",
        owner: "you",
        cause: "to the owner: a member's subscription disabled, the member's bounce attached",
      },
    ],
  },
};

export interface ListScenario extends Scenario {
  readonly list: List;
}

/** One post per list, from the user, to the list's address on the manager's host ({server}); To:
 * names the list, except for the list that wants it there (explicit), whose post names another. */
export const LIST_SCENARIOS: readonly ListScenario[] = LISTS.map((list) => ({
  name: `ls-${list.policy}`,
  rcpts: [`${list.name}@{server}.lab.test`],
  list,
  ...(list.policy === "explicit" ? {} : { to: [`${list.name}@{server}.lab.test`] }),
  ...(list.policy === "size" ? { body: "large" as const } : {}),
}));

// usage: tsx scripts/lab/lists.ts (a manager's script): one line per list, "name policy owner
// member,member": the user among the members where it is one, its owner the user or the lab's.
if (require.main === module) {
  for (const list of LISTS) {
    const members = [...(list.member ? [SENDER] : []), ...list.members];
    const owner = list.owned ? SENDER : LIST_OWNER;
    console.log(`${list.name} ${list.policy} ${owner} ${members.join(",")}`);
  }
}
