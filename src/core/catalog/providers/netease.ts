// Source: NetEase's table of refusal codes for senders, at mail.163.com/help/help_spam_16.htm (the
// page its MX servers' refusals link to, with the sending IP and the server in the query) and
// mirrored on many Chinese help pages ("421 HL:REP", "451 DT:SPM ,please try again", ...), and its
// anti-spam FAQ (help.163.com) for "554 DT:SPM". One system serves 163.com, 126.com, yeah.net and
// NetEase's paid and enterprise mail. Its codes (DT:SPM, HL:ICC, MI:SPF, ...) are matched as
// written; a reply rarely carries an enhanced status code. The explanations are our own words.
// The same code style is written by other servers built on the same software, so the codes alone
// do not name NetEase: its hosts, domains and the help link do.
import { finalOnly } from "../step-kinds";
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** Steps for the sender's admin that several NetEase meanings share. */
const neteaseAdmin = {
  readLink: t(
    "Open the help link at the end of the refusal (mail.163.com/help/help_spam_16.htm): it names the code, your server's IP and the NetEase server that refused, which NetEase's postmaster asks for when you write to it.",
    "拒否メッセージ末尾のヘルプ リンク (mail.163.com/help/help_spam_16.htm) を開いてください。コード、送信サーバーの IP、拒否した NetEase のサーバーが示されます。NetEase のポストマスターに問い合わせる際は、これらを伝えてください。",
  ),
  findSpam: t(
    "Look for accounts, web forms or scripts on {ip} sending spam or viruses (a compromised mailbox is the usual cause), and stop them first.",
    "{ip} から迷惑メールやウイルスを送っているアカウント、Web フォーム、スクリプトがないか調べ、まず止めてください (乗っ取られたメールボックスが原因であることが多いです)。",
  ),
  fewerConnections: t(
    "Lower the parallel connections and the messages and recipients per connection to NetEase's servers, and spread bulk mail over the day.",
    "NetEase のサーバーへの同時接続数と、1 接続あたりのメッセージ数と宛先数を減らし、一斉送信は 1 日の中で分散させてください。",
  ),
};

/** Steps for the sender that several NetEase meanings share. */
const neteaseYou = {
  // while the server retries this message, the pace is for the mail to come (no resend now)
  sendLess: finalOnly(
    t(
      "Send to NetEase addresses (163.com, 126.com, yeah.net) in smaller batches, with fewer recipients per message; a mass mailing from a personal mailbox trips these limits.",
      "NetEase のアドレス (163.com、126.com、yeah.net) 宛てには少しずつ、1 通あたりの宛先を減らして送ってください。個人のメールボックスからの一斉送信はこの上限にかかります。",
    ),
    t(
      "From now on, send to NetEase addresses (163.com, 126.com, yeah.net) in smaller batches, with fewer recipients per message; a mass mailing from a personal mailbox trips these limits.",
      "今後は、NetEase のアドレス (163.com、126.com、yeah.net) 宛てには少しずつ、1 通あたりの宛先を減らして送ってください。個人のメールボックスからの一斉送信はこの上限にかかります。",
    ),
  ),
};

export const netease: ProviderCatalog = {
  provider: {
    id: "netease",
    name: "NetEase Mail (163.com / 126.com / yeah.net)",
    page: "https://mail.163.com/help/help_spam_16.htm",
    hosts: [".netease.com", ".163.com", ".126.com", ".126.net", ".yeah.net", ".188.com"],
    markers: [
      "mail.163.com/help/help_spam",
      "help.163.com",
      "mxmail.netease.com",
      // "554 DT:SPM 163 mx14,...": the code followed by the service's own name
      "dt:spm 163 ",
      "dt:spm 126 ",
      "dt:spm yeah ",
    ],
    domains: ["163.com", "126.com", "yeah.net", "188.com", "vip.163.com", "vip.126.com", "163.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "netease-spam",
      title: "Message judged as spam",
      code: "",
      texts: ["DT:SPM"],
      reasons: ["spamdetected", "rejected", "policyviolation", "blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "NetEase's anti-spam system refused the message: it judged the message, or the server[[ ({ip})]] and setup it came from, as spam.",
        "NetEase の迷惑メール対策システムがメッセージを拒否しました。メッセージ自体、または送信元のサーバー[[ ({ip}) ]]とその設定が迷惑メールと判定されたためです。",
      ),
      cause: t(
        "DT:SPM is NetEase's verdict on the content and the sending environment together: wording and links typical of advertising, recipients who did not ask for the mail, or a server whose setup (reverse DNS, SPF, volume) looks irregular. NetEase updates it from its users' spam reports, so mail that went through before can be refused now.",
        "DT:SPM は、内容と送信環境をあわせた NetEase の判定です。広告によくある文言やリンク、受信を希望していない宛先、設定 (逆引き DNS、SPF、送信量) が不自然なサーバーなどが理由になります。利用者の迷惑メール報告をもとに随時更新されるため、以前は届いたメールが拒否されることもあります。",
      ),
      fix: [
        YOU.forwardToAdmin,
        t(
          "For a one-off message: remove advertising wording, shortened links and large images, then send it again; or ask the recipient to add your address to their allowed senders.",
          "単発のメッセージの場合: 広告的な文言、短縮 URL、大きな画像を取り除いてから送り直すか、受信者にあなたのアドレスを受信許可リストに追加してもらってください。",
        ),
      ],
      adminFix: [
        neteaseAdmin.readLink,
        neteaseAdmin.findSpam,
        YOUR_ADMIN.checkPtr,
        YOUR_ADMIN.checkSpf,
      ],
      actions: ["contact-your-admin", "check-spf-dkim-dmarc"],
    },
    {
      id: "netease-spam-deferred",
      title: "Message judged as spam, deferred",
      code: "",
      texts: ["DT:SPM <x> please try again"],
      reasons: ["spamdetected", "rejected", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "NetEase held the message back for now because it looks like spam.",
        "迷惑メールの特徴があるため、NetEase はメッセージの受け付けを一時的に保留しました。",
      ),
      cause: t(
        "The content or the sending environment looks like spam, but not clearly enough to refuse it outright: NetEase asks the sending server to keep the message queued and deliver it again a few minutes later.",
        "内容や送信環境に迷惑メールの特徴がありますが、すぐに拒否するほど明確ではありません。NetEase は送信サーバーに、メッセージをキューに残して数分後に配信し直すよう求めています。",
      ),
      fix: [YOU.retryLater],
      adminFix: [
        t(
          "If NetEase keeps deferring, review the content and the setup of {ip}: reverse DNS, SPF and the sending volume.",
          "NetEase が保留を続ける場合は、内容と {ip} の設定 (逆引き DNS、SPF、送信量) を見直してください。",
        ),
      ],
      actions: ["retry-later"],
      lastingDeferral: "sending-side",
    },
    {
      id: "netease-ip-suspended",
      title: "Sending IP suspended for spam or abnormal connections",
      code: "",
      texts: ["HL:IHU"],
      markers: ["hl:ihu"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "NetEase has suspended mail from your server[[ ({ip})]] for a while because it sent spam or connected in an abnormal way.",
        "あなたのサーバー[[ ({ip}) ]]が迷惑メールを送ったか異常な接続をしたため、NetEase はそのサーバーからのメールを当面停止しています。",
      ),
      cause: t(
        "NetEase's servers saw spam, viruses or unusual connection behaviour from this IP and stopped taking its mail; the suspension is lifted after a time if the behaviour stops.",
        "NetEase のサーバーがこの IP からの迷惑メール、ウイルス、または異常な接続を検知し、受け付けを停止しました。その挙動が止まれば、一定時間後に解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [neteaseAdmin.findSpam, neteaseAdmin.readLink],
      actions: ["contact-your-admin"],
    },
    {
      id: "netease-ip-not-allowed",
      title: "Sending IP not allowed",
      code: "",
      texts: ["HL:IPB", "WM:BLI"],
      markers: ["hl:ipb", "wm:bli"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "NetEase does not take mail from your server's IP address[[ ({ip})]]: it is not among the addresses NetEase allows to send to its users.",
        "NetEase は、あなたのサーバーの IP アドレス[[ ({ip}) ]]からのメールを受け付けません。NetEase の利用者へ送信できるアドレスに含まれていないためです。",
      ),
      cause: t(
        "NetEase blocks sending IPs after spam or abuse was seen from them; the block stays until NetEase reviews the address.",
        "NetEase は、迷惑メールや不正利用が観測された送信 IP をブロックします。NetEase が見直すまでブロックは続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        neteaseAdmin.findSpam,
        t(
          "Once the cause is fixed, ask NetEase's postmaster to review {ip}, with the full refusal; until then, send to NetEase through another server or mail service.",
          "原因を解消したら、拒否メッセージの全文を添えて NetEase のポストマスターに {ip} の見直しを依頼してください。それまでは、別のサーバーやメール サービスを経由して NetEase 宛てに送ってください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "netease-ip-unknown-recipients",
      title: "Sending IP refused: too many unknown recipients",
      code: "",
      texts: ["HL:REP"],
      markers: ["hl:rep"],
      reasons: ["blocked", "badreputation", "toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "NetEase is refusing connections from your server[[ ({ip})]] for now: too much of its recent mail went to NetEase addresses that do not exist.",
        "NetEase は、あなたのサーバー[[ ({ip}) ]]からの接続を一時的に拒否しています。最近のメールの多くが、存在しない NetEase のアドレス宛てだったためです。",
      ),
      cause: t(
        "Many unknown recipients is how a spammer's list or a compromised account looks; NetEase blocks the IP for a while.",
        "存在しない宛先が多いのは、迷惑メール業者のリストや乗っ取られたアカウントの特徴です。NetEase はその IP を一定時間ブロックします。",
      ),
      fix: [YOU.retryAfterBlock],
      adminFix: [
        t(
          "Check the mailing lists sent to NetEase addresses and remove the ones that bounce; look for a compromised account sending from {ip}.",
          "NetEase 宛てに送っているメーリング リストを確認し、エラーになる宛先を削除してください。{ip} から送信している乗っ取られたアカウントがないかも調べてください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "netease-ip-connections",
      title: "Too many connections from the sending IP",
      code: "",
      texts: ["HL:ICC"],
      markers: ["hl:icc"],
      reasons: ["toomanyconn", "speeding"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] opened more connections at once to NetEase than it allows, so NetEase refuses it for a while.",
        "あなたのサーバー[[ ({ip}) ]]が NetEase の上限を超える数の同時接続を開いたため、NetEase は一時的に接続を拒否しています。",
      ),
      cause: t(
        "NetEase caps the parallel connections from one IP; a burst of sending, or spam from a compromised account, goes over it.",
        "NetEase は 1 つの IP からの同時接続数に上限を設けています。一度に大量に送ったり、乗っ取られたアカウントが迷惑メールを送ったりすると、これを超えます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [neteaseAdmin.fewerConnections, neteaseAdmin.findSpam],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "netease-ip-rate",
      title: "Too much mail from the sending IP",
      code: "",
      texts: ["HL:IFC", "HL:IFQ", "HL:ITC"],
      markers: ["hl:ifc", "hl:ifq", "hl:itc"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server[[ ({ip})]] sent NetEase more mail in a short time (or in one day) than it accepts from one IP, so it refuses more for now.",
        "あなたのサーバー[[ ({ip}) ]]が、1 つの IP から NetEase が受け付ける量を超えるメールを短時間 (または 1 日) に送ったため、当面それ以上は拒否されます。",
      ),
      cause: t(
        "NetEase limits how many messages and connections one IP may send per period; newsletters sent all at once, or spam from a compromised account, go over it.",
        "NetEase は 1 つの IP が一定時間に送れるメッセージ数と接続数を制限しています。メールマガジンの一括送信や、乗っ取られたアカウントの迷惑メールで上限を超えます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [neteaseAdmin.fewerConnections, neteaseAdmin.findSpam],
      actions: ["retry-later", "contact-your-admin"],
    },
    {
      id: "netease-ip-forged-domains",
      title: "Sending IP refused: forged sender domains",
      code: "",
      texts: ["HL:MEP"],
      markers: ["hl:mep"],
      reasons: ["blocked", "badreputation", "authfailure"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "NetEase is refusing connections from your server[[ ({ip})]] for now: much of its mail claimed sender domains that looked forged.",
        "NetEase は、あなたのサーバー[[ ({ip}) ]]からの接続を一時的に拒否しています。そのメールの多くが、偽装と思われる送信ドメインを名乗っていたためです。",
      ),
      cause: t(
        "Mail from this IP used many sender domains it is not entitled to, as spam does; NetEase blocks the IP for a while.",
        "この IP からのメールが、迷惑メールと同じように、使う権限のない多数の送信ドメインを名乗っていました。NetEase はその IP を一定時間ブロックします。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        neteaseAdmin.findSpam,
        t(
          "Make sure every message from {ip} uses a real sender domain that you own, with SPF listing {ip}.",
          "{ip} から送るすべてのメッセージが、自組織が所有する実在の送信ドメインを使い、その SPF に {ip} が含まれていることを確認してください。",
        ),
      ],
      actions: ["retry-later", "contact-your-admin", "check-spf-dkim-dmarc"],
    },
    {
      id: "netease-block-list",
      title: "Sending IP on a public block list",
      code: "",
      texts: ["DT:RBL"],
      markers: ["dt:rbl"],
      reasons: ["blocked", "badreputation"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "NetEase refused your server[[ ({ip})]] because its IP is on one or more public block lists.",
        "あなたのサーバーの IP [[({ip}) ]]が 1 つ以上の公開ブロック リストに載っているため、NetEase は受け付けを拒否しました。",
      ),
      cause: t(
        "NetEase checks connecting servers against public block lists (RBLs); the refusal does not say which one listed the IP.",
        "NetEase は接続してきたサーバーを公開ブロック リスト (RBL) と照合しています。どのリストに載っているかは拒否メッセージに示されません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on a multi-list checker (for example Spamhaus, SpamCop, Barracuda), fix what got it listed, then request removal from each list.",
          "複数のリストを一度に調べられるサービス (Spamhaus、SpamCop、Barracuda など) で {ip} を検索し、掲載の原因を解消してから、各リストに削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "netease-sender-blocked",
      title: "Sender address blocked",
      code: "",
      texts: ["WM:BLU", "MI:SPB"],
      markers: ["wm:blu", "mi:spb"],
      reasons: ["blocked", "rejected", "policyviolation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "NetEase does not take mail from your sender address: it is on NetEase's list of blocked senders.",
        "NetEase は、あなたの送信者アドレスからのメールを受け付けません。NetEase の受信拒否リストに載っているためです。",
      ),
      cause: t(
        "NetEase blocks sender addresses after spam reports or abuse; mail from that address is refused whatever server sends it.",
        "NetEase は、迷惑メールの報告や不正利用があった送信者アドレスをブロックします。どのサーバーから送っても、そのアドレスのメールは拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check whether this mailbox was compromised or used for bulk mail (reset its password, review its sent items), then ask NetEase's postmaster to review the address, with the full refusal.",
          "このメールボックスが乗っ取られたり一斉送信に使われたりしていないか確認し (パスワードを再設定し、送信済みアイテムを調べる)、拒否メッセージの全文を添えて NetEase のポストマスターにアドレスの見直しを依頼してください。",
        ),
      ],
      actions: ["secure-account", "contact-your-admin"],
    },
    {
      id: "netease-session-commands",
      title: "Too many invalid SMTP commands",
      code: "",
      texts: ["MI:CEL", "MI:CCL", "RP:CEL", "RP:CCL"],
      markers: ["mi:cel", "mi:ccl", "rp:cel", "rp:ccl"],
      reasons: ["syntaxerror", "toomanyconn", "rejected"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "NetEase cut off your server's session because it sent too many wrong or unneeded SMTP commands.",
        "あなたのサーバーが誤ったまたは不要な SMTP コマンドを送りすぎたため、NetEase はそのセッションを打ち切りました。",
      ),
      cause: t(
        "The sending program breaks the SMTP dialogue NetEase expects (repeated or invalid commands), which is typical of badly written mailing tools and spam software.",
        "送信プログラムが、NetEase の想定する SMTP のやり取りに反しています (コマンドの繰り返しや不正なコマンド)。出来の悪い一斉配信ツールや迷惑メール アプリによく見られます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Check the program or device that sends this mail (a script, a printer, a mailing tool): it should send each SMTP command once, in order, and use a standard mail server or library.",
          "このメールを送っているプログラムや機器 (スクリプト、プリンター、配信ツール) を確認してください。SMTP コマンドを順序どおり 1 回ずつ送り、標準的なメール サーバーやライブラリを使う必要があります。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "netease-session-volume",
      title: "Too many messages or recipients in one connection",
      code: "",
      texts: ["MI:DMC", "RP:DRC"],
      markers: ["mi:dmc", "rp:drc"],
      reasons: ["toomanyconn", "speeding", "exceedlimit"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your server sent NetEase more messages or recipients in one connection than it allows; the rest is accepted in a new connection.",
        "あなたのサーバーが 1 回の接続で、NetEase の上限を超える数のメッセージまたは宛先を送りました。残りは新しい接続で受け付けられます。",
      ),
      cause: t(
        "NetEase limits the messages and recipients per SMTP connection; a server that delivers a large batch in one session goes over it.",
        "NetEase は 1 回の SMTP 接続あたりのメッセージ数と宛先数を制限しています。大量のメールを 1 回のセッションでまとめて配信すると上限を超えます。",
      ),
      fix: [YOU.retryAfterLimit],
      adminFix: [neteaseAdmin.fewerConnections],
      actions: ["retry-later"],
    },
    {
      id: "netease-sender-rate",
      title: "Sender address sending too fast",
      code: "",
      texts: ["MI:SFQ", "RP:QRC"],
      markers: ["mi:sfq", "rp:qrc"],
      reasons: ["speeding", "exceedlimit", "toomanyconn"],
      temporary: true,
      lastingDeferral: "sending-side",
      owner: "your-admin",
      summary: t(
        "Your sender address sent too many messages, or to too many recipients, in a short time, so NetEase refuses its mail for a while.",
        "あなたの送信者アドレスが短時間に多くのメッセージを、または多くの宛先に送ったため、NetEase は一定時間そのアドレスのメールを拒否しています。",
      ),
      cause: t(
        "NetEase limits what one sender address may send within about 15 minutes (messages) and within a short period (recipients); the limits are not published.",
        "NetEase は、1 つの送信者アドレスが約 15 分以内に送れるメッセージ数と、短時間に送れる宛先数を制限しています。上限値は公開されていません。",
      ),
      fix: [YOU.retryAfterLimit, neteaseYou.sendLess],
      adminFix: [
        t(
          "If the address sends newsletters or notifications, send them through a service for bulk mail at a lower rate; check that the mailbox was not compromised.",
          "そのアドレスがメールマガジンや通知を送っている場合は、一斉配信用のサービスを使い、送信ペースを落としてください。メールボックスが乗っ取られていないかも確認してください。",
        ),
      ],
      actions: ["retry-later", "split-recipients"],
    },
    {
      id: "netease-sender-daily",
      title: "Sender address reached its daily limit",
      code: "",
      texts: ["RP:TRC", "MI:STC"],
      markers: ["rp:trc", "mi:stc"],
      reasons: ["speeding", "exceedlimit"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Your sender address reached NetEase's limit on mail (or recipients) for one day; NetEase takes no more of its mail until tomorrow.",
        "あなたの送信者アドレスが、NetEase の 1 日あたりのメール数 (または宛先数) の上限に達しました。NetEase は翌日までそのアドレスのメールを受け付けません。",
      ),
      cause: t(
        "NetEase counts the messages and recipients of each sender address per day; a mass mailing from one address reaches the limit.",
        "NetEase は送信者アドレスごとに 1 日のメッセージ数と宛先数を数えています。1 つのアドレスから一斉送信すると上限に達します。",
      ),
      fix: [
        t(
          "Send the message again tomorrow, to fewer NetEase recipients at a time.",
          "翌日、一度に送る NetEase の宛先を減らしてから送り直してください。",
        ),
        neteaseYou.sendLess,
      ],
      adminFix: [
        t(
          "Move bulk mail to NetEase addresses to a service made for it, spread over several days; check that the mailbox was not compromised.",
          "NetEase 宛ての一斉送信は専用の配信サービスに移し、数日に分けて送ってください。メールボックスが乗っ取られていないかも確認してください。",
        ),
      ],
      actions: ["split-recipients"],
    },
    {
      id: "netease-too-many-recipients",
      title: "Too many recipients in one message",
      code: "",
      texts: ["RP:RCL"],
      markers: ["rp:rcl"],
      reasons: ["exceedlimit", "speeding"],
      temporary: false,
      owner: "you",
      summary: t(
        "The message had more recipients than NetEase accepts in one message.",
        "メッセージの宛先数が、NetEase が 1 通で受け付ける上限を超えていました。",
      ),
      cause: t(
        "NetEase caps the number of recipients of one message, to stop mass mailings.",
        "NetEase は一斉送信を防ぐため、1 通のメッセージの宛先数に上限を設けています。",
      ),
      fix: [
        t(
          "Send the message again in several smaller groups of recipients, or use a mailing list service.",
          "宛先をいくつかの小さなグループに分けて送り直すか、メーリング リストのサービスを使ってください。",
        ),
      ],
      adminFix: [
        t(
          "For regular mailings to many people, offer a mailing list or a bulk mail service.",
          "多数の相手への定期的な送信には、メーリング リストや一斉配信サービスを用意してください。",
        ),
      ],
      actions: ["split-recipients"],
    },
    {
      id: "netease-spf",
      ownRecordsCause: true,
      title: "SPF check failed",
      code: "",
      texts: ["MI:SPF"],
      markers: ["mi:spf"],
      reasons: ["authfailure"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "NetEase refused the message because SPF failed: the server that sent it[[ ({ip})]] is not allowed by the SPF record of {domain}.",
        "SPF の検証に失敗したため、NetEase はメッセージを拒否しました。送信したサーバー[[ ({ip}) ]]が {domain} の SPF レコードで許可されていません。",
      ),
      cause: t(
        "NetEase checks the sender domain's SPF record and refuses mail from servers it does not list; a mail service added without updating SPF, or forwarding without sender rewriting (SRS), fails it.",
        "NetEase は送信ドメインの SPF レコードを確認し、記載のないサーバーからのメールを拒否します。SPF を更新せずにメール サービスを追加した場合や、送信者を書き換えずに (SRS なしで) 転送した場合に失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
    {
      id: "netease-user-unknown",
      code: "",
      texts: ["User not found", "mailbox unavailable"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "NetEase has no mailbox with this address.",
        "NetEase には、このアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or the mailbox was closed.",
        "アドレスの入力ミスか、メールボックスが閉鎖されています。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "netease-user-suspended",
      code: "",
      texts: ["User suspended", "user is locked"],
      reasons: ["suspend", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "The recipient's NetEase mailbox is frozen or disabled, so it takes no mail now.",
        "受信者の NetEase のメールボックスは凍結または無効化されているため、現在メールを受け取れません。",
      ),
      cause: t(
        "NetEase freezes mailboxes that have not been used for a long time or that broke its terms; only the owner can reactivate it.",
        "NetEase は、長期間使われていないメールボックスや規約に違反したメールボックスを凍結します。再開できるのは持ち主だけです。",
      ),
      fix: [MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
  ],
};
