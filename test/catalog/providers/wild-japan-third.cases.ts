// The third blind round on what Japanese users meet (December 2026): Japanese renderings of common
// refusals (Google's Japanese SMTP error table, Microsoft's Japanese article on relay errors, a
// Japanese ISP's translated notice) and the replies of Japanese mail server products, each source
// named. The round's misses were classes (a Japanese rendering no text held, Google's relay host
// not named as Google's); the replies it read right are kept here too, so that they stay right.
import type { ProviderCase } from "./types";

const GMAIL = "gmail-smtp-in.l.google.com";

export const CASES: readonly ProviderCase[] = [
  // dream.jp/support/techinfo/mail/error/error05.html (DTI's notice renders "User unknown" in Japanese)
  {
    name: "j9-01: <address> のユーザーは登録されていません",
    reply: "<pwd1234567@m1.point.ne.jp> のユーザーは登録されていません",
    status: "5.0.0",
    recipient: "pwd1234567@m1.point.ne.jp",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: ["before the @"],
      wordsJa: ["@ より前"],
    },
  },
  // support.microsoft.com/ja-jp/office/65b494a4-0a15-433e-829f-e73651e0245e (Microsoft's Japanese
  // article on relay errors; a miss of the second Japanese round)
  {
    name: "j9-02: 550 <address> ....リレー拒否",
    // the article's refusing server is the sender's own outgoing one, its example.com a placeholder
    // it also gives the recipient; here the recipient is at another domain, as in real mail
    reply: "550 <someone@example.com> ....リレー拒否",
    status: "5.0.0",
    remote: "smtp.example.com",
    recipient: "someone@example.org",
    expected: {
      id: "relay-refused",
      owner: "your-admin",
      temporary: false,
      words: ["relaying denied"],
      wordsJa: ["中継"],
    },
  },
  // e-postinc.jp/faq/faq01-79.html (E-Post Mail Server, a Japanese mail server product; its table
  // since, epost.ts)
  {
    name: "j9-03: 550 5.7.1 Sorry [address] , I don't allow unauthorized relaying .",
    reply: "550 5.7.1 Sorry [kim@example.com] , I don't allow unauthorized relaying .",
    status: "5.7.1",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "epost-unauthorized-relay",
      owner: "your-admin",
      temporary: false,
      words: ["E-Post", "signs in"],
      wordsJa: ["E-Post", "サインイン"],
    },
  },
  // bloggerblog0.blogspot.com/2021/09/smtp.html (a copy of Google's Japanese SMTP error table):
  // "421 4.7.0 Try again later, closing connection."
  {
    name: "j9-04: 421 4.7.0 しばらくしてからもう一度お試しください。接続を閉じます。",
    reply: "421 4.7.0 しばらくしてからもう一度お試しください。接続を閉じます。",
    status: "4.7.0",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-4.3.0-temporary-problem",
      owner: "nobody",
      temporary: true,
      words: ["temporary problem"],
      wordsJa: ["一時的な問題"],
    },
  },
  // knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ja
  // (the Japanese rendering of "Peak SMTP relay limit exceeded for this customer", from Google's relay)
  {
    name: "j9-05: 450 4.2.1 ユーザーの 1 日あたりの SMTP リレーの上限を超えています。",
    reply:
      "450 4.2.1 ユーザーの 1 日あたりの SMTP リレーの上限を超えています。SMTP リレーの上限について詳しくは、管理者に問い合わせるか、SMTP リレーサービスのエラー メッセージをご覧ください。",
    status: "4.2.1",
    remote: "smtp-relay.gmail.com",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "gmail-5.4.5-relay-limit-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SMTP relay", "Email Log Search"],
      wordsJa: ["SMTP リレー", "メールログ検索"],
    },
  },
  // the same relay limit in English from Google's relay host, which no marker of the reply names
  {
    name: "j9-06: 450 4.2.1 Peak SMTP relay limit exceeded for this customer (smtp-relay.gmail.com)",
    reply: "450 4.2.1 Peak SMTP relay limit exceeded for this customer.",
    status: "4.2.1",
    remote: "smtp-relay.gmail.com",
    recipient: "sato@contoso.jp",
    expected: {
      id: "gmail-5.4.5-relay-limit-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SMTP relay"],
      wordsJa: ["SMTP リレー"],
    },
  },
  // support.google.com/a/answer/3726730?hl=ja (Google's Japanese rendering of its second 4.2.1)
  {
    name: "j9-07: 450 4.2.1 宛先のユーザーは、これ以上のメール配信に応じられないペースでメールを受信しています。",
    reply:
      "450 4.2.1 宛先のユーザーは、これ以上のメール配信に応じられないペースでメールを受信しています。後でそのユーザー宛にメールをもう一度送信してください。",
    status: "4.2.1",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["faster"],
      wordsJa: ["速さ"],
    },
  },
  // knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ja
  {
    name: "j9-08: 452 4.2.2 空き容量がないため受信者の受信トレイが無効になっています。",
    reply: "452 4.2.2 空き容量がないため受信者の受信トレイが無効になっています。",
    status: "4.2.2",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.2-mailbox-full-deferred",
      owner: "recipient",
      temporary: true,
      words: ["full"],
      wordsJa: ["いっぱい"],
    },
  },
  // support.nec.co.jp/View.aspx?id=3150024882 (NEC's Express5800/MW mail server, sendmail's check)
  {
    name: "j9-09: 451 4.1.8 Domain of sender address ... does not resolve",
    reply: "451 4.1.8 Domain of sender address kim@example.co.jp does not resolve",
    status: "4.1.8",
    recipient: "sato@fabrikam.co.jp",
    expected: {
      id: "iana-4.1.8",
      owner: "your-admin",
      temporary: true,
      words: ["domain"],
      wordsJa: ["ドメイン"],
    },
  },
  // support.office.com/ja-jp/article/...-5-1-0-477289e6-9150-4627-afce-f61fc7c4605b (Microsoft's
  // Japanese 5.1.0 article: an SPF record that cannot be read, RFC 7208's permerror)
  {
    name: "j9-10: 550 5.1.0 アドレスが拒否されました: SPF 永続的エラー",
    reply: "550 5.1.0 アドレスが拒否されました: SPF 永続的エラー",
    status: "5.1.0",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "spf-permerror",
      owner: "your-admin",
      temporary: false,
      words: ["SPF record", "10 DNS lookups"],
      wordsJa: ["SPF レコード", "10 回"],
    },
  },
  // the English wording of the same article
  {
    name: "j9-11: 550 5.1.0 Address rejected: SPF Permanent Error",
    reply: "550 5.1.0 Address rejected: SPF Permanent Error",
    status: "5.1.0",
    recipient: "sato@contoso.jp",
    expected: {
      id: "spf-permerror",
      owner: "your-admin",
      temporary: false,
      words: ["v=spf1"],
      wordsJa: ["v=spf1"],
    },
  },
];
