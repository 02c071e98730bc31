// Source: Fastmail's help for senders, "Why messages bounce back" (fastmail.help, article
// 360058753614: "Content rejected", "Access denied"), its page "Undelivered email"
// (fastmail.com/help/send/undeliverable.html: "User unknown in local recipient table"), its blog
// post "Change in over quota handling" (the "451 User is over quota, try again later" deferral) and
// its FAQ on refusals for accounts its postmaster has locked, whose reply links Fastmail's own page
// mail.messagingengine.com/docs/locked.html. Fastmail's MX servers are *.messagingengine.com, also
// for the many domains hosted on it. Texts are Fastmail's (matched in the reply); the explanations
// are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const fastmail: ProviderCatalog = {
  provider: {
    id: "fastmail",
    name: "Fastmail",
    page: "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back",
    hosts: [".messagingengine.com"],
    markers: ["messagingengine.com/docs/locked"],
    domains: [
      "fastmail.com",
      "fastmail.fm",
      "fastmail.net",
      "fastmail.org",
      "fastmail.us",
      "fastmail.co.uk",
      "messagingengine.com",
    ],
    kind: "receiver",
  },
  entries: [
    {
      id: "fastmail-user-unknown",
      code: "",
      texts: ["User unknown in local recipient table", "Recipient address rejected: User unknown"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Fastmail has no mailbox with this address.",
        "Fastmail には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the Fastmail account (or the alias at a domain hosted on Fastmail) was closed. Fastmail checks the address before it takes the message, so nothing was delivered.",
        "アドレスの入力ミスか、Fastmail のアカウント (または Fastmail でホストされているドメインのエイリアス) が削除されています。Fastmail はメッセージを受け取る前にアドレスを確認するため、何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "fastmail-over-quota",
      code: "",
      texts: ["User is over quota, try again later", "User is over quota"],
      reasons: ["mailboxfull"],
      temporary: true,
      owner: "recipient",
      summary: t(
        "The recipient's Fastmail mailbox is full, so Fastmail asked your server to try again later.",
        "受信者の Fastmail のメールボックスがいっぱいのため、Fastmail は後で再試行するよう求めました。",
      ),
      cause: t(
        "The account has used up its storage. Fastmail checks this before taking the message and defers it rather than bouncing it later.",
        "アカウントの保存容量を使い切っています。Fastmail はメッセージを受け取る前にこれを確認し、後で差し戻す代わりに受け付けを保留します。",
      ),
      whileRetrying: {
        cause: t(
          "It is delivered once the owner makes room, unless your server gives up first.",
          "持ち主が空きを作れば、送信サーバーが再試行をあきらめる前に配信されます。",
        ),
      },
      fix: [
        YOU.waitForRetry,
        t(
          "If it lasts, tell the recipient another way that their Fastmail mailbox is full.",
          "長引く場合は、別の手段で受信者に Fastmail のメールボックスがいっぱいだと伝えてください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["wait-for-retry", "contact-recipient"],
    },
    {
      id: "fastmail-content-rejected",
      code: "",
      texts: ["Content rejected"],
      reasons: ["spamdetected", "virusdetected", "contenterror", "policyviolation"],
      temporary: false,
      owner: "you",
      summary: t(
        "Fastmail refused the message because of its content: it looked like a virus, or like a message its users have already reported as spam.",
        "Fastmail はメッセージの内容を理由に拒否しました。ウイルスのように見えたか、Fastmail の利用者がすでに迷惑メールとして報告したメッセージに似ていたためです。",
      ),
      cause: t(
        "Fastmail scans every message for viruses and compares it with messages reported as spam. An attachment can be flagged as a possible virus by mistake, and a message copied from a newsletter or a bulk mailing can resemble a reported one.",
        "Fastmail はすべてのメッセージをウイルス検査し、迷惑メールとして報告されたメッセージと照合します。添付ファイルが誤ってウイルスの疑いありと判定されることや、ニュースレターや一斉送信から転載した文面が報告済みのメッセージに似てしまうことがあります。",
      ),
      fix: [
        t(
          "If the message has an attachment, put it in a zip file (or share a link to it) and send again.",
          "添付ファイルがある場合は、zip ファイルにまとめる (またはファイルへのリンクを共有する) 形にして送り直してください。",
        ),
        t(
          "Otherwise send a short message of your own words, without forwarded content or many links.",
          "そうでなければ、転送した内容や多数のリンクを含めず、自分の言葉で書いた短いメッセージを送ってください。",
        ),
      ],
      adminFix: [
        t(
          "If many messages to Fastmail are refused this way, scan the sending systems for malware and check what the refused messages have in common (a link's domain, an attachment type).",
          "Fastmail 宛てのメッセージの多くがこの理由で拒否される場合は、送信元のシステムをマルウェア検査し、拒否されたメッセージに共通する点 (リンク先のドメイン、添付ファイルの種類) を確認してください。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "fastmail-access-denied",
      code: "",
      texts: ["Access denied"],
      reasons: ["blocked", "rejected", "badreputation", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Fastmail's servers refused to take mail from you[[ ({ip})]]: the sender was blocked by Fastmail's abuse systems.",
        "Fastmail のサーバーはあなた[[ ({ip}) ]]からのメールの受け付けを拒否しました。送信者が Fastmail の不正利用対策でブロックされています。",
      ),
      cause: t(
        "Fastmail blocks a sender (an address, a domain or a sending server) that was reported as a spammer or that its abuse systems caught sending spam. The refusal's wording may name the reason.",
        "Fastmail は、迷惑メールの送信者として報告された送信者 (アドレス、ドメイン、送信サーバー) や、不正利用対策が迷惑メールの送信を検知した送信者をブロックします。拒否メッセージの文面に理由が書かれている場合があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Once the cause is fixed, ask the recipient (a Fastmail user) to send the whole refusal to Fastmail's support, which can look the block up.",
          "原因を解消したら、受信者 (Fastmail の利用者) に拒否メッセージ全体を Fastmail のサポートへ送ってもらい、ブロックを調べてもらってください。",
        ),
      ],
      actions: ["contact-your-admin", "contact-recipient"],
    },
    {
      id: "fastmail-account-locked",
      code: "",
      texts: ["Address locked or deactivated"],
      markers: ["messagingengine.com/docs/locked"],
      reasons: ["suspend", "rejected", "blocked"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Fastmail account is locked or deactivated, so it cannot receive mail now.",
        "受信者の Fastmail のアカウントがロックまたは無効化されているため、現在メールを受け取れません。",
      ),
      cause: t(
        "Fastmail's postmaster locks an account that broke its terms or looks compromised, and an account that was closed or not paid for is deactivated; mail to it is refused until its owner sorts it out with Fastmail.",
        "Fastmail のポストマスターは、利用規約に違反したアカウントや乗っ取りが疑われるアカウントをロックし、解約されたアカウントや料金が未払いのアカウントを無効にします。持ち主が Fastmail との間で解決するまで、そのアカウント宛てのメールは拒否されます。",
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
          "The recipient (the account's owner) contacts Fastmail's support to have the account unlocked or renewed.",
          "受信者 (アカウントの持ち主) が Fastmail のサポートに連絡し、アカウントのロック解除または更新を依頼します。",
        ),
      ],
      actions: ["contact-recipient"],
    },
  ],
};
