// iRedAPD, the Postfix policy server of iRedMail, in its own reply words (its source, libs/
// __init__.py's SMTP_ACTIONS, github.com/iredmail/iRedAPD; the forged sender's newer "Policy
// rejection not logged in", as iRedMail's own page on allowing a forged sender quotes it). Postfix sends its answer after its own
// prefix ("554 5.7.1 <address>: Recipient address rejected: SMTP AUTH is required for users under
// this sender domain"), since iRedMail calls it among the recipient restrictions: the words after
// the prefix are about the sender and the session, not the recipient. Its "Sender is not same as
// SMTP authenticate username" is the general wording of a sender address the account may not use
// (../wordings.ts). Found by its words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://github.com/iredmail/iRedAPD";
const FORGED_SENDER = "smtp auth is required for users under this sender domain";
const NOT_LOGGED_IN = "policy rejection not logged in";
const NULL_SENDER = "policy rejection due to null sender";

export const iredapd: ProviderCatalog = {
  provider: {
    id: "iredapd",
    name: "iRedAPD (iRedMail)",
    page: PAGE,
    hosts: [],
    markers: [FORGED_SENDER, NOT_LOGGED_IN, NULL_SENDER],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "iredapd-forged-sender",
      title: "Sender address of a domain this server hosts, sent without signing in (iRedAPD)",
      code: "",
      texts: [
        "SMTP AUTH is required for users under this sender domain",
        "Policy rejection not logged in",
      ],
      markers: [FORGED_SENDER, NOT_LOGGED_IN],
      reasons: ["rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server (iRedMail's policy service) refused the message because its sender address[[ ({domain})]] is in a domain that this server hosts itself, and the message came without signing in to an account of that domain.",
        "送信者アドレスのドメイン[[ ({domain}) ]]は受信側のサーバー自身が管理しているドメインなのに、そのドメインのアカウントにサインインせずに送られたため、受信側のサーバー (iRedMail のポリシー サービス) はメッセージを拒否しました。",
      ),
      cause: t(
        "iRedMail treats mail that claims one of its own domains as sender but arrives from outside without SMTP authentication as forged. A mail program set to send without signing in, or a website, device or mailing service that sends in the domain's name through its own servers, trips this check.",
        "iRedMail は、自身が管理するドメインのアドレスを送信者としているのに、SMTP 認証なしで外部から届いたメールを偽装とみなします。サインインせずに送るよう設定されたメール アプリや、そのドメインの名義で独自のサーバーから送る Web サイト、機器、配信サービスがこの検査にかかります。",
      ),
      fix: [
        t(
          'If you sent it from a mail program, turn on "my outgoing server requires authentication" with your account\'s user name and password, then send again.',
          "メール アプリから送った場合は、アカウント設定で「送信サーバー (SMTP) は認証が必要」をオンにし、アカウントのユーザー名とパスワードでサインインするようにしてから、送り直してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [
        t(
          "Have programs, devices and services that send in the domain's name sign in to the iRedMail server. To accept one that cannot, the server's admin adds its sender address (or domain) to ALLOWED_FORGED_SENDERS, or a device's IP address to MYNETWORKS, in /opt/iredapd/settings.py, and restarts iRedAPD.",
          "そのドメインの名義で送るプログラム、機器、サービスが iRedMail サーバーにサインインするようにしてください。サインインできないものを受け入れるには、サーバーの管理者が /opt/iredapd/settings.py の ALLOWED_FORGED_SENDERS にその送信者アドレス (またはドメイン) を、または MYNETWORKS に機器の IP アドレスを追加し、iRedAPD を再起動します。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "iredapd-null-sender",
      title: "Empty sender address from a signed-in account (iRedAPD)",
      code: "",
      texts: ["Policy rejection due to null sender"],
      markers: [NULL_SENDER],
      reasons: ["rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The mail server (iRedMail's policy service) refused the message because it was sent with an empty envelope sender (MAIL FROM:<>) by a program signed in to an account.",
        "アカウントにサインインしたプログラムが空のエンベロープ送信者 (MAIL FROM:<>) で送ったため、メール サーバー (iRedMail のポリシー サービス) はメッセージを拒否しました。",
      ),
      cause: t(
        "An empty sender is only for bounces and automatic notices written by mail servers themselves. iRedMail refuses it from a signed-in session: a script, device or application that leaves the sender out, or a misconfigured vacation or forwarding tool, is the usual source.",
        "空の送信者は、メール サーバー自身が送る配信エラーや自動通知にだけ使うものです。iRedMail は、サインインした接続からの空の送信者を拒否します。送信者を空のままにするスクリプト、機器、アプリケーションや、設定の誤った不在通知や転送のツールが主な原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the program that signed in and sent with an empty sender, and set its sender (MAIL FROM) to the account's own address.",
          "サインインして空の送信者で送ったプログラムを特定し、その送信者 (MAIL FROM) をアカウント自身のアドレスに設定してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
  ],
};
