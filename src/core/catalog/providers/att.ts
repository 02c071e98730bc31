// Source: AT&T's own pages for senders its mail servers refuse: the "Error Message Summary" of its
// Mailblock Inquiry site (worldnet.att.net/general-info/bls_info/block_enduser.html, the same
// table at rbl.att.net/block_enduser.html: "521 <ip> is blocked", "550 [permfail] ... requires
// valid sender domain", "550 unauthorized interface for <ip>", "550 <ip> blocked by
// ldap:ou=rblmx,dc=bellsouth,dc=net", "421-failure in DNS look-up", "450 busy--Please try again
// later", "550 [suspend] Mailbox currently suspended") and its Worldnet page for individual users
// ("550 Error. Blocked for abuse", "Blocked for status: <unknown sender>"); AT&T's current inbound
// servers (*.prodigy.net, "flph..."/"flpd..." in the reply) name their own block list
// "DNSBL:RBL" and send delisting requests to abuse_rbl@abuse-att.net, as deliverability firms
// quote them (suped.com, 2025). AT&T's consumer mailboxes (att.net, sbcglobal.net, bellsouth.net)
// are read by Yahoo's servers since; Yahoo's table answers for those hosts. The explanations are
// our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://rbl.att.net/block_enduser.html";

/** AT&T's abuse desk takes delisting requests once the cause is fixed. */
const askDelisting = t(
  "Once the cause is fixed, ask AT&T to lift the block: write to abuse_rbl@abuse-att.net with {ip} and the full refusal.",
  "原因を解消したら、{ip} と拒否メッセージの全文を添えて abuse_rbl@abuse-att.net に連絡し、ブロックの解除を依頼してください。",
);

/** What AT&T checks of the sending server in DNS before it takes a connection. */
const dnsCheck = t(
  "AT&T takes mail only from servers whose IP address has a reverse DNS (PTR) name that resolves back to it and whose announced domain exists; a server on a home connection or with a missing PTR record fails this check.",
  "AT&T は、IP アドレスに逆引き DNS (PTR) 名があり、その名前が同じ IP を指し、名乗っているドメインが実在するサーバーからしかメールを受け付けません。家庭用回線のサーバーや PTR レコードのないサーバーはこの確認に通りません。",
);

export const att: ProviderCatalog = {
  provider: {
    id: "att",
    name: "AT&T / BellSouth",
    page: PAGE,
    hosts: [".prodigy.net", ".bellsouth.net", ".att.net"],
    markers: ["abuse-att.net", "att.net/general-info", "rbl.att.net", "dc=bellsouth"],
    // Its mailbox domains are Yahoo's now: the host, not the recipient's domain, names AT&T.
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "att-blocklist",
      title: "Sending IP on AT&T's own block list",
      code: "",
      texts: [
        "DNSBL:RBL <ip>_is_blocked",
        "DNSBL:ATTRBL",
        "blocked by ldap:ou=rblmx",
        "Blocked for abuse",
        "<ip> is blocked",
      ],
      markers: ["dnsbl:rbl", "dnsbl:attrbl", "ou=rblmx"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "AT&T refuses mail from {ip}: its own block list holds that address as a source of spam.",
        "AT&T は {ip} からのメールを拒否しています。AT&T 独自のブロック リストが、このアドレスを迷惑メールの送信元として登録しているためです。",
      ),
      cause: t(
        "AT&T lists sending IPs that sent its users spam or viruses, or that behave like spammers (sudden volume, many unknown recipients). The block is AT&T's own, not a public list's, and stays until AT&T lifts it.",
        "AT&T は、利用者に迷惑メールやウイルスを送った送信 IP や、迷惑メール業者のような振る舞い (急な送信量の増加、存在しない宛先への多数の送信) をする IP を登録します。これは公開リストではなく AT&T 独自のブロックで、AT&T が解除するまで続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkReputation, YOUR_ADMIN.cleanLists, askDelisting],
      actions: ["contact-your-admin", "request-delisting"],
    },
    {
      id: "att-invalid-sender-domain",
      title: "Sending server not identified in DNS",
      code: "",
      texts: [
        "requires valid sender domain",
        "Connections not accepted from servers without a valid sender domain",
        "Blocked for status: <unknown sender>",
      ],
      reasons: ["requireptr", "blocked", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "AT&T could not verify who is sending: the sending server's DNS (its reverse DNS name[[ for {ip}]], or the domain it announces) does not check out.",
        "AT&T は送信元を確認できませんでした。送信サーバーの DNS 情報 ([[{ip} の]]逆引き DNS 名や、名乗っているドメイン) が確認できません。",
      ),
      cause: dnsCheck,
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkPtr, YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin"],
    },
    {
      id: "att-dns-lookup-failed",
      title: "Reverse DNS look-up of the sending IP failed",
      code: "",
      texts: ["failure in DNS look-up"],
      reasons: ["requireptr", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "AT&T looked up the reverse DNS name of {ip} and got no valid answer, so it does not take mail from it for now.",
        "AT&T は {ip} の逆引き DNS 名を調べましたが有効な応答が得られなかったため、今はこのアドレスからのメールを受け付けていません。",
      ),
      cause: dnsCheck,
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [YOUR_ADMIN.checkPtr],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "att-unauthorized-interface",
      title: "Sending IP not a recognized mail server",
      code: "",
      texts: ["unauthorized interface for <ip>"],
      reasons: ["blocked", "rejected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "AT&T does not take mail directly from {ip}: it does not count that address as a mail server.",
        "AT&T は {ip} からのメールを直接は受け付けません。このアドレスをメール サーバーとして認めていないためです。",
      ),
      cause: t(
        "Addresses of home and mobile connections, and others that look like them, may not deliver mail to AT&T themselves; their mail must go through a registered mail server: an internet provider's, a hosting company's or a mail service's.",
        "家庭用やモバイル回線のアドレス、およびそれに似たアドレスは、AT&T に直接メールを届けられません。そのメールは、インターネット プロバイダー、ホスティング事業者、メール サービスなどの登録されたメール サーバーを経由させる必要があります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send the mail through your provider's or mail service's outgoing server (a smart host) instead of delivering it from {ip} directly, or give {ip} a reverse DNS name of your own mail domain if it is a fixed server address.",
          "{ip} から直接配信せず、プロバイダーやメール サービスの送信サーバー (スマート ホスト) を経由して送ってください。{ip} が固定のサーバー アドレスであれば、自組織のメール ドメインの逆引き DNS 名を設定してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
    {
      id: "att-busy",
      title: "AT&T busy: try again later",
      code: "",
      texts: ["busy--Please try again later"],
      reasons: ["toomanyconn", "systemerror", "speeding"],
      temporary: true,
      owner: "nobody",
      summary: t(
        "AT&T's servers were busy, or your server connected too often, so AT&T asked it to try again later.",
        "AT&T のサーバーが混み合っていたか、あなたのサーバーの接続の頻度が高すぎたため、AT&T は後で再試行するよう求めました。",
      ),
      cause: t(
        "AT&T limits how often one sender may connect, and defers mail at times of heavy traffic.",
        "AT&T は 1 つの送信元が接続できる頻度を制限しており、混雑時にはメールの受け付けを保留します。",
      ),
      whileRetrying: {
        cause: t("Both pass by themselves.", "どちらも時間がたてば解消します。"),
      },
      fix: [YOU.waitForRetry],
      adminFix: [MAILBOX.fewerConnections],
      actions: ["wait-for-retry"],
      lastingDeferral: "sending-side",
    },
    {
      id: "att-mailbox-suspended",
      code: "",
      texts: ["Mailbox currently suspended--Please contact correspondent directly"],
      markers: ["[suspend]"],
      reasons: ["suspend", "userunknown"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The recipient's AT&T (BellSouth) mailbox is suspended: it takes no mail.",
        "受信者の AT&T (BellSouth) のメールボックスは停止されており、メールを受け取りません。",
      ),
      cause: t(
        "AT&T suspends a customer's mailbox (an unpaid or closed account, a long unused one); only the customer can have it restored.",
        "AT&T は利用者のメールボックスを停止することがあります (未払いや解約、長期間の未使用など)。復旧できるのは利用者本人だけです。",
      ),
      fix: [YOU.reachRecipientOtherWay, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["contact-recipient"],
    },
  ],
};
