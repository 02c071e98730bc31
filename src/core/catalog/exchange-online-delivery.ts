// Source: Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (seed 000), rows 5.0.x-5.6.x.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { YOU } from "./providers/steps";
import { ADMIN, SENDER } from "./steps";

const loopCause = t(
  "Delivering the message made something send another message, which made another, and so on; Exchange breaks such a loop after 20 rounds. Forwarding or inbox rules on either side, or connector and MX settings, are the usual cause.",
  "配信したメッセージが別のメッセージを生み、それがまた次を生む、という連鎖が起きました。Exchange は 20 回繰り返した時点でループを断ち切ります。多くは双方の転送ルールや受信トレイ ルール、コネクタや MX の設定が原因です。",
);

export const exchangeOnlineDelivery = [
  {
    id: "exo-5.0.350-generic",
    code: "5.0.350",
    texts: ["Generic error"],
    commonTexts: ["Generic error"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's organization refused the message with a catch-all error that does not say why.",
      "受信側の組織が、理由を特定しない汎用のエラーでメッセージを拒否しました。",
    ),
    cause: t(
      "5.0.350 is the code Exchange Online uses for assorted unspecified errors raised by the recipient's email organization.",
      "5.0.350 は、受信側の組織で起きたさまざまな特定できないエラーに Exchange Online が使う汎用コードです。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [ADMIN.messageTrace],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exo-5.0.350-x-dg-ref",
    code: "5.0.350",
    texts: ["x-dg-ref header is too long"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The message was refused because of how it was formatted: a rich-text (RTF) message carried a header that grew too long.",
      "メッセージの形式が原因で拒否されました。リッチ テキスト (RTF) 形式のメッセージのヘッダーが長くなりすぎています。",
    ),
    cause: t(
      "The x-dg-ref header comes from rich text formatted messages; when it exceeds the receiver's limit the message is rejected.",
      "x-dg-ref ヘッダーはリッチ テキスト形式のメッセージに付くもので、受信側の上限を超えるとメッセージが拒否されます。",
    ),
    fix: [
      t(
        "Send the message again in HTML or plain text format instead of rich text.",
        "リッチ テキストではなく HTML またはテキスト形式にして送り直してください。",
      ),
    ],
    adminFix: [
      t(
        "Consider converting outgoing rich text messages to HTML for external recipients.",
        "外部宛てのリッチ テキスト メッセージを HTML に変換する設定を検討してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.0.350-as345-nested-attachments",
    code: "5.0.350",
    texts: ["Requested action not taken: policy violation detected (AS345)"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The message was refused because of its attachments: it contains attachments nested inside other attachments.",
      "添付ファイルが原因で拒否されました。添付ファイルの中にさらに添付ファイルが入れ子になっています。",
    ),
    cause: t(
      "The AS345 policy rejects messages whose attachments are nested (an attached message that carries its own attachments).",
      "AS345 ポリシーは、添付ファイルが入れ子になったメッセージ (添付ファイル付きのメッセージを添付したものなど) を拒否します。",
    ),
    fix: [
      t(
        "Attach the files directly instead of attaching a message that holds them, then send again.",
        "ファイルを含むメッセージを添付するのではなく、ファイルそのものを添付して送り直してください。",
      ),
    ],
    adminFix: [ADMIN.messageTrace],
    actions: ["shrink-attachments"],
  },
  {
    id: "both-5.1.0-sender-denied",
    code: "5.1.0",
    texts: ["Sender denied"],
    commonTexts: ["Sender denied"],
    source: "both",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient could not be resolved, typically because you replied to an old or saved copy of a message whose recipient details have changed.",
      "受信者を解決できませんでした。多くは、保存しておいた古いメッセージに返信し、宛先の情報がすでに変わっている場合に起こります。",
    ),
    cause: t(
      "A message saved as a file and replied to later keeps only the recipient's legacyExchangeDN, so the lookup can fail; a malformed contact, or sender filtering / a blocked-senders list on the receiving side, can also produce it.",
      "ファイルとして保存したメッセージに後から返信すると、宛先には legacyExchangeDN だけが残るため検索に失敗することがあります。連絡先の属性の誤りや欠落、受信側の送信者フィルターや受信拒否リストでも発生します。",
    ),
    fix: [
      t(
        "Start a new message, choose the recipient again from the address book (or type the full address) and send it.",
        "新しいメッセージを作成し、アドレス帳から宛先を選び直して (またはアドレスを全部入力して) 送信してください。",
      ),
    ],
    adminFix: [
      ADMIN.checkRecipientExists,
      t(
        "Check the contact's attributes and whether sender filtering or a blocked-senders list rejects this sender.",
        "連絡先の属性と、送信者フィルターや受信拒否リストがこの送信者を拒否していないかを確認してください。",
      ),
    ],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exo-5.1.1-bad-destination-mailbox",
    code: "5.1.1",
    texts: ["Bad destination mailbox address"],
    commonTexts: ["Bad destination mailbox address"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The address you sent to does not exist in the recipient's mail system.",
      "宛先のアドレスが、受信側のメール システムに存在しません。",
    ),
    cause: t(
      "Usually a mistyped address; otherwise the address was changed or removed, the mailbox moved and Outlook's recipient cache still holds the old entry, or the mailbox has an invalid legacy DN.",
      "多くはアドレスの入力ミスです。そのほか、アドレスが変更・削除された、メールボックスが移動したのに Outlook の宛先キャッシュが古いまま、メールボックスのレガシ DN が不正、といった場合があります。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete, SENDER.askCurrentAddress],
    adminFix: [
      ADMIN.checkRecipientExists,
      t(
        "If the mailbox moved, have the sender delete the cached entry and write a new message; resending the old one fails again.",
        "メールボックスが移動している場合は、送信者にキャッシュされた宛先を削除させ、新しいメッセージを作成させてください。元のメッセージを送り直しても同じエラーになります。",
      ),
    ],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exo-5.1.8-bad-outbound-sender",
    code: "5.1.8",
    texts: ["Access denied, bad outbound sender"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your account is blocked from sending because it sent too much spam.",
      "あなたのアカウントは迷惑メールを大量に送ったため、送信をブロックされています。",
    ),
    cause: t(
      "This usually means the account was compromised (phishing, malware) and used to send spam; Exchange Online put it on the restricted senders list.",
      "多くの場合、フィッシングやマルウェアによってアカウントが乗っ取られ、迷惑メール送信に使われたことを示します。Exchange Online が制限付き送信者に登録しました。",
    ),
    fix: [SENDER.secureAccount, SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkCompromise,
      t(
        "Then remove the user from Restricted entities in the Microsoft Defender portal.",
        "その後、Microsoft Defender ポータルの「制限されたエンティティ」からユーザーを削除してください。",
      ),
    ],
    actions: ["secure-account", "contact-your-admin"],
  },
  {
    id: "exo-5.1.10-recipient-not-found",
    code: "5.1.10",
    texts: ["Recipient not found"],
    commonTexts: ["Recipient not found"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "No mailbox with this address was found at the recipient's organization.",
      "受信側の組織に、このアドレスのメールボックスが見つかりませんでした。",
    ),
    cause: t(
      "The SMTP address lookup in the recipient's Microsoft 365 directory found nothing for this address.",
      "受信側の Microsoft 365 のディレクトリで、この SMTP アドレスを検索しても該当がありませんでした。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete, SENDER.askCurrentAddress],
    adminFix: [ADMIN.checkRecipientExists],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exo-5.1.20-multiple-from",
    code: "5.1.20",
    texts: ["Multiple From addresses are not allowed without Sender address"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The message listed several From addresses but no Sender address, which is not allowed.",
      "差出人 (From) に複数のアドレスがあるのに、Sender のアドレスがありませんでした。この形式は受け付けられません。",
    ),
    cause: t(
      "A From field with more than one address requires a Sender field naming the actual sender (RFC 5322).",
      "From に複数のアドレスを入れる場合は、実際の送信者を示す Sender フィールドが必要です (RFC 5322)。",
    ),
    fix: [
      t(
        "Send from a single From address, or ask whoever built the sending application to add a Sender field.",
        "差出人 (From) のアドレスを 1 つにして送るか、送信アプリケーションを作った人に Sender フィールドを付けるよう依頼してください。",
      ),
    ],
    adminFix: [
      t(
        "Fix the application or device that composes these messages so it writes one From address or adds Sender.",
        "このメッセージを作るアプリケーションや機器を、From を 1 つにするか Sender を付けるよう修正してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.1.90-daily-recipient-limit",
    code: "5.1.90",
    texts: [
      "Your message can't be sent because you've reached your daily limit for message recipients",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "You reached your daily limit of recipients, so this message was not sent.",
      "1 日に送れる宛先数の上限に達したため、このメッセージは送信されませんでした。",
    ),
    cause: t(
      "The sender exceeded the recipient rate limit of Exchange Online's sending limits; it can also mean the account is compromised and sending spam.",
      "送信者が Exchange Online の送信制限にある受信者レート制限を超えました。アカウントが乗っ取られて迷惑メール送信に使われている可能性もあります。",
    ),
    fix: [
      t(
        "Wait 24 hours before sending to more recipients; if you did not send that much mail, change your password now.",
        "追加の送信は 24 時間待ってから行ってください。心当たりのない大量送信なら、すぐにパスワードを変更してください。",
      ),
    ],
    adminFix: [ADMIN.checkCompromise],
    actions: ["secure-account"],
  },
  {
    id: "exo-5.2.2-submission-quota",
    code: "5.2.2",
    texts: ["Submission quota exceeded", "SubmissionQuotaExceeded"],
    // Exchange Online always words its own quota refusal so; a quoted remote 5.2.2 is a full mailbox.
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "You sent more messages or to more recipients than your account is allowed in a given time.",
      "一定時間内に送れるメッセージ数または宛先数の上限を超えて送信しました。",
    ),
    cause: t(
      "The sender exceeded the recipient rate limit or the message rate limit of Exchange Online; this may mean the account is compromised.",
      "送信者が Exchange Online の受信者レート制限またはメッセージ レート制限を超えました。アカウントが乗っ取られている可能性があります。",
    ),
    fix: [YOU.retryAfterDailyLimit, SENDER.secureAccount],
    adminFix: [ADMIN.checkCompromise],
    actions: ["retry-later", "secure-account"],
  },
  {
    id: "exo-5.2.121-per-sender-hourly-limit",
    code: "5.2.121",
    texts: ["Recipient's per hour message receive limit from specific sender exceeded"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "You sent this recipient more messages in one hour than Exchange Online accepts from a single sender.",
      "1 時間のうちにこの受信者へ送ったメッセージが、Exchange Online が 1 人の送信者から受け付ける数を超えました。",
    ),
    cause: t(
      "The limit stops a faulty notification system or a single-sender mail storm from flooding one inbox.",
      "この上限は、不具合のある自動通知や 1 人の送信者からのメール ストームで受信トレイがあふれるのを防ぐためのものです。",
    ),
    fix: [
      t(
        "Try again later and send this recipient fewer messages per hour.",
        "時間をおいてから送り直し、この受信者への 1 時間あたりの送信数を減らしてください。",
      ),
    ],
    adminFix: [
      t(
        "If an automated system sends these, throttle it or batch its messages.",
        "自動システムが送っている場合は、送信ペースを落とすか、まとめて送るようにしてください。",
      ),
    ],
    actions: ["retry-later"],
  },
  {
    id: "exo-5.2.122-hourly-receive-limit",
    code: "5.2.122",
    texts: ["Recipient's per hour message receive limit exceeded"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient has received more messages this hour, from all senders together, than Exchange Online allows.",
      "受信者がこの 1 時間に (すべての送信者から合わせて) 受け取ったメッセージが、Exchange Online の上限を超えました。",
    ),
    cause: t(
      "An hourly cap on received messages per mailbox protects inboxes from mail storms and runaway notification systems.",
      "メールボックスごとの 1 時間あたりの受信数上限は、メール ストームや暴走した通知システムから受信トレイを守るためのものです。",
    ),
    fix: [
      t(
        "Send again later; if you send automated mail to this person, send fewer messages per hour.",
        "時間をおいて送り直してください。自動送信している場合は 1 時間あたりの送信数を減らしてください。",
      ),
    ],
    adminFix: [
      t(
        "Find what is flooding the recipient's mailbox and stop or slow it.",
        "受信者のメールボックスに大量に送っているものを特定し、停止するか送信ペースを落としてください。",
      ),
    ],
    actions: ["retry-later"],
  },
  {
    id: "exo-5.3.190-journaling-disabled",
    code: "5.3.190",
    texts: [
      "Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "An on-premises journaling rule sends journal reports to Microsoft 365, which this organization does not accept.",
      "オンプレミスのジャーナル ルールがジャーナル レポートを Microsoft 365 に送っていますが、この組織では受け付けていません。",
    ),
    cause: t(
      "Journaling on-premises mail into Microsoft 365 needs the Journaling Archive setting, and it is turned off.",
      "オンプレミスのメールを Microsoft 365 にジャーナルするにはジャーナリング アーカイブの設定が必要ですが、無効になっています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Turn on Journaling Archive in Microsoft 365, or point the on-premises journal rule at another destination.",
        "Microsoft 365 でジャーナリング アーカイブを有効にするか、オンプレミスのジャーナル ルールの送り先を別の場所に変えてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.4.1-relay-access-denied",
    code: "5.4.1",
    texts: ["Relay Access Denied"],
    commonTexts: ["Relay Access Denied"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The server that refused the message does not accept mail for the recipient's domain.",
      "メッセージを拒否したサーバーは、受信側のドメイン宛てのメールを受け付けていません。",
    ),
    cause: t(
      "A mail server or DNS misconfiguration: the domain's MX points at a server that is not set up to accept that domain.",
      "メール サーバーか DNS の設定誤りです。ドメインの MX が、そのドメインを受け付ける設定になっていないサーバーを指しています。",
    ),
    fix: [SENDER.checkAddress, SENDER.askRecipientAdmin],
    adminFix: [
      ADMIN.checkDns,
      t(
        "Recipient's admin: make sure the domain is an accepted domain on the server its MX record points to.",
        "受信側の管理者: MX レコードが指すサーバーで、このドメインが承認済みドメインになっているか確認してください。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exo-5.4.1-recipient-rejected",
    code: "5.4.1",
    // with the Japanese rendering of Microsoft's Japanese support article on this NDR
    texts: [
      "Recipient address rejected: Access denied",
      "受信者アドレスが拒否されました: アクセスが拒否されました",
    ],
    commonTexts: ["Recipient address rejected: Access denied"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient's address does not exist; the recipient's organization rejected it at the door.",
      "宛先のアドレスは存在しません。受信側の組織が受け付けの段階で拒否しました。",
    ),
    cause: t(
      "Directory-based edge blocking (DBEB) in Exchange Online rejects mail for addresses that are not in the organization's directory.",
      "Exchange Online のディレクトリ ベースのエッジ ブロック (DBEB) が、組織のディレクトリに存在しないアドレス宛てのメールを拒否しています。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete],
    adminFix: [
      ADMIN.checkRecipientExists,
      t(
        "Recipient's admin: if the address should exist, add it (or its proxy address) or review the domain type (authoritative vs internal relay).",
        "受信側の管理者: 存在すべきアドレスなら、そのアドレス (またはプロキシ アドレス) を追加するか、ドメインの種類 (権限のあるドメイン / 内部の中継) を見直してください。",
      ),
    ],
    actions: ["resend-corrected-address", "clear-autocomplete-entry", "contact-recipient"],
  },
  {
    id: "exo-5.4.6-5.4.14-routing-loop",
    code: "5.4.6/5.4.14",
    texts: ["Routing loop detected"],
    commonTexts: ["Routing loop detected"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your message went round in a loop between mail servers and was stopped.",
      "メッセージがメール サーバーの間でループしたため、配信が止められました。",
    ),
    cause: t(
      "5.4.6 comes from an on-premises Exchange server (seen in hybrid setups), 5.4.14 from Exchange Online. " +
        loopCause.en,
      "5.4.6 はオンプレミスの Exchange サーバー (ハイブリッド環境で見られます)、5.4.14 は Exchange Online が返します。" +
        loopCause.ja,
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [ADMIN.checkRules, ADMIN.checkConnectors],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.4.8-mta-sts-mx",
    code: "5.4.8",
    texts: ["MX hosts of <domain> failed MTA-STS validation"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain publishes an MTA-STS policy that does not include the server its MX points to, so the message was not delivered.",
      "宛先のドメインの MTA-STS ポリシーに MX が指すサーバーが含まれていないため、メッセージは配信されませんでした。",
    ),
    cause: t(
      "The destination MX host is not among the hosts allowed by the domain's STS policy.",
      "宛先の MX ホストが、ドメインの STS ポリシーで許可されたホストに含まれていません。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: list every MX host in the MTA-STS policy file (mx: lines).",
        "受信側の管理者: MTA-STS ポリシー ファイルの mx: 行にすべての MX ホストを載せてください。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exo-5.4.300-message-expired",
    code: "5.4.300",
    texts: ["Message expired"],
    commonTexts: ["Message expired"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "Delivery took too long and was abandoned: the destination did not answer in time.",
      "配信に時間がかかりすぎたため中止されました。宛先が時間内に応答しませんでした。",
    ),
    cause: t(
      "The destination server did not respond, or the message met an error and its non-delivery report could not reach the sender before the time ran out.",
      "宛先サーバーから応答がなかった、または送信中のエラーで配信不能レポートすら送信者に返せないまま、期限を過ぎました。",
    ),
    fix: [SENDER.expiredTellRecipient, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.messageTrace],
    actions: ["retry-later", "contact-recipient-admin"],
  },
  {
    id: "exo-5.5.0-mailbox-unavailable",
    code: "5.5.0",
    texts: ["Requested action not taken: mailbox unavailable"],
    commonTexts: ["Requested action not taken: mailbox unavailable"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The Outlook.com or Hotmail address you wrote to does not exist.",
      "宛先の Outlook.com または Hotmail のアドレスは存在しません。",
    ),
    cause: t(
      "The recipient's @outlook.com or @hotmail.com address was not found by the SMTP address lookup; it is the consumer-mail counterpart of 5.1.10.",
      "受信者の @outlook.com または @hotmail.com のアドレスを SMTP アドレスで検索しても該当がありませんでした。5.1.10 の個人向けメール版にあたります。",
    ),
    fix: [SENDER.checkAddress, SENDER.clearAutocomplete],
    adminFix: [ADMIN.messageTrace],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exo-5.6.11-invalid-characters",
    code: "5.6.11",
    texts: ["Invalid characters"],
    commonTexts: ["Invalid characters"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The program that sent your message put invalid characters (bare line feeds) into it.",
      "メッセージを送ったプログラムが、不正な文字 (単独の改行 LF) を含めてしまいました。",
    ),
    cause: t(
      "SMTP lines must end in CRLF; the sending program or device emitted bare LF characters, which the receiver refuses.",
      "SMTP の行末は CRLF でなければなりませんが、送信したプログラムや機器が単独の LF を出力したため受信側が拒否しました。",
    ),
    fix: [
      t(
        "Send the message from Outlook instead of the application or device you used, or ask your admin to fix that program.",
        "使ったアプリケーションや機器ではなく Outlook から送り直すか、管理者にそのプログラムの修正を依頼してください。",
      ),
    ],
    adminFix: [
      t(
        "Update or reconfigure the sending application so it ends lines with CRLF (or sends through a server that fixes them).",
        "送信アプリケーションを更新または設定変更して行末を CRLF にする (または行末を直すサーバー経由で送る) ようにしてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
] as const satisfies readonly CatalogEntry[];
