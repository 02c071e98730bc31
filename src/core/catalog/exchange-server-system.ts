// Source: Microsoft Learn, "DSNs and NDRs in Exchange Server" (seed 001), permanent errors 5.3.0-5.7.999.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

export const exchangeServerSystem: readonly CatalogEntry[] = [
  {
    id: "exs-5.3.0-too-many-related-errors",
    code: "5.3.0",
    texts: ["Too many related errors"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Exchange judged the message malformed and set it aside instead of delivering it.",
      "Exchange がメッセージを不正な形式と判断し、配信せずに隔離しました。",
    ),
    cause: t(
      "The message was moved to the poison message queue after it repeatedly caused errors.",
      "メッセージが繰り返しエラーを起こしたため、有害メッセージ キューに移されました。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Inspect the poison message queue; resume or delete the message and look for the transport agent or content that breaks it.",
        "有害メッセージ キューを確認し、メッセージを再開または削除して、原因となるトランスポート エージェントや内容を調べてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.3.2-abp-missing-mdb-properties",
    code: "5.3.2",
    texts: ["STOREDRV.Deliver: Missing or bad StoreDriver MDB properties"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Address book policies keep you and this recipient apart, so Exchange did not deliver the message.",
      "アドレス帳ポリシーによってあなたとこの受信者が分けられているため、Exchange はメッセージを配信しませんでした。",
    ),
    cause: t(
      "The ABP Routing agent is in use and the recipient is not in the global address list named by the sender's address book policy.",
      "ABP ルーティング エージェントが有効で、受信者が送信者のアドレス帳ポリシーで指定されたグローバル アドレス一覧に含まれていません。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Check the address book policies of sender and recipient and the ABP Routing agent configuration.",
        "送信者と受信者のアドレス帳ポリシー、および ABP ルーティング エージェントの構成を確認してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.3.3-unrecognized-command",
    code: "5.3.3",
    texts: ["Unrecognized command"],
    commonTexts: ["Unrecognized command"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    // Microsoft's row names the cause between two Exchange servers; Exchange and Microsoft 365
    // give the same reply, with the command quoted, to any program that sends a command they do
    // not know (email-oauth2-proxy issue 234: a printer through a proxy to outlook.office365.com).
    summary: t(
      "A mail server or program on your side sent the receiving Exchange server a command it did not recognise, so the message was not sent.",
      "あなたの側のメール サーバーやプログラムが、受信側の Exchange サーバーが認識できないコマンドを送ったため、メッセージは送信されませんでした。",
    ),
    cause: t(
      "Between two Exchange servers of one organization, the usual cause is a receive connector used for internal mail flow that lacks the Exchange Server authentication mechanism. When a program or device sends through Exchange or Microsoft 365 (a printer, a script, a relay or sign-in proxy), the program spoke SMTP wrongly; the reply quotes the command the server did not recognise.",
      "同じ組織の Exchange サーバー同士の場合、よくある原因は、社内のメール フローに使う受信コネクタで Exchange Server 認証が有効になっていないことです。プログラムや機器 (複合機、スクリプト、中継やサインイン用のプロキシ) が Exchange や Microsoft 365 経由で送る場合は、そのプログラムの SMTP のやり取りが正しくありません。応答には、サーバーが認識できなかったコマンドが引用されています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkConnectors,
      t(
        "Enable Exchange Server authentication on the internal receive connector.",
        "社内用の受信コネクタで Exchange Server 認証を有効にしてください。",
      ),
      t(
        "For a program or device, check its SMTP settings (server, port, encryption, any proxy in between) against the command the reply quotes, and update it.",
        "プログラムや機器の場合は、応答に引用されたコマンドをもとに SMTP の設定 (サーバー、ポート、暗号化、間にあるプロキシ) を確認し、更新してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.3.4-message-too-big",
    code: "5.3.4",
    texts: ["Message size exceeds fixed maximum message size"],
    commonTexts: ["Message size exceeds fixed maximum message size"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "Your message is bigger than a mail system on the way allows.",
      "メッセージが、経路上のメール システムで許される大きさを超えています。",
    ),
    cause: t(
      "A message size limit on the sending or the receiving system (organization, connector or server) was exceeded.",
      "送信側または受信側のシステム (組織、コネクタ、サーバー) のメッセージ サイズ制限を超えました。",
    ),
    fix: [SENDER.shrink],
    adminFix: [ADMIN.checkLimits],
    actions: ["shrink-attachments"],
  },
  {
    id: "exs-5.3.5-system-incorrectly-configured",
    code: "5.3.5",
    texts: ["System incorrectly configured"],
    commonTexts: ["System incorrectly configured"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Exchange detected a mail loop caused by how the servers are set up.",
      "サーバーの設定が原因のメール ループを Exchange が検出しました。",
    ),
    cause: t(
      "A receive connector's FQDN matches another server, service or device in the internal mail flow, so Exchange thinks the mail is coming back to itself.",
      "受信コネクタの FQDN が、社内メール フローの別のサーバー・サービス・機器の FQDN と同じため、Exchange はメールが自分に戻ってきたと判断しています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Give each receive connector an FQDN that no other server or device in the mail flow uses.",
        "受信コネクタの FQDN を、メール フロー内の他のサーバーや機器と重ならない値にしてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.4.4-nonexistent-domain",
    code: "5.4.4",
    texts: ["SMTPSEND.DNS.NonExistentDomain; nonexistent domain"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "The recipient's domain could not be found in DNS.",
      "宛先のドメインが DNS で見つかりませんでした。",
    ),
    cause: t(
      "Either the domain is misspelled or does not exist, or the Exchange server's DNS or network adapter settings point at the wrong DNS servers.",
      "ドメインの綴り違いや存在しないドメインか、Exchange サーバーの DNS 設定やネットワーク アダプターの設定が誤った DNS サーバーを向いています。",
    ),
    fix: [SENDER.checkAddress],
    adminFix: [
      t(
        "Check the internal and external DNS lookup settings: Get-TransportService | Format-List Name,ExternalDNS*,InternalDNS* (and Get-FrontEndTransportService).",
        "内部・外部の DNS 参照設定を確認してください: Get-TransportService | Format-List Name,ExternalDNS*,InternalDNS* (Get-FrontEndTransportService も)。",
      ),
      t(
        "Check the order (binding priority) of the network adapters in the operating system.",
        "OS のネットワーク アダプターの優先順位 (バインド順) を確認してください。",
      ),
    ],
    actions: ["resend-corrected-address", "contact-your-admin"],
  },
  {
    id: "exs-5.4.6-hop-count-exceeded",
    code: "5.4.6",
    texts: ["Hop count exceeded - possible mail loop"],
    commonTexts: ["Hop count exceeded - possible mail loop"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Your message went round in a loop and Exchange stopped it after 20 rounds.",
      "メッセージがループし、Exchange が 20 回で配信を打ち切りました。",
    ),
    cause: t(
      "Inbox or forwarding rules on either side keep generating new messages, or a mailbox has a targetAddress pointing elsewhere, or routing changed without restarting transport.",
      "双方の受信トレイ ルールや転送ルールがメッセージを生み続けている、メールボックスに別の場所を指す targetAddress がある、またはルーティング変更後にトランスポートを再起動していない、のいずれかです。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      ADMIN.checkRules,
      t(
        "Make sure mailboxes have no targetAddress value; restart the Transport and Front End Transport services after routing changes.",
        "メールボックスに targetAddress が設定されていないことを確認し、ルーティング変更後はトランスポートとフロントエンド トランスポートのサービスを再起動してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.5.2-send-hello-first",
    code: "5.5.2",
    texts: ["Send hello first"],
    commonTexts: ["Send hello first"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The sending system spoke SMTP out of order: it did not introduce itself with EHLO or HELO first.",
      "送信側のシステムが SMTP の手順を守りませんでした。最初に EHLO または HELO で名乗っていません。",
    ),
    cause: t(
      "Commands such as AUTH or MAIL FROM were sent before EHLO/HELO.",
      "EHLO/HELO より前に AUTH や MAIL FROM などのコマンドが送られました。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Fix the sending application or device so its first command after connecting is EHLO or HELO.",
        "送信アプリケーションや機器を、接続後の最初のコマンドが EHLO または HELO になるよう修正してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.5.3-too-many-recipients",
    code: "5.5.3",
    texts: ["Too many recipients"],
    commonTexts: ["Too many recipients"],
    source: "exchange-server",
    temporary: false,
    owner: "you",
    summary: t(
      "The message had more recipients (To, Cc and Bcc together) than one message may have.",
      "メッセージの宛先 (To、CC、BCC の合計) が 1 通あたりの上限を超えていました。",
    ),
    cause: t(
      "The total exceeds the recipient limit set for the organization, the receive connector or the sender.",
      "合計が、組織・受信コネクタ・送信者のいずれかに設定された受信者数の上限を超えています。",
    ),
    fix: [SENDER.split],
    adminFix: [ADMIN.checkLimits],
    actions: ["split-recipients"],
  },
  {
    id: "exs-5.7.1-unable-to-relay",
    code: "5.7.1",
    texts: ["Unable to relay"],
    commonTexts: ["Unable to relay"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "An application or device tried to send mail to outside addresses through Exchange without permission to relay.",
      "アプリケーションや機器が、中継の許可なしに Exchange 経由で外部宛てのメールを送ろうとしました。",
    ),
    cause: t(
      "Exchange does not relay anonymous mail to external domains unless a receive connector is set up to allow it for that sender.",
      "受信コネクタでその送信元に中継を許可していない限り、Exchange は匿名のメールを外部ドメインへ中継しません。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Create a dedicated receive connector for the application's IP addresses that allows anonymous relay.",
        "アプリケーションの IP アドレス専用に、匿名リレーを許可する受信コネクタを作成してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.7.1-client-not-authenticated",
    code: "5.7.1",
    texts: ["Client was not authenticated"],
    source: "exchange-server",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "The recipient only accepts messages from authenticated (usually internal) senders.",
      "宛先は、認証された (通常は社内の) 送信者からのメッセージしか受け付けません。",
    ),
    cause: t(
      "Delivery restrictions on the recipient require senders to be authenticated.",
      "宛先の配信制限で、送信者の認証が必須になっています。",
    ),
    fix: [SENDER.askRecipientAdmin],
    adminFix: [
      t(
        "Change the recipient's message delivery restrictions if outside senders should reach it.",
        "外部の送信者から届くべき宛先なら、メッセージ配信制限を変更してください。",
      ),
    ],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exs-5.7.3-exchange-authentication",
    code: "5.7.3",
    texts: ["Cannot achieve Exchange Server authentication", "Not Authorized"],
    commonTexts: ["Not Authorized"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "Exchange servers in your organization could not authenticate to each other.",
      "組織内の Exchange サーバー同士で認証ができませんでした。",
    ),
    cause: t(
      "A firewall or other device blocks the extended SMTP command Exchange Server authentication needs (X-EXPS), or internal mail flows through a connector not set up for Exchange Server authentication.",
      "ファイアウォールなどの機器が Exchange Server 認証に必要な拡張 SMTP コマンド (X-EXPS) を遮断しているか、Exchange Server 認証を使わないコネクタを社内メールが通っています。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Check SMTP inspection on firewalls between servers and the remote IP ranges of custom receive connectors.",
        "サーバー間のファイアウォールの SMTP 検査と、カスタム受信コネクタのリモート IP 範囲を確認してください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exs-5.7.900-999-transport-rule",
    code: "5.7.900-999",
    texts: ["Delivery not authorized, message refused"],
    source: "exchange-server",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "A mail flow rule in the organization rejected your message.",
      "組織のメール フロー ルールがメッセージを拒否しました。",
    ),
    cause: t(
      "Mail flow (transport) rules that reject messages may use a code in 5.7.900-5.7.999; without one they use 5.7.1.",
      "メッセージを拒否するメール フロー (トランスポート) ルールは 5.7.900～5.7.999 のコードを使えます。指定がなければ 5.7.1 になります。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [ADMIN.checkRules],
    actions: ["contact-your-admin"],
  },
];
