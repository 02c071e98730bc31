// Source: Proofpoint, "PDR IP Lookup Frequently Asked Questions" (proofpoint.com/us/support-services/ip-blocked-faq),
// the IP check page its refusals link to (ipcheck.proofpoint.com), its Postmaster page (proofpoint.com/us/postmaster)
// and the Proofpoint Essentials help pages on SMTP Discovery and bounces (with the common bounce list
// of a Proofpoint Essentials reseller, spambrella.com/faq/email-delivery-error-codes).
import { ifItFails } from "../step-kinds";
import { SENDER } from "../steps";
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const IPCHECK = "https://ipcheck.proofpoint.com/";

/** Proofpoint Dynamic Reputation blocked the sending IP. */
const pdrBlock = {
  owner: "your-admin",
  temporary: false,
  reasons: ["blocked", "badreputation"],
  page: IPCHECK,
  summary: t(
    "Proofpoint, the recipient's mail filter, refused your message because the sending server's IP address[[ {ip}]] is on its block list (Proofpoint Dynamic Reputation, PDR).",
    "受信側のメール フィルター Proofpoint は、送信サーバーの IP アドレス[[ {ip} ]]が自社のブロック リスト (Proofpoint Dynamic Reputation、PDR) に載っているため、メッセージを拒否しました。",
  ),
  cause: t(
    "Proofpoint blocks an IP that keeps sending mail its filters score as spam or virus; it does not block for a domain or for bulk mail as such. The block lifts on its own some time after the spam stops, or on request.",
    "Proofpoint は、自社のフィルターが迷惑メールやウイルスと判定するメールを送り続ける IP をブロックします。ドメインや大量配信そのものを理由にはしません。迷惑メールが止まってしばらくすると自動で解除され、申請でも解除できます。",
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Look up {ip} on Proofpoint's IP check page (ipcheck.proofpoint.com). Find and stop the spam source (a compromised account, an infected machine, a web form), make sure the IP has a valid PTR record and the HELO name matches it, then submit the removal request there.",
      "Proofpoint の IP チェック ページ (ipcheck.proofpoint.com) で {ip} を調べてください。迷惑メールの発生源 (乗っ取られたアカウント、感染した端末、Web フォームなど) を突き止めて止め、IP に正しい PTR レコードがあり HELO 名と一致していることを確かめたうえで、同じページから解除を申請してください。",
    ),
  ],
  actions: ["request-delisting", "contact-your-admin"],
} as const;

export const proofpoint: ProviderCatalog = {
  provider: {
    id: "proofpoint",
    name: "Proofpoint",
    page: "https://www.proofpoint.com/us/postmaster",
    hosts: [".pphosted.com", ".gpphosted.com", ".ppe-hosted.com", ".ppops.net"],
    // Proofpoint Essentials' SMTP Discovery refusal carries no name, but its wording is its own.
    markers: ["proofpoint", "user email address is marked as invalid"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "proofpoint-pdr-blocked",
      title: "Blocked by Proofpoint Dynamic Reputation",
      code: "",
      texts: [
        "Blocked - see https://ipcheck.proofpoint.com/?ip=<ip>",
        "blocked using Proofpoint Dynamic Reputation",
        "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=<ip>",
        "ipcheck.proofpoint.com",
        "dnsbl-lookup.cgi",
        "IP reputation",
      ],
      ...pdrBlock,
    },
    {
      id: "proofpoint-local-policy",
      code: "",
      texts: ["Local Policy Violation"],
      owner: "your-admin",
      temporary: false,
      reasons: ["blocked", "badreputation"],
      summary: t(
        "The recipient's Proofpoint filter refused the connection from your sending server[[ ({ip})]] under its local policy, which Proofpoint sites use for servers on a real-time block list.",
        "受信側の Proofpoint フィルターが、ローカル ポリシーに基づいて送信サーバー[[ ({ip}) ]]からの接続を拒否しました。Proofpoint を使う組織では、リアルタイム ブロック リストに載ったサーバーにこの応答を返します。",
      ),
      cause: t(
        "The sending IP is listed on a block list the recipient's Proofpoint consults, or sits in a consumer network range; the message is refused before its content is looked at.",
        "送信元 IP が、受信側の Proofpoint が参照するブロック リストに載っているか、一般利用者向けのネットワーク範囲にあります。内容を見る前の段階で拒否されています。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check the sending IP[[ {ip}]] on Proofpoint's IP check page and the common public block lists, fix the cause and request removal; mail should leave through a server with a static IP and a matching PTR record.",
          "送信元 IP [[{ip} ]]を Proofpoint の IP チェック ページと主要な公開ブロック リストで確認し、原因を解消して削除を申請してください。メールは固定 IP と一致する PTR レコードを持つサーバーから送信してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "proofpoint-invalid-recipient",
      code: "",
      texts: ["Recipient address rejected: User email address is marked as invalid"],
      reasons: ["userunknown"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's Proofpoint service says the address you wrote to is not a valid mailbox at that organization[[ ({recipientDomain})]].",
        "受信側の Proofpoint サービスによると、宛先のアドレスはその組織[[ ({recipientDomain}) ]]の有効なメールボックスではありません。",
      ),
      cause: t(
        "Proofpoint Essentials keeps a list of the organization's real addresses (SMTP Discovery); addresses marked invalid there are refused: a typo, a former employee, or a mailbox created too recently to be known yet.",
        "Proofpoint Essentials は組織の実在するアドレスの一覧 (SMTP Discovery) を持っており、そこで無効とされたアドレスは拒否されます。入力ミス、退職者、または作成されたばかりでまだ登録されていないメールボックスが考えられます。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If you are sure the address is right (for example a new colleague), tell the recipient another way; their admin has to mark it valid.",
          "アドレスが正しいと確信できる場合 (新しく着任した人など) は、別の手段で受信者に伝えてください。受信側の管理者が有効に設定する必要があります。",
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: add the user or alias in Proofpoint Essentials, or remove it from the SMTP Discovery invalid list.",
          "受信側の管理者向け: Proofpoint Essentials にユーザーまたはエイリアスを追加するか、SMTP Discovery の無効リストから外してください。",
        ),
      ],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "proofpoint-spam-content",
      code: "",
      texts: [
        "Message blocked due to spam content in the message",
        "Message blocked due to spam content",
        "Reject, id=<id> - spam",
      ],
      reasons: ["spamdetected"],
      owner: "you",
      temporary: false,
      summary: t(
        "The recipient's filter scored the content of your message as spam and refused it.",
        "受信側のフィルターがメッセージの内容を迷惑メールと判定し、拒否しました。",
      ),
      cause: t(
        "Proofpoint scores the words, links, images and attachments of each message; this one scored above the recipient's spam threshold. Links to domains with a poor reputation, shortened links and image-only messages score high.",
        "Proofpoint はメッセージごとに文面・リンク・画像・添付ファイルを採点しており、このメッセージは受信側のしきい値を超えました。評価の低いドメインへのリンク、短縮 URL、画像だけのメッセージは高得点になりがちです。",
      ),
      fix: [
        t(
          "Send a plain, short version without links or attachments, or reach the recipient another way and ask them to add you to their safe senders.",
          "リンクや添付ファイルのない、短く簡潔な文面で送り直すか、別の手段で受信者に連絡して、あなたを信頼できる差出人のリストに追加してもらってください。",
        ),
      ],
      adminFix: [
        t(
          "If many messages are refused this way, check the reputation of the domains linked in your mail and make sure SPF, DKIM and DMARC pass.",
          "同じ理由の拒否が多い場合は、メール内でリンクしているドメインの評価を確認し、SPF・DKIM・DMARC が合格していることを確かめてください。",
        ),
      ],
      actions: ["contact-recipient", "contact-your-admin"],
    },
    {
      id: "proofpoint-sender-rejected",
      code: "",
      texts: ["sender rejected"],
      reasons: ["blocked", "badreputation", "authfailure", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "Proofpoint, the recipient's mail filter, refused your sender: the sending server's IP address[[ {ip}]] is on a block list, or your domain's SPF record does not allow that server.",
        "受信側のメール フィルター Proofpoint は送信者を拒否しました。送信サーバーの IP アドレス[[ {ip} ]]がブロック リストに載っているか、ドメインの SPF レコードがそのサーバーを許可していません。",
      ),
      cause: t(
        "Proofpoint checks the connecting IP against block lists and the sender's domain against its SPF record before it takes the message; either check failed. The recipient's filter cannot fix this: the change is on the sending side.",
        "Proofpoint はメッセージを受け取る前に、接続元 IP をブロック リストで、送信者のドメインを SPF レコードで確認しており、そのどちらかで不合格になりました。受信側のフィルターでは直せず、直すのは送信側です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look up {ip} on Proofpoint's IP check page (ipcheck.proofpoint.com) and the public block lists, and request removal once the cause is fixed.",
          "Proofpoint の IP チェック ページ (ipcheck.proofpoint.com) と公開ブロック リストで {ip} を調べ、原因を解消したうえで削除を申請してください。",
        ),
        YOUR_ADMIN.checkSpf,
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "proofpoint-virus",
      title: "Rejected: virus found",
      code: "",
      texts: ["Reject, id=<id> - virus"],
      reasons: ["virusdetected"],
      owner: "you",
      temporary: false,
      summary: t(
        "Proofpoint, the recipient's mail filter, found a virus or other malware in your message and refused it.",
        "受信側のメール フィルター Proofpoint は、メッセージにウイルスなどのマルウェアを検出したため拒否しました。",
      ),
      cause: t(
        "Proofpoint scans attachments and links before delivery and refuses a message in which its virus scanner finds malware.",
        "Proofpoint は配信前に添付ファイルとリンクを検査し、ウイルス スキャナーがマルウェアを検出したメッセージを拒否します。",
      ),
      fix: [
        t(
          "Do not resend the attachment: scan your computer with your antivirus, then send the file again only once it is clean (or share it by a link).",
          "その添付ファイルをそのまま送り直さないでください。ウイルス対策ソフトでコンピューターを検査し、問題がないと確認できてから送り直すか、リンクで共有してください。",
        ),
      ],
      adminFix: [
        t(
          "If you did not send a virus on purpose, check the sending computer and account for malware or a takeover.",
          "意図せずウイルスを送った場合は、送信に使ったコンピューターとアカウントがマルウェアに感染していないか、乗っ取られていないかを確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "proofpoint-busy",
      code: "",
      texts: ["Insufficient system resources"],
      reasons: ["systemfull", "systemerror"],
      owner: "nobody",
      temporary: true,
      lastingDeferral: "receiving-side",
      summary: t(
        "The mail server behind the recipient's Proofpoint filter was short of resources and could not take the message just then.",
        "受信側の Proofpoint フィルターの後ろにあるメール サーバーは、その時点でリソースが不足していたため、メッセージを受け取れませんでした。",
      ),
      cause: t(
        "The recipient's own mail server did not have the disk space or capacity to accept mail; it is theirs to fix, and mail flows again once it has.",
        "受信側のメール サーバーに受信に必要なディスク容量や処理能力がありませんでした。直すのは受信側で、解消すれば再び受け取れるようになります。",
      ),
      fix: [
        YOU.waitForRetry,
        // once it has bounced, the catalog's "reach the recipient another way" says it
        ifItFails(
          t(
            "If the message finally bounces, tell the recipient another way that their mail server is refusing mail.",
            "最終的に配信できなかった場合は、別の手段で受信者にメール サーバーがメールを受け取れない状態だと伝えてください。",
          ),
          SENDER.askRecipientAdminAnotherWay,
        ),
      ],
      adminFix: [
        t(
          "For the recipient's admin: free space or capacity on the mail server that Proofpoint delivers to.",
          "受信側の管理者向け: Proofpoint の配信先メール サーバーの空き容量や処理能力を確保してください。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "proofpoint-relaying-denied",
      code: "",
      texts: ["Relaying denied", "Relay access denied"],
      reasons: ["norelaying"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The Proofpoint server that received your message does not handle mail for the recipient's domain[[ ({recipientDomain})]], so it refused to pass it on.",
        "メッセージを受け取った Proofpoint サーバーは宛先ドメイン[[ ({recipientDomain}) ]]のメールを扱っていないため、中継を拒否しました。",
      ),
      cause: t(
        "The domain's MX records point to a Proofpoint server whose configuration does not list the domain (often during or after a move between mail services).",
        "ドメインの MX レコードが Proofpoint のサーバーを指していますが、そのサーバーの設定にドメインが登録されていません (メール サービスの移行中や移行後によく起こります)。",
      ),
      fix: [YOU.checkDomainThenTellRecipient],
      adminFix: [
        t(
          "For the recipient's admin: add the domain to the Proofpoint configuration or point its MX records to where its mail is really hosted.",
          "受信側の管理者向け: Proofpoint の設定にドメインを追加するか、MX レコードを実際のメールの置き場所に向けてください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient-admin"],
    },
  ],
};
