// Source: Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (seed 000), temporary (4.x.x) rows.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

export const exchangeOnlineTemporary = [
  {
    id: "exo-4.3.2-thread-limit",
    code: "4.3.2",
    texts: ["STOREDRV.Deliver; recipient thread limit exceeded"],
    source: "exchange-online",
    temporary: true,
    owner: "nobody",
    summary: t(
      "The recipient's mailbox is receiving too many messages at once, so Exchange Online is slowing delivery to it for a while.",
      "受信者のメールボックスに短時間で大量のメールが届いているため、Exchange Online が一時的に配信の速度を落としています。",
    ),
    cause: t(
      "The store driver throttles a mailbox that takes in mail too fast, so one busy mailbox cannot starve the others on the same database.",
      "受信が速すぎるメールボックスはストア ドライバーが調整 (スロットリング) します。同じデータベースを使う他のメールボックスに影響が出ないようにするための仕様です。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If it keeps happening, find what floods the mailbox (an application, a loop, a mass mailing) and slow it down.",
        "繰り返し発生する場合は、このメールボックスに大量送信しているもの (アプリケーション、ループ、一斉配信など) を突き止めて送信ペースを落としてください。",
      ),
    ],
    actions: ["wait-for-retry"],
    lastingDeferral: "receiving-side",
  },
  {
    id: "exo-4.4.7-message-expired",
    code: "4.4.7",
    texts: ["Message expired"],
    commonTexts: ["Message expired"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "Your message waited in the queue too long without being accepted by the receiving server.",
      "受信側のサーバーに受け取られないまま、メッセージがキューで長く待ちすぎました。",
    ),
    cause: t(
      "Relay or delivery did not finish before the message's expiry time, usually because of a problem at the receiving server; a header limit or protocol timeout at the remote end can also cause it.",
      "メッセージの有効期限までに中継や配信が完了しませんでした。多くは受信側のサーバーの問題ですが、受信側でのヘッダー上限や通信中のタイムアウトでも起こります。",
    ),
    // A header limit at the remote end is the admin's to find (their step below): a split offered
    // after "send it again once their mail works" contradicted it, and the admin's step spoke of a
    // resent message also on a delay warning, where nothing needs resending.
    fix: [SENDER.checkAddress, SENDER.expiredTellRecipient],
    adminFix: [
      ADMIN.checkRemoteServer,
      t(
        "If the remote server limits recipients per message, keep messages to that domain within its limit (fewer recipients per message).",
        "受信側のサーバーがメッセージあたりの受信者数を制限している場合は、そのドメイン宛てのメッセージは、1 通あたりの宛先の数をその上限内に収めてください。",
      ),
    ],
    actions: ["retry-later", "contact-recipient-admin"],
  },
  {
    id: "exo-4.4.8-mta-sts-mx",
    code: "4.4.8",
    texts: ["MX hosts of <domain> failed MTA-STS validation"],
    // 4.4.8 is no registry code: other servers use it for their own meanings (Seznam's "451 4.4.8
    // Unroutable email address."), and Exchange Online always words this one, so only its words select it.
    byTextOnly: true,
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain publishes an MTA-STS policy that does not list the mail server its MX record points to, so delivery is held back.",
      "宛先のドメインが公開している MTA-STS ポリシーに、MX レコードが指すメール サーバーが含まれていないため、配信が保留されています。",
    ),
    cause: t(
      "The destination MX host is not one the domain's STS policy expects; the policy's mx: lines and the MX records disagree.",
      "宛先の MX ホストが、ドメインの STS ポリシーで想定されたホストではありません。ポリシーの mx: 行と MX レコードが食い違っています。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: make the MTA-STS policy's mx: entries match the domain's MX hosts.",
        "受信側の管理者: MTA-STS ポリシーの mx: の項目をドメインの MX ホストと一致させてください。",
      ),
    ],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.4.316-connection-refused",
    code: "4.4.316",
    texts: ["Connection refused [Message=Socket error code 10061]"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "Microsoft 365 could not open a connection to the recipient's mail server; every attempt was refused.",
      "Microsoft 365 から受信側のメール サーバーへの接続がすべて拒否され、つながりませんでした。",
    ),
    cause: t(
      "A network problem at the destination (outside Microsoft 365) refuses the connections; the error names the IP address that refused, which tells whose problem it is.",
      "Microsoft 365 の外側、受信側のネットワークの問題で接続が拒否されています。エラーに含まれる IP アドレスから、どこが対処すべきか判断できます。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer],
    actions: ["wait-for-retry", "contact-recipient-admin"],
  },
  {
    id: "exo-4.4.317-untrusted-root",
    code: "4.4.317",
    texts: ["Cannot connect to remote server [Message=UntrustedRoot]"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail server presented a certificate Exchange Online cannot trust, so the secure connection was not made.",
      "受信側のメール サーバーが提示した証明書を Exchange Online が信頼できず、暗号化接続が確立できませんでした。",
    ),
    cause: t(
      "During the TLS handshake the remote server sent its leaf certificate without the intermediate chain, so Exchange Online cannot verify it.",
      "TLS ハンドシェイクで受信側のサーバーが中間証明書のチェーンを付けずにサーバー証明書だけを送ったため、Exchange Online が検証できません。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: configure the mail server to send the full certificate chain during TLS.",
        "受信側の管理者: TLS 時に証明書チェーン全体を送るようメール サーバーを設定してください。",
      ),
    ],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.5.3-too-many-recipients",
    code: "4.5.3",
    texts: ["Too many recipients"],
    commonTexts: ["Too many recipients"],
    source: "exchange-online",
    temporary: true,
    // Microsoft's table: the sending server splits the recipients, as RFC 5321 has it do for any
    // 452 4.5.3 (iana.ts, 5.3); nothing to fix while it retries the rest.
    owner: "nobody",
    summary: t(
      "The message had more than 200 envelope recipients in one domain in a single SMTP transaction.",
      "1 回の SMTP 送信で、同じドメインの宛先 (エンベロープ受信者) が 200 を超えていました。",
    ),
    cause: t(
      "Exchange Online accepts at most 200 RCPT TO recipients of one domain per transaction; the sending server must split them into smaller batches.",
      "Exchange Online は 1 回の送信で同一ドメインの RCPT TO を 200 件までしか受け付けません。送信側のサーバーが宛先を小分けにして送る必要があります。",
    ),
    // splitting is dropped while the server retries, and the step of a server that gave up
    lastingDeferral: "recipient-count",
    fix: [SENDER.waitForRetry, SENDER.split],
    adminFix: [ADMIN.fewerRecipientsPerTransaction],
    actions: ["wait-for-retry", "split-recipients"],
  },
  {
    id: "exo-4.7.5-mta-sts-certificate",
    code: "4.7.5",
    texts: ["Remote certificate failed MTA-STS validation. Reason: <validityStatus>"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail server certificate does not satisfy the domain's MTA-STS policy, so delivery is held back.",
      "受信側のメール サーバーの証明書がドメインの MTA-STS ポリシーを満たしていないため、配信が保留されています。",
    ),
    cause: t(
      "Under MTA-STS the server certificate must chain to a trusted root and name a host listed in the policy (common name or subject alternative name).",
      "MTA-STS では、サーバー証明書が信頼されたルートにつながり、ポリシーに載っているホスト名を CN または SAN に含んでいる必要があります。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkTls],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.26-ipv6-unauthenticated",
    code: "4.7.26",
    texts: [
      "Access denied, a message sent over IPv6 [<ip>] must pass either SPF or DKIM validation, this message is not signed",
    ],
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Your message came over IPv6 without passing SPF or DKIM, which Microsoft 365 requires for IPv6 mail.",
      "IPv6 で届いたメールが SPF にも DKIM にも合格していませんでした。Microsoft 365 は IPv6 のメールにどちらかの合格を求めます。",
    ),
    cause: t(
      "Mail arriving over IPv6 must pass SPF or DKIM; this message was not signed and SPF did not pass for the sending IPv6 address.",
      "IPv6 経由のメールは SPF か DKIM のどちらかに合格する必要がありますが、このメッセージは署名がなく、送信元 IPv6 アドレスで SPF も合格しませんでした。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkAuthRecords,
      t(
        "Add the sending IPv6 addresses to the SPF record or sign outgoing mail with DKIM.",
        "送信元の IPv6 アドレスを SPF レコードに加えるか、送信メールに DKIM 署名を付けてください。",
      ),
    ],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  {
    id: "exo-4.7.321-starttls-not-supported",
    code: "4.7.321",
    texts: ["starttls-not-supported: Destination mail server must support TLS to receive mail."],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain requires encrypted delivery (DANE), but its mail server did not complete STARTTLS.",
      "宛先のドメインは暗号化配信 (DANE) を要求していますが、そのメール サーバーで STARTTLS が完了しませんでした。",
    ),
    cause: t(
      "DNSSEC checks passed, but the destination server either does not answer STARTTLS or fails the TLS handshake after it.",
      "DNSSEC の確認は成功しましたが、宛先サーバーが STARTTLS に応答しないか、応答後の TLS ハンドシェイクに失敗しています。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkTls],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.322-certificate-expired",
    code: "4.7.322",
    texts: ["certificate-expired: Destination mail server's certificate is expired."],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail server offered an expired certificate, so the encrypted connection its domain requires failed.",
      "受信側のメール サーバーが期限切れの証明書を提示したため、ドメインが求める暗号化接続ができませんでした。",
    ),
    cause: t(
      "DNSSEC checks passed, but the destination server's X.509 certificate is past its expiry date; certificates must be renewed, typically every year.",
      "DNSSEC の確認は成功しましたが、宛先サーバーの X.509 証明書が有効期限を過ぎています。証明書は通常 1 年ごとに更新が必要です。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: renew the mail server's certificate and install the new one.",
        "受信側の管理者: メール サーバーの証明書を更新し、新しい証明書を導入してください。",
      ),
    ],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.323-tlsa-invalid",
    code: "4.7.323",
    texts: ["tlsa-invalid: The domain failed DANE validation."],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain failed DANE validation: its mail server's certificate does not match what its DNS says to expect.",
      "宛先のドメインが DANE 検証に失敗しました。メール サーバーの証明書が DNS で示された内容と一致しません。",
    ),
    cause: t(
      "The TLSA records are DNSSEC-authentic, but the certificate does not match them, the records are wrong, the certificate is not yet valid, or the domain is under attack.",
      "TLSA レコードは DNSSEC で正当と確認できましたが、証明書がレコードと一致しない、レコードの設定誤り、証明書の開始日が未来、または攻撃を受けている、のいずれかです。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: publish TLSA records that match the current certificate (RFC 7671) and roll certificates and records together.",
        "受信側の管理者: 現在の証明書に合う TLSA レコードを公開し (RFC 7671)、証明書とレコードを同時に更新する運用にしてください。",
      ),
    ],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.324-dnssec-invalid",
    code: "4.7.324",
    texts: ["dnssec-invalid: Destination domain returned invalid DNSSEC records"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's domain claims DNSSEC, but its DNS answers could not be validated.",
      "宛先のドメインは DNSSEC 対応を示していますが、その DNS 応答を検証できませんでした。",
    ),
    cause: t(
      "The destination domain signalled DNSSEC, yet Exchange Online could not validate its records as DNSSEC-authentic.",
      "宛先ドメインは DNSSEC を示しましたが、Exchange Online ではそのレコードを DNSSEC で正当と検証できませんでした。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Recipient's admin: fix the domain's DNSSEC signing (keys, DS record at the parent, expired signatures).",
        "受信側の管理者: ドメインの DNSSEC 署名 (鍵、親ゾーンの DS レコード、署名の期限切れ) を修正してください。",
      ),
    ],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.325-certificate-host-mismatch",
    code: "4.7.325",
    texts: [
      "certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name that matches the hostname (DANE)",
    ],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's mail server certificate carries a name other than the server's host name, so DANE validation failed.",
      "受信側のメール サーバーの証明書に記載された名前がサーバーのホスト名と異なるため、DANE 検証に失敗しました。",
    ),
    cause: t(
      "Neither the CN nor any SAN of the certificate matches the domain or the MX host being contacted.",
      "証明書の CN にも SAN にも、接続先のドメインや MX ホストと一致する名前がありません。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkTls],
    actions: ["contact-recipient-admin", "wait-for-retry"],
  },
  {
    id: "exo-4.7.500-699-try-again-later",
    code: "4.7.500-699",
    texts: ["Access denied, please try again later"],
    source: "exchange-online",
    temporary: true,
    lastingDeferral: "sending-side",
    // The sending IP's standing, as Outlook.com's 4.7.650 (rate limited for IP reputation) is:
    // your admin's, not Microsoft's; the restriction lifts by itself only if the traffic is clean.
    owner: "your-admin",
    summary: t(
      "Microsoft 365 saw suspicious activity and is holding back mail from this sender while it takes a closer look.",
      "Microsoft 365 が不審な動きを検知し、詳しく評価する間、この送信元からのメールを一時的に制限しています。",
    ),
    cause: t(
      "Sending was temporarily limited for evaluation; if the activity is legitimate the limit is lifted soon.",
      "評価のために送信が一時的に制限されています。正当な送信であれば、制限はまもなく解除されます。",
    ),
    fix: [SENDER.retryLater],
    adminFix: [ADMIN.checkCompromise],
    actions: ["retry-later", "contact-your-admin"],
  },
  {
    id: "exo-4.7.850-899-try-again-later",
    code: "4.7.850-899",
    texts: ["Access denied, please try again later"],
    source: "exchange-online",
    temporary: true,
    lastingDeferral: "sending-side",
    // the sending IP's standing, as the range above
    owner: "your-admin",
    summary: t(
      "Microsoft 365 saw suspicious activity from the sending IP address and is limiting it for a while.",
      "Microsoft 365 が送信元の IP アドレスで不審な動きを検知し、しばらくの間制限しています。",
    ),
    cause: t(
      "The IP is temporarily limited while it is evaluated; legitimate traffic is released soon.",
      "この IP は評価中のため一時的に制限されています。正当な通信であればまもなく解除されます。",
    ),
    fix: [SENDER.retryLater],
    adminFix: [
      t(
        "Check what else sends from this IP address (open relay, compromised host, bulk mailer).",
        "この IP アドレスから他に何が送信しているか (オープン リレー、乗っ取られたホスト、大量送信など) を確認してください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  },
] as const satisfies readonly CatalogEntry[];
