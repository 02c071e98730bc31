// Mailgun, the sending service, in the replies its relay and API give the sender (quoted in its own
// SDKs' issue threads: mailgun/mailgun-java#50, "Domain ... is not allowed to send: recipient limit
// exceeded, try again after <date>", its maintainers explaining a per-domain recipient cap for new,
// warming or probationary accounts, also met through Ghost, TryGhost/Ghost#15725; and
// mailgun/wordpress-plugin#68, "Free accounts are for test purposes only": a free account sends
// only to its authorized recipients; its sandbox domains say the same, "421 Domain <x>.mailgun.org
// is not allowed to send: Sandbox subdomains are for test purposes only", swapmyvote/swapmyvote#891,
// and an account not yet activated is refused with "...: Please activate your Mailgun account",
// Monstarrrr/rebutify#162). All are the sender's own service refusing, before any receiver saw the
// message. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { YOU } from "./steps";
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
      "sandbox subdomains are for test purposes only",
      "please activate your mailgun account",
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
      lastingDeferral: "sending-side",
      summary: t(
        "Your sending service (Mailgun) held the message: your sending domain reached the number of recipients it may send to in the current period; sending resumes after the time the reply gives.",
        "あなたが使う送信サービス (Mailgun) がメッセージを保留しました。送信ドメインが現在の期間に送れる宛先の数に達したためです。応答に示された時刻を過ぎると送信が再開されます。",
      ),
      cause: t(
        "Mailgun caps recipients per domain for new domains, accounts in their warm-up or probation, and some plans; every recipient of a message counts. The recipient's side never saw this message.",
        "Mailgun は、新しいドメイン、慣らし運転中や試用扱いのアカウント、一部のプランについて、ドメインごとの宛先数に上限を設けています。1 通のメッセージの宛先はそれぞれ数えられます。受信側にはこのメッセージは届いていません。",
      ),
      fix: [YOU.retryAfterLimit],
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
      texts: [
        "Free accounts are for test purposes only",
        "Sandbox subdomains are for test purposes only",
      ],
      reasons: ["policyviolation", "rejected", "securityerror"],
      ownBounce: true,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your sending service (Mailgun) refused to send: a free account, or its sandbox domain, may send only to the recipients authorized in its settings.",
        "あなたが使う送信サービス (Mailgun) は送信を拒否しました。無料アカウントやサンドボックス ドメインは、設定で承認した宛先にしか送れません。",
      ),
      cause: t(
        "Mailgun's free accounts and the sandbox domain every account starts with (sandbox<id>.mailgun.org) are meant for testing: they deliver only to a short list of authorized recipients. The recipient's side never saw this message.",
        "Mailgun の無料アカウントや、どのアカウントにも最初から用意されるサンドボックス ドメイン (sandbox<id>.mailgun.org) はテスト用で、承認済みの少数の宛先にしか配信しません。受信側にはこのメッセージは届いていません。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "Add the recipient to the account's authorized recipients for tests; to send to anyone, add and verify your own sending domain in Mailgun and send from it (a free account needs a paid plan).",
          "テストであれば宛先をアカウントの承認済み宛先に追加してください。誰にでも送るには、Mailgun で自分の送信ドメインを追加・認証してそこから送ってください (無料アカウントは有料プランへの変更が必要です)。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "mailgun-account-not-activated",
      title: "The Mailgun account is not activated",
      code: "",
      texts: ["Please activate your Mailgun account"],
      reasons: ["policyviolation", "rejected", "securityerror"],
      ownBounce: true,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Your sending service (Mailgun) refused to send: the account has not been activated yet.",
        "あなたが使う送信サービス (Mailgun) は送信を拒否しました。アカウントがまだ有効化されていません。",
      ),
      cause: t(
        "A new Mailgun account sends nothing until its owner confirms it (the activation email, and for some accounts a phone check); retrying does not help until then. The recipient's side never saw this message.",
        "新しい Mailgun アカウントは、持ち主が確認 (有効化のメール、アカウントによっては電話番号の確認) を済ませるまで何も送りません。それまでは送り直しても通りません。受信側にはこのメッセージは届いていません。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        finalOnly(
          t(
            "Activate the account from Mailgun's activation email (the control panel can send it again) and complete any check it asks for, then send again.",
            "Mailgun の有効化メール (管理画面から再度送らせることもできます) でアカウントを有効化し、求められる確認を済ませてから送り直してください。",
          ),
          t(
            "Activate the account from Mailgun's activation email (the control panel can send it again) and complete any check it asks for.",
            "Mailgun の有効化メール (管理画面から再度送らせることもできます) でアカウントを有効化し、求められる確認を済ませてください。",
          ),
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
