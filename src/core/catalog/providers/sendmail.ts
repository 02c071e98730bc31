// sendmail-based hosting servers' own refusal texts, as Japanese providers and hosts document them
// for their users: the POP before SMTP refusals of a client that did not check mail first (BohanIT's
// メール送受信時のエラーメッセージ, shbhlxxjs.com/onlineManualDetail161.html: "Please receive your mail
// before sending"; the iClusta FAQ, ics.ne.jp/iclusta2019/support/faq: "Relay operation rejected"),
// and the local delivery failure of a mailbox over its disk quota (おまかせサーバ's FAQ,
// member.omakase.jp/support/faq/tech.html: "Can't create output"). Found by their words, not by a
// host. sendmail's "Relaying denied" keeps the engine's own meaning (reason-meanings.ts), since
// receivers write it too. The explanations are our own words.
import { t } from "../types";
import { RECIPIENT_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const sendmail: ProviderCatalog = {
  provider: {
    id: "sendmail",
    name: "sendmail (hosting servers)",
    page: "https://www.ics.ne.jp/iclusta2019/support/faq/index.htm",
    hosts: [],
    markers: [
      "please receive your mail before sending",
      "relay operation rejected",
      "can't create output",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "sendmail-pop-before-smtp",
      title: "Receive your mail before sending (POP before SMTP)",
      code: "",
      texts: ["Please receive your mail before sending", "Relay operation rejected"],
      page: "https://www.ics.ne.jp/iclusta2019/support/faq/index.htm",
      owner: "you",
      temporary: false,
      summary: t(
        "Your own outgoing mail server refused the message because your mail app had not proved who you are: the server lets you send only after you check your mail or log in.",
        "メール アプリが本人であることを証明していなかったため、自分の送信メール サーバーがメッセージを拒否しました。このサーバーは、メールを受信するかログインした後でなければ送信を許可しません。",
      ),
      cause: t(
        "Older hosting and provider servers use POP before SMTP: checking mail opens a short window (often 15 to 30 minutes) in which the same connection may send. A mail app that sends before it receives, a window that has closed, or a reconnection with a new IP address all end in this refusal. The message did not leave your server; nothing is wrong with the recipient.",
        "古いホスティングやプロバイダーのサーバーは POP before SMTP を使っています。メールを受信すると、同じ接続から送信できる短い時間 (多くは 15 分から 30 分) が始まります。受信より先に送信するメール アプリ、時間切れ、別の IP アドレスでの再接続は、どれもこの拒否になります。メッセージは自分のサーバーから出ていません。受信者の側に問題はありません。",
      ),
      fix: [
        t(
          "Check for new mail first, then send again within a few minutes.",
          "先にメールを受信してから、数分以内に送り直してください。",
        ),
        t(
          "To stop it for good, turn on authentication for the outgoing (SMTP) server in your mail app, with port 587, if your provider supports it.",
          "今後起きないようにするには、プロバイダーが対応していれば、メール アプリで送信 (SMTP) サーバーの認証を有効にし、ポート 587 を使ってください。",
        ),
      ],
      adminFix: [
        t(
          "Move the users of this server from POP before SMTP to SMTP authentication on the submission port (587).",
          "このサーバーの利用者を、POP before SMTP からサブミッション ポート (587) での SMTP 認証に移行してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "sendmail-cant-create-output",
      title: "Can't create output",
      code: "",
      texts: ["Can't create output"],
      reasons: ["mailboxfull"],
      page: "https://member.omakase.jp/support/faq/tech.html",
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient's mail server could not write your message into their mailbox, most often because the mailbox has used up its disk space.",
        "受信側のメール サーバーは、受信者のメールボックスにメッセージを書き込めませんでした。多くの場合、メールボックスのディスク容量を使い切っていることが原因です。",
      ),
      cause: t(
        "The server accepted the message, then failed to store it. On hosting servers this is what a full mailbox quota looks like, typically when the recipient's mail app leaves every message on the server.",
        "サーバーはメッセージを受け付けた後、保存に失敗しました。ホスティング サーバーでは、メールボックスの容量の上限に達したときにこう表示されます。受信者のメール アプリがすべてのメッセージをサーバーに残す設定になっていることがよくある原因です。",
      ),
      fix: [
        t(
          "Tell the recipient another way (phone, chat, another address) that their mailbox is full, and send again once they have made room.",
          "電話やチャット、別のアドレスなど他の手段で受信者にメールボックスがいっぱいであることを伝え、空きができてから送り直してください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
  ],
};
