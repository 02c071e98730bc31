// Classes still wrong when every held-out set on this machine (rounds 14 to 44, their second
// samples, the lists', filters' and biggest receivers' rounds) was run again on one day's code
// (test/catalog/ROUNDS.md, "Across rounds", second pass): each class read wrong for replies of at
// least two sources, or one and the software's own words. Real replies name their source; the
// others are the class's plain form. Each is checked as the code command reads it and in a
// Postfix DSN.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";

/** A fault inside the receiving server, refused outright: only the receiving side clears it. */
const RECEIVER_FAULT = {
  id: "receiver-local-fault",
  owner: "recipient-admin",
  temporary: false,
  words: ["fault on its own side"],
  wordsJa: ["不具合"],
} as const;

/** Too many recipients for one transaction, for now: the sending server sends the rest itself. */
const RECIPIENT_CAP_FOR_NOW = {
  id: "iana-4.5.3",
  owner: "nobody",
  temporary: true,
  words: [],
} as const;

/** The receiving organization's own list of refused senders, no public block list. */
const BLOCKED_BY_DOMAIN = {
  id: "sender-blocked-by-recipient-domain",
  owner: "recipient-admin",
  temporary: false,
  words: ["own list of blocked senders"],
  wordsJa: ["受信拒否リスト"],
} as const;

const BLOCKED_BY_RECIPIENT = {
  id: "sender-blocked-by-recipient",
  owner: "recipient",
  temporary: false,
  words: ["blocked senders"],
  wordsJa: ["受信拒否リスト"],
} as const;

/** A Postfix sender restriction naming a mailbox state: the sender's address, not the recipient's. */
const SENDER_REFUSED = {
  id: "sender-refused",
  owner: "you",
  temporary: false,
  words: ["because of its sender"],
  wordsJa: ["送信者を理由に"],
} as const;

/** The same restriction naming the sender's own mailbox as disabled: that state is the point. */
const SENDER_MAILBOX_DISABLED = {
  id: "sender-mailbox-disabled",
  owner: "you",
  temporary: false,
  words: ["mailbox of the address you sent from is disabled"],
  wordsJa: ["送信に使ったアドレスのメールボックス"],
} as const;

const CASES: readonly ProviderCase[] = [
  // hmailserver/hmailserver issue 92
  {
    name: "hMailServer: 554 received but it could not be saved",
    reply: "554 Your message was received but it could not be saved. Please retry later.",
    status: "5.0.0",
    expected: RECEIVER_FAULT,
  },
  // Microsoft's KB Q115495
  {
    name: "552 Error in local delivery",
    reply: "552 Error in local delivery",
    status: "5.0.0",
    expected: RECEIVER_FAULT,
  },
  {
    name: "Postfix: 554 5.3.0 queue file write error",
    reply: "554 5.3.0 Error: queue file write error",
    status: "5.3.0",
    expected: RECEIVER_FAULT,
  },
  {
    name: "554 Unable to queue message",
    reply: "554 Unable to queue message",
    status: "5.0.0",
    expected: RECEIVER_FAULT,
  },
  // ContactLab's smart relay documentation, ServiceUnavailableRecipientsLimit
  {
    name: "452 4.5.3 recipients per message limit reached",
    reply: "452 4.5.3 Service unavailable, recipients per message limit reached",
    status: "4.5.3",
    expected: RECIPIENT_CAP_FOR_NOW,
  },
  // SparkPost's developer documentation, its table of Momentum's replies
  {
    name: "452 4.5.3 batch limit reached",
    reply: "452 4.5.3 Service unavailable, batch limit reached",
    status: "4.5.3",
    expected: RECIPIENT_CAP_FOR_NOW,
  },
  {
    name: "452 4.5.3 Error: too many recipients",
    reply: "452 4.5.3 Error: too many recipients",
    status: "4.5.3",
    expected: RECIPIENT_CAP_FOR_NOW,
  },
  // roman-rybalko/af, its tests of a user's list of senders
  {
    name: "af: Access denied (user policy, sender mail address)",
    reply: "550 Access denied (user policy, sender mail address)",
    status: "5.0.0",
    expected: BLOCKED_BY_RECIPIENT,
  },
  {
    name: "Access denied (user policy, sender domain)",
    reply: "550 Access denied (user policy, sender domain)",
    status: "5.0.0",
    expected: BLOCKED_BY_RECIPIENT,
  },
  // roman-rybalko/af, its tests of a domain's list of senders
  {
    name: "af: Access denied (user domain policy, sender mail address)",
    reply: "550 Access denied (user domain policy, sender mail address)",
    status: "5.0.0",
    expected: BLOCKED_BY_DOMAIN,
  },
  // chriscapisce/Custom-Exim4-Blacklists: an Exim deny-senders list
  {
    name: "Exim: You have been blacklisted for sending SPAM",
    reply: "550 You have been blacklisted for sending SPAM.",
    status: "5.0.0",
    expected: BLOCKED_BY_DOMAIN,
  },
  // a MagicSpam refusal pasted on pastebin.com (BuXeVp0X)
  {
    name: "MagicSpam: 550 5.7.0 You have been blacklisted",
    reply:
      "550 5.7.0 You have been blacklisted. See http://spamauditor.org/best-practices/empowering-your-users/ for more information.. Protection provided by MagicSpam 2.1-12.2",
    status: "5.7.0",
    expected: BLOCKED_BY_DOMAIN,
  },
  {
    name: "554 5.7.1 You have been blacklisted",
    reply: "554 5.7.1 You have been blacklisted",
    status: "5.7.1",
    expected: BLOCKED_BY_DOMAIN,
  },
  // a Postfix refusal pasted on pastebin.com (6JA7cVwM); round 55: the sender's own mailbox state
  // is its meaning (a mail server's own "Sender address rejected: mailbox disabled or deleted")
  {
    name: "Postfix: Sender address rejected: mailbox disabled",
    reply:
      "550 5.7.1 <reditelka@msrychvald.cz>: Sender address rejected: mailbox disabled - DEBUG: dom msrychvald.cz",
    status: "5.7.1",
    expected: SENDER_MAILBOX_DISABLED,
  },
  {
    name: "Postfix: Sender address rejected: account suspended",
    reply: "554 5.7.1 <kim@contoso.example>: Sender address rejected: account suspended",
    status: "5.7.1",
    expected: SENDER_REFUSED,
  },
  // gen-smtp/gen_smtp issue 140: Gmail's older wording of its daily limit
  {
    name: "Gmail: 550 5.4.5 Daily user sending quota exceeded",
    reply: "550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp",
    status: "5.4.5",
    remote: "smtp.gmail.com",
    expected: {
      id: "gmail-5.4.5-sending-limit",
      owner: "you",
      temporary: false,
      words: ["Google account"],
      wordsJa: ["Google アカウント"],
    },
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("the code command", () => {
    const [first] = lookupCode(c.status, {
      text: c.reply,
      ...(c.remote === undefined ? {} : { remote: c.remote }),
    });
    expect([first?.id, first?.owner, first?.temporary]).toEqual([
      c.expected.id,
      c.expected.owner,
      c.expected.temporary,
    ]);
  });
  test("in a Postfix DSN", () => {
    expect(problems(c, explainWrapped(c, "postfix"))).toEqual([]);
  });
});

// The neighbours keep their meanings: a public list named, a refusal of too many recipients, an
// SES account's quota, a recipient's disabled mailbox.
test.each([
  ["5.0.0", "550 You have been blacklisted by bl.spamcop.net", "spamcop-listed"],
  ["5.5.3", "552 5.5.3 Too many recipients", "iana-5.5.3"],
  ["5.0.0", "554 Message rejected: Sending quota exceeded", "sending-service-quota"],
  [
    "5.7.1",
    "550 5.7.1 <kim@fabrikam.example>: Recipient address rejected: mailbox disabled",
    "iana-5.2.1",
  ],
])("%s %s keeps its meaning", (status, reply, id) => {
  expect(lookupCode(status, { text: reply })[0]?.id).toBe(id);
});
