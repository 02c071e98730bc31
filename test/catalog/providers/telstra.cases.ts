// Telstra BigPond: its inbound spam refusal (IB703 / IB704) and its outgoing servers' refusal of a
// customer whose IP is on Spamhaus's XBL (OB105), as Telstra's CrowdSupport wiki and a sender
// quote them. Sample values.
import type { ProviderCase } from "./types";

const MX = "extmail.bigpond.com";
const OUT = "mail.bigpond.com";
const IP = "203.0.113.64";

export const CASES: readonly ProviderCase[] = [
  {
    name: "IB703: content rejected as suspected spam",
    reply: "558 5.7.1 5F2C0A91B7D3E604 Message content rejected due to suspected spam. IB703",
    status: "5.7.1",
    remote: MX,
    recipient: "jo@bigpond.com",
    expected: {
      id: "telstra-suspected-spam",
      owner: "you",
      temporary: false,
      words: ["BigPond", "shorteners"],
      wordsJa: ["BigPond", "短縮 URL"],
    },
  },
  {
    name: "IB704 alike",
    reply: "558 5.7.1 Message content rejected due to suspected spam. IB704",
    status: "5.7.1",
    remote: "mx2.bigpond.com",
    expected: {
      id: "telstra-suspected-spam",
      owner: "you",
      temporary: false,
      words: ["BigPond"],
      wordsJa: ["BigPond"],
    },
  },
  {
    name: "IB703 for a bigpond.net.au recipient, the host unnamed",
    reply: "558 5.7.1 Message content rejected due to suspected spam. IB703",
    status: "5.7.1",
    recipient: "jo@bigpond.net.au",
    expected: {
      id: "telstra-suspected-spam",
      owner: "you",
      temporary: false,
      words: ["BigPond"],
      wordsJa: ["BigPond"],
    },
  },
  {
    name: "IB703 given as a 5.0.0 by the relay",
    reply: "558 Message content rejected due to suspected spam. IB703",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "telstra-suspected-spam",
      owner: "you",
      temporary: false,
      words: ["BigPond"],
      wordsJa: ["BigPond"],
    },
  },
  {
    name: "OB105: BigPond's outgoing server and Spamhaus XBL",
    reply: `554 nschwcmgw08p BigPond Outbound [OB105. Connection refused. ${IP} is listed on the Exploits Block List (XBL)`,
    status: "5.7.1",
    remote: OUT,
    expected: {
      id: "telstra-outbound-xbl",
      owner: "your-admin",
      temporary: false,
      words: ["BigPond", "XBL", IP],
      wordsJa: ["BigPond", "XBL", IP],
    },
  },
  {
    name: "OB105 named by its code alone",
    reply: `554 BigPond Outbound [OB105. Connection refused. ${IP} is listed on the Exploits Block List (XBL)`,
    status: "5.7.1",
    expected: {
      id: "telstra-outbound-xbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus"],
      wordsJa: ["Spamhaus"],
    },
  },
  {
    name: "OB105 as a 5.0.0",
    reply: `554 BigPond Outbound [OB105. Connection refused. ${IP} is listed on the Exploits Block List (XBL)`,
    status: "5.0.0",
    remote: OUT,
    expected: {
      id: "telstra-outbound-xbl",
      owner: "your-admin",
      temporary: false,
      words: ["malware"],
      wordsJa: ["マルウェア"],
    },
  },
  {
    name: "negative: an unknown BigPond user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <jo@bigpond.com>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: MX,
    recipient: "jo@bigpond.com",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
];
