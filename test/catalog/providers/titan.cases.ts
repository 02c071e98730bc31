// Titan Mail refusals as its MX servers (*.titan.email) write them, with the replies of Titan's
// help article "Understanding Incoming Email Reject Codes". Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.titan.email";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "no such mailbox (virtual mailbox table)",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in virtual mailbox table",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "titan-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Titan", "typo"],
      wordsJa: ["Titan", "入力ミス"],
    },
  },
  {
    name: "no such mailbox (local recipient table)",
    reply:
      "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected: User unknown in local recipient table",
    status: "5.1.1",
    remote: MX,
    expected: {
      id: "titan-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Titan", "mailbox"],
      wordsJa: ["Titan", "メールボックス"],
    },
  },
  {
    name: "Relay access denied: for Titan an address it does not host, not the sender's relaying",
    reply: "554 5.7.1 <kim@fabrikam.example>: Relay access denied;",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "titan-relay-denied",
      owner: "recipient-admin",
      temporary: false,
      words: ["Titan", "MX records", "fabrikam.example"],
      wordsJa: ["Titan", "MX レコード", "fabrikam.example"],
    },
  },
  {
    name: "the recipient's mailbox is over its quota",
    reply:
      "552 5.2.2 kim@fabrikam.example: Recipient address rejected: Quota exceeded (mailbox for user is full)",
    status: "5.2.2",
    remote: MX,
    expected: {
      id: "titan-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["Titan", "full", "quota"],
      wordsJa: ["Titan", "いっぱい"],
    },
  },
  {
    name: "the sender's domain has no MX and no A record",
    reply: "550 5.1.8 <noreply@contoso.example>: Sender address rejected: Domain not found",
    status: "5.1.8",
    remote: MX,
    expected: {
      id: "titan-sender-domain-not-found",
      owner: "your-admin",
      temporary: false,
      words: ["Titan", "MX", "DNS"],
      wordsJa: ["Titan", "MX", "DNS"],
    },
  },
  {
    name: "the sender's domain publishes a null MX",
    reply:
      "550 5.7.27 <noreply@contoso.example>: Sender address rejected: Domain contoso.example does not accept mail (nullMX)",
    status: "5.7.27",
    remote: MX,
    expected: {
      id: "titan-sender-null-mx",
      owner: "your-admin",
      temporary: false,
      words: ["Titan", "null MX", "Return-Path"],
      wordsJa: ["Titan", "null MX", "Return-Path"],
    },
  },
  {
    name: "the sending IP on Barracuda's block list",
    reply: `554 5.7.1 Service unavailable; Client host [${IP}] blocked using b.barracudacentral.org;`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "titan-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["Titan", IP, "block list"],
      wordsJa: ["Titan", IP, "ブロック リスト"],
    },
  },
  {
    name: "a protocol error by the sending server",
    reply: "550 5.5.1 Protocol error",
    status: "5.5.1",
    remote: MX,
    expected: {
      id: "titan-protocol-error",
      owner: "your-admin",
      temporary: false,
      words: ["Titan", "SMTP", "log"],
      wordsJa: ["Titan", "SMTP", "ログ"],
    },
  },
];
