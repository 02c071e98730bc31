// Source: Spectrum's support article "Understanding Email Error Codes"
// (spectrum.net/support/internet/understanding-email-error-codes, the same table on
// spectrumbusiness.net): refusals by Charter / Spectrum servers end in an AUP# code, "AUP#In-nnnn"
// (or "AUP#I-nnnn") for mail coming in from other providers and "AUP#Out-nnnn" for mail its own
// customers send; the article gives one meaning per range (1000 IP blocked, 1010-1080 a sender
// blocked or limited for suspicious activity, 1090 not processed, 1100-1150 full-circle DNS,
// 1160-1190 the sender domain's policy, 1200-1210 Cloudmark CSI, 1220-1250 Spamhaus, 1260 no IPv6,
// 1300-1340 connections, 1350-1490 volume, 1500-1580 its customers' sending rules and the 20 MB
// limit). The reply layout ("554 <host>.charter.net cmsmtp <IP> blocked. Please see <page> for more
// information. AUP#In-1020") and the meaning of 1020 (a block on the sender's address from spam
// reports, expiring by itself) are from a Spectrum moderator's answer on its community forum
// (community.spectrum.net/discussion/172891). Codes are Spectrum's (matched in the reply: each
// code of a range, in steps of ten as published, in all the forms its servers write). Road Runner's
// older servers (Time Warner Cable's, now Spectrum's) refused with "ERROR:5.7.1:550 Mail Refused -
// <IP, network or domain> - See http://security.rr.com/mail_blocks.htm#<reason>" (or "554 5.7.1 -
// ERROR: Mail Refused - <IP> - See http://security.rr.com/cgi-bin/block-lookup?<IP>"): Road Runner
// Security's pages "Road Runner Mail Blocks" (security.rr.com/mail_blocks.htm: its own name-based
// list of dynamic or generic reverse DNS names and its IP list from customers' complaints) and
// "Road Runner Dynamic Space" (security.rr.com/rrDynamic). The explanations are our own words.
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** The forms an AUP code takes in Spectrum's replies: incoming, outgoing, and the bare number. */
const FORMS = ["aup#in-", "aup#i-", "aup#out-", "aup#o-"] as const;

/** The codes from `from` to `to` in steps of ten, as Spectrum publishes its ranges. */
function numbers(from: number, to = from): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n += 10) out.push(n);
  return out;
}

/** Every marker of a range: its incoming and outgoing forms, and the bare "aup#1310". */
function aup(from: number, to = from): string[] {
  return numbers(from, to).flatMap((n) => [...FORMS.map((f) => `${f}${n}`), `aup#${n}`]);
}

/** The step for a Spectrum customer's own account or connection: Spectrum's support. */
const askSpectrum = t(
  "If you are a Spectrum customer sending with a Spectrum address or IP, contact Spectrum support and quote the full refusal.",
  "Spectrum のアドレスや IP で送信している Spectrum の利用者であれば、拒否メッセージの全文を添えて Spectrum のサポートに連絡してください。",
);

export const spectrum: ProviderCatalog = {
  provider: {
    id: "spectrum",
    name: "Spectrum / Charter",
    page: "https://www.spectrum.net/support/internet/understanding-email-error-codes",
    hosts: [".charter.net", "charter.net", ".spectrum.net", ".spectrumbusiness.net"],
    // The forms only Spectrum writes ("AUP#In-1020") name it without a host: the form alone, not
    // each of its 58 numbers (232 more strings in every thread's marker automaton).
    markers: [...FORMS, "security.rr.com"],
    // Charter's, Spectrum's and the former Time Warner Cable / Road Runner (and Bright House) mailboxes.
    domains: [
      "charter.net",
      "spectrum.net",
      "twc.com",
      "rr.com",
      "roadrunner.com",
      "brighthouse.com",
    ],
    kind: "receiver",
  },
  entries: [
    {
      id: "spectrum-ip-blocked",
      title: "Sending IP blocked for suspicious activity",
      code: "",
      texts: ["AUP#In-1000"],
      markers: aup(1000),
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum has blocked your server[[ ({ip})]] because of suspicious activity from its IP address.",
        "あなたのサーバーの IP アドレス[[ ({ip}) ]]から不審な動きがあったため、Spectrum はそのサーバーをブロックしました。",
      ),
      cause: t(
        "Spectrum's filters saw mail from this IP that looked like abuse (spam, complaints, many unknown recipients). For an IP that Spectrum did not issue, the block stays until it expires.",
        "Spectrum のフィルターが、この IP からのメールに不正利用のような特徴 (迷惑メール、苦情、存在しない多数の宛先) を検知しました。Spectrum が割り当てたのではない IP の場合、ブロックは期限が切れるまで続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, askSpectrum],
      actions: ["contact-your-admin"],
    },
    {
      id: "spectrum-road-runner-block",
      title: "Refused by Road Runner's block list",
      code: "",
      texts: ["Mail Refused"],
      markers: [
        "security.rr.com/mail_blocks",
        "security.rr.com/cgi-bin/block-lookup",
        "security.rr.com/rrdynamic",
      ],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Road Runner (now Spectrum) refused mail from your server[[ ({ip})]]: its address, network or domain is on Road Runner's own block list.",
        "Road Runner (現在の Spectrum) は、あなたのサーバー[[ ({ip}) ]]からのメールを拒否しました。その IP アドレス、ネットワーク、またはドメインが Road Runner 独自のブロック リストに載っています。",
      ),
      cause: t(
        "Road Runner keeps two lists of its own: reverse DNS names that look dynamic, residential or generic, and IP addresses and networks its customers complained about. The word after the page address (#subscription, for instance, a sender known for adding people to mailing lists without their confirmation) names the reason.",
        "Road Runner は独自のリストを 2 つ持っています。動的・家庭向け・汎用に見える逆引き DNS 名のリストと、利用者からの苦情があった IP アドレスやネットワークのリストです。ページのアドレスの末尾の語が理由を示します (たとえば #subscription は、本人の確認を取らずにメーリング リストへ登録することで知られた送信者であることを示します)。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send through your provider's relay, or give the sending IP a reverse DNS name that names your domain; for a listing from complaints, fix its cause (mailing lists need confirmed opt-in) and ask Spectrum to remove the block.",
          "プロバイダーの中継サーバー経由で送るか、送信 IP に自組織のドメイン名を含む逆引き DNS 名を付けてください。苦情による掲載であれば原因を解消し (メーリング リストへの登録には本人の確認が必要です)、Spectrum にブロックの解除を依頼してください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "spectrum-sender-blocked",
      title: "Sender address blocked for suspicious activity",
      code: "",
      texts: ["AUP#In-1010", "AUP#In-1020"],
      markers: aup(1010, 1080),
      reasons: ["rejected", "blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum has blocked or limited mail from your address because of suspicious activity.",
        "不審な動きがあったため、Spectrum はあなたのアドレスからのメールをブロックまたは制限しました。",
      ),
      cause: t(
        "The block is on the sending address, not on an IP block list: Spectrum saw signs of abuse, most often its users marking this sender's mail as spam. It expires by itself, after a time that depends on what was seen.",
        "ブロックの対象は IP のブロック リストではなく送信元のアドレスです。Spectrum は不正利用の兆候を検知しました。多くは、Spectrum の利用者がこの送信者のメールを迷惑メールとして報告したことによるものです。ブロックは、検知された内容に応じた期間が過ぎると自然に解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "If the address may be compromised, change its password and those of the accounts that share it.",
          "アドレスが乗っ取られた可能性がある場合は、そのパスワードと、同じパスワードを使っているアカウントのパスワードを変更してください。",
        ),
        askSpectrum,
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "spectrum-not-processed",
      title: "Message could not be processed",
      code: "",
      texts: ["AUP#In-1090"],
      markers: aup(1090),
      reasons: ["systemerror"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "Spectrum could not process the message just then.",
        "Spectrum はその時点でメッセージを処理できませんでした。",
      ),
      cause: t(
        "Spectrum's servers could not handle the message for a while. Nothing points to a problem with the message or your server.",
        "Spectrum のサーバーが一時的にメッセージを処理できませんでした。メッセージやあなたのサーバーに問題があることを示すものはありません。",
      ),
      fix: [YOU.retryLater],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
    {
      id: "spectrum-dns",
      title: "DNS of the sending IP does not check out",
      code: "",
      texts: ["AUP#In-1100"],
      markers: aup(1100, 1150),
      reasons: ["requireptr"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum refused your server[[ ({ip})]] because the DNS of its IP address does not check out.",
        "あなたのサーバーの IP アドレス[[ ({ip}) ]]の DNS の確認に合格しなかったため、Spectrum は受け付けを拒否しました。",
      ),
      cause: t(
        "Spectrum takes mail only from an IP with full-circle DNS: a reverse DNS (PTR) name whose forward record points back to the same IP. This IP has no PTR, or its name does not lead back to it.",
        "Spectrum は、完全な往復の DNS がある IP からしかメールを受け付けません。逆引き DNS (PTR) 名があり、その正引きレコードが同じ IP を指している必要があります。この IP には PTR がないか、その名前が IP に戻りません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin"],
    },
    {
      id: "spectrum-domain-policy",
      ownRecordsCause: true,
      title: "Refused under the sender domain's policy",
      code: "",
      texts: ["AUP#In-1160"],
      markers: aup(1160, 1190),
      reasons: ["policyviolation", "authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum refused the message because it goes against the security policy that your domain[[ ({domain})]] publishes.",
        "あなたのドメイン[[ ({domain}) ]]が公開しているセキュリティ ポリシーに反するため、Spectrum はメッセージを拒否しました。",
      ),
      cause: t(
        "Your domain's published policy (SPF, DKIM, DMARC) says that mail like this one should not be trusted, for example because it came from a server the domain does not list. Only the domain's admins can change that.",
        "あなたのドメインが公開しているポリシー (SPF・DKIM・DMARC) が、このようなメールを信頼すべきでないと示しています。たとえば、ドメインが記載していないサーバーから送られた場合です。これを変えられるのはドメインの管理者だけです。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkDmarc],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "spectrum-cloudmark",
      title: "Sending IP flagged by Cloudmark CSI",
      code: "",
      texts: ["AUP#In-1200"],
      markers: aup(1200, 1210),
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum refused your server[[ ({ip})]] because Cloudmark Sender Intelligence (CSI) flags its IP as a likely source of spam.",
        "Cloudmark Sender Intelligence (CSI) があなたのサーバーの IP [[({ip}) ]]を迷惑メールの送信元の可能性があると判定しているため、Spectrum は受け付けを拒否しました。",
      ),
      cause: t(
        "Spectrum checks connecting servers against Cloudmark CSI. Only Cloudmark can reset the IP's reputation, not Spectrum.",
        "Spectrum は接続してきたサーバーを Cloudmark CSI と照合しています。IP の評価をリセットできるのは Cloudmark だけで、Spectrum にはできません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up at csi.cloudmark.com and, once the cause is fixed, request a reset there (the owner of the IP makes the request).",
          "csi.cloudmark.com で {ip} を検索し、原因を解消したら、そこでリセットを申請してください (申請するのは IP の管理者です)。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "spectrum-spamhaus",
      title: "Sending IP on a Spamhaus block list",
      code: "",
      texts: ["AUP#In-1220"],
      markers: aup(1220, 1250),
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum refused your server[[ ({ip})]] because its IP is on a Spamhaus block list.",
        "あなたのサーバーの IP [[({ip}) ]]が Spamhaus のブロック リストに載っているため、Spectrum は受け付けを拒否しました。",
      ),
      cause: t(
        "Spectrum checks connecting servers against Spamhaus's lists. Only Spamhaus can remove the listing, and the owner of the IP must ask.",
        "Spectrum は接続してきたサーバーを Spamhaus のリストと照合しています。掲載を削除できるのは Spamhaus だけで、依頼するのは IP の管理者です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up at check.spamhaus.org, fix the cause it names (often an infected machine, or a home IP range that should not send mail directly), then request removal there.",
          "check.spamhaus.org で {ip} を検索し、示された原因 (感染した端末や、直接メールを送るべきでない家庭向けの IP 範囲であることが多い) を解消してから、そこで削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "spectrum-no-ipv6",
      title: "Mail over IPv6 not accepted",
      code: "",
      texts: ["AUP#In-1260"],
      markers: aup(1260),
      reasons: ["networkerror"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Spectrum refused the connection because your server reached it over IPv6, which Spectrum does not accept for mail.",
        "あなたのサーバーが IPv6 で接続したため、Spectrum は接続を拒否しました。Spectrum はメールの受信に IPv6 を受け付けていません。",
      ),
      cause: t(
        "Spectrum's mail servers process mail only from IPv4 addresses; a connection from an IPv6 address is refused whatever the message.",
        "Spectrum のメール サーバーは IPv4 アドレスからのメールしか処理しません。IPv6 アドレスからの接続は、メッセージにかかわらず拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Make the sending server deliver to Spectrum's servers over IPv4 (for Postfix: smtp_address_preference = ipv4, or a transport for these domains that uses IPv4 only).",
          "送信サーバーが Spectrum のサーバーへ IPv4 で配信するよう設定してください (Postfix の場合: smtp_address_preference = ipv4、またはこれらのドメイン用に IPv4 だけを使うトランスポート)。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "spectrum-connections",
      title: "Too many connections",
      code: "",
      texts: ["AUP#In-1300"],
      markers: aup(1300, 1340),
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] opened more connections to Spectrum than Spectrum allows it.",
        "あなたのサーバー[[ ({ip}) ]]が、Spectrum の許可する数を超える接続を開きました。",
      ),
      cause: t(
        "Spectrum limits both the simultaneous and the total connections from one sender, and the limits depend on the reputation of the sending IP.",
        "Spectrum は 1 つの送信元からの同時接続数と接続の総数の両方を制限しており、その上限は送信 IP の評価によって変わります。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [
        t(
          "Lower the number of parallel connections to Spectrum's servers (charter.net) and retry later; a lasting limit points to a poor reputation of {ip}.",
          "Spectrum のサーバー (charter.net) への同時接続数を減らし、時間をおいて再試行してください。制限が続く場合は、{ip} の評価が低いことを示しています。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "spectrum-volume",
      title: "Sending volume limit exceeded",
      code: "",
      texts: ["AUP#In-1350"],
      markers: aup(1350, 1490),
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Spectrum is holding back mail from your server[[ ({ip})]] because it sent more than Spectrum accepts in a period.",
        "あなたのサーバー[[ ({ip}) ]]が一定時間に Spectrum の受け付ける量を超えて送ったため、Spectrum は受け付けを遅らせています。",
      ),
      cause: t(
        "Spectrum limits mail by the number of messages and recipients, the likelihood of spam and the share of invalid recipients; this sender went past one of those limits.",
        "Spectrum は、メッセージ数、宛先数、迷惑メールの可能性、存在しない宛先の割合によってメールを制限しています。この送信者はそのいずれかの上限を超えました。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [YOUR_ADMIN.slowDown, MAILBOX.dropFromLists],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "spectrum-wrong-from",
      title: "From address is not the signed-in account",
      code: "",
      texts: ["AUP#Out-1500", "AUP#Out-1520"],
      markers: [...aup(1500), ...aup(1520)],
      reasons: ["rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "Spectrum's outgoing server refused the message because it was sent from an address other than the one you signed in with.",
        "サインインしたアドレスとは別のアドレスから送信されたため、Spectrum の送信サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "Spectrum's outgoing servers send mail only from the address the account signed in as, or from a domain Spectrum hosts; this message's From address is neither.",
        "Spectrum の送信サーバーは、サインインしたアカウントのアドレスか、Spectrum がホストしているドメインのアドレスからしかメールを送りません。このメッセージの From アドレスはそのどちらでもありません。",
      ),
      fix: [
        t(
          "Check the From address in your mail app's account settings: it must be the address you sign in to Spectrum with. To send from another address, use that address's own outgoing server.",
          "メール アプリのアカウント設定で From アドレスを確認してください。Spectrum にサインインするアドレスと同じである必要があります。別のアドレスから送るには、そのアドレスの送信サーバーを使ってください。",
        ),
      ],
      adminFix: [
        t(
          "For a shared or business mailbox, set each sending app or device up with the address its Spectrum account is allowed to send as.",
          "共有や業務用のメールボックスの場合は、送信する各アプリや機器に、その Spectrum アカウントが送信に使えるアドレスを設定してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "spectrum-too-big",
      title: "Message larger than 20 MB",
      code: "",
      texts: ["AUP#Out-1530"],
      markers: aup(1530),
      reasons: ["mesgtoobig"],
      temporary: false,
      owner: "you",
      summary: t(
        "Spectrum refused the message because it is larger than its 20 MB limit.",
        "メッセージが上限の 20 MB を超えていたため、Spectrum はメッセージを拒否しました。",
      ),
      cause: t(
        "Spectrum accepts messages of at most 20 MB, attachments included; attachments grow by about a third when they are sent.",
        "Spectrum が受け付けるメッセージは、添付ファイルを含めて 20 MB までです。添付ファイルは送信時に約 3 分の 1 大きくなります。",
      ),
      fix: [YOU.shrink],
      adminFix: [
        t(
          "Give people a file-sharing service for large files, so that they send a link instead of an attachment.",
          "大きなファイル用にファイル共有サービスを用意し、添付ファイルの代わりにリンクを送れるようにしてください。",
        ),
      ],
      actions: ["shrink-attachments"],
    },
    {
      id: "spectrum-sending-limits",
      title: "Sending limits exceeded",
      code: "",
      texts: ["AUP#Out-1540", "AUP#Out-1550", "AUP#Out-1580"],
      markers: [...aup(1540, 1550), ...aup(1580)],
      reasons: ["speeding"],
      temporary: true,
      lastingDeferral: "sender",
      owner: "you",
      summary: t(
        "Spectrum's outgoing server held back your mail because you sent too many messages or recipients at once.",
        "一度に送ったメッセージまたは宛先が多すぎたため、Spectrum の送信サーバーはメールの送信を止めました。",
      ),
      cause: t(
        "Spectrum limits what its customers send: the messages in one session, the recipients of one message, and the recipients in a short period. Past a limit it refuses or defers the rest.",
        "Spectrum は利用者の送信を制限しています。1 回の接続で送るメッセージ数、1 通のメッセージの宛先数、短時間の宛先数です。上限を超えると、残りを拒否または保留します。",
      ),
      fix: [
        finalOnly(
          t(
            "Wait a while, then send again to fewer recipients at a time (split a long recipient list into several messages, or use a mailing-list service for large groups).",
            "しばらく待ってから、一度に送る宛先を減らして送り直してください (長い宛先リストは複数のメッセージに分けるか、大人数にはメーリング リストのサービスを使ってください)。",
          ),
          t(
            "From now on, send to fewer recipients at a time (split a long recipient list into several messages, or use a mailing-list service for large groups).",
            "今後は、一度に送る宛先を減らしてください (長い宛先リストは複数のメッセージに分けるか、大人数にはメーリング リストのサービスを使ってください)。",
          ),
        ),
      ],
      adminFix: [
        t(
          "For mail to many people, use a mailing-list or newsletter service instead of a personal Spectrum account.",
          "多くの人に送るメールには、個人の Spectrum アカウントではなく、メーリング リストやニュースレターのサービスを使ってください。",
        ),
      ],
      actions: ["retry-later", "split-recipients"],
    },
    {
      id: "spectrum-invalid-recipients",
      title: "Too many invalid recipients",
      code: "",
      texts: ["AUP#Out-1560"],
      markers: aup(1560),
      reasons: ["policyviolation", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "Spectrum's outgoing server refused the message because too many of its recipients' addresses are invalid.",
        "宛先のアドレスに無効なものが多すぎたため、Spectrum の送信サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "Spectrum refuses a message with many recipients that do not exist, as spam often has; usually old or mistyped addresses in the list.",
        "迷惑メールによくあるように、存在しない宛先を多く含むメッセージを Spectrum は拒否します。通常は、リスト内の古いアドレスや入力ミスのアドレスが原因です。",
      ),
      fix: [
        t(
          "Check the recipients' addresses, remove the ones that no longer work, then send again later.",
          "宛先のアドレスを確認し、使われなくなったものを削除してから、時間をおいて送り直してください。",
        ),
      ],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address"],
    },
  ],
};
