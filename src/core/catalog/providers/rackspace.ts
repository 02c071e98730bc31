// Source: Rackspace's "Common email bounce messages" (docs.rackspace.com/docs/common-email-bounces:
// "Client host rejected: Throttled - Too much spam from your mail server") and its Email
// postmaster site (postmaster.emailsrvr.com), whose inbound refusals end in a code in brackets
// ("(G1F)" no PTR record, "(G28)" a new or untrusted IP, "(G30)" one mailbox receiving too fast,
// "(G2)" too many connections), as smtp.codes/rackspace lists them; and its spam filter's
// "ACL dns_rbl" refusal of an IP on a block list (helpingmerchants.com, 2026). Rackspace Email's
// MX servers are *.emailsrvr.com for every domain it hosts. The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Rackspace's postmaster, for what persists once the cause is fixed. */
const askPostmaster = t(
  "If it persists once the cause is fixed, write to postmaster@emailsrvr.com with the full refusal and {ip}.",
  "原因を解消しても続く場合は、拒否メッセージの全文と {ip} を添えて postmaster@emailsrvr.com に連絡してください。",
);

export const rackspace: ProviderCatalog = {
  provider: {
    id: "rackspace",
    name: "Rackspace Email",
    page: "https://docs.rackspace.com/docs/common-email-bounces",
    hosts: [".emailsrvr.com"],
    markers: ["emailsrvr.com"],
    domains: ["emailsrvr.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "rackspace-throttled-spam",
      code: "",
      texts: [
        "Client host rejected: Throttled - Too much spam from your mail server",
        "Throttled - Too much spam",
      ],
      reasons: ["spamdetected", "badreputation", "blocked", "speeding"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Rackspace is holding back mail from your server[[ ({ip})]] because too much of what it sent recently looked like spam.",
        "あなたのサーバー[[ ({ip}) ]]から最近届いたメールの多くが迷惑メールのように見えたため、Rackspace は受け付けを抑えています。",
      ),
      cause: t(
        "Rackspace's filters count the spam each sending server delivers; past a limit, they slow that server down for a while. A shared server is slowed for everyone who sends through it.",
        "Rackspace のフィルターは送信サーバーごとに届いた迷惑メールの数を数え、上限を超えるとそのサーバーからの受け付けをしばらく抑えます。共用のサーバーでは、そこから送るすべての利用者が影響を受けます。",
      ),
      fix: [
        YOU.waitForRetry,
        t(
          "If many messages to Rackspace-hosted addresses come back, forward this report to your mail admin.",
          "Rackspace でホストされているアドレス宛てのメールが多く戻ってくる場合は、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.cleanLists],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "rackspace-no-ptr",
      title: "Sending IP has no PTR record",
      code: "",
      texts: ["Client host <ip> has no PTR record", "has no PTR record"],
      markers: ["(g1f)"],
      reasons: ["requireptr"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Rackspace defers mail from {ip} because that address has no reverse DNS (PTR) name.",
        "{ip} に逆引き DNS (PTR) 名がないため、Rackspace はこのアドレスからのメールの受け付けを保留しています。",
      ),
      cause: t(
        "Rackspace takes mail only from sending IPs with a PTR record; it keeps deferring until one is set, and your server gives up after its retry period.",
        "Rackspace は PTR レコードのある送信 IP からしかメールを受け付けません。設定されるまで保留が続き、再試行期間を過ぎると送信サーバーはあきらめます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin", "wait-for-retry"],
    },
    {
      id: "rackspace-untrusted-ip",
      code: "",
      texts: ["Received too many messages from a new or untrusted IP"],
      markers: ["(g28)"],
      reasons: ["speeding", "badreputation"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Rackspace defers part of the mail from {ip}: it has not yet seen enough good mail from that address to take this much at once.",
        "Rackspace は {ip} からのメールの一部を保留しています。このアドレスからの良好なメールの実績がまだ少なく、一度にこれほどの量は受け付けないためです。",
      ),
      cause: t(
        "A new sending IP, or one Rackspace does not trust yet, is allowed a limited volume that grows as it keeps sending wanted mail; the rest is deferred.",
        "新しい送信 IP や Rackspace がまだ信頼していない IP には受け付ける量の上限があり、求められたメールを送り続けるにつれて上限が上がります。超えた分は保留されます。",
      ),
      fix: [
        YOU.waitForRetry,
        t(
          "If it lasts, forward this report to your mail admin.",
          "長引く場合は、このレポートをメール管理者に転送してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.slowDown, askPostmaster],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "rackspace-mailbox-rate",
      code: "",
      texts: ["Mailbox received too much email in a short period of time"],
      markers: ["(g30)"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "receiving-side",
      owner: "nobody",
      summary: t(
        "The recipient's Rackspace mailbox received too many messages in a short time, so Rackspace asked your server to try again later.",
        "受信者の Rackspace のメールボックスに短時間で多数のメッセージが届いたため、Rackspace は送信サーバーに後で再試行するよう求めました。",
      ),
      cause: t(
        "Rackspace limits how fast one mailbox receives, to protect its system (a mailbox flooded by a list bombing, for example). The limit is on the recipient's mailbox, not on your server.",
        "Rackspace はシステムを守るため、1 つのメールボックスが受け取る速さを制限しています (大量の登録メールで埋め尽くされた場合など)。制限は受信者のメールボックスに対するもので、あなたのサーバーに対するものではありません。",
      ),
      fix: [YOU.waitForRetry, MAILBOX.spaceOut],
      adminFix: [
        t(
          "Nothing to change on the sending side, unless your systems send many messages to this one address (notifications, a list): spread those over time.",
          "送信側で変える設定はありません。ただし、自組織のシステムがこの 1 つのアドレスへ多数のメッセージ (通知、リスト配信など) を送っている場合は、時間を分散させてください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "rackspace-too-many-connections",
      code: "",
      texts: ["Too many concurrent connections from this client"],
      markers: ["(g2)"],
      reasons: ["toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Rackspace refused a connection because your server already had too many open to it at once.",
        "あなたのサーバーから Rackspace への同時接続数が多すぎたため、Rackspace は接続を拒否しました。",
      ),
      cause: t(
        "Rackspace caps the parallel connections one sending IP may open. A server that opens many at once (a bulk run, a queue being flushed) is refused until some close.",
        "Rackspace は 1 つの送信 IP が同時に開ける接続の数を制限しています。一斉送信やキューの一括送出などで一度に多くの接続を開くサーバーは、いくつかが閉じるまで拒否されます。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "rackspace-block-list",
      code: "",
      texts: ["ACL dns_rbl"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Rackspace's spam filter refused the message because the sending server's IP[[ ({ip})]] is on a DNS block list it checks.",
        "送信サーバーの IP [[({ip}) ]]が Rackspace の迷惑メール フィルターが参照する DNS ブロック リストに載っているため、メッセージは拒否されました。",
      ),
      cause: t(
        "Rackspace looks the connecting IP up on public block lists and refuses mail from a listed one. Large senders' shared IPs (Microsoft 365's among them) are sometimes listed for a while; the reply does not say which list.",
        "Rackspace は接続してきた IP を公開ブロック リストで照会し、掲載されている IP からのメールを拒否します。大手の共用 IP (Microsoft 365 のものを含む) が一時的に掲載されることもあります。どのリストかは応答に書かれていません。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "If the message is urgent, reach the recipient another way; their admin can ask Rackspace to allow your domain.",
          "急ぎの場合は、別の手段で受信者に連絡してください。受信側の管理者は、あなたのドメインを許可するよう Rackspace に依頼できます。",
        ),
      ],
      adminFix: [
        t(
          "Look the sending IP up on the public block lists (Spamhaus, Spamcop, Validity's Senderscore RTBL and others); fix what got it listed and request removal. If the IP is your mail provider's (Microsoft 365, Google), tell its support.",
          "送信 IP を公開ブロック リスト (Spamhaus、Spamcop、Validity の Senderscore RTBL など) で照会し、掲載の原因を解消してから削除を申請してください。IP がメール サービス (Microsoft 365、Google など) のものであれば、そのサポートに伝えてください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin", "contact-recipient"],
    },
  ],
};
