// MailChannels refusals. MailChannels publishes its refusals as replies with a bracketed tag
// (docs.mailchannels.com/outbound/smtp-errors, /inbound/smtp-errors, /email-api/sending-policies);
// the replies below are those published texts, with sample values. "[CS] Message blocked" is the
// reply as quoted in github.com/jeremydumais/CPP-SMTPClient-library/issues/46. The outbound relay
// (relay.mailchannels.net) refuses for the sender's own hosting provider; the inbound filter
// (mx1.mailchannels.net) for the recipient's.
import type { ProviderCase } from "./types";

const RELAY = "relay.mailchannels.net";
const MX = "mx1.mailchannels.net";
const IP = "203.0.113.9";

export const CASES: readonly ProviderCase[] = [
  {
    name: "[CS] content filter on the outbound relay",
    reply: "550 5.7.1 [CS] Message blocked",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-spam-content",
      owner: "you",
      temporary: false,
      words: ["MailChannels", "spam"],
      wordsJa: ["MailChannels", "迷惑メール"],
    },
  },
  {
    name: "[SS] spam signature on the outbound relay",
    reply: "550 5.7.1 [SS] Message blocked",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-spam-content",
      owner: "you",
      temporary: false,
      words: ["MailChannels", "password"],
      wordsJa: ["MailChannels", "パスワード"],
    },
  },
  {
    name: "[RBL] sending IP on a block list",
    reply: `550 5.7.1 [RBL] Sender blocked ${IP}`,
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-blocklisted",
      owner: "your-admin",
      temporary: false,
      words: [IP, "block list"],
      wordsJa: [IP, "ブロック リスト"],
    },
  },
  {
    name: "[ESA] sender blocked by the abuse team",
    reply: "550 5.7.1 [ESA] Sender blocked.",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-sender-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["blocked your sending account", "Host Console"],
      wordsJa: ["送信アカウントをブロック", "Host Console"],
    },
  },
  {
    name: "[BR] too many invalid recipients",
    reply:
      "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-invalid-recipients",
      owner: "your-admin",
      temporary: false,
      words: ["do not exist"],
      wordsJa: ["存在しないアドレス"],
    },
  },
  {
    name: "[UNS] recipient unsubscribed",
    reply: "550 5.7.1 [UNS] Recipient has unsubscribed from your list.",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-unsubscribed",
      owner: "you",
      temporary: false,
      words: ["unsubscribed"],
      wordsJa: ["配信を停止"],
    },
  },
  {
    name: "Domain Lockdown: account not allowed for the domain",
    reply: "550 5.7.1 This sender is not authorized to send from example.com",
    status: "5.7.1",
    remote: RELAY,
    expected: {
      id: "mailchannels-domain-lockdown",
      owner: "your-admin",
      temporary: false,
      words: ["Domain Lockdown", "_mailchannels"],
    },
  },
  {
    name: "[S09] greylisted by the inbound filter",
    reply: "450 [S09] Try Again Later",
    status: "4.0.0",
    remote: MX,
    expected: {
      id: "mailchannels-greylisted",
      owner: "nobody",
      temporary: true,
      words: ["greylisting"],
      wordsJa: ["グレーリスティング"],
    },
  },
  {
    name: "[S10] connecting IP blocked by the inbound filter",
    reply: "550 [S10] Blocked",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "mailchannels-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["IP address", "MailChannels"],
      wordsJa: ["IP アドレス", "MailChannels"],
    },
  },
  {
    name: "[NR] refused as abuse by the inbound filter",
    reply: "550 5.7.1 [NR] Message rejected",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "mailchannels-abuse",
      owner: "you",
      temporary: false,
      words: ["phishing"],
      wordsJa: ["フィッシング"],
    },
  },
  {
    name: "[IB_FEB] attachment type not allowed",
    reply:
      "550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "mailchannels-attachment-type",
      owner: "you",
      temporary: false,
      words: ["attachment", "link"],
      wordsJa: ["添付ファイル"],
    },
  },
  {
    name: "recipient policy mismatch: the rest go in a second delivery",
    reply: "452 4.5.3 Recipient policy mismatch",
    status: "4.5.3",
    remote: MX,
    expected: {
      id: "mailchannels-recipient-policy-mismatch",
      owner: "nobody",
      temporary: true,
      words: ["separately"],
      wordsJa: ["別の送信で再試行"],
    },
  },
];
