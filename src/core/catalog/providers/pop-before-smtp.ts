// The refusals of ISP and hosting mail servers that still let a client send only after it has
// checked mail (POP before SMTP), as the providers publish them for their users: @nifty's
// セカンドメールのエラーメッセージ (faq.support.nifty.com/?p=4076: "sorry, you must get POP/APOP
// authorization", on its qmail servers), BohanIT's メール送受信時のエラーメッセージ
// (shbhlxxjs.com/onlineManualDetail161.html: sendmail's "Please receive your mail before sending")
// and the iClusta and NMTnet FAQs (ics.ne.jp/iclusta2019/support/faq: "Relay operation rejected").
// Whatever software writes them, they mean one thing; found by their words. The explanations are
// our own words.
import { t } from "../types";
import type { ProviderCatalog } from "./types";

export const popBeforeSmtp: ProviderCatalog = {
  provider: {
    id: "pop-before-smtp",
    name: "POP before SMTP (ISP and hosting servers)",
    page: "https://faq.support.nifty.com/?p=4076",
    hosts: [],
    markers: [
      "please receive your mail before sending",
      "relay operation rejected",
      "you must get pop/apop authorization",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "pop-before-smtp-required",
      title: "Receive your mail before sending (POP before SMTP)",
      code: "",
      texts: [
        "Please receive your mail before sending",
        "Relay operation rejected",
        "sorry, you must get POP/APOP authorization",
      ],
      owner: "you",
      temporary: false,
      summary: t(
        "Your own outgoing mail server refused the message because your mail app had not proved who you are: the server lets you send only after you check your mail or log in.",
        "メール アプリが本人であることを証明していなかったため、自分の送信メール サーバーがメッセージを拒否しました。このサーバーは、メールを受信するかサインインした後でなければ送信を許可しません。",
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
  ],
};
