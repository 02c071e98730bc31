// The fifty-fourth round of the words (December 2026): refusals whose words are not English. Fixed
// queries in Japanese, German, French, Spanish, Portuguese, Italian, Polish, Russian, Chinese and
// Korean in the stored pages and issue threads, and fixed exact strings, taking the first reply
// in that language that was no case, no catalog text and no bounce parser's material; the set, its
// sources and the scoring script are in /work/wt/h-words54-set, outside the repository. Four
// replies were found: two rows of Google's help page in other languages, a server's answer quoted
// in the German edition of Microsoft's ASP.NET guide, and Aliyun's Chinese notice around QQ's
// reply. The classes fixed: a reply whose hyphens became typographic dashes on the way to the user
// (a help page's rendering, a word processor's AutoCorrect when pasted), which missed Gmail's
// "- gcdp" marker and every catalog text holding " - "; and a server's refusal of the sender
// address's domain as such ("invalid sender domain"). The replies read right are kept too, with
// plain variants of the classes (marked "variant": our own examples in the servers' formats).
import type { ProviderCase } from "./types";

const SENDER_DOMAIN_INVALID = {
  id: "sender-domain-invalid",
  owner: "you",
  temporary: false,
  words: ["sender address", "domain"],
  wordsJa: ["送信者アドレス", "ドメイン"],
} as const;

const GMAIL_POLICY = {
  id: "gmail-5.7.1-recipient-policy",
  owner: "recipient-admin",
  temporary: false,
  words: ["recipient's organization", "gcdp"],
  wordsJa: ["受信側の組織", "gcdp"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://support.google.com/a/answer/3726730?hl=de (Google's SMTP error page in German: its gcdp example)
  {
    name: "r54-01: Gmail's custom domain policy refusal in German, its hyphens as en dashes",
    reply:
      "550 5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com. – gcdp <Sitzungs-ID> – gsmtp",
    status: "5.7.1",
    remote: "aspmx.l.google.com",
    expected: GMAIL_POLICY,
  },
  {
    name: "r54-01 by its markers alone (no host)",
    reply:
      "550 5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com. – gcdp <Sitzungs-ID> – gsmtp",
    status: "5.7.1",
    expected: GMAIL_POLICY,
  },
  // https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br
  {
    name: "r54-02: Gmail's receiving-rate deferral in Portuguese (read right before the round)",
    reply:
      "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde. Se o usuário puder receber e-mails naquele momento, sua mensagem será entregue. Para mais informações, consulte Limites de envio e recebimento de e-mails.",
    status: "4.2.1",
    remote: "gmail-smtp-in.l.google.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Gmail"],
    },
  },
  {
    name: "r54 variant: Comcast's throttling text with an en dash",
    reply: "421 4.7.0 Throttled – try again later",
    status: "4.7.0",
    remote: "mx1.comcast.net",
    expected: {
      id: "comcast-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["Comcast", "slowing"],
      wordsJa: ["Comcast", "遅らせて"],
    },
  },
  {
    name: "r54 variant: Cox's reverse DNS refusal with an en dash",
    reply: "554 5.7.1 rejected – no rDNS",
    status: "5.7.1",
    remote: "mx.west.cox.net",
    expected: {
      id: "cox-cxdns",
      owner: "your-admin",
      temporary: false,
      words: ["Cox", "reverse DNS"],
      wordsJa: ["Cox", "逆引き DNS"],
    },
  },
  {
    name: "r54 variant: Amavis's spam refusal with an em dash",
    reply: "554 5.7.0 Reject, id=12345-01 — SPAM",
    status: "5.7.0",
    expected: {
      id: "amavis-spam",
      owner: "you",
      temporary: false,
      words: ["Amavis", "spam score"],
      wordsJa: ["Amavis", "迷惑メールのスコア"],
    },
  },
  {
    name: "r54 variant: Cox's DNS check deferral with an en dash",
    reply: "451 4.7.1 DNS check failure – try again later",
    status: "4.7.1",
    remote: "mx.west.cox.net",
    expected: {
      id: "cox-cxdns",
      owner: "your-admin",
      temporary: true,
      words: ["Cox", "reverse DNS"],
      wordsJa: ["Cox", "逆引き DNS"],
    },
  },
  {
    name: "r54 variant: FortiMail's FortiGuard link refusal with an en dash",
    reply:
      "550 5.7.1 This message has been blocked because it contains FortiGuard – AntiSpam blocking URL",
    status: "5.7.1",
    expected: {
      id: "fortimail-fortiguard-content",
      owner: "you",
      temporary: false,
      words: ["Fortinet", "FortiGuard"],
      wordsJa: ["Fortinet", "FortiGuard"],
    },
  },
  // Microsoft's ASP.NET Web Pages troubleshooting guide, German edition (the stored copy's
  // find_string id 7946684903): the server's answer inside .NET's "mailbox unavailable" exception
  {
    name: "r54-03: a refusal of the sender's domain, as the German edition of Microsoft's ASP.NET guide renders it",
    reply: "550 5.1.0 <someuser@invaliddomain> Absender abgelehnt: Ungültige Absender-Domäne",
    status: "5.1.0",
    expected: SENDER_DOMAIN_INVALID,
  },
  // the same guide in English (the stored copy's find_string id 2133624185)
  {
    name: "r54-03 in the guide's English edition",
    reply: "550 5.1.0 <someuser@invaliddomain> sender rejected : invalid sender domain",
    status: "5.1.0",
    expected: SENDER_DOMAIN_INVALID,
  },
  {
    name: "r54 variant: a C++ SMTP server's syntax check of the sender's domain (its format, our domain)",
    reply: "550 5.7.1 invalid sender domain localhost",
    status: "5.7.1",
    expected: SENDER_DOMAIN_INVALID,
  },
  // https://github.com/songquanpeng/message-pusher/issues/127
  {
    name: "r54-04: Aliyun's Chinese notice around QQ's From-header refusal (read right)",
    reply:
      '退信原因 收件方地址不存在，或暂时不可用，导致邮件被系统退回。 远程响应 the mta server of qq.com -- mx3.qq.com(157.255.4.241) reply:550 The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. https://service.mail.qq.com/detail/124/995.',
    status: "5.0.0",
    remote: "mx3.qq.com",
    expected: {
      id: "tencent-from-header",
      owner: "your-admin",
      temporary: false,
      words: ["From header"],
      wordsJa: ["From"],
    },
  },
];
