// A refused sender under the address codes: x.1.7 is the registry's "bad sender's mailbox address
// syntax", yet servers give it to any sender they refuse ("553 5.1.7 Sender address rejected"), so
// its meaning says the sender address was refused, invalid or not accepted, for your admin to check
// (the sending domain's DNS and authentication: Rackspace's bounce page for Postfix's "Sender address
// rejected: Domain not found", MxToolbox's for BlueTie's "550 Sender Refused"). Under x.1.0 (the
// registry's "other address status") words that refuse the sender are the general sender refusal,
// not an address that does not exist.
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const EVERY_WRAPPING: readonly ProviderCase[] = [
  {
    name: "553 5.1.7 Sender address rejected, no reason given (our variant)",
    reply: "553 5.1.7 <sam@contoso.com>: Sender address rejected",
    status: "5.1.7",
    expected: {
      id: "iana-5.1.7",
      owner: "your-admin",
      temporary: false,
      words: ["refused your own (sender) address"],
      wordsJa: ["あなたのアドレスを拒否しました"],
    },
  },
  // docs.rackspace.com/docs/common-email-bounces (a guard: Postfix's own table)
  {
    name: "Postfix's Sender address rejected: Domain not found",
    reply: "450 4.1.8 <user@domain.com>: Sender address rejected: Domain not found",
    status: "4.1.8",
    expected: {
      id: "postfix-sender-domain-unknown",
      owner: "your-admin",
      temporary: true,
      words: ["MX"],
    },
  },
];

describe.each(EVERY_WRAPPING.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });
});

// In a DSN that names the SMTP command the engine reads the words as the sender's; Exchange's
// layouts name none, and there the status table's x.1.0 (an unknown user) still stands.
test("550 5.1.0 Sender rejected (our variant) in a Postfix DSN: the sender refused", () => {
  const c: ProviderCase = {
    name: "",
    reply: "550 5.1.0 <sam@contoso.com>: Sender rejected",
    status: "5.1.0",
    expected: {
      id: "sender-refused",
      owner: "you",
      temporary: false,
      words: ["because of its sender"],
      wordsJa: ["送信者を理由に"],
    },
  };
  expect(problems(c, explainWrapped(c, "postfix"))).toEqual([]);
});

// Relays that want a sign-in answer MAIL FROM with x.1.0 ("other address status"): the sign-in,
// not an unknown address. Comcast's (Ubuntu forums, four threads, 2009 to 2012: "host
// smtp.comcast.net[76.96.30.117] said: 550 5.1.0 Authentication required (in reply to MAIL FROM
// command)"), BigPond's (Microsoft Q&A 2615522: "550 5.1.0 Authentication Required").
test.each([
  ["Comcast's relay", "550 5.1.0 Authentication required"],
  ["BigPond's relay", "550 5.1.0 Authentication Required"],
  ["our variant, the address quoted", "550 5.1.0 <sam@contoso.com>: Authentication required"],
])("%s in a Postfix DSN: a sign-in the relay wants", (_name, reply) => {
  const c: ProviderCase = {
    name: "",
    reply,
    status: "5.1.0",
    expected: {
      id: "sign-in-required",
      owner: "you",
      temporary: false,
      words: ["did not sign in"],
      wordsJa: ["サインイン"],
    },
  };
  expect(problems(c, explainWrapped(c, "postfix"))).toEqual([]);
});
