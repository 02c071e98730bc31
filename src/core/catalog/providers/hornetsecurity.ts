// Sources: Hornetsecurity's support pages "What is the difference between blocked, rejected and
// quarantined mails" (support.hornetsecurity.com/hc/en-us/articles/22692634844561: a refusal at its
// gateway is shown to the recipient's admin in Email Live Tracking under "Rejected" with its
// reason, such as an RBL listing of the sending IP on Hornetsecurity's own list or another it
// uses, or "554 5.7.1 <address>" for an address created moments before and not yet known to the
// filter) and "Enhancing RFC-compliance for message header from addresses"
// (support.hornetsecurity.com/hc/en-us/articles/22036971529617: "510 5.1.7 malformed Header-From
// according to RFC 5322"); a reply a user quoted from an antispameurope.com gateway
// (pastebin.com/YvH8wVdW: "554 5.5.4 Your IP ... address has a bad reputation. To unblock visit
// http://cloud-security.net/unblock?..."); and the reply texts of its filter's rejection classes, as
// a reseller of the same engine lists them (support.everycloud.com, "Workspace classification
// codes": "554 5.5.4 Spam IP rejected", "554 5.5.5 e-mail Rejected Spam", "554 5.5.7 e-mail Rejected
// Content Attachment", "554 5.6.4 Virus E-Mail Blocked", "554 5.5.3 e-mail Rejected Content Filter
// Size", "554 5.7.1 unknown domain or unknown recipient (LDAP check)", "552 5.5.2 Message size
// (content filter)", "552 5.2.2 Sender/Recipient rejected", the deferrals "450 4.5.5 Header Checks
// Defer" and "450 4.5.6 / 4.5.7 Temporary Blocked", and "554 5.5.6 Loop detection > 10 mal
// X-antispameurope-disclaimer": its loop rule counts its own disclaimer header). Their codes are its own numbering (5.5.4 is no syntax
// error, 5.6.4 no conversion), so its words decide. Its gateways are *.hornetsecurity.com,
// *.antispameurope.com (its former name) and cloud-security.net. Texts are Hornetsecurity's
// (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import { MAILBOX } from "./mailbox-steps";
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
      // Its filter's rejection classes, in words no other filter uses.
      "spam ip rejected",
      "e-mail rejected spam",
      "spam header rejected",
      "spam link rejected",
      "spam body rejected",
      "e-mail rejected content attachment",
      "virus e-mail blocked",
      "e-mail rejected content filter size",
      "unknown domain or unknown recipient (ldap check)",
      "message size (content filter)",
      "sender/recipient rejected",
      "header checks defer",
      "x-antispameurope-disclaimer",
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
        t(
          'Look at the From header of a returned copy: write it as one address, with a display name in double quotes when it holds commas or other special characters ("Name, Team" <name@{domain}>), and fix the script or application that built it.',
          '返送されたコピーの From ヘッダーを確認してください。アドレスは 1 つにし、表示名にカンマなどの特殊文字を含む場合は二重引用符で囲み ("Name, Team" <name@{domain}>)、ヘッダーを組み立てたスクリプトやアプリケーションを直してください。',
        ),
        YOUR_ADMIN.checkMessageFormat,
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
    {
      id: "hornetsecurity-spam-ip",
      title: "Spam IP rejected",
      code: "",
      texts: ["Spam IP rejected"],
      reasons: ["badreputation", "blocked", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the connection because your sending server's IP address[[ {ip}]] is on its spam reputation lists.",
        "送信サーバーの IP アドレス[[ {ip} ]]が迷惑メールの評価リストに載っているため、受信側の Hornetsecurity のフィルターは接続を拒否しました。",
      ),
      cause: t(
        "Hornetsecurity scores the IP address that connects before it looks at the message; an address that sent spam recently, or shares its range with senders that do, is refused whatever the message says. This is about the sending server, not the recipient's settings.",
        "Hornetsecurity は、メッセージを見る前に接続してきた IP アドレスを評価します。最近迷惑メールを送った IP や、そうした送信者と同じ範囲の IP は、メッセージの内容にかかわらず拒否されます。受信側の設定ではなく、送信サーバーの問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.findUnnamedListing, YOUR_ADMIN.checkReputation],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "hornetsecurity-spam",
      title: "Rejected as spam",
      code: "",
      texts: [
        "e-mail Rejected Spam",
        "Spam Header rejected",
        "Spam Link rejected",
        "Spam Body rejected",
      ],
      reasons: ["spamdetected", "rejected", "policyviolation"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the message as spam; the reply says whether its headers, a link or its text decided it.",
        "受信側の Hornetsecurity のフィルターは、メッセージを迷惑メールとして拒否しました。ヘッダー、リンク、本文のどれで判定されたかが応答に示されています。",
      ),
      cause: t(
        "The filter matched the message against spam signatures: known spam text, a link on its blocked-link lists, or headers typical of bulk mail software. A link shortener, a tracking domain or a shared sending service's link often sets it off.",
        "フィルターは、既知の迷惑メールの文面、ブロック対象のリンク、一斉送信ソフトに典型的なヘッダーといった迷惑メールの特徴とメッセージを照合しました。短縮 URL、トラッキング用ドメイン、共有の送信サービスのリンクがきっかけになることがよくあります。",
      ),
      fix: [YOU.plainVersionOrAllowed],
      adminFix: [YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "copy-summary"],
    },
    {
      id: "hornetsecurity-virus",
      title: "Virus e-mail blocked",
      code: "",
      texts: ["Virus E-Mail Blocked"],
      reasons: ["virusdetected", "securityerror", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter found malware in the message (an attachment or a link) and refused it.",
        "受信側の Hornetsecurity のフィルターがメッセージ (添付ファイルまたはリンク) にマルウェアを見つけ、拒否しました。",
      ),
      cause: t(
        "Its virus scanners flag a known malware signature or a link to a malware or phishing site. A real infection on the sending side, a file that was infected before you got it, or a false alarm on a harmless archive or macro document all give this refusal.",
        "ウイルス スキャナーが既知のマルウェアの特徴や、マルウェア・フィッシング サイトへのリンクを検出しました。送信側の実際の感染、受け取る前から感染していたファイル、無害なアーカイブやマクロ付き文書の誤検知のいずれでも、この拒否になります。",
      ),
      fix: [YOU.scanBeforeResend],
      adminFix: [YOUR_ADMIN.scanSender],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "hornetsecurity-attachment",
      title: "Attachment type not allowed",
      code: "",
      texts: ["e-mail Rejected Content Attachment"],
      reasons: ["policyviolation", "rejected", "contenterror"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the message because of an attachment its content policy does not let in.",
        "受信側の Hornetsecurity のフィルターは、コンテンツ ポリシーで受け入れない添付ファイルがあるため、メッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's organization blocks some attachment types (programs, scripts, macro documents, some archives) whatever their content; this is its policy, not a spam or virus verdict.",
        "受信側の組織は、内容にかかわらず一部の種類の添付ファイル (プログラム、スクリプト、マクロ付き文書、一部のアーカイブ) をブロックしています。迷惑メールやウイルスの判定ではなく、受信側のポリシーです。",
      ),
      fix: [
        t(
          "Send the file another way (a sharing link, or a common format such as PDF), or ask the recipient which file types they accept.",
          "ファイルは共有リンクや PDF などの一般的な形式といった別の方法で送るか、受け付けるファイルの種類を受信者に確認してください。",
        ),
      ],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["contact-recipient"],
    },
    {
      id: "hornetsecurity-size",
      title: "Message too large for the filter",
      code: "",
      texts: ["e-mail Rejected Content Filter Size", "Message size (content filter)"],
      reasons: ["mesgtoobig", "exceedlimit"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the message because it is larger than its size limit.",
        "メッセージがサイズの上限を超えているため、受信側の Hornetsecurity のフィルターはメッセージを拒否しました。",
      ),
      cause: t(
        "The filter limits the size of messages it takes; attachments grow by about a third when sent, so a file near the limit already exceeds it.",
        "フィルターは受け取るメッセージのサイズを制限しています。添付ファイルは送信時に約 3 分の 1 大きくなるため、上限に近いファイルはすでに上限を超えています。",
      ),
      fix: [YOU.shrink],
      adminFix: [YOUR_ADMIN.largeFilesAsLinks],
      actions: ["shrink-attachments"],
    },
    {
      // Published as 450 4.5.5; the code is its own numbering, so the words decide.
      id: "hornetsecurity-header-defer",
      title: "Header Checks Defer",
      code: "",
      texts: ["Header Checks Defer"],
      owner: "nobody",
      temporary: true,
      lastingDeferral: "sending-side",
      summary: t(
        "The recipient's Hornetsecurity filter held the message back for now after checking its headers.",
        "受信側の Hornetsecurity のフィルターは、ヘッダーを確認したうえでメッセージの受け取りをいったん保留しました。",
      ),
      cause: t(
        "Hornetsecurity defers some messages whose headers it cannot judge yet (a new sending pattern, a header it wants to see again).",
        "Hornetsecurity は、ヘッダーからまだ判断できないメッセージ (初めての送信パターン、もう一度確認したいヘッダーなど) をいったん保留します。",
      ),
      whileRetrying: {
        cause: t(
          "Most pass on a later try, which the sending server makes by itself.",
          "多くは後の再試行で受け付けられ、再試行は送信側のサーバーが自動で行います。",
        ),
      },
      fix: [YOU.waitForRetry],
      adminFix: [YOUR_ADMIN.checkMessageFormat],
      actions: ["wait-for-retry"],
    },
    {
      // Published as 450 4.5.6 and 450 4.5.7 alike.
      id: "hornetsecurity-temporary-block",
      title: "Temporary Blocked",
      code: "",
      texts: ["Temporary Blocked"],
      reasons: ["blocked", "badreputation", "speeding"],
      owner: "nobody",
      temporary: true,
      lastingDeferral: "sending-side",
      summary: t(
        "The recipient's Hornetsecurity filter is turning away mail from your sending server for a while.",
        "受信側の Hornetsecurity のフィルターは、あなたの送信サーバーからのメールを一時的に受け付けていません。",
      ),
      cause: t(
        "A temporary block follows a burst of mail or of refused recipients from the same server, or a reputation that is falling; it lifts by itself. If the sending server finally gives up, the block lasted longer than its retries: then the cause is worth looking for on the sending side.",
        "一時的なブロックは、同じサーバーからのメールや拒否された宛先が急に増えたときや、そのサーバーの評価が下がりつつあるときに起こり、自然に解除されます。送信側のサーバーが最終的に送信をあきらめた場合は、ブロックが再試行の期間より長く続いたということです。その場合は、送信側で原因を調べることをお勧めします。",
      ),
      fix: [YOU.waitForRetry],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.checkReputation],
      actions: ["wait-for-retry"],
    },
    {
      id: "hornetsecurity-sender-recipient-policy",
      title: "Sender/Recipient rejected",
      code: "",
      texts: ["Sender/Recipient rejected"],
      reasons: ["blocked", "rejected", "policyviolation"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the message because a rule for this sender and recipient blocks it; the mailbox itself is not full.",
        "受信側の Hornetsecurity のフィルターは、この送信者と宛先の組み合わせをブロックするルールにより、メッセージを拒否しました。メールボックスがいっぱいになっているわけではありません。",
      ),
      cause: t(
        "Hornetsecurity lets the recipient's admin (and users, in their own lists) block senders, domains or addresses; a message that matches such an entry is refused whatever its content. Its 5.2.2 is the filter's own numbering, not a full mailbox.",
        "Hornetsecurity では、受信側の管理者が (利用者も自分のリストで) 送信者・ドメイン・アドレスをブロックできます。その設定に一致するメッセージは、内容にかかわらず拒否されます。この 5.2.2 はフィルター独自の番号で、メールボックスの容量超過を示すものではありません。",
      ),
      fix: [YOU.reachRecipientOtherWay],
      adminFix: [
        t(
          'For the recipient\'s admin: look up the message in Email Live Tracking (category "Rejected") and remove the block entry if the mail is wanted.',
          "受信側の管理者向け: Email Live Tracking (「Rejected」カテゴリ) でこのメッセージを調べ、必要なメールであればブロックの設定を外してください。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "hornetsecurity-loop",
      title: "Mail loop at the recipient's filter",
      code: "",
      texts: ["Loop detection > 10 mal X-antispameurope-disclaimer", "Loop detection"],
      reasons: ["mailererror", "systemerror"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter stopped the message because it had already passed through the filter more than ten times: the mail is going round in a loop on the recipient's side.",
        "受信側の Hornetsecurity のフィルターは、メッセージがすでに 10 回を超えてフィルターを通過していたため、配送を止めました。受信側でメールがループしています。",
      ),
      cause: t(
        "Each pass adds Hornetsecurity's disclaimer header; more than ten of them mean that the recipient's mail server sends the message back to the filter (a forward, a routing rule or a connector pointing the wrong way). Sending again runs into the same loop.",
        "フィルターを通るたびに Hornetsecurity の免責ヘッダーが追加されます。それが 10 個を超えるのは、受信側のメール サーバーがメッセージをフィルターに送り返している (転送、ルーティング ルール、向きの誤ったコネクタ) ためです。送り直しても同じループに入ります。",
      ),
      fix: [YOU.reachRecipientOtherWay],
      adminFix: [
        t(
          "For the recipient's admin: check the routing between the mail server and Hornetsecurity (the delivery destination set in the filter, forwards and connectors) so that delivered mail does not come back to the filter.",
          "受信側の管理者向け: メール サーバーと Hornetsecurity の間のルーティング (フィルターに設定した配送先、転送、コネクタ) を確認し、配送したメールがフィルターに戻らないようにしてください。",
        ),
      ],
      actions: ["contact-recipient-admin"],
    },
    {
      id: "hornetsecurity-unknown-recipient",
      title: "Unknown recipient (directory check)",
      code: "",
      texts: ["unknown domain or unknown recipient (LDAP check)"],
      reasons: ["userunknown", "hostunknown", "rejected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Hornetsecurity filter refused the message: the recipient's directory, which it checks, holds no such address.",
        "受信側の Hornetsecurity のフィルターはメッセージを拒否しました。照合している受信側のディレクトリに、その宛先アドレスがありません。",
      ),
      cause: t(
        "The filter looks each recipient up in the recipient organization's directory (LDAP) and refuses an address or domain it does not find: usually a typo or an address that no longer exists; rarely a mailbox created so recently that the filter has not synchronized it yet.",
        "フィルターは宛先ごとに受信側の組織のディレクトリ (LDAP) を照会し、見つからないアドレスやドメインを拒否します。多くは入力ミスか、すでに存在しないアドレスです。まれに、作成直後でフィルターにまだ同期されていないメールボックスのこともあります。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [
        t(
          "For the recipient's admin: if the address is real, check that the filter's directory synchronization includes it.",
          "受信側の管理者向け: アドレスが正しい場合は、フィルターのディレクトリ同期にそのアドレスが含まれているか確認してください。",
        ),
      ],
      actions: ["resend-corrected-address"],
    },
  ],
};
