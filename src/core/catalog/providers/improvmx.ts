// ImprovMX, an email forwarding service a domain points its MX records at, in its own list of the
// codes its SMTP server writes (improvmx.com/guides/improvmx-error-codes, "Error Codes"): 5.9.0 a
// forwarding loop through ImprovMX, 5.9.1 a bounce of ImprovMX's own it refuses to pass on, 5.9.2
// the recipient's domain not found at the service, 5.9.3 the service's data about that domain
// unreadable, 5.9.4 its anti-spam check asking the sender to retry, 5.9.5 the forwarding
// destination unreadable. The codes come at the end of the reply as "(#id-5.9.N)" ("551 5.7.1 Loop
// detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)", "450 4.2.1 Please try
// again later. (#id-5.9.4)", as Postmark's SMTP Field Manual quotes them), under 5.7.1 or 4.2.1,
// whose registry meanings say "refused by policy" or "mailbox disabled". Found by these tags,
// whatever host wrote them. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

const CODES = "https://improvmx.com/guides/improvmx-error-codes";

/** The recipient's forwarding is theirs to repair at ImprovMX. */
const fixForwarding = t(
  "Nothing to change on the sending side. The recipient's admin checks the domain and its aliases in the ImprovMX dashboard (the domain added and verified, each alias forwarding to a working address that is not itself at ImprovMX), or asks ImprovMX's support.",
  "送信側で変える設定はありません。受信側の管理者が ImprovMX の管理画面でドメインとエイリアスを確認します (ドメインが追加・確認済みで、各エイリアスの転送先が ImprovMX 上ではない有効なアドレスになっていること)。解決しなければ ImprovMX のサポートに問い合わせます。",
);

export const improvmx: ProviderCatalog = {
  provider: {
    id: "improvmx",
    name: "ImprovMX",
    page: CODES,
    hosts: [".improvmx.com"],
    markers: ["(#id-5.9."],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "improvmx-loop",
      title: "Forwarding loop at the recipient's forwarding service",
      code: "",
      texts: ["Loop detected: Email is sent and forwarded from/to improvmx.com"],
      markers: ["(#id-5.9.0)"],
      reasons: ["rejected", "networkerror"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's domain forwards its mail through ImprovMX, and the forwarding leads back to ImprovMX, so the service stopped the message to keep it from going round in a loop.",
        "宛先ドメインは ImprovMX でメールを転送していますが、その転送先がまた ImprovMX に戻るため、メッセージが循環しないようサービスが止めました。",
      ),
      cause: t(
        "An alias of the recipient's domain forwards to an address whose own mail also goes through ImprovMX (two forwarding domains pointing at each other, or an alias to itself). Only the recipient's side can change where its aliases forward.",
        "宛先ドメインのエイリアスの転送先が、同じく ImprovMX を通るアドレスになっています (互いに転送し合う 2 つのドメイン、または自分自身への転送)。転送先を変えられるのは受信側だけです。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [fixForwarding],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "improvmx-bounce-blocked",
      title: "A bounce from the forwarding service not passed on",
      code: "",
      texts: ["Bounce Prevention"],
      markers: ["(#id-5.9.1)"],
      reasons: ["rejected"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's forwarding service (ImprovMX) refused to pass on a delivery report that came from ImprovMX itself, to keep failures from bouncing back and forth.",
        "宛先の転送サービス (ImprovMX) は、ImprovMX 自身から来た配信エラー通知を、エラーが往復し続けないよう転送しませんでした。",
      ),
      cause: t(
        "A message forwarded through ImprovMX failed further on, and the report about it was itself to be forwarded through ImprovMX again. The first failure is the one to look at.",
        "ImprovMX で転送されたメッセージが転送先で失敗し、その通知がまた ImprovMX を通って転送されようとしました。確認すべきは最初の失敗です。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [fixForwarding],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "improvmx-domain-not-found",
      title: "The recipient's domain is not set up at its forwarding service",
      code: "",
      texts: ["Domain not found (#id-5.9.2)"],
      markers: ["(#id-5.9.2)"],
      reasons: ["hostunknown", "rejected", "norelaying"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's domain sends its mail to ImprovMX, but ImprovMX has no such domain among its customers' domains, so it refused the message.",
        "宛先ドメインはメールを ImprovMX に向けていますが、ImprovMX の利用ドメインにそのドメインがないため、メッセージは拒否されました。",
      ),
      cause: t(
        "The domain's MX records name ImprovMX's servers while the domain was never added there, was removed, or is spelled differently in the account. Only the recipient's side can add it or point its MX records elsewhere.",
        "ドメインの MX レコードが ImprovMX のサーバーを指しているのに、ドメインがそこに追加されていないか、削除されたか、アカウント内で違う綴りになっています。ドメインを追加するか MX レコードを向け直せるのは受信側だけです。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [fixForwarding],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "improvmx-domain-data",
      title: "The forwarding service could not read the recipient domain's set-up",
      code: "",
      texts: ["Our database returned invalid pieces of information about the requested recipient"],
      markers: ["(#id-5.9.3)"],
      reasons: ["systemerror", "rejected"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's forwarding service (ImprovMX) found its own record of the recipient's domain unusable, so it could not forward the message.",
        "宛先の転送サービス (ImprovMX) が、宛先ドメインについての自分の記録を使えない状態だったため、メッセージを転送できませんでした。",
      ),
      cause: t(
        "ImprovMX's data about the domain is incomplete or damaged. Saving the domain's settings again at ImprovMX, or its support, repairs it; nothing on the sending side causes it.",
        "ImprovMX が持つドメインの情報が不完全か壊れています。ImprovMX でドメインの設定を保存し直すか、そのサポートに依頼すると直ります。送信側が原因ではありません。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [fixForwarding],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "improvmx-retry",
      title: "The forwarding service's anti-spam check asks to retry",
      code: "",
      texts: ["Please try again later. (#id-5.9.4)"],
      markers: ["(#id-5.9.4)"],
      reasons: ["blocked", "onhold", "rejected"],
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's forwarding service (ImprovMX) turned the message away for now after its anti-spam check and asked the sending server to come back later.",
        "宛先の転送サービス (ImprovMX) が迷惑メール対策の確認のあと、いったんメッセージを断り、後で再試行するよう求めました。",
      ),
      cause: t(
        "ImprovMX asks a sending server it is unsure of to come back later, much like greylisting; such a deferral usually clears within the hour. Only one that lasts for days needs a look at the sending server's reputation.",
        "ImprovMX は確信の持てない送信サーバーに、グレーリスティングと同じように後で接続し直すよう求めます。この保留はたいてい 1 時間以内に解消します。何日も続く場合にだけ、送信サーバーの評価を確認してください。",
      ),
      lastingDeferral: "sending-side",
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If the deferral lasts for days, check the sending IP's reputation and that SPF, DKIM and DMARC pass for the sender's domain.",
          "保留が何日も続く場合は、送信 IP の評価と、送信者のドメインで SPF・DKIM・DMARC が合格しているかを確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "improvmx-forward-target",
      title: "The forwarding service could not read where to forward",
      code: "",
      texts: ["Unable to correctly read the forwarding recipient"],
      markers: ["(#id-5.9.5)"],
      reasons: ["systemerror", "rejected", "userunknown"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's forwarding service (ImprovMX) could not read which address this alias forwards to, so it could not deliver the message.",
        "宛先の転送サービス (ImprovMX) が、このエイリアスの転送先アドレスを読み取れなかったため、メッセージを配信できませんでした。",
      ),
      cause: t(
        "The alias's forwarding destination at ImprovMX is empty or not a valid address. Only the recipient's side can correct it.",
        "ImprovMX でのエイリアスの転送先が空か、有効なアドレスではありません。直せるのは受信側だけです。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [fixForwarding],
      actions: ["contact-recipient-admin"],
    },
  ],
};
