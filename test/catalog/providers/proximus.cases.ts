// Proximus's refusal of a customer it has blacklisted for spam, as its help page quotes it.
// Sample values.
import type { ProviderCase } from "./types";

const RELAY = "relay.proximus.be";
const REPLY =
  "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info";

export const CASES: readonly ProviderCase[] = [
  {
    name: "blacklisted: its relay refuses the customer",
    reply: REPLY,
    status: "5.0.0",
    remote: RELAY,
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["Proximus", "relay.proximus.be"],
      wordsJa: ["Proximus", "relay.proximus.be"],
    },
  },
  {
    name: "blacklisted, named by its wording alone",
    reply: REPLY,
    status: "5.0.0",
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["Proximus"],
      wordsJa: ["Proximus"],
    },
  },
  {
    name: "blacklisted, given as 5.7.1",
    reply:
      "554 5.7.1 Access denied - Under investigation for spam abuse. Contact your email provider for more info",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["malware"],
      wordsJa: ["マルウェア"],
    },
  },
  {
    name: "blacklisted, for a skynet.be recipient",
    reply: REPLY,
    status: "5.0.0",
    remote: RELAY,
    recipient: "an@skynet.be",
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["password"],
      wordsJa: ["パスワード"],
    },
  },
  {
    name: "blacklisted, for a proximus.be recipient, host unnamed",
    reply: REPLY,
    status: "5.0.0",
    recipient: "an@proximus.be",
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["Proximus"],
      wordsJa: ["Proximus"],
    },
  },
  {
    name: "blacklisted, given as 5.7.0",
    reply: REPLY,
    status: "5.7.0",
    remote: "mx.proximus.be",
    expected: {
      id: "proximus-blacklist",
      owner: "your-admin",
      temporary: false,
      words: ["open relay"],
      wordsJa: ["オープン リレー"],
    },
  },
  {
    name: "negative: an unknown Proximus user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <an@proximus.be>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: "mx.proximus.be",
    recipient: "an@proximus.be",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
  {
    name: "negative: a full Proximus mailbox keeps the registry's 5.2.2",
    reply: "552 5.2.2 <an@skynet.be>: mailbox full",
    status: "5.2.2",
    remote: "mx.proximus.be",
    recipient: "an@skynet.be",
    expected: {
      id: "iana-5.2.2",
      owner: "recipient",
      temporary: false,
      words: [],
    },
  },
];
