// La Poste (laposte.net) refusals as its MX servers (smtpz4.laposte.net) write them, each with its
// LPN reference code, in the phrasings senders quoted from La Poste's replies (see the sources in
// src/core/catalog/providers/laposte.ts). Where a quoted reply has no basic or enhanced code, the
// code and the status are sample values, as are the IPs and addresses.
import type { ProviderCase } from "./types";

const MX = "smtpz4.laposte.net";
const IP = "203.0.113.91";

export const CASES: readonly ProviderCase[] = [
  {
    name: "LPN007_510: La Poste's filters refuse the server's mail, not the registry's 5.5.0",
    reply:
      "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510",
    status: "5.5.0",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-service-refused",
      owner: "your-admin",
      temporary: false,
      words: ["La Poste", "reputation"],
      wordsJa: ["La Poste", "送信評価"],
    },
  },
  {
    name: "LPN007_510 named by its reference code alone, not the registry's 5.7.1",
    reply:
      "550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510",
    status: "5.7.1",
    expected: {
      id: "laposte-service-refused",
      owner: "your-admin",
      temporary: false,
      words: ["La Poste", "laposte.net"],
      wordsJa: ["La Poste", "laposte.net"],
    },
  },
  {
    name: "LPN003_517: DMARC verification failed",
    reply:
      // our own layout around the published code (DMARC, 517)
      "550 5.7.1 Message refused: DMARC verification failed. LPN003_517",
    status: "5.7.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-dmarc",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.com"],
      wordsJa: ["DMARC", "contoso.com"],
    },
  },
  {
    name: "LPN007_416: no such laposte.net mailbox",
    // our own layout around the published code (an invalid recipient address, 416)
    reply: "550 5.1.1 <camille@laposte.net>: Invalid recipient address. LPN007_416",
    status: "5.1.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-no-such-user",
      owner: "you",
      temporary: false,
      words: ["laposte.net", "typos"],
      wordsJa: ["laposte.net", "入力ミス"],
    },
  },
  {
    name: "LPN002_104: too many connections at once",
    // our own layout around the published code (connections, 104)
    reply: "421 4.2.1 Too many connections from your IP. LPN002_104",
    status: "4.2.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["at the same time", "connections"],
      wordsJa: ["同時", "接続"],
    },
  },
  {
    name: "LPN002_405: an invalid sender address",
    // our own layout around the published code (an invalid sender, 405)
    reply: "550 5.1.0 Invalid sender. LPN002_405",
    status: "5.0.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-invalid-sender",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "MX"],
      wordsJa: ["contoso.com", "MX"],
    },
  },
  {
    name: "LPN009_101: blocked on a block list, La Poste's code before Spamhaus's entry",
    // our own layout around the published code (a block list's link, 101)
    reply: `550 5.7.1 Service unavailable; client [${IP}] blocked using Spamhaus, see https://www.spamhaus.org/lookup/ LPN009_101`,
    status: "5.7.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-block-list",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Spamhaus"],
      wordsJa: [IP, "Spamhaus"],
    },
  },
  {
    name: "LPN027_503: La Poste's refusal as a deferral, temporary as its code says",
    // our own layout around the published code (a temporary refusal, 503) and La Poste's words
    reply:
      "450 4.7.1 Client host rejected: Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN027_503",
    status: "4.7.1",
    remote: MX,
    recipient: "camille@laposte.net",
    expected: {
      id: "laposte-service-refused",
      owner: "your-admin",
      temporary: true,
      words: ["La Poste", "reputation"],
      wordsJa: ["La Poste", "送信評価"],
    },
  },
];
