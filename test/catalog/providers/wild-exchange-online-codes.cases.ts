// The forty-fourth round of the words (December 2026): Exchange Online's own codes that no entry
// held, taken from Microsoft Learn's per-code troubleshooting pages and its DANE page (the rule,
// set and scoring script are in /work/wt/h-exo2-set, outside the repository). Its misses were two
// classes: a Microsoft 365 group that refuses outside senders (5.7.193 "UnifiedGroupAgent", read
// as the sender's own failed sign-in) and Exchange Online's failed DNS lookup of the destination
// (4/5.4.312 "DNS query failed", read as the registry's unspecified routing fault). Plain
// variants of each class follow the real replies.
import type { ProviderCase } from "./types";

const GROUP = {
  id: "exo-5.7.193-group-external-blocked",
  owner: "recipient-admin",
  temporary: false,
  words: ["Microsoft 365 group", "outside the organization"],
  wordsJa: ["Microsoft 365 グループ"],
} as const;
const DNS_RETRY = {
  id: "exo-4.4.312-dns-query-failed",
  owner: "recipient-admin",
  temporary: true,
  words: ["DNS", "DNSSEC"],
  wordsJa: ["DNS", "DNSSEC"],
} as const;
const DNS_GAVE_UP = { ...DNS_RETRY, id: "exo-5.4.312-dns-query-failed", temporary: false } as const;
const EXO = "BN8NAM11FT066.eop-nam11.prod.protection.outlook.com";

export const CASES: readonly ProviderCase[] = [
  // https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/550-5-7-193-when-external-users-send-to-microsoft-365-group
  {
    name: "r44-01: 550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member ...",
    reply:
      "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
    status: "5.7.193",
    remote: EXO,
    expected: GROUP,
  },
  {
    name: "r44-01 variant: the code with the words alone, no agent name",
    reply:
      "550 5.7.193 Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group",
    status: "5.7.193",
    expected: GROUP,
  },
  {
    name: "r44-01 variant: with the Exchange Online server's name after it",
    reply:
      "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    status: "5.7.193",
    expected: GROUP,
  },
  // https://learn.microsoft.com/en-us/purview/how-smtp-dane-works ("4/5.4.312 DNS query failed")
  {
    name: "r44-02: 550 5.4.312 DNS query failed",
    reply: "550 5.4.312 DNS query failed",
    status: "5.4.312",
    remote: EXO,
    expected: DNS_GAVE_UP,
  },
  {
    name: "r44-02 variant: the give-up under 554, no host",
    reply: "554 5.4.312 DNS query failed",
    status: "5.4.312",
    expected: DNS_GAVE_UP,
  },
  {
    name: "r44-02 variant: with Exchange Online's server name",
    reply: "550 5.4.312 DNS query failed [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    status: "5.4.312",
    expected: DNS_GAVE_UP,
  },
  {
    name: "r44-03: 451 4.4.312 DNS query failed",
    reply: "451 4.4.312 DNS query failed",
    status: "4.4.312",
    remote: EXO,
    expected: DNS_RETRY,
  },
  {
    name: "r44-03 variant: the deferral with Exchange Online's server name",
    reply: "451 4.4.312 DNS query failed [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    status: "4.4.312",
    expected: DNS_RETRY,
  },
];
