// GMX, WEB.DE and IONOS refusals as their mail servers write them (multi-line, no enhanced status
// code, an explanation link with a case code), from their postmaster pages, with sample values.
import type { ProviderCase } from "./types";

const GMX_MX = "mx00.emig.gmx.net";
const WEBDE_MX = "mx-ha03.web.de";
const IONOS_MX = "mx00.ionos.de";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "GMX: IP address on a block list",
    reply: `554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=${IP}&r=1MNcgj-1ue23t3pyV-00S2YR`,
    status: "5.0.0",
    remote: GMX_MX,
    recipient: "nati@gmx.net",
    expected: {
      id: "gmx-ip-block-listed",
      owner: "your-admin",
      temporary: false,
      words: [IP, "GMX", "block list"],
      wordsJa: [IP, "GMX", "ブロック リスト"],
    },
  },
  {
    name: "GMX: mailbox unavailable, reject due to policy restrictions (not an unknown address)",
    reply: `550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=${IP}&c=poli`,
    status: "5.0.0",
    remote: GMX_MX,
    recipient: "nati@gmx.net",
    expected: {
      id: "gmx-policy-restrictions",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reverse DNS", "HELO"],
      wordsJa: [IP, "逆引き DNS", "HELO"],
    },
  },
  {
    name: "WEB.DE: transaction failed after the message, case hi: the header breaks RFC 5322",
    reply: `554 Transaction failed Reject due to policy restrictions. For explanation visit https://web.de/email/senderguidelines?ip=${IP}&c=hi`,
    status: "5.0.0",
    recipient: "lena@web.de",
    expected: {
      id: "gmx-header-invalid",
      owner: "your-admin",
      temporary: false,
      words: [IP, "WEB.DE", "RFC 5322"],
    },
  },
  {
    name: "WEB.DE: multi-line transaction failure, case hi",
    reply: `554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=${IP}&c=hi`,
    status: "5.0.0",
    remote: WEBDE_MX,
    recipient: "lena@web.de",
    expected: {
      id: "gmx-header-invalid",
      owner: "your-admin",
      temporary: false,
      words: ["RFC 5322", "From"],
    },
  },
  {
    name: "IONOS: no SMTP service for the sending server",
    reply: `554-kundenserver.de (mxeue109) Nemesis ESMTP Service not available 554-No SMTP service 554-Reject due to policy restrictions. 554 For explanation visit https://www.ionos.com/help/index.php?id=2425&ip=${IP}&c=sp`,
    status: "5.0.0",
    remote: "mx01.kundenserver.de",
    expected: {
      id: "gmx-policy-restrictions",
      owner: "your-admin",
      temporary: false,
      words: [IP, "IONOS"],
    },
  },
  {
    name: "1&1: temporary reject due to policy violations",
    reply: `450-Requested mail action not taken: mailbox unavailable 450-Reject due to policy violations. 450 For explanation visit https://help.1and1.com/smtp-error-messages?ip=${IP}&c=poli`,
    status: "4.0.0",
    remote: "mx01.1and1.mx",
    expected: {
      id: "gmx-policy-violations-temporary",
      owner: "your-admin",
      temporary: true,
      words: [IP, "HELO", "do not exist"],
      wordsJa: [IP, "HELO", "存在しない宛先"],
    },
  },
  {
    name: "IONOS: rate limit",
    reply: "421 Rate limit reached. Please try again later",
    status: "4.0.0",
    remote: IONOS_MX,
    expected: {
      id: "gmx-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["too many messages"],
      wordsJa: ["メールを送りすぎ"],
    },
  },
  {
    name: "WEB.DE: SPF hard fail",
    reply:
      "550 5.7.1 Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner",
    status: "5.7.1",
    remote: WEBDE_MX,
    recipient: "lena@web.de",
    expected: {
      id: "gmx-spf-reject",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "contoso.com", "SRS"],
    },
  },
  {
    name: "GMX: mailbox unavailable",
    reply: "550 Requested action not taken: mailbox unavailable",
    status: "5.1.1",
    remote: GMX_MX,
    recipient: "nati@gmx.net",
    expected: {
      id: "gmx-mailbox-unavailable",
      owner: "you",
      temporary: false,
      words: ["GMX", "address"],
      wordsJa: ["GMX", "アドレス"],
    },
  },
  {
    name: "IONOS: quota exceeded",
    reply: "550 Quota exceeded",
    status: "5.2.2",
    remote: IONOS_MX,
    expected: {
      id: "gmx-quota-exceeded",
      owner: "recipient",
      temporary: false,
      words: ["full"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "GMX: refused for a wrong configuration",
    reply: "501 Syntax error in parameters or arguments",
    status: "5.5.4",
    remote: GMX_MX,
    recipient: "nati@gmx.net",
    expected: {
      id: "gmx-syntax-error",
      owner: "your-admin",
      temporary: false,
      words: ["HELO"],
    },
  },
  {
    name: "IONOS: local error in processing",
    reply: "451 Requested action aborted: local error in processing",
    status: "4.3.0",
    remote: IONOS_MX,
    expected: {
      id: "gmx-local-error",
      owner: "nobody",
      temporary: true,
      words: ["IONOS"],
    },
  },
  {
    name: "GMX: bad reverse DNS (PTR) of the sending IP",
    reply: `554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0401&i=ip&v=${IP}&r=1N3bSt-1vQbXm0hK1-00zHyA`,
    status: "5.0.0",
    remote: GMX_MX,
    recipient: "nati@gmx.net",
    expected: {
      id: "gmx-bad-ptr",
      owner: "your-admin",
      temporary: false,
      words: [IP, "PTR"],
    },
  },
  {
    name: "WEB.DE: the sender's domain has no MX or A record",
    reply:
      "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record.",
    status: "5.0.0",
    remote: WEBDE_MX,
    recipient: "lena@web.de",
    expected: {
      id: "gmx-sender-domain-dns",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "MX"],
    },
  },
  {
    name: "IONOS: message too big",
    reply: "552 Message size exceeds fixed maximum message size",
    status: "5.3.4",
    remote: IONOS_MX,
    expected: {
      id: "gmx-message-too-big",
      owner: "you",
      temporary: false,
      words: ["100 MB"],
    },
  },
  {
    name: "rate limit, no server named (its words alone)",
    reply: "421 Rate limit reached. Please try again later",
    status: "4.0.0",
    expected: {
      id: "gmx-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["GMX"],
    },
  },
  {
    // as a user quoted it (github.com/mailcow/mailcow/issues/915): WEB.DE's other wording
    name: "WEB.DE's invalid DNS PTR resource record: the sending IP's reverse DNS",
    reply:
      "554-web.de (mxweb012) Nemesis ESMTP Service not available 554-No SMTP service 554 invalid DNS PTR resource record, IP=203.0.113.25",
    status: "5.0.0",
    remote: "mx-ha03.web.de",
    recipient: "kim@web.de",
    expected: {
      id: "gmx-bad-ptr",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.25"],
    },
  },
];
