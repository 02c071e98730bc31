// Free (free.fr) refusals as its MX servers (mx1.free.fr, mx2.free.fr) write them: the antispam
// filter's verdict and the IP blocks whose replies send the sender to postmaster.free.fr.
// Sample values.
import type { ProviderCase } from "./types";

const MX = "mx1.free.fr";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "550 spam detected: Free's antispam filter, at end of DATA",
    reply: "550 spam detected",
    status: "5.0.0",
    remote: MX,
    recipient: "camille@free.fr",
    expected: {
      id: "free-fr-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Free", "spam", "forged"],
      wordsJa: ["Free", "迷惑メール", "詐称"],
    },
  },
  {
    name: "550 5.7.1 spam detected, not the registry's 5.7.1",
    reply: "550 5.7.1 spam detected",
    status: "5.7.1",
    remote: "mx2.free.fr",
    recipient: "camille@aliceadsl.fr",
    expected: {
      id: "free-fr-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Free", "spam"],
      wordsJa: ["Free", "迷惑メール"],
    },
  },
  {
    name: "spam detected, named by the recipient's domain alone",
    reply: "550 spam detected",
    status: "5.0.0",
    recipient: "camille@free.fr",
    expected: {
      id: "free-fr-spam-detected",
      owner: "you",
      temporary: false,
      words: ["Free"],
      wordsJa: ["Free"],
    },
  },
  {
    name: "421 Too many spams from your IP: a block of up to 24 hours",
    reply: `421 Too many spams from your IP (${IP}), please visit http://postmaster.free.fr/`,
    status: "4.0.0",
    remote: MX,
    recipient: "camille@free.fr",
    expected: {
      id: "free-fr-spam-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "24 hours"],
      wordsJa: [IP, "24 時間"],
    },
  },
  {
    name: "Too many spams from your IP, named by its postmaster link alone",
    reply: `421 Too many spams from your IP (${IP}), please visit http://postmaster.free.fr/`,
    status: "4.7.0",
    recipient: "camille@fabrikam.example",
    expected: {
      id: "free-fr-spam-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "by itself"],
      wordsJa: [IP, "自動で解除"],
    },
  },
  {
    name: "Too many spams from your IP, given up after the retries (5.0.0)",
    reply: `421 Too many spams from your IP (${IP}), please visit http://postmaster.free.fr/`,
    status: "5.0.0",
    remote: "mx2.free.fr",
    recipient: "camille@libertysurf.fr",
    expected: {
      id: "free-fr-spam-ip-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "spam"],
      wordsJa: [IP, "迷惑メール"],
    },
  },
  {
    name: "451 too many errors from your ip: a block for errors",
    reply: `451 too many errors from your ip (${IP}), please visit http://postmaster.free.fr/`,
    status: "4.0.0",
    remote: MX,
    recipient: "camille@free.fr",
    expected: {
      id: "free-fr-error-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "do not exist"],
      wordsJa: [IP, "存在しない"],
    },
  },
  {
    name: "too many errors from your ip, named by its link alone, not the registry's 4.7.1",
    reply: `451 4.7.1 too many errors from your ip (${IP}), please visit http://postmaster.free.fr/`,
    status: "4.7.1",
    recipient: "camille@fabrikam.example",
    expected: {
      id: "free-fr-error-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "24 hours"],
      wordsJa: [IP, "24 時間"],
    },
  },
  {
    name: "421 temporary blacklisted by an anti-troyan rule: an IP that looks infected",
    reply: `421 Your IP (${IP}) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://postmaster.free.fr/`,
    status: "4.0.0",
    remote: MX,
    recipient: "camille@free.fr",
    expected: {
      id: "free-fr-trojan-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "trojan", "malware"],
      wordsJa: [IP, "トロイの木馬", "マルウェア"],
    },
  },
  {
    name: "anti-troyan rule, named by its postmaster link alone, not the registry's 4.7.1",
    reply: `421 4.7.1 Your IP (${IP}) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://postmaster.free.fr/`,
    status: "4.7.1",
    recipient: "camille@fabrikam.example",
    expected: {
      id: "free-fr-trojan-ip-block",
      owner: "your-admin",
      temporary: true,
      words: [IP, "port 25"],
      wordsJa: [IP, "ポート 25"],
    },
  },
];
