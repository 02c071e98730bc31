// Source: Gmail and Google Workspace "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730)
// and Google's Email sender guidelines (support.google.com/a/answer/81126) for the bulk-sender codes
// 4.7.27-5.7.40. Texts are Google's published phrasings (matched in the reply), with the Japanese
// renderings of the same table's Japanese page (?hl=ja) that Japanese users quote, and the Chinese
// ones of its Simplified Chinese page (knowledge.workspace.google.com/admin/support/troubleshooting/
// gmail-smtp-errors-and-codes?hl=zh-cn, and the older one quoted at laod.cn/5512.html) and its
// Traditional Chinese page (quoted at webmail.ublink.org, "Gmail SMTP 錯誤和代碼"); the
// explanations are our own words.
import { finalOnly } from "../step-kinds";
import { SENDER } from "../steps";
import { t } from "../types";
import { NOT_YET_RECEIVED } from "../waiting";
import { google } from "../../reason/providers/google";
import { deferredAndRefused } from "./build";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog, ProviderEntry } from "./types";

const GUIDELINES = "https://support.google.com/a/answer/81126";

const authentication: readonly ProviderEntry[] = [
  ...deferredAndRefused(
    { deferred: "4.7.26", refused: "5.7.26/5.7.1" },
    {
      id: "gmail-5.7.26-dmarc-policy",
      title: "Unauthenticated email refused under the sender domain's DMARC policy",
      texts: [
        "Unauthenticated email from <domain> is not accepted due to domain's DMARC policy",
        "is not accepted due to domain's dmarc policy",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} refused the message because it failed the DMARC check of {domain}: neither SPF nor DKIM passed for a domain that matches the From address[[, and {domain} publishes p={policy}]].",
        "{domain} の DMARC 検査に失敗したため、{provider} はメッセージを拒否しました。From アドレスと一致するドメインで SPF も DKIM も合格しませんでした[[ ({domain} は p={policy} を公開しています)]]。",
      ),
      cause: t(
        "The sending domain's own DMARC policy tells receivers to refuse mail that is not authenticated for it; this message came from a server or service that is not set up to authenticate as {domain}.",
        "送信ドメイン自身の DMARC ポリシーが、認証されないメールを拒否するよう受信側に指示しています。このメッセージは {domain} として認証する設定のないサーバーやサービスから送られました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: "https://support.google.com/a/answer/2466580",
    },
  ),
  {
    id: "gmail-5.7.26-spf-hard-fail",
    code: "5.7.26",
    texts: [
      "This message fails to pass SPF checks for an SPF record with a hard fail policy (-all)",
      "has an SPF record with a hard fail policy",
    ],
    reasons: ["authfailure"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} refused the message because SPF failed: {ip} is not listed in the SPF record of {domain}, and that record ends in a hard fail (-all).",
      "SPF に失敗したため、{provider} はメッセージを拒否しました。{ip} が {domain} の SPF レコードに記載されておらず、そのレコードはハード フェイル (-all) で終わっています。",
    ),
    cause: t(
      "The envelope sender's domain publishes an SPF record that says only the servers it lists may send for it, and the server that sent this message is not one of them.",
      "エンベロープ送信者のドメインは、記載したサーバーだけが送信できるとする SPF レコードを公開しており、このメッセージを送ったサーバーはそこに含まれていません。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  ...deferredAndRefused(
    { deferred: "4.7.26/4.7.0", refused: "5.7.26/5.7.1" },
    {
      id: "gmail-5.7.26-unauthenticated",
      ownRecordsCause: true,
      texts: [
        "This mail has been blocked because the sender is unauthenticated",
        "This message does not pass authentication checks (SPF and DKIM both do not pass)",
        "does not pass authentication checks",
        "This message does not have authentication information or fails to pass authentication checks",
        "does not have authentication information",
        "Unauthenticated email is not accepted from this domain",
        "This mail has been rate limited because it is unauthenticated",
        "requires all senders to authenticate with either SPF or DKIM",
        "the sender is unauthenticated",
        // the wording since 2024: "This mail is unauthenticated, which poses a security risk to
        // the sender and Gmail users ... must authenticate with at least one of SPF or DKIM"
        "This mail is unauthenticated, which poses a security risk",
        "must authenticate with at least one of SPF or DKIM",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because it was not authenticated: neither SPF nor DKIM passed for {domain}.",
        "メッセージが認証されていなかったため、{provider} は受け付けませんでした。{domain} について SPF も DKIM も合格しませんでした。",
      ),
      cause: t(
        "Gmail requires every sender to pass at least SPF or DKIM; this message passed neither (often a new sending service, a forwarder, or a missing DKIM key).",
        "Gmail はすべての送信者に少なくとも SPF か DKIM のどちらかに合格することを求めています。このメッセージはどちらにも合格しませんでした (新しい送信サービス、転送、DKIM 鍵の未設定が多い原因です)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.27", refused: "5.7.27" },
    {
      id: "gmail-5.7.27-spf",
      ownRecordsCause: true,
      texts: [
        "requires all senders to authenticate with SPF",
        "senders to authenticate their email with SPF",
        "SPF did not pass",
        "has been rate limited because SPF",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because SPF did not pass for {domain}: {ip} is not allowed by its SPF record.",
        "{domain} の SPF が合格しなかったため、{provider} はメッセージを受け付けませんでした。{ip} はその SPF レコードで許可されていません。",
      ),
      cause: t(
        "Gmail's sender rules require SPF to pass for the envelope sender's domain; the record is missing, does not list this server, or has an error.",
        "Gmail の送信者要件では、エンベロープ送信者のドメインで SPF が合格する必要があります。レコードがない、このサーバーが記載されていない、または記述に誤りがあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.30", refused: "5.7.30" },
    {
      id: "gmail-5.7.30-dkim",
      ownRecordsCause: true,
      texts: [
        "requires all email bulk senders to authenticate with DKIM",
        "senders to authenticate their email with DKIM",
        "senders to authenticate with DKIM",
        "DKIM did not pass",
        "DKIM does not pass",
        "has been rate limited because DKIM",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because its DKIM signature for {domain} was missing or did not verify.",
        "{domain} の DKIM 署名がない、または検証に失敗したため、{provider} はメッセージを受け付けませんでした。",
      ),
      cause: t(
        "Gmail requires bulk senders to sign with DKIM; here the message was not signed, or the signature broke (wrong key in DNS, a rotated key, or a system that changed the message after signing).",
        "Gmail は大量送信者に DKIM 署名を求めています。このメッセージは署名がないか、署名が壊れていました (DNS の鍵の誤り、鍵の更新、署名後にメッセージを書き換えたシステムなど)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.32", refused: "5.7.32" },
    {
      id: "gmail-5.7.32-alignment",
      texts: [
        "isn't aligned with either the authenticated SPF or DKIM organizational domain",
        "aligned with either the authenticated spf or dkim",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because the From domain {domain} does not match the domain that passed SPF or DKIM (DMARC alignment).",
        "From のドメイン {domain} が、SPF または DKIM に合格したドメインと一致しない (DMARC のアライメント) ため、{provider} はメッセージを受け付けませんでした。",
      ),
      cause: t(
        "SPF or DKIM passed, but for another domain (often the sending service's own), so the From address is not authenticated.",
        "SPF または DKIM は合格していますが、別のドメイン (多くは送信サービス自身のドメイン) についてであり、From アドレスは認証されていません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.31/4.7.40", refused: "5.7.31/5.7.40" },
    {
      id: "gmail-5.7.40-no-dmarc",
      texts: [
        "to add a DMARC record to",
        "does not have a DMARC record",
        "DMARC record",
        "DMARC policy",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because {domain} has no usable DMARC record, which Gmail requires of bulk senders.",
        "{domain} に有効な DMARC レコードがないため、{provider} はメッセージを受け付けませんでした。Gmail は大量送信者に DMARC レコードを求めています。",
      ),
      cause: t(
        "Bulk senders to Gmail must publish a DMARC record (at least p=none) for their From domain.",
        "Gmail へ大量に送信する送信者は、From ドメインに DMARC レコード (少なくとも p=none) を公開する必要があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.24", refused: "5.7.1/5.7.24" },
    {
      id: "gmail-5.7.1-spf-suspicious",
      texts: [
        "The SPF record of the sending domain has one or more suspicious entries",
        "the spf record of the sending domain",
      ],
      reasons: ["authfailure"],
      owner: "your-admin",
      summary: t(
        "{provider} refused the message because the SPF record of {domain} contains entries it treats as suspicious.",
        "{domain} の SPF レコードに不審と判断される記述があるため、{provider} はメッセージを拒否しました。",
      ),
      cause: t(
        "Gmail does not accept mail from domains whose SPF record is overly broad (for example it allows huge address ranges) or otherwise looks abused.",
        "Gmail は、SPF レコードが広すぎる (巨大なアドレス範囲を許可するなど) または悪用が疑われるドメインからのメールを受け付けません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ),
];

const reputation: readonly ProviderEntry[] = [
  ...deferredAndRefused(
    { deferred: "4.7.25/4.7.23/4.7.0", refused: "5.7.25" },
    {
      id: "gmail-5.7.25-ptr",
      texts: [
        "does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP",
        "does not have a PTR record",
        "doesn't have a PTR record",
        "does not meet IPv6 sending guidelines regarding PTR records",
        "does not match the IP address of the hostname specified in the pointer (PTR) record",
      ],
      reasons: ["requireptr"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because the sending IP address[[ {ip}]] has no valid reverse DNS (PTR) name.",
        "送信 IP アドレス[[ {ip} ]]に有効な逆引き DNS (PTR) 名がないため、{provider} はメッセージを受け付けませんでした。",
      ),
      cause: t(
        "Gmail requires the sending IP to have a PTR record whose host name resolves back to the same IP.",
        "Gmail は、送信 IP に PTR レコードがあり、そのホスト名が同じ IP に正引きできることを求めています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  {
    id: "gmail-5.7.1-ipv6-guidelines",
    code: "5.7.1",
    texts: [
      "Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication",
      "does not meet IPv6 sending guidelines",
    ],
    markers: ["ipv6_authentication_error"],
    reasons: ["requireptr", "authfailure"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} refused the message because it came over IPv6[[ from {ip}]] without meeting Gmail's IPv6 rules: the sending IPv6 address needs a PTR (reverse DNS) name that resolves back to it, and the message must pass SPF or DKIM.",
      "メッセージが IPv6 [[({ip}) ]]経由で届き、Gmail の IPv6 の要件を満たしていなかったため、{provider} は拒否しました。送信元の IPv6 アドレスには、同じアドレスに正引きできる PTR (逆引き DNS) 名が必要で、メッセージは SPF か DKIM に合格する必要があります。",
    ),
    cause: t(
      "Gmail is stricter with mail sent over IPv6 than over IPv4: a missing PTR record or a failed SPF/DKIM check that IPv4 mail might survive is refused.",
      "Gmail は IPv6 で届くメールに IPv4 より厳しい基準を適用します。IPv4 なら通ることもある PTR レコードの欠如や SPF/DKIM の失敗でも拒否されます。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      YOUR_ADMIN.checkPtr,
      YOUR_ADMIN.checkSpf,
      YOUR_ADMIN.checkDkim,
      t(
        "If the IPv6 address cannot get a PTR record, send to Gmail over IPv4 (for example Postfix's smtp_address_preference = ipv4).",
        "IPv6 アドレスに PTR レコードを設定できない場合は、Gmail へは IPv4 で送信してください (例: Postfix の smtp_address_preference = ipv4)。",
      ),
    ],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    page: GUIDELINES,
  },
  // The table's 4.7.28 scope that is no sender: a domain the message links to (tracking and
  // shortener domains are shared by many senders), so the links, not the server, need changing.
  ...deferredAndRefused(
    { deferred: "4.7.28", refused: "5.7.28" },
    {
      id: "gmail-5.7.28-url-domain",
      texts: [
        "has detected an unusual rate of unsolicited mail containing one of your URL domains",
        "unusual rate of unsolicited email containing one of your URL domains",
      ],
      reasons: ["speeding", "badreputation", "spamdetected"],
      owner: "your-admin",
      summary: t(
        "{provider} is limiting mail that links to a domain it recently saw in an unusual amount of unwanted mail: the domain is one of the links in this message, not your sending server.",
        "最近の迷惑メールに異常に多く含まれていたドメインへのリンクを含むため、{provider} はメールを制限しています。問題は送信サーバーではなく、このメッセージ内のリンク先のドメインです。",
      ),
      cause: t(
        "Gmail also keeps a reputation for the domains of the links in a message. A click-tracking or link-shortening domain that many senders share, or a linked site that was abused, can carry other senders' spam into your mail.",
        "Gmail はメッセージ内のリンク先のドメインも評価しています。多くの送信者が共用するクリック計測や短縮 URL のドメイン、または悪用されたリンク先のサイトへのリンクがあると、他の送信者が送った迷惑メールの悪い評価があなたのメールにも及ぶことがあります。",
      ),
      fix: [YOU.retryAfterBlock, YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find which linked domain it is (a shared tracking or shortener domain is the usual one): send with a link domain of your own, and remove links to domains with a poor reputation.",
          "どのリンク先ドメインが原因か確認してください (共用のクリック計測や短縮 URL のドメインがよくある原因です)。自組織専用のリンク用ドメインを使って送信し、評価の低いドメインへのリンクは削除してください。",
        ),
        YOUR_ADMIN.slowDown,
      ],
      actions: ["retry-later", "contact-your-admin"],
      page: "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.28/4.7.0", refused: "5.7.28/5.7.1" },
    {
      id: "gmail-5.7.28-unusual-rate",
      texts: [
        "has detected an unusual rate of unsolicited mail",
        "an unusual rate of unsolicited mail originating from your IP address",
        "an unusual rate of mail originating from your",
        "has detected an unusual rate of",
        "an unusual amount of unsolicited",
        "unusual rate of unsolicited email",
        "exceeded the quota for sending messages that have the same Message-ID",
        "から大量の迷惑メールが送信されたことを検出しました",
        "發出數量異常龐大的來路不明電子郵件",
        "发出了数量庞大、来路不明的邮件",
      ],
      reasons: ["speeding", "blocked", "badreputation", "spamdetected"],
      owner: "your-admin",
      summary: t(
        "{provider} is limiting mail from {ip} because it saw an unusual amount of unwanted mail from it (or from {domain}).",
        "{ip} (または {domain}) から迷惑メールが異常に多く届いていると判断し、{provider} はそこからのメールを制限しています。",
      ),
      cause: t(
        "A rise in volume, complaints or spam-like mail from this IP or domain made Gmail throttle or block it; the limit lifts as the reputation recovers.",
        "この IP やドメインからの送信量・苦情・迷惑メールらしいメールが増えたため、Gmail が制限またはブロックしました。評価が回復すれば制限は解けます。",
      ),
      fix: [YOU.retryAfterBlock, YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.slowDown],
      actions: ["retry-later", "contact-your-admin"],
      page: "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.7.0", refused: "5.7.1" },
    {
      id: "gmail-5.7.1-low-reputation",
      texts: [
        "This message is suspicious due to the very low reputation of the sending IP address",
        "very low reputation of the sending",
        "Our system has detected that this message is likely unsolicited mail",
        "likely unsolicited mail",
        "is likely unsolicited email",
        "due to the nature of the content or the links within",
        // Google's lists also print "the content and/or the links within"
        "suspicious due to the nature of the content",
      ],
      reasons: ["badreputation", "spamdetected", "blocked"],
      owner: "your-admin",
      summary: t(
        "{provider} treated the message as likely spam, because of the very low reputation of the sending IP address[[ {ip}]] or of {domain}, or of its content and links.",
        "送信 IP アドレス[[ {ip} ]]や {domain}、あるいはメッセージの内容やリンクの評価が非常に低いため、{provider} はこのメッセージを迷惑メールの可能性が高いと判断しました。",
      ),
      cause: t(
        "Gmail scores each message on the sender's reputation and on its content; this one scored as unwanted mail.",
        "Gmail は送信者の評価と内容をもとに各メッセージに点数を付けており、このメッセージは迷惑メールと判定されました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.checkDkim],
      actions: ["contact-your-admin"],
    },
  ),
  {
    id: "gmail-5.7.1-ip-not-authorized",
    code: "5.7.1",
    texts: [
      "is not authorized to send email directly to our servers",
      "Please use the SMTP relay at your service provider instead",
    ],
    reasons: ["norelaying", "blocked", "badreputation"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} does not accept mail sent directly from {ip}; that kind of address (often a home or dynamic IP) must send through its provider's mail server.",
      "{provider} は {ip} から直接送られたメールを受け付けません。この種のアドレス (家庭用や動的 IP が多い) は、プロバイダーのメール サーバーを経由して送る必要があります。",
    ),
    cause: t(
      "The sending IP is in a range Gmail does not accept direct delivery from (dynamic or consumer ranges, or listed as such).",
      "送信 IP は、Gmail が直接の配信を受け付けない範囲 (動的 IP や一般向けの範囲、またはそう登録されたもの) にあります。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Send through a smart host (your internet provider's or your mail service's relay) instead of delivering directly from {ip}.",
        "{ip} から直接配信せず、スマート ホスト (インターネット プロバイダーやメール サービスのリレー) を経由して送ってください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  ...deferredAndRefused(
    { deferred: "4.7.29/4.7.0", refused: "5.7.29/5.7.0" },
    {
      id: "gmail-5.7.29-tls",
      texts: [
        "wasn't sent over a TLS connection",
        "senders to use TLS/SSL for SMTP",
        "TLS required for RCPT domain",
        "Must issue a STARTTLS command first",
        "RCPT ドメインには TLS が必要です",
        "RCPT 網域需要使用 TLS",
        "RCPT 网域需要 TLS",
      ],
      reasons: ["failedstarttls"],
      owner: "your-admin",
      summary: t(
        "{provider} did not accept the message because your server did not send it over an encrypted (TLS) connection.",
        "送信サーバーが暗号化 (TLS) 接続で送らなかったため、{provider} はメッセージを受け付けませんでした。",
      ),
      cause: t(
        "Gmail requires TLS from bulk senders, and some Google Workspace domains require it from everyone.",
        "Gmail は大量送信者に TLS を求めており、Google Workspace のドメインによってはすべての送信者に求めています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkTls],
      actions: ["contact-your-admin"],
      page: GUIDELINES,
    },
  ),
  {
    id: "gmail-5.7.1-not-rfc5322",
    code: "5.7.1/5.6.0",
    texts: [
      "Our system has detected that this message is not RFC 5322 compliant",
      "is not RFC 5322 compliant",
      "missing a valid address in the From: header",
      "missing a valid address in From: header",
      "missing a valid Message-ID header",
      "multiple addresses in the From: header",
      "unicode character in a disallowed header",
      "Encoded-word syntax is not permitted in message header",
      "Multiple addresses in From: header are not accepted",
      "missing a valid Message-ID: header",
      // its 2023 words (splitbrain/dokuwiki-plugin-smtp#59)
      "missing a valid messageId header",
      "Mail message is malformed",
    ],
    reasons: ["notcompliantrfc", "contenterror"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} refused the message because its headers break the message format standard (RFC 5322): for example a header that may appear only once written twice (To, Cc, Subject, Date, From, Message-ID), no valid From address, or no Message-ID.",
      "ヘッダーがメッセージ形式の標準 (RFC 5322) に反しているため、{provider} はメッセージを拒否しました。1 つしか入れられないヘッダー (To、Cc、Subject、Date、From、Message-ID) が重複している、有効な From アドレスがない、Message-ID がない、などです。",
    ),
    // Google's "Troubleshoot RFC 5322 (duplicate header) bounce messages" (support.google.com/a/
    // answer/13567860) lists the headers it counts; replies name them ("duplicate To headers",
    // "duplicate headers", "Multiple 'From' headers found": spamresource.com, 2022-08)
    cause: t(
      "The application or device that created the message writes malformed headers; Gmail refuses such mail to protect against spoofing.",
      "メッセージを作成したアプリケーションや機器が不正なヘッダーを書いています。Gmail はなりすまし対策としてこうしたメールを拒否します。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [YOUR_ADMIN.checkMessageFormat],
    actions: ["contact-your-admin"],
  },
  {
    id: "gmail-5.7.0-relay-denied",
    ownBounce: true,
    code: "5.7.0/5.7.1/5.5.0",
    texts: [
      "Mail relay denied",
      "Invalid credentials for relay",
      "Email sending denied",
      "Mail Sending denied",
      "temporarily suspended due to abuse",
    ],
    reasons: ["norelaying", "rejected", "securityerror"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Google's SMTP relay refused to pass the message on: the sending server[[ {ip}]] is not registered for your organization's relay.",
      "Google の SMTP リレーがメッセージの中継を拒否しました。送信サーバー[[ {ip} ]]は組織のリレー設定に登録されていません。",
    ),
    cause: t(
      "The Google Workspace SMTP relay accepts only the IP addresses or the authenticated accounts its admin allowed.",
      "Google Workspace の SMTP リレーは、管理者が許可した IP アドレスまたは認証済みアカウントからのみ受け付けます。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "In the Google Admin console, add {ip} to the SMTP relay service's allowed senders, or make the device authenticate.",
        "Google 管理コンソールで SMTP リレー サービスの許可する送信者に {ip} を追加するか、機器が認証して送るよう設定してください。",
      ),
    ],
    actions: ["contact-your-admin"],
    page: "https://support.google.com/a/answer/6140680",
  },
  ...deferredAndRefused(
    { deferred: "4.4.5/4.2.1", refused: "5.4.5/5.7.1" },
    {
      id: "gmail-5.4.5-sending-limit",
      ownBounce: true,
      texts: [
        "Daily user sending limit exceeded",
        "Daily sending quota exceeded",
        // Gmail's older wording of the same limit (gen-smtp/gen_smtp#140; quoted beside the new one
        // on simplefastwebsites.com's 550 5.4.5 page): without it, a sending service's "Sending
        // quota exceeded" (wordings.ts) took the reply
        "Daily user sending quota exceeded",
        "Email quota exceeded",
        "This email has been rate limited",
      ],
      reasons: ["speeding", "toomanyconn", "exceedlimit"],
      owner: "you",
      summary: t(
        "Your Google account (or your organization's relay) reached its sending limit[[ of {limit}]], so this message was not sent.",
        "あなたの Google アカウント (または組織のリレー) が送信上限[[ ({limit}) ]]に達したため、このメッセージは送信されませんでした。",
      ),
      cause: t(
        "Google limits how many messages and recipients an account or relay customer may send per day (and per minute); the count resets after up to 24 hours.",
        "Google は、アカウントやリレーの利用者が 1 日 (および 1 分) に送れるメッセージ数と宛先数を制限しています。カウントは最長 24 時間でリセットされます。",
      ),
      fix: [YOU.retryAfterSendingLimit],
      adminFix: [
        t(
          "Check the account for misuse (a compromised password sends spam) and the sending limits in the Google Admin console.",
          "アカウントの悪用 (乗っ取られたパスワードによる迷惑メール送信) がないか、Google 管理コンソールの送信上限とあわせて確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
      page: "https://support.google.com/a/answer/166852",
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.2.1/4.4.5", refused: "5.4.5/5.7.1" },
    {
      id: "gmail-5.4.5-relay-limit",
      ownBounce: true,
      texts: [
        "Daily SMTP relay limit exceeded for",
        "Peak SMTP relay limit exceeded for",
        "SMTP relay limit exceeded",
        "SMTP relay sending limit exceeded",
        // Google's Japanese rendering of its relay limit replies
        "SMTP リレーの上限を超えています",
      ],
      reasons: ["speeding", "toomanyconn", "exceedlimit"],
      owner: "your-admin",
      summary: t(
        "Your organization's use of Google's SMTP relay reached its limit[[ of {limit}]], so Google held back this message.",
        "自組織による Google の SMTP リレーの利用が上限[[ ({limit}) ]]に達したため、Google はこのメッセージの送信を見合わせました。",
      ),
      cause: t(
        "Google Workspace caps how many messages and recipients its SMTP relay takes per customer and per user, per day and at peak rate; a device, application or compromised account sending a lot through the relay uses it up.",
        "Google Workspace の SMTP リレーは、顧客ごと・ユーザーごとに 1 日あたりとピーク時のメッセージ数と宛先数に上限があります。大量に送る機器やアプリケーション、乗っ取られたアカウントがリレーを使うと上限に達します。",
      ),
      fix: [YOU.forwardToAdmin, YOU.resendAfterQuota],
      adminFix: [
        t(
          "Find which device, application or account sends so much through the SMTP relay (Google Admin console, Email Log Search), stop any misuse, and send bulk mail through a bulk mail service instead of the relay.",
          "SMTP リレーで大量に送っている機器・アプリケーション・アカウントを (Google 管理コンソールのメールログ検索で) 特定し、悪用があれば止め、大量配信はリレーではなくメール配信サービスで送ってください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
      page: "https://support.google.com/a/answer/6140680",
    },
  ),
  ...deferredAndRefused(
    { deferred: "4.5.0/4.5.1", refused: "5.5.1/5.5.2/5.5.4/5.5.0/5.7.0/5.7.10/5.7.11" },
    {
      id: "gmail-5.5.1-smtp-protocol",
      texts: [
        "SMTP protocol violation",
        "no commands allowed to pipeline after STARTTLS",
        "STARTTLS may not be repeated",
        "HELO/EHLO argument is invalid",
        "HELO/EHLO argument <argument> invalid",
        "Too many unrecognized commands",
        "Unrecognized command",
        "Unimplemented command",
        "EHLO/HELO first",
        "MAIL first",
        "RCPT first",
        "Cannot Decode response",
        "No identity changes permitted",
        "Too Many Unauthenticated commands",
        "Bad sequence of commands",
        "command was issued out of sequence",
        "Empty HELO/EHLO argument not allowed",
        "Syntax error",
      ],
      reasons: ["syntaxerror", "systemerror"],
      owner: "your-admin",
      summary: t(
        "{provider} ended the delivery because the sending server did not follow the SMTP protocol (a command out of order, malformed or not allowed at that point).",
        "送信サーバーが SMTP の手順に従わなかった (順序の誤ったコマンド、不正な形式、その時点で許されないコマンド) ため、{provider} は配信を打ち切りました。",
      ),
      cause: t(
        "The sending server or application speaks SMTP incorrectly: for example it sends commands before EHLO, pipelines commands after STARTTLS, or sends a wrong EHLO name; the message itself is not the problem.",
        "送信サーバーやアプリケーションの SMTP のやり取りが正しくありません。EHLO の前にコマンドを送る、STARTTLS の後にコマンドをまとめて送る、EHLO の名前が不正、などです。メッセージ自体の問題ではありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check the sending server's or application's SMTP settings and software version against the command in the reply; update it, or send through a standard mail server.",
          "応答に示されたコマンドをもとに、送信サーバーやアプリケーションの SMTP 設定とソフトウェアのバージョンを確認し、更新するか、標準的なメール サーバー経由で送ってください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ),
  ...deferredAndRefused(
    {
      deferred: "4.7.0",
      refused: "5.7.8/5.7.9/5.7.1/5.7.4/5.7.0/5.5.1/5.7.14/5.7.40/5.7.80/5.7.90",
    },
    {
      id: "gmail-5.7.8-sign-in",
      ownBounce: true,
      texts: [
        "Application-specific password required",
        "Username and Password not accepted",
        "Please log in with your web browser and then try again",
        "Please log in through your web browser",
        "XOAUTH is no longer supported",
        "Too many login attempts",
        "Unrecognized Authentication Type",
        "Authentication Required",
        "Optional Argument not permitted for that AUTH mode",
      ],
      reasons: ["securityerror", "authfailure"],
      owner: "you",
      summary: t(
        "Google's server did not accept the sign-in of your mail app or device, so it did not send the message.",
        "Google のサーバーがメール アプリや機器のサインインを受け付けなかったため、メッセージは送信されませんでした。",
      ),
      cause: t(
        "The app signed in to Gmail's outgoing server with a wrong password, without signing in, with a sign-in method Google does not accept, or without the app password that an account with 2-Step Verification needs.",
        "アプリが Gmail の送信サーバーに、サインインせずに送ろうとしたか、誤ったパスワード、Google が受け付けない方式、または 2 段階認証プロセスを使うアカウントに必要なアプリ パスワードなしでサインインしようとしました。",
      ),
      fix: [
        t(
          "Check the account name and password in the app's outgoing mail (SMTP) settings; with 2-Step Verification, create an app password, or sign in to Gmail in a browser once and try again.",
          "アプリの送信メール (SMTP) 設定のアカウント名とパスワードを確認してください。2 段階認証プロセスを使う場合はアプリ パスワードを作成するか、一度ブラウザで Gmail にサインインしてからもう一度試してください。",
        ),
      ],
      adminFix: [
        t(
          "Check that the account may use SMTP sign-in (less secure apps, OAuth, app passwords) in the Google Admin console.",
          "Google 管理コンソールで、このアカウントに SMTP のサインイン (安全性の低いアプリ、OAuth、アプリ パスワード) が許可されているか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
      page: "https://support.google.com/mail/answer/7126229",
    },
    "sender",
  ),
  {
    id: "gmail-5.4.6-mail-loop",
    code: "5.6.0/5.4.6/5.4.14",
    texts: [
      "Message exceeded 50 hops, this may indicate a mail loop",
      "this may indicate a mail loop",
      "this may indicate an email loop",
      "Message exceeded 50 hops",
    ],
    reasons: ["networkerror", "systemerror"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} stopped the message because it had passed through more than 50 mail servers: it was going round in a loop.",
      "メッセージが 50 を超えるメール サーバーを経由していた (ループしていた) ため、{provider} は配信を止めました。",
    ),
    cause: t(
      "Forwarding rules or mail routing send the message back and forth between servers (for example two addresses that forward to each other, or a gateway and Google pointing at each other).",
      "転送ルールやメールの経路設定により、メッセージがサーバー間を行き来しています (互いに転送し合う 2 つのアドレス、互いを指すゲートウェイと Google など)。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Read the Received headers of the returned message to see which servers repeat, then fix the forwarding rule, connector or MX setting that sends the mail back.",
        "返送されたメッセージの Received ヘッダーで繰り返し現れるサーバーを確かめ、メールを送り返している転送ルール、コネクタ、MX の設定を直してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    // Gmail's notice for mail sent as another address ("You're sending this from a different
    // address or alias using the 'Send mail as' feature. The settings for your 'Send mail as'
    // account are misconfigured or out of date.", linking support.google.com/mail/?p=CustomFromDenied):
    // Gmail relays such mail through that address's own SMTP server with the sign-in saved in its
    // settings, and that server refused it ("535 5.7.8 Username and Password not accepted", "Smtp
    // server does not advertise AUTH capability"), as users' notes of send-as aliases with broken
    // SMTP credentials describe.
    id: "gmail-send-mail-as-settings",
    ownBounce: true,
    code: "",
    title: "Gmail's “Send mail as” settings misconfigured or out of date",
    texts: [
      "The settings for your 'Send mail as' account are misconfigured or out of date",
      "using the 'Send mail as' feature",
      "p=CustomFromDenied",
    ],
    reasons: ["securityerror", "rejected", "systemerror"],
    page: "https://support.google.com/mail/answer/22370",
    temporary: false,
    owner: "you",
    summary: t(
      "Gmail could not send this message from your other address: the outgoing server saved for it in Gmail's “Send mail as” settings refused Gmail's sign-in or no longer works.",
      "Gmail は、あなたの別のアドレスからこのメッセージを送信できませんでした。Gmail の「名前」(Send mail as) 設定でそのアドレスに登録されている送信サーバーが、Gmail からのサインインを拒否したか、使えなくなっています。",
    ),
    cause: t(
      "Mail you send from Gmail as another address goes out through that address's own SMTP server, signed in with the user name and password saved in Gmail. A changed password, a server that stopped offering sign-in, or a moved mail service makes that server refuse it; the reply after “The response was” names its answer. The recipient was never reached and did nothing wrong.",
      "Gmail から別のアドレスとして送るメールは、Gmail に保存されたユーザー名とパスワードでそのアドレスの SMTP サーバーにサインインして送信されます。パスワードの変更、サーバーがサインインを受け付けなくなったこと、メール サービスの移転などがあると、そのサーバーが送信を拒否します。その応答は「The response was」の後に書かれています。メッセージは宛先に届いておらず、受信者に問題はありません。",
    ),
    fix: [
      t(
        "In Gmail, open Settings, then Accounts and Import, and edit the address under “Send mail as”: enter the outgoing (SMTP) server, port, user name and current password (or an app password) the address's mail provider gives, then send the message again.",
        "Gmail の [設定] の [アカウントとインポート] を開き、「名前」(Send mail as) にあるそのアドレスの情報を編集してください。そのアドレスのメール サービスが案内する送信 (SMTP) サーバー、ポート、ユーザー名、現在のパスワード (またはアプリ パスワード) を入力してから、メッセージを送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "If the address is in your organization's domain, check that its mail server offers SMTP sign-in to outside clients and that the account may use it.",
        "そのアドレスが自組織のドメインのものであれば、そのメール サーバーが外部のクライアントからの SMTP のサインイン (SMTP 認証) を受け付けているか、またそのアカウントに利用が許可されているかを確認してください。",
      ),
    ],
    actions: ["contact-your-admin", "copy-summary"],
  },
];

const recipient: readonly ProviderEntry[] = [
  // Two rows of Google's table ask for recipients in another SMTP transaction: the sending server
  // splits them by itself (RFC 5321 section 4.5.3.1.10), so nobody must act, and the message has
  // not too many recipients ("Domain policy size": the recipient domain's own policies are large).
  {
    id: "gmail-4.5.3-separate-transaction",
    code: "4.5.3/4.3.0",
    title: "Recipient to be sent in a separate transaction",
    texts: [
      "Domain policy size per transaction exceeded, please try this recipient in a separate transaction",
      "Domain policy size per transaction exceeded",
      "try this recipient in a separate transaction",
      "Multiple destination domains per transaction is unsupported",
      "单次事务不可包含多个目标网域",
    ],
    reasons: ["systemerror"],
    temporary: true,
    lastingDeferral: "recipient-count",
    owner: "nobody",
    summary: t(
      "{provider} takes this recipient only in a delivery of its own, so it asked the sending server to send it again separately; nothing is wrong with the message or the address.",
      "{provider} はこの宛先を単独の配信でしか受け付けないため、送信サーバーに別の配信で再試行するよう求めました。メッセージにも宛先にも問題はありません。",
    ),
    cause: t(
      "Gmail accepts one destination domain per SMTP transaction, and for a domain with many or large Google Workspace policies one recipient per transaction; the sending server put more in one.",
      "Gmail は 1 回の SMTP トランザクションで 1 つの宛先ドメインしか受け付けず、Google Workspace のポリシーが多いか大きいドメインについては 1 回に 1 つの宛先しか受け付けません。送信サーバーは 1 回にそれより多くの宛先を含めました。",
    ),
    whileRetrying: {
      cause: t("It splits them on its next attempt.", "次の試行で分けて送ります。"),
    },
    fix: [YOU.waitForRetry],
    adminFix: [
      t(
        "If these deferrals pile up, check that your sending server or application retries the refused recipients in a new transaction.",
        "このような一時的な拒否が増える場合は、送信サーバーやアプリケーションが、拒否された宛先を新しいトランザクションで再試行しているかを確認してください。",
      ),
    ],
    actions: ["wait-for-retry"],
    page: "https://support.google.com/a/answer/3726730",
  },
  ...deferredAndRefused(
    { deferred: "4.5.3", refused: "5.5.3" },
    {
      id: "gmail-5.5.3-too-many-recipients",
      texts: ["Your message has too many recipients", "Too many recipients for this sender"],
      reasons: ["toomanyconn", "exceedlimit", "systemerror"],
      owner: "you",
      summary: t(
        "{provider} accepts only so many recipients in one message[[ (limit: {limit})]]; this message had more.",
        "{provider} が 1 通のメッセージで受け付ける宛先数には上限があり[[ (上限: {limit})]]、このメッセージはそれを超えていました。",
      ),
      cause: t(
        "Gmail limits the recipients per message and per delivery.",
        "Gmail はメッセージごと・配信ごとの宛先数を制限しています。",
      ),
      // not once the sending server gave up on them (h-ja14)
      whileRetrying: {
        cause: t(
          "A deferral sends the remaining recipients in a later delivery.",
          "一時的な拒否の場合、残りの宛先は後の配信で送られます。",
        ),
      },
      // a deferral's server sends the rest itself: a split now would send them a second copy
      fix: [
        finalOnly(
          t(
            "Send the message to fewer recipients at a time, or use a group or mailing list.",
            "宛先を減らして何回かに分けて送るか、グループやメーリング リストを使ってください。",
          ),
          t(
            "If it finally fails, send it to fewer recipients at a time, or use a group or mailing list.",
            "最終的に配信できなかった場合は、宛先を減らして何回かに分けて送るか、グループやメーリング リストを使ってください。",
          ),
        ),
      ],
      adminFix: [
        t(
          "If a sending application puts many recipients in one delivery, make it split them.",
          "送信アプリケーションが 1 回の配信に多くの宛先を入れている場合は、分割するよう設定してください。",
        ),
      ],
      actions: ["split-recipients"],
    },
    "sender",
  ),
  {
    id: "gmail-5.1.1-no-such-user",
    code: "5.1.1",
    texts: [
      "The email account that you tried to reach does not exist",
      "double-checking the recipient's email address for typos",
    ],
    reasons: ["userunknown"],
    temporary: false,
    owner: "you",
    summary: t(
      "There is no mailbox with this address at {recipientDomain}: {provider} says the account does not exist.",
      "{recipientDomain} にこのアドレスのメールボックスはありません。{provider} はアカウントが存在しないと応答しました。",
    ),
    cause: t(
      "The address is misspelled, was never created, or was deleted.",
      "アドレスの綴りが誤っている、作成されていない、または削除されています。",
    ),
    fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
    adminFix: [
      t(
        "Nothing to change on the sending side; if the address came from a list, remove it.",
        "送信側で変える設定はありません。アドレスがリストから来たものなら削除してください。",
      ),
    ],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "gmail-5.1.3-bad-address",
    code: "5.1.3",
    texts: ["is not a valid RFC 5321 address", "is not a valid RFC-5321 address"],
    reasons: ["userunknown", "syntaxerror"],
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient's address is not written in a valid form, so {provider} refused it.",
      "宛先アドレスの書き方が正しくないため、{provider} はこのアドレスを拒否しました。",
    ),
    cause: t(
      "The address has a character or a shape that mail addresses may not have (a space, two @, a trailing dot).",
      "アドレスに使えない文字や形 (空白、@ が 2 つ、末尾のドットなど) が含まれています。",
    ),
    fix: [YOU.checkAddress],
    adminFix: [t("Nothing to change on the sending side.", "送信側で変える設定はありません。")],
    actions: ["resend-corrected-address"],
  },
  ...deferredAndRefused(
    { deferred: "4.2.2", refused: "5.2.2" },
    {
      id: "gmail-5.2.2-mailbox-full",
      texts: [
        "The recipient's inbox is out of storage space",
        "inbox is out of storage space",
        "is over quota",
        "收件人的收件箱存储空间不足",
      ],
      reasons: ["mailboxfull"],
      owner: "recipient",
      summary: t(
        "The recipient's Gmail mailbox is full, so {provider} could not store your message.",
        "受信者の Gmail メールボックスがいっぱいのため、{provider} はメッセージを保存できませんでした。",
      ),
      cause: t(
        "The recipient's Google storage (shared by Gmail, Drive and Photos) is used up.",
        "受信者の Google ストレージ (Gmail、ドライブ、フォトで共有) の容量を使い切っています。",
      ),
      fix: [SENDER.tellMailboxFull, SENDER.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient", "retry-later"],
    },
  ),
  {
    id: "gmail-5.2.1-disabled",
    code: "5.2.1",
    texts: [
      "The email account that you tried to reach is disabled",
      "The email account that you tried to reach is inactive",
      "account that you tried to reach is disabled",
    ],
    reasons: ["suspend"],
    temporary: false,
    owner: "recipient",
    summary: t(
      "The recipient's Google account is disabled or inactive, so it takes no mail.",
      "受信者の Google アカウントが無効または休止状態のため、メールを受け取れません。",
    ),
    cause: t(
      "The account was suspended by its owner, its admin or Google, or closed for inactivity.",
      "アカウントが所有者・管理者・Google によって停止されたか、長期間使われず閉鎖されています。",
    ),
    fix: [YOU.reachRecipientOtherWay],
    adminFix: [
      t(
        "Remove the address from your lists if it stays disabled.",
        "無効のままであれば、このアドレスをリストから削除してください。",
      ),
    ],
    actions: ["contact-recipient"],
  },
  ...deferredAndRefused(
    { deferred: "4.2.1", refused: "5.2.1" },
    {
      id: "gmail-5.2.1-receiving-too-fast",
      texts: [
        "The user you are trying to contact is receiving mail too quickly",
        "is receiving mail too quickly",
        "is receiving email too quickly",
        "is receiving mail at a rate that prevents additional messages from being delivered",
        "rate that prevents additional messages from being delivered",
        // the reply's first line, all that Sendmail keeps of it
        "The user you are trying to contact is receiving mail at a rate that",
        "宛先のユーザーが、非常に速いペースでメールを受信しようとしています",
        "您要聯絡的使用者目前正在接收大量郵件",
        "您尝试联系的用户接收电子邮件的速度过快",
        "您尝试联系的用户接收电子邮件的频率过高",
        "您尝试联系的用户目前接收邮件过于频繁",
        "您尝试联系的用户目前接收电子邮件过于频繁",
      ],
      reasons: ["speeding", "mailboxfull"],
      owner: "nobody",
      summary: t(
        "The recipient is getting mail faster than {provider} accepts for one mailbox, so your message was held back.",
        "受信者に届くメールの速さが {provider} の 1 メールボックスあたりの上限を超えたため、メッセージは保留されました。",
      ),
      cause: t(
        "Gmail limits the rate of incoming mail per mailbox; a flood of mail (or a mail loop) to this recipient reached it.",
        "Gmail はメールボックスごとに受信の速さを制限しています。この受信者宛ての大量のメール (またはメールのループ) が上限に達しました。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "If your own system sends this recipient many messages (an alert or a loop), slow it down.",
          "自組織のシステムがこの受信者へ大量に送っている (通知やループ) 場合は、送信を抑えてください。",
        ),
      ],
      actions: ["retry-later"],
    },
    "receiving-side",
  ),
  {
    id: "gmail-5.3.4-too-large",
    code: "5.2.3/5.3.4",
    texts: [
      "Your message exceeded Google's message size limits",
      "exceeds Google's message size limit of",
      "exceeded Google's message header size limits",
      "exceeds Google's limit of",
    ],
    reasons: ["mesgtoobig", "exceedlimit"],
    temporary: false,
    owner: "you",
    summary: t(
      "The message is larger than {provider} accepts[[ (limit: {limit})]].",
      "メッセージが {provider} の受け付けるサイズを超えています[[ (上限: {limit})]]。",
    ),
    cause: t(
      "Gmail accepts messages up to 25 MB including attachments and their encoding, and limits the number of attachments and the header size.",
      "Gmail が受け付けるのは添付ファイルとそのエンコードを含めて 25 MB までで、添付ファイル数とヘッダー サイズにも上限があります。",
    ),
    fix: [YOU.shrink],
    adminFix: [YOUR_ADMIN.largeFilesAsLinks],
    actions: ["shrink-attachments"],
  },
  {
    id: "gmail-5.7.0-blocked-content",
    code: "5.7.0",
    texts: [
      "blocked because its content presents a potential security issue",
      "illegal attachment on your message",
    ],
    reasons: ["policyviolation", "virusdetected", "securityerror"],
    temporary: false,
    owner: "you",
    summary: t(
      "{provider} blocked the message because of its content, usually an attachment type it does not accept (an executable, a script, a password-protected archive).",
      "内容のために {provider} がメッセージをブロックしました。多くは受け付けない種類の添付ファイル (実行ファイル、スクリプト、パスワード付き圧縮ファイル) です。",
    ),
    cause: t(
      "Gmail refuses attachments that can carry malware, and links or documents it finds dangerous.",
      "Gmail はマルウェアを運びうる添付ファイルや、危険と判断したリンクや文書を拒否します。",
    ),
    fix: [
      t(
        "Remove the attachment, or share it through a link to a file-sharing service, and send again.",
        "添付ファイルを外すか、ファイル共有サービスのリンクで共有してから送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "If the file is harmless, check that your own systems are not infected and that links in the message are not on a blocklist.",
        "ファイルが無害であれば、自組織のシステムが感染していないこと、メッセージ内のリンクがブロック リストに載っていないことを確認してください。",
      ),
    ],
    actions: ["shrink-attachments", "contact-your-admin"],
    page: "https://support.google.com/mail/answer/6590",
  },
  ...deferredAndRefused(
    { deferred: "4.7.0", refused: "5.7.1" },
    {
      id: "gmail-5.7.1-recipient-policy",
      title: "Message violates the recipient organization's email policy",
      texts: [
        "This message violates <domain> email policy",
        "has a policy that prohibited the mail that you sent",
        "that you are sending to (or from) has a policy that prohibit",
        "IP not in whitelist for RCPT domain",
        "IP が RCPT ドメインのホワイトリストにありません",
        "IP 不在 RCPT 網域許可清單中",
        "IP 未列入 RCPT 网域的白名单",
        "のメールポリシーに違反しています",
      ],
      markers: ["- gcdp"],
      reasons: ["policyviolation", "rejected", "blocked", "filtered"],
      owner: "recipient-admin",
      summary: t(
        "A rule set up by the recipient's organization ({recipientDomain}) in Google Workspace refused the message.",
        "受信側の組織 ({recipientDomain}) が Google Workspace に設定したルールがメッセージを拒否しました。",
      ),
      cause: t(
        "The recipient's admin created a rule this message did not pass: a custom policy (Google then ends the reply with 'gcdp') or an allow list of the IP addresses that may send to their domain (the reply then says 'IP not in whitelist').",
        "受信側の管理者が作成したルールを、このメッセージが通過しませんでした。そのルールは、独自のポリシー (その場合、Google の応答の末尾に「gcdp」とあります) か、そのドメインに送信できる IP アドレスを限る許可リスト (その場合、応答に「IP not in whitelist」とあります) のどちらかです。",
      ),
      fix: [
        t(
          "Ask the recipient to have their admin allow your messages; nothing on your side can change their rule.",
          "受信者から受信側の管理者に、あなたのメッセージを許可するよう依頼してもらってください。受信側のルールは送信側からは変えられません。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
  ),
  {
    // Google Groups' refusal of a post its spam filter caught ("Your email to group <group> was
    // rejected due to spam classification"): the reply names the group's owner, who can hold such
    // posts for moderation instead, and links support.google.com/a/answer/168383.
    id: "gmail-group-spam-rejected",
    code: "",
    title: "Google group refused the message as spam",
    texts: ["was rejected due to spam classification"],
    reasons: ["spamdetected", "filtered", "rejected"],
    page: "https://support.google.com/a/answer/168383",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "A Google group refused the message: its spam filter classified the message as spam, and the group bounces such posts instead of holding them for its owner to review.",
      "Google グループがメッセージを拒否しました。迷惑メール フィルターがメッセージを迷惑メールと判定し、このグループはそうした投稿をオーナーの確認待ちにせず差し戻す設定になっています。",
    ),
    cause: t(
      "Google Groups scores each post like Gmail does; a post from a domain without SPF or DKIM, or with advertising-like content, is more likely to be caught. The group's owner decides whether a caught post is bounced or held for moderation.",
      "Google グループは投稿を Gmail と同じように採点します。SPF や DKIM のないドメインからの投稿や、広告のような内容の投稿は判定されやすくなります。判定された投稿を差し戻すか、確認待ちにするかはグループのオーナーが決めます。",
    ),
    fix: [
      t(
        "Ask the group's owner (another way) to turn on moderation for caught posts or to approve your address; send again after that.",
        "別の手段でグループのオーナーに連絡し、判定された投稿を確認待ちにする設定にするか、あなたのアドレスを承認してもらい、その後で送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "The group's owner or Google Workspace admin turns on moderation for messages caught as spam; your own admin checks that your domain publishes SPF and signs with DKIM.",
        "グループのオーナーまたは Google Workspace の管理者が、迷惑メールと判定されたメッセージを確認待ちにする設定を有効にする必要があります。自組織の管理者は、自組織のドメインが SPF を公開し DKIM で署名しているか確認してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    // Google Groups' refusal once a group has sent to more people outside its organization than
    // its daily limit ("The group <group> has exceeded its quota for total number of external
    // recipients.", a Code for America issue, github.com/codeforamerica/brigade/issues/242): Google's
    // "Groups policies and limits" lists "Total external recipients per group" per day and says a
    // group that reaches a limit is restricted for an hour, up to 24 hours.
    id: "gmail-group-external-quota",
    code: "",
    title: "Google group over its daily limit of external recipients",
    texts: ["has exceeded its quota for total number of external recipients"],
    reasons: ["exceedlimit", "rejected", "systemerror"],
    page: "https://support.google.com/a/answer/6099642",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The Google group you wrote to has reached Google's daily limit on how many people outside its organization it may send to, so it did not pass your message on.",
      "宛先の Google グループは、1 日に配信できる組織外の宛先の数について Google が定める上限に達したため、あなたのメッセージを配信しませんでした。",
    ),
    cause: t(
      "Google limits how many external recipients one group may send to in a day; a large group with many outside members reaches it quickly. Google lifts the restriction by itself, usually within an hour and at most within 24 hours. Nothing is wrong with your message or your address.",
      "Google は、1 つのグループが 1 日に配信できる組織外の宛先の数を制限しています。組織外のメンバーが多い大きなグループはすぐに上限に達します。制限は通常 1 時間以内、長くても 24 時間以内に自動で解除されます。あなたのメッセージやアドレスに問題はありません。",
    ),
    fix: [
      t(
        "Send the message to the group again tomorrow, or write to the people you need directly; if it keeps happening, tell the group's owner.",
        "翌日にグループへ送り直すか、必要な相手に直接送ってください。何度も起こる場合は、グループのオーナーに知らせてください。",
      ),
    ],
    adminFix: [
      t(
        "The group's owner or Google Workspace admin reduces what the group sends outside the organization (fewer external members, or a separate group or mailing service for them).",
        "グループのオーナーまたは Google Workspace の管理者が、グループから組織外への配信を減らす必要があります (組織外のメンバーを減らす、組織外向けには別のグループや配信サービスを使うなど)。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  },
  {
    // "Message bounced due to a policy rule" (support.google.com/a/answer/7282433): the sender's
    // own organization requires S/MIME, and Gmail had no public key for the recipient.
    id: "gmail-5.7.1-smime-required",
    code: "",
    texts: ["A policy required encryption but was unable to encrypt the message"],
    reasons: ["securityerror", "policyviolation"],
    temporary: false,
    owner: "your-admin",
    ownBounce: true,
    page: "https://support.google.com/a/answer/7282433",
    summary: t(
      "Your own organization's Google Workspace rule requires this message to be encrypted (S/MIME), and Gmail could not encrypt it for this recipient, so it was not sent.",
      "自組織の Google Workspace のルールはこのメッセージの暗号化 (S/MIME) を求めていますが、Gmail はこの宛先向けに暗号化できなかったため、送信されませんでした。",
    ),
    cause: t(
      "To encrypt a message with S/MIME, Gmail needs the recipient's public key, which it learns from a signed message the recipient sent before; it had none for this recipient.",
      "S/MIME でメッセージを暗号化するには受信者の公開鍵が必要で、Gmail はそれを受信者が以前に送った署名付きメッセージから得ます。この受信者の公開鍵はありませんでした。",
    ),
    fix: [
      t(
        "Ask the recipient to send you a message signed with S/MIME first, then send yours again; or ask your admin whether this message must be encrypted.",
        "まず受信者に S/MIME で署名したメッセージを送ってもらってから、送り直してください。または、このメッセージを暗号化する必要があるか管理者に確認してください。",
      ),
    ],
    adminFix: [
      t(
        "In the Google Admin console, check the compliance rule that requires S/MIME for this message, and make sure the recipients' keys are exchanged before the rule applies to them.",
        "Google 管理コンソールで、このメッセージに S/MIME を求めるコンプライアンス ルールを確認し、ルールが適用される前に宛先との間で鍵が交換されているようにしてください。",
      ),
    ],
    actions: ["contact-recipient", "contact-your-admin"],
  },
];

/** Failures that a Gmail-written bounce reports about the recipient's domain. */
const routing: readonly ProviderEntry[] = [
  {
    id: "gmail-dns-nxdomain",
    title: "Recipient domain does not exist (DNS NXDOMAIN)",
    ownBounce: true,
    code: "",
    texts: [
      "DNS type 'mx' lookup of <domain> responded with code NXDOMAIN",
      "responded with code NXDOMAIN",
      "Domain name not found",
      "We weren't able to find the recipient domain",
    ],
    reasons: ["hostunknown"],
    temporary: false,
    owner: "you",
    summary: t(
      "The domain {missingDomain} does not exist, so the message could not be delivered; the address is probably misspelled.",
      "ドメイン {missingDomain} は存在しないため、メッセージを配信できませんでした。アドレスの綴り間違いの可能性が高いです。",
    ),
    cause: t(
      "DNS answered NXDOMAIN (no such domain) when Google's server looked up where to deliver mail for {missingDomain}.",
      "Google のサーバーが {missingDomain} の配信先を調べたところ、DNS は NXDOMAIN (そのようなドメインはない) と応答しました。",
    ),
    fix: [YOU.checkAddress],
    adminFix: [
      t(
        "If {missingDomain} should exist, its owner must register it or fix its DNS delegation.",
        "{missingDomain} が存在するはずなら、ドメインの所有者が登録するか DNS の委任を直す必要があります。",
      ),
    ],
    actions: ["resend-corrected-address"],
  },
  {
    id: "gmail-dns-servfail",
    ownBounce: true,
    code: "",
    texts: [
      "responded with code SERVFAIL",
      "DNS type 'mx' lookup of <domain> responded with code SERVFAIL",
    ],
    reasons: ["networkerror", "hostunknown", "systemerror"],
    temporary: true,
    lastingDeferral: "receiving-side",
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain could not be looked up: its DNS servers failed to answer.",
      "宛先ドメインの DNS サーバーが応答に失敗したため、配信先を調べられませんでした。",
    ),
    whileRetrying: { summary: NOT_YET_RECEIVED },
    cause: t(
      "DNS answered SERVFAIL for the recipient's domain: its name servers are down, misconfigured, or fail DNSSEC validation.",
      "宛先ドメインについて DNS が SERVFAIL と応答しました。ネーム サーバーの停止、設定の誤り、DNSSEC 検証の失敗などが原因です。",
    ),
    fix: [YOU.retryLater],
    adminFix: [
      t(
        "Recipient's admin: check the domain's name servers and DNSSEC signatures.",
        "受信側の管理者: ドメインのネーム サーバーと DNSSEC 署名を確認してください。",
      ),
    ],
    actions: ["retry-later", "contact-recipient-admin"],
  },
  {
    id: "gmail-4.3.0-temporary-problem",
    code: "4.3.0/4.2.0/4.4.2/4.4.5/4.5.0/4.7.0",
    texts: [
      "Mail server temporarily rejected message",
      "The mail server has temporarily rejected this message",
      "Temporary System Problem",
      "Server busy",
      "timeout - closing connection",
      "Try again later, closing connection",
      "server has temporarily rejected this message",
      "Connection expired, try reconnecting",
      "Cannot authenticate due to temporary system problem",
      "システムに一時的な問題があります",
      "サーバーがビジーです",
      "システムの一時的な問題です",
      // "Try again later, closing connection." in Google's Japanese table (its "お試しください"
      // left to the placeholder: our style guide keeps that phrase out of our own literals)
      "しばらくしてからもう一度<...>接続を閉じます",
      "系統暫時發生問題",
      "伺服器忙碌中",
      "服务器繁忙",
      "临时系统问题",
      "电子邮件服务器暂时拒绝了此邮件",
      "邮件服务器暂时拒绝接收邮件",
    ],
    reasons: ["systemerror", "expired", "networkerror"],
    temporary: true,
    owner: "nobody",
    summary: t(
      "{provider} had a temporary problem and asked the sending server to try again later; nothing is wrong with the message.",
      "{provider} に一時的な問題があり、後で再試行するよう送信サーバーに求めました。メッセージ自体に問題はありません。",
    ),
    cause: t(
      "A temporary condition on Google's side (load, a timeout) stopped this delivery attempt.",
      "Google 側の一時的な状態 (負荷、タイムアウト) により、この配信試行が止まりました。",
    ),
    fix: [YOU.retryLater],
    adminFix: [
      t(
        "If it lasts for hours, check your server's queue and its connections to Google.",
        "何時間も続く場合は、送信サーバーのキューと Google への接続を確認してください。",
      ),
    ],
    actions: ["retry-later"],
    lastingDeferral: "sending-side",
  },
];

export const gmail: ProviderCatalog = {
  provider: {
    id: "gmail",
    name: "Gmail / Google Workspace",
    page: "https://support.google.com/a/answer/3726730",
    // and Google's relay and submission servers, smtp-relay.gmail.com and smtp.gmail.com (its SMTP
    // relay setup page, support.google.com/a/answer/2956491), whose limits Google's table lists
    hosts: [...google.hosts, ".gmail.com"],
    markers: [
      "gsmtp",
      "- gcdp",
      // Google's own words and pages in a reply quoted without its "gsmtp" tag
      "support.google.com/mail",
      "support.google.com/a/",
      "gmail requires",
      "spam sent to gmail",
      "gmail has detected",
      "exceeded google's",
      "exceeds google's",
      "google's limit",
      "google's sending limits",
      "workspace smtp relay",
      "your workspace account",
      "a policy required encryption",
      // rows of Google's table in words no other server writes, quoted without the tag
      "the user you are trying to contact is receiving",
      "ip not in whitelist for rcpt domain",
      "invalid credentials for relay",
      "cannot authenticate due to temporary system problem",
      "content presents a potential security issue",
      "destination domains per transaction",
      "domain policy size per transaction",
      // Google Groups' own limit, in a group's notice quoted without the tag
      "exceeded its quota for total number of external recipients",
      // Gmail's notice for mail sent as another address ("Send mail as")
      "your 'send mail as' account",
    ],
    domains: ["gmail.com", "googlemail.com"],
    kind: "receiver",
  },
  entries: [...authentication, ...reputation, ...recipient, ...routing],
};
