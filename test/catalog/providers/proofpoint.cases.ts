// Proofpoint refusals as Proofpoint and its customers publish them: the Dynamic Reputation block
// that points to ipcheck.proofpoint.com (PDR IP lookup FAQ), the "Local Policy Violation" of a
// Proofpoint site's block-list refusal, and Proofpoint Essentials' SMTP Discovery rejection.
import type { ProviderCase } from "./types";

const PPS = "mx0a-00123456.pphosted.com";
const ESSENTIALS = "mx1-us1.ppe-hosted.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "554 banner, IP check link",
    reply: "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.25",
    status: "5.0.0",
    remote: PPS,
    expected: {
      id: "proofpoint-pdr-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint", "192.0.2.25", "ipcheck.proofpoint.com", "PTR"],
    },
  },
  {
    name: "550 5.7.0 IP check link",
    reply: "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.7",
    status: "5.7.0",
    remote: "mx0b-00123456.pphosted.com",
    expected: {
      id: "proofpoint-pdr-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint Dynamic Reputation", "198.51.100.7"],
    },
  },
  {
    name: "550 5.7.0 older lookup link (marker only)",
    reply: "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.5",
    status: "5.7.0",
    expected: {
      id: "proofpoint-pdr-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint", "203.0.113.5"],
    },
  },
  {
    name: "554 5.7.1 blocked using Proofpoint Dynamic Reputation",
    reply:
      "554 5.7.1 Service unavailable; client [192.0.2.44] blocked using Proofpoint Dynamic Reputation",
    status: "5.7.1",
    remote: "mxa-00909a01.gslb.pphosted.com",
    expected: {
      id: "proofpoint-pdr-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["192.0.2.44", "spam", "ipcheck.proofpoint.com"],
      wordsJa: ["192.0.2.44", "迷惑メール", "ipcheck.proofpoint.com"],
    },
  },
  {
    name: "550 5.7.0 Local Policy Violation",
    reply: "550 5.7.0 Local Policy Violation",
    status: "5.7.0",
    remote: PPS,
    expected: {
      id: "proofpoint-local-policy",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint", "block list"],
      wordsJa: ["Proofpoint", "ブロック リスト"],
    },
  },
  {
    name: "Essentials: address marked invalid",
    reply: "550 5.7.1 Recipient address rejected: User email address is marked as invalid",
    status: "5.7.1",
    remote: ESSENTIALS,
    expected: {
      id: "proofpoint-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["fabrikam.example", "SMTP Discovery"],
    },
  },
  {
    name: "550 5.7.1 Relaying denied",
    reply: "550 5.7.1 Relaying denied",
    status: "5.7.1",
    remote: PPS,
    expected: {
      id: "proofpoint-relaying-denied",
      owner: "recipient-admin",
      temporary: false,
      words: ["fabrikam.example", "MX"],
    },
  },
  {
    name: "554 5.7.1 spam content",
    reply: "554 5.7.1 Message blocked due to spam content in the message.",
    status: "5.7.1",
    remote: "mx2-us1.ppe-hosted.com",
    expected: {
      id: "proofpoint-spam-content",
      owner: "you",
      temporary: false,
      words: ["spam", "links"],
      wordsJa: ["迷惑メール", "リンク"],
    },
  },
  {
    name: "spam content, short wording",
    reply: "554 5.7.1 Message blocked due to spam content",
    status: "5.7.1",
    remote: PPS,
    expected: {
      id: "proofpoint-spam-content",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "550 5.1.0 sender rejected (Essentials)",
    reply: "550 5.1.0 sender rejected",
    status: "5.1.0",
    remote: ESSENTIALS,
    expected: {
      id: "proofpoint-sender-rejected",
      owner: "your-admin",
      temporary: false,
      words: ["Proofpoint", "SPF", "ipcheck.proofpoint.com"],
    },
  },
  {
    name: "550 5.7.1 Relay access denied (Essentials)",
    reply: "550 5.7.1 <kim@fabrikam.example>: Relay access denied",
    status: "5.7.1",
    remote: ESSENTIALS,
    expected: {
      id: "proofpoint-relaying-denied",
      owner: "recipient-admin",
      temporary: false,
      words: ["Proofpoint", "fabrikam.example"],
    },
  },
  {
    name: "452 4.3.1 Insufficient system resources",
    reply: "452 4.3.1 Insufficient system resources",
    status: "4.3.1",
    remote: ESSENTIALS,
    expected: {
      id: "proofpoint-busy",
      owner: "nobody",
      temporary: true,
      words: ["Proofpoint"],
    },
  },
  {
    name: "554 Reject, virus",
    reply: "554 5.7.1 Reject, id=12345-04 - virus",
    status: "5.7.1",
    remote: PPS,
    expected: {
      id: "proofpoint-virus",
      owner: "you",
      temporary: false,
      words: ["Proofpoint", "virus"],
      wordsJa: ["Proofpoint", "ウイルス"],
    },
  },
  {
    name: "SMTP Discovery refusal with no server named (its words alone)",
    reply: "550 5.7.1 Recipient address rejected: User email address is marked as invalid",
    status: "5.7.1",
    expected: {
      id: "proofpoint-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["Proofpoint"],
    },
  },
];
