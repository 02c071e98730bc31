// Source: Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (seed 000), rows 5.7.1-5.7.325.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { YOU } from "./providers/steps";
import { ADMIN, SENDER } from "./steps";
import { exchangeOnlineTemporary } from "./exchange-online-temporary";

/** The seed lists the TLS/DANE/MTA-STS failures twice: 4.7.x while retrying, 5.7.x once given up. */
function permanentTwin(id: string, code: string): CatalogEntry {
  const base = exchangeOnlineTemporary.find((entry) => entry.id === id);
  if (base === undefined) throw new Error(`no catalog entry ${id}`);
  return {
    ...base,
    id: base.id.replace(/^exo-4\./, "exo-5."),
    code,
    temporary: false,
    actions: base.actions.filter((action) => action !== "wait-for-retry"),
  };
}

export const notAuthenticatedFor = (what: Readonly<{ en: string; ja: string }>) => {
  // a name in Latin letters ("Microsoft 365 グループ") is spaced from the Japanese before it
  const ja = /^[A-Za-z0-9]/.test(what.ja) ? ` ${what.ja}` : what.ja;
  return {
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      `The recipient is ${what.en} that only accepts mail from senders inside its own organization.`,
      `宛先は、受信側の組織内の送信者からのメールしか受け付けない${ja}です。`,
    ),
    cause: t(
      `The ${what.en.replace(/^an? /, "")} is set to reject messages from outside the organization; only the recipient organization's admin can change that.`,
      `この${ja}は組織外からのメッセージを拒否する設定になっています。変更できるのは受信側の管理者だけです。`,
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    adminFix: [
      t(
        "Recipient's admin: allow external senders on this recipient (RequireSenderAuthenticationEnabled = false) if outside mail is wanted.",
        "受信側の管理者: 外部からのメールを受け付けるべきなら、この受信者で外部送信者を許可してください (RequireSenderAuthenticationEnabled = false)。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  } as const;
};

export const exchangeOnlinePolicy: readonly CatalogEntry[] = [
  {
    id: "exo-5.7.1-delivery-not-authorized",
    code: "5.7.1",
    texts: ["Delivery not authorized"],
    commonTexts: ["Delivery not authorized"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "You are not allowed to send to this recipient, often a group that only takes mail from its members or from approved senders.",
      "この宛先に送る権限がありません。多くは、メンバーや許可された送信者からしかメールを受け付けない配布グループです。",
    ),
    cause: t(
      "The recipient has delivery restrictions that exclude this sender, or a mail flow (transport) rule matched the message and rejected it.",
      "宛先の配信制限にこの送信者が含まれていないか、メール フロー (トランスポート) ルールの条件に一致して拒否されました。",
    ),
    fix: [SENDER.askGroupPermission],
    adminFix: [ADMIN.checkRules, ADMIN.messageTrace],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "exo-5.7.1-unable-to-relay",
    code: "5.7.1",
    texts: ["Unable to relay"],
    commonTexts: ["Unable to relay"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The server you sent through does not accept mail for the recipient's domain, so it refused to pass your message on.",
      "経由したサーバーが受信側のドメイン宛てのメールを受け付けないため、メッセージの中継を拒否しました。",
    ),
    cause: t(
      "An anonymous sender tried to hand mail to a system that is not its final destination: the domain's MX may point at a system that does not accept the domain, the sending system may lack relay permission, or someone abused the server to relay spam with a forged sender (then this bounce is backscatter).",
      "匿名の送信元が、最終的な宛先ではないシステムにメールを渡そうとしました。MX がドメインを受け付けないシステムを指している、送信側に中継の許可がない、あるいは第三者が送信者を偽装して迷惑メールの中継を試みた (その場合、この通知はバックスキャッターです) のいずれかです。",
    ),
    fix: [SENDER.checkAddress, SENDER.askRecipientAdmin],
    adminFix: [
      ADMIN.checkDns,
      t(
        "Fix the MX record or accept the domain on the receiving system; give the sending system relay permission if it should have it.",
        "MX レコードを修正するか受信側でドメインを受け付けるよう設定し、中継が必要な送信システムには中継の許可を与えてください。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exo-5.7.1-client-not-authenticated",
    code: "5.7.1",
    texts: ["Client was not authenticated"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The receiving mail system requires the sending system to log in first, and it did not.",
      "受信側のメール システムは送信側の認証を求めていますが、送信側が認証しませんでした。",
    ),
    cause: t(
      "The receiving server does not accept anonymous mail (for example from the internet); the sending system must authenticate before it sends.",
      "受信側のサーバーが匿名のメール (インターネットからのメールなど) を受け付けない設定です。送信側は送る前に認証する必要があります。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Configure the sending system to authenticate to the receiving system, or have the receiver accept anonymous mail for this domain.",
        "送信システムが受信システムに認証するよう設定するか、受信側でこのドメインの匿名メールを受け付けるよう設定してください。",
      ),
    ],
    actions: ["contact-recipient-admin", "contact-your-admin"],
  },
  permanentTwin("exo-4.7.5-mta-sts-certificate", "5.7.5"),
  {
    id: "exo-5.7.12-sender-not-authenticated-by-org",
    code: "5.7.12",
    texts: ["Sender was not authenticated by organization"],
    source: "exchange-online",
    ...notAuthenticatedFor(t("an address", "アドレス")),
  },
  {
    id: "exo-5.7.23-spf-violation",
    ownRecordsCause: true,
    code: "5.7.23",
    texts: ["The message was rejected because of Sender Policy Framework violation"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The recipient's system checked your domain's SPF record and your message failed it.",
      "受信側のシステムが送信ドメインの SPF レコードを確認し、このメッセージは不合格になりました。",
    ),
    cause: t(
      "The destination validates inbound mail with SPF, and the sending domain's SPF record does not list the server that sent this message (or is broken).",
      "宛先は SPF で受信メールを検証しており、送信ドメインの SPF レコードにこのメッセージを送ったサーバーが含まれていない (またはレコードが壊れている) 状態です。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkAuthRecords,
      t(
        "Add every legitimate sending service to the SPF record (include:spf.protection.outlook.com for Microsoft 365) and keep it under 10 DNS lookups.",
        "正当な送信サービスをすべて SPF レコードに加え (Microsoft 365 なら include:spf.protection.outlook.com)、DNS 参照が 10 回以内に収まるようにしてください。",
      ),
    ],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  {
    id: "exo-5.7.25-ipv6-no-ptr",
    code: "5.7.25",
    texts: ["Access denied, the sending IPv6 address [<ip>] must have a reverse DNS record"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your mail server sent over IPv6 from an address that has no reverse DNS name, which Microsoft 365 requires.",
      "送信サーバーが逆引き DNS 名のない IPv6 アドレスから送信しました。Microsoft 365 では逆引きの登録が必要です。",
    ),
    cause: t(
      "Mail sent to Microsoft 365 over IPv6 must come from an address with a PTR record.",
      "IPv6 で Microsoft 365 に送るメールは、PTR レコードのあるアドレスから送信する必要があります。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Publish a PTR record for the sending IPv6 address (ask the provider that owns the range), or send over IPv4.",
        "送信元 IPv6 アドレスの PTR レコードを登録する (アドレス範囲の管理者に依頼する) か、IPv4 で送信してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.57-anonymous-submission",
    code: "5.7.57",
    texts: ["Client was not authenticated to send anonymous mail during MAIL FROM"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "An application or device tried to send through smtp.office365.com without signing in properly.",
      "アプリケーションや機器が、正しくサインインせずに smtp.office365.com 経由で送信しようとしました。",
    ),
    cause: t(
      "The app or device is set up to relay through the smtp.office365.com endpoint, but its settings (credentials, port 587, TLS, SMTP AUTH) are wrong.",
      "アプリや機器は smtp.office365.com 経由で中継する設定ですが、資格情報、ポート 587、TLS、SMTP AUTH などの設定に誤りがあります。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Check the device's SMTP AUTH settings: a licensed mailbox's credentials, port 587 with STARTTLS, and SMTP AUTH allowed for that mailbox.",
        "機器の SMTP AUTH 設定で、ライセンスのあるメールボックスの資格情報を使っていること、ポート 587 と STARTTLS を使っていること、そのメールボックスで SMTP AUTH が許可されていることを確認してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.64-tenant-attribution",
    code: "5.7.64",
    texts: ["TenantAttribution; Relay Access Denied"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 could not tie mail from your on-premises servers to your organization, so it refused to relay it.",
      "オンプレミスのサーバーからのメールを Microsoft 365 が自組織のものと判断できず、中継を拒否しました。",
    ),
    cause: t(
      "An inbound connector accepts mail from the on-premises environment, but something changed on-premises (IP address, certificate) so the connector no longer matches.",
      "オンプレミスからのメールを受ける受信コネクタがありますが、オンプレミス側の変更 (IP アドレスや証明書) によりコネクタの条件に合わなくなっています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkConnectors,
      t(
        "Update the inbound connector's IP addresses or certificate name to what the on-premises servers use now.",
        "受信コネクタの IP アドレスや証明書名を、オンプレミス サーバーの現在の値に合わせてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.124-not-allowed-sender",
    code: "5.7.124",
    texts: ["Sender not in allowed-senders list"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The group you wrote to only accepts mail from a list of allowed senders, and you are not on it.",
      "宛先のグループは許可された送信者からのメールしか受け付けず、あなたはその一覧に入っていません。",
    ),
    cause: t(
      "The distribution group restricts senders; depending on its setup even the group's owners must be on the allowed list.",
      "配布グループが送信者を制限しています。設定によってはグループの所有者も許可一覧に入れる必要があります。",
    ),
    fix: [
      t(
        "Ask the group's owner to add you to its allowed senders.",
        "グループの所有者に、許可された送信者へ追加してもらうよう依頼してください。",
      ),
    ],
    adminFix: [
      t(
        "Add the sender to the group's accepted senders (AcceptMessagesOnlyFromSendersOrMembers) if they should be able to write to it.",
        "送信を認めるべき送信者なら、グループの承認済み送信者 (AcceptMessagesOnlyFromSendersOrMembers) に追加してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "exo-5.7.133-group-external-blocked",
    code: "5.7.133",
    texts: ["Sender not authenticated for group"],
    source: "exchange-online",
    ...notAuthenticatedFor(t("a distribution group", "配布グループ")),
  },
  {
    id: "exo-5.7.134-mailbox-external-blocked",
    code: "5.7.134",
    texts: ["Sender was not authenticated for mailbox"],
    source: "exchange-online",
    ...notAuthenticatedFor(t("a mailbox", "メールボックス")),
  },
  {
    id: "exo-5.7.13-5.7.135-public-folder-external-blocked",
    code: "5.7.13/5.7.135",
    texts: ["Sender was not authenticated for public folder"],
    source: "exchange-online",
    ...notAuthenticatedFor(t("a public folder", "パブリック フォルダー")),
  },
  {
    id: "exo-5.7.136-mail-user-external-blocked",
    code: "5.7.136",
    texts: ["Sender was not authenticated"],
    source: "exchange-online",
    ...notAuthenticatedFor(t("a mail user", "メール ユーザー")),
  },
  {
    id: "exo-5.7.232-trial-tenant-external-limit",
    code: "5.7.232",
    texts: [
      "Your message can't be sent because your trial tenant has exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your organization is on a trial and has used up its daily allowance of external recipients.",
      "試用版の組織で、1 日に送れる外部宛先数の上限に達しました。",
    ),
    cause: t(
      "Trial tenants have an external recipient rate limit counted over a rolling 24 hours; sending resumes once the count falls below it. It deters bulk unsolicited mail.",
      "試用版テナントには、直近 24 時間で数える外部受信者レート制限があります。件数が上限を下回れば送信を再開できます。大量の迷惑メール配布を防ぐための制限です。",
    ),
    fix: [YOU.retryAfterDailyLimit],
    adminFix: [
      t(
        "Wait for the rolling 24-hour window, or move the tenant from trial to a paid subscription.",
        "24 時間の集計期間が過ぎるのを待つか、試用版から有料サブスクリプションに切り替えてください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  },
  {
    id: "exo-5.7.233-tenant-external-limit",
    code: "5.7.233",
    texts: [
      "Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your organization has used up its daily allowance of external recipients.",
      "組織全体で、1 日に送れる外部宛先数の上限に達しました。",
    ),
    cause: t(
      "Each tenant has an external recipient rate limit counted over a rolling 24 hours; users can send to outside recipients again once the count drops below it.",
      "テナントごとに、直近 24 時間で数える外部受信者レート制限があります。件数が上限を下回れば、外部宛ての送信を再開できます。",
    ),
    fix: [YOU.retryAfterDailyLimit],
    adminFix: [
      ADMIN.checkCompromise,
      t(
        "Find which users or apps sent to so many external recipients.",
        "どのユーザーやアプリがこれほど多くの外部宛先に送ったのかを調べてください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  },
  permanentTwin("exo-4.7.321-starttls-not-supported", "5.7.321"),
  permanentTwin("exo-4.7.322-certificate-expired", "5.7.322"),
  permanentTwin("exo-4.7.323-tlsa-invalid", "5.7.323"),
  permanentTwin("exo-4.7.324-dnssec-invalid", "5.7.324"),
  {
    ...permanentTwin("exo-4.7.325-certificate-host-mismatch", "5.7.325"),
    texts: [
      "certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
    ],
  },
];
