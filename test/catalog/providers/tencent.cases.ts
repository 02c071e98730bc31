// Tencent (QQ Mail, Foxmail, Tencent Exmail) refusals as its MX servers write them: "550 <words>
// [<session id> IP: <sending IP>]. <help link>", the words from Tencent's help pages and the
// replies quoted in the issue threads named in src/core/catalog/providers/tencent.ts. Sample
// values (session ids, IPs, addresses); the words and links are Tencent's.
import type { ProviderCase } from "./types";

const MX = "mx3.qq.com";
const EXMAIL = "mxbiz1.qq.com";
const IP = "203.0.113.25";
/** The session id and sending IP Tencent puts in brackets (a made-up id). */
const TAG = `[MFx3kT0bQ2NhbXBsZVNlc3Npb25JZEZvclRlc3RzT25seQ== IP: ${IP}]`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "550 Mail content denied with the detail link: mass-mailed content, not the registry's 5.0.0",
    reply: `550 Mail content denied ${TAG}. https://service.mail.qq.com/detail/122/171.`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-content-denied",
      owner: "your-admin",
      temporary: false,
      words: ["Tencent", "spam", "mass mailing"],
      wordsJa: ["Tencent", "迷惑メール", "一斉送信"],
    },
  },
  {
    name: "550 Mail content denied from Exmail, with its older help link (named by the link alone)",
    reply:
      "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
    status: "5.0.0",
    recipient: "li.wei@fabrikam.example",
    expected: {
      id: "tencent-content-denied",
      owner: "your-admin",
      temporary: false,
      words: ["Tencent", "spam"],
      wordsJa: ["Tencent", "迷惑メール"],
    },
  },
  {
    name: "550 Ip frequency limited: the sending IP over Tencent's limits",
    reply: `550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 ${TAG}`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-ip-rate",
      owner: "your-admin",
      temporary: false,
      words: [IP, "per hour", "not published"],
      wordsJa: [IP, "1 時間", "公開されていません"],
    },
  },
  {
    name: "550 Connection frequency limited: the same IP limit, Exmail's server",
    reply: "550 Connection frequency limited",
    status: "5.0.0",
    remote: EXMAIL,
    recipient: "li.wei@fabrikam.example",
    expected: {
      id: "tencent-ip-rate",
      owner: "your-admin",
      temporary: false,
      words: ["one IP", "later"],
      wordsJa: ["1 つの IP", "時間をおいて"],
    },
  },
  {
    name: "550 Domain frequency limited: the sender domain over the limits",
    reply: `550 Domain frequency limited ${TAG}`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-domain-rate",
      owner: "your-admin",
      temporary: false,
      words: ["sender domain", "per day"],
      wordsJa: ["送信ドメイン", "1 日"],
    },
  },
  {
    name: "550 Sender frequency limited with Exmail's help link",
    reply:
      "550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723",
    status: "5.0.0",
    remote: EXMAIL,
    expected: {
      id: "tencent-sender-rate",
      owner: "your-admin",
      temporary: false,
      words: ["sender address", "fewer QQ recipients"],
      wordsJa: ["送信者アドレス", "宛先を減らして"],
    },
  },
  {
    name: "550 Mailbox unavailable or access denied: the recipient's mailbox is flooded",
    reply: `550 Mailbox unavailable or access denied ${TAG}. http://service.mail.qq.com/detail/122/166`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-recipient-rate",
      owner: "you",
      temporary: false,
      words: ["short time", "later"],
      wordsJa: ["短時間", "時間をおいて"],
    },
  },
  {
    name: "550 Mail is rejected by recipients: the recipient's own block list",
    reply: `550 Mail is rejected by recipients ${TAG}. https://service.mail.qq.com/detail/0/92.`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-rejected-by-recipient",
      owner: "recipient",
      temporary: false,
      words: ["blocked senders"],
      wordsJa: ["受信拒否リスト"],
    },
  },
  {
    name: "550 Mailbox not found with the old help link: no such QQ address",
    reply:
      "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    status: "5.1.1",
    remote: MX,
    recipient: "100012345@qq.com",
    expected: {
      id: "tencent-user-unknown",
      owner: "you",
      temporary: false,
      words: ["no mailbox", "mistyped"],
      wordsJa: ["メールボックスがありません", "入力ミス"],
    },
  },
  {
    name: "550 Mailbox not found or access denied, named by the recipient's domain alone",
    reply: "550 Mailbox not found or access denied",
    status: "5.0.0",
    recipient: "chen.jing@foxmail.com",
    expected: {
      id: "tencent-user-unknown",
      owner: "you",
      temporary: false,
      words: ["no mailbox"],
      wordsJa: ["メールボックスがありません"],
    },
  },
  {
    name: "551 <address> is a deactivated mailbox",
    reply: "551 <10001234@qq.com> is a deactivated mailbox",
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-deactivated",
      owner: "you",
      temporary: false,
      words: ["deactivated", "which address they use now"],
      wordsJa: ["無効化", "現在使っているアドレス"],
    },
  },
  {
    name: "501 Bad address syntax with its help link",
    reply:
      "501 Bad address syntax. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730",
    status: "5.1.3",
    remote: MX,
    recipient: "1000 1234@qq.com",
    expected: {
      id: "tencent-bad-address",
      owner: "you",
      temporary: false,
      words: ["not written as a valid address"],
      wordsJa: ["有効なアドレスの形式"],
    },
  },
  {
    name: "550 SPF check failed: the sending IP is not in the domain's SPF record",
    reply: `550 SPF check failed ${TAG}. https://service.mail.qq.com/detail/122/72.`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-spf",
      owner: "your-admin",
      temporary: false,
      words: [IP, "SPF", "contoso.com"],
    },
  },
  {
    name: "550 DMARC check failed with its help link",
    reply:
      "550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.",
    status: "5.7.1",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-dmarc",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.com", "aligned"],
      wordsJa: ["DMARC", "contoso.com", "一致する"],
    },
  },
  {
    name: "550 Suspected spam sender: the domain's or server's reputation",
    reply: `550 Suspected spam sender ${TAG}`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-suspected-spam",
      owner: "your-admin",
      temporary: false,
      words: [IP, "reputation"],
      wordsJa: [IP, "評価"],
    },
  },
  {
    name: "550 Suspected bounce attacks: reports and automatic replies to QQ addresses",
    reply: `550 Suspected bounce attacks ${TAG}. https://service.mail.qq.com/detail/122/57.`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-bounce-attack",
      owner: "your-admin",
      temporary: false,
      words: [IP, "automatic replies"],
      wordsJa: [IP, "自動応答"],
    },
  },
  {
    name: '550 The "From" header is missing or invalid, as sent by a script',
    reply: `550 The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. ${TAG}. https://service.mail.qq.com/detail/124/995.`,
    status: "5.0.0",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-from-header",
      owner: "your-admin",
      temporary: false,
      words: ["From header", "RFC 2047"],
      wordsJa: ["差出人 (From) ヘッダー", "RFC 2047"],
    },
  },
  {
    name: "552 Message too large: the message is over Tencent's size limit",
    reply: "552 Message too large",
    status: "5.3.4",
    remote: MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-too-large",
      owner: "you",
      temporary: false,
      words: ["larger than", "attachments"],
      wordsJa: ["サイズを超えています", "添付ファイル"],
    },
  },
];
