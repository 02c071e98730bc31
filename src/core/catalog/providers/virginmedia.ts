// Source: Virgin Media's community forum, where its staff post for senders: "Email Spam Content
// Found error 550 - 554" (community.virginmedia.com/t5/Email/...-550-554/td-p/3229831: "550 - 554
// 5.2.0 Spam content found", answered with Virgin Media's own checklist for senders: one consistent
// sending IP with reverse DNS, SPF, DKIM, RFC-compliant messages, honest links) and "Advice for
// sending emails to Virgin Media domains" (td-p/3957034: a sending domain without SPF or DMARC is
// greylisted); its inbound servers' MXIN codes as senders met them: "421 4.1.0 MXIN400 Cannot
// validate your Mailfrom Domain" (a forum thread of that title, cited in
// github.com/swapmyvote/swapmyvote/issues/552) and "421 4.2.0 MXIN619 Your Header From domain is
// invalid" (suped.com, 2025: a From domain without MX or A records). Its mailbox domains are
// virginmedia.com, ntlworld.com, blueyonder.co.uk and virgin.net. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://community.virginmedia.com/t5/Email/Advice-for-sending-emails-to-Virgin-Media-domains/td-p/3957034";

/** Both MXIN deferrals: the domain is fixed in DNS, then the server's retries get through. */
const ifItComesBack = t(
  "If the message comes back in the end, forward this report to your mail admin.",
  "最終的に戻ってきた場合は、このレポートをメール管理者に転送してください。",
);

export const virginMedia: ProviderCatalog = {
  provider: {
    id: "virginmedia",
    name: "Virgin Media Mail",
    page: PAGE,
    // Servers named under its own domains are its own; the reply's codes and the recipient's domain name it too.
    hosts: [".virginmedia.com", ".ntlworld.com", ".blueyonder.co.uk", ".virgin.net"],
    markers: ["mxin400", "mxin619"],
    domains: ["virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "virgin.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "virginmedia-spam-content",
      code: "",
      texts: ["Spam content found"],
      reasons: ["spamdetected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: "https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831",
      summary: t(
        "Virgin Media's spam filter refused the message as spam; it judges the sending setup as much as the text.",
        "Virgin Media の迷惑メール フィルターはメッセージを迷惑メールとして拒否しました。本文だけでなく、送信側の設定も判定に使われます。",
      ),
      cause: t(
        "Virgin Media trusts mail it can identify: sent from one consistent IP with a reverse DNS name, with SPF and DKIM for the sending domain, well-formed, with links that show where they lead. Bulk mail without these is refused as spam even when its text is harmless.",
        "Virgin Media は送信元を確認できるメールを信頼します。一定の IP から逆引き DNS 名付きで送られ、送信ドメインに SPF と DKIM があり、形式が正しく、リンクの行き先が明示されたメールです。これらを欠く一斉送信は、本文に問題がなくても迷惑メールとして拒否されます。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "If you write to one person at Virgin Media, a plain message without links may get through meanwhile; the recipient can also add your address to their contacts.",
          "Virgin Media の特定の相手に送る場合は、当面はリンクのない簡潔な文面なら届くことがあります。受信者があなたのアドレスを連絡先に追加することもできます。",
        ),
      ],
      adminFix: [YOUR_ADMIN.checkPtr, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "virginmedia-mailfrom-domain",
      title: "Envelope sender's domain could not be validated (MXIN400)",
      code: "",
      texts: ["Cannot validate your Mailfrom Domain"],
      markers: ["mxin400"],
      reasons: ["rejected", "hostunknown"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Virgin Media could not validate the domain of your message's return address (the envelope sender) in DNS, so it deferred the message.",
        "Virgin Media はメッセージの返送先アドレス (エンベロープ送信者) のドメインを DNS で確認できなかったため、受け付けを保留しました。",
      ),
      cause: t(
        "A return-address domain with no DNS records (MX or A), or one that does not resolve at all, cannot receive replies or bounces; Virgin Media defers mail from it until it does.",
        "DNS レコード (MX や A) のない返送先ドメインや、名前解決できないドメインは、返信や配信エラーを受け取れません。Virgin Media は受け取れるようになるまで、そのメールを保留します。",
      ),
      fix: [YOU.waitForRetry, ifItComesBack],
      adminFix: [
        t(
          "Give the envelope sender's domain ({domain}, or the application's return-path domain) an MX or A record, or set the sending application's return path to a domain that has one.",
          "エンベロープ送信者のドメイン ({domain}、またはアプリケーションの Return-Path のドメイン) に MX または A レコードを設定するか、送信アプリケーションの Return-Path をそれらのあるドメインにしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "virginmedia-header-from-domain",
      title: "From domain invalid (MXIN619)",
      code: "",
      texts: ["Your Header From domain is invalid"],
      markers: ["mxin619"],
      reasons: ["rejected", "notcompliantrfc"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Virgin Media found the domain in your message's From address invalid, so it deferred the message.",
        "Virgin Media はメッセージの From アドレスのドメインを無効と判断し、受け付けを保留しました。",
      ),
      cause: t(
        "The From domain has neither MX nor A records in DNS, which legacy systems and look-alike domains used only for sending often lack.",
        "From のドメインに DNS の MX レコードも A レコードもありません。古いシステムや送信専用の類似ドメインでよく欠けています。",
      ),
      fix: [YOU.waitForRetry, ifItComesBack],
      adminFix: [
        t(
          "Publish an MX (or at least an A) record for the From domain {domain}, with SPF and DMARC records beside it.",
          "From のドメイン {domain} に MX (少なくとも A) レコードを公開し、あわせて SPF と DMARC のレコードも設定してください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ],
};
