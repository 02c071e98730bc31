// Barracuda's own refusals: the cloud service's "permanent failure ... :blocked" whose reason only
// the recipient's Message Log shows, content scored as spam or bulk mail, and the deferrals that
// Barracuda Campus describes (rate control per sending IP and half hour, "Possible Outbreak"):
// Campus names those reasons, not whole replies, so their replies here are our rendering. The
// Barracuda Reputation Block List is a block list's case (blocklists.cases.ts).
import type { ProviderCase } from "./types";

const ESS = "d123456a.ess.barracudanetworks.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "cloud service: blocked after the message was sent",
    reply: "550 permanent failure for one or more recipients (kim@fabrikam.example:blocked)",
    status: "5.0.0",
    remote: ESS,
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda", "Message Log"],
    },
  },
  {
    name: "cloud service: blocked, Exchange's 5.7.1 around it",
    reply: "550 permanent failure for one or more recipients (lee@fabrikam.example:blocked)",
    status: "5.7.1",
    remote: "d123456b.ess.barracudanetworks.com",
    recipient: "lee@fabrikam.example",
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda", "SPF", "DMARC"],
    },
  },
  {
    name: "cloud service: possible outbreak deferral",
    reply: "421 4.7.0 Possible Outbreak - please try again later",
    status: "4.7.0",
    remote: ESS,
    expected: {
      id: "barracuda-possible-outbreak",
      owner: "nobody",
      temporary: true,
      words: ["Barracuda", "tries again"],
      wordsJa: ["Barracuda", "再試行"],
    },
  },
  {
    name: "cloud service: content scored as bulk mail (UBE)",
    reply: "550 5.7.1 Message content rejected, UBE, id=48211-07",
    status: "5.7.1",
    remote: ESS,
    expected: {
      id: "barracuda-content-rejected",
      owner: "you",
      temporary: false,
      words: ["Barracuda", "spam", "links"],
      wordsJa: ["Barracuda", "迷惑メール", "リンク"],
    },
  },
  {
    name: "appliance: content rejected (a banned attachment or content rule)",
    reply: "550 Message content rejected, id=31337-02",
    status: "5.0.0",
    remote: "d987654a.ess.barracudanetworks.com",
    expected: {
      id: "barracuda-content-rejected",
      owner: "you",
      temporary: false,
      words: ["Barracuda", "attachments"],
      wordsJa: ["Barracuda", "添付ファイル"],
    },
  },
  {
    name: "cloud service: blocked at a second gateway host",
    reply: "550 permanent failure for one or more recipients (ann@fabrikam.example:blocked)",
    status: "5.0.0",
    remote: "d987654b.ess.barracudanetworks.com",
    recipient: "ann@fabrikam.example",
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda", "Message Log"],
    },
  },
  {
    name: "rate control deferral",
    reply: "421 4.7.0 Rate limit exceeded, try again later",
    status: "4.7.0",
    remote: ESS,
    expected: {
      id: "barracuda-rate-control",
      owner: "your-admin",
      temporary: true,
      words: ["30 minutes", "tries again"],
      wordsJa: ["30 分", "再試行"],
    },
  },
  {
    name: "rate control, connections per IP",
    reply: "421 Too many connections from your IP, please try again later",
    status: "4.0.0",
    remote: ESS,
    expected: {
      id: "barracuda-rate-control",
      owner: "your-admin",
      temporary: true,
      words: ["Barracuda", "IP"],
    },
  },
  {
    name: "550 rejecting spoofed message",
    reply: "550 rejecting spoofed message",
    status: "5.7.1",
    remote: ESS,
    expected: {
      id: "barracuda-spoofed",
      owner: "your-admin",
      temporary: false,
      words: ["Barracuda", "SPF", "DKIM"],
    },
  },
  {
    name: "Email Security Service block, no server named (its words alone)",
    reply: "550 permanent failure for one or more recipients (kim@fabrikam.example:blocked)",
    status: "5.0.0",
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda"],
    },
  },
];
