// Coremail refusals as its support site lists them (www.icoremail.vip/support, 退信 category,
// cate_id=84), with sample values; "variant" marks our own spellings of the same words. Its servers
// run under each organization's own names, so no case names a Coremail host.
import type { ProviderCase } from "./types";

const MX = "mx.example.edu.cn";
const IP = "203.0.113.65";

const BLOCKED = {
  id: "coremail-sender-on-blocked-list",
  owner: "recipient",
  temporary: false,
  words: ["Coremail", "blocked senders"],
  wordsJa: ["Coremail", "受信拒否リスト"],
} as const;

const IP_REFUSED = {
  id: "coremail-ip-refused",
  owner: "your-admin",
  temporary: false,
  words: ["Coremail", "IP address", "reverse DNS"],
  wordsJa: ["Coremail", "IP アドレス", "逆引き DNS"],
} as const;

const FAKE_SENDER = {
  id: "coremail-fake-sender",
  owner: "your-admin",
  temporary: false,
  words: ["Coremail", "forged", "SPF"],
  wordsJa: ["Coremail", "偽装", "SPF"],
} as const;

export const CASES: readonly ProviderCase[] = [
  {
    name: "User in blacklist: the recipient's own blocked senders",
    reply: "550 User in blacklist",
    status: "5.0.0",
    remote: MX,
    recipient: "wang@example.edu.cn",
    expected: BLOCKED,
  },
  {
    name: "variant: User in blacklist with the address, no host named",
    reply: "554 User in blacklist: wang@example.edu.cn",
    status: "5.7.1",
    recipient: "wang@example.edu.cn",
    expected: BLOCKED,
  },
  {
    name: "IP is rejected: the sending IP refused",
    reply: "554 IP is rejected",
    status: "5.0.0",
    remote: MX,
    expected: IP_REFUSED,
  },
  {
    name: "variant: IP is rejected, naming the IP",
    reply: `550 IP is rejected: ${IP}`,
    status: "5.7.1",
    expected: { ...IP_REFUSED, words: [...IP_REFUSED.words, IP] },
  },
  {
    name: "Requested mail action not taken: Invalid IP",
    reply: "550 Requested mail action not taken: Invalid IP",
    status: "5.0.0",
    remote: MX,
    expected: IP_REFUSED,
  },
  {
    name: "variant: Invalid IP under 554",
    reply: "554 Requested mail action not taken: Invalid IP",
    status: "5.7.1",
    expected: IP_REFUSED,
  },
  {
    name: "Requested mail action not taken: Fake sender",
    reply: "553 Requested mail action not taken: Fake sender",
    status: "5.7.1",
    remote: MX,
    expected: FAKE_SENDER,
  },
  {
    name: "variant: Fake sender under a bare 553, no host named",
    reply: "553 Requested mail action not taken: Fake sender",
    status: "5.0.0",
    expected: FAKE_SENDER,
  },
];
