// IceWarp Mail Server, in its own reply words: its documentation's "Interpretation of 5xx Errors in
// IceWarp SMTP" (docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/,
// phrases "Domain name required", "HELO/EHLO requires domain address", "Message is too long") and
// the reply of its Intrusion Prevention ("421 4.7.1 Intrusion prevention active for [ip][R]", as
// quoted in github.com/zytzagoo/smtp-validate-email/issues/9; the letter is one of the reason codes
// the manual's Intrusion Prevention page lists, docs.icewarp.com/Content/IceWarp-Server/
// Administration-Nodes/Status/Spam%20Queues/Intrusion%20Prevention.htm). Its "501 5.7.1 Permission denied"
// (the same article: a sign-in under another name than the sender's, unauthenticated use of the
// submission port, or, in its older table, a sending IP without reverse DNS) is known by the whole
// line: "Permission denied" alone is any server's. Found by its words, whatever host wrote them.
// The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const ERRORS =
  "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm";

export const icewarp: ProviderCatalog = {
  provider: {
    id: "icewarp",
    name: "IceWarp Mail Server",
    page: ERRORS,
    hosts: [],
    markers: [
      "intrusion prevention active for",
      "domain name required",
      "helo/ehlo requires domain address",
      "message is too long",
      "501 5.7.1 permission denied",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "icewarp-intrusion-prevention",
      code: "",
      texts: ["Intrusion prevention active for <ip>"],
      title: "Intrusion prevention active",
      reasons: ["blocked", "toomanyconn", "speeding", "badreputation"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The receiving IceWarp server has blocked your server's IP address[[ {ip}]] for a while: its intrusion prevention saw behaviour it treats as an attack or as spam.",
        "受信側の IceWarp サーバーは、あなたのサーバーの IP アドレス[[ {ip} ]]をしばらくの間ブロックしています。侵入防止 (Intrusion Prevention) が、攻撃や迷惑メールとみなす動きを検知しました。",
      ),
      cause: t(
        "IceWarp's intrusion prevention blocks an IP address for a set time, and the letter in brackets says why: I too many connections in a minute, R too many RSET commands, P too much mail to addresses that do not exist, D a listing on a DNS block list, S a message over the spam score, M an oversized message, L failed sign-ins, Y an attempt to relay, A mail to a trap account, C a content filter, U blocked by hand. A bulk send or an address-checking tool is the usual trigger; the block ends by itself.",
        "IceWarp の侵入防止は IP アドレスを一定の時間ブロックし、角かっこ内の文字がその理由を示します。I は 1 分間の接続が多すぎる、R は RSET コマンドが多すぎる、P は存在しないアドレスへのメールが多すぎる、D は DNS ブロック リストへの掲載、S は迷惑メールのスコアを超えたメッセージ、M はサイズの大きすぎるメッセージ、L はサインインの失敗、Y は中継の試み、A はトラップ用アカウントへのメール、C はコンテンツ フィルター、U は手動のブロックです。一斉送信やアドレス確認ツールがよくあるきっかけで、ブロックは時間がたてば自動で解除されます。",
      ),
      fix: [YOU.retryAfterBlock],
      adminFix: [
        YOUR_ADMIN.slowDown,
        t(
          "Stop checking addresses by connecting to this server and remove addresses that bounce; if the block keeps returning, ask the recipient's admin to look up {ip} in IceWarp's intrusion prevention list.",
          "このサーバーに接続してアドレスを確認するのをやめ、配信エラーになるアドレスを削除してください。ブロックが繰り返される場合は、受信側の管理者に IceWarp の侵入防止の一覧で {ip} を確認してもらってください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "icewarp-sender-domain-required",
      code: "",
      texts: ["Domain name required"],
      page: ERRORS,
      owner: "you",
      temporary: false,
      summary: t(
        "The receiving IceWarp server refused the message because the sender address it was given has no domain (no @ and the part after it).",
        "受け取った送信者アドレスにドメイン (@ とその後ろの部分) がないため、受信側の IceWarp サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "The sending program gave only a name, not a full address, as the sender. This is the setup of the mail program, device or application that sent the message, not of the recipient.",
        "送信したプログラムが、送信者として完全なアドレスではなく名前だけを渡しました。受信者ではなく、メッセージを送ったメール アプリや機器、アプリケーションの設定の問題です。",
      ),
      fix: [
        t(
          "Check the sender (From) address in your mail program's or device's account settings: it must be a full address such as name@example.com.",
          "メール アプリや機器のアカウント設定で差出人 (From) アドレスを確認してください。name@example.com のような完全なアドレスである必要があります。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkMessageFormat],
      actions: ["contact-your-admin"],
    },
    {
      id: "icewarp-helo-required",
      code: "",
      texts: ["HELO/EHLO requires domain address"],
      page: ERRORS,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving IceWarp server refused the connection because the sending server's greeting (HELO or EHLO) carried no valid name.",
        "送信サーバーの挨拶 (HELO または EHLO) に有効な名前がなかったため、受信側の IceWarp サーバーは接続を拒否しました。",
      ),
      cause: t(
        "A sending server must greet with its host name. An empty or malformed greeting comes from a misconfigured program, device or server; this is about the sending server's settings.",
        "送信サーバーは、ホスト名で挨拶する必要があります。空や形の崩れた挨拶は、設定の誤ったプログラムや機器、サーバーから来るものです。送信サーバーの設定の問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "icewarp-message-too-long",
      code: "",
      texts: ["Message is too long"],
      reasons: ["mesgtoobig"],
      page: ERRORS,
      owner: "you",
      temporary: false,
      summary: t(
        "The receiving IceWarp server refused the message because it is larger than the size its limits allow.",
        "メッセージが制限で許されるサイズより大きいため、受信側の IceWarp サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "IceWarp limits message size for the whole server, for a domain or for one mailbox. Attachments grow by about a third when sent, so a file near the limit already exceeds it.",
        "IceWarp は、サーバー全体、ドメイン、メールボックスごとにメッセージのサイズを制限しています。添付ファイルは送信時に約 3 分の 1 大きくなるため、上限に近いファイルはすでに上限を超えています。",
      ),
      fix: [YOU.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      id: "icewarp-permission-denied",
      code: "5.7.1",
      texts: ["501 5.7.1 Permission denied"],
      title: "Permission denied (IceWarp)",
      reasons: ["securityerror", "rejected", "blocked", "authfailure"],
      page: ERRORS,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The IceWarp server refused the sender: the account that signed in is not the sender address, or the sending server's IP address has no reverse DNS name.",
        "IceWarp サーバーは送信者を拒否しました。サインインしたアカウントが送信者アドレスと異なるか、送信サーバーの IP アドレスに逆引き DNS 名がありません。",
      ),
      cause: t(
        "IceWarp gives these words for its sender checks: it can refuse a message whose SMTP sign-in names another user than the MAIL FROM address, a local sender that does not use the submission port, and a connecting IP address without reverse DNS (PTR). All of them are about how the message was sent, not about the recipient.",
        "IceWarp は送信者の確認にこの文言を使います。SMTP のサインインが MAIL FROM のアドレスと別のユーザーであるメッセージ、送信用ポート (サブミッション ポート) を使わないローカルの送信者、逆引き DNS (PTR) のない IP アドレスからの接続を拒否できます。いずれも送り方の問題で、受信者の問題ではありません。",
      ),
      fix: [
        t(
          "Send from the address of the account your mail program signs in with (check the account's outgoing server settings), then send again.",
          "メール アプリがサインインに使うアカウントのアドレスから送ってください (アカウントの送信サーバーの設定を確認してください)。そのうえで送り直してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
    },
  ],
};
