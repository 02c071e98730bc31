// The thirty-second round of the words (December 2026): refusals whose cause is said in Chinese,
// Korean or Japanese words, alone or beside English. Fixed queries per provider and language
// ("退信 550", "收件人 不存在 550", "메일 반송 554", "宛先不明 550", "配送エラー 5.1.1", ...) in the issue
// threads, stored pages and providers' own pages, taking the first replies quoted that were no
// case, no catalog text and no bounce parser's material, at most three a provider; the set, its
// sources and the scoring script are in /work/wt/h-words32-set, outside the repository. The classes
// fixed: Google's Chinese renderings of its SMTP error table, QQ Mail's notice keywords, a full
// mailbox and a failed connection said in Chinese. The replies the round read right are kept here
// too, with plain variants of the fixed classes (marked "variant", our own examples).
import type { ProviderCase } from "./types";

const GMAIL_MX = "gmail-smtp-in.l.google.com";
const QQ_MX = "mx3.qq.com";

const NO_SUCH_QQ_USER = {
  id: "tencent-user-unknown",
  owner: "you",
  temporary: false,
  words: ["Tencent", "no mailbox"],
  wordsJa: ["Tencent", "メールボックスがありません"],
} as const;
const MAILBOX_FULL = {
  id: "iana-5.2.2",
  owner: "recipient",
  temporary: false,
  words: ["storage quota"],
  wordsJa: ["容量の上限"],
} as const;
const CONNECT_GAVE_UP = {
  id: "connect-gave-up",
  owner: "you",
  temporary: false,
  words: ["could not connect", "gave up"],
  wordsJa: ["接続できない", "あきらめました"],
} as const;
const GMAIL_TEMPORARY = {
  id: "gmail-4.3.0-temporary-problem",
  owner: "nobody",
  temporary: true,
  words: ["temporary problem"],
  wordsJa: ["一時的な問題"],
} as const;
const SPAM = {
  id: "refused-as-spam",
  owner: "you",
  temporary: false,
  words: ["spam"],
  wordsJa: ["迷惑メール"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://qqmailbox.com/transceivers/169.html (QQ Mail's keyword table for its notices)
  {
    name: "r32-01: 550 该用户不存在 from QQ Mail's MX",
    reply: "550 该用户不存在",
    status: "5.0.0",
    remote: QQ_MX,
    recipient: "10001234@qq.com",
    expected: NO_SUCH_QQ_USER,
  },
  {
    name: "r32-01 variant: the same words from Tencent Exmail's MX",
    reply: "550 该用户不存在",
    status: "5.0.0",
    remote: "mxbiz1.qq.com",
    recipient: "li.wei@fabrikam.example",
    expected: NO_SUCH_QQ_USER,
  },
  {
    name: "r32-02: 550 该用户未开通QQ邮箱 (a QQ number that never opened QQ Mail)",
    reply: "550 该用户未开通QQ邮箱",
    status: "5.0.0",
    remote: QQ_MX,
    recipient: "10001234@qq.com",
    expected: {
      id: "tencent-not-opened",
      owner: "you",
      temporary: false,
      words: ["QQ number", "QQ Mail"],
      wordsJa: ["QQ 番号", "QQ メール"],
    },
  },
  {
    name: "r32-03: 552 收件人空间不足 from QQ Mail's MX: a full mailbox, not size-or-full",
    reply: "552 收件人空间不足",
    status: "5.0.0",
    remote: QQ_MX,
    recipient: "10001234@qq.com",
    expected: MAILBOX_FULL,
  },
  {
    name: "r32-03 variant: the same words from another server",
    reply: "552 收件人空间不足",
    status: "5.0.0",
    remote: "mail.fabrikam.example",
    expected: MAILBOX_FULL,
  },
  // https://github.com/lisijie/webcron/issues/14
  {
    name: "r32-04: Tencent Exmail's notice of a failed connection, given up",
    reply:
      '系统应答：(9)connect to the "93.184.216.34(93.184.216.34) of example.com" server failed 退信原因：连接收件方邮件系统失败，导致邮件被系统退回。',
    status: "5.0.0",
    recipient: "admin@example.com",
    expected: CONNECT_GAVE_UP,
  },
  {
    name: "r32-04 variant: its Chinese reason alone",
    reply: "退信原因：连接收件方邮件系统失败，导致邮件被系统退回。",
    status: "5.0.0",
    expected: CONNECT_GAVE_UP,
  },
  {
    name: "r32-04 variant: its English reply line alone, while still retrying",
    reply:
      '(9)connect to the "mx.fabrikam.example(198.51.100.7) of fabrikam.example" server failed',
    status: "4.0.0",
    expected: {
      id: "connect-failed",
      owner: "nobody",
      temporary: true,
      words: ["could not open a connection"],
      wordsJa: ["接続できませんでした"],
    },
  },
  // https://github.com/testerSunshine/12306/issues/135
  {
    name: "r32-05: NetEase's notice: content suspected of mass mailing and reported as spam",
    reply: "554 出错原因：该邮件内容涉嫌大量群发，并且被多数用户投诉为垃圾邮件。",
    status: "5.0.0",
    expected: SPAM,
  },
  // https://github.com/maillab/cloud-mail/issues/201
  {
    name: "r32-06: the recipient's provider judged it spam and refused it",
    reply: "554 所在服务商判为垃圾邮件，对方不予接收。",
    status: "5.0.0",
    expected: SPAM,
  },
  // https://foxydog.tistory.com/69 (Naver's and Daum's Korean notices beside the reply)
  {
    name: "r32-07: Naver's 552 5.3.4 message file too big, with its Korean words",
    reply:
      "552 5.3.4 Error: message file too big 보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.",
    status: "5.3.4",
    remote: "mx1.naver.com",
    expected: {
      id: "iana-5.3.4",
      owner: "you",
      temporary: false,
      words: ["larger"],
      wordsJa: ["大きさを超えています"],
    },
  },
  {
    name: "r32-08: Daum's 552 5.3.4 Message size exceeds fixed limit, with its Korean words",
    reply:
      "552 5.3.4 Message size exceeds fixed limit 발송하신 편지의 크기가 너무커서 받는이가 속한 메일서버에서 수신을 거부하였습니다.",
    status: "5.3.4",
    remote: "mx1.hanmail.net",
    expected: {
      id: "postfix-size-limit",
      owner: "you",
      temporary: false,
      words: ["larger"],
      wordsJa: ["最大サイズ"],
    },
  },
  // Google's Traditional Chinese table, as quoted at webmail.ublink.org ("Gmail SMTP 錯誤和代碼")
  {
    name: "r32-09: 421 4.7.0 IP 不在 RCPT 網域許可清單中: the recipient organization's allowlist",
    reply: "421 4.7.0 IP 不在 RCPT 網域許可清單中,正在關閉連線。",
    status: "4.7.0",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.7.1-recipient-policy-deferred",
      owner: "recipient-admin",
      temporary: true,
      words: ["recipient's organization", "Google Workspace"],
      wordsJa: ["受信側の組織", "Google Workspace"],
    },
  },
  {
    name: "r32-09 variant: Google's Simplified Chinese words for it",
    reply: "421 4.7.0 IP 未列入 RCPT 网域的白名单，正在断开连接。",
    status: "4.7.0",
    remote: "aspmx.l.google.com",
    expected: {
      id: "gmail-5.7.1-recipient-policy-deferred",
      owner: "recipient-admin",
      temporary: true,
      words: ["recipient's organization"],
      wordsJa: ["受信側の組織"],
    },
  },
  {
    name: "r32-10: 421 4.7.0 RCPT 網域需要使用 TLS: TLS required, not an unauthenticated sender",
    reply: "421 4.7.0 RCPT 網域需要使用 TLS,正在關閉連線。",
    status: "4.7.0",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.7.29-tls-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["TLS"],
      wordsJa: ["TLS"],
    },
  },
  {
    name: "r32-10 variant: Google's Simplified Chinese words for it",
    reply: "421 4.7.0 RCPT 网域需要 TLS，正在断开连接。",
    status: "4.7.0",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.7.29-tls-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["TLS"],
      wordsJa: ["TLS"],
    },
  },
  // https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn
  {
    name: "r32-11: 452 4.2.2 收件人的收件箱存储空间不足 (Google's Simplified Chinese)",
    reply:
      "452 4.2.2 收件人的收件箱存储空间不足。请让收件人参阅管理 Google 云端硬盘存储空间中的文件。",
    status: "4.2.2",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.2.2-mailbox-full-deferred",
      owner: "recipient",
      temporary: true,
      words: ["mailbox is full"],
      wordsJa: ["メールボックスがいっぱい"],
    },
  },
  {
    name: "r32-11 variant: Google's Traditional Chinese words for a mailbox getting mail too fast",
    reply:
      "450 4.2.1 您要聯絡的使用者目前正在接收大量郵件,因此無法再接收其他的郵件,請稍後再重新傳送郵件。",
    status: "4.0.0",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["faster"],
      wordsJa: ["上限"],
    },
  },
  {
    name: "r32-11 variant: Google's Simplified Chinese words for an unusual rate of unwanted mail",
    reply: "421 4.7.0 我们的系统检测到您的 IP 地址发出了数量庞大、来路不明的邮件。",
    status: "4.0.0",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.7.28-unusual-rate-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["unusual amount"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "r32-11 variant: Google's Traditional Chinese words for a busy server",
    reply: "421 4.4.5 伺服器忙碌中,請稍後再試。",
    status: "4.0.0",
    remote: GMAIL_MX,
    expected: GMAIL_TEMPORARY,
  },
  {
    name: "r32-11 variant: Google's Simplified Chinese words for a temporary system problem",
    reply: "421 4.7.0 临时系统问题。请稍后重试。",
    status: "4.0.0",
    remote: GMAIL_MX,
    expected: GMAIL_TEMPORARY,
  },
  // The second sample, taken after the first round's fixes and held out first.
  // http://ydadm.com/news_in/335 (Exmail's page, quoting its notice's reason)
  {
    name: "r32-s2-1: Exmail's notice: the sending IP far over Tencent's sending rate",
    reply: "550 出错原因：该服务器IP的发信频率大幅度超过腾讯企业邮箱限制。",
    status: "5.0.0",
    remote: "mxbiz1.qq.com",
    recipient: "li.wei@fabrikam.example",
    expected: {
      id: "tencent-ip-rate",
      owner: "your-admin",
      temporary: false,
      words: ["Tencent", "one IP"],
      wordsJa: ["Tencent", "1 つの IP"],
    },
  },
  // http://www.138.gz.cn/service_v76.html
  {
    name: "r32-s2-2: a hosted service's notice: the sender over the sending-rate limit",
    reply: "发件人发送频率超过限制",
    status: "5.0.0",
    expected: {
      id: "iana-5.7.28",
      owner: "your-admin",
      temporary: false,
      words: ["flood"],
      wordsJa: ["異常な量"],
    },
  },
  {
    name: "r32-s2-2 variant: QQ Mail's words for sending too often",
    reply: "550 发信过于频繁，请稍后再试",
    status: "5.0.0",
    expected: {
      id: "iana-5.7.28",
      owner: "your-admin",
      temporary: false,
      words: ["flood"],
      wordsJa: ["異常な量"],
    },
  },
  // https://support.google.com/mail/answer/6596?hl=ja
  {
    name: "r32-12: 550 5.1.1 in Gmail's Japanese words",
    reply: "550 5.1.1 送信先のメール アカウントは存在しません",
    status: "5.1.1",
    remote: GMAIL_MX,
    expected: {
      id: "gmail-5.1.1-no-such-user",
      owner: "you",
      temporary: false,
      words: ["does not exist"],
      wordsJa: ["存在しない"],
    },
  },
];
