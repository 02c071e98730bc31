// Refusals about the envelope sender itself (sender-address-wordings.ts): the empty sender <>
// refused, and the sender's own mailbox disabled. Under x.1.3 and x.7.1 the registry sends the
// user to correct the recipient's address or to the generic policy check. Real replies name their
// source; the others are the class's plain form.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const NULL_SENDER = {
  id: "null-sender-refused",
  owner: "recipient-admin",
  temporary: false,
  words: ["empty sender", "RFC 5321"],
  wordsJa: ["空の送信者"],
} as const;

const OWN_MAILBOX_DISABLED = {
  id: "sender-mailbox-disabled",
  owner: "you",
  temporary: false,
  words: ["mailbox of the address you sent from is disabled"],
  wordsJa: ["送信に使ったアドレスのメールボックス"],
} as const;

const CASES: readonly ProviderCase[] = [
  // a 2009 forum post of a Sendmail bounce to 163.net (Status 5.1.3)
  {
    name: "Sendmail: 553 You are not authorized to send mail as <>",
    reply: "553 You are not authorized to send mail as <>",
    status: "5.1.3",
    expected: NULL_SENDER,
  },
  {
    name: "the same words with an enhanced code (our variant)",
    reply: "553 5.1.3 <>... not authorized to send mail as <>",
    status: "5.1.3",
    expected: NULL_SENDER,
  },
  // Coremail's support page of replies, icoremail.vip/support/index.php?cate_id=84&page=5
  {
    name: "Coremail: NULL sender is not allowed",
    reply: "550 Requested action not taken: NULL sender is not allowed",
    status: "5.0.0",
    expected: NULL_SENDER,
  },
  // the review's row: a Postfix refusal pasted on pastebin.com (6JA7cVwM)
  {
    name: "Postfix: Sender address rejected: mailbox disabled",
    reply:
      "550 5.7.1 <reditelka@msrychvald.cz>: Sender address rejected: mailbox disabled - DEBUG: dom msrychvald.cz",
    status: "5.7.1",
    expected: OWN_MAILBOX_DISABLED,
  },
  // a mail server's own refusal of a disabled or deleted account's session (code corpus)
  {
    name: "553 5.7.1 Sender address rejected: mailbox disabled or deleted",
    reply: "553 5.7.1 Sender address rejected: mailbox disabled or deleted",
    status: "5.7.1",
    expected: OWN_MAILBOX_DISABLED,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code command finds the same entry", () => {
    expect(lookupCode(c.status, { text: c.reply })[0]?.id).toBe(c.expected.id);
  });
});

// the recipient's mailbox disabled keeps the registry's meaning: only the sender's words move
test("a recipient's disabled mailbox stays the recipient's", () => {
  const found = lookupCode("5.2.1", {
    text: "550 5.2.1 <kim@fabrikam.example>: Recipient address rejected: mailbox disabled",
  });
  expect(found[0]?.id).toBe("iana-5.2.1");
});
