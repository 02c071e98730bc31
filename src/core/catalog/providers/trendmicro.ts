// Source: Trend Micro's own knowledge base and online help for Trend Micro Email Security (TMES,
// formerly Hosted Email Security, HES) and its gateways:
// - "Receiving bounced emails in Hosted Email Security (HES)"
//   (success.trendmicro.com/solution/1035692-receiving-bounced-emails-in-hosted-email-security-hes):
//   a policy, Email Reputation Services, an invalid recipient; 50 MB and 1,000 recipients by default;
// - "About Blocked Traffic" (docs.trendmicro.com/en-us/enterprise/hosted-email-security-administrator-
//   guide/logs-in-hes/understanding-mail-t/about-the-blocked-tr.aspx): a message over the size limit
//   is refused with a 552 reply ("Size limit");
// - "Rate Limit Settings" (success.trendmicro.com/en-US/solution/KA-0010158): 2,000 messages a
//   minute per sending IP and 200 a minute per recipient address, one message per recipient; over
//   them TMES answers 4xx, "Rate limit temporarily exceeded";
// - "Directory Management" (docs.trendmicro.com/en-us/documentation/article/trend-micro-email-
//   security-online-help-directory-management): messages to addresses missing from the imported or
//   synchronized directory are refused;
// - "Outbound email from sender domains not registered as valid HES domains are not accepted"
//   (success.trendmicro.com/solution/1053852-...): "Sender address rejected: Access denied";
// - Deep Discovery Email Inspector 5.1 online help, "SMTP Error Codes"
//   (docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-
//   smtp-error-codes): "421 Block temporarily (Sender Filtering/Authentication)" and "521 Block
//   permanently (Sender Filtering/Authentication)" for DHA and bounce attack protection, SMTP traffic
//   throttling, SPF, DKIM and DMARC;
// - InterScan Messaging Security Suite, KA-0004824 ("550 domain of forward path is not allowed":
//   the recipient's domain is missing from the gateway's Relay Domains list).
// Trend Micro's Email Reputation Services (ERS) block list has its own entry (blocklists.ts,
// "trendmicro-ers"): no entry here repeats it, so an ERS refusal from these hosts keeps that
// meaning. TMES inbound hosts are *.tmes.trendmicro.com / *.tmes.trendmicro.eu, HES's
// *.hes.trendmicro.com and *.mx.trendmicro.com. Texts are Trend Micro's; the explanations are our own.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://success.trendmicro.com/solution/1035692-receiving-bounced-emails-in-hosted-email-security-hes";
const DDEI =
  "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes";
const RATE = "https://success.trendmicro.com/en-US/solution/KA-0010158";

/** What Deep Discovery Email Inspector's sender filtering checks (its SMTP error codes page). */
const senderFilteringCause = t(
  "Trend Micro's sender filtering checks the connecting server and the sender before it takes a message: directory harvest and bounce attack protection, SMTP traffic throttling, and SPF, DKIM and DMARC. One of these checks failed for your server[[ ({ip})]] or domain ({domain}).",
  "Trend Micro の送信者フィルターは、メッセージを受け取る前に接続元のサーバーと送信者を確認します。ディレクトリ ハーベスト攻撃や配信エラーを悪用した攻撃の防御、SMTP トラフィックの制限、SPF・DKIM・DMARC です。あなたのサーバー[[ ({ip}) ]]またはドメイン ({domain}) がそのいずれかで不合格になりました。",
);

export const trendMicro: ProviderCatalog = {
  provider: {
    id: "trendmicro",
    name: "Trend Micro Email Security (formerly Hosted Email Security)",
    page: PAGE,
    hosts: [
      ".tmes.trendmicro.com",
      ".tmes.trendmicro.eu",
      ".hes.trendmicro.com",
      ".mx.trendmicro.com",
    ],
    // Its appliances answer under the customer's host name; these wordings are Trend Micro's own.
    markers: [
      "(sender filtering/authentication)",
      // InterScan's relay refusal, spelled both ways in Trend Micro's own articles (KA-0004824,
      // solution 1106332)
      "domain of forward path is not allowed",
      "domain of forward-path is not allowed",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "trendmicro-sender-filtering-deferred",
      code: "",
      texts: ["Block temporarily (Sender Filtering/Authentication)"],
      markers: ["block temporarily (sender filtering/authentication)"],
      reasons: ["speeding", "toomanyconn", "authfailure", "blocked"],
      temporary: true,
      owner: "your-admin",
      page: DDEI,
      summary: t(
        "The recipient's Trend Micro email gateway turned your server away for now: a sender check on your server or domain did not pass.",
        "受信側の Trend Micro のメール ゲートウェイは、あなたのサーバーまたはドメインに対する送信者の確認が通らなかったため、接続を一時的に断りました。",
      ),
      cause: senderFilteringCause,
      fix: [YOU.retryAfterBlock],
      adminFix: [
        YOUR_ADMIN.slowDown,
        t(
          "Check that mail to this domain goes only to addresses that exist (a list with many dead addresses looks like a harvest attack), and that SPF, DKIM and DMARC pass for {domain}.",
          "このドメインへのメールが実在するアドレスだけに送られているか (存在しないアドレスの多いリストはハーベスト攻撃に見えます)、また {domain} の SPF・DKIM・DMARC が合格しているかを確認してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "trendmicro-sender-filtering",
      code: "",
      texts: ["Block permanently (Sender Filtering/Authentication)"],
      markers: ["block permanently (sender filtering/authentication)"],
      reasons: ["authfailure", "blocked", "rejected"],
      temporary: false,
      owner: "your-admin",
      page: DDEI,
      summary: t(
        "The recipient's Trend Micro email gateway refused your message: your server or your domain failed its sender checks (sender authentication such as SPF, DKIM or DMARC, or its attack protection).",
        "受信側の Trend Micro のメール ゲートウェイはメッセージを拒否しました。あなたのサーバーまたはドメインが送信者の確認 (SPF・DKIM・DMARC などの送信者認証や攻撃の防御) で不合格になりました。",
      ),
      cause: senderFilteringCause,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkDmarc],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "trendmicro-rate-limit",
      code: "",
      texts: ["Rate limit temporarily exceeded"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      page: RATE,
      summary: t(
        "The recipient's Trend Micro Email Security turned your message away for now: your server[[ ({ip})]] sent more messages in a short time than it accepts.",
        "受信側の Trend Micro Email Security は、あなたのサーバー[[ ({ip}) ]]が短時間に送ったメッセージの数が上限を超えたため、メッセージを一時的に受け付けませんでした。",
      ),
      cause: t(
        "Trend Micro Email Security limits inbound mail to 2,000 messages a minute from one sending IP and 200 a minute to one recipient address (each recipient counts as one message). Over a limit it answers with a temporary (4xx) refusal, and accepts mail again once the rate drops.",
        "Trend Micro Email Security は受信するメールを、1 つの送信元 IP から 1 分間に 2,000 通、1 つの宛先アドレスへ 1 分間に 200 通までに制限しています (宛先 1 件を 1 通と数えます)。上限を超えると一時的なエラー (4xx) で断り、ペースが下がれば再び受け付けます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "trendmicro-invalid-recipient",
      code: "5.1.1",
      texts: ["invalid recipient"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Trend Micro Email Security says the address you wrote to is not a valid mailbox at that organization[[ ({recipientDomain})]].",
        "受信側の Trend Micro Email Security によると、宛先のアドレスはその組織[[ ({recipientDomain}) ]]の有効なメールボックスではありません。",
      ),
      cause: t(
        "Trend Micro Email Security checks each recipient against the directory the organization imported or synchronized into it, and refuses addresses that are not there: a typo, a former employee, or a mailbox created after the last directory sync.",
        "Trend Micro Email Security は、組織がインポートまたは同期したディレクトリで宛先を照合し、そこにないアドレスを拒否します。入力ミス、退職者、または最後のディレクトリ同期より後に作られたメールボックスが考えられます。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If you are sure the address is right (a new colleague, for example), tell the recipient another way; their admin has to add it to the directory in Trend Micro Email Security.",
          "アドレスが正しいと確信できる場合 (新しく着任した人など) は、別の手段で受信者に伝えてください。受信側の管理者が Trend Micro Email Security のディレクトリに追加する必要があります。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: run the Directory Synchronization Tool again or import the address (Directory Management), then check the valid recipients list.",
          "受信側の管理者: ディレクトリ同期ツールを再実行するかアドレスをインポートし (Directory Management)、有効な宛先の一覧を確認してください。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "trendmicro-size-limit",
      code: "5.3.4",
      texts: ["Size limit"],
      reasons: ["mesgtoobig", "exceedlimit"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's Trend Micro Email Security refused your message because it is larger than the size it accepts.",
        "受信側の Trend Micro Email Security は、メッセージが受け付けるサイズを超えているため拒否しました。",
      ),
      cause: t(
        "Trend Micro Email Security refuses a message over its size limit (50 MB by default) with a 552 reply; attachments grow by about a third when they are encoded for sending.",
        "Trend Micro Email Security は、サイズの上限 (初期設定では 50 MB) を超えるメッセージを 552 の応答で拒否します。添付ファイルは送信用にエンコードされると約 3 分の 1 大きくなります。",
      ),
      fix: [YOU.shrink],
      adminFix: [
        t(
          "If large files must reach this recipient, share them through a file-sharing link; only the recipient's admin can change their limit.",
          "大きなファイルをこの受信者に届ける必要がある場合は、ファイル共有のリンクを使ってください。上限を変更できるのは受信側の管理者だけです。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "trendmicro-outbound-domain",
      code: "",
      texts: ["Sender address rejected: Access denied"],
      reasons: ["rejected", "norelaying", "securityerror"],
      temporary: false,
      owner: "your-admin",
      page: "https://success.trendmicro.com/solution/1053852-outbound-email-from-sender-domains-not-registered-as-valid-hosted-email-security-hes-domains-are-n",
      summary: t(
        "Your organization's own Trend Micro Email Security refused to relay the message out: the sender's domain ({domain}) is not one it sends mail for.",
        "自組織の Trend Micro Email Security は、送信者のドメイン ({domain}) が送信を扱うドメインとして登録されていないため、メッセージの中継を拒否しました。",
      ),
      cause: t(
        "With outbound filtering on, Trend Micro Email Security relays mail only from the domains registered in the organization's account and from the outbound servers listed for them; this message came from a domain (or a server) that is not registered.",
        "送信フィルターが有効な場合、Trend Micro Email Security は組織のアカウントに登録されたドメインと、そのドメイン用に登録された送信サーバーからのメールだけを中継します。このメッセージは登録されていないドメイン (またはサーバー) から来ました。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "In the Trend Micro Email Security console (Domains), add {domain} as a managed domain with outbound protection, and list every server that sends its mail under Outbound Servers; for a domain you do not own, ask Trend Micro support to approve it.",
          "Trend Micro Email Security のコンソール (Domains) で {domain} を送信保護付きの管理対象ドメインとして追加し、そのメールを送るすべてのサーバーを Outbound Servers に登録してください。自組織が所有していないドメインの場合は、Trend Micro のサポートに承認を依頼してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "trendmicro-relay-domain",
      code: "",
      texts: ["domain of forward path is not allowed", "Domain of forward-path is not allowed"],
      reasons: ["norelaying", "rejected"],
      temporary: false,
      owner: "recipient-admin",
      page: "https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-me",
      summary: t(
        "The Trend Micro gateway (InterScan Messaging Security) that received your message does not relay mail for the recipient's domain[[ ({recipientDomain})]], so it refused it.",
        "メッセージを受け取った Trend Micro のゲートウェイ (InterScan Messaging Security) は宛先のドメイン[[ ({recipientDomain}) ]]のメールを中継しない設定のため、拒否しました。",
      ),
      cause: t(
        "The gateway passes on mail only for the domains in its Relay Domains list, and the recipient's domain is not in it: usually a domain added to the organization's mail but not to its gateway.",
        "このゲートウェイは Relay Domains のリストにあるドメインのメールだけを転送しますが、宛先のドメインはそこにありません。組織のメールには追加されたのに、ゲートウェイには追加されていないドメインであることがほとんどです。",
      ),
      fix: [
        t(
          "Check the recipient's domain is spelled right; if it is, tell the recipient another way that their mail gateway refuses the domain.",
          "宛先のドメインの綴りを確認してください。正しければ、別の手段で受信者にメール ゲートウェイがそのドメインを拒否していることを伝えてください。",
        ),
      ],
      adminFix: [
        t(
          "The gateway's admin (the recipient's, or yours if the refusing host is your own gateway): add the domain under SMTP Routing > Message Rule > Relay Domains in the InterScan console.",
          "ゲートウェイの管理者 (受信側、または拒否したホストが自組織のゲートウェイであれば自組織の管理者): InterScan のコンソールの SMTP Routing > Message Rule > Relay Domains にドメインを追加してください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient-admin"],
    },
  ],
};
