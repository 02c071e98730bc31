// Source: BT Business's help "My emails are being rejected - I'm getting messages with the error
// code 550" (btbusiness.custhelp.com, answer 15074: "550 Message rejected due to sender IP
// reputation"), BT's "BT Email error messages" page (bt.com/help), and the replies of BT's inbound
// servers (run by Openwave / Critical Path as *.cpcloud.co.uk since 2013) as senders quoted them:
// "554 Message rejected, policy (3.2.1.1) - Your message looks like SPAM or has been reported as
// SPAM", "421 Too many messages (1.5.6.1) from <ip>" (blog.frankleonhardt.com) and "451 System
// policy engine error" for forwarded mail whose sender's SPF ends in -all (hcidata.info, 2016).
// The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const bt: ProviderCatalog = {
  provider: {
    id: "bt",
    name: "BT Email",
    page: "https://btbusiness.custhelp.com/app/answers/detail/a_id/15074",
    hosts: [".bt.lon5.cpcloud.co.uk", ".btinternet.com", ".btopenworld.com"],
    markers: [],
    domains: ["btinternet.com", "btopenworld.com", "btconnect.com", "talk21.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "bt-looks-like-spam",
      code: "",
      texts: ["Your message looks like SPAM or has been reported as SPAM"],
      reasons: ["spamdetected", "policyviolation", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "BT refused the message as spam: its filter judged it to look like spam, or BT users have reported mail like it.",
        "BT はメッセージを迷惑メールとして拒否しました。フィルターが迷惑メールのようだと判定したか、同様のメールが BT の利用者から報告されています。",
      ),
      cause: t(
        "BT's filter scores the content and the sending server's history together; mail from a server or domain whose messages BT users marked as spam is refused, even when this message is harmless.",
        "BT のフィルターは内容と送信サーバーの履歴をあわせて評価します。BT の利用者が迷惑メールとして報告したメールを送ったサーバーやドメインからのメールは、このメッセージに問題がなくても拒否されます。",
      ),
      fix: [YOU.plainVersionOrAllowed, YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.cleanLists],
      actions: ["contact-your-admin", "contact-recipient"],
    },
    {
      id: "bt-too-many-messages",
      title: "Too many messages from the sending server",
      code: "",
      texts: ["Too many messages <x> from"],
      reasons: ["speeding", "toomanyconn", "exceedlimit"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "BT deferred the message because your server[[ ({ip})]] has sent BT more messages than it takes from one server.",
        "あなたのサーバー[[ ({ip}) ]]から BT へ届いたメッセージが、BT が 1 つのサーバーから受け付ける数を超えたため、BT は受け付けを保留しました。",
      ),
      cause: t(
        "BT counts the messages each sending IP delivers over a day and defers the rest. A server that forwards many messages to BT addresses, or that sends for many users, reaches it soonest.",
        "BT は送信 IP ごとに 1 日に届いたメッセージの数を数え、上限を超えた分を保留します。BT のアドレスへ多くのメッセージを転送するサーバーや、多数の利用者のメールを送るサーバーほど早く上限に達します。",
      ),
      fix: [
        YOU.waitForRetry,
        t(
          "If messages to BT addresses stay queued for days, forward this report to your mail admin.",
          "BT のアドレス宛てのメッセージが何日も送信待ちのままなら、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [
        YOUR_ADMIN.slowDown,
        t(
          "If the server forwards mail to BT addresses, ask those users to collect it from their BT mailbox another way (or to use a forwarding that BT accepts), which lowers the count.",
          "サーバーが BT のアドレスへメールを転送している場合は、その利用者に別の方法で受け取ってもらい (または BT が受け付ける転送方法に変えてもらい)、送る数を減らしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "bt-ip-reputation",
      code: "",
      texts: ["Message rejected due to sender IP reputation"],
      reasons: ["badreputation", "blocked", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "BT refused the message because of the sending IP's reputation[[ ({ip})]]: BT has seen spam or viruses come from it.",
        "送信 IP [[({ip}) ]]の評価を理由に、BT はメッセージを拒否しました。BT はこの IP から迷惑メールやウイルスが送られてきたことを確認しています。",
      ),
      cause: t(
        "BT's help names the usual causes: a virus on a computer or mail server on that network, an open relay, sending to people who did not ask for the mail, or messages above BT's size limits.",
        "BT のヘルプでは、よくある原因として、そのネットワーク上のコンピューターやメール サーバーのウイルス感染、オープン リレー、受信を希望していない相手への送信、BT のサイズ上限を超えるメッセージを挙げています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Scan the computers and the mail server behind {ip} for malware, check that the server is not an open relay, and stop sending to addresses that did not opt in.",
          "{ip} の背後にあるコンピューターとメール サーバーをマルウェア検査し、サーバーがオープン リレーになっていないか確認し、受信を承諾していないアドレスへの送信をやめてください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["contact-your-admin", "secure-account"],
    },
    {
      id: "bt-policy-engine",
      code: "",
      texts: ["System policy engine error"],
      reasons: ["policyviolation", "systemerror", "authfailure"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "BT's policy checks deferred the message; seen most for mail forwarded to a BT address whose original sender's SPF does not list the forwarding server.",
        "BT のポリシー検査がメッセージの受け付けを保留しました。元の送信者の SPF に転送元のサーバーが含まれていない、BT のアドレスへ転送されたメールで多く見られます。",
      ),
      cause: t(
        "When a server forwards a message unchanged, the original sender's SPF (strict when it ends in -all) fails for the forwarding server's IP, and BT defers it; the retries fail the same way until the forwarding changes.",
        "サーバーがメッセージをそのまま転送すると、元の送信者の SPF (-all で終わる場合は厳格) が転送元のサーバーの IP で不合格になり、BT は受け付けを保留します。転送方法を変えるまで、再試行も同じように失敗します。",
      ),
      fix: [
        t(
          "If you forward mail to a BT address, forward this report to your mail admin.",
          "BT のアドレスへメールを転送している場合は、このレポートをメール管理者に転送してください。",
        ),
        YOU.waitForRetry,
      ],
      adminFix: [
        t(
          "On a forwarding server, rewrite the envelope sender (SRS) so that SPF is checked against your own domain, or deliver to the recipient's mailbox another way.",
          "転送元のサーバーでエンベロープ送信者を書き換え (SRS)、SPF が自組織のドメインで検査されるようにするか、別の方法で受信者のメールボックスに届けてください。",
        ),
      ],
      actions: ["contact-your-admin", "wait-for-retry"],
    },
  ],
};
