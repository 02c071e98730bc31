// Sources: Orange's postmaster page (https://postmaster.orange.fr/), which gives its rules for
// senders (a static sending IP with a valid PTR, a HELO name that is a real host name, SPF, DKIM
// and DMARC, TLS, no listing on Abusix, Spamhaus or Cloudmark, whose lookup pages it links, at
// most 2 simultaneous connections and 100 messages per connection) and its table of error codes;
// Orange's replies as senders and vendors quoted them: "421 OFR004_104 Trop de connexions,
// veuillez verifier votre configuration / Too many connections, slow down" (Bento's page on
// Orange's codes, https://bentonow.com/smtp-errors/orange), "550 5.2.0 Mail rejete. Mail
// rejected. ofr_506 [506]" from smtp-in.orange.fr (Gadz.org's page on French providers'
// refusals, https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015),
// "Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.
// OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=... [102]"
// (https://github.com/ActiveCampaign/smtp-field-manual/pull/60), "Service refuse. Veuillez
// essayer plus tard. Service refused, please try later. OFR_999 [999]"
// (https://www.suped.com/knowledge/email-deliverability/technical/what-causes-email-delays-and-ofr_999-errors-when-sending-to-orangefr)
// and "Emetteur invalide. Invalid Sender." (https://pastebin.com/2m8NY2fW); Postmastery's Orange
// page (https://www.postmastery.com/fr/orange-protege-son-infrastructure-email-et-sequipe-de-la-solution-antispam-cloudmark/):
// orange.fr and wanadoo.fr share the same MX servers, so their connections count together.
// The three digits after the label's underscore ("OFR004_104") name the cause, as the reason
// engine's franceptt rules read them; the label's own digits vary by server. La Poste's servers
// write the same kind of codes with "LPN" (./laposte.ts). Texts and codes are Orange's (matched in
// the reply); the explanations are our own words. OFR_416 (no such mailbox), OFR_417 (a full
// mailbox) and OFR_514 (too large) had no source but another bounce parser's issue thread, and
// are left out.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Orange's form for senders, which its page names for a block it keeps itself. */
const contactOrange = t(
  "Once the cause is fixed, ask Orange to review the block through the contact form on its postmaster page (postmaster.orange.fr), choosing the option for a problem sending mail to Orange or Wanadoo addresses, with the sending IP and this reply.",
  "原因を解消したら、Orange のポストマスター ページ (postmaster.orange.fr) の問い合わせフォームで、Orange または Wanadoo のアドレスへの送信の問題を選び、送信 IP とこの応答を添えてブロックの見直しを依頼してください。",
);

export const orange: ProviderCatalog = {
  provider: {
    id: "orange",
    name: "Orange (orange.fr, wanadoo.fr)",
    page: "https://postmaster.orange.fr/",
    hosts: [".orange.fr", ".wanadoo.fr", ".francetelecom.fr"],
    // Its reference codes ("OFR_416", "OFR004_104") and its servers' names ("mwinf5c27").
    markers: ["ofr_", "ofr0", "ofr1", "mwinf"],
    domains: ["orange.fr", "wanadoo.fr"],
    kind: "receiver",
  },
  entries: [
    {
      id: "orange-too-many-connections",
      code: "",
      texts: [
        "Trop de connexions, veuillez verifier votre configuration",
        "Too many connections, slow down",
      ],
      markers: ["_104"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Orange turned the connection away because your server[[ ({ip})]] had too many connections open to Orange at the same time.",
        "送信サーバー[[ ({ip}) ]]が Orange に同時に開いていた接続が多すぎたため、Orange は接続を受け付けませんでした。",
      ),
      cause: t(
        "Orange limits the connections one sending IP may keep open at once (its postmaster page asks for at most 2, with up to 100 messages each). orange.fr and wanadoo.fr are served by the same servers, so connections for both count together.",
        "Orange は、1 つの送信 IP が同時に開ける接続の数を制限しています (ポストマスター ページでは最大 2 つ、1 接続あたり最大 100 通とされています)。orange.fr と wanadoo.fr は同じサーバーで受信しているため、両方への接続が合わせて数えられます。",
      ),
      // (on a delay warning, diagnose() says the server keeps trying and drops the resend)
      fix: [YOU.retryAfterLimit, YOU.forwardToAdmin],
      adminFix: [
        t(
          "Limit the sending server to 2 simultaneous connections per IP for orange.fr and wanadoo.fr together (one setting for both domains, or one per MX host), and to 100 messages per connection.",
          "送信サーバーの設定で、orange.fr と wanadoo.fr を合わせて IP ごとの同時接続を 2 つまで (両ドメイン共通の設定、または MX ホストごとの設定)、1 接続あたり 100 通までにしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "orange-cloudmark-block",
      code: "",
      texts: [
        "Adresse IP source bloquee pour incident de spam",
        "Client host blocked for spamming issues",
      ],
      markers: ["_102"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Orange refused your server[[ ({ip})]] because Cloudmark, the anti-spam service Orange uses, lists this IP for sending spam.",
        "Orange が利用する迷惑メール対策サービス Cloudmark が、送信サーバーの IP [[({ip}) ]]を迷惑メールの送信元として掲載しているため、Orange は接続を拒否しました。",
      ),
      cause: t(
        "Orange checks each sending IP against Cloudmark's reputation list (Cloudmark Sender Intelligence). The block is on the IP, not on this message: something sending through it was reported for spam. The reply links to Cloudmark's reset request page for that IP.",
        "Orange は、送信 IP を Cloudmark の評価リスト (Cloudmark Sender Intelligence) と照合しています。ブロックの対象はこのメッセージではなく IP です。この IP を通じて送られたメールが迷惑メールとして報告されました。応答には、その IP の Cloudmark のリセット申請ページへのリンクがあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find what sent spam through {ip} (a compromised account, an infected computer, a web form) and stop it.",
          "{ip} を通じて迷惑メールを送ったもの (乗っ取られたアカウント、感染したコンピューター、Web フォーム) を見つけて止めてください。",
        ),
        t(
          "Then ask Cloudmark to reset the IP's reputation on the page the reply links to (csi.cloudmark.com/reset-request).",
          "その後、応答にリンクされたページ (csi.cloudmark.com/reset-request) で、Cloudmark に IP の評価のリセットを申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "orange-ip-blocked",
      code: "",
      texts: ["Your sending IP has been blacklisted by Orange"],
      markers: ["_103"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Orange refused your server[[ ({ip})]]: Orange itself has put this sending IP on its own block list.",
        "Orange は送信サーバー[[ ({ip}) ]]からの接続を拒否しました。Orange 自身が、この送信 IP を独自のブロック リストに載せています。",
      ),
      cause: t(
        'The reply reads "Service refused, please try later", but this code is a block Orange keeps on the IP, not a passing limit: retrying does not lift it. Orange blocks IPs whose mail its users report as spam or that break its sender rules.',
        "応答には「後でもう一度試してください (Service refused, please try later)」とありますが、このコードは一時的な制限ではなく、Orange が IP に対して設定したブロックです。再試行しても解除されません。Orange は、利用者から迷惑メールと報告されたメールや、送信者向けのルールに反するメールを送る IP をブロックします。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Check the sending setup against Orange's rules: a static IP with a PTR name, a HELO name that resolves, SPF, DKIM and DMARC that pass, TLS.",
          "送信環境が Orange のルールに沿っているか確認してください。PTR 名のある固定 IP、DNS で解決できる HELO 名、合格する SPF・DKIM・DMARC、TLS です。",
        ),
        contactOrange,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "orange-rate-limited",
      code: "",
      texts: ["Service refuse. Veuillez essayer plus tard", "Service refused, please try later"],
      markers: ["_999"],
      reasons: ["blocked", "speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Orange is holding back mail from your server[[ ({ip})]] for a while: it has slowed down what it accepts from this IP.",
        "Orange は送信サーバー[[ ({ip}) ]]からのメールの受け付けを一時的に抑えています。この IP から受け取る量を制限しています。",
      ),
      cause: t(
        "Orange limits the rate of senders whose recent traffic looked wrong to it: too many messages or connections at once (its limits are 2 simultaneous connections per IP and 100 messages per connection), or mail its users mark as spam.",
        "Orange は、最近の送信のしかたに問題があると見なした送信者の受け付けペースを制限します。一度に多すぎるメッセージや接続 (上限は IP ごとに同時接続 2 つ、1 接続あたり 100 通)、利用者が迷惑メールと報告するメールなどです。",
      ),
      // (on a delay warning, diagnose() says the server keeps trying and drops the resend)
      fix: [YOU.retryAfterLimit, YOU.forwardToAdmin],
      adminFix: [
        t(
          "Keep to Orange's limits (2 simultaneous connections per IP, 100 messages per connection) and spread bulk mail to orange.fr and wanadoo.fr over time.",
          "Orange の上限 (IP ごとに同時接続 2 つ、1 接続あたり 100 通) を守り、orange.fr と wanadoo.fr への一斉送信は時間を分散させてください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "orange-suspected-spam",
      code: "",
      texts: ["Mail rejete. Mail rejected"],
      markers: ["_506"],
      reasons: ["spamdetected", "rejected", "blocked"],
      temporary: false,
      owner: "you",
      summary: t(
        "Orange's filters refused this message as suspected spam.",
        "Orange のフィルターが、このメッセージを迷惑メールの疑いがあるとして拒否しました。",
      ),
      cause: t(
        "Orange judged the message itself, not only the server that sent it: something in its content, its links or its attachments resembles spam. Orange does not say which part.",
        "Orange は送信サーバーだけでなく、メッセージそのものを判定しました。内容、リンク、添付ファイルのどこかが迷惑メールに似ています。どの部分かは示されません。",
      ),
      fix: [
        t(
          "Send a short message in your own words without the links and attachments of the refused one; if it arrives, add them back one at a time to find the part that is caught.",
          "拒否されたメッセージのリンクや添付ファイルを外し、自分の言葉で短く書いて送り直してください。届いた場合は、それらを 1 つずつ戻して、引っかかる部分を見つけてください。",
        ),
      ],
      adminFix: [
        t(
          "If wanted mail keeps being refused this way, ask Orange to review it through the contact form on postmaster.orange.fr (a problem sending mail to Orange or Wanadoo addresses), with this reply.",
          "必要なメールがこのように拒否され続ける場合は、postmaster.orange.fr の問い合わせフォーム (Orange または Wanadoo のアドレスへの送信の問題) から、この応答を添えて Orange に見直しを依頼してください。",
        ),
        YOUR_ADMIN.checkDkim,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "orange-invalid-sender",
      code: "",
      texts: ["Emetteur invalide. Invalid Sender"],
      markers: ["_405"],
      reasons: ["rejected", "hostunknown"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Orange refused the sender address[[ ({domain})]] of this message.",
        "Orange は、このメッセージの送信者のアドレス[[ ({domain}) ]]を拒否しました。",
      ),
      cause: t(
        "Orange checks the sender's domain in DNS when the message arrives: it must have valid A or MX records. The domain had none, or its name servers did not answer at that moment; a DNS change made recently may also not have reached Orange yet.",
        "Orange はメッセージの到着時に送信者のドメインを DNS で確認します。有効な A または MX レコードが必要です。このドメインにはそれがないか、その時点でネーム サーバーが応答しませんでした。最近行った DNS の変更が、まだ Orange に反映されていないこともあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that {domain} has A or MX records that resolve from the internet and that all of its name servers answer; after a change, wait for the old records' TTL to expire before sending again.",
          "{domain} にインターネットから参照できる A または MX レコードがあり、すべてのネーム サーバーが応答するか確認してください。変更した場合は、古いレコードの TTL が切れるのを待ってから送り直してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
