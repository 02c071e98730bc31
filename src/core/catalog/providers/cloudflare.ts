// Source: Cloudflare's Email Routing "Postmaster" page
// (https://developers.cloudflare.com/email-routing/postmaster/: its Realtime Block Lists reply
// "554 <IP> found on one or more RBLs (abusixip). Refer to ...", earlier "... DNSBLs ...";
// "DMARC enforcing": depending on the sender's DMARC policy, Email Routing rejects mail that fails
// authentication; "SMTP errors": in most cases it hands the destination's own SMTP error back in
// the same session; "+" and "." are ordinary characters in custom addresses), its changelog
// "Mail authentication requirements for Email Routing"
// (https://developers.cloudflare.com/changelog/2025-06-30-mail-authentication/: from July 3, 2025
// every email must be authenticated with at least one of SPF or DKIM to be forwarded), and replies
// quoted by its users: "421 4.3.0 Upstream error, please check ... for possible reasons why" on
// the Cloudflare Community (community.cloudflare.com/t/745734, with a moderator's reading: the
// destination did not take the message; and /t/400388: when the final recipient rejects,
// Email Routing rejects too so that the sender retries), "550 5.1.1 Address does not exist" from
// route1/route3.mx.cloudflare.net quoted in users' notes for an address with no routing rule.
// Cloudflare publishes no verbatim reply for its SPF/DKIM requirement or its DMARC rejection: those
// two entries match its published sentences, and their cases put them in our own plain layout.
// The MX hosts are *.mx.cloudflare.net (route1..3, and amir/linda/isaac in its example), as the
// reason engine's cloudflare rules name them. Texts are Cloudflare's; the explanations are our own
// words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const cloudflare: ProviderCatalog = {
  provider: {
    id: "cloudflare",
    name: "Cloudflare Email Routing",
    page: "https://developers.cloudflare.com/email-routing/postmaster/",
    hosts: [".mx.cloudflare.net"],
    // Its replies link its postmaster page or name the product.
    markers: ["developers.cloudflare.com/email-routing", "cloudflare email routing"],
    // Email Routing forwards mail for its customers' own domains; it hosts no mailbox domain.
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "cloudflare-rbl",
      code: "",
      texts: ["found on one or more RBLs", "found on one or more DNSBLs"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cloudflare Email Routing refused the message because the sending IP address[[ ({ip})]] is on a block list it checks.",
        "送信元の IP アドレス[[ ({ip}) ]]が、Cloudflare Email Routing の照合するブロック リストに載っているため、メッセージは拒否されました。",
      ),
      cause: t(
        "Email Routing looks up every sending IP in real-time block lists; the name in brackets in the reply is the list that matched (abusixip is Abusix's IP list). The listing is the list's, not Cloudflare's: such listings often expire by themselves, and only the list's maintainer removes one early.",
        "Email Routing は、送信元のすべての IP をリアルタイムのブロック リストで照合します。応答の括弧内の名前が一致したリストです (abusixip は Abusix の IP リストです)。掲載しているのは Cloudflare ではなくそのリストです。掲載は自然に解除されることが多く、早く削除できるのはリストの管理者だけです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on the list the reply names (for abusixip: lookup.abusix.com) or on a combined lookup such as MxToolbox, fix what got it listed (often an infected machine or a compromised account), then ask that list's maintainer for removal.",
          "応答にあるリスト (abusixip なら lookup.abusix.com) や MxToolbox などの一括検索で {ip} を検索し、掲載の原因 (感染した端末や乗っ取られたアカウントが多い) を解消してから、そのリストの管理者に削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "cloudflare-unauthenticated",
      code: "",
      // Cloudflare's published requirement (no verbatim reply is published).
      texts: ["authenticated using at least one of the protocols, SPF or DKIM"],
      reasons: ["authfailure", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cloudflare Email Routing refused to forward the message because it passed neither SPF nor DKIM for {domain}.",
        "メッセージが {domain} の SPF にも DKIM にも合格しなかったため、Cloudflare Email Routing は転送を拒否しました。",
      ),
      cause: t(
        "Since July 2025, Email Routing forwards only mail that passes at least one of SPF or DKIM for the sending domain. The sending server is not listed in the domain's SPF record, and the message carries no valid DKIM signature of it.",
        "2025 年 7 月から、Email Routing は送信元ドメインの SPF か DKIM の少なくとも一方に合格したメールだけを転送します。送信サーバーがドメインの SPF レコードに記載されておらず、メッセージにもそのドメインの有効な DKIM 署名がありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cloudflare-dmarc",
      code: "",
      // Cloudflare's published rule, in its own words (no verbatim reply is published).
      texts: ["reject emails when there is an authentication failure", "the sender's DMARC policy"],
      reasons: ["authfailure", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cloudflare Email Routing refused the message because it failed the DMARC check of {domain}, whose policy asks receivers to reject such mail.",
        "メッセージが {domain} の DMARC 検査に失敗し、そのポリシーが受信側に拒否を求めているため、Cloudflare Email Routing はメッセージを拒否しました。",
      ),
      cause: t(
        "Email Routing applies the sender domain's DMARC policy: a message whose SPF and DKIM results do not align with the From domain is refused when that policy says reject. DKIM matters most here, since it still holds after Email Routing forwards the message while SPF does not.",
        "Email Routing は送信者のドメインの DMARC ポリシーを適用します。SPF と DKIM の結果が From のドメインと一致しないメッセージは、ポリシーが拒否 (reject) であれば拒否されます。転送後も有効なのは DKIM で、SPF は転送で失われるため、特に DKIM が重要です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cloudflare-no-address",
      code: "",
      texts: ["Address does not exist"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's domain receives mail through Cloudflare Email Routing, and it has no routing rule for this address.",
        "宛先のドメインは Cloudflare Email Routing でメールを受け取っていますが、このアドレスの転送ルールがありません。",
      ),
      cause: t(
        'Email Routing takes mail only for the addresses its owner has set up (or for any address, with a catch-all rule). The address is mistyped, or its rule was removed. A "+" or "." counts as an ordinary character there, so name+tag@ is another address than name@.',
        "Email Routing は、所有者が設定したアドレス (キャッチオール ルールがあればすべてのアドレス) 宛てのメールだけを受け取ります。アドレスの入力ミスか、そのルールが削除されています。「+」や「.」は通常の文字として扱われるため、name+tag@ は name@ とは別のアドレスです。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [
        t(
          "If the address should receive mail, the owner of {recipientDomain} creates a routing rule for it (or a catch-all) in Cloudflare Email Routing.",
          "このアドレスでメールを受け取るべき場合は、{recipientDomain} の所有者が Cloudflare Email Routing でそのアドレスの転送ルール (またはキャッチオール) を作成する必要があります。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry", "contact-recipient"],
    },
    {
      id: "cloudflare-upstream-error",
      code: "",
      texts: ["Upstream error, please check", "Upstream error"],
      reasons: ["systemerror", "networkerror"],
      temporary: true,
      owner: "recipient",
      summary: t(
        "Cloudflare Email Routing could not pass the message on to the mailbox this address forwards to, so it asked your server to try again later.",
        "Cloudflare Email Routing は、このアドレスの転送先のメールボックスにメッセージを渡せなかったため、後で再試行するよう送信サーバーに求めました。",
      ),
      cause: t(
        "Email Routing forwards each message while your server is still connected; when the forwarding destination (often a large mailbox provider) defers it or cannot be reached, Email Routing answers with this temporary error instead of taking a message it cannot deliver. The destination is the recipient's choice, and its own answer is in Email Routing's activity log.",
        "Email Routing は、送信サーバーが接続している間にメッセージを転送します。転送先 (大手のメール サービスが多い) が受け付けを保留したり接続できなかったりすると、届けられないメッセージを受け取る代わりに、この一時的なエラーを返します。転送先を決めているのは受信者で、転送先の応答は Email Routing のアクティビティ ログに残ります。",
      ),
      fix: [
        YOU.retryLater,
        t(
          "If it keeps failing, or the message comes back, tell the recipient another way that their Cloudflare forwarding is not delivering mail.",
          "失敗が続く場合やメッセージが戻ってきた場合は、別の手段で受信者に、Cloudflare の転送でメールが届いていないと伝えてください。",
        ),
      ],
      adminFix: [
        t(
          "The recipient (the domain's owner) checks Email Routing's activity log for the destination's answer, and points the rule at another destination if that one keeps refusing.",
          "受信者 (ドメインの所有者) が Email Routing のアクティビティ ログで転送先の応答を確認し、転送先が拒否し続ける場合はルールを別の転送先に向ける必要があります。",
        ),
      ],
      actions: ["retry-later", "contact-recipient"],
      lastingDeferral: "recipient",
    },
  ],
};
