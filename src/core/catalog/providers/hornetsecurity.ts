// Sources: Hornetsecurity's support pages "What is the difference between blocked, rejected and
// quarantined mails" (support.hornetsecurity.com/hc/en-us/articles/22692634844561: a refusal at its
// gateway is shown to the recipient's admin in Email Live Tracking under "Rejected" with its
// reason, such as an RBL listing of the sending IP on Hornetsecurity's own list or another it
// uses, or "554 5.7.1 <address>" for an address created moments before and not yet known to the
// filter) and "Enhancing RFC-compliance for message header from addresses"
// (support.hornetsecurity.com/hc/en-us/articles/22036971529617: "510 5.1.7 malformed Header-From
// according to RFC 5322"); a reply a user quoted from an antispameurope.com gateway
// (pastebin.com/YvH8wVdW: "554 5.5.4 Your IP ... address has a bad reputation. To unblock visit
// http://cloud-security.net/unblock?..."). Its gateways are *.hornetsecurity.com,
// *.antispameurope.com (its former name) and cloud-security.net. Texts are Hornetsecurity's
// (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://support.hornetsecurity.com/hc/en-us/articles/22692634844561-What-is-the-difference-between-blocked-rejected-and-quarantined-mails";
const FROM_PAGE =
  "https://support.hornetsecurity.com/hc/en-us/articles/22036971529617-Enhancing-RFC-compliance-for-message-header-from-addresses";

export const hornetsecurity: ProviderCatalog = {
  provider: {
    id: "hornetsecurity",
    name: "Hornetsecurity (Spam and Malware Protection, 365 Total Protection)",
    page: PAGE,
    hosts: [".hornetsecurity.com", ".antispameurope.com", ".cloud-security.net"],
    markers: [
      "hornetsecurity",
      "antispameurope",
      "cloud-security.net/unblock",
      // Its Header-From refusal names no product, but the wording is its own.
      "malformed header-from according to rfc 5322",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      // Published as 510 5.1.7; its words are unmistakable, so any code (a relay's 5.0.0) will do.
      id: "hornetsecurity-malformed-from",
      code: "",
      texts: ["malformed Header-From according to RFC 5322"],
      reasons: ["notcompliantrfc", "syntaxerror", "rejected"],
      page: FROM_PAGE,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused your message because its From header is not a valid address as RFC 5322 defines it.",
        "受信側の Hornetsecurity のフィルターは、メッセージの From ヘッダーが RFC 5322 に沿った有効なアドレスではないため、メッセージを拒否しました。",
      ),
      cause: t(
        "Hornetsecurity checks the From header of every message and refuses one it cannot read as a proper address. A malformed From usually comes from a sending server set up wrongly, or from a script or application (a web form, a printer, a newsletter tool) that builds the header badly: a missing @ or domain, a display name with commas or quotes not enclosed properly, two addresses where one belongs.",
        "Hornetsecurity はすべてのメッセージの From ヘッダーを確認し、正しいアドレスとして読めないものを拒否します。不正な From は、送信サーバーの設定の誤りや、ヘッダーを正しく組み立てないスクリプトやアプリケーション (Web フォーム、複合機、ニュースレター ツールなど) が原因であることがほとんどです。@ やドメインの欠落、カンマや引用符を含む表示名が正しく囲まれていない、1 つであるべきアドレスが 2 つある、といった例があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkMessageFormat,
        t(
          'Look at the From header of a returned copy: write it as one address, with a display name in double quotes when it holds commas or other special characters ("Name, Team" <name@{domain}>), and fix the script or application that built it.',
          '返送されたコピーの From ヘッダーを確認してください。アドレスは 1 つにし、表示名にカンマなどの特殊文字を含む場合は二重引用符で囲み ("Name, Team" <name@{domain}>)、ヘッダーを組み立てたスクリプトやアプリケーションを直してください。',
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "hornetsecurity-bad-reputation",
      title: "Sending IP has a bad reputation",
      code: "",
      texts: [
        "Your IP <ip> address has a bad reputation",
        "address has a bad reputation",
        "cloud-security.net/unblock",
      ],
      reasons: ["badreputation", "blocked", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity gateway refused mail from your sending server because its IP address[[ {ip}]] has a bad reputation there.",
        "受信側の Hornetsecurity のゲートウェイは、送信サーバーの IP アドレス[[ {ip} ]]の評価が低いため、メールを受け付けませんでした。",
      ),
      cause: t(
        "Hornetsecurity blocks an IP address that is on its own block list or on another block list (RBL) it checks, usually after spam was sent from it: a compromised account or machine, a web form abused for sending, or other senders sharing the same IP. This concerns the sending server, not the recipient's settings.",
        "Hornetsecurity は、自社のブロック リストや参照している他のブロック リスト (RBL) に載った IP アドレスをブロックします。多くの場合、その IP から迷惑メールが送られたことが原因です (乗っ取られたアカウントや端末、悪用された Web フォーム、同じ IP を共有する他の送信者など)。受信側の設定ではなく、送信サーバーの問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "Once the cause is fixed, use the unblock link the reply gives (cloud-security.net/unblock) or Hornetsecurity's delisting request to have {ip} removed; also look the IP up on the public block lists.",
          "原因を解消したら、応答にある解除用リンク (cloud-security.net/unblock) または Hornetsecurity の掲載解除の申請を使って {ip} の削除を依頼してください。公開ブロック リストでもその IP を確認してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      // Published as "554 5.7.1 <address>" with nothing more: the gateway does not know the address.
      id: "hornetsecurity-blocked",
      title: "Blocked by the recipient's Hornetsecurity gateway",
      code: "5.7.1",
      texts: ["554 5.7.1 <address>"],
      reasons: ["blocked", "rejected", "userunknown", "policyviolation"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity gateway refused the message for this address; the reply gives no reason, and only the recipient's admin can see it.",
        "受信側の Hornetsecurity のゲートウェイが、この宛先へのメッセージを拒否しました。応答には理由が書かれておらず、理由を確認できるのは受信側の管理者だけです。",
      ),
      cause: t(
        "Hornetsecurity gives this bare reply when the address has just been created at the recipient's organization and its filter does not know it yet (new addresses take some time to be deployed); other refusals are listed with their reason in the recipient's Email Live Tracking, category \"Rejected\".",
        "Hornetsecurity は、受信側の組織でアドレスが作成された直後で、フィルターがまだそのアドレスを把握していないときに、この理由のない応答を返します (新しいアドレスの反映には時間がかかります)。その他の拒否は、受信側の Email Live Tracking に理由とともに「Rejected」カテゴリで表示されます。",
      ),
      fix: [
        YOU.retryLater,
        t(
          "If it keeps failing, reach the recipient another way and ask their IT team to look up this message in Hornetsecurity's Email Live Tracking.",
          "失敗が続く場合は、別の手段で受信者に連絡し、受信側の管理者に Hornetsecurity の Email Live Tracking でこのメッセージを調べてもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: check that the address exists in the Hornetsecurity Control Panel (a new address needs time to be deployed) and read the reason shown for this message in Email Live Tracking.",
          "受信側の管理者向け: 宛先のアドレスが Hornetsecurity の Control Panel に登録されているか (新しいアドレスの反映には時間がかかります) を確認し、Email Live Tracking でこのメッセージに表示される理由を確認してください。",
        ),
      ],
      actions: ["contact-recipient-admin", "retry-later"],
    },
  ],
};
