// E-Post Mail Server / E-Post SMTP Server, a Japanese mail server product many small companies run
// on Windows, in the words of its own FAQ: its SMTP receiver's reply table (e-postinc.jp/faq/
// FAQ10-01.html), its filter and per-machine refusals (faq-bsd/faq04-25.html), its relay
// refusal (faq/faq01-79.html) and its full-mailbox deferral (faq-bsd/faq10-95.html). It has no host name of its own: the server answers under its
// customer's name, so it is found by these words, which no other server writes. The E-Post server
// is most often the sender's own when it refuses to relay, and the recipient's when its filter or
// per-machine rules refuse. The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.e-postinc.jp/faq/FAQ10-01.html";
const RELAY = "i don't allow unauthorized relaying";
const RECIPIENT = "please mail to a valid e-mail address";
const FILTER = "caught by the filter setting";
const MACHINE = "please, mail from a valid ip or domain address";
const SESSIONS = "exceeds an accepting limit";
const EXPIRED = "exceeded an expiration date";
const BOX_FULL = "e-mail address box is full";

/** The E-Post server that refused is your organization's own outgoing server. */
const ownRelayStep = t(
  "Check that you send from your organization's own address and that your mail app signs in to the outgoing server (SMTP authentication); if it does, forward this report to your mail admin.",
  "自組織のアドレスから送信しているか、メール アプリが送信サーバーにサインイン (SMTP 認証) する設定になっているかを確認してください。設定が正しい場合は、このレポートをメール管理者に転送してください。",
);

export const epost: ProviderCatalog = {
  provider: {
    id: "epost",
    name: "E-Post Mail Server",
    page: PAGE,
    hosts: [],
    markers: [RELAY, RECIPIENT, FILTER, MACHINE, SESSIONS, EXPIRED, BOX_FULL],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "epost-unauthorized-relay",
      title: "Relaying refused by an E-Post server",
      code: "",
      texts: ["I don't allow unauthorized relaying"],
      markers: [RELAY],
      reasons: ["norelaying"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "An E-Post mail server, most often your organization's own outgoing server, refused to pass the message on to {recipientDomain}: it took it for mail from outside its domains to outside addresses (relaying).",
        "E-Post のメール サーバー (多くは自組織の送信サーバー) が、{recipientDomain} 宛てのメッセージの中継を拒否しました。自分のドメイン以外から外部のアドレスへ送るメール (中継) と判断したためです。",
      ),
      cause: t(
        "E-Post relays to outside addresses only for senders in the domains set up on it. A sender address in another domain (another provider's address in the mail app, a subdomain the server does not have), or a mail app that did not sign in from outside the office, is refused as a relay.",
        "E-Post は、サーバーに設定されたドメインの送信者からのメールだけを外部のアドレスへ中継します。別のドメインの送信者アドレス (メール アプリに設定した別のプロバイダーのアドレスや、サーバーにないサブドメイン) や、社外からサインインせずに送ったメール アプリは、中継として拒否されます。",
      ),
      fix: [ownRelayStep],
      adminFix: [
        t(
          "In E-Post, check that the sender's domain (and any subdomain it sends from) is one of the server's own domains, and that remote users send with SMTP authentication.",
          "E-Post で、送信者のドメイン (および送信に使うサブドメイン) がサーバー自身のドメインとして設定されているか、社外の利用者が SMTP 認証で送信しているかを確認してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "epost-recipient-refused",
      title: "Recipient refused by an E-Post server (relay or destination rule)",
      code: "",
      texts: ["Please mail to a valid e-mail address"],
      markers: [RECIPIENT],
      reasons: ["norelaying", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "An E-Post mail server refused to take this recipient: it does not relay to outside addresses for this sender, or its admin does not allow sending to this address. The address itself may well exist.",
        "E-Post のメール サーバーがこの宛先を受け付けませんでした。この送信者からの外部アドレスへの中継を許可していないか、管理者がこの宛先への送信を禁止しています。アドレス自体は存在している可能性があります。",
      ),
      cause: t(
        "E-Post gives this answer, under 5.1.1, both when a message from outside its network is addressed outside its domains (a relay it forbids) and when the address matches its admin's list of destinations no one may send to. It is a rule of that server, most often your organization's own, not an unknown mailbox.",
        "E-Post は、ネットワークの外から自分のドメイン以外の宛先に送られたメール (禁止された中継) と、管理者が設定した送信禁止の宛先に一致したメールの両方に、5.1.1 でこの応答を返します。そのサーバー (多くは自組織のもの) のルールによるもので、存在しないメールボックスを示すものではありません。",
      ),
      fix: [ownRelayStep],
      adminFix: [
        t(
          "In E-Post, check the relay settings for this sender (its address, network, or SMTP authentication) and the sending restriction list (sender.dat) for a rule that matches this recipient.",
          "E-Post で、この送信者に対する中継の設定 (アドレス、ネットワーク、SMTP 認証) と、この宛先に一致する送信禁止のルールが sender.dat にないかを確認してください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
    {
      id: "epost-filter-refused",
      title: "Refused by an E-Post server's mail filter",
      code: "",
      texts: ["Requested mail action aborted: caught by the filter setting"],
      markers: [FILTER],
      reasons: ["rejected", "policyviolation", "filtered"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's E-Post mail server refused the message because it matched one of the refusal rules its admin set in its mail filter.",
        "受信側の E-Post メール サーバーが、管理者がメール フィルターに設定した拒否ルールに一致したため、メッセージを拒否しました。",
      ),
      cause: t(
        "E-Post's mail filter refuses messages by rules its admin writes (on the sender, the subject, words in the message or an attachment). The rule is the recipient's side's own choice; which part of your message matched is not said.",
        "E-Post のメール フィルターは、管理者が作成したルール (送信者、件名、本文の語句、添付ファイルなど) でメッセージを拒否します。ルールは受信側自身の判断で、メッセージのどこが一致したかは示されません。",
      ),
      fix: [
        t(
          "Reach the recipient another way (phone, another address) and ask them to have their mail admin check which filter rule refused your message, and allow it if the mail is wanted.",
          "電話や別のアドレスなど他の手段で受信者に連絡し、どのフィルター ルールでメッセージが拒否されたかを受信側のメール管理者に確認して、必要なメールであれば許可してもらうよう依頼してください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "epost-host-refused",
      title: "Sending server refused by an E-Post server's relay rules",
      code: "",
      texts: ["Please, mail from a valid IP or Domain address"],
      markers: [MACHINE],
      reasons: ["blocked", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The recipient's E-Post mail server refuses every message from your sending server[[ ({ip})]]: its admin listed that IP address or domain among the machines it does not accept.",
        "受信側の E-Post メール サーバーは、あなたの送信サーバー[[ ({ip}) ]]からのメッセージをすべて拒否しています。管理者がその IP アドレスまたはドメインを、受け付けないマシンとして登録しています。",
      ),
      cause: t(
        "E-Post's relay restriction per machine (effect.dat) lets its admin refuse connections from chosen IP addresses or domains. This is the receiving server's own setting, not a public block list, so only its admin can lift it.",
        "E-Post のマシンごとの中継の制限 (effect.dat) では、管理者が特定の IP アドレスやドメインからの接続を拒否できます。これは受信側のサーバー自身の設定で、公開ブロック リストではないため、解除できるのはその管理者だけです。",
      ),
      fix: [
        t(
          "Reach the recipient another way (phone, another address) and ask them to have their mail admin allow your sending server in E-Post's relay restrictions.",
          "電話や別のアドレスなど他の手段で受信者に連絡し、受信側のメール管理者に E-Post の中継の制限であなたの送信サーバーを許可してもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: remove the sending IP address or domain from E-Post's per-machine restriction (effect.dat) if it was refused by mistake.",
          "受信側の管理者: 誤って拒否している場合は、E-Post のマシンごとの制限 (effect.dat) から送信元の IP アドレスまたはドメインを削除してください。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "epost-session-limit",
      title: "Too many connections to an E-Post server",
      code: "",
      texts: ["exceeds an accepting limit"],
      markers: [SESSIONS],
      reasons: ["toomanyconn"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "The recipient's E-Post mail server already had as many connections open as it accepts, so it turned your server away for now.",
        "受信側の E-Post メール サーバーは、受け付ける上限の数の接続がすでに開いていたため、あなたのサーバーからの接続を一時的に断りました。",
      ),
      cause: t(
        "E-Post caps how many sessions it serves at once; a connection beyond the cap is refused until others end. Nothing is wrong with your message.",
        "E-Post は同時に処理するセッションの数に上限を設けており、上限を超えた接続はほかの接続が終わるまで断られます。メッセージ自体に問題はありません。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [
        t(
          "If it lasts for hours, the recipient's admin can raise E-Post's session limit; on your side, send fewer messages to that domain at once.",
          "何時間も続く場合は、受信側の管理者が E-Post のセッション数の上限を引き上げられます。自組織では、そのドメインへ一度に送る量を減らしてください。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "receiving-side",
    },
    {
      // "450 4.2.2 Sorry. e-mail address box is full." at RCPT TO, when the mailbox reaches the size
      // limit its admin set for all accounts or for this one
      id: "epost-mailbox-full",
      title: "Recipient's mailbox full (E-Post)",
      code: "",
      texts: ["Sorry. e-mail address box is full"],
      markers: [BOX_FULL],
      reasons: ["mailboxfull"],
      temporary: true,
      owner: "recipient",
      summary: t(
        "The recipient's mail server (E-Post) turned the message away for now because the recipient's mailbox has reached its size limit.",
        "受信者のメールボックスが容量の上限に達しているため、受信側のメール サーバー (E-Post) がメッセージの受け取りを一時的に断りました。",
      ),
      cause: t(
        "E-Post turns away new mail for an account once its mailbox holds as much as its admin allows, and takes mail again as soon as the recipient deletes some or the admin raises the limit.",
        "E-Post は、メールボックスの保存量が管理者の設定した上限に達したアカウント宛ての新しいメールを断ります。受信者がメールを削除するか、管理者が上限を引き上げると、すぐにまた受け取るようになります。",
      ),
      fix: [YOU.waitForRetry, MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["wait-for-retry", "contact-recipient"],
    },
    {
      id: "epost-trial-expired",
      title: "E-Post server's trial period is over",
      code: "",
      texts: ["Exceeded an expiration date"],
      markers: [EXPIRED],
      reasons: ["systemerror"],
      temporary: true,
      owner: "recipient-admin",
      summary: t(
        "The recipient's mail server (E-Post) takes no mail because its trial period has ended; it will refuse every message until its admin licenses it.",
        "受信側のメール サーバー (E-Post) は試用期間が終了しているため、メールを受け付けていません。管理者がライセンスを登録するまで、すべてのメッセージを拒否します。",
      ),
      cause: t(
        "E-Post answers every connection this way once the trial period of an unlicensed installation has passed. Retrying does not help until the recipient's side renews it.",
        "ライセンスのないインストールの試用期間が過ぎると、E-Post はすべての接続にこのように応答します。受信側が更新するまでは、再試行しても届きません。",
      ),
      fix: [
        t(
          "Tell the recipient another way (phone, another address) that their mail server refuses all mail because its trial period has ended.",
          "電話や別のアドレスなど他の手段で、受信側のメール サーバーが試用期間の終了によりすべてのメールを拒否していることを受信者に伝えてください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: register the E-Post licence (or move the domain's mail to a server in service).",
          "受信側の管理者: E-Post のライセンスを登録してください (または、ドメインのメールを稼働中のサーバーに移してください)。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
  ],
};
