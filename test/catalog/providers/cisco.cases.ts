// Cisco Secure Email (AsyncOS) refusals with the default replies its user guides publish (Host
// Access Table, SPF and DMARC verification, LDAP acceptance, envelope sender verification, rate
// limits); cloud gateways answer from *.iphmx.com, appliances from the customer's own host names
// (there only the default texts that no other server uses name Cisco: the envelope sender check
// copies sendmail's words, so it counts as Cisco's only from a Cisco host).
import type { ProviderCase } from "./types";

const CLOUD = "mx1.hc1234-56.iphmx.com";
const APPLIANCE = "gatekeeper1.fabrikam.example";

export const CASES: readonly ProviderCase[] = [
  {
    name: "554 poor sender reputation (HAT blocked group)",
    reply:
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    status: "5.0.0",
    remote: APPLIANCE,
    expected: {
      id: "cisco-poor-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Cisco", "Talos", "PTR"],
    },
  },
  {
    name: "550 #5.7.1 SPF",
    reply: "550 #5.7.1 SPF unauthorized mail is prohibited.",
    status: "5.7.1",
    remote: CLOUD,
    expected: {
      id: "cisco-spf-fail",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "contoso.com", "HELO"],
    },
  },
  {
    name: "451 #4.4.3 SPF temporary error",
    reply: "451 #4.4.3 Temporary error occurred during SPF verification.",
    status: "4.4.3",
    remote: CLOUD,
    expected: {
      id: "cisco-spf-temperror",
      owner: "your-admin",
      temporary: true,
      words: ["SPF", "Cisco"],
    },
  },
  {
    name: "550 #5.7.1 DMARC reject",
    reply: "550 #5.7.1 DMARC unauthenticated mail is prohibited.",
    status: "5.0.0",
    remote: APPLIANCE,
    expected: {
      id: "cisco-dmarc-reject",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "p=reject", "contoso.com"],
    },
  },
  {
    name: "451 #4.7.1 DMARC temporary failure",
    reply: "451 #4.7.1 Unable to perform DMARC verification.",
    status: "4.7.1",
    remote: CLOUD,
    expected: {
      id: "cisco-dmarc-temperror",
      owner: "nobody",
      temporary: true,
      words: ["DMARC", "Cisco"],
    },
  },
  {
    name: "550 #5.1.0 Address rejected (not the registry's 5.1.0)",
    reply: "550 #5.1.0 Address rejected.",
    status: "5.1.0",
    remote: CLOUD,
    expected: {
      id: "cisco-address-rejected",
      owner: "you",
      temporary: false,
      words: ["fabrikam.example", "typos"],
      wordsJa: ["fabrikam.example", "入力ミス"],
    },
  },
  {
    name: "553 #5.1.8 sender domain does not exist",
    reply: "553 #5.1.8 Domain of sender address <sam@contoso.com> does not exist",
    status: "5.1.8",
    remote: CLOUD,
    expected: {
      id: "cisco-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["DNS", "contoso.com"],
    },
  },
  {
    name: "452 recipients per hour",
    reply: "452 Too many recipients received this hour",
    status: "4.0.0",
    remote: CLOUD,
    expected: {
      id: "cisco-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Cisco", "per hour", "Talos"],
      wordsJa: ["Cisco", "1 時間", "Talos"],
    },
  },
  {
    name: "530 TLS required by the mail flow policy",
    reply: "530 Must issue a STARTTLS command first",
    status: "5.7.0",
    remote: CLOUD,
    expected: {
      id: "cisco-tls-required",
      owner: "your-admin",
      temporary: false,
      words: ["Cisco", "TLS", "STARTTLS"],
    },
  },
  {
    name: "553 sender domain missing, no server named (its words alone)",
    reply: "553 #5.1.8 Domain of sender address <sam@contoso.com> does not exist",
    status: "5.1.8",
    expected: {
      id: "cisco-sender-domain-missing",
      owner: "your-admin",
      temporary: false,
      words: ["Cisco", "contoso.com"],
    },
  },
];
