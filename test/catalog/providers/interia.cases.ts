// Interia refusals as its help page gives them, in English after the code. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx.poczta.interia.pl";
const IP = "203.0.113.63";

export const CASES: readonly ProviderCase[] = [
  {
    name: "account not found",
    reply: "550 5.1.1 Account not found",
    status: "5.1.1",
    remote: MX,
    recipient: "ola@interia.pl",
    expected: {
      id: "interia-account-not-found",
      owner: "you",
      temporary: false,
      words: ["Interia", "blocked"],
      wordsJa: ["Interia", "ブロック"],
    },
  },
  {
    name: "account not found, named by the recipient's domain",
    reply: "550 5.1.1 Account not found",
    status: "5.1.1",
    recipient: "ola@interia.eu",
    expected: {
      id: "interia-account-not-found",
      owner: "you",
      temporary: false,
      words: ["Interia"],
      wordsJa: ["Interia"],
    },
  },
  {
    name: "mailbox not available: full or suspended, the recipient's",
    reply: "550 5.2.1 Mailbox not available",
    status: "5.2.1",
    remote: MX,
    recipient: "ola@interia.pl",
    expected: {
      id: "interia-mailbox-not-available",
      owner: "recipient",
      temporary: false,
      words: ["full", "suspended"],
      wordsJa: ["いっぱい", "停止"],
    },
  },
  {
    name: "recipient doesn't want your mail: their blocked senders, not a sign-in failure",
    reply: "550 5.7.1 Recipient doesn't want your mail",
    status: "5.7.1",
    remote: MX,
    recipient: "ola@interia.pl",
    expected: {
      id: "interia-recipient-blocked-you",
      owner: "recipient",
      temporary: false,
      words: ["blocked senders"],
      wordsJa: ["受信拒否リスト"],
    },
  },
  {
    name: "recipient doesn't want your mail, named by the domain alone",
    reply: "550 5.7.1 Recipient doesn't want your mail",
    status: "5.7.1",
    recipient: "ola@poczta.fm",
    expected: {
      id: "interia-recipient-blocked-you",
      owner: "recipient",
      temporary: false,
      words: ["Interia"],
      wordsJa: ["Interia"],
    },
  },
  {
    name: "[SPF] host not allowed",
    reply: `550 5.7.0 [SPF] ${IP} is not allowed to send mail from contoso.example`,
    status: "5.7.0",
    remote: MX,
    recipient: "ola@interia.pl",
    expected: {
      id: "interia-spf",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "contoso.example"],
      wordsJa: ["SPF", "contoso.example"],
    },
  },
  {
    name: "[SPF] refusal with the sending server's 5.7.1",
    reply: `550 5.7.0 [SPF] ${IP} is not allowed to send mail from contoso.example`,
    status: "5.7.1",
    remote: "mx.poczta.interia.pl",
    expected: {
      id: "interia-spf",
      owner: "your-admin",
      temporary: false,
      words: ["SPF"],
      wordsJa: ["SPF"],
    },
  },
  {
    name: "negative: another server's 'Account not found' keeps the registry's 5.1.1",
    reply: "550 5.1.1 Account not found",
    status: "5.1.1",
    remote: "mx.example.net",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
