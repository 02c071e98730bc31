// Source: Cisco Secure Email (AsyncOS for Email) user guides: default SMTP replies of the Host Access Table, SPF and
// DMARC verification, LDAP acceptance and envelope sender verification; Cisco TAC note 200436 (poor SenderBase
// reputation) and the Talos Reputation Center (talosintelligence.com) that senders are sent to.
import { t } from "../types";
import { SENDER } from "../steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const TALOS = "https://talosintelligence.com/reputation_center";

/** The envelope sender's domain could not be found in DNS. */
const senderDomain = {
  owner: "your-admin",
  reasons: ["rejected"],
  summary: t(
    "The recipient's Cisco gateway could not find your sending domain[[ {domain}]] in DNS, so it would not accept mail from it.",
    "受信側の Cisco ゲートウェイが DNS で送信ドメイン[[ {domain} ]]を見つけられなかったため、そこからのメールを受け付けませんでした。",
  ),
  cause: t(
    "Cisco Secure Email verifies that the domain of the envelope sender (the return address) resolves in DNS; it refuses the message when the domain does not exist and defers it when the lookup fails for now.",
    "Cisco Secure Email は、エンベロープ送信者 (返送先アドレス) のドメインが DNS で引けることを確認します。ドメインが存在しなければ拒否し、一時的に引けない場合は保留します。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Check that the return-path domain[[ {domain}]] has A or MX records and that its name servers answer from the internet; an application sending with a made-up or internal domain must use a real one.",
      "返送先 (Return-Path) のドメイン[[ {domain} ]]に A または MX レコードがあり、そのネーム サーバーがインターネットから応答することを確認してください。架空のドメインや社内専用のドメインで送っているアプリケーションは、実在するドメインを使う必要があります。",
    ),
  ],
  actions: ["contact-your-admin"],
} as const;

export const cisco: ProviderCatalog = {
  provider: {
    id: "cisco",
    name: "Cisco Secure Email",
    page: TALOS,
    hosts: [".iphmx.com", ".ironport.com"],
    markers: [
      "ironport",
      "senderbase",
      "talosintelligence.com",
      "sending mta's poor reputation",
      "spf unauthorized mail is prohibited",
      "dmarc unauthenticated mail is prohibited",
      "#5.1.0 address rejected",
      "temporary error occurred during spf verification",
      "unable to perform dmarc verification",
      "too many recipients received this hour",
      // its envelope sender verification (Sendmail's wording, with AsyncOS's "#" before the code)
      "#5.1.8 domain of sender address",
      "#4.1.8 domain of sender address",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "cisco-poor-reputation",
      code: "",
      texts: [
        "Your access to this mail system has been rejected due to the sending MTA's poor reputation",
        "SenderBase",
        "talosintelligence.com",
        "rejected due to sender reputation",
      ],
      reasons: ["badreputation", "blocked"],
      page: `${TALOS}/lookup`,
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Cisco gateway refused the connection because your sending server's IP address[[ {ip}]] has a poor reputation with Cisco Talos.",
        "送信サーバーの IP アドレス[[ {ip} ]]の Cisco Talos での評価が低いため、受信側の Cisco ゲートウェイが接続を拒否しました。",
      ),
      cause: t(
        "Cisco Secure Email sorts connecting servers by their Talos (SenderBase) reputation score; a poor score puts the IP in the blocked sender group, which is refused before any message is sent.",
        "Cisco Secure Email は接続してきたサーバーを Talos (SenderBase) の評価スコアで振り分けます。スコアが低い IP はブロック対象のグループに入り、メッセージを送る前に拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look up {ip} in the Talos Reputation Center, fix what harmed it (spam from a compromised account, a missing PTR record, a new IP sending in bulk) and open a reputation ticket with Talos; the recipient's admin can allow the IP in the meantime.",
          "Talos Reputation Center で {ip} を調べ、評価を下げた原因 (乗っ取られたアカウントからの迷惑メール、PTR レコードの欠如、新しい IP からの大量送信など) を直したうえで Talos に評価見直しのチケットを出してください。それまでの間は受信側の管理者が IP を許可することもできます。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "cisco-spf-fail",
      code: "",
      texts: ["SPF unauthorized mail is prohibited"],
      reasons: ["authfailure"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Cisco gateway refused the message because your domain's SPF record[[ ({domain})]] does not allow the server that sent it[[ ({ip})]].",
        "あなたのドメインの SPF レコード[[ ({domain}) ]]が送信したサーバー[[ ({ip}) ]]を許可していないため、受信側の Cisco ゲートウェイはメッセージを拒否しました。",
      ),
      cause: t(
        "SPF verification on the recipient's gateway failed for the sending identity, and its policy rejects such mail.",
        "受信側のゲートウェイでの SPF 検証が送信者について失敗し、そのポリシーでは失敗したメールを拒否します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Add every server or service that sends for {domain} to its SPF record (and keep it under 10 DNS lookups); check the HELO name too, since Cisco can test it.",
          "{domain} の代わりに送信するすべてのサーバーやサービスを SPF レコードに追加してください (DNS 参照は 10 回以内に)。Cisco は HELO 名も検査できるため、そちらも確認してください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cisco-spf-temperror",
      code: "",
      texts: ["Temporary error occurred during SPF verification"],
      reasons: ["authfailure"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's Cisco gateway could not check your domain's SPF record just now and asked your server to try again later.",
        "受信側の Cisco ゲートウェイがその時点であなたのドメインの SPF レコードを確認できず、後で再試行するよう求めました。",
      ),
      cause: t(
        "Looking up the SPF record of the sender's domain failed for the moment (a slow or failing name server, or a record that needs too many lookups).",
        "送信者ドメインの SPF レコードの参照が一時的に失敗しました (ネーム サーバーの応答が遅い・失敗している、または参照回数の多すぎるレコード)。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it repeats, check that the domain's name servers answer reliably and that the SPF record resolves without errors.",
          "繰り返す場合は、ドメインのネーム サーバーが安定して応答し、SPF レコードがエラーなく解決できることを確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "cisco-dmarc-reject",
      code: "",
      texts: ["DMARC unauthenticated mail is prohibited"],
      reasons: ["authfailure"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Cisco gateway refused the message because it failed DMARC for your domain[[ {domain}]], whose policy asks receivers to reject such mail.",
        "あなたのドメイン[[ {domain} ]]の DMARC に失敗したため、受信側の Cisco ゲートウェイはメッセージを拒否しました。そのドメインのポリシーが、失敗したメールの拒否を求めています。",
      ),
      cause: t(
        "Neither SPF nor DKIM passed in alignment with the From domain, and the domain publishes p=reject.",
        "From のドメインと一致する形で SPF も DKIM も合格せず、そのドメインは p=reject を公開しています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sending server or service pass SPF or DKIM with {domain} (or a subdomain of it) as the aligned domain; check the DMARC reports for other failing sources.",
          "送信サーバーやサービスが {domain} (またはそのサブドメイン) と一致する形で SPF か DKIM に合格するようにしてください。DMARC レポートで失敗している他の送信元も確認してください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "cisco-dmarc-temperror",
      code: "",
      texts: ["Unable to perform DMARC verification"],
      reasons: ["authfailure"],
      owner: "nobody",
      temporary: true,
      summary: t(
        "The recipient's Cisco gateway could not finish its DMARC check just now and asked your server to try again later.",
        "受信側の Cisco ゲートウェイがその時点で DMARC の検査を終えられず、後で再試行するよう求めました。",
      ),
      cause: t(
        "A DNS lookup needed for DMARC (the DMARC, SPF or DKIM record) failed for the moment.",
        "DMARC に必要な DNS 参照 (DMARC・SPF・DKIM のレコード) が一時的に失敗しました。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "If it repeats, check that the sending domain's DMARC, SPF and DKIM records resolve reliably.",
          "繰り返す場合は、送信ドメインの DMARC・SPF・DKIM レコードが安定して引けることを確認してください。",
        ),
      ],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    {
      id: "cisco-address-rejected",
      title: "Address rejected",
      code: "",
      texts: ["#5.1.0 Address rejected"],
      reasons: ["userunknown"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's organization[[ ({recipientDomain})]] has no mailbox with the address you wrote to.",
        "受信側の組織[[ ({recipientDomain}) ]]には、宛先のアドレスのメールボックスがありません。",
      ),
      cause: t(
        "Cisco Secure Email checks each recipient against the organization's directory during the conversation and refuses addresses it does not find.",
        "Cisco Secure Email は送信のやり取りの中で宛先を組織のディレクトリと照合し、見つからないアドレスを拒否します。",
      ),
      fix: [YOU.checkAddress, SENDER.clearAutocomplete],
      adminFix: [
        t(
          "If the address should exist, the recipient's admin can check it in the directory their gateway queries.",
          "存在するはずのアドレスであれば、受信側の管理者がゲートウェイの参照するディレクトリを確認できます。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "cisco-sender-domain-missing",
      title: "Sender's domain does not exist",
      code: "",
      texts: ["Domain of sender address <address> does not exist"],
      temporary: false,
      ...senderDomain,
    },
    {
      id: "cisco-sender-domain-unresolved",
      title: "Sender's domain does not resolve",
      code: "",
      texts: ["Domain of sender address <address> does not resolve"],
      temporary: true,
      ...senderDomain,
    },
    {
      // A cap counted on the sending IP and set by its reputation: your admin's, as the other per-IP caps.
      id: "cisco-rate-limit",
      code: "",
      texts: ["Too many recipients received this hour"],
      reasons: ["toomanyconn", "speeding"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's Cisco gateway is limiting how many recipients it accepts per hour from your sending server.",
        "受信側の Cisco ゲートウェイが、送信サーバーから 1 時間に受け付ける宛先数を制限しています。",
      ),
      cause: t(
        "The mail flow policy applied to your server's IP[[ ({ip})]] has a recipients-per-hour limit; servers with a middling reputation are put in the throttled group, whose limit is low.",
        "送信サーバーの IP [[({ip}) ]]に適用されるメール フロー ポリシーには 1 時間あたりの宛先数の上限があります。評価が中程度のサーバーは制限の厳しいグループに入れられます。",
      ),
      fix: [SENDER.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "Spread large mailings over several hours; if it happens often, look up the IP's Talos reputation, which decides the limit.",
          "大量の送信は数時間に分けてください。頻繁に起こる場合は、上限を左右する IP の Talos 評価を確認してください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      // A mail flow policy with TLS "Required" answers a MAIL FROM sent without STARTTLS.
      id: "cisco-tls-required",
      code: "",
      texts: ["Must issue a STARTTLS command first"],
      reasons: ["failedstarttls", "securityerror"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Cisco gateway accepts mail from your server only over an encrypted (TLS) connection, and your server sent without it.",
        "受信側の Cisco ゲートウェイは、あなたのサーバーからのメールを暗号化 (TLS) 接続でのみ受け付けますが、サーバーは暗号化せずに送りました。",
      ),
      cause: t(
        "The mail flow policy that applies to your server requires TLS: the sending server must start it with the STARTTLS command before it names the sender.",
        "あなたのサーバーに適用されるメール フロー ポリシーは TLS を必須にしています。送信サーバーは送信者を伝える前に STARTTLS コマンドで TLS を開始する必要があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkTls],
      actions: ["contact-your-admin"],
    },
  ],
};
