// Source: Yandex Mail Help, "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/
// yandex.html; the same table in the Yandex 360 help) and its pages for each row ("The message
// looks like spam", "Policy rejection on the target address", "The recipient's mailbox is full").
// These are the refusals Yandex's servers give for Yandex addresses and for domains on Yandex 360.
// Its outgoing servers' refusal of an unencrypted mail program follows Yandex Mail Help, "Шифрование
// передаваемых данных" (yandex.ru/support/mail/mail-clients/ssl.html, the page the reply links):
// Yandex Mail sends and receives only for programs that turn SSL/TLS on.
// Texts are Yandex's phrasings (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU } from "./steps";
import type { ProviderCatalog } from "./types";

/** Yandex's requirements for mailings, which both of its spam verdicts point to. */
const honestMailings = t(
  "For mailings: send only to people who subscribed, with a working unsubscribe link, SPF, DKIM and DMARC passing, and a steady volume (Yandex's requirements for mailing lists).",
  "一斉送信の場合: 購読を申し込んだ相手にだけ送り、機能する配信停止リンクを入れ、SPF・DKIM・DMARC に合格させ、送信量を一定に保ってください (Yandex のメーリング リスト要件)。",
);

export const yandex: ProviderCatalog = {
  provider: {
    id: "yandex",
    name: "Yandex Mail",
    page: "https://yandex.com/support/mail/bounces/yandex.html",
    hosts: [".yandex.net", ".yandex.ru", ".yandex.com"],
    markers: [
      // phrasings only Yandex's servers write
      "blocked by spam statistics",
      "message rejected under suspicion of spam",
      "policy rejection on the target address",
      "email sending without ssl/tls encryption is not allowed",
    ],
    domains: [
      "yandex.ru",
      "yandex.com",
      "ya.ru",
      "yandex.by",
      "yandex.kz",
      "yandex.ua",
      "yandex.com.tr",
      "narod.ru",
    ],
    kind: "receiver",
  },
  entries: [
    {
      id: "yandex-user-unknown",
      code: "",
      texts: [
        "No such user",
        "Bad recipient address syntax",
        "Bad address mailbox syntax",
        "No correct recipients",
        "Recipient address rejected: need fully-qualified address",
      ],
      reasons: ["userunknown", "syntaxerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yandex has no mailbox with this address, or the address is not written correctly.",
        "Yandex にはこのアドレスのメールボックスがないか、アドレスの書き方が正しくありません。",
      ),
      cause: t(
        "The address is mistyped, holds extra punctuation, spaces or quotation marks, lacks its domain, or the mailbox was deleted.",
        "アドレスの入力ミス、余分な記号・空白・引用符、ドメインの欠落、またはメールボックスの削除が原因です。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "yandex-spam",
      code: "",
      texts: ["Message rejected under suspicion of SPAM"],
      reasons: ["spamdetected", "rejected", "policyviolation"],
      temporary: false,
      // Its page: "the contents of your message was recognized by Yandex.Mail as spam".
      owner: "you",
      summary: t(
        "Yandex's spam filter refused the message: it judged its content as spam.",
        "Yandex の迷惑メール フィルターがメッセージを拒否しました。内容が迷惑メールと判定されたためです。",
      ),
      cause: t(
        "Yandex rates each message on its content, its links and attachments, and the sender's history with Yandex users; advertising wording, links to poorly rated sites, or many recipients who did not ask for the mail tip it over.",
        "Yandex は、内容、リンクや添付ファイル、送信者と Yandex 利用者とのこれまでのやり取りをもとに各メッセージを評価します。広告的な文言、評価の低いサイトへのリンク、受信を希望していない多数の宛先などが判定の決め手になります。",
      ),
      fix: [
        t(
          "For a one-off message: remove advertising wording and shortened links, then send it again; or reach the recipient another way.",
          "単発のメッセージの場合: 広告的な文言や短縮 URL を取り除いてから送り直すか、別の方法で受信者に連絡してください。",
        ),
      ],
      adminFix: [honestMailings],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      id: "yandex-spam-block",
      code: "",
      texts: ["Blocked by spam statistics", "Client host <ip> blocked using <x> see"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Yandex is refusing mail from your server or mailbox[[ ({ip})]] for 24 hours, because what it recently sent to Yandex was spam.",
        "最近 Yandex 宛てに送られたメールが迷惑メールだったため、Yandex はあなたのサーバーまたはメールボックス[[ ({ip}) ]]からのメールを 24 時間拒否しています。",
      ),
      cause: t(
        "When only spam comes from a sender, Yandex blocks it for a day; the block ends by itself if the spam stops, and comes back if it does not.",
        "ある送信元から迷惑メールばかりが届くと、Yandex はその送信元を 1 日ブロックします。迷惑メールが止まればブロックは自動で解除され、止まらなければ再びブロックされます。",
      ),
      fix: [YOU.forwardToAdmin, YOU.retryAfterBlock],
      adminFix: [
        t(
          "Find what sent the spam from {ip} (often a compromised mailbox: reset its password) and stop it; the block then lapses after 24 hours.",
          "{ip} から迷惑メールを送ったもの (多くは乗っ取られたメールボックス: パスワードを再設定する) を見つけて止めてください。その後 24 時間でブロックは解除されます。",
        ),
        honestMailings,
      ],
      actions: ["secure-account", "retry-later", "contact-your-admin"],
    },
    {
      id: "yandex-recipient-blocked",
      code: "",
      texts: ["Policy rejection on the target address"],
      reasons: ["suspend", "rejected", "policyviolation"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Yandex account is blocked, so it cannot receive mail until its owner unblocks it.",
        "受信者の Yandex アカウントがブロックされているため、持ち主がブロックを解除するまでメールを受け取れません。",
      ),
      cause: t(
        "Yandex blocked the account for breaking its user agreement. Its owner can unblock it by filling in true personal details in the account, or through Yandex's support.",
        "Yandex が利用規約違反を理由にアカウントをブロックしました。持ち主は、アカウントに正しい個人情報を入力するか、Yandex のサポートを通じてブロックを解除できます。",
      ),
      fix: [
        YOU.reachRecipientOtherWay,
        t(
          "Send the message again once the recipient says the account works.",
          "アカウントが使えるようになったと受信者から連絡があってから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "The recipient (the account's owner) signs in to Yandex, fills in true details on the Personal information page and waits for the unblock; if it does not come, they write to Yandex's support from the help page.",
          "受信者 (アカウントの持ち主) が Yandex にログインし、個人情報のページに正しい情報を入力して、ブロックの解除を待ちます。解除されない場合は、ヘルプ ページから Yandex のサポートに連絡します。",
        ),
      ],
      actions: ["contact-recipient"],
    },
    {
      id: "yandex-mailbox-full",
      code: "",
      texts: ["Mailbox size exceeded", "Mailbox size limit exceeded"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Yandex mailbox is full.",
        "受信者の Yandex のメールボックスがいっぱいです。",
      ),
      cause: t(
        "The mailbox reached its storage limit, usually because its owner rarely uses it; it takes mail again after the owner signs in to Yandex Mail on the web and makes room.",
        "メールボックスが容量の上限に達しています。多くは持ち主がほとんど使っていないためです。持ち主が Web 版の Yandex メールにログインして空きを作ると、再び受信できるようになります。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      // its outgoing servers (smtp.yandex.ru / .com): "530 5.7.7 Email sending without SSL/TLS
      // encryption is not allowed. Please see: http://help.yandex.ru/mail/mail-clients/ssl.xml"
      id: "yandex-encryption-required",
      code: "",
      texts: ["Email sending without SSL/TLS encryption is not allowed"],
      reasons: ["failedstarttls", "securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yandex's outgoing server did not send the message because your mail program connected to it without encryption (SSL/TLS).",
        "メール アプリが暗号化 (SSL/TLS) なしで接続したため、Yandex の送信サーバーはメッセージを送信しませんでした。",
      ),
      cause: t(
        "Yandex Mail takes mail from mail programs only over an encrypted connection; a program, device or application whose outgoing server settings have SSL/TLS turned off is refused before it can send.",
        "Yandex メールは、暗号化された接続でのみメール アプリからのメールを受け付けます。送信サーバーの設定で SSL/TLS をオフにしているメール アプリ、機器、アプリケーションは、送信の前に拒否されます。",
      ),
      fix: [
        t(
          "In the mail program's outgoing server (SMTP) settings for Yandex, turn SSL/TLS on (smtp.yandex.ru or smtp.yandex.com, port 465), then send the message again.",
          "メール アプリの Yandex 用の送信サーバー (SMTP) 設定で SSL/TLS をオンにし (smtp.yandex.ru または smtp.yandex.com、ポート 465)、メッセージを送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "Set the application or device that sends through Yandex to connect with SSL/TLS on port 465.",
          "Yandex 経由で送信するアプリケーションや機器を、ポート 465 で SSL/TLS を使って接続するよう設定してください。",
        ),
      ],
      actions: ["copy-summary"],
    },
  ],
};
