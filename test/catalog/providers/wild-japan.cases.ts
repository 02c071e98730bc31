// The second blind check on Japanese providers (December 2026): replies of this round's set that no
// provider table of their own holds, as Microsoft's and Google's pages publish them, most in the
// Japanese renderings that Japanese users find and quote; each source named. The J:COM, Sakura and
// HENNGE replies of the same round are in those providers' cases files.
import type { ProviderCase } from "./types";

const EOP = "fabrikam-co-jp.mail.protection.outlook.com";
const GMAIL = "gmail-smtp-in.l.google.com";
const WORKSPACE = "aspmx.l.google.com";

export const CASES: readonly ProviderCase[] = [
  // support.microsoft.com/ja-jp/help/3024906
  {
    name: "j01: 550 5.7.1 Message rejected due to content restrictions",
    reply: "550 5.7.1 Message rejected due to content restrictions",
    status: "5.7.1",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "exo-5.7.1-content-restrictions",
      owner: "your-admin",
      temporary: false,
      words: ["spam filter", "signature"],
      wordsJa: ["迷惑メール フィルター", "署名"],
    },
  },
  // support.microsoft.com/ja-jp/help/3024906 (Japanese rendering)
  {
    name: "j02: 550 5.7.1 コンテンツの制限のためメッセージは拒否されました",
    reply: "550 5.7.1 コンテンツの制限のためメッセージは拒否されました",
    status: "5.7.1",
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "exo-5.7.1-content-restrictions",
      owner: "your-admin",
      temporary: false,
      words: ["vendor"],
      wordsJa: ["ベンダー"],
    },
  },
  // docs.microsoft.com/ja-jp/office365/troubleshoot/antispam/message-rejected-ndr (Japanese rendering)
  {
    name: "j03: 550 5.7.1 メッセージがコンテンツの制限のために拒否されました",
    reply: "550 5.7.1 メッセージがコンテンツの制限のために拒否されました",
    status: "5.7.1",
    recipient: "sato@contoso.jp",
    expected: {
      id: "exo-5.7.1-content-restrictions",
      owner: "your-admin",
      temporary: false,
      words: ["Microsoft 365"],
      wordsJa: ["Microsoft 365"],
    },
  },
  // support.microsoft.com/ja-jp/topic/c0e98a8e-81db-49c2-9bf1-32a1734d3e77 (Japanese rendering)
  {
    name: "j04: 550 5.4.1 受信者アドレスが拒否されました: アクセスが拒否されました",
    reply: "550 5.4.1 受信者アドレスが拒否されました: アクセスが拒否されました",
    status: "5.4.1",
    remote: EOP,
    recipient: "kim@fabrikam.co.jp",
    expected: {
      id: "exo-5.4.1-recipient-rejected",
      owner: "you",
      temporary: false,
      words: [],
    },
  },
  // support.google.com/a/answer/3726730?hl=ja
  {
    name: "j05: 450 4.2.1 宛先のユーザーが、非常に速いペースでメールを受信しようとしています。",
    reply:
      "450 4.2.1 宛先のユーザーが、非常に速いペースでメールを受信しようとしています。後でそのユーザー宛にメールをもう一度送信してください。",
    status: "4.2.1",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Gmail"],
      wordsJa: ["Gmail"],
    },
  },
  // bloggerblog0.blogspot.com/2021/09/smtp.html (a copy of Google's Japanese table)
  {
    name: "j06: 421 4.7.0 RCPT ドメインには TLS が必要です。接続を閉じます。",
    reply: "421 4.7.0 RCPT ドメインには TLS が必要です。接続を閉じます。",
    status: "4.7.0",
    remote: WORKSPACE,
    recipient: "kim@contoso.co.jp",
    expected: {
      id: "gmail-5.7.29-tls-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["TLS"],
      wordsJa: ["TLS"],
    },
  },
  // bloggerblog0.blogspot.com/2021/09/smtp.html
  {
    name: "j07: 421 4.7.0 IP が RCPT ドメインのホワイトリストにありません。接続を閉じます。",
    reply: "421 4.7.0 IP が RCPT ドメインのホワイトリストにありません。接続を閉じます。",
    status: "4.7.0",
    remote: WORKSPACE,
    recipient: "kim@contoso.co.jp",
    expected: {
      id: "gmail-5.7.1-recipient-policy-deferred",
      owner: "recipient-admin",
      temporary: true,
      words: ["Google Workspace"],
      wordsJa: ["Google Workspace"],
    },
  },
  // bloggerblog0.blogspot.com/2021/09/smtp.html
  {
    name: "j08: 421 4.3.0 システムに一時的な問題があります。",
    reply: "421 4.3.0 システムに一時的な問題があります。しばらくしてからもう一度お試しください。",
    status: "4.3.0",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-4.3.0-temporary-problem",
      owner: "nobody",
      temporary: true,
      words: ["temporary"],
      wordsJa: ["一時的"],
    },
  },
  // support.google.com/a/answer/3726730?hl=ja
  {
    name: "j09: 421 4.7.0 ご使用の IP アドレスから大量の迷惑メールが送信されたことを検出しました。",
    reply:
      "421 4.7.0 ご使用の IP アドレスから大量の迷惑メールが送信されたことを検出しました。ユーザーを迷惑メールから保護するため、ご使用の IP アドレスから送信されたメールを一時的にブロックしました。",
    status: "4.7.0",
    remote: GMAIL,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.28-unusual-rate-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["IP address"],
      wordsJa: ["IP アドレス"],
    },
  },
];
