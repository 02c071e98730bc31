// Source: Spamhaus's descriptions of its lists (spamhaus.org: ZEN, SBL, CSS, XBL, PBL, DBL) and its
// lookup and removal page (check.spamhaus.org). Any receiver may name these lists in a refusal
// ("blocked using zen.spamhaus.org"); the markers are the lists' zone names and lookup links.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const LOOKUP = "https://check.spamhaus.org/";

export const spamhaus: ProviderCatalog = {
  provider: {
    id: "spamhaus",
    name: "Spamhaus",
    page: LOOKUP,
    hosts: [],
    // Its lists' own names too, as receivers that spell them out write them (GoDaddy's IB105).
    // The PBL's own listing text too, which some receivers quote without naming Spamhaus.
    markers: [
      "spamhaus",
      "abuseat.org",
      "exploits block list (xbl)",
      "policy block list (pbl)",
      "pbl's policy",
    ],
    domains: [],
    kind: "blocklist",
  },
  entries: [
    {
      // Spamhaus answers queries sent through public or open DNS resolvers with an error code
      // instead of a listing; a receiver that treats that answer as a listing refuses everyone.
      id: "spamhaus-open-resolver",
      code: "",
      // Its other query errors (too many queries, a mistyped zone name) mean the same for the sender.
      texts: ["Error: open resolver", "Error: excessive number of queries"],
      markers: [
        "error: open resolver",
        "spamhaus.org/returnc/",
        "excessive number of queries",
        "typing error in dnsbl name",
      ],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "recipient-admin",
      summary: t(
        "The receiving server refused the message because of a fault in its own Spamhaus check, not because Spamhaus lists your server: it queries Spamhaus through a public DNS resolver (or more often than Spamhaus's free use allows), and Spamhaus answers such queries with an error.",
        "受信側のサーバーがメッセージを拒否したのは、Spamhaus があなたのサーバーを掲載しているからではなく、受信側自身の Spamhaus 照会の不具合のためです。受信側は公開 DNS リゾルバー経由で (または無料利用の範囲を超える頻度で) Spamhaus を照会しており、Spamhaus はそうした照会にエラーを返します。",
      ),
      cause: t(
        "Spamhaus does not serve its free lists to queries that arrive through public or open resolvers or exceed its free-use volume; it returns an error code, which this receiver mistook for a listing. Every sender is refused until the receiver fixes its DNS setup.",
        "Spamhaus は公開リゾルバーやオープン リゾルバー経由の照会や、無料利用の量を超える照会には無料リストを提供せず、エラー コードを返します。この受信側はそれを掲載と取り違えています。受信側が DNS の設定を直すまで、すべての送信者が拒否されます。",
      ),
      fix: [
        t(
          "Tell the recipient by another route (phone, another address) that their mail server refuses mail because of its Spamhaus setup; nothing on your side needs to change.",
          "別の手段 (電話や別のアドレス) で、受信側のメール サーバーが Spamhaus の設定のためにメールを拒否していることを伝えてください。あなたの側で変えることはありません。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: query Spamhaus through the server's own resolver or a Spamhaus Data Query Service key, not a public DNS service (the link in the reply explains the return code).",
          "受信側の管理者: 公開 DNS サービスではなく、サーバー自身のリゾルバーか Spamhaus Data Query Service のキーを使って Spamhaus を照会してください (応答内のリンクに戻り値の説明があります)。",
        ),
      ],
      actions: ["contact-recipient-admin", "contact-recipient"],
    },
    {
      id: "spamhaus-zen",
      code: "",
      texts: ["blocked using zen.spamhaus.org", "listed in zen.spamhaus.org"],
      markers: ["zen.spamhaus.org", "spamhaus"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused mail from {ip} because Spamhaus lists that IP address (the receiver checks Spamhaus ZEN, its combined list).",
        "Spamhaus が {ip} を掲載しているため、受信側のサーバーはそこからのメールを拒否しました (受信側は Spamhaus の統合リスト ZEN を参照しています)。",
      ),
      cause: t(
        "ZEN combines Spamhaus's lists: spam sources (SBL, CSS), infected machines (XBL) and end-user ranges that should not send mail directly (PBL). The lookup page says which one and why.",
        "ZEN は、Spamhaus の各リスト (迷惑メールの発信元の SBL・CSS、感染した端末の XBL、直接メールを送るべきでないエンド ユーザー向けの範囲の PBL) をまとめたものです。どのリストに、なぜ掲載されたかは検索ページで分かります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkListing,
        t(
          "If the lookup names the PBL, nothing was done wrong: {ip} is in a range its provider marks for home or dynamic use, so send through the provider's outgoing server (a smart host) or an authenticated mail service instead of directly.",
          "検索結果に PBL と表示された場合、迷惑メールの送信などの問題があったわけではありません。{ip} はプロバイダーが家庭用や動的な用途に指定した範囲にあるため、宛先のサーバーへ直接送らずに、プロバイダーの送信サーバー (スマート ホスト) や、サインインして送るメール サービスを経由して送ってください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "spamhaus-sbl",
      code: "",
      texts: ["listed in sbl.spamhaus.org"],
      markers: [
        "sbl.spamhaus.org",
        "spamhaus.org/sbl/query",
        "spamhaus.org/sbl",
        "sbl-xbl.spamhaus.org",
        "css.spamhaus.org",
        "spamhaus sbl",
        "spamhaus block list (sbl)",
        "sbl.dq.spamhaus.net",
        "css.dq.spamhaus.net",
      ],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused mail from {ip} because the Spamhaus SBL lists it as a source of spam.",
        "Spamhaus SBL が {ip} を迷惑メールの発信元として掲載しているため、受信側のサーバーはそこからのメールを拒否しました。",
      ),
      cause: t(
        "The SBL (with its CSS part) lists IPs that Spamhaus saw sending spam or hosting spam operations; a listing is often for a whole range of a hosting or sending provider.",
        "SBL (およびその一部である CSS) は、迷惑メールの送信や迷惑メール業者の運用を Spamhaus が確認した IP を掲載します。ホスティングや配信事業者の範囲全体が掲載されることもよくあります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkListing,
        t(
          "If the listing names your hosting or mail provider's range, ask that provider to resolve it; an SBL listing is removed by Spamhaus once the spam stops.",
          "掲載がホスティングやメール事業者の範囲であれば、その事業者に対応を依頼してください。SBL の掲載は迷惑メールが止まれば Spamhaus が削除します。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "spamhaus-xbl",
      code: "",
      texts: ["listed in xbl.spamhaus.org"],
      markers: [
        "xbl.spamhaus.org",
        "spamhaus.org/xbl",
        "cbl.abuseat.org",
        "spamhaus xbl",
        "exploits block list (xbl)",
        "xbl.dq.spamhaus.net",
      ],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused mail from {ip} because the Spamhaus XBL lists it: a machine behind that IP shows signs of malware or a botnet.",
        "Spamhaus XBL が {ip} を掲載しているため、受信側のサーバーはそこからのメールを拒否しました。その IP の背後の端末にマルウェアやボットネットの兆候があります。",
      ),
      cause: t(
        "The XBL lists IPs seen taking part in spam botnets or other exploits; behind a shared (NAT) address, one infected computer lists the whole office.",
        "XBL は、迷惑メールのボットネットなどの不正行為に加わった IP を掲載します。共有 (NAT) アドレスの背後では、感染した 1 台の端末でオフィス全体が掲載されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find and clean the infected device behind {ip} (the lookup page shows what was detected), make sure only the mail server can send out on port 25, then remove {ip} at {listPage}.",
          "{ip} の背後の感染した端末を見つけて駆除し (検索ページに検知内容が表示されます)、ポート 25 で外部へ送れるのがメール サーバーだけになるようにしてから、{listPage} で {ip} を削除してください。",
        ),
      ],
      actions: ["request-delisting", "secure-account", "contact-your-admin"],
    },
    {
      id: "spamhaus-pbl",
      code: "",
      texts: ["listed in pbl.spamhaus.org"],
      // A ZEN refusal links the component list that matched: its link outranks the zone name.
      markers: [
        "pbl.spamhaus.org",
        "spamhaus.org/pbl/query",
        "spamhaus.org/pbl",
        "policy block list (pbl)",
        "pbl.dq.spamhaus.net",
        // its listing text: "not meeting PBL's policy for IP addresses permitted to deliver
        // unauthenticated 'direct-to-mx' email"
        "pbl's policy",
        "direct-to-mx",
      ],
      reasons: ["blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused mail sent directly from {ip}, because the Spamhaus PBL lists it as an end-user address that should send mail through its provider's server.",
        "Spamhaus PBL が {ip} を、プロバイダーのサーバー経由でメールを送るべきエンド ユーザー向けアドレスとして掲載しているため、受信側のサーバーはそこから直接送られたメールを拒否しました。",
      ),
      cause: t(
        "The PBL is not a mark of bad behaviour: internet providers list their dynamic and customer ranges there, so mail servers on such addresses are refused.",
        "PBL は不正行為の印ではありません。インターネット プロバイダーが動的 IP や利用者向けの範囲を登録しているため、そうしたアドレス上のメール サーバーは拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Send through your provider's smart host, or, if {ip} is a static address of a real mail server, remove it from the PBL at {listPage}.",
          "プロバイダーのスマート ホストを経由して送るか、{ip} が本物のメール サーバーの固定アドレスであれば {listPage} で PBL から削除してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "spamhaus-dbl",
      code: "",
      texts: ["listed in dbl.spamhaus.org"],
      // ZRD (newly registered domains) is served with the DBL and means the same to the sender.
      // Microsoft's receivers name the listed domain's role instead of the zone: "Helo domain is
      // listed in Spamhaus" (the sending server's name), "MailFrom domain is listed in Spamhaus",
      // and without the "is" ("MailFrom domain listed in Spamhaus (S8002)", Outlook.com);
      // longer than ZEN's bare "spamhaus", so it wins over it.
      markers: [
        "domain is listed in spamhaus",
        "domain listed in spamhaus",
        "dbl.spamhaus.org",
        "spamhaus.org/dbl",
        "spamhaus.org/query/domain",
        "dbl.dq.spamhaus.net",
        "zrd.spamhaus.org",
        "zrd.dq.spamhaus.net",
      ],
      reasons: ["blocked", "spamdetected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused the message because a domain in it (the sender's, the sending server's name or a link's) is on the Spamhaus DBL, a list of domains seen in spam.",
        "メッセージに関わるドメイン (送信者のドメイン、送信サーバーの名前、リンク先) が、迷惑メールで使われたドメインの一覧である Spamhaus DBL に載っているため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "The DBL lists domains with a poor reputation: used by spammers, newly registered and abused, or compromised web sites that links point to.",
        "DBL は評価の低いドメインを掲載します: 迷惑メール業者が使うもの、登録直後に悪用されたもの、リンク先の改ざんされた Web サイトなどです。",
      ),
      fix: [YOU.domainListed, YOU.linkListed],
      adminFix: [
        t(
          "Look up {domain}, the sending server's name and the domains the message links to at {listPage}; secure a compromised site before requesting removal.",
          "{listPage} で {domain}、送信サーバーの名前、メッセージのリンク先ドメインを検索し、改ざんされたサイトは対処してから削除を申請してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
  ],
};
