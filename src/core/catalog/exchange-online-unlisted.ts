// Source: Exchange Online's (and Exchange's) own replies and reports for codes its NDR table
// (seed 000) does not list: the code it gives up with when the retries of a table row run out
// (the table has 4.4.316 "Connection refused", not "550 5.4.316 Message expired, connection
// refused"), and the temporary error its front-end proxy answers with ("Temporary server error.
// Please try again later. PRX4"), as people quote them from their reports and logs; and the
// refusal its support article KB 3024906 describes for mail to an external recipient whose
// third-party spam filter lists the sender ("550 5.7.1 Message rejected due to content
// restrictions", with the two Japanese renderings of Microsoft's Japanese pages); and the deferral
// its troubleshooting article "ATTR35 response code when sending mail to EOP/EXO" describes
// ("451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35": a smart host or MX value that
// points at an old or shared Microsoft address). Microsoft 365's receivers' "451 4.4.4 Temporary
// server error. Please try again later ATTR5" (Kerio Connect's knowledge base, "Unable to email O365
// domain due to SMTP error 451 4.4.4": most often Microsoft holding back or throttling the sending
// server's connections, its IP's standing or its volume, so the 4.4.4 registry meaning, a routing
// failure, misleads); and 5.7.350, the refusal an outside server gave a message Microsoft 365 sent on,
// whose NDR asks the sender to change the message first and the recipient's admin to allow them.
// And Exchange Server's own reply when it cannot open a connection to any of the destination's
// hosts, '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect."
// Attempted failover to alternate host, but that did not succeed' (its queue's last error, quoted
// in the delay and failure reports; Microsoft's SBS team blog "What to Check When Exchange Cannot
// Send Email to Certain Domains" and admins' write-ups: outbound port 25 closed by a firewall or
// antivirus, a wrong smart host, or the destination down): "4.2.1" is Exchange's, not a disabled
// mailbox (the registry's 4.2.1), so only its words select it.
// Exchange Server's queue error '451 4.4.0 DNS query failed. The error was: DNS query failed with
// error ErrorDnsQueryFailed' (Microsoft Learn, "451 4.4.0 DNS query failed Exchange Server error in
// message queue": the DNS server Exchange uses does not answer, or the destination's DNS servers
// ignore its AAAA query): Exchange's own lookup failed, which the registry's 4.4.0, "network or
// routing", does not say; a nonexistent domain names its own token and keeps its meaning. And
// Exchange Online's '420 4.2.0 Recipient deferred because there is no Mdb' (KB 3028012: the
// recipient's synchronized object gives its mailbox no mailbox database), which the registry's
// 4.2.0, "mailbox status", leaves the recipient's. And Exchange Online's receivers'
// '452 4.5.3 Recipients belong to multiple regions ATTR38' (Bento's reference of Microsoft 365
// replies, bentonow.com/smtp-errors/microsoft/452-4-5-3-attr38, and the Outlook.com answer quoted in
// check-if-email-exists issue 756: one transaction named recipients hosted in different Microsoft
// regions, so the others are deferred and the sending server sends them in a transaction of their
// own), which the table's 4.5.3 row, 200 recipients of one domain, misnames.
// Exchange Online's '550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a
// group member or external senders aren't permitted to send to this group' (Microsoft Learn,
// "NDR 550 5.7.193 when external users send email to a Microsoft 365 group": the group takes mail
// only from its members or from inside its organization; its owner or admin adds the sender as a
// guest member or lets outside senders in), the Microsoft 365 group's form of 5.7.133 / 5.7.134.
// And its '4/5.4.312 DNS query failed' (Microsoft Learn, "How SMTP DANE works", troubleshooting
// sending: the lookup of the destination domain failed, DNSSEC checks it claims to support among
// the causes), a fault of the destination's DNS, which the registry's 4.4.0 / 5.4.0, "network or
// routing", does not name.
// And Exchange Online's transport-based enforcement of out-of-date on-premises Exchange servers,
// '450 4.7.230 Connecting Exchange server version is out-of-date; connection to Exchange Online
// throttled for n mins/hr.' and '550 5.7.230 ... blocked for n mins/hr.' (the Exchange Team blog,
// "How to pause throttling and blocking of out-of-date on-premises Exchange Servers", December 2023;
// a Microsoft Q&A question quotes the 5.7.230): mail the organization's own unpatched or unsupported
// Exchange server sends over an OnPremises connector, which no registry meaning of x.7.230 names.
// And Exchange Online's failed check of the destination's certificate name, "[Message=SubjectMismatch]"
// under '450 4.4.317 Cannot connect to remote server' (Microsoft Japan's Exchange blog on hybrid
// certificate renewal) and under '450 4.7.320 Certificate validation failed' (Microsoft's archived
// "Exchange Challenge Accepted" blog, April 2017, and a consultant's write-up of the same hybrid
// case): the receiving server presented a certificate without the name Exchange Online's connector
// expects (most often a renewed certificate not assigned to its receive connector).
// Kept apart from the seed entries; the words are our own.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";
import { YOU } from "./providers/steps";
import { notAuthenticatedFor } from "./exchange-online-policy";

/** 4/5.7.230: Exchange Online throttles or blocks an out-of-date on-premises Exchange server. */
const outOfDateOnPremises = {
  texts: ["Connecting Exchange server version is out-of-date"],
  source: "exchange-online",
  owner: "your-admin",
  cause: t(
    "Microsoft 365 holds back mail that an out-of-date on-premises Exchange server (unsupported, or missing its latest updates) sends to it through the organization's connector: first it limits the server's connections to some minutes an hour, then it blocks them for longer. It lasts until the server is updated, or until the organization's admin pauses the enforcement.",
    "Microsoft 365 は、更新されていない (サポートが終わった、または最新の更新プログラムを適用していない) オンプレミスの Exchange サーバーが組織のコネクタ経由で送るメールを制限しています。まず 1 時間のうち一定の時間だけ接続を制限し、その後はより長く遮断します。サーバーを更新するか、組織の管理者がこの措置を一時停止するまで続きます。",
  ),
  adminFix: [
    t(
      'Update the on-premises Exchange server to its latest Cumulative Update and Security Update (or move to a supported version); the Exchange admin center\'s mail flow report "Out-of-date connecting on-premises Exchange servers" lists the servers concerned. While you update, you can pause the throttling and blocking for up to 90 days a year (New-TenantExemptionInfo -BlockingScenario UnpatchedOnPremServer -NumberOfDays <days>).',
      "オンプレミスの Exchange サーバーに最新の累積更新プログラム (CU) とセキュリティ更新プログラム (SU) を適用してください (またはサポート対象のバージョンに移行してください)。対象のサーバーは Exchange 管理センターのメール フロー レポート「Out-of-date connecting on-premises Exchange servers」で確認できます。更新が終わるまで、制限と遮断を年に 90 日まで一時停止できます (New-TenantExemptionInfo -BlockingScenario UnpatchedOnPremServer -NumberOfDays <日数>)。",
    ),
  ],
} as const;

/** 4.4.317 / 4.7.320: the destination's certificate failed Exchange Online's check. */
const certificateCheckFailed = {
  source: "exchange-online",
  temporary: true,
  owner: "recipient-admin",
  fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
  adminFix: [
    t(
      "Recipient's admin: make the mail server present a valid certificate that carries the name Microsoft 365 connects to. In an Exchange hybrid setup, after renewing the certificate assign it to the SMTP service and set the Default Frontend receive connector's TlsCertificateName to it (or run the Hybrid Configuration Wizard again), on every server that receives from Exchange Online.",
      "受信側の管理者: Microsoft 365 の接続先の名前を含む有効な証明書を、メール サーバーが提示するようにしてください。Exchange ハイブリッド構成では、証明書を更新したら SMTP サービスに割り当て、Default Frontend 受信コネクタの TlsCertificateName をその証明書に設定してください (またはハイブリッド構成ウィザードを再実行してください)。Exchange Online から受信するすべてのサーバーで必要です。",
    ),
    t(
      "If the certificate is right, check that the outbound connector in Microsoft 365 expects that name (its TLS domain setting).",
      "証明書が正しい場合は、Microsoft 365 の送信コネクタが期待する名前 (TLS ドメインの設定) が合っているか確認してください。",
    ),
  ],
  actions: ["wait-for-retry", "contact-recipient-admin"],
} as const;

/** 4/5.4.312: Exchange Online could not look the destination domain up in DNS. */
const dnsQueryFailed = {
  texts: ["DNS query failed"],
  // Exchange Server heads its own lookup errors with the same words; its tokens say more
  commonTexts: ["DNS query failed"],
  title: "Microsoft 365 could not look up the destination domain",
  source: "exchange-online",
  owner: "recipient-admin",
  cause: t(
    "Microsoft 365 asked DNS where to deliver mail for the recipient's domain and got no usable answer. This is not the same as the domain not existing: its DNS servers did not answer, answered wrongly, or the domain says it is signed with DNSSEC but its signatures do not check out (Microsoft 365 reports failed DNSSEC checks with this code). The fault is in the destination domain's DNS, outside Microsoft 365.",
    "Microsoft 365 は受信側のドメイン宛てのメールの配信先を DNS に問い合わせましたが、有効な応答が得られませんでした。これはドメインが存在しないという意味ではありません。原因は、そのドメインの DNS サーバーが応答しなかったか、誤った応答を返したか、DNSSEC で署名していると示しているのに署名の検証に失敗したかのいずれかです (Microsoft 365 は DNSSEC の検証失敗をこのコードで報告します)。問題は Microsoft 365 の外側、宛先ドメインの DNS にあります。",
  ),
  adminFix: [
    t(
      "Test the destination domain with Microsoft's Remote Connectivity Analyzer (its DANE validation test shows whether DNSSEC is at fault) or with dig +dnssec; the domain's owner must fix its DNS servers, its DNSSEC signatures or its DS record at the registrar.",
      "Microsoft のリモート接続アナライザー (DANE の検証テストで DNSSEC が原因かどうかがわかります) や dig +dnssec で宛先ドメインを確認してください。修正できるのはそのドメインの所有者で、DNS サーバー、DNSSEC の署名、またはレジストラーに登録した DS レコードを直す必要があります。",
    ),
    ADMIN.checkDns,
  ],
} as const;

export const exchangeOnlineUnlisted: readonly CatalogEntry[] = [
  {
    id: "exo-5.7.193-group-external-blocked",
    code: "5.7.193",
    texts: [
      "Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group",
    ],
    source: "exchange-online",
    ...notAuthenticatedFor(t("a Microsoft 365 group", "Microsoft 365 グループ")),
  },
  {
    id: "exo-4.7.230-out-of-date-server-throttled",
    code: "4.7.230",
    ...outOfDateOnPremises,
    temporary: true,
    summary: t(
      "Microsoft 365 is slowing down mail from your organization's on-premises Exchange server because that server is out of date.",
      "あなたの組織のオンプレミス Exchange サーバーが更新されていないため、Microsoft 365 がそのサーバーからのメールを遅らせています。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askYourAdmin],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
  {
    id: "exo-5.7.230-out-of-date-server-blocked",
    code: "5.7.230",
    ...outOfDateOnPremises,
    temporary: false,
    summary: t(
      "Microsoft 365 refused mail from your organization's on-premises Exchange server because that server is out of date.",
      "あなたの組織のオンプレミス Exchange サーバーが更新されていないため、Microsoft 365 がそのサーバーからのメールを拒否しました。",
    ),
    fix: [SENDER.askYourAdmin, SENDER.resendAfterFix],
    actions: ["contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-4.4.317-subject-mismatch",
    code: "4.4.317",
    // The longer text outranks 4.4.317's own words (exchange-online-connection.ts).
    texts: ["Message=SubjectMismatch", "Cannot connect to remote server [Message=SubjectMismatch"],
    byTextOnly: true,
    title: "The recipient's server certificate does not carry the expected name",
    ...certificateCheckFailed,
    summary: t(
      "Microsoft 365 would not deliver over the secure connection: the certificate the recipient's mail server presented does not carry the name it expected.",
      "受信側のメール サーバーが提示した証明書に Microsoft 365 が期待する名前が含まれていないため、Microsoft 365 は暗号化接続での配信を行いませんでした。",
    ),
    cause: t(
      "Microsoft 365 checks the destination's certificate for the name its connector is set to (SubjectMismatch: the certificate names another host). The fault is at the destination, often a renewed certificate not yet assigned to its receive connector.",
      "Microsoft 365 は、宛先の証明書にコネクタで設定された名前が含まれているかを確認します (SubjectMismatch は、証明書に別のホスト名が書かれていることを示します)。問題は受信側にあり、更新した証明書が受信コネクタにまだ割り当てられていないことがよくあります。",
    ),
    whileRetrying: {
      cause: t(
        "A retry gets through only once the receiving server presents the right certificate.",
        "受信側のサーバーが正しい証明書を提示するようになるまで、再試行しても届きません。",
      ),
    },
  },
  {
    id: "exo-4.7.320-certificate-validation-failed",
    code: "4.7.320",
    texts: ["Certificate validation failed"],
    ...certificateCheckFailed,
    summary: t(
      "Microsoft 365 would not deliver over the secure connection: it could not validate the certificate the recipient's mail server presented.",
      "受信側のメール サーバーが提示した証明書を Microsoft 365 が検証できなかったため、暗号化接続での配信を行いませんでした。",
    ),
    cause: t(
      "The connector requires a validated certificate from the destination, and the one presented failed the check: most often it does not carry the expected name (SubjectMismatch), or it is expired or not from a trusted authority.",
      "コネクタは宛先の証明書が検証に合格することを求めていますが、提示された証明書は検証に失敗しました。多くは期待する名前が含まれていない (SubjectMismatch) ためで、期限切れのものや、信頼された認証局が発行したものでないこともあります。",
    ),
    whileRetrying: {
      cause: t(
        "A retry gets through only once the receiving server presents a valid certificate.",
        "受信側のサーバーが有効な証明書を提示するようになるまで、再試行しても届きません。",
      ),
    },
  },
  {
    id: "exo-4.4.312-dns-query-failed",
    code: "4.4.312",
    ...dnsQueryFailed,
    temporary: true,
    summary: t(
      "Microsoft 365 could not look up where to deliver mail for the recipient's domain.",
      "Microsoft 365 は受信側のドメイン宛てのメールの配信先を調べられませんでした。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
    actions: ["wait-for-retry", "contact-recipient-admin"],
  },
  {
    id: "exo-5.4.312-dns-query-failed",
    code: "5.4.312",
    ...dnsQueryFailed,
    temporary: false,
    summary: t(
      "Microsoft 365 gave up on your message: it could not look up where to deliver mail for the recipient's domain.",
      "Microsoft 365 はメッセージの配信をあきらめました。受信側のドメイン宛てのメールの配信先を調べられませんでした。",
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    actions: ["contact-recipient-admin"],
  },
  {
    id: "exo-5.4.316-expired-connection-refused",
    code: "5.4.316",
    texts: ["Message expired, connection refused"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "Microsoft 365 gave up on your message: for the whole time it kept trying, the recipient's mail server refused every connection.",
      "Microsoft 365 はメッセージの配信をあきらめました。再試行を続けた間ずっと、受信側のメール サーバーがすべての接続を拒否しました。",
    ),
    cause: t(
      "The recipient's mail server (or a firewall in front of it) refuses connections on port 25: it is down, moved without its MX record being updated, or blocks Microsoft 365. The problem is at the destination, outside Microsoft 365.",
      "受信側のメール サーバー (またはその手前のファイアウォール) がポート 25 への接続を拒否しています。停止している、MX レコードを更新しないまま移転した、または Microsoft 365 を遮断している、といった原因です。問題は Microsoft 365 の外側、宛先にあります。",
    ),
    fix: [SENDER.expiredTellRecipient, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.checkDns],
    actions: ["contact-recipient-admin", "retry-later"],
  },
  {
    id: "exo-4.7.0-temporary-server-error",
    code: "4.7.0",
    texts: ["Temporary server error. Please try again later"],
    byTextOnly: true,
    source: "both",
    temporary: true,
    owner: "nobody",
    summary: t(
      "A Microsoft mail server had a temporary internal error while taking your message (or your program's sign-in), so it asked to try again later.",
      "Microsoft のメール サーバーがメッセージ (またはプログラムのサインイン) を受け取る途中で一時的な内部エラーになり、後で再試行するよう求めました。",
    ),
    cause: t(
      "PRX in the reply marks the front end that passes each connection on to the servers holding the mailboxes; when that hand-off fails it answers with this temporary error. A short spell clears by itself; one that lasts for hours points at the service (Microsoft 365 service health) or at the organization's own setup (an Exchange server, its connectors or its accepted domains).",
      "応答中の PRX は、接続をメールボックスのあるサーバーへ引き渡すフロント エンドを表します。この引き渡しに失敗すると、この一時エラーを返します。短時間なら自然に解消します。何時間も続く場合は、サービス側 (Microsoft 365 のサービス正常性) か、組織側の構成 (Exchange サーバー、コネクタ、承認済みドメイン) に問題があります。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If it lasts for hours: check Service health in the Microsoft 365 admin center; for your own Exchange servers, check the front-end transport service, the connectors and that the recipient's domain is an accepted domain.",
        "何時間も続く場合は、Microsoft 365 管理センターの「サービス正常性」を確認してください。自組織の Exchange サーバーであれば、フロント エンド トランスポート サービス、コネクタ、宛先ドメインが承認済みドメインであることを確認してください。",
      ),
    ],
    actions: ["wait-for-retry"],
    lastingDeferral: "receiving-side",
  },
  {
    id: "exo-5.7.1-content-restrictions",
    code: "5.7.1",
    texts: [
      "Message rejected due to content restrictions",
      "コンテンツの制限のためメッセージは拒否されました",
      "メッセージがコンテンツの制限のために拒否されました",
    ],
    byTextOnly: true,
    source: "exchange-online",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The recipient's spam filter refused your message because of something in its content.",
      "受信側の迷惑メール フィルターが、メッセージの内容を理由に受信を拒否しました。",
    ),
    cause: t(
      "The recipient's organization uses a spam filter from another vendor, and that vendor's list of spam signatures holds something your messages carry: often a link, domain name or phone number in your signature, after recipients reported messages like yours as spam. Microsoft 365 only passes the refusal on.",
      "受信側の組織は他社製の迷惑メール フィルターを使っており、そのベンダーの迷惑メール判定リストに、あなたのメッセージに含まれる要素が登録されています。受信者が同様のメッセージを迷惑メールとして報告した結果、署名内のリンク、ドメイン名、電話番号などが登録されることがよくあります。Microsoft 365 は拒否の結果を伝えているだけです。",
    ),
    fix: [
      t(
        "Send the message again without your signature (and without links), and tell your mail admin if that gets through.",
        "署名 (およびリンク) を外して送り直してみてください。それで届いた場合は、メール管理者に知らせてください。",
      ),
      SENDER.askYourAdmin,
    ],
    adminFix: [
      t(
        "Ask the recipient's mail admin, or the vendor of their spam filter, which part of the message is listed and to remove it from the list (or to update their signatures); find which part by sending test messages without the signature or links.",
        "受信側のメール管理者、またはその迷惑メール フィルターのベンダーに、メッセージのどの部分が登録されているかを問い合わせ、リストからの削除 (または判定定義の更新) を依頼してください。署名やリンクを外したテスト メッセージを送ると、どの部分かを絞り込めます。",
      ),
    ],
    actions: ["contact-your-admin", "contact-recipient-admin"],
  },
  {
    id: "exo-4.4.62-wrong-region",
    code: "4.4.62",
    texts: ["Mail sent to the wrong Office 365 region"],
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Microsoft 365 did not take the message because it reached Microsoft's servers for another region than the one hosting the recipient's organization.",
      "受信側の組織を収容するリージョンとは別のリージョンの Microsoft のサーバーにメッセージが届いたため、Microsoft 365 は受け取りませんでした。",
    ),
    cause: t(
      "The sending side delivers to a fixed Microsoft address (a smart host such as mail.messaging.microsoft.com or mail.global.frontbridge.com, or a Microsoft IP address) instead of the recipient domain's own MX record, so the mail lands in the wrong region. Deliveries keep failing until that setting is changed.",
      "送信側が宛先ドメイン自身の MX レコードではなく、固定の Microsoft のアドレス (mail.messaging.microsoft.com や mail.global.frontbridge.com といったスマート ホスト、または Microsoft の IP アドレス) へ配信しているため、メールが別のリージョンに届いています。この設定を変えるまで配信は失敗し続けます。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Route the mail by the recipient domain's MX record; where a smart host is needed (a send connector, a printer or an application relaying to Microsoft 365), use the tenant's own MX host name (<domain>.mail.protection.outlook.com), never a shared Microsoft name or IP address.",
        "宛先ドメインの MX レコードに従って配信してください。スマート ホストが必要な場合 (送信コネクタ、複合機やアプリケーションから Microsoft 365 への中継) は、共有の Microsoft の名前や IP アドレスではなく、テナント自身の MX ホスト名 (<ドメイン>.mail.protection.outlook.com) を使ってください。",
      ),
      ADMIN.checkConnectors,
    ],
    actions: ["contact-your-admin"],
  },
  {
    id: "exo-4.4.4-temporary-server-error",
    code: "4.4.4",
    texts: ["Temporary server error. Please try again later"],
    byTextOnly: true,
    title: "Microsoft 365 deferred your server (ATTR5)",
    source: "exchange-online",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Microsoft 365's receiving servers did not take the message for now and asked your server to try again later.",
      "Microsoft 365 の受信側のサーバーは今はメッセージを受け取らず、後で再試行するようあなたのサーバーに求めました。",
    ),
    cause: t(
      "Microsoft 365 answers this way when it holds back connections from a sending server: an IP address with little or poor sending history, a burst of mail, or a temporary block while it evaluates the sender. Short spells clear by themselves; one that lasts for hours or comes back with every send points at the sending server's reputation or volume, not at the recipient's address.",
      "Microsoft 365 は、送信サーバーからの接続を抑えるときにこう応答します。送信実績が少ないか評価の低い IP アドレス、短時間の大量送信、送信者を評価する間の一時的なブロックなどです。短時間なら自然に解消します。何時間も続く場合や送るたびに繰り返す場合は、宛先アドレスではなく送信サーバーの評価や送信量に原因があります。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If it lasts: check that the sending IP address is on no block list and has a matching reverse DNS name, spread bulk mail over time, and ask the recipient's admin to allow your server's IP address if the deferrals continue.",
        "続く場合は、送信 IP アドレスがブロック リストに載っていないこと、逆引き DNS 名が一致していることを確認し、一斉送信は時間を分散させてください。遅延が続くなら、受信側の管理者にあなたのサーバーの IP アドレスの許可を依頼してください。",
      ),
    ],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
  {
    id: "exo-5.7.350-remote-spam",
    code: "5.7.350",
    texts: ["Remote server returned message detected as spam"],
    source: "exchange-online",
    temporary: false,
    owner: "you",
    summary: t(
      "Microsoft 365 passed your message on, but the recipient's mail server (or its filtering service, outside Microsoft 365) refused it as suspected spam.",
      "Microsoft 365 はメッセージを送り出しましたが、受信側のメール サーバー (または Microsoft 365 の外にあるそのフィルター サービス) が迷惑メールの疑いで拒否しました。",
    ),
    cause: t(
      "The refusal is the outside receiver's verdict on this message, quoted after the arrow in the report: its words, links, attachments or the way it was sent looked like spam to that filter. Microsoft 365 only reports it; nothing in your Microsoft 365 settings caused it, and only the recipient's side can allow your mail if a changed message is still refused.",
      "この拒否は外部の受信側がこのメッセージに下した判定で、レポートの矢印の後に引用されています。文面、リンク、添付ファイル、送り方が、そのフィルターには迷惑メールに見えました。Microsoft 365 は報告しているだけで、あなたの Microsoft 365 の設定が原因ではありません。文面を変えても拒否される場合、許可できるのは受信側だけです。",
    ),
    fix: [YOU.plainVersionOrAllowed],
    adminFix: [ADMIN.checkAuthRecords],
    actions: ["contact-recipient", "copy-summary"],
  },
  {
    id: "exs-4.2.1-unable-to-connect",
    code: "4.2.1",
    texts: ["Unable to connect"],
    // qmail-like servers write "unable to connect to remote server" too
    commonTexts: ["Unable to connect"],
    byTextOnly: true,
    title: "Exchange could not connect to the destination's mail server",
    source: "exchange-server",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Your Exchange server could not open a connection to any of the recipient's mail servers.",
      "あなたの Exchange サーバーは、受信者のどのメール サーバーにも接続できませんでした。",
    ),
    cause: t(
      'No server answered on port 25: Exchange tried the destination\'s main host and its alternates and reached none. When mail to every outside domain is stuck, something on your side closes outgoing port 25 (a firewall, an antivirus "mass-mailing" protection, the internet provider) or the send connector points at a wrong smart host; when only this domain is stuck, its mail servers are down or refuse your server.',
      "ポート 25 で応答したサーバーがありません。Exchange は宛先のメイン ホストと代替ホストを試しましたが、どれにも到達できませんでした。外部のすべてのドメイン宛てのメールが滞っている場合は、あなたの側で何か (ファイアウォール、ウイルス対策ソフトの大量送信対策、インターネット プロバイダー) が送信ポート 25 を閉じているか、送信コネクタが誤ったスマート ホストを指しています。このドメイン宛てだけが滞っている場合は、宛先のメール サーバーが停止しているか、あなたのサーバーを拒否しています。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askYourAdmin],
    adminFix: [
      t(
        "From the Exchange server, test a connection to the destination's MX host on port 25 (Test-NetConnection -Port 25, or telnet) and to another domain's: if none connects, open outgoing port 25 or fix the send connector's smart host; if only this one fails, ask the recipient's admin.",
        "Exchange サーバーから、宛先の MX ホストと別のドメインの MX ホストへのポート 25 の接続を試してください (Test-NetConnection -Port 25 や telnet)。どちらもつながらない場合は送信ポート 25 を開けるか送信コネクタのスマート ホストを直し、この宛先だけがつながらない場合は受信側の管理者に連絡してください。",
      ),
      ADMIN.checkConnectors,
      ADMIN.checkRemoteServer,
    ],
    actions: ["wait-for-retry", "contact-your-admin", "copy-summary"],
  },
  {
    id: "exs-4.4.0-dns-query-failed",
    code: "4.4.0",
    // Exchange's own failure ("... with error ErrorDnsQueryFailed", "ErrorRetry"); the bare "DNS
    // query failed" heads its nonexistent-domain and MX-loop errors too, whose tokens say more
    texts: ["DNS query failed with error"],
    byTextOnly: true,
    title: "Exchange's DNS lookup for the destination failed",
    source: "exchange-server",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Your Exchange server could not look up where to deliver mail for the recipient's domain: its DNS query failed.",
      "あなたの Exchange サーバーは、受信側のドメイン宛てのメールをどこへ配信するかを調べられませんでした。DNS の問い合わせが失敗しました。",
    ),
    cause: t(
      "The query did not get an answer, which is not the same as the domain not existing. When mail to every outside domain is stuck, the DNS servers Exchange uses (the network adapter's, or the ones set for external lookups) do not work or cannot reach the internet; when only some domains are stuck, their DNS servers answer Exchange's queries badly (some ignore the IPv6 AAAA query).",
      "これは問い合わせに応答が得られなかったということで、ドメインが存在しないという意味ではありません。外部のすべてのドメイン宛てのメールが滞っている場合は、Exchange が使う DNS サーバー (ネットワーク アダプターのもの、または外部参照用に設定したもの) が動いていないか、インターネットに到達できません。一部のドメイン宛てだけが滞っている場合は、そのドメインの DNS サーバーが Exchange の問い合わせに正しく応答していません (IPv6 の AAAA の問い合わせを無視するサーバーがあります)。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askYourAdmin],
    adminFix: [
      t(
        "On the Exchange server, resolve the destination domain's MX records with nslookup or Resolve-DnsName against the DNS servers Exchange uses; fix or replace those servers (Exchange's external DNS lookup settings and the send connector's \"use the external DNS lookup settings\" option), or, for one domain whose DNS servers misbehave, route it through a send connector to its mail server as a smart host.",
        "Exchange サーバーで、Exchange が使う DNS サーバーに対して nslookup や Resolve-DnsName で宛先ドメインの MX レコードを引いてください。その DNS サーバーを修正するか別のサーバーに替えてください (Exchange の外部 DNS 参照の設定と、送信コネクタの「外部 DNS 参照設定を使用する」)。DNS サーバーの応答がおかしい特定のドメインについては、そのメール サーバーをスマート ホストにした送信コネクタで送ってください。",
      ),
      ADMIN.checkDns,
    ],
    actions: ["wait-for-retry", "contact-your-admin", "copy-summary"],
  },
  {
    id: "exo-4.2.0-no-mailbox-database",
    code: "4.2.0",
    texts: ["Recipient deferred because there is no Mdb"],
    byTextOnly: true,
    title: "The recipient's mailbox has no mailbox database",
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The recipient's organization cannot deliver to this mailbox yet: the mailbox has no mailbox database to store mail in.",
      "受信側の組織は、このメールボックスにまだ配信できません。メールボックスに、メールを保存するメールボックス データベースがありません。",
    ),
    cause: t(
      "Exchange found the recipient but no mailbox database behind it: the mailbox is not fully created, is being moved, or its directory object (often one synchronized from an on-premises directory) is set up wrongly. The recipient's admin must fix the object; the address itself is right.",
      "Exchange は受信者を見つけましたが、その背後にメールボックス データベースがありません。メールボックスの作成が終わっていない、移動中である、またはディレクトリのオブジェクト (オンプレミスのディレクトリから同期されたものが多い) の設定が誤っています。直すのは受信側の管理者で、アドレス自体は正しいものです。",
    ),
    fix: [SENDER.waitForRetry, SENDER.contactRecipient],
    adminFix: [
      t(
        "Check the recipient's synchronized object and its license; if the mailbox still has no database, open a case with Microsoft support.",
        "受信者の同期されたオブジェクトとライセンスを確認してください。それでもメールボックスにデータベースがない場合は、Microsoft サポートに問い合わせてください。",
      ),
    ],
    actions: ["wait-for-retry", "contact-recipient", "copy-summary"],
  },
  {
    id: "exo-4.5.3-multiple-regions",
    code: "4.5.3",
    texts: ["Recipients belong to multiple regions"],
    byTextOnly: true,
    source: "exchange-online",
    temporary: true,
    owner: "nobody",
    summary: t(
      "Microsoft 365 took the message for some recipients and asked your server to send it to the others in a separate delivery, because they are hosted in another Microsoft region.",
      "Microsoft 365 は一部の宛先についてメッセージを受け取り、残りの宛先は別の Microsoft のリージョンに収容されているため、別の配信として再試行するようあなたのサーバーに求めました。",
    ),
    cause: t(
      "One delivery (SMTP transaction) named recipients whose mailboxes live in different Microsoft regions; Microsoft 365 takes one region's recipients per delivery and defers the rest. Sending servers handle this by themselves, sending the deferred recipients again in a delivery of their own; nothing is wrong with the addresses or with your server.",
      "1 回の配信 (SMTP トランザクション) に、異なる Microsoft のリージョンにメールボックスがある宛先が含まれていました。Microsoft 365 は 1 回の配信で 1 つのリージョンの宛先だけを受け取り、残りを保留します。送信サーバーは保留された宛先を別の配信で自動的に再試行するので、アドレスにもあなたのサーバーにも問題はありません。",
    ),
    lastingDeferral: "recipient-count",
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If these recipients never get the message, check that the sending server or application retries recipients deferred with a 4xx reply in a new delivery instead of dropping them.",
        "これらの宛先にいつまでも届かない場合は、送信サーバーやアプリケーションが 4xx 応答で保留された宛先を破棄せず、新しい配信で再試行しているか確認してください。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
];
