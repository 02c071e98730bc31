// Refusals by the recipient's own side's rules (a group's or list's senders, a mailbox's delivery
// restrictions) in words without Microsoft's token or a list manager's notice: each wrapped the
// ways a user meets it. Real replies name their source; the others are the class's plain form.
import { lookupCode } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const LIST_REFUSED = {
  id: "list-refused-sender",
  owner: "recipient-admin",
  temporary: false,
  words: ["members"],
  wordsJa: ["メンバー"],
} as const;
const NOT_AUTHORIZED = {
  id: "token-RESOLVER.RST.NotAuthorized",
  owner: "recipient-admin",
  temporary: false,
  words: ["allowed to send"],
  wordsJa: ["送信できる"],
} as const;

const CASES: readonly ProviderCase[] = [
  {
    // softwerkskammer/Agora issue 1065 (2016): ezmlm-idx's refusal in a qmail bounce
    name: "ezmlm: only subscribers may post",
    reply:
      "550 Sorry, only subscribers may post. If you are a subscriber, please forward this message to testing-owner@softwerkskammer.org to get your new address included.",
    status: "5.0.0",
    expected: LIST_REFUSED,
  },
  {
    // openzfs/zfs issue 5249 (2016): a Topicbox list's refusal
    name: "Topicbox: non-members are not allowed to post",
    reply: "550 Non-members are not allowed to post.",
    status: "5.0.0",
    expected: LIST_REFUSED,
  },
  {
    // sympa-community/sympa issue 695 (2019): Sympa's French template, status 5.7.1
    name: "Sympa in French: posting is for moderators only",
    reply: "550 5.7.1 La diffusion de message est réservée aux modérateurs.",
    status: "5.7.1",
    expected: LIST_REFUSED,
  },
  {
    // round 55: Sympa's refusal by the list's send scenario with an empty reason (the lab's Sympa
    // 6.2, ls-explicit-1; its template, the same report as sympa-community/sympa issues 695 and 852)
    name: "Sympa: not allowed to send, no reason given",
    reply:
      "Impossible to distribute your message for list 'lab-explicit@sympa.lab.test' for the following reason: Your message for list 'lab-explicit' (attached below) was rejected. You are not allowed to send this message for the following reason: For further information, please contact lab-explicit-request@sympa.lab.test",
    status: "5.7.1",
    expected: LIST_REFUSED,
  },
  {
    name: "Sympa's sentence alone, under 5.7.1 (our variant)",
    reply:
      "550 5.7.1 Your message for list 'staff' was rejected. You are not allowed to send this message for the following reason:",
    status: "5.7.1",
    expected: LIST_REFUSED,
  },
  {
    name: "a plain subscribers-only refusal under 5.7.1",
    reply: "550 5.7.1 only subscribers may post to this list",
    status: "5.7.1",
    expected: LIST_REFUSED,
  },
  {
    // faq.icto.um.edu.mo ("Why can't I send email to mail group?"): a group's restriction
    name: "Exchange: no permissions to send to this distribution list",
    reply:
      "550 5.7.1 Your message can't be delivered because you do not have permissions to send to this distribution list",
    status: "5.7.1",
    expected: NOT_AUTHORIZED,
  },
  {
    // suped.com on Microsoft's bounce for an address that takes mail only from some senders
    name: "Exchange Online: no permissions to send to this email address",
    reply:
      "550 5.7.1 Your message can't be delivered because you do not have permissions to send to this email address",
    status: "5.7.1",
    remote: "fabrikam-com.mail.protection.outlook.com",
    expected: NOT_AUTHORIZED,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });

  test("the code command finds the same entry", () => {
    const found = lookupCode(c.status, {
      text: c.reply,
      ...(c.remote !== undefined ? { remote: c.remote } : {}),
    });
    expect(found[0]?.id).toBe(c.expected.id);
  });
});

// Exchange 2007 and later write this for every 5.7.1 (a transport rule's too: the glo-networks.com
// blog quotes it over "550 5.7.1 Delivery not authorized, message refused"), so it names no cause.
test("Exchange's generic 5.7.1 sentence keeps the registry's meaning", () => {
  const found = lookupCode("5.7.1", {
    text: "You do not have permission to send to this recipient. For assistance, contact your system administrator.",
  });
  expect(found[0]?.id).toBe("iana-5.7.1");
});

// The reason reads x.7.1's own title as a refused sender (Sisimai's "rejected"), yet words that only
// repeat the registry's title for the code say no more than the code: the meaning stays the registry's.
test.each([
  ["5.7.1", "550 5.7.1 Delivery not authorized, message refused"],
  ["5.7.1", "554 5.7.1 <board@example.org>: Delivery not authorized, message refused"],
  ["4.7.1", "451 4.7.1 Delivery not authorized, message refused"],
])("%s %s keeps the registry's meaning", (status, text) => {
  expect(lookupCode(status, { text })[0]?.id).toBe(`iana-${status}`);
});
