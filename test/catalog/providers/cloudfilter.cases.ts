// The AUP# limits of Cloudmark's hosted inbound service for internet providers, as its users
// quote them, and Cox's own codes on the same service kept apart. Sample values.
import type { ProviderCase } from "./types";

const SHAW_MX = "shw-central.mx.a.cloudfilter.net";

export const CASES: readonly ProviderCase[] = [
  {
    name: "AUP#MXRT as a Gmail delay notice quotes it",
    reply: "452 4.1.0 server temporarily unavailable AUP#MXRT",
    status: "4.1.0",
    expected: {
      id: "cloudfilter-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Cloudmark", "tries again"],
      wordsJa: ["Cloudmark", "再試行"],
    },
  },
  {
    name: "AUP#MXRT from Shaw's MX, with the sender",
    reply: "452 4.1.0 <news@contoso.com> server temporarily unavailable AUP#MXRT",
    status: "4.1.0",
    remote: SHAW_MX,
    expected: {
      id: "cloudfilter-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["reputation"],
      wordsJa: ["評価"],
    },
  },
  {
    name: "AUP#MXRT under 450 4.7.0",
    reply: "450 4.7.0 server temporarily unavailable AUP#MXRT",
    status: "4.7.0",
    expected: {
      id: "cloudfilter-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Cloudmark"],
      wordsJa: ["Cloudmark"],
    },
  },
  {
    name: "AUP#MXRT for a shaw.ca mailbox, host unnamed",
    reply: "452 4.1.0 server temporarily unavailable AUP#MXRT",
    status: "4.1.0",
    recipient: "sam@shaw.ca",
    expected: {
      id: "cloudfilter-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Cloudmark"],
      wordsJa: ["Cloudmark"],
    },
  },
  {
    name: "AUP#CNCT: too many connections",
    reply: "421 cmsmtp 203.0.113.5 blocked AUP#CNCT",
    status: "4.0.0",
    remote: SHAW_MX,
    expected: {
      id: "cloudfilter-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["203.0.113.5", "parallel connections"],
      wordsJa: ["203.0.113.5", "同時接続数"],
    },
  },
  {
    name: "AUP#CNCT named by its code alone",
    reply: "421 4.7.0 cmsmtp 203.0.113.5 blocked AUP#CNCT",
    status: "4.7.0",
    expected: {
      id: "cloudfilter-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["Cloudmark"],
      wordsJa: ["Cloudmark"],
    },
  },
  {
    name: "AUP#CNCT from another provider's host on the service",
    reply: "421 eir-03.mx.a.cloudfilter.net cmsmtp 203.0.113.5 blocked AUP#CNCT",
    status: "4.0.0",
    remote: "eir-03.mx.a.cloudfilter.net",
    expected: {
      id: "cloudfilter-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["Cloudmark"],
      wordsJa: ["Cloudmark"],
    },
  },
  {
    name: "Cox's CXMXRT on the same service stays Cox's",
    reply:
      "421 cmsmtp 203.0.113.5 blocked. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXMXRT",
    status: "4.0.0",
    remote: "cxr.mx.a.cloudfilter.net",
    expected: {
      id: "cox-cxmxrt",
      owner: "your-admin",
      temporary: true,
      words: ["Cox"],
      wordsJa: ["Cox"],
    },
  },
];
