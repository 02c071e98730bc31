// A relay refusal by the sender's own outgoing server (its host in the sender's domain, the
// recipient elsewhere) is the sending side's setup: a server or device that did not sign in. The
// same words from the recipient's domain's server are that domain's setup
// (relay-recipient-server.test.ts); from another host, the general relay meaning. Each case in the
// four wrappings (the sender is sam@contoso.com there). Postfix's texts as its logs show them
// (a Zimbra server relaying through a Postfix relay, pastebin jYwNHtb8; the 454 form, pastebin
// cKda1QsC); Sendmail's and Exim's common variant.
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const OWN_SERVER = {
  id: "relay-refused-own-server",
  owner: "your-admin",
  temporary: false,
  words: ["Your own organization's outgoing server", "SMTP authentication"],
  wordsJa: ["自組織の送信サーバー", "SMTP 認証"],
} as const;

const RECEIVER = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["MX record"],
  wordsJa: ["MX レコード"],
} as const;

const CASES: readonly ProviderCase[] = [
  {
    name: "Postfix's Relay access denied from the sender's own relay",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "smtp.contoso.com",
    expected: OWN_SERVER,
  },
  {
    name: "Postfix's temporary form from the sender's own relay",
    reply: "454 4.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "4.7.1",
    remote: "relay.mail.contoso.com",
    expected: { ...OWN_SERVER, temporary: true },
  },
  {
    name: "Relaying denied, proper authentication required, from the sender's own server",
    reply: "550 5.7.1 Relaying denied. Proper authentication required.",
    status: "5.7.1",
    remote: "outbound.contoso.com",
    expected: OWN_SERVER,
  },
  // Negatives.
  {
    name: "the same words from the recipient's domain's server (its own meaning: relay-recipient-server.test.ts)",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "relay-refused-recipient-server",
      owner: "recipient-admin",
      temporary: false,
      words: ["MX record"],
      wordsJa: ["MX レコード"],
    },
  },
  {
    name: "the sender's own server refusing an address in the sender's own domain",
    reply: "554 5.7.1 <kim@contoso.com>: Relay access denied",
    status: "5.7.1",
    remote: "smtp.contoso.com",
    recipient: "kim@contoso.com",
    expected: RECEIVER,
  },
  {
    name: "a host whose name only ends like the sender's domain",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "mx.notcontoso.com",
    expected: RECEIVER,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });
});
