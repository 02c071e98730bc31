// Source: Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (seed 000), rows 5.7.501-5.7.800 and the quota row.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { YOU } from "./providers/steps";
import { ADMIN, SENDER } from "./steps";

/** 5.7.501-503: the sending account was banned for spam. */
const bannedAccount = {
  source: "exchange-online",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "Microsoft 365 banned your account from sending because spam was detected coming from it.",
    "あなたのアカウントから迷惑メールの送信が検知されたため、Microsoft 365 が送信を禁止しました。",
  ),
  cause: t(
    "Spam activity was detected from the sending account; sending stays blocked until the account is cleaned up and Microsoft support restores it.",
    "送信アカウントで迷惑メールの活動が検知されました。アカウントの問題を解消し、Microsoft サポートが復旧するまで送信はブロックされたままです。",
  ),
  fix: [SENDER.secureAccount, SENDER.askYourAdmin],
  adminFix: [ADMIN.checkCompromise, ADMIN.contactMicrosoft],
  actions: ["secure-account", "contact-your-admin"],
} as const;

export const exchangeOnlineBlocks: readonly CatalogEntry[] = [
  {
    id: "exo-5.7.501-spam-abuse",
    code: "5.7.501",
    texts: ["Access denied, spam abuse detected"],
    ...bannedAccount,
  },
  {
    id: "exo-5.7.502-banned-sender",
    code: "5.7.502",
    texts: ["Access denied, banned sender"],
    ...bannedAccount,
  },
  {
    id: "exo-5.7.503-banned-sender",
    code: "5.7.503",
    texts: ["Access denied, banned sender"],
    ...bannedAccount,
  },
  {
    id: "exo-5.7.504-recipient-rejected",
    code: "5.7.504",
    texts: ["Recipient address rejected: Access denied"],
    commonTexts: ["Recipient address rejected: Access denied"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "The address you are trying to reach is not valid.",
      "送ろうとしている宛先のアドレスは有効ではありません。",
    ),
    cause: t(
      "Exchange Online Protection rejected the recipient address as invalid.",
      "Exchange Online Protection が宛先アドレスを無効として拒否しました。",
    ),
    fix: [SENDER.checkAddress],
    adminFix: [ADMIN.checkRecipientExists],
    actions: ["resend-corrected-address", "clear-autocomplete-entry"],
  },
  {
    id: "exo-5.7.505-banned-recipient",
    code: "5.7.505",
    texts: ["Access denied, banned recipient"],
    source: "exchange-online",
    temporary: false,
    owner: "microsoft",
    summary: t(
      "The recipient you are trying to reach is blocked by Microsoft 365.",
      "送ろうとしている宛先は Microsoft 365 によってブロックされています。",
    ),
    cause: t(
      "The recipient is treated as invalid by the service; if you think that is wrong, Microsoft support can check it.",
      "サービス側でこの宛先が無効と扱われています。誤りだと思われる場合は Microsoft サポートが確認できます。",
    ),
    fix: [SENDER.checkAddress, SENDER.askYourAdmin],
    adminFix: [ADMIN.contactMicrosoft],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.506-bad-helo",
    code: "5.7.506",
    texts: ["Access Denied, Bad HELO"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your mail server greeted Microsoft 365 with the wrong name, a pattern typical of spam bots.",
      "送信サーバーが Microsoft 365 に誤った名前で名乗りました。迷惑メール送信ボットに典型的な動きです。",
    ),
    cause: t(
      "The connecting server gave the name of the server it connects to in HELO/EHLO instead of its own fully qualified domain name.",
      "接続してきたサーバーが HELO/EHLO で自分の FQDN ではなく、接続先サーバーの名前を名乗りました。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Set the sending server or connector to announce its own FQDN in HELO/EHLO.",
        "送信サーバーまたはコネクタが HELO/EHLO で自分自身の FQDN を名乗るよう設定してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.507-rejected-by-recipient",
    code: "5.7.507",
    texts: ["Access denied, rejected by recipient"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's organization blocks the IP address your mail comes from.",
      "受信側の組織が、あなたのメールの送信元 IP アドレスをブロックしています。",
    ),
    cause: t(
      "The recipient organization has blocked the sending IP; only they can lift it.",
      "受信側の組織が送信元 IP をブロックしています。解除できるのは受信側だけです。",
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    adminFix: [
      t(
        "Contact the recipient's organization, give them the sending IP and ask them to unblock it.",
        "受信側の組織に連絡し、送信元 IP を伝えてブロック解除を依頼してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "exo-5.7.508-ipv6-rate",
    code: "5.7.508",
    texts: ["Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your mail server's IPv6 range sent too many messages in too short a time.",
      "送信サーバーの IPv6 アドレス範囲から、短時間に多すぎるメッセージが送られました。",
    ),
    cause: t(
      "Microsoft 365 limits how much mail one IPv6 range may send in a period; this range went over it.",
      "Microsoft 365 は IPv6 の範囲ごとに一定時間の送信量を制限しており、この範囲が上限を超えました。",
    ),
    fix: [YOU.retryAfterLimit],
    adminFix: [
      t(
        "Slow down the sending from this range, spread it over more time, or send over IPv4.",
        "この範囲からの送信ペースを落とす、時間を分散する、または IPv4 で送信してください。",
      ),
    ],
    actions: ["retry-later", "contact-your-admin"],
  },
  {
    id: "exo-5.7.509-dmarc-reject",
    ownRecordsCause: true,
    code: "5.7.509",
    texts: [
      "Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your message failed DMARC, and your domain's DMARC policy tells receivers to reject such mail.",
      "メッセージが DMARC に不合格となり、送信ドメインの DMARC ポリシーが不合格メールの拒否を指示していました。",
    ),
    cause: t(
      "The 5322.From domain did not pass DMARC: the DMARC/SPF/DKIM records are missing or wrong, the message was not DKIM-signed, the From domain does not align with the envelope (P1) or DKIM domain, or forwarding broke SPF or DKIM.",
      "5322.From のドメインが DMARC に合格しませんでした。DMARC・SPF・DKIM のレコードがない・誤っている、DKIM 署名がない、From のドメインがエンベロープ (P1) や DKIM のドメインと一致しない、転送で SPF や DKIM が壊れた、などが原因です。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkAuthRecords,
      t(
        "Read the returned headers (Authentication-Results) and your DMARC reports to see which check failed, then add, fix or align it.",
        "返送されたヘッダー (Authentication-Results) と DMARC レポートでどの検査が失敗したかを確認し、レコードや署名を追加または修正するか、ドメインを一致させてください。",
      ),
    ],
    actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
  },
  {
    id: "exo-5.7.510-no-ipv6",
    code: "5.7.510",
    texts: ["Access denied, <domain> does not accept email over IPv6"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your server tried to deliver over IPv6, but the recipient's domain only accepts mail over IPv4.",
      "送信サーバーが IPv6 で配信しようとしましたが、宛先のドメインは IPv4 でしかメールを受け付けません。",
    ),
    cause: t(
      "The recipient domain has not enabled inbound mail over IPv6.",
      "受信側のドメインで IPv6 での受信が有効になっていません。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Deliver to this domain over IPv4.",
        "このドメインへは IPv4 で配信するよう設定してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.511-banned-sender-ip",
    code: "5.7.511",
    texts: ["Access denied, banned sender"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The IP address your mail is sent from is banned by Microsoft 365.",
      "メールの送信元 IP アドレスが Microsoft 365 で禁止されています。",
    ),
    cause: t(
      "The sending IP is on Microsoft's ban list; removal is requested by mail to delist@microsoft.com with the full NDR code and the IP address.",
      "送信元 IP が Microsoft の禁止リストに載っています。削除は、NDR のコード全体と IP アドレスを書いて delist@microsoft.com に依頼します。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkCompromise,
      t(
        "Mail delist@microsoft.com with the complete NDR code and the IP address to ask for removal.",
        "NDR のコード全体と IP アドレスを添えて delist@microsoft.com に削除を依頼してください。",
      ),
    ],
    actions: ["request-delisting", "contact-your-admin"],
  },
  {
    id: "exo-5.7.512-rfc5322-from",
    code: "5.7.512",
    texts: ["Access denied, message must be RFC 5322 section 3.6.2 compliant"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The message had no valid From address, so Microsoft 365 refused it.",
      "メッセージに有効な差出人 (From) アドレスがなかったため、Microsoft 365 が拒否しました。",
    ),
    cause: t(
      "Every message must carry a valid email address in its From header, properly written (for example inside angle brackets).",
      "すべてのメッセージは From ヘッダーに有効なメール アドレスを正しい書式 (山かっこで囲むなど) で持つ必要があります。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Fix the sending application so it writes a valid From header such as From: Name <user@example.com>.",
        "送信アプリケーションが From: 名前 <user@example.com> のような正しい From ヘッダーを書くよう修正してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.513-customer-block-list",
    code: "5.7.513",
    texts: [
      "Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient's organization put your sending IP address on its own block list.",
      "受信側の組織が、あなたの送信元 IP アドレスを独自のブロック リストに登録しています。",
    ),
    cause: t(
      "The recipient domain added the sending IP to its custom block list; only that domain can remove it.",
      "受信側のドメインが送信元 IP をカスタム ブロック リストに追加しました。削除できるのは受信側だけです。",
    ),
    fix: [SENDER.contactRecipient],
    adminFix: [
      t(
        "Ask the recipient's organization to remove the IP from their block list if it was added by mistake.",
        "誤って登録されたのであれば、受信側の組織にブロック リストからの IP の削除を依頼してください。",
      ),
    ],
    actions: ["contact-recipient", "contact-recipient-admin"],
  },
  {
    id: "exo-5.7.606-649-banned-sending-ip",
    code: "5.7.606-649",
    texts: ["Access denied, banned sending IP [<ip>]"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The IP address your mail comes from is on Microsoft's block list.",
      "メールの送信元 IP アドレスが Microsoft のブロック リストに載っています。",
    ),
    cause: t(
      "The sending IP was banned, usually because its reputation dropped through compromise or malicious traffic.",
      "送信元 IP が禁止されました。多くは乗っ取りや悪意ある通信で IP の評価が下がったためです。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Find what damaged the reputation of {ip} (a compromised account or machine sending spam, an open relay, a sudden jump in volume) and stop it; then request removal at Microsoft's delist portal (sender.office.com), entering {ip} and the address you send from. If {ip} belongs to a mail service you use, ask that service to do it.",
        "{ip} の評価を下げた原因 (迷惑メールを送っている乗っ取られたアカウントや端末、オープン リレー、送信量の急増) を突き止めて解消してください。そのうえで Microsoft の登録解除ポータル (sender.office.com) に {ip} と送信元アドレスを入力し、ブロック リストからの削除を申請してください。{ip} が自組織で利用しているメール サービスのものであれば、そのサービスに対応を依頼してください。",
      ),
    ],
    actions: ["request-delisting", "contact-your-admin"],
  },
  {
    id: "exo-5.7.703-tenant-block-list",
    code: "5.7.703",
    texts: [
      "Your message can't be delivered because messages to <recipients> are blocked by your organization using Tenant Allow Block List.",
    ],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your own organization blocks one of the addresses or domains you wrote to, so the whole message was stopped for everyone.",
      "自組織が宛先のいずれかのアドレスまたはドメインをブロックしているため、メッセージ全体が全宛先に対して止められました。",
    ),
    cause: t(
      "A Tenant Allow/Block List entry blocks a recipient address or domain; even one blocked recipient stops the message for all internal and external recipients.",
      "テナント許可/ブロック リストの項目が宛先のアドレスまたはドメインをブロックしています。ブロック対象が 1 件でも、社内外すべての宛先への送信が止まります。",
    ),
    fix: [
      t(
        "Remove the blocked recipient and send again, or ask your admin whether the block is intended.",
        "ブロックされた宛先を外して送り直すか、ブロックが意図したものか管理者に確認してください。",
      ),
    ],
    adminFix: [
      t(
        "Review the block entries in the Tenant Allow/Block List (Microsoft Defender portal).",
        "Microsoft Defender ポータルのテナント許可/ブロック リストにあるブロック項目を見直してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.705-tenant-banned",
    code: "5.7.705",
    texts: ["Access denied, tenant has exceeded threshold"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 stopped your whole organization from sending because most of its recent mail looked suspicious.",
      "組織からの最近のメールの大半が不審と判定されたため、Microsoft 365 が組織全体の送信を停止しました。",
    ),
    cause: t(
      "Most traffic from this tenant was detected as suspicious, so its ability to send is banned until compromised accounts or open relays are dealt with.",
      "このテナントからの通信の大半が不審と検知されたため、乗っ取られたアカウントやオープン リレーが解消されるまで送信が禁止されています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [ADMIN.checkCompromise, ADMIN.contactMicrosoft],
    actions: ["secure-account", "contact-your-admin"],
  },
  {
    id: "exo-5.7.708-ip-not-accepted",
    code: "5.7.708",
    texts: ["Access denied, traffic not accepted from this IP"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 does not accept mail for sending from the IP address your organization's message came from, so it was not sent.",
      "組織のメッセージの送信元 IP アドレスからの送信を Microsoft 365 が受け付けないため、メッセージは送信されませんでした。",
    ),
    cause: t(
      "Exchange Online refuses outbound traffic from this IP for the tenant: the IP has a poor reputation, or suspicious mail came through it (typically an on-premises server or device relaying through a connector).",
      "Exchange Online は、このテナントについてこの IP からの送信を拒否しています。IP の評価が低いか、その IP を経由して不審なメールが送られました (多くはコネクタ経由で中継するオンプレミスのサーバーや機器)。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Find which server or device sends from this IP through your connector, stop any open relay or compromised sender there, then contact Microsoft support to lift the block.",
        "コネクタ経由でこの IP から送信しているサーバーや機器を特定し、オープン リレーや乗っ取られた送信元を止めたうえで、Microsoft サポートにブロックの解除を依頼してください。",
      ),
      ADMIN.checkConnectors,
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.750-unregistered-domain",
    code: "5.7.750",
    texts: ["Service unavailable. Client blocked from sending from unregistered domains"],
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your organization sent a suspicious amount of mail from domains it has not registered in Microsoft 365.",
      "組織が、Microsoft 365 に登録していないドメインから不審な量のメールを送信しました。",
    ),
    cause: t(
      "Messages from domains that are not provisioned (accepted) in the tenant are blocked once their volume looks suspicious.",
      "テナントにプロビジョニング (承認) されていないドメインからのメールは、量が不審と判断されるとブロックされます。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Add and verify every domain you send from as an accepted domain in Microsoft 365.",
        "送信に使うすべてのドメインを Microsoft 365 の承認済みドメインとして追加し、検証してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-5.7.800-banned-domain",
    code: "5.7.800",
    texts: ["Access denied, banned sender"],
    source: "exchange-online",
    temporary: false,
    owner: "microsoft",
    summary: t(
      "The sending domain used in this message was banned by Microsoft 365 after spam was detected from it.",
      "このメッセージの送信ドメインは、迷惑メールが検知されたため Microsoft 365 で禁止されています。",
    ),
    cause: t(
      "Spam activity caused the EHLO, P1 (envelope) or P2 (From) sender domain of this message to be banned.",
      "迷惑メールの活動が検知されたため、このメッセージで使われた送信ドメイン (EHLO、P1 = エンベロープ、P2 = From のいずれか) が禁止されています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [ADMIN.contactMicrosoft],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-submission-quota-exceeded",
    code: "",
    texts: ["The message can't be submitted because the sender's submission quota was exceeded"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "Your account went over its limit of recipients per day, so the message was not sent.",
      "アカウントの 1 日あたりの宛先数の上限を超えたため、メッセージは送信されませんでした。",
    ),
    cause: t(
      "The user exceeded the recipient rate limit (10,000 recipients a day); the account may be compromised.",
      "ユーザーが受信者レート制限 (1 日 10,000 宛先) を超えました。アカウントが乗っ取られている可能性があります。",
    ),
    fix: [YOU.retryAfterDailyLimit, SENDER.secureAccount],
    adminFix: [ADMIN.checkCompromise],
    actions: ["retry-later", "secure-account", "contact-your-admin"],
  },
];
