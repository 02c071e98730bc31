// EarthLink refusals: the ELNK_ codes of its inbound table (postmaster-earthlink.vadesecure.com;
// the layout of code, words and ELNK code is ours) and its older own-block-list replies
// (support.earthlink.net). Sample values.
import type { ProviderCase } from "./types";

const MX = "mx01.oxsus-vadesecure.net";
const OLD_MX = "mx1.earthlink.net";
const IP = "203.0.113.62";

export const CASES: readonly ProviderCase[] = [
  {
    name: "ELNK_101: Vade's Threat Network list",
    reply: "550 5.7.1 Connection refused ELNK_101",
    status: "5.7.1",
    remote: MX,
    recipient: "pat@earthlink.net",
    expected: {
      id: "earthlink-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["EarthLink", "Vade"],
      wordsJa: ["EarthLink", "Vade"],
    },
  },
  {
    name: "ELNK_111: a Spamhaus list, by its code alone",
    reply: "550 5.7.1 Sender blocked error ELNK_111",
    status: "5.7.1",
    expected: {
      id: "earthlink-block-list",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus"],
      wordsJa: ["Spamhaus"],
    },
  },
  {
    name: "ELNK_105: reverse DNS",
    reply: "550 5.7.1 Connection refused ELNK_105 Please check your reverse DNS configuration.",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "earthlink-reverse-dns",
      owner: "your-admin",
      temporary: false,
      words: ["PTR"],
      wordsJa: ["PTR"],
    },
  },
  {
    name: "ELNK_103: server temporarily unavailable",
    reply: "421 4.2.1 Connection deferred ELNK_103",
    status: "4.2.1",
    remote: MX,
    expected: {
      id: "earthlink-unavailable",
      owner: "nobody",
      temporary: true,
      words: ["EarthLink"],
      wordsJa: ["EarthLink"],
    },
  },
  {
    name: "ELNK_110: too many concurrent connections, not a disabled mailbox",
    reply: "421 4.2.1 Connection deferred ELNK_110",
    status: "4.2.1",
    remote: MX,
    recipient: "pat@mindspring.com",
    expected: {
      id: "earthlink-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["connections"],
      wordsJa: ["同時接続"],
    },
  },
  {
    name: "ELNK_130: rate-limited for unacceptable mail",
    reply:
      "421 4.2.1 Connection deferred ELNK_130 Your server is the source of unacceptable messages.",
    status: "4.2.1",
    remote: MX,
    expected: {
      id: "earthlink-rate-limited",
      owner: "your-admin",
      temporary: true,
      words: ["EarthLink"],
      wordsJa: ["EarthLink"],
    },
  },
  {
    name: "IP blocked by EarthLink (its own block)",
    reply: `550 IP ${IP} is blocked by EarthLink. Go to earthlink.net/block for details.`,
    status: "5.0.0",
    remote: OLD_MX,
    expected: {
      id: "earthlink-blocked-ip",
      owner: "your-admin",
      temporary: false,
      words: [IP, "blockedbyearthlink@earthlink.net"],
      wordsJa: [IP, "blockedbyearthlink@earthlink.net"],
    },
  },
  {
    name: "Dynamic/zombied/spam IPs blocked",
    reply: "550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@earthlink.net",
    status: "5.0.0",
    remote: OLD_MX,
    expected: {
      id: "earthlink-blocked-ip",
      owner: "your-admin",
      temporary: false,
      words: ["home connections"],
      wordsJa: ["家庭用回線"],
    },
  },
  {
    name: "negative: an unknown EarthLink user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <pat@earthlink.net>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: MX,
    recipient: "pat@earthlink.net",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
];
