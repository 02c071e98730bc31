// AT&T / BellSouth refusals as AT&T's Mailblock Inquiry site publishes them (rbl.att.net,
// worldnet.att.net "Error Message Summary") and as its current inbound servers (*.prodigy.net)
// word their own block list. Sample values.
import type { ProviderCase } from "./types";

const MX = "ff-ip4-mx-vip1.prodigy.net";
const BELLSOUTH = "mx00.bellsouth.net";
const IP = "203.0.113.61";

export const CASES: readonly ProviderCase[] = [
  {
    name: "DNSBL:RBL: the sending IP on AT&T's own block list",
    reply: `553 5.3.0 flpd575 DNSBL:RBL ${IP}_is_blocked`,
    status: "5.3.0",
    remote: MX,
    recipient: "lee@att.net",
    expected: {
      id: "att-blocklist",
      owner: "your-admin",
      temporary: false,
      words: ["AT&T", IP, "abuse_rbl@abuse-att.net"],
      wordsJa: ["AT&T", IP, "abuse_rbl@abuse-att.net"],
    },
  },
  {
    name: "521: the sending system identified as a spam source",
    reply: `521 <${IP}> is blocked`,
    status: "5.0.0",
    remote: BELLSOUTH,
    recipient: "lee@bellsouth.net",
    expected: {
      id: "att-blocklist",
      owner: "your-admin",
      temporary: false,
      words: ["AT&T", IP],
      wordsJa: ["AT&T", IP],
    },
  },
  {
    name: "BellSouth's rblmx block list, named without a host",
    reply: `550 <${IP}> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net`,
    status: "5.0.0",
    expected: {
      id: "att-blocklist",
      owner: "your-admin",
      temporary: false,
      words: [IP],
      wordsJa: [IP],
    },
  },
  {
    name: "[permfail] requires valid sender domain",
    reply: "550 [permfail] bellsouth.net requires valid sender domain",
    status: "5.0.0",
    remote: BELLSOUTH,
    expected: {
      id: "att-invalid-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: ["reverse DNS", "PTR"],
      wordsJa: ["逆引き DNS", "PTR"],
    },
  },
  {
    name: "unauthorized interface: an address that is no mail server",
    reply: `550 unauthorized interface for <${IP}>`,
    status: "5.0.0",
    remote: BELLSOUTH,
    expected: {
      id: "att-unauthorized-interface",
      owner: "your-admin",
      temporary: false,
      words: [IP, "smart host"],
      wordsJa: [IP, "スマート ホスト"],
    },
  },
  {
    name: "421 failure in DNS look-up: deferred for the reverse DNS",
    reply: "421-failure in DNS look-up",
    status: "4.0.0",
    remote: BELLSOUTH,
    expected: {
      id: "att-dns-lookup-failed",
      owner: "your-admin",
      temporary: true,
      words: ["reverse DNS"],
      wordsJa: ["逆引き DNS"],
    },
  },
  {
    name: "450 busy: try again later",
    reply: "450 busy--Please try again later",
    status: "4.0.0",
    remote: BELLSOUTH,
    expected: {
      id: "att-busy",
      owner: "nobody",
      temporary: true,
      words: ["AT&T", "busy"],
      wordsJa: ["AT&T", "再試行"],
    },
  },
  {
    name: "[suspend]: the recipient's mailbox is suspended",
    reply: "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
    status: "5.2.1",
    remote: BELLSOUTH,
    recipient: "lee@bellsouth.net",
    expected: {
      id: "att-mailbox-suspended",
      owner: "recipient",
      temporary: false,
      words: ["suspended"],
      wordsJa: ["停止"],
    },
  },
  {
    name: "no valid sender domain: fix reverse DNS (current servers)",
    reply: `550 5.7.1 Connections not accepted from servers without a valid sender domain.flph829 Fix reverse DNS for ${IP}`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "att-invalid-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: [IP, "PTR"],
      wordsJa: [IP, "PTR"],
    },
  },
];
