// Source: the postmaster pages of United Internet's mail services, which share one system and one
// reply format: GMX (postmaster.gmx.net/en/error-messages), WEB.DE (postmaster.web.de/en/error-messages),
// mail.com and IONOS (ionos.com/help: "SMTP error messages of the IONOS mail servers"). Their replies
// carry no enhanced status code and end in an explanation link with a case code. Texts are their
// phrasings (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Steps for the sender's admin that several of these meanings share. */
const uiAdmin = {
  readCase: t(
    "Open the explanation link at the end of the error (postmaster.gmx.net, postmaster.web.de or the IONOS help page): it names the exact reason for {ip} and has a contact form for when the cause is fixed.",
    "エラーの末尾にある説明リンク (postmaster.gmx.net、postmaster.web.de、または IONOS のヘルプ ページ) を開いてください。{ip} について拒否の正確な理由が示され、原因を解消した後に使う問い合わせフォームもあります。",
  ),
  cleanLists: t(
    "Clean the mailing lists (remove addresses that bounce or no longer exist) and look for accounts or forms that send spam.",
    "メーリング リストを整理し (エラーになる宛先や存在しない宛先を削除)、迷惑メールを送っているアカウントやフォームがないか調べてください。",
  ),
};

export const gmx: ProviderCatalog = {
  provider: {
    id: "gmx",
    name: "GMX / WEB.DE / IONOS",
    page: "https://postmaster.gmx.net/en/error-messages",
    hosts: [
      ".gmx.net",
      ".gmx.com",
      ".gmx.de",
      ".web.de",
      ".mail.com",
      ".kundenserver.de",
      ".1and1.com",
      ".1and1.es",
      ".1and1.mx",
      ".1and1.co.uk",
      ".ionos.com",
      ".ionos.de",
      ".ionos.es",
      ".ionos.co.uk",
    ],
    markers: [
      "nemesis esmtp",
      "postmaster.gmx",
      "postmaster.web.de",
      "web.de/email/senderguidelines",
      "help.1and1.com/smtp-error-messages",
      "postmaster.1and1.com",
      "ionos.com/help",
      // its own wordings, for a report that names no server and no link
      "reject due to policy restrictions",
      "reject due to policy violations",
      "ip address is block listed",
      "ip address is black listed",
      "bad dns ptr resource record",
      "invalid dns mx or a/aaaa resource record",
      "rate limit reached. please try again later",
      "reject due to spf policy",
    ],
    domains: [
      "gmx.net",
      "gmx.de",
      "gmx.at",
      "gmx.ch",
      "gmx.com",
      "gmx.co.uk",
      "web.de",
      "mail.com",
    ],
    kind: "receiver",
  },
  entries: [
    {
      id: "gmx-ip-block-listed",
      code: "",
      texts: ["IP address is block listed", "IP address is black listed"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused the connection because your server's address[[ ({ip})]] is on a block list.",
        "あなたのサーバーのアドレス[[ ({ip}) ]]がブロック リストに載っているため、GMX / WEB.DE / IONOS は接続を拒否しました。",
      ),
      cause: t(
        "United Internet (the company behind GMX, WEB.DE, mail.com and IONOS) checks connecting servers against public block lists and a list of its own; its own list blocks a whole server after spam was seen from it.",
        "United Internet (GMX、WEB.DE、mail.com、IONOS の運営会社) は、接続してきたサーバーを公開のブロック リストと自社のリストで照合しています。自社のリストでは、迷惑メールが観測されたサーバー全体がブロックされます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [uiAdmin.readCase, uiAdmin.cleanLists],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "gmx-policy-restrictions",
      code: "",
      texts: [
        "Reject due to policy restrictions",
        "Requested action not taken: mailbox unavailable $code Reject due to policy restrictions",
        "Transaction failed Reject due to policy restrictions",
      ],
      reasons: ["blocked", "rejected", "policyviolation", "badreputation", "requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused mail from your server[[ ({ip})]] under its sender policy, usually because of the server's reputation or its setup.",
        "GMX / WEB.DE / IONOS は、送信者ポリシーに基づいてあなたのサーバー[[ ({ip}) ]]からのメールを拒否しました。多くはサーバーの評価や設定が原因です。",
      ),
      cause: t(
        "The reply's explanation link carries a case code (c=...) with the exact reason: spam seen from the IP, missing or wrong reverse DNS, a dynamic (dial-up) address, an implausible HELO, or breaking their email policy. These replies carry no enhanced status code of their own.",
        "応答の説明リンクには、正確な理由を示すケース コード (c=...) が付いています。その IP からの迷惑メール、逆引き DNS の欠落や誤り、動的 (ダイヤルアップ) アドレス、不自然な HELO、メール ポリシー違反などです。これらの応答には独自の拡張ステータス コードは付きません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        uiAdmin.readCase,
        t(
          "Check that {ip} is static, has a reverse DNS name that resolves back to it, and announces that name in HELO.",
          "{ip} が固定アドレスで、正引きと一致する逆引き DNS 名を持ち、その名前を HELO で名乗っているか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      // The case code "hi" of the explanation link: the header breaks RFC 5321/5322 (its postmaster
      // team's published answer for this refusal).
      id: "gmx-header-invalid",
      code: "",
      texts: [
        "Reject due to policy restrictions",
        // Only with the case code does this meaning outrank the general one.
        "Reject due to policy restrictions<link>c=hi",
        "Requested action not taken: mailbox unavailable $code Reject due to policy restrictions<link>c=hi",
        "Transaction failed Reject due to policy restrictions<link>c=hi",
      ],
      reasons: ["notcompliantrfc", "policyviolation", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused the message because its header does not follow the email standard (RFC 5322): a malformed Date, From, Sender or To, or a header such as From, Subject or Date given more than once.",
        "メッセージのヘッダーがメールの標準 (RFC 5322) に沿っていないため、GMX / WEB.DE / IONOS は受け付けませんでした。Date、From、Sender、To の形式の誤り、または From、Subject、Date などのヘッダーの重複が原因です。",
      ),
      cause: t(
        "These providers check the header of every message from your server[[ ({ip})]]; the program that wrote this one (often a script, a device or an old mailing tool) produced an invalid or duplicated field.",
        "これらの事業者はあなたのサーバー[[ ({ip}) ]]からのすべてのメッセージのヘッダーを検査しています。このメッセージを作成したプログラム (スクリプト、機器、古い一斉配信ツールが多い) が、不正な形式または重複したフィールドを出力しました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkMessageFormat],
      actions: ["contact-your-admin"],
    },
    {
      id: "gmx-bad-ptr",
      code: "",
      // WEB.DE's servers word it "invalid DNS PTR resource record, IP=..." as well
      texts: ["Bad DNS PTR resource record", "invalid DNS PTR resource record"],
      reasons: ["requireptr", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused your server[[ ({ip})]] because its IP address has no valid reverse DNS (PTR) name.",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスに正しい逆引き DNS (PTR) 名がないため、GMX / WEB.DE / IONOS は接続を拒否しました。",
      ),
      cause: t(
        "These providers take mail only from servers whose address has a reverse DNS name that resolves back to the same address; addresses without one look like home connections or infected machines.",
        "これらのプロバイダーは、IP アドレスに逆引き DNS 名があり、その名前が同じアドレスに正引きできるサーバーからのメールだけを受け付けます。逆引きのないアドレスは、家庭用回線や感染した端末のように見えるためです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr, uiAdmin.readCase],
      actions: ["contact-your-admin"],
    },
    {
      id: "gmx-sender-domain-dns",
      code: "",
      texts: [
        "invalid DNS MX or A/AAAA resource record",
        "Requested action not taken: mailbox unavailable $code invalid DNS MX or A/AAAA resource record",
      ],
      reasons: ["rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused the message because the sender's domain ({domain}) has no usable MX or A record in DNS, so replies to it could not be delivered.",
        "送信者のドメイン ({domain}) に、DNS 上で使える MX レコードも A レコードもないため、GMX / WEB.DE / IONOS はメールを拒否しました。返信を届けられないドメインだからです。",
      ),
      cause: t(
        "The domain in the envelope sender must be able to receive mail; a mistyped, expired or made-up sender domain (common in web forms and mailing tools) fails this check.",
        "エンベロープ送信者のドメインはメールを受信できる必要があります。入力ミス、期限切れ、架空の送信ドメイン (Web フォームや配信ツールでよくある) はこの確認で拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Give {domain} (and any bounce subdomain used as envelope sender) an MX or A record in public DNS; check with dig MX {domain}.",
          "{domain} (およびエンベロープ送信者に使うサブドメイン) に、公開 DNS で MX または A レコードを設定してください。dig MX {domain} で確認できます。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "gmx-policy-violations-temporary",
      code: "",
      texts: [
        "Reject due to policy violations",
        "mailbox unavailable $code Reject due to policy violations",
      ],
      reasons: ["blocked", "badreputation", "rejected"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS is turning away mail from your server[[ ({ip})]] for now: too much of its recent mail went to addresses that do not exist, or its HELO name keeps changing.",
        "GMX / WEB.DE / IONOS は、あなたのサーバー[[ ({ip}) ]]からのメールを一時的に断っています。最近のメールの多くが存在しない宛先に送られたか、HELO 名が頻繁に変わっているためです。",
      ),
      cause: t(
        "A poor delivery rate (old lists, or a compromised mailbox sending spam) or a HELO that changes from one connection to the next looks like a spamming machine, so delivery is held back until it improves.",
        "配信成功率の低さ (古いリストや、乗っ取られたメールボックスからの迷惑メール) や、接続ごとに変わる HELO は迷惑メール送信ソフトの特徴であるため、改善するまで受け付けが保留されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        uiAdmin.cleanLists,
        t(
          "Give the server one fixed HELO name that matches its reverse DNS.",
          "サーバーの HELO 名を、逆引き DNS と一致する 1 つの固定名にしてください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "gmx-rate-limit",
      code: "",
      texts: ["Rate limit reached. Please try again later"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] sent GMX / WEB.DE / IONOS too many messages in a short time.",
        "あなたのサーバー[[ ({ip}) ]]が短時間に GMX / WEB.DE / IONOS へメールを送りすぎました。",
      ),
      cause: t(
        "United Internet caps how much one server may deliver in a given time; mail goes through again once the rate drops.",
        "United Internet は 1 台のサーバーが一定時間に配信できる量に上限を設けています。送信ペースが下がれば再び配信されます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "Lower the number of messages and parallel connections to GMX / WEB.DE / IONOS, spread newsletters over several hours, and warm new IPs up slowly.",
          "GMX / WEB.DE / IONOS 宛てのメッセージ数と同時接続数を減らし、メールマガジンは数時間に分けて送り、新しい IP は少しずつ送信量を増やしてください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "gmx-spf-reject",
      ownRecordsCause: true,
      code: "",
      texts: ["Reject due to SPF policy", "not permitted by the domain owner"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused the message because it came from a server[[ ({ip})]] that the SPF record of {domain} does not allow.",
        "{domain} の SPF レコードで許可されていないサーバー[[ ({ip}) ]]から送られたため、GMX / WEB.DE / IONOS はメールを拒否しました。",
      ),
      cause: t(
        "The sender domain's SPF record ends in a hard fail (-all) and does not list the server that delivered the message: either the SPF record misses a service that sends for the domain, or the message was forwarded without rewriting the sender (SRS).",
        "送信ドメインの SPF レコードがハード フェイル (-all) で終わり、メールを届けたサーバーが含まれていません。ドメインを名乗って送るサービスが SPF レコードから漏れているか、送信者を書き換えずに (SRS なしで) 転送されたかのどちらかです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkSpf,
        t(
          "If the message reached GMX / WEB.DE / IONOS through a forwarding service, that service must rewrite the envelope sender (SRS).",
          "転送サービスを経由して GMX / WEB.DE / IONOS に届いた場合は、その転送サービスがエンベロープ送信者を書き換える (SRS) 必要があります。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "gmx-mailbox-unavailable",
      code: "",
      texts: ["Requested action not taken: mailbox unavailable"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's provider (GMX / WEB.DE / IONOS) has no mailbox with this address.",
        "受信者のプロバイダー (GMX / WEB.DE / IONOS) には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the mailbox was deleted.",
        "アドレスの入力ミスか、メールボックスが削除されています。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "gmx-quota-exceeded",
      code: "",
      texts: ["Quota exceeded"],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's mailbox at GMX / WEB.DE / IONOS is full.",
        "受信者の GMX / WEB.DE / IONOS のメールボックスがいっぱいです。",
      ),
      cause: t(
        "The mailbox reached its storage limit; only its owner can make room.",
        "メールボックスが容量の上限に達しています。空きを作れるのは持ち主だけです。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "gmx-message-too-big",
      code: "",
      texts: ["Message size exceeds fixed maximum message size"],
      reasons: ["mesgtoobig", "exceedlimit"],
      temporary: false,
      owner: "you",
      summary: t(
        "The message is bigger than GMX / WEB.DE / IONOS accept[[ ({limit})]].",
        "メッセージが、GMX / WEB.DE / IONOS が受け付ける大きさ[[ ({limit}) ]]を超えています。",
      ),
      cause: t(
        "These providers cap the size of one message (IONOS: 100 MB, 72 MB for an encrypted one); attachments grow by about a third when they are sent.",
        "これらのプロバイダーは 1 通のメッセージの大きさに上限を設けています (IONOS では 100 MB、暗号化したメッセージは 72 MB)。添付ファイルは送信時に約 3 分の 1 大きくなります。",
      ),
      fix: [YOU.shrink],
      adminFix: [
        t(
          "Offer a file-sharing link for large files.",
          "大きなファイルにはファイル共有のリンクを使えるようにしてください。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "gmx-syntax-error",
      code: "",
      texts: ["Syntax error in parameters or arguments"],
      reasons: ["syntaxerror", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "GMX / WEB.DE / IONOS refused to talk to your server because of how it is configured.",
        "サーバーの設定に問題があるため、GMX / WEB.DE / IONOS はあなたのサーバーとの通信を拒否しました。",
      ),
      cause: t(
        "The server's SMTP dialogue breaks their rules, most often an invalid or implausible HELO name or a malformed MAIL FROM.",
        "サーバーの SMTP のやり取りが受信側の規則に反しています。多くは、不正または不自然な HELO 名や、書式の誤った MAIL FROM です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Fix the HELO name (a fully qualified name matching the reverse DNS of {ip}) and the MAIL FROM syntax, then ask the provider via its postmaster contact form to unblock the server.",
          "HELO 名 ({ip} の逆引き DNS と一致する完全修飾名) と MAIL FROM の書式を直し、プロバイダーのポストマスター問い合わせフォームからブロック解除を依頼してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "gmx-local-error",
      code: "",
      texts: ["Requested action aborted: local error in processing"],
      reasons: ["systemerror"],
      temporary: true,
      lastingDeferral: "receiving-side",
      owner: "nobody",
      summary: t(
        "GMX / WEB.DE / IONOS could not take the message just then.",
        "GMX / WEB.DE / IONOS はその時点でメッセージを受け付けられませんでした。",
      ),
      cause: t(
        "A passing fault or overload on the provider's side.",
        "プロバイダー側の一時的な障害または過負荷です。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "If no mail gets through for a long time, contact the provider's postmaster team.",
          "長時間まったく配信されない場合は、プロバイダーのポストマスター チームに連絡してください。",
        ),
      ],
      actions: ["retry-later"],
    },
  ],
};
