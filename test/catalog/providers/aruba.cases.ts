// Refusals of Aruba's mail platform (Aruba.it, Forpsi), from its outgoing and inbound servers:
// a queue id, then the words. Sample values.
import type { ProviderCase } from "./types";

const IP = "203.0.113.96";

export const CASES: readonly ProviderCase[] = [
  {
    name: "spam detected by Aruba's outgoing server",
    reply: "552 5.2.0 Qm9ndXMxp00E1WDM2s01gxMXG spam detected",
    status: "5.2.0",
    remote: "smtps.aruba.it",
    expected: {
      id: "aruba-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Aruba", "reported"],
      wordsJa: ["Aruba", "報告"],
    },
  },
  {
    name: "spam detected by a Forpsi inbound server",
    reply: "552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected",
    status: "5.2.0",
    remote: "mx.forpsi.com",
    expected: {
      id: "aruba-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Forpsi", "spam"],
      wordsJa: ["Forpsi", "迷惑メール"],
    },
  },
  {
    name: "policy violation with Forpsi's article",
    reply:
      "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
    status: "5.1.0",
    remote: "smtp.forpsi.com",
    expected: {
      id: "aruba-policy-violation",
      owner: "your-admin",
      temporary: false,
      words: ["hour", "password"],
      wordsJa: ["1 時間", "パスワード"],
    },
  },
  {
    name: "policy violation named by the article link alone",
    reply:
      "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4075",
    status: "5.1.0",
    expected: {
      id: "aruba-policy-violation",
      owner: "your-admin",
      temporary: false,
      words: ["limits"],
      wordsJa: ["上限"],
    },
  },
  {
    name: "policy violation from Aruba's outgoing server, deferred",
    reply: "452 4.1.0 iemL1p01Z0hMcT901emQ77 policy violation",
    status: "4.1.0",
    remote: "smtps.aruba.it",
    expected: {
      id: "aruba-policy-violation",
      owner: "your-admin",
      temporary: true,
      words: ["Aruba"],
      wordsJa: ["Aruba"],
    },
  },
  {
    name: "blocked by SPF",
    reply: `550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF (${IP})`,
    status: "5.1.0",
    remote: "mx.forpsi.com",
    expected: {
      id: "aruba-blocked-by-spf",
      owner: "your-admin",
      temporary: false,
      words: ["SPF"],
      wordsJa: ["SPF"],
    },
  },
  {
    name: "sender is blacklisted: the recipient's own list",
    reply: "550 5.1.1 <anna@contoso.example> sender is blacklisted",
    status: "5.1.1",
    remote: "mx.forpsi.com",
    expected: {
      id: "aruba-sender-blacklisted",
      owner: "recipient",
      temporary: false,
      words: ["block list"],
      wordsJa: ["受信拒否リスト"],
    },
  },
  {
    name: "negative: another server's 'policy violation' is not Aruba's",
    reply: "550 5.1.0 policy violation",
    status: "5.1.0",
    remote: "mx.example.net",
    expected: {
      id: "iana-5.1.0",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
