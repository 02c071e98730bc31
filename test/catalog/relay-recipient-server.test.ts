// A relay refusal by the recipient's domain's own server (its host in the recipient's domain, or the
// domain's Exchange Online MX) says that server does not take mail for its own domain: its MX points
// at a server that no longer holds the domain, or the domain is not listed there. Only the
// recipient's side can fix it (Broadcom KB 396890, "554 5.7.1 Relay access denied": "the destination
// mail server is not configured to accept email for the recipient domain"; Microsoft's 5.4.1
// "Relay Access Denied" in Exchange Online's NDR table). From a host of neither party (a smart host,
// a hosting provider's outgoing gateway) it stays the sending side's route, your admin's, as
// Microsoft's own NDR for a relay refused outside Office 365 says (a smart host, an on-premises
// server, a former provider the mail flow still points to). Each case in the four wrappings (the
// sender is sam@contoso.com there).
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS } from "./providers/wrap";

const RECIPIENT_SERVER = {
  id: "relay-refused-recipient-server",
  owner: "recipient-admin",
  temporary: false,
  words: ["itself", "MX record"],
  wordsJa: ["自身のメール サーバー", "MX レコード"],
} as const;

const SENDING_SIDE = {
  id: "relay-refused",
  owner: "your-admin",
  temporary: false,
  words: ["relaying denied"],
  wordsJa: ["中継"],
} as const;

const OWN_SERVER = {
  id: "relay-refused-own-server",
  owner: "your-admin",
  temporary: false,
  words: ["Your own organization's outgoing server", "relay connector"],
  wordsJa: ["自組織の送信サーバー", "中継用コネクタ"],
} as const;

const CASES: readonly ProviderCase[] = [
  // pastebin.com/UXwG9BMC: Gmail's bounce, "rejected by the server for the recipient domain
  // sleepbcn.com by mail.sleepbcn.com"
  {
    name: "Postfix's Relay access denied from the recipient domain's own server (Gmail's bounce)",
    reply: "554 5.7.1 <info@sleepbcn.com>: Relay access denied",
    status: "5.7.1",
    remote: "mail.sleepbcn.com",
    recipient: "info@sleepbcn.com",
    expected: RECIPIENT_SERVER,
  },
  {
    name: "Exchange's Unable to relay from the recipient's MX (our variant)",
    reply: "550 5.7.1 Unable to relay",
    status: "5.7.1",
    remote: "mx1.fabrikam.example",
    expected: RECIPIENT_SERVER,
  },
  {
    name: "relay not permitted from the recipient's MX (our variant)",
    reply: "550 relay not permitted",
    status: "5.0.0",
    remote: "mail.fabrikam.example",
    expected: RECIPIENT_SERVER,
  },
  {
    name: "relaying denied, deferred, from the recipient's MX (our variant)",
    reply: "454 4.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "4.7.1",
    remote: "mx.fabrikam.example",
    expected: { ...RECIPIENT_SERVER, temporary: true },
  },
  {
    name: "Exchange Online's 5.7.54 from the recipient domain's own Exchange Online MX (our variant)",
    reply: "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
    status: "5.7.54",
    remote: "fabrikam-com.mail.protection.outlook.com",
    recipient: "kim@fabrikam.com",
    expected: RECIPIENT_SERVER,
  },
  // Negatives: a host of neither party's domain, the sending side's route.
  // pastebin.com/M71NBHuy: a Postfix server relaying through its organization's smart host
  {
    name: "Relay access denied from the sender's smart host, in neither party's domain",
    reply: "554 5.7.1 <francisco.cachado@aeist.pt>: Relay access denied",
    status: "5.7.1",
    remote: "smtp.ist.utl.pt",
    recipient: "francisco.cachado@aeist.pt",
    expected: SENDING_SIDE,
  },
  // pastebin.com/5KXPmVn8: a hosting provider's outgoing gateway
  {
    name: "Relay access denied from a hosting provider's outgoing gateway",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "gatewaysl.websitewelcome.com",
    expected: SENDING_SIDE,
  },
  // From the sender's own Exchange Online MX: an on-premises server relaying through it without a
  // working connector (Microsoft's KB 2827473 for "550 5.4.1 Relay Access Denied"), whichever of
  // Microsoft's tables reads the words: the own-server meaning (relay-own-server.test.ts)
  {
    name: "Exchange Online's 5.4.1 Relay Access Denied from the sender's own Exchange Online MX",
    reply: "550 5.4.1 Relay Access Denied",
    status: "5.4.1",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: OWN_SERVER,
  },
  {
    name: "Exchange Online's 5.7.54 from the sender's own Exchange Online MX (our variant)",
    reply: "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
    status: "5.7.54",
    remote: "contoso-com.mail.protection.outlook.com",
    expected: OWN_SERVER,
  },
  {
    name: "a host whose name only ends like the recipient's domain",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: "mx.notfabrikam.example",
    expected: SENDING_SIDE,
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    expect(problems(c, explainWrapped(c, how))).toEqual([]);
  });
});
