// Ziggo's MXIN deferrals (the codes it shares with Virgin Media), as senders quote them. Sample
// values.
import type { ProviderCase } from "./types";

const RATE = "421 4.1.1 MXIN503 Hourly ratelimit for your IP exceeded";

export const CASES: readonly ProviderCase[] = [
  {
    name: "MXIN503 for a ziggo.nl mailbox",
    reply: RATE,
    status: "4.1.1",
    recipient: "sam@ziggo.nl",
    expected: {
      id: "ziggo-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo", "shared IP"],
      wordsJa: ["Ziggo", "共用 IP"],
    },
  },
  {
    name: "MXIN503 from Ziggo's MX",
    reply: RATE,
    status: "4.1.1",
    remote: "mxin5.ziggo.nl",
    expected: {
      id: "ziggo-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo"],
      wordsJa: ["Ziggo"],
    },
  },
  {
    name: "MXIN503 under 4.7.0 from its other MX",
    reply: "421 4.7.0 MXIN503 Hourly ratelimit for your IP exceeded",
    status: "4.7.0",
    remote: "mxin10.ziggo.nl",
    expected: {
      id: "ziggo-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["tries again"],
      wordsJa: ["再試行"],
    },
  },
  {
    name: "MXIN503 for a former Casema mailbox",
    reply: RATE,
    status: "4.1.1",
    recipient: "sam@casema.nl",
    expected: {
      id: "ziggo-hourly-ratelimit",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo"],
      wordsJa: ["Ziggo"],
    },
  },
  {
    name: "MXIN400 for a home.nl mailbox",
    reply: "421 4.1.0 MXIN400 Cannot validate your Mailfrom Domain",
    status: "4.1.0",
    recipient: "sam@home.nl",
    expected: {
      id: "ziggo-mailfrom-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo", "envelope sender"],
      wordsJa: ["Ziggo", "エンベロープ送信者"],
    },
  },
  {
    name: "MXIN400 from Ziggo's MX",
    reply: "421 4.1.0 MXIN400 Cannot validate your Mailfrom Domain",
    status: "4.1.0",
    remote: "mxin5.ziggo.nl",
    expected: {
      id: "ziggo-mailfrom-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo"],
      wordsJa: ["Ziggo"],
    },
  },
  {
    name: "MXIN619 for an upcmail.nl mailbox",
    reply: "421 4.2.0 MXIN619 Your Header From domain is invalid",
    status: "4.2.0",
    recipient: "sam@upcmail.nl",
    expected: {
      id: "ziggo-header-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo", "From"],
      wordsJa: ["Ziggo", "From"],
    },
  },
  {
    name: "MXIN619 for a chello.nl mailbox",
    reply: "421 4.2.0 MXIN619 Your Header From domain is invalid",
    status: "4.2.0",
    recipient: "sam@chello.nl",
    expected: {
      id: "ziggo-header-from-domain",
      owner: "your-admin",
      temporary: true,
      words: ["Ziggo"],
      wordsJa: ["Ziggo"],
    },
  },
];
