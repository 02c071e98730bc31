// Alibaba Mail's (阿里邮箱) and Alibaba Cloud DirectMail's replies, as their help pages and a
// reseller's list publish them (sources in src/core/catalog/providers/alibaba.ts), from their
// servers (*.mxhichina.com, smtp.qiye.aliyun.com, smtpdm.aliyun.com) and, where the words are
// Alibaba's own, with no host named. The replies of the fourteenth words round (the set in
// /work/wt/h-words14-set, outside the repository) are marked with their source; the others are
// plain variants of the same classes. Sample values.
import type { ProviderCase } from "./types";

const MX = "mxw.mxhichina.com";
const SMTP = "smtp.qiye.aliyun.com";
const DM = "smtpdm.aliyun.com";

export const CASES: readonly ProviderCase[] = [
  // https://www.alibabacloud.com/help/faq-detail/109009.htm
  {
    name: "A1 behaviour anti-spam: the account sends too often",
    reply:
      "554 Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-behaviour-spam",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "too often", "password"],
      wordsJa: ["Alibaba Mail", "パスワード"],
    },
  },
  // https://www.alibabacloud.com/help/faq-detail/109009.htm
  {
    name: "A2 behaviour anti-spam, transient form",
    reply:
      "454 Transient reject by behaviour spam at Rcpt State(Connection IP address:192.0.2.10)ANTISPAM_BAT[01201311R9368Sxxxxx, xxxx]: too frequently sending",
    status: "4.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-behaviour-spam-deferred",
      owner: "you",
      temporary: true,
      words: ["Alibaba Mail", "for a while"],
      wordsJa: ["Alibaba Mail", "一時的に"],
    },
  },
  {
    name: "behaviour anti-spam, named by its words alone",
    reply: "554 5.7.1 Reject by behaviour spam at Rcpt State(Connection IP address:192.0.2.10)",
    status: "5.7.1",
    expected: {
      id: "alibaba-mail-behaviour-spam",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "too often"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html
  {
    name: "A3 content judged spam",
    reply: "554 Reject by content spam",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-content-spam",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "spam"],
      wordsJa: ["Alibaba Mail", "迷惑メール"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A4 spamed by local spam engine",
    reply: "554 spamed by local spam engine",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-content-spam",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "spam"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A5 no such account at Alibaba Mail (503, no syntax error)",
    reply: "503 Rcptto account isn't a local account",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-recipient-not-local",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "typo", "moved"],
      wordsJa: ["Alibaba Mail", "入力ミス"],
    },
  },
  {
    name: "no such account, under 5.1.1 and named by its words alone",
    reply: "550 5.1.1 Rcptto account isn't a local account",
    status: "5.1.1",
    expected: {
      id: "alibaba-mail-recipient-not-local",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "typo"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A6 a local sender delivered to the MX instead of signing in",
    reply: "502 Mailfrom account is a local account",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-local-sender-at-mx",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "smtp.qiye.aliyun.com", "signed in"],
      wordsJa: ["Alibaba Mail", "smtp.qiye.aliyun.com"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A7 sending cap: RCPT attempts",
    reply: "504 the number of RCPT attempts is achieved the maximum threshold",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-sending-cap",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "tomorrow", "never saw"],
      wordsJa: ["Alibaba Mail", "翌日"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A8 sending cap: total of RCPTs",
    reply: "505 the total of RCPTs is achieved the maximum threshold",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-sending-cap",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "recipients"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A9 attachments too large",
    reply: "510 The length of Attach is achieved the maximum threshold",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-too-large",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "attachments", "smaller"],
      wordsJa: ["Alibaba Mail", "添付ファイル"],
    },
  },
  {
    name: "body too large, Alibaba Mail named by its words alone",
    reply: "552 5.3.4 The length of DATA content is achieved the maximum threshold",
    status: "5.3.4",
    expected: {
      id: "alibaba-mail-too-large",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "smaller"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // https://help.aliyun.com/document_detail/36612.html
  {
    name: "A10 too many attachments",
    reply: "510 The number of attachments is achieved the maximum threshold",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-too-many-attachments",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "attachments", "archive"],
      wordsJa: ["Alibaba Mail", "圧縮ファイル"],
    },
  },
  // http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html
  {
    name: "A11 the account may not send",
    reply: "541 This account isn't allowed to send email",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-sending-disabled",
      owner: "your-admin",
      temporary: false,
      words: ["Alibaba Mail", "not allowed to send"],
      wordsJa: ["Alibaba Mail", "送信"],
    },
  },
  // http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html
  {
    name: "A12 the recipient's account may not receive",
    reply: "542 This account isn't allowed to receive email",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-receiving-disabled",
      owner: "recipient-admin",
      temporary: false,
      words: ["Alibaba Mail", "not allowed to receive"],
      wordsJa: ["Alibaba Mail", "受信"],
    },
  },
  // http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html
  {
    name: "A13 a virus in the message (551, not 'user not local')",
    reply: "551 virus infected mail rejected",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-virus",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "virus"],
      wordsJa: ["Alibaba Mail", "ウイルス"],
    },
  },
  // http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html
  {
    name: "A16 no such account (its own spelling)",
    reply: "554 RCPT (kim@fabrikam.example) dosn't exist",
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "alibaba-mail-user-unknown",
      owner: "you",
      temporary: false,
      words: ["Alibaba Mail", "typo"],
      wordsJa: ["Alibaba Mail", "入力ミス"],
    },
  },
  {
    name: "the sender address is not the signed-in account",
    reply: "440 mail from account doesn't conform with authentication",
    status: "5.0.0",
    remote: SMTP,
    expected: {
      id: "alibaba-mail-sender-not-signed-in",
      owner: "your-admin",
      temporary: false,
      words: ["Alibaba Mail", "signed in"],
      wordsJa: ["Alibaba Mail"],
    },
  },
  // https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions
  {
    name: "D2 DirectMail: an address on its invalid list",
    reply: "559 Invalid rcptto",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-invalid-address",
      owner: "you",
      temporary: false,
      words: ["DirectMail", "invalid addresses"],
      wordsJa: ["DirectMail", "無効なアドレス"],
    },
  },
  // https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions
  {
    name: "D3 DirectMail: a spam trap",
    reply: "561 Honeypot rcptto [@out060104]",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-honeypot",
      owner: "you",
      temporary: false,
      words: ["DirectMail", "spam trap"],
      wordsJa: ["DirectMail", "スパム トラップ"],
    },
  },
  {
    name: "DirectMail: a spam trap, named by its words alone",
    reply: "550 5.1.1 Honeypot rcptto [@out060104]",
    status: "5.1.1",
    expected: {
      id: "alibaba-directmail-honeypot",
      owner: "you",
      temporary: false,
      words: ["DirectMail", "spam trap"],
      wordsJa: ["DirectMail"],
    },
  },
  // https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions
  {
    name: "D4 DirectMail: the account is restricted",
    reply: "551 Main account unavailable",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-account-restricted",
      owner: "your-admin",
      temporary: false,
      words: ["DirectMail", "console"],
      wordsJa: ["DirectMail", "コンソール"],
    },
  },
  {
    name: "DirectMail: the daily quota is used up",
    reply: "552 Daily sending quota exceeded",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-quota",
      owner: "your-admin",
      temporary: false,
      words: ["DirectMail", "quota"],
      wordsJa: ["DirectMail", "送信枠"],
    },
  },
  // https://help.aliyun.com/document_detail/44499.html
  {
    name: "D5 DirectMail: too many recipients in one message (556, no null MX)",
    reply: "556 The number of RCPTs is over size",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-too-many-recipients",
      owner: "your-admin",
      temporary: false,
      words: ["DirectMail", "recipients"],
      wordsJa: ["DirectMail", "宛先"],
    },
  },
  // https://help.aliyun.com/document_detail/44499.html
  {
    name: "D6 DirectMail: MAIL FROM is not the signed-in address",
    reply:
      '436 "MAIL FROM" doesn\'t conform with authentication [@sm060104] (Auth Account:service1@example.com|Mail Account:service2@example.com)',
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-sender-mismatch",
      owner: "your-admin",
      temporary: false,
      words: ["DirectMail", "MAIL FROM"],
      wordsJa: ["DirectMail", "MAIL FROM"],
    },
  },
  // https://help.aliyun.com/document_detail/44499.html
  {
    name: "D7 DirectMail: the message is too large",
    reply: "557 The length of DATA content is achieved the maximum threshold",
    status: "5.0.0",
    remote: DM,
    expected: {
      id: "alibaba-directmail-too-large",
      owner: "you",
      temporary: false,
      words: ["DirectMail", "smaller"],
      wordsJa: ["DirectMail"],
    },
  },
];
