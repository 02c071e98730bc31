// Source: Barracuda Campus pages for Email Security Gateway and Email Gateway Defense (Message Log
// reasons, Rate Control, "Possible Outbreak", recipient verification's "cuda_nsu"). The Barracuda Reputation Block List, which any
// receiver may name, is a block list of its own (./blocklists.ts), not part of this table.
import { t } from "../types";
import { SENDER } from "../steps";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const LOOKUP = "https://www.barracudacentral.org/lookups";

export const barracuda: ProviderCatalog = {
  provider: {
    id: "barracuda",
    name: "Barracuda Email Protection",
    page: LOOKUP,
    hosts: [".barracudanetworks.com"],
    markers: [
      "barracuda",
      "possible outbreak",
      "cuda_nsu",
      // Email Security Service's refusal, which names no product
      "permanent failure for one or more recipients",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      // Recipient verification: the gateway asked the mail server behind it, which has no such user.
      // "cuda_nsu" tags every reply of that check, whatever the server behind said ("450 cuda_nsu
      // 4.7.1 ... Policy Rejection- Abuse. Go away.", "550 cuda_nsu 5.4.1 ... Access denied", as
      // Postmark's SMTP Field Manual lists them): it names Barracuda, the words name the cause.
      id: "barracuda-no-such-user",
      code: "",
      texts: [
        "Recipient address rejected: User unknown",
        "No such user",
        "<address>... User unknown",
        // Microsoft 365 behind the gateway refusing an address it does not have (5.4.1)
        "Recipient address rejected: Access denied",
      ],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Barracuda gateway checked the address with the mail server behind it, and that server has no such mailbox.",
        "受信側の Barracuda ゲートウェイが背後のメール サーバーにアドレスを確認したところ、そのメールボックスは存在しませんでした。",
      ),
      cause: t(
        "The address is misspelled, or the mailbox was removed (for example when the person left the organization).",
        "アドレスの綴りが違うか、メールボックスが削除されています (退職など)。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "barracuda-policy-block",
      title: "Blocked by the recipient's Barracuda policy",
      code: "",
      texts: ["permanent failure for one or more recipients (<address>:blocked)"],
      reasons: ["blocked", "rejected", "spamdetected", "policyviolation"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's Barracuda Email Protection blocked your message; the reply does not say why, and only the recipient's admin can see the reason.",
        "受信側の Barracuda Email Protection がメッセージをブロックしました。応答には理由が書かれておらず、理由を確認できるのは受信側の管理者だけです。",
      ),
      cause: t(
        "Barracuda records the reason (a sender block, the spam score, a content or attachment rule, a link's reputation, a failed SPF or DMARC check) only in the recipient's Message Log. If every organization behind Barracuda refuses you, the cause is more likely your IP or domain reputation.",
        "Barracuda は理由 (送信者のブロック、迷惑メールのスコア、内容や添付ファイルのルール、リンクの評価、SPF や DMARC の失敗) を受信側の Message Log にしか記録しません。Barracuda を使う組織すべてに拒否される場合は、あなたの IP やドメインの評価が原因である可能性が高くなります。",
      ),
      fix: [
        t(
          "Reach the recipient another way and ask their IT team to look up this message in their Barracuda Message Log and allow it if it is wanted.",
          "別の手段で受信者に連絡し、受信側の管理者に Barracuda の Message Log でこのメッセージを調べ、必要なメールなら許可してもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: the Message Log entry names the reason; add the sender to the allowed senders or adjust the rule. On the sending side, check the IP at Barracuda Central and that SPF, DKIM and DMARC pass.",
          "受信側の管理者向け: Message Log の該当エントリに理由が表示されます。送信者を許可リストに加えるかルールを調整してください。送信側では、Barracuda Central で IP を確認し、SPF・DKIM・DMARC が合格していることを確かめてください。",
        ),
      ],
      actions: ["contact-recipient-admin", "contact-recipient"],
    },
    {
      id: "barracuda-content-rejected",
      code: "",
      texts: ["Message content rejected"],
      reasons: ["spamdetected", "contenterror"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Barracuda scored the content of your message as spam (or against its content rules) and refused it.",
        "受信側の Barracuda がメッセージの内容を迷惑メール (またはコンテンツ ルール違反) と判定し、拒否しました。",
      ),
      cause: t(
        "Barracuda scores the words, links (their domains' reputation) and attachments of each message; above the recipient's block score it is refused. UBE in the reply means unsolicited bulk email.",
        "Barracuda はメッセージごとに文面、リンク (リンク先ドメインの評価)、添付ファイルを採点し、受信側のブロック スコアを超えると拒否します。応答の UBE は「一方的な大量メール」を意味します。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [
        t(
          "If many messages are refused this way, check the reputation of the domains your mail links to and that SPF, DKIM and DMARC pass; the recipient's admin can allow your address in Barracuda.",
          "同じ理由の拒否が多い場合は、メール内のリンク先ドメインの評価と SPF・DKIM・DMARC の合否を確認してください。受信側の管理者は Barracuda であなたのアドレスを許可できます。",
        ),
      ],
      actions: ["contact-recipient", "contact-your-admin"],
    },
    {
      // Inbound Rate Control (campus.barracuda.com, Email Gateway Defense doc 167976820): messages
      // from one sending IP counted per half hour. The cap measures the sending server's rate, and
      // a server that gives up on it keeps meeting it, so it is your admin's, as the other per-IP caps.
      id: "barracuda-rate-control",
      code: "",
      texts: ["Rate limit exceeded", "Rate limited", "Too many connections"],
      reasons: ["toomanyconn", "speeding"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's Barracuda is holding back mail from your sending server because it sent too much in the last half hour.",
        "送信サーバーが直近 30 分間に送ったメールが多すぎたため、受信側の Barracuda が受信を一時的に止めています。",
      ),
      cause: t(
        "Barracuda's rate control counts messages (or connections) from each sending IP[[ ({ip})]] over 30 minutes and defers the rest until the next half hour.",
        "Barracuda のレート制御は送信元 IP [[({ip}) ]]ごとに 30 分間のメッセージ数 (または接続数) を数え、上限を超えた分は次の 30 分まで保留します。",
      ),
      fix: [SENDER.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "Spread large mailings over time; a partner that often receives a lot from you can add your IP to its Barracuda rate control exemptions.",
          "大量の送信は時間を分けて行ってください。頻繁に大量のメールを受け取る取引先であれば、受信側が Barracuda のレート制御の除外にあなたの IP を追加できます。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "barracuda-possible-outbreak",
      code: "",
      texts: ["Possible Outbreak"],
      reasons: ["spamdetected"],
      owner: "nobody",
      temporary: true,
      lastingDeferral: "sending-side",
      summary: t(
        "Barracuda held your message back for a while because similar mail was reaching many of its customers at once.",
        "同様のメールが Barracuda の多数の利用者に一斉に届いていたため、メッセージは一時的に保留されました。",
      ),
      cause: t(
        "Barracuda's service-wide outbreak check delays mail sent to many recipients across its customers.",
        "Barracuda のサービス全体での大量発生チェックは、多数の利用者宛てに送られたメールを遅らせます。",
      ),
      whileRetrying: {
        cause: t(
          "A retried message is treated as legitimate and accepted.",
          "再試行されたメッセージは正当なものとして受け付けられます。",
        ),
      },
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "Make sure the sending server or service retries deferred mail; a bulk tool that does not retry loses these messages.",
          "送信サーバーやサービスが保留されたメールを再試行する設定か確認してください。再試行しない一斉配信ツールではこのメッセージが失われます。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      // Anti-spoofing: a message from outside that claims a sender in the recipient's own domain
      // (or a brand it protects) is refused before any allow list applies.
      id: "barracuda-spoofed",
      code: "",
      texts: ["rejecting spoofed message"],
      reasons: ["policyviolation", "authfailure", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Barracuda gateway refused the message as spoofed: its From address claims a sender that the sending server is not authorized to send for.",
        "受信側の Barracuda ゲートウェイは、メッセージをなりすましと判断して拒否しました。From アドレスの送信者に代わって送る権限が送信サーバーにありません。",
      ),
      cause: t(
        "Barracuda refuses mail from outside that uses an address of the recipient's own domain, or of a brand it protects, in From, unless SPF or DKIM proves the sending server may use it. A newsletter or web service sending in someone else's name is the usual case.",
        "Barracuda は、宛先自身のドメインや保護対象のブランドのアドレスを From に使う外部からのメールを、SPF や DKIM で送信サーバーの正当性が示されない限り拒否します。他人の名前で送るニュースレターや Web サービスがよくある例です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["contact-your-admin"],
    },
  ],
};
