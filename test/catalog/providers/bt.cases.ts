// BT Email refusals as its inbound servers (Openwave, *.cpcloud.co.uk) and its help pages give
// them: words without an enhanced code, Openwave's own numbers in brackets. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx.bt.lon5.cpcloud.co.uk";
const IP = "203.0.113.52";

export const CASES: readonly ProviderCase[] = [
  {
    name: "policy (3.2.1.1): looks like spam",
    reply:
      "554 Message rejected, policy (3.2.1.1) - Your message looks like SPAM or has been reported as SPAM please read http://www.bt.com/help",
    status: "5.0.0",
    remote: MX,
    recipient: "sam@btinternet.com",
    expected: {
      id: "bt-looks-like-spam",
      owner: "your-admin",
      temporary: false,
      words: ["BT", "spam"],
      wordsJa: ["BT", "迷惑メール"],
    },
  },
  {
    name: "looks like spam, named by the recipient's domain alone",
    reply:
      "554 Message rejected, policy (3.2.1.1) - Your message looks like SPAM or has been reported as SPAM please read http://www.bt.com/help",
    status: "5.7.1",
    recipient: "sam@btopenworld.com",
    expected: {
      id: "bt-looks-like-spam",
      owner: "your-admin",
      temporary: false,
      words: ["BT", "reported"],
      wordsJa: ["BT", "報告"],
    },
  },
  {
    name: "too many messages (1.5.6.1) from one IP, deferred",
    reply: `421 Too many messages (1.5.6.1) from ${IP}`,
    status: "4.0.0",
    remote: MX,
    recipient: "sam@btinternet.com",
    expected: {
      id: "bt-too-many-messages",
      owner: "your-admin",
      temporary: true,
      words: ["BT", "forward"],
      wordsJa: ["BT", "転送"],
    },
  },
  {
    name: "sender IP reputation",
    reply: `550 Message rejected due to sender IP reputation ([${IP}])`,
    status: "5.0.0",
    remote: MX,
    recipient: "sam@btinternet.com",
    expected: {
      id: "bt-ip-reputation",
      owner: "your-admin",
      temporary: false,
      words: [IP, "open relay"],
      wordsJa: [IP, "オープン リレー"],
    },
  },
  {
    name: "sender IP reputation with a 5.7.1 the sending server added",
    reply: `550 Message rejected due to sender IP reputation ([${IP}])`,
    status: "5.7.1",
    remote: "mx.bt.lon5.cpcloud.co.uk",
    expected: {
      id: "bt-ip-reputation",
      owner: "your-admin",
      temporary: false,
      words: [IP, "malware"],
      wordsJa: [IP, "マルウェア"],
    },
  },
  {
    name: "system policy engine error: forwarded mail, deferred",
    reply: "451 System policy engine error",
    status: "4.0.0",
    remote: MX,
    recipient: "sam@btinternet.com",
    expected: {
      id: "bt-policy-engine",
      owner: "your-admin",
      temporary: true,
      words: ["SPF", "SRS"],
      wordsJa: ["SPF", "SRS"],
    },
  },
  {
    name: "system policy engine error given up on after days",
    reply: "451 System policy engine error",
    status: "5.0.0",
    remote: MX,
    recipient: "sam@btinternet.com",
    expected: {
      id: "bt-policy-engine",
      owner: "your-admin",
      temporary: false,
      words: ["forward"],
      wordsJa: ["転送"],
    },
  },
  {
    name: "negative: another receiver's IP-reputation words are not BT's (the general reputation meaning)",
    reply: `550 Message rejected due to sender IP reputation ([${IP}])`,
    status: "5.0.0",
    remote: "mx.example.net",
    expected: {
      id: "refused-sending-server",
      owner: "your-admin",
      temporary: false,
      words: [IP],
      wordsJa: [IP],
    },
  },
];
