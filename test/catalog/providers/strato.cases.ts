// STRATO refusals as its help pages list them (strato.de FAQ 2420 and 2304, strato.nl,
// strato-hosting.co.uk): its inbound filter's hints in brackets and its outgoing filter's refusals
// of a customer's own message. Sample values.
import type { ProviderCase } from "./types";

const MX = "smtpin.rzone.de";
const OUT = "smtp.strato.de";

export const CASES: readonly ProviderCase[] = [
  {
    name: "No SPAM please (B-URL): a link in the message",
    reply: "550 5.7.1 Refused by local policy. No SPAM please! (B-URL)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "strato-spam-content",
      owner: "you",
      temporary: false,
      words: ["STRATO", "B-URL", "signature"],
      wordsJa: ["STRATO", "B-URL", "署名"],
    },
  },
  {
    name: "No SPAM please (B-TEXT), named by its wording alone",
    reply: "550 5.7.1 Refused by local policy. No SPAM please! (B-TEXT)",
    status: "5.7.1",
    expected: {
      id: "strato-spam-content",
      owner: "you",
      temporary: false,
      words: ["B-TEXT"],
      wordsJa: ["B-TEXT"],
    },
  },
  {
    name: "No SPAM please (B-ATTACH): an attachment",
    reply: "550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "strato-blocked-attachment",
      owner: "you",
      temporary: false,
      words: [".exe"],
      wordsJa: [".exe"],
    },
  },
  {
    name: "No SPAM please without a hint: the sender is blocked",
    reply: "550 5.7.1 Refused by local policy. No SPAM please!",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "strato-sender-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["STRATO"],
      wordsJa: ["STRATO"],
    },
  },
  {
    name: "Suspected phishing attempt",
    reply: "550 5.7.1 Suspected phishing attempt",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "strato-phishing",
      owner: "you",
      temporary: false,
      words: ["phishing"],
      wordsJa: ["フィッシング"],
    },
  },
  {
    name: "B-EFROM-STRATO: a return address in STRATO's own domain",
    reply: "550 Forbidden domain 'strato.de' in Envelope-From (B-EFROM-STRATO)",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "strato-forbidden-envelope-domain",
      owner: "your-admin",
      temporary: false,
      words: ["envelope sender"],
      wordsJa: ["エンベロープ送信者"],
    },
  },
  {
    name: "outgoing: Sending of SPAM is not permitted",
    reply: "550 5.7.1 Refused by local policy. Sending of SPAM is not permitted!",
    status: "5.7.1",
    remote: OUT,
    expected: {
      id: "strato-outgoing-spam",
      owner: "you",
      temporary: false,
      words: ["STRATO", "password"],
      wordsJa: ["STRATO", "パスワード"],
    },
  },
  {
    name: "outgoing: a dangerous attachment",
    reply: "550 5.7.1 Refused by local policy. Message contains a dangerous attachment!",
    status: "5.7.1",
    remote: OUT,
    expected: {
      id: "strato-blocked-attachment",
      owner: "you",
      temporary: false,
      words: ["attachment"],
      wordsJa: ["添付ファイル"],
    },
  },
  {
    name: "outgoing: the mailbox's sending rate",
    reply: "450 4.7.0 Transmit rate limit exceeded",
    status: "4.7.0",
    remote: OUT,
    expected: {
      id: "strato-outgoing-rate-limit",
      owner: "you",
      temporary: true,
      words: ["STRATO"],
      wordsJa: ["STRATO"],
    },
  },
];
