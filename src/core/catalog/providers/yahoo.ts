// Source: Yahoo Sender Hub, "SMTP Error Codes" (senders.yahooinc.com/smtp-error-codes; formerly
// help.yahoo.com/kb/postmaster SLN3434, SLN3436, SLN7253), which also serves AOL, Verizon and the
// AT&T domains moved to Yahoo. Texts and [TS..]/[PH..] codes are Yahoo's published phrasings (matched in
// the reply); the explanations are our own words. Spamhaus refusals go to the Spamhaus table.
import { t } from "../types";
import { LIMIT_CLEARS } from "../waiting";
import { aol } from "../../reason/providers/aol";
import { yahoo as yahooRules } from "../../reason/providers/yahoo";
import { MAILBOX } from "./mailbox-steps";
import { RECIPIENT_ADMIN, YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Steps for the sender's admin that several Yahoo meanings share. */
const yahooAdmin = {
  reviewTraffic: t(
    "Check what {ip} has been sending to Yahoo: look for compromised accounts, web forms or scripts sending in bulk, and sudden jumps in volume.",
    "{ip} から Yahoo 宛てに何が送られているか確認してください。乗っ取られたアカウント、Web フォームやスクリプトからの大量送信、送信量の急増がないかを調べてください。",
  ),
  steadyPace: t(
    "Send to Yahoo at a steady pace (raise the volume of a new IP slowly), keep SPF, DKIM and DMARC passing, and drop addresses that complain or bounce.",
    "Yahoo 宛ての送信ペースを一定に保ち (新しい IP は少しずつ送信量を増やす)、SPF・DKIM・DMARC が合格する状態を保ち、苦情やエラーの出る宛先はリストから外してください。",
  ),
  senderSupport: t(
    "If it lasts more than 48 hours after the cause is fixed, open a request with Yahoo's sender support from the Sender Hub, quoting the full error.",
    "原因を解消して 48 時間たっても続く場合は、Yahoo Sender Hub の送信者サポートにエラー全文を添えて問い合わせてください。",
  ),
};

/** AOL's block codes (its "Error Messages" page; the entry below says what each names). */
const AOL_BLOCK_CODES = [
  "DYN:T1",
  "RTR:DU",
  "RTR:RD",
  "RTR:BB",
  "RTR:CH",
  "RTR:BG",
  "RTR:BL",
  "RLY:B1",
  "CON:B1",
];

const lower = (code: string): string => code.toLowerCase();

export const yahoo: ProviderCatalog = {
  provider: {
    id: "yahoo",
    name: "Yahoo / AOL",
    page: "https://senders.yahooinc.com/smtp-error-codes/",
    hosts: [...yahooRules.hosts, ...aol.hosts],
    markers: [
      "[tss04]",
      "[tss02]",
      "[ts01]",
      "[ts02]",
      "[ts03]",
      "[tss05]",
      "[tss09]",
      "[tss11]",
      "[ph01]",
      "[hbip]",
      // the older code of Yahoo's refused connection ("553 VS99-IP1 deferred", its help pages)
      "vs99-ip",
      // AOL's block codes name AOL when no host or domain does ("554 (RTR:BL)" alone)
      ...AOL_BLOCK_CODES.filter((code) => code.startsWith("RTR:")).map(lower),
      // phrasings only Yahoo's servers write: they name Yahoo when no host or domain does
      "yahoo requires all senders",
      "doesn't have a yahoo.com account",
      "aol will not accept delivery",
      "doesn't have an aol.com account",
      "requested mail action aborted, mailbox not found",
      "requested mail action aborted, mailbox full",
      "delivery error: dd requested mail action aborted",
      "this account has been disabled or discontinued",
      "this mailbox is disabled (554.30)",
      "request failed; mailbox unavailable",
      "excessive unknown recipients - possible open relay",
      "message temporarily deferred - [",
      "temporarily deferred - 4.16.",
      "please try again later [#4.16.",
      "headers are not rfc compliant",
      // the content refusal's words, whatever code stands before them ("[PH01]", "[299]", the
      // old "UP"): they name Yahoo when a Yahoo-hosted ISP's bounce (Rogers, Frontier) gives no host
      "email not accepted for policy reasons",
      "unresolvable rfc.5321 from domain",
      "unresolvable rfc.5322 from domain",
      "max message per connection reached",
      "user is receiving mail too quickly",
      "postmaster.yahooinc.com",
      "senders.yahooinc.com",
      "help.yahoo.com/kb/postmaster",
      "postmaster.verizonmedia.com",
      "postmaster.yahoo.com",
      // AOL's own servers before Yahoo's took its mail link their block codes' pages there
      "postmaster.info.aol.com",
    ],
    domains: [
      "yahoo.com",
      "ymail.com",
      "rocketmail.com",
      "yahoo.co.uk",
      "yahoo.fr",
      "yahoo.de",
      "yahoo.es",
      "yahoo.it",
      "yahoo.ca",
      "yahoo.com.au",
      "yahoo.com.br",
      "aol.com",
      "aim.com",
      "verizon.net",
      "att.net",
      "sbcglobal.net",
      "bellsouth.net",
    ],
    kind: "receiver",
  },
  entries: [
    {
      id: "yahoo-deferred-reputation",
      title: "Temporarily deferred: unexpected volume or user complaints",
      code: "",
      texts: [
        "[TSS04]",
        "temporarily deferred due to unexpected volume or user complaints",
        "[TS01]",
        "[TS02]",
        "[TSS02]",
        "temporarily deferred due to user complaints",
        "Message temporarily deferred",
        "Message from $ip temporarily deferred",
      ],
      markers: ["[tss04]", "[tss05]", "[tss02]", "[ts01]", "[ts02]"],
      reasons: ["badreputation", "speeding", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Yahoo is holding back mail from your server[[ ({ip})]] for now: it saw an unusual amount of mail, or complaints from Yahoo users, from that address.",
        "Yahoo は、あなたのサーバー[[ ({ip}) ]]からのメールの受け取りを一時的に保留しています。そのアドレスから普段より多くのメールが届いたか、Yahoo の利用者から苦情が寄せられたためです。",
      ),
      cause: t(
        "Yahoo slows down a sending IP (or its neighbours) whose traffic jumps, draws spam reports or looks like bulk mail. It lifts by itself once the traffic looks normal again.",
        "Yahoo は、送信量が急に増えた、迷惑メールとして報告された、一斉配信のような送り方をしている送信元 IP (や同じ範囲のアドレス) からの受信を遅らせます。送り方が通常に戻れば自然に解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [yahooAdmin.reviewTraffic, yahooAdmin.steadyPace, yahooAdmin.senderSupport],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "yahoo-permanently-deferred",
      title: "All messages from the sending server permanently deferred",
      code: "",
      // "421 4.7.1 Messages from <ip> permanently deferred." states the same with a 4xx code.
      // Yahoo's older help pages give the refusal another code: "553 VS99-IP1 deferred", which
      // "means your SMTP connection was rejected" (help.yahoo.com/kb/mail-for-desktop/SLN3444.html,
      // and the same list on help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html).
      texts: [
        "[TS03]",
        "will be permanently deferred",
        "Retrying will NOT succeed",
        "permanently deferred",
        "VS99-IP1 deferred",
        "VS99-IP",
      ],
      markers: ["[ts03]", "[tss09]", "[tss11]", "vs99-ip"],
      reasons: ["rejected", "badreputation", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Yahoo refuses all mail from your server[[ ({ip})]], and retrying will not help.",
        "Yahoo はあなたのサーバー[[ ({ip}) ]]からのメールをすべて拒否しており、再試行しても届かない状態です。",
      ),
      cause: t(
        "The sending IP's standing with Yahoo is bad enough (spam, complaints, abuse) that Yahoo stopped taking its mail. The reply may use a 4xx code or say \"deferred\" (Yahoo's older code VS99-IP refuses the connection itself), but Yahoo states the refusal is final until the cause is fixed.",
        "迷惑メール、苦情、不正利用などにより、送信元 IP の Yahoo での評価が大きく下がったため、その IP からのメールは受け付けられなくなっています。応答コードが 4xx だったり「deferred (保留)」と書かれていたりしますが、原因を解消するまで拒否は続くと Yahoo は明示しています (Yahoo が以前使っていたコード VS99-IP は、接続そのものを拒否します)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        yahooAdmin.reviewTraffic,
        t(
          "Until Yahoo lifts the block, send Yahoo-bound mail through another relay with a good reputation.",
          "Yahoo がブロックを解除するまでは、評価の良い別の中継サーバー経由で Yahoo 宛てのメールを送ってください。",
        ),
        yahooAdmin.senderSupport,
      ],
      actions: ["contact-your-admin"],
    },
    {
      // AOL's own servers' block codes, before Yahoo's servers took AOL's mail (AOL Postmaster,
      // "Error Messages", postmaster.info.aol.com/errors/; its codes as hosts' help pages quote
      // them: inmotionhosting.com's 421 list, wordtothewise.com 2012): the part before the colon
      // names the block. RTR and DYN: an address that looks dynamic or residential, or has no proper
      // reverse DNS name; RTR:BL a lasting block for the IP's poor reputation ("a permanent block has
      // been placed against your IP due to poor IP reputation", AOL's 554rtrbl.html as MailChannels'
      // blog quotes it, blog.mailchannels.com, and MailChannels' "Why is my email blocked?" list);
      // RLY: AOL members' complaints over its threshold; CON: too much at once.
      // Not RLY:SN, which refuses an aol.com From address sent from elsewhere.
      id: "yahoo-aol-ip-block",
      title: "AOL block on the sending IP (RTR, DYN, RLY, CON codes)",
      code: "",
      texts: [
        ...AOL_BLOCK_CODES,
        // AOL's older refusals of a dynamic or residential IP in words, without a code: "550-AOL no
        // longer accepts connections from dynamically assigned IP addresses to our relay servers"
        // (a 2001 forum post kept in OpenACS's tests), "554- The IP address you are using to
        // connect to AOL is a dynamic (residential) IP address" (a 2003 Exim bounce on a UMass
        // page), the same words after "open proxy, or" (Gordano's knowledge base); AOL's
        // technical standards refused "dynamically assigned or residential IP addresses"
        "AOL no longer accepts connections from dynamically assigned",
        "is a dynamic (residential) IP address",
      ],
      markers: AOL_BLOCK_CODES.map(lower),
      reasons: ["blocked", "badreputation", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "AOL blocked mail from your sending server[[ ({ip})]]: its filters do not trust that IP address.",
        "AOL は、あなたの送信サーバー[[ ({ip}) ]]からのメールをブロックしました。AOL のフィルターがその IP アドレスを信用していないためです。",
      ),
      cause: t(
        "AOL's code, where the reply has one, names the block: RTR and DYN for an address that looks dynamic or residential or lacks a proper reverse DNS name (RTR:BL for a lasting block on an IP with a poor reputation, lifted only on request), RLY for complaints from AOL members over its threshold (lifted by itself within a day once they drop), CON for too many connections or messages at once. Older replies said it in words: a dynamically assigned or residential address. The block is on the IP, whatever the message says.",
        "応答に AOL のコードがある場合は、コードがブロックの種類を示しています。RTR と DYN はアドレスが動的・家庭向けに見えるか適切な逆引き DNS 名がないこと (RTR:BL は評価の低い IP への長期のブロックで、申請しない限り解除されません)、RLY は AOL の利用者からの苦情がしきい値を超えたこと (苦情が減れば 1 日以内に自動で解除されます)、CON は一度に受ける接続やメッセージが多すぎることを示します。以前の応答は、動的に割り当てられたアドレスや家庭向けのアドレスであることを文章で伝えていました。ブロックは IP に対するもので、メッセージの内容とは関係ありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send AOL-bound mail from a static IP whose reverse DNS name matches the server's name (not from a home or dynamic address), or through your provider's relay.",
          "AOL 宛てのメールは、逆引き DNS 名がサーバー名と一致する固定 IP から (家庭向けや動的なアドレスからではなく)、またはプロバイダーの中継サーバー経由で送ってください。",
        ),
        yahooAdmin.reviewTraffic,
        yahooAdmin.steadyPace,
      ],
      actions: ["contact-your-admin"],
    },
    {
      // AOL's and Yahoo's "554 5.7.9 [HBIP] Message not accepted due to poor IP reputation", as
      // emailblacklistchecker.com's AOL page (2026) quotes it: not on the Sender Hub's list.
      id: "yahoo-poor-ip-reputation",
      title: "Message not accepted due to poor IP reputation",
      code: "",
      texts: ["Message not accepted due to poor IP reputation", "due to poor IP reputation"],
      markers: ["[hbip]"],
      reasons: ["badreputation", "blocked", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Yahoo refused the message because of the poor reputation of the IP address it came from[[ ({ip})]].",
        "送信元の IP アドレス[[ ({ip}) ]]の評価が低いため、Yahoo はメッセージを拒否しました。",
      ),
      cause: t(
        "Yahoo rates each sending IP by the spam, complaints and unknown addresses its mail brings; this one is rated low, so its mail is refused whatever the message says.",
        "Yahoo は送信 IP ごとに、迷惑メール、苦情、存在しない宛先への送信の多さで評価をつけています。この IP は評価が低いため、内容にかかわらずメールが拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [yahooAdmin.reviewTraffic, yahooAdmin.steadyPace, yahooAdmin.senderSupport],
      actions: ["contact-your-admin"],
    },
    {
      id: "yahoo-5.7.9-not-authenticated",
      code: "5.7.9",
      texts: [
        "Message not accepted for policy reasons",
        "Yahoo requires all senders to authenticate with either SPF or DKIM",
        "sender is unauthenticated",
      ],
      reasons: ["authfailure", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Yahoo refused the message because it could not confirm that it really came from {domain}: it did not pass SPF, DKIM or DMARC.",
        "Yahoo は、このメールが本当に {domain} から送られたものか確認できなかったため拒否しました。SPF・DKIM・DMARC のいずれかに合格しませんでした。",
      ),
      cause: t(
        "Yahoo requires every sender to pass SPF or DKIM, and bulk senders to pass both and publish DMARC. It also applies the From domain's DMARC policy: when that policy says reject and neither SPF nor DKIM matches the From domain, the message is refused. Mail sent through a service or a mailing list that is not set up for the domain often fails this way.",
        "Yahoo はすべての送信者に SPF または DKIM の合格を、大量送信者には両方の合格と DMARC の公開を求めています。さらに From ドメインの DMARC ポリシーに従い、ポリシーが reject で SPF も DKIM も From ドメインと一致しないメールは拒否されます。そのドメイン向けに設定されていない配信サービスやメーリング リスト経由のメールは、この理由で拒否されがちです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkDmarc,
        YOUR_ADMIN.checkSpf,
        YOUR_ADMIN.checkDkim,
        t(
          "Mailing lists and forwarders that resend mail from {domain} should put their own address in From (or add ARC), as Yahoo asks.",
          "{domain} のメールを再配信するメーリング リストや転送サービスは、Yahoo の求めるとおり、From を自身のアドレスに書き換える (または ARC を付ける) ようにしてください。",
        ),
      ],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "yahoo-content-blocked",
      title: "Message not accepted for policy reasons (content)",
      code: "",
      // "554 Message not allowed - [PH01] Email not accepted for policy reasons" and its other
      // numbers ("[299]"); AOL's classic "521 5.2.1 : AOL will not accept delivery of this message"
      texts: [
        "[PH01]",
        "Email not accepted for policy reasons",
        "Message not allowed - [",
        "AOL will not accept delivery of this message",
      ],
      markers: ["[ph01]"],
      reasons: ["policyviolation", "spamdetected", "virusdetected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yahoo refused the message because of its content: its filters treat something in it (a link or an attachment) as harmful.",
        "Yahoo は、メールの内容 (リンクや添付ファイルなど) を有害とみなしたため受け取りを拒否しました。",
      ),
      cause: t(
        "Yahoo blocks messages that carry viruses, phishing or ransomware, or link to them. A link to a site with a bad reputation, or a shortened link, is a common trigger.",
        "Yahoo は、ウイルス、フィッシング、ランサムウェアを含むメールや、それらへのリンクを含むメールを拒否します。評価の低いサイトや短縮 URL へのリンクがきっかけになることがよくあります。",
      ),
      fix: [
        t(
          "Remove or replace links and attachments you do not need (especially shortened links) and send the message again.",
          "不要なリンクや添付ファイル (特に短縮 URL) を外すか差し替えてから送り直してください。",
        ),
        YOU.forwardToAdmin,
      ],
      adminFix: [
        t(
          "Scan the message and the outbound queue for malware, and check the domains it links to against block lists.",
          "メッセージと送信キューにマルウェアがないか調べ、リンク先のドメインがブロック リストに載っていないか確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "yahoo-no-such-user",
      title: "This user doesn't have an account",
      code: "",
      texts: [
        "This user doesn't have a $domain account",
        "mailbox not found",
        "Not a valid recipient",
        "Request failed; Mailbox unavailable",
      ],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yahoo has no mailbox with this address.",
        "Yahoo にはこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the account never existed or was deleted. Yahoo asks senders not to retry such addresses.",
        "アドレスの入力ミスか、アカウントが存在しない、または削除されています。Yahoo はこのような宛先に再試行しないよう求めています。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "yahoo-relaying-denied",
      title: "Relaying denied for this address",
      code: "",
      texts: ["relaying denied for <address>", "relaying denied for"],
      reasons: ["norelaying", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yahoo does not take mail for this address: it is not one that Yahoo delivers, so the address or its domain is probably wrong.",
        "Yahoo はこのアドレス宛てのメールを受け付けません。Yahoo が配信するアドレスではないため、アドレスかドメインが誤っている可能性が高いです。",
      ),
      cause: t(
        "Yahoo's servers accept mail only for the mailboxes and domains they host; for any other address they refuse to pass the message on.",
        "Yahoo のサーバーは、自身が管理するメールボックスとドメイン宛てのメールだけを受け付け、それ以外の宛先へは中継しません。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address"],
    },
    {
      id: "yahoo-mailbox-disabled",
      code: "",
      // Yahoo's bare data-phase "554 delivery error: dd Requested mail action aborted" is its
      // inactive account (wordtothewise.com/2017/11/spike-yahoo-error-codes: list owners traced a
      // spike of it to inactive accounts); its ", mailbox full" twin stays the full mailbox's.
      texts: [
        "This mailbox is disabled",
        "is no longer valid",
        "This account has been disabled or discontinued",
        "dd Requested mail action aborted",
      ],
      reasons: ["suspend"],
      temporary: false,
      owner: "you",
      summary: t(
        "The Yahoo mailbox is disabled, usually because its owner stopped using it; it no longer receives mail.",
        "この Yahoo のメールボックスは無効になっています。多くは持ち主が使わなくなったためで、もうメールを受け取りません。",
      ),
      cause: t(
        "Yahoo disables accounts that have been inactive for a long time or closed by their owner.",
        "Yahoo は、長期間使われていないアカウントや持ち主が閉じたアカウントを無効にします。",
      ),
      fix: [MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
    {
      id: "yahoo-mailbox-full",
      code: "",
      // and the older "554 delivery error: dd Sorry, your message to <address> cannot be
      // delivered. This account is over quota." (help.yahoo.com, "My email is being blocked")
      texts: [
        "Requested mail action aborted, mailbox full",
        "mailbox full",
        "This account is over quota",
      ],
      reasons: ["mailboxfull"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's Yahoo mailbox is full, so Yahoo could not store your message.",
        "受信者の Yahoo メールボックスがいっぱいのため、Yahoo はメッセージを保存できませんでした。",
      ),
      cause: t(
        "The mailbox has reached its storage limit; only its owner can make room.",
        "メールボックスが容量の上限に達しています。空きを作れるのは持ち主だけです。",
      ),
      fix: [MAILBOX.tellMailboxFull, MAILBOX.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
    {
      id: "yahoo-receiving-too-quickly",
      code: "",
      texts: ["User is receiving mail too quickly"],
      reasons: ["speeding"],
      temporary: true,
      lastingDeferral: "receiving-side",
      owner: "nobody",
      summary: t(
        "The Yahoo recipient is getting mail faster than Yahoo accepts for one mailbox, so yours waits for now.",
        "この Yahoo の受信者宛てに、1 つのメールボックスで受け付ける速さを超えてメールが届いているため、あなたのメールは一時的に待たされています。",
      ),
      cause: t(
        "Yahoo limits how fast a single mailbox receives.",
        "Yahoo は 1 つのメールボックスが受信する速さを制限しています。",
      ),
      whileRetrying: { cause: LIMIT_CLEARS },
      fix: [YOU.retryAfterLimit],
      adminFix: [MAILBOX.spaceOut],
      actions: ["retry-later"],
    },
    {
      id: "yahoo-excessive-unknown-recipients",
      code: "",
      texts: ["Excessive unknown recipients - possible Open Relay", "Excessive unknown recipients"],
      reasons: ["blocked", "badreputation", "userunknown"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Yahoo put off mail from your server[[ ({ip})]] because it tried many addresses that do not exist, which looks like an open relay or an old list.",
        "あなたのサーバー[[ ({ip}) ]]が存在しないアドレスに多数送ろうとしたため、Yahoo は受け取りを一時的に見合わせました。オープン リレーや古いリストが疑われる状態です。",
      ),
      cause: t(
        "Many deliveries from this server to unknown Yahoo addresses: a mailing list with dead addresses, address guessing, or a server that relays other people's mail.",
        "このサーバーから Yahoo の存在しないアドレスへの配信が多数ありました。無効なアドレスを含むメーリング リスト、アドレスの推測、他人のメールを中継するサーバーなどが原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Remove the addresses that bounce as unknown from your lists, and check that the server relays only its own users' mail (no open relay, no compromised account).",
          "存在しないとして返されるアドレスをリストから削除し、サーバーが自組織の利用者のメールだけを中継していること (オープン リレーや乗っ取られたアカウントがないこと) を確認してください。",
        ),
        yahooAdmin.senderSupport,
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "yahoo-resources-unavailable",
      code: "",
      texts: [
        "Resources temporarily unavailable",
        "Service not available, closing transmission channel",
        "Internal server error",
        "temporary domain failure",
      ],
      reasons: ["systemerror", "toomanyconn"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "Yahoo's servers were busy and asked your server to come back later.",
        "Yahoo のサーバーが混み合っていたため、あなたのサーバーに後で再試行するよう求めました。",
      ),
      cause: t(
        "A short load or connection limit on Yahoo's side; normal delivery usually resumes soon.",
        "Yahoo 側の一時的な負荷や接続数の制限です。通常はまもなく配信が再開されます。",
      ),
      fix: [YOU.retryLater],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
    {
      // Yahoo's cap on messages in one connection, not a busy server: the sending server's own
      // connection settings decide whether it keeps meeting it.
      id: "yahoo-max-messages-per-connection",
      code: "",
      texts: ["Max message per connection reached"],
      reasons: ["toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Yahoo closed the connection because the sending server had sent as many messages over it as Yahoo allows in one connection.",
        "送信サーバーが 1 つの接続で Yahoo の許す数のメッセージをすでに送っていたため、Yahoo は接続を閉じました。",
      ),
      cause: t(
        "Yahoo limits the messages per connection; the rest must come over new connections. A sending server that packs many messages into one connection meets this again and again, and its mail to Yahoo is delayed.",
        "Yahoo は 1 接続あたりのメッセージ数を制限しており、残りは新しい接続で送る必要があります。1 つの接続に多くのメッセージを詰め込む送信サーバーはこの制限に繰り返し当たり、Yahoo 宛てのメールが遅れます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "yahoo-unresolvable-from-domain",
      code: "",
      texts: [
        "unresolvable RFC.5321 from domain",
        "unresolvable RFC.5322 from domain",
        "due to unresolvable RFC.5321 domain",
      ],
      reasons: ["rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Yahoo refused the message because the sender's domain ({domain}) did not resolve in DNS when it checked.",
        "送信者のドメイン ({domain}) を DNS で確認できなかったため、Yahoo はメールを拒否しました。",
      ),
      cause: t(
        "Yahoo checks that the domain in the envelope sender (RFC 5321) and in the From header (RFC 5322) exists, using an SOA query. A domain, or a sending subdomain, without an SOA record fails, as does a DNS time-out.",
        "Yahoo は、エンベロープ送信者 (RFC 5321) と From ヘッダー (RFC 5322) のドメインが存在するかを SOA 問い合わせで確認しています。SOA レコードのないドメインや送信用サブドメイン、DNS の応答がない場合に失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check that {domain} (and every subdomain used in MAIL FROM or From) answers an SOA query from the public Internet: dig SOA {domain}.",
          "{domain} (および MAIL FROM や From に使うすべてのサブドメイン) が、インターネット側からの SOA 問い合わせに応答するか (dig SOA {domain}) 確認してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "yahoo-not-rfc-compliant",
      code: "",
      texts: ["headers are not RFC compliant"],
      reasons: ["notcompliantrfc"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Yahoo refused the message because its headers break the mail standards.",
        "メールのヘッダーがメールの標準規格に反しているため、Yahoo は受け取りを拒否しました。",
      ),
      cause: t(
        "Yahoo rejects messages with duplicate or malformed headers, wrong MIME types, oversized headers or a Date far out of range. The sending program or a gateway usually writes them.",
        "Yahoo は、ヘッダーの重複や書式誤り、不正な MIME タイプ、大きすぎるヘッダー、範囲外の Date を含むメールを拒否します。多くは送信プログラムや途中のゲートウェイが原因です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Compare the message's headers with RFC 5322 (one From, one Date, one Subject, valid encoding) and fix the program or gateway that writes them.",
          "メッセージのヘッダーを RFC 5322 と照らし合わせ (From・Date・Subject が各 1 つ、正しいエンコード)、ヘッダーを書き込むプログラムやゲートウェイを修正してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
