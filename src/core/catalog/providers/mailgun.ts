// Mailgun, the sending service, in the replies its relay and API give the sender (quoted in its own
// SDKs' issue threads: mailgun/mailgun-java#50, "Domain ... is not allowed to send: recipient limit
// exceeded, try again after <date>", its maintainers explaining a per-domain recipient cap for new,
// warming or probationary accounts, also met through Ghost, TryGhost/Ghost#15725; and
// mailgun/wordpress-plugin#68, "Free accounts are for test purposes only": a free account sends
// only to its authorized recipients). Both are the sender's own service refusing, before any
// receiver saw the message. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import type { ProviderCatalog } from "./types";

const LIMITS = "https://help.mailgun.com/hc/en-us/articles/115001124753-Account-Sending-Limitation";

export const mailgun: ProviderCatalog = {
  provider: {
    id: "mailgun",
    name: "Mailgun",
    page: LIMITS,
    hosts: [".mailgun.net", ".mailgun.org"],
    markers: [
      "is not allowed to send: recipient limit exceeded",
      "free accounts are for test purposes only",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "mailgun-recipient-limit",
      title: "Your sending domain reached its recipient limit",
      code: "",
      texts: ["is not allowed to send: recipient limit exceeded"],
      reasons: ["exceedlimit", "speeding", "toomanyconn"],
      ownBounce: true,
      owner: "your-admin",
      temporary: true,
      summary: t(
        "Your sending service (Mailgun) held the message: your sending domain reached the number of recipients it may send to in the current period; sending resumes after the time the reply gives.",
        "あなたが使う送信サービス (Mailgun) がメッセージを保留しました。送信ドメインが現在の期間に送れる宛先の数に達したためです。応答に示された時刻を過ぎると送信が再開されます。",
      ),
      cause: t(
        "Mailgun caps recipients per domain for new domains, accounts in their warm-up or probation, and some plans; every recipient of a message counts. The recipient's side never saw this message.",
        "Mailgun は、新しいドメイン、慣らし運転中や試用扱いのアカウント、一部のプランについて、ドメインごとの宛先数に上限を設けています。1 通のメッセージの宛先はそれぞれ数えられます。受信側にはこのメッセージは届いていません。",
      ),
      fix: [SENDER.retryLater],
      adminFix: [
        t(
          "Spread sends over time and keep to the cap; to raise it, verify the domain in Mailgun and ask its support to review the account's limit.",
          "送信を時間的に分散させて上限内に収めてください。上限を引き上げるには、Mailgun でドメインを認証し、サポートにアカウントの上限の見直しを依頼してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "mailgun-free-test-only",
      title: "Free account: authorized recipients only",
      code: "",
      texts: ["Free accounts are for test purposes only"],
      reasons: ["policyviolation", "rejected", "securityerror"],
      ownBounce: true,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your sending service (Mailgun) refused to send: a free account may send only to the recipients authorized in its settings.",
        "あなたが使う送信サービス (Mailgun) は送信を拒否しました。無料アカウントは、設定で承認した宛先にしか送れません。",
      ),
      cause: t(
        "Mailgun's free accounts are meant for testing: they deliver only to a short list of authorized recipients. The recipient's side never saw this message.",
        "Mailgun の無料アカウントはテスト用で、承認済みの少数の宛先にしか配信しません。受信側にはこのメッセージは届いていません。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "Add the recipient to the account's authorized recipients for tests, or move the account to a paid plan to send to anyone.",
          "テストであれば宛先をアカウントの承認済み宛先に追加し、誰にでも送るにはアカウントを有料プランに移してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
