// Source: Cox's postmaster pages for email administrators, "Cox Postmaster Administration"
// (cox.com/business/support/cox-postmaster-administration.html: reverse DNS for every sending IP,
// an MX or A record for every sender domain, the Error Codes section) and its "Email error codes"
// table (cox.com/residential/support/email-error-codes.html; earlier postmaster.cox.net/confluence/
// display/postmaster/Error+Codes): the AUP# codes CXBL, CDRBL, CXDNS, CXSNDR, CXSMTP, CXCNCT (at most
// 10 concurrent connections per IP), CXMXRT, CXTHRT / CXMJ, the IPBL codes whose digits name the
// block lists (0001 Spamhaus ZEN, 0010 Return Path, 0100 Invaluement ivmSIP, 1000 Cloudmark CSI),
// the URLBL codes, and the replies its servers write without a code ("Message threshold exceeded",
// "too many invalid recipients", "attachment extension is forbidden", ...). The reply layout
// ("421 cmsmtp <IP> blocked. Refer to Error Codes section at <page> for more information.
// AUP#CXCNCT") is as quoted on Cox's own forums (forums.cox.com). Codes and texts are Cox's
// (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Cox's IPBL codes: one bit per block list, the lowest for Spamhaus ZEN ("IPBL00001" is Spamhaus alone). */
const IPBL_CODES = [
  ...Array.from({ length: 15 }, (_, n) => `aup#ipbl${(n + 1).toString(2).padStart(4, "0")}`),
  "aup#ipbl00001",
];

/** Cox's URLBL codes: a link in the message is on a domain block list. */
const URLBL_CODES = [
  ...Array.from({ length: 7 }, (_, n) => `aup#urlbl${(n + 1).toString(2).padStart(3, "0")}`),
  "aup#urlbl1001",
];

/** The last step of a Cox block: ask Cox, which alone decides. */
const askCox = t(
  "Once the cause is fixed, ask Cox to unblock {ip} with the request its error-code page links to, quoting the full refusal; Cox alone decides whether to lift the block.",
  "原因を解消したら、Cox のエラー コード ページにある依頼先から、拒否メッセージの全文を添えて {ip} のブロック解除を依頼してください。解除するかどうかは Cox だけが決めます。",
);

export const cox: ProviderCatalog = {
  provider: {
    id: "cox",
    name: "Cox",
    page: "https://www.cox.com/business/support/cox-postmaster-administration.html",
    hosts: [".cox.net", "cox.net", ".cox.com"],
    // Its AUP# codes, which no other server writes (the "CX" ones and its list codes).
    markers: [
      "aup#cxbl",
      "aup#cdrbl",
      "error code: cdrbl",
      "aup#cxdns",
      "aup#cxsndr",
      "aup#cxsmtp",
      "aup#cxcnct",
      "aup#cxmxrt",
      "aup#cxthrt",
      "aup#cxmj",
      ...IPBL_CODES,
      ...URLBL_CODES,
    ],
    domains: ["cox.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "cox-cxbl",
      title: "Sending IP blocked by Cox for spam",
      code: "",
      texts: ["AUP#CXBL"],
      markers: ["aup#cxbl"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cox has blocked your server[[ ({ip})]] because the mail it sent looked like spam.",
        "あなたのサーバー[[ ({ip}) ]]が送ったメールが迷惑メールのように見えたため、Cox はそのサーバーをブロックしました。",
      ),
      cause: t(
        "Cox's own filters saw spam-like behavior from this IP (volume, complaints, spam traps). The block is Cox's, not a public list's, and it stays until Cox lifts it.",
        "Cox 独自のフィルターが、この IP から迷惑メールのような振る舞い (送信量、苦情、スパム トラップ) を検知しました。公開リストではなく Cox 自身のブロックで、Cox が解除するまで続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, askCox],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "cox-cdrbl",
      title: "Sending IP blocked by Cox for up to 24 hours",
      code: "",
      texts: ["AUP#CDRBL", "Error Code: CDRBL"],
      markers: ["aup#cdrbl", "error code: cdrbl"],
      reasons: ["blocked", "badreputation"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Cox has blocked your server[[ ({ip})]] for a while, at most 24 hours, because its mail looked like spam.",
        "あなたのサーバー[[ ({ip}) ]]のメールが迷惑メールのように見えたため、Cox は一定時間 (最長 24 時間) そのサーバーをブロックしています。",
      ),
      cause: t(
        "This is Cox's temporary block: how long it lasts depends on the IP's reputation, and it ends by itself.",
        "これは Cox の一時的なブロックです。期間は IP の評価などによって変わり、自然に解除されます。",
      ),
      fix: [YOU.retryAfterBlock],
      adminFix: [
        t(
          "Check what {ip} has been sending (a compromised account, a bulk mailing, a web form) and stop anything that looks like spam before the block ends.",
          "{ip} から何が送られていたか (乗っ取られたアカウント、一斉送信、Web フォームなど) を確認し、ブロックが終わる前に迷惑メールのようなものを止めてください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "cox-ip-lists",
      title: "Sending IP on a public block list",
      code: "",
      texts: ["AUP#IPBL"],
      markers: IPBL_CODES,
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cox refused your server[[ ({ip})]] because its IP is on one or more public block lists that Cox checks.",
        "あなたのサーバーの IP [[({ip}) ]]が、Cox の照合する公開ブロック リストの 1 つ以上に載っているため、Cox は受け付けを拒否しました。",
      ),
      cause: t(
        "The digits after IPBL flag the lists, read from the right: 0001 Spamhaus ZEN, 0010 Return Path (now Validity Sender Score), 0100 Invaluement ivmSIP, 1000 Cloudmark CSI; IPBL00001 is Spamhaus. Only each list can remove the IP, not Cox.",
        "IPBL に続く数字が、右の桁から順にどのリストかを示します。0001 は Spamhaus ZEN、0010 は Return Path (現在の Validity Sender Score)、0100 は Invaluement ivmSIP、1000 は Cloudmark CSI です。IPBL00001 は Spamhaus です。掲載を削除できるのは各リストだけで、Cox にはできません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on the lists the code names (check.spamhaus.org, senderscore.org, invaluement.com, csi.cloudmark.com), fix what got it listed, then request removal from each.",
          "コードが示すリスト (check.spamhaus.org、senderscore.org、invaluement.com、csi.cloudmark.com) で {ip} を検索し、掲載の原因を解消してから、それぞれに削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "cox-urlbl",
      title: "Link to a block-listed domain",
      code: "",
      texts: ["AUP#URLBL"],
      markers: URLBL_CODES,
      reasons: ["spamdetected", "blocked"],
      temporary: false,
      owner: "you",
      summary: t(
        "Cox refused the message because a link in it points to a domain on a block list.",
        "メッセージ内のリンク先のドメインがブロック リストに載っているため、Cox はメッセージを拒否しました。",
      ),
      cause: t(
        "Cox checks the links in a message against domain block lists (SURBL, Spamhaus DBL, Invaluement ivmURI), and one of this message's links is listed. Link shorteners and tracking domains are often the listed ones.",
        "Cox はメッセージ内のリンクをドメインのブロック リスト (SURBL、Spamhaus DBL、Invaluement ivmURI) と照合しており、このメッセージのリンクの 1 つが掲載されていました。掲載されているのは、短縮 URL やトラッキング用のドメインであることがよくあります。",
      ),
      fix: [
        t(
          "Send the message again without the link (or with a plain link to the site itself instead of a shortener or tracking link).",
          "リンクを外して (または短縮 URL やトラッキング用のリンクではなく、サイトそのものへのリンクにして) 送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If the listed domain is your own, look it up at check.spamhaus.org and surbl.org, fix the cause and request removal there.",
          "掲載されているのが自組織のドメインであれば、check.spamhaus.org と surbl.org で検索し、原因を解消してからそこで削除を申請してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "cox-cxdns",
      title: "Reverse DNS lookup of the sending IP failed",
      code: "",
      texts: ["AUP#CXDNS", "DNS check failure - try again later", "rejected - no rDNS"],
      markers: ["aup#cxdns"],
      reasons: ["requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cox refused your server[[ ({ip})]] because the reverse DNS lookup of its IP address failed.",
        "あなたのサーバーの IP アドレス[[ ({ip}) ]]の逆引き DNS の確認に失敗したため、Cox は受け付けを拒否しました。",
      ),
      cause: t(
        "Cox requires every sending IP to have a valid reverse DNS (PTR) name, and takes no connection from an IP whose PTR lookup fails.",
        "Cox はすべての送信 IP に有効な逆引き DNS (PTR) 名を求めており、PTR の確認に失敗した IP からの接続を受け付けません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkPtr,
        t(
          "Once the PTR of {ip} resolves (dig -x {ip}), wait 24 hours before sending to Cox again, as Cox asks.",
          "{ip} の PTR が解決できるようになったら (dig -x {ip})、Cox の求めるとおり 24 時間待ってから Cox 宛ての送信を再開してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "cox-cxsndr",
      title: "Sender domain rejected",
      code: "",
      texts: ["AUP#CXSNDR", "sender rejected"],
      markers: ["aup#cxsndr"],
      reasons: ["authfailure", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cox refused the message because your sender domain[[ ({domain})]] failed its checks.",
        "送信者のドメイン[[ ({domain}) ]]が Cox の確認に合格しなかったため、Cox はメッセージを拒否しました。",
      ),
      cause: t(
        "Cox checks the sender's domain: it must have an MX or A record in DNS, and the message must pass the domain's SPF and DKIM (or DomainKeys) checks. One of them failed.",
        "Cox は送信者のドメインを確認しています。DNS に MX または A レコードがあり、メッセージがそのドメインの SPF と DKIM (または DomainKeys) の確認に合格する必要があります。そのいずれかが不合格でした。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that {domain} has an MX or A record in public DNS.",
          "{domain} に公開 DNS 上の MX または A レコードがあるか確認してください。",
        ),
        YOUR_ADMIN.checkSpf,
        YOUR_ADMIN.checkDkim,
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cox-cxsmtp",
      title: "SMTP protocol not followed",
      code: "",
      texts: ["AUP#CXSMTP"],
      markers: ["aup#cxsmtp"],
      reasons: ["rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Cox refused the message because your server did not follow the SMTP protocol the way Cox expects.",
        "あなたのサーバーが Cox の求めるとおりに SMTP プロトコルに従わなかったため、Cox はメッセージを拒否しました。",
      ),
      cause: t(
        "Cox saw a protocol violation in the SMTP conversation (for example commands sent before its greeting, or a malformed HELO or MAIL FROM), so it could not treat the server as a legitimate sender.",
        "Cox は SMTP のやり取りでプロトコル違反 (例: 応答のあいさつより前に送られたコマンド、不正な形式の HELO や MAIL FROM) を検知したため、そのサーバーを正当な送信者と判断できませんでした。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check the sending server's SMTP log for this connection: it must wait for the greeting, send a fully qualified host name in HELO/EHLO and a valid MAIL FROM address.",
          "この接続の送信サーバーの SMTP ログを確認してください。あいさつを待ってからコマンドを送り、HELO/EHLO では完全修飾ホスト名を、MAIL FROM では有効なアドレスを使う必要があります。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "cox-cxcnct",
      title: "Too many connections",
      code: "",
      texts: ["AUP#CXCNCT", "too many sessions from"],
      markers: ["aup#cxcnct"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] had more connections open to Cox at once than Cox allows.",
        "あなたのサーバー[[ ({ip}) ]]が、Cox の上限を超える数の接続を同時に開いていました。",
      ),
      cause: t(
        "Cox limits simultaneous SMTP connections per sending IP (10, by its error-code page). On a shared host, every customer sending from the same IP counts toward that limit.",
        "Cox は送信 IP ごとの SMTP の同時接続数を制限しています (同社のエラー コード ページによれば 10)。共有ホスティングでは、同じ IP から送信するすべての利用者の接続が合算されます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "Cap the sending server's parallel connections to Cox's mail servers well below 10 per IP; on shared hosting, ask the host to do so.",
          "送信サーバーから Cox のメール サーバーへの同時接続数を、IP あたり 10 より十分少なく設定してください。共有ホスティングの場合は、ホスティング事業者に設定を依頼してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "cox-cxmxrt",
      title: "Message or recipient rate exceeded",
      code: "",
      texts: ["AUP#CXMXRT", "Message threshold exceeded"],
      markers: ["aup#cxmxrt"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] sent Cox more mail or recipients than Cox's rate limits allow, so Cox is holding it back for a while.",
        "あなたのサーバー[[ ({ip}) ]]が Cox の送信量の上限を超えるメールまたは宛先を送ったため、Cox は一時的に受け付けを止めています。",
      ),
      cause: t(
        "Cox limits how many messages and recipients one sender may send in a period; past the limit it blocks the sender for a while.",
        "Cox は 1 人の送信者が一定時間に送れるメッセージ数と宛先数を制限しており、上限を超えると一時的にブロックします。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "cox-account-blocked",
      title: "Sending account limited for suspicious activity",
      code: "",
      texts: ["AUP#CXTHRT", "AUP#CXMJ"],
      markers: ["aup#cxthrt", "aup#cxmj"],
      reasons: ["securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Cox has limited or blocked sending from your Cox email account because of suspicious activity on it.",
        "Cox のメール アカウントで不審な動きがあったため、Cox はそのアカウントからの送信を制限またはブロックしました。",
      ),
      cause: t(
        "Cox saw activity on the account that suggests someone else may be using it (for example mass mailing); the block protects it until its owner secures it.",
        "Cox は、アカウントが他人に使われている可能性を示す動き (大量送信など) を検知しました。持ち主がアカウントを保護するまで、ブロックが続きます。",
      ),
      fix: [
        t(
          "Reset the passwords of all your Cox accounts, then contact Cox and quote the code of the refusal (CXTHRT or CXMJ) to have the block removed.",
          "すべての Cox アカウントのパスワードを再設定してから、Cox に連絡し、拒否メッセージのコード (CXTHRT または CXMJ) を伝えてブロックの解除を依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Scan the computers that use the account for malware and check that no mail app or device still signs in with an old password.",
          "このアカウントを使うコンピューターでマルウェアを検査し、古いパスワードでサインインし続けているメール アプリや機器がないか確認してください。",
        ),
      ],
      actions: ["secure-account"],
    },
    {
      id: "cox-invalid-recipients",
      code: "",
      texts: ["too many invalid recipients"],
      reasons: ["blocked", "rejected"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Cox has blocked your server[[ ({ip})]] for a while because it sent to too many addresses that do not exist at Cox.",
        "あなたのサーバー[[ ({ip}) ]]が Cox の存在しないアドレスに多数送信したため、Cox は一時的にそのサーバーをブロックしました。",
      ),
      cause: t(
        "Past a threshold of unknown recipients, Cox blocks the sending IP, since mail to many non-existent addresses is typical of old or harvested lists.",
        "存在しない宛先が一定数を超えると、Cox は送信 IP をブロックします。存在しない多数のアドレスへの送信は、古いリストや収集したアドレスへの送信に見られる特徴です。",
      ),
      fix: [YOU.retryAfterBlock, YOU.forwardToAdmin],
      adminFix: [MAILBOX.dropFromLists, YOUR_ADMIN.cleanLists],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "cox-recipient-rejected",
      code: "",
      texts: ["recipient rejected"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Cox has no email account with this address.",
        "Cox には、このアドレスのメール アカウントがありません。",
      ),
      cause: t(
        "The address is mistyped, or the Cox email account was closed. Nothing was delivered.",
        "アドレスの入力ミスか、Cox のメール アカウントが解約されています。何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "cox-attachment-forbidden",
      code: "",
      texts: ["attachment extension is forbidden"],
      reasons: ["policyviolation", "securityerror"],
      temporary: false,
      owner: "you",
      summary: t(
        "Cox refused the message because it has an attachment of a file type Cox does not accept.",
        "Cox が受け付けない種類のファイルが添付されていたため、Cox はメッセージを拒否しました。",
      ),
      cause: t(
        "Cox refuses attachments whose type often carries viruses (.exe, .scr, .bat, .js, .vbs, .msi, .reg and similar), whatever their content.",
        "Cox は、ウイルスを含むことが多い種類の添付ファイル (.exe、.scr、.bat、.js、.vbs、.msi、.reg など) を、内容にかかわらず拒否します。",
      ),
      fix: [
        t(
          "Send the message again without that attachment, and share the file another way (for example a link to cloud storage).",
          "その添付ファイルを外して送り直し、ファイルは別の方法 (クラウド ストレージのリンクなど) で共有してください。",
        ),
      ],
      adminFix: [
        t(
          "If people in your organization need to send such files, give them a file-sharing service: many receivers refuse these types as attachments.",
          "組織内でこうしたファイルを送る必要がある場合は、ファイル共有サービスを用意してください。多くの受信側がこれらの種類の添付ファイルを拒否します。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "cox-server-unavailable",
      code: "",
      texts: ["ESMTP server temporarily not available"],
      reasons: ["systemerror"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "Cox's mail servers could not take new mail just then.",
        "Cox のメール サーバーはその時点で新しいメールを受け付けられませんでした。",
      ),
      cause: t(
        "A problem on Cox's side kept it from accepting mail for a while. Nothing is wrong with the message or your server.",
        "Cox 側の問題により、一時的にメールを受け付けられない状態でした。メッセージやあなたのサーバーに問題はありません。",
      ),
      fix: [YOU.retryLater],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
  ],
};
