// E-Post Mail Server's replies as its own FAQ publishes them (e-postinc.jp: FAQ10-01, faq04-25,
// faq01-79); sample addresses. The server answers under its customer's host name.
import type { ProviderCase } from "./types";

const TO = "kim@fabrikam.co.jp";

export const CASES: readonly ProviderCase[] = [
  {
    name: "unauthorized relaying (a sender outside its domains)",
    reply: "550 5.7.1 Sorry [taro@example.com] , I don't allow unauthorized relaying .",
    status: "5.7.1",
    recipient: TO,
    expected: {
      id: "epost-unauthorized-relay",
      owner: "your-admin",
      temporary: false,
      words: ["E-Post", "relaying", "SMTP authentication"],
      wordsJa: ["E-Post", "中継", "SMTP 認証"],
    },
  },
  {
    name: "unauthorized relaying from the organization's own host",
    reply: "550 5.7.1 Sorry [hanako@contoso.co.jp] , I don't allow unauthorized relaying .",
    status: "5.7.1",
    remote: "mail.contoso.co.jp",
    recipient: "sato@example.jp",
    expected: {
      id: "epost-unauthorized-relay",
      owner: "your-admin",
      temporary: false,
      words: ["subdomain"],
      wordsJa: ["サブドメイン"],
    },
  },
  {
    name: "recipient refused at RCPT under 5.1.1 (relay or destination rule)",
    reply: "550 5.1.1 Please mail to a valid e-mail address.",
    status: "5.1.1",
    recipient: TO,
    expected: {
      id: "epost-recipient-refused",
      owner: "your-admin",
      temporary: false,
      words: ["sender.dat", "may well exist"],
      wordsJa: ["sender.dat", "存在している可能性"],
    },
  },
  {
    name: "recipient refused, read before an unknown address",
    reply: "550 5.1.1 Please mail to a valid e-mail address.",
    status: "5.0.0",
    recipient: "sato@contoso.jp",
    expected: {
      id: "epost-recipient-refused",
      owner: "your-admin",
      temporary: false,
      words: ["not an unknown mailbox"],
      wordsJa: ["存在しないメールボックスを示すものではありません"],
    },
  },
  {
    name: "the receiver's mail filter rule",
    reply: "552 5.7.1 Requested mail action aborted: caught by the filter setting.",
    status: "5.7.1",
    recipient: TO,
    expected: {
      id: "epost-filter-refused",
      owner: "recipient-admin",
      temporary: false,
      words: ["E-Post", "filter"],
      wordsJa: ["E-Post", "フィルター"],
    },
  },
  {
    name: "the receiver's per-machine refusal",
    reply: "550 5.1.7 Please, mail from a valid IP or Domain address.",
    status: "5.1.7",
    recipient: TO,
    expected: {
      id: "epost-host-refused",
      owner: "recipient-admin",
      temporary: false,
      words: ["effect.dat", "not a public block list"],
      wordsJa: ["effect.dat", "公開ブロック リストではない"],
    },
  },
  {
    name: "too many sessions at once",
    reply: "421 exceeds an accepting limit.",
    status: "4.3.2",
    recipient: TO,
    expected: {
      id: "epost-session-limit",
      owner: "nobody",
      temporary: true,
      words: ["connections"],
      wordsJa: ["接続"],
    },
  },
  {
    name: "too many sessions, a bare deferral status",
    reply: "421 exceeds an accepting limit.",
    status: "4.0.0",
    recipient: "sato@contoso.jp",
    expected: {
      id: "epost-session-limit",
      owner: "nobody",
      temporary: true,
      words: ["session limit"],
      wordsJa: ["セッション数"],
    },
  },
  {
    name: "the receiver's trial period is over",
    reply: "421 Exceeded an expiration date.",
    status: "4.0.0",
    recipient: TO,
    expected: {
      id: "epost-trial-expired",
      owner: "recipient-admin",
      temporary: true,
      words: ["trial period", "licence"],
      wordsJa: ["試用期間", "ライセンス"],
    },
  },
];
