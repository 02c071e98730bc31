// The twenty-sixth round of the words (December 2026): spam filters, security gateways and block
// lists, taken in order from the result lists of twenty-two searches fixed before any was run (one
// or two a vendor or list: issue threads, vendors' and hosts' help pages, pasted bounces), none a
// case or an earlier set's reply; the set, its sources, queries and scoring scripts are in
// /work/wt/h-words26-set, outside the repository. Its misses were classes: a receiver's own 5xx
// reply saying "Connection refused" (read as a network failure), the sending server named a "spam
// source" (read as a spam verdict on the content), an Office file with VBA macros (read as 552's
// "no room"), a refusal per the sender's SPF policy and ASSP's offer to resend with a code in the
// subject. Plain variants of each class follow the real replies.
import type { ProviderCase } from "./types";

const SENDING_SERVER = {
  id: "refused-sending-server",
  owner: "your-admin",
  temporary: false,
  words: ["block list", "reputation"],
  wordsJa: ["ブロック リスト"],
} as const;
const CLOUDMARK = {
  id: "cloudmark-listed",
  owner: "your-admin",
  temporary: false,
  words: ["Cloudmark"],
} as const;
const ATTACHMENT = {
  id: "attachment-type-refused",
  owner: "you",
  temporary: false,
  words: ["attachment", "macros"],
  wordsJa: ["添付ファイル", "マクロ"],
} as const;
const SPF = {
  id: "spf-refused",
  owner: "your-admin",
  temporary: false,
  words: ["SPF"],
} as const;
const ASSP_CODE = {
  id: "assp-resend-with-code",
  owner: "you",
  temporary: false,
  words: ["ASSP", "subject", "code"],
  wordsJa: ["ASSP", "件名", "コード"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://github.com/Mailu/Mailu/issues/1458
  {
    name: "r26-01: Cisco's 554 As a measure to protect our email infrastructure ... senderbase",
    reply:
      "554 As a measure to protect our email infrastructure, this connection is being blocked. More information on your sending IP address can be found here: http://www.senderbase.org/search?searchBy=ipaddress&searchString=78.225.183.108",
    status: "5.0.0",
    remote: "smtpinipmch20.panalpina.com",
    expected: {
      id: "cisco-poor-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Cisco"],
    },
  },
  // https://knowledge.broadcom.com/external/article/169901/outbound-email-from-email-securitycloud.html
  {
    name: "r26-02: 552 spam source blocked",
    reply: "552 spam source blocked",
    status: "5.0.0",
    expected: SENDING_SERVER,
  },
  {
    name: "r26-03: 550 Connection refused - we hate spammers!",
    reply: "550 Connection refused - we hate spammers!",
    status: "5.0.0",
    expected: SENDING_SERVER,
  },
  // https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html
  {
    name: "r26-04: 554 Rejected due to spam content",
    reply: "554 Rejected due to spam content",
    status: "5.0.0",
    expected: {
      id: "refused-as-spam",
      owner: "you",
      temporary: false,
      words: ["spam"],
      wordsJa: ["迷惑メール"],
    },
  },
  // https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html
  {
    name: "r26-05: 553 Envelope sender rejected",
    reply: "553 Envelope sender rejected",
    status: "5.0.0",
    expected: {
      id: "sender-refused",
      owner: "you",
      temporary: false,
      words: ["sender"],
      wordsJa: ["送信者"],
    },
  },
  {
    name: "r26-06: 552 MS-Office file containing VBA macros found inside of the email",
    reply: "552 MS-Office file containing VBA macros found inside of the email",
    status: "5.0.0",
    expected: ATTACHMENT,
  },
  // https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095
  // (the session and the code are the page's placeholders, filled in)
  {
    name: "r26-08: ASSP's 554 5.7.1 Mail (<session>) appears to be unsolicited - resend with the code",
    reply:
      "554 5.7.1 Mail (m1-48213-07) appears to be unsolicited - resend with the code 7f3a91 appended to subject and ask to have your email whitelisted.",
    status: "5.7.1",
    expected: ASSP_CODE,
  },
  {
    name: "r26-09: ASSP's 554 5.7.1 Mail appears infected with <signature> -- disinfect and resend",
    reply: "554 5.7.1 Mail appears infected with Win.Trojan.Agent-1234 -- disinfect and resend.",
    status: "5.7.1",
    expected: {
      id: "assp-infected",
      owner: "you",
      temporary: false,
      words: ["ASSP", "malware"],
      wordsJa: ["ASSP", "マルウェア"],
    },
  },
  // https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-bounces-related-to-spamhaus-sbl-xbl-database-and-how-to-troubleshoot
  {
    name: "r26-10: 550 5.7.0 Your server IP address is in the SpamHaus SBL-XBL database, bye",
    reply: "550 5.7.0 Your server IP address is in the SpamHaus SBL-XBL database, bye",
    status: "5.7.0",
    expected: { id: "spamhaus-sbl", owner: "your-admin", temporary: false, words: ["Spamhaus"] },
  },
  // https://github.com/rikvanriel/spamikaze/issues/1 (a Gmail outgoing address: Google's to fix)
  {
    name: "r26-11: 550 Host <Gmail IP> is listed at psbl.surriel.com as a spam source",
    reply:
      "550 Host 209.85.219.181 is listed at psbl.surriel.com as a spam source. Mail from this IP has been limited. For removal follow this link",
    status: "5.0.0",
    expected: {
      id: "psbl-listed",
      owner: "recipient-admin",
      temporary: false,
      words: ["PSBL", "Gmail"],
    },
  },
  // https://www.suped.com/learn/blocklists/why-is-my-ip-address-listed-on-cloudmark-csi-global
  {
    name: "r26-12: 5.3.2 system not accepting network messages cmsmtp <ip> is listed on Cloudmark CSI-Global",
    reply:
      "5.3.2 system not accepting network messages cmsmtp 203.0.113.24 is listed on Cloudmark CSI-Global.",
    status: "5.3.2",
    expected: CLOUDMARK,
  },
  // https://pastebin.com/jhdNMiyp
  {
    name: "r26-13: 550 #5.7.1 Your access to submit messages to this e-mail system has been rejected",
    reply: "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.",
    status: "5.0.0",
    remote: "smtpdg.tymphany.com",
    expected: SENDING_SERVER,
  },
  // https://github.com/OpenSMTPD/OpenSMTPD/issues/483
  {
    name: "r26-14: Aruba's 554 <host> bizsmtp <id> Connection refused from <ip>. See csi.cloudmark.com",
    reply:
      "554 mxcmd04.ad.aruba.it bizsmtp hYzf1o0274Aa5Bp01 Connection refused from 192.0.2.10. See http://csi.cloudmark.com/reset-request/?ip=192.0.2.10 for more information.",
    status: "5.0.0",
    remote: "mxcmd04.ad.aruba.it",
    expected: CLOUDMARK,
  },
  // https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/
  {
    name: "r26-15: 550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
    reply: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
    status: "5.7.1",
    expected: SPF,
  },
  // https://luxsci.com/blog/?p=16857
  {
    name: "r26-16: 554 Service unavailable; Client host [<host>] blocked using Barracuda Reputation; bbl.barracudacentral.com",
    reply:
      "554 Service unavailable; Client host [server1.mail.com] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.168.1.1",
    status: "5.0.0",
    expected: {
      id: "barracuda-brbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["Barracuda"],
    },
  },
  // https://pastebin.com/UyYmyNYV
  {
    name: "r26-17: FrontBridge's 550 <host[ip]>: Client host rejected: Access Denied",
    reply: "550 <jukefly.com[66.63.169.222]>: Client host rejected: Access Denied",
    status: "5.0.0",
    remote: "mail.global.frontbridge.com",
    expected: SENDING_SERVER,
  },
  // plain variants of the classes
  {
    name: "r26 variant: 554 Connection refused (the receiver's own reply, not a network failure)",
    reply: "554 Connection refused",
    status: "5.0.0",
    expected: SENDING_SERVER,
  },
  {
    name: "r26 variant: 550 5.7.1 Connection refused",
    reply: "550 5.7.1 Connection refused",
    status: "5.7.1",
    expected: SENDING_SERVER,
  },
  {
    name: "r26 variant: 550 Your IP <ip> is listed as a spam source",
    reply: "550 Your IP 192.0.2.7 is listed as a spam source",
    status: "5.0.0",
    expected: SENDING_SERVER,
  },
  {
    name: "r26 variant: 554 5.7.1 Rejected: Word document with VBA macros",
    reply: "554 5.7.1 Rejected: Word document with VBA macros",
    status: "5.7.1",
    expected: ATTACHMENT,
  },
  {
    name: "r26 variant: 550 Rejected per sender's SPF policy",
    reply: "550 Rejected per sender's SPF policy",
    status: "5.0.0",
    expected: SPF,
  },
  {
    name: "r26 variant: ASSP's resend-with-code refusal with another session and code",
    reply:
      "554 5.7.1 Mail (m3-11111-02) appears to be unsolicited - resend with the code 9c0d4e appended to subject and ask to have your email whitelisted.",
    status: "5.7.1",
    expected: ASSP_CODE,
  },
  // a network failure keeps its meaning: the sending server's own words, no reply from the receiver
  {
    name: "r26 negative: connect to <host>[ip]:25: Connection refused (Postfix's own words)",
    reply: "connect to mx.fabrikam.example[192.0.2.1]:25: Connection refused",
    status: "4.4.1",
    expected: { id: "iana-4.4.1", owner: "nobody", temporary: true, words: [] },
  },
];
