// FTGate (Floosietek), a Windows mail server, ends each of its service replies with a reference
// code, "(#1.04)", that its documentation lists with the cause (docs.ftgate.com, "Service Error
// Messages": #1.00 mailbox disabled, #1.01 the mailbox is a spam trap, #1.02 quota, #1.03 out of
// disk space, #1.04 too many connections, #2.01 address temporarily blacklisted, #2.02 on its
// block list, #2.03 a block-list (RBL) hit, #3.12 invalid EHLO (tarpit), #3.13 mailbox disabled,
// #3.14 mailbox full). The code is the meaning, whatever status came with it; found by the code,
// whatever host wrote it. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { YOU, YOUR_ADMIN, RECIPIENT_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/";

export const ftgate: ProviderCatalog = {
  provider: {
    id: "ftgate",
    name: "FTGate",
    page: PAGE,
    hosts: [],
    markers: [
      "(#1.00)",
      "(#1.01)",
      "(#1.02)",
      "(#1.03)",
      "(#1.04)",
      "(#2.01)",
      "(#2.02)",
      "(#2.03)",
      "(#3.12)",
      "(#3.13)",
      "(#3.14)",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "ftgate-mailbox-disabled",
      code: "",
      texts: ["Mailbox Disabled (#1.00)", "mailbox disabled (#3.13)"],
      title: "Mailbox disabled (#1.00, #3.13)",
      markers: ["(#1.00)", "(#3.13)"],
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient's FTGate server does not take mail for this mailbox: it is disabled.",
        "受信側の FTGate サーバーは、このメールボックス宛てのメールを受け付けていません。メールボックスが無効になっています。",
      ),
      cause: t(
        "The mailbox exists but its admin has turned off its mail, often for a person who has left or an account on hold. A temporary 4xx form of it is retried by your server for a while.",
        "メールボックスは存在しますが、管理者がメールの受信を止めています。退職した人や停止中のアカウントによくあります。一時的な 4xx の応答であれば、あなたのサーバーがしばらく再試行します。",
      ),
      fix: [YOU.reachRecipientOtherWay],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient"],
    },
    {
      id: "ftgate-spam-trap",
      code: "",
      texts: ["Mailbox Disabled (#1.01)"],
      title: "Mailbox is a spam trap (#1.01)",
      markers: ["(#1.01)"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's FTGate server refused the message because the address is a spam trap: no person reads it, and mail to it marks the sender as a spammer.",
        "宛先のアドレスがスパム トラップ (人が読まず、送られてきたメールの送信者を迷惑メールの送信元とみなすアドレス) であるため、受信側の FTGate サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "FTGate can mark a mailbox as a spam trap; its reply looks like a disabled mailbox, but the reference code says trap. Addresses like this reach a mailing list through purchased or scraped lists, or old addresses kept long after they stopped being used.",
        "FTGate はメールボックスをスパム トラップとして設定できます。応答は無効なメールボックスと同じに見えますが、参照コードはトラップであることを示します。このようなアドレスは、購入したリストや収集したリスト、使われなくなってから長く残した古いアドレスを通じてメーリング リストに入り込みます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.cleanLists],
      actions: ["contact-your-admin"],
    },
    {
      id: "ftgate-mailbox-full",
      code: "",
      texts: ["Allocated mailbox storage exceeded (#1.02)", "mailbox full (#3.14)"],
      title: "Mailbox full (#1.02, #3.14)",
      markers: ["(#1.02)", "(#3.14)"],
      reasons: ["mailboxfull"],
      owner: "recipient",
      temporary: true,
      summary: t(
        "The recipient's mailbox on their FTGate server is full, so the message could not be put in it.",
        "受信者の FTGate サーバー上のメールボックスがいっぱいのため、メッセージを入れられませんでした。",
      ),
      cause: t(
        "The mailbox reached the storage its admin allows.",
        "メールボックスが、管理者の許可する保存容量に達しました。",
      ),
      whileRetrying: {
        cause: t(
          "With a temporary reply, a retry gets through once the recipient makes room, if that happens before your server stops retrying.",
          "一時的な応答の場合、あなたのサーバーが再試行をやめる前に受信者が空きを作れば、再試行で届きます。",
        ),
      },
      fix: [SENDER.waitForRetry, YOU.reachRecipientOtherWay],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["wait-for-retry", "contact-recipient"],
    },
    {
      id: "ftgate-disk-full",
      code: "",
      texts: ["Out of disk space (#1.03)"],
      title: "Out of disk space (#1.03)",
      markers: ["(#1.03)"],
      reasons: ["systemfull"],
      // a receiving system short of storage, nobody's while retried (iana.ts, 3.1)
      owner: "nobody",
      temporary: true,
      lastingDeferral: "receiving-side",
      summary: t(
        "The recipient's FTGate server has run out of disk space and cannot store new mail.",
        "受信側の FTGate サーバーのディスク容量が足りず、新しいメールを保存できません。",
      ),
      cause: t(
        "The whole server's storage is full, not only this recipient's mailbox; mail to everyone on it waits until its admin frees space.",
        "この受信者のメールボックスだけでなく、サーバー全体の保存領域がいっぱいです。管理者が空きを作るまで、そのサーバーのすべての宛先へのメールが待たされます。",
      ),
      fix: [SENDER.waitForRetry],
      adminFix: [
        t(
          "Recipient's admin: free disk space on the FTGate server (old logs, archives, large mailboxes).",
          "受信側の管理者: FTGate サーバーのディスク容量を空けてください (古いログ、アーカイブ、大きなメールボックスなど)。",
        ),
      ],
      actions: ["wait-for-retry"],
    },
    {
      id: "ftgate-too-many-connections",
      code: "",
      texts: ["Max concurrent sessions (#1.04)", "Too many connections from your address (#1.04)"],
      title: "Too many connections from your address (#1.04)",
      markers: ["(#1.04)"],
      reasons: ["toomanyconn"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's FTGate server turned away a connection from your server[[ ({ip})]] because it already had as many open from that address as it allows.",
        "受信側の FTGate サーバーは、あなたのサーバー[[ ({ip}) ]]からの接続をすでに上限の数まで受け付けていたため、新しい接続を断りました。",
      ),
      cause: t(
        "FTGate caps the sessions one IP address may hold at once. A sending server that opens many parallel connections, for a mailing or a backlog, reaches the cap.",
        "FTGate は、1 つの IP アドレスが同時に持てるセッションの数を制限しています。一斉送信やたまった配信のために多くの接続を並行して開く送信サーバーは上限に達します。",
      ),
      whileRetrying: {
        cause: t(
          "Retries with fewer connections get through.",
          "接続数を減らした再試行は受け付けられます。",
        ),
      },
      fix: [SENDER.waitForRetry],
      adminFix: [YOUR_ADMIN.slowDown],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "ftgate-address-blocked",
      code: "",
      texts: ["(#2.01)", "(#2.02)"],
      title: "Your address is on FTGate's block list (#2.01, #2.02)",
      markers: ["(#2.01)", "(#2.02)"],
      reasons: ["blocked", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's FTGate server refused mail from your server or address because it is on the server's own block list, for a while or for good.",
        "あなたのサーバーやアドレスが受信側の FTGate サーバー独自のブロック リストに (一時的に、または永続的に) 載っているため、FTGate はそこからのメールを拒否しました。",
      ),
      cause: t(
        "FTGate blocks an address for a while after bad behaviour (#2.01: mail to many unknown addresses, failed sign-ins, spam), or keeps it on its admin's block list (#2.02). It is about the sending server or address, not this message.",
        "FTGate は、不正な動き (#2.01: 多数の存在しないアドレスへの送信、サインインの失敗、迷惑メール) の後にアドレスを一時的にブロックするか、管理者のブロック リストに登録しています (#2.02)。このメッセージではなく、送信サーバーやアドレスの問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        t(
          "If the block lasts, ask the recipient's admin to remove {ip} or your address from FTGate's block list.",
          "ブロックが続く場合は、受信側の管理者に FTGate のブロック リストから {ip} やあなたのアドレスを外すよう依頼してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "ftgate-rbl",
      code: "",
      texts: ["(#2.03)"],
      title: "Sending IP on a block list (#2.03)",
      markers: ["(#2.03)"],
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's FTGate server refused mail from your server[[ ({ip})]] because that IP address is on a public block list (RBL) it checks.",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスが、受信側の FTGate サーバーが参照する公開ブロック リスト (RBL) に載っているため、FTGate はそこからのメールを拒否しました。",
      ),
      cause: t(
        "The reply gives only the reference code, not the list's name. Lists add an IP address that sent spam or to their spam traps, or that belongs to a home connection.",
        "応答には参照コードだけがあり、リストの名前はありません。リストは、迷惑メールやスパム トラップへのメールを送った IP アドレスや、家庭用回線のアドレスを掲載します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.findUnnamedListing],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "ftgate-invalid-ehlo",
      code: "",
      texts: ["Invalid EHLO (#3.12)"],
      title: "Invalid EHLO (#3.12)",
      markers: ["(#3.12)"],
      owner: "your-admin",
      temporary: true,
      summary: t(
        "The recipient's FTGate server held back mail from your server because of the name it gave in its greeting (EHLO).",
        "あなたのサーバーが挨拶 (EHLO) で名乗った名前のため、受信側の FTGate サーバーはそこからのメールを保留しました。",
      ),
      cause: t(
        "FTGate slows down and defers a sending server whose greeting is not a valid host name (its tarpit); retries fail the same way until the name is fixed.",
        "FTGate は、挨拶が有効なホスト名ではない送信サーバーの処理を遅らせて保留します (ターピット)。名前を直すまで、再試行も同じように失敗します。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin"],
    },
  ],
};
