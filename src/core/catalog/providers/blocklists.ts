// Source: each list's own description and lookup page (barracudacentral.org, spamcop.net,
// uceprotect.net, invaluement.com, mailspike.org, psbl.org, abusix.com, spamrats.com,
// backscatterer.org, senderscore.org, csi.cloudmark.com, servicecentral.trendmicro.com, nixspam.net, surbl.org, uribl.com,
// 0spam.org, junkemailfilter.com (HostKarma), dronebl.org, blocklist.de, gbudb.com, spfbl.net, Vade
// (its Threat Network List, as EarthLink's postmaster page by Vade describes it);
// SORBS's closure notice, 2024; AHBL's closure, 2014-2015; lashback.com's UBL page; nordspam.com; Microsoft's Exchange Online NDR
// page for 5.7.1, which quotes its own "Blocklist 1"), and Postfix's and Exim's reply formats for any other list. Any receiver may name these lists in a refusal;
// the markers are their zone names and links. Spamhaus has its own file (several lists).
import { t } from "../types";
import type { Localized, Reason } from "../../types";
import { SPAMRATS_ZONES } from "./spamrats-zones";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

interface DomainListData {
  readonly id: string;
  readonly name: string;
  readonly page: string;
  readonly markers: readonly string[];
}

interface ListData extends DomainListData {
  /** What the list holds, in a phrase after "it lists ...". */
  readonly holds: Localized;
  readonly reasons?: readonly Reason[];
  /** Said instead of "a public list that receivers consult" when the list is one receiver's own. */
  readonly cause?: Localized;
}

/** A list is known by the markers in the reply (its zone or name), never by a host or domain. */
function listIdentity(list: DomainListData): ProviderCatalog["provider"] {
  return {
    id: list.id,
    name: list.name,
    page: list.page,
    hosts: [],
    markers: list.markers,
    domains: [],
    kind: "blocklist",
  };
}

/** One public IP block list with one meaning: the sending IP is on it. */
function ipList(list: ListData): ProviderCatalog {
  return {
    provider: listIdentity(list),
    entries: [
      {
        id: `${list.id}-listed`,
        code: "",
        texts: [`listed on ${list.name}`],
        markers: list.markers,
        reasons: list.reasons ?? ["blocked", "badreputation"],
        temporary: false,
        owner: "your-admin",
        summary: t(
          `The receiving server refused mail from {ip} because the block list ${list.name} lists that IP address.`,
          `ブロック リスト ${list.name} が {ip} を掲載しているため、受信側のサーバーはそこからのメールを拒否しました。`,
        ),
        cause:
          list.cause ??
          t(
            `${list.name} is a public list that receivers consult; it lists ${list.holds.en}.`,
            `${list.name} は受信側が参照する公開リストで、${list.holds.ja}を掲載しています。`,
          ),
        fix: [YOU.forwardToAdmin],
        adminFix: [YOUR_ADMIN.checkListing, YOUR_ADMIN.checkReputation],
        actions: ["request-delisting", "contact-your-admin"],
      },
    ],
  };
}

export const barracudaBrbl = ipList({
  id: "barracuda-brbl",
  name: "Barracuda Reputation Block List (BRBL)",
  page: "https://www.barracudacentral.org/lookups",
  markers: ["barracudacentral.org", "b.barracudacentral", "barracuda reputation"],
  holds: t(
    "IPs that Barracuda's filters saw sending spam",
    "Barracuda のフィルターが迷惑メールの送信を確認した IP ",
  ),
});

export const spamcop = ipList({
  id: "spamcop",
  name: "SpamCop",
  page: "https://www.spamcop.net/bl.shtml",
  // "SCBL" is the list's own short name (spamcop.net/bl.shtml), which some receivers quote alone
  markers: [
    "bl.spamcop.net",
    "spamcop.net",
    "spamcop",
    "in scbl",
    "on scbl",
    "(scbl)",
    "scbl listed",
  ],
  holds: t(
    "IPs that recipients reported for spam recently; a listing expires by itself about a day after the reports stop",
    "受信者から最近迷惑メールとして報告された IP (報告が止まれば約 1 日で自動的に削除されます) ",
  ),
});

export const uceprotect = ipList({
  id: "uceprotect",
  name: "UCEPROTECT",
  page: "https://www.uceprotect.net/en/rblcheck.php",
  markers: ["uceprotect"],
  holds: t(
    "single IPs that sent to its spam traps (level 1) and, at levels 2 and 3, whole provider networks around them",
    "スパム トラップに送信した個々の IP (レベル 1)、およびレベル 2・3 ではその周囲のプロバイダーのネットワーク全体",
  ),
});

export const invaluement = ipList({
  id: "invaluement",
  name: "Invaluement",
  page: "https://www.invaluement.com/lookup/",
  // Its zones are private (a key before the zone), so replies often name only ivmSIP / ivmURI.
  markers: ["invaluement", "ivmsip", "ivmuri"],
  holds: t("IPs and senders of unwanted bulk mail", "迷惑な大量メールを送る IP や送信者"),
});

export const mailspike = ipList({
  id: "mailspike",
  name: "Mailspike",
  page: "https://mailspike.org/iplookup.html",
  markers: ["mailspike"],
  holds: t("IPs with a poor sending reputation", "送信評価の低い IP "),
});

export const psbl = ipList({
  id: "psbl",
  name: "PSBL (Passive Spam Block List)",
  page: "https://psbl.org/",
  markers: ["psbl.surriel.com", "psbl.org"],
  holds: t("IPs that sent mail to its spam traps", "スパム トラップにメールを送った IP "),
});

export const abusix = ipList({
  id: "abusix",
  name: "Abusix Mail Intelligence",
  page: "https://lookup.abusix.com/",
  markers: ["abusix"],
  holds: t(
    "IPs seen sending spam, infected machines and end-user ranges",
    "迷惑メールを送った IP、感染した端末、エンド ユーザー向けの範囲",
  ),
});

const spamratsList = ipList({
  id: "spamrats",
  name: "SpamRATS",
  page: "https://www.spamrats.com/lookup.php",
  markers: ["spamrats"],
  holds: t(
    "IPs without proper reverse DNS, dynamic ranges and IPs that sent spam",
    "逆引き DNS が適切でない IP、動的な範囲、迷惑メールを送った IP ",
  ),
});

/** Its zones that name the cause first (their markers are longer than the list's own). */
export const spamrats: ProviderCatalog = {
  provider: spamratsList.provider,
  entries: [...SPAMRATS_ZONES, ...spamratsList.entries],
};

export const backscatterer = ipList({
  id: "backscatterer",
  name: "Backscatterer",
  page: "https://www.backscatterer.org/",
  markers: ["backscatterer"],
  reasons: ["blocked"],
  holds: t(
    "mail servers that send bounces or auto-replies to forged senders (backscatter)",
    "偽装された送信者へ配信不能レポートや自動応答を送るメール サーバー (バックスキャッター) ",
  ),
});

export const senderScore = ipList({
  id: "senderscore",
  name: "Validity Sender Score block list",
  page: "https://senderscore.org/",
  markers: ["senderscore"],
  holds: t(
    "IPs whose Sender Score (a reputation from complaints, spam traps and volume) is very low",
    "Sender Score (苦情、スパム トラップ、送信量に基づく評価) が非常に低い IP ",
  ),
});

export const cloudmark = ipList({
  id: "cloudmark",
  name: "Cloudmark Sender Intelligence (CSI)",
  page: "https://csi.cloudmark.com/en/reset/",
  markers: ["cloudmark"],
  holds: t(
    "IPs with a poor reputation in Cloudmark's network of receivers",
    "Cloudmark の受信者ネットワークで評価の低い IP ",
  ),
});

export const trendMicroErs = ipList({
  id: "trendmicro-ers",
  name: "Trend Micro Email Reputation Services (ERS)",
  page: "https://servicecentral.trendmicro.com/en-US/ers/",
  // ERS's lists as replies name them: RBL+, QIL (quick IP lookup), DUL (dynamic user ranges);
  // Deep Discovery Email Inspector's "for RBL+ matches (ERS)" and "for Zombie matches (ERS)".
  markers: [
    "servicecentral.trendmicro.com",
    "ers-dul",
    "ers-qil",
    "ers-rbl",
    "trend micro email reputation",
    "trend micro rbl+",
    "matches (ers)",
    // MAPS, the RBL+ Trend Micro took over: "refused by rbl-plus.mail-abuse.org"
    "mail-abuse.org",
    "mail-abuse.com",
  ],
  holds: t(
    "IPs that Trend Micro saw sending spam, and dynamic end-user ranges that should not send mail directly",
    "Trend Micro が迷惑メールの送信を確認した IP と、直接メールを送るべきでない動的なエンド ユーザー向けの範囲",
  ),
});

export const nixspam = ipList({
  id: "nixspam",
  name: "NiX Spam",
  page: "https://www.nixspam.net/lookup.php",
  markers: ["ix.dnsbl.manitu.net", "nixspam"],
  holds: t("IPs that sent mail to its spam traps", "スパム トラップにメールを送った IP "),
});

export const zeroSpam = ipList({
  id: "0spam",
  name: "0spam",
  page: "https://0spam.org/",
  markers: ["0spam"],
  holds: t("IPs that sent mail to its spam traps", "スパム トラップにメールを送った IP "),
});

export const hostKarma = ipList({
  id: "hostkarma",
  name: "HostKarma (Junk Email Filter)",
  page: "https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists",
  markers: ["hostkarma", "junkemailfilter"],
  holds: t(
    "IPs by the share of spam its filters saw from them",
    "自身のフィルターで観測した迷惑メールの割合によって分類した IP ",
  ),
});

export const droneBl = ipList({
  id: "dronebl",
  name: "DroneBL",
  page: "https://dronebl.org/lookup",
  markers: ["dronebl"],
  holds: t(
    "IPs of infected machines, open proxies and other abused hosts",
    "感染した端末、オープン プロキシなど悪用されたホストの IP ",
  ),
});

export const blocklistDe = ipList({
  id: "blocklist-de",
  name: "blocklist.de",
  page: "https://www.blocklist.de/en/search.html",
  markers: ["blocklist.de"],
  holds: t(
    "IPs that attacked servers (mail, SSH, web logins) of its members",
    "参加者のサーバー (メール、SSH、Web のログイン) を攻撃した IP ",
  ),
});

export const gbudb = ipList({
  id: "gbudb",
  name: "GBUdb (Truncate)",
  page: "https://www.gbudb.com/truncate/",
  markers: ["gbudb"],
  holds: t(
    "IPs that send almost only spam in its members' traffic",
    "参加者が受け取るメールの中で、ほぼ迷惑メールだけを送ってくる IP ",
  ),
});

export const spfbl = ipList({
  id: "spfbl",
  name: "SPFBL",
  page: "https://spfbl.net/en/dnsbl/",
  markers: ["spfbl"],
  holds: t("IPs and senders with a poor reputation", "評価の低い IP や送信者"),
});

/**
 * A list of domains seen in spam: a domain in the message (a link, the sender's) is on it, or the
 * name the sending server greets with (Postfix's reject_rhsbl_helo: "Helo command [name] blocked
 * using multi.uribl.com").
 */
function domainList(list: DomainListData): ProviderCatalog {
  return {
    provider: listIdentity(list),
    entries: [
      {
        id: `${list.id}-listed`,
        code: "",
        texts: [`listed on ${list.name}`],
        markers: list.markers,
        reasons: ["blocked", "spamdetected", "badreputation"],
        temporary: false,
        owner: "your-admin",
        summary: t(
          `The receiving server refused the message because a domain in it (a link's or the sender's) or the name the sending server greets with is on ${list.name}, a list of domains seen in spam.`,
          `メッセージ内のドメイン (リンク先や送信者のドメイン) または送信サーバーが名乗った名前が、迷惑メールで使われたドメインの一覧 ${list.name} に載っているため、受信側のサーバーはメッセージを拒否しました。`,
        ),
        cause: t(
          `${list.name} lists domains that appear in spam: often a link shortener or a compromised web site the message links to.`,
          `${list.name} は迷惑メールに現れるドメインを掲載しています。多くは、メッセージのリンク先の URL 短縮サービスや改ざんされた Web サイトのドメインです。`,
        ),
        fix: [YOU.domainListed, YOU.linkListed],
        adminFix: [
          t(
            "Look up {domain}, the sending server's name and the domains the message links to at {listPage}, and request removal once the cause is fixed.",
            "{listPage} で {domain}、送信サーバーの名前、メッセージのリンク先ドメインを検索し、原因を解消したうえで削除を申請してください。",
          ),
        ],
        actions: ["request-delisting", "contact-your-admin"],
      },
    ],
  };
}

export const surbl = domainList({
  id: "surbl",
  name: "SURBL",
  page: "https://www.surbl.org/surbl-analysis",
  markers: ["surbl.org", "surbl"],
});

export const uribl = domainList({
  id: "uribl",
  name: "URIBL",
  page: "https://admin.uribl.com/",
  markers: ["uribl.com", "uribl"],
});

interface ClosedListData extends DomainListData {
  /** When it closed, as a phrase: "closed in 2024" / "2024 年に閉鎖された". */
  readonly closed: Localized;
  readonly cause: Localized;
  /** It answers "listed" for every address since it closed: the sender's reputation is no part of it. */
  readonly listsEveryone?: true;
}

/**
 * A list that no longer operates: a receiver still naming it refuses by a list that no longer
 * exists (or, for a list that answers "listed" for every address since it closed, refuses every
 * sender), so the fix is the receiver's.
 */
function closedList(list: ClosedListData): ProviderCatalog {
  return {
    provider: listIdentity(list),
    entries: [
      {
        id: `${list.id}-listed`,
        code: "",
        texts: [`listed on ${list.name}`],
        markers: list.markers,
        reasons: ["blocked"],
        temporary: false,
        owner: "recipient-admin",
        summary: t(
          `The receiving server refused mail from {ip} because of the ${list.name} block list, which ${list.closed.en}.`,
          `${list.closed.ja} ${list.name} ブロック リストを理由に、受信側のサーバーは {ip} からのメールを拒否しました。`,
        ),
        cause: list.cause,
        fix: [
          t(
            `Ask the recipient to tell their mail admin that their server still uses the closed ${list.name} list.`,
            `受信側のサーバーが閉鎖された ${list.name} リストをまだ使っていることを、受信者から受信側のメール管理者に伝えてもらってください。`,
          ),
        ],
        adminFix: [
          t(
            `Recipient's admin: remove ${list.name} from the server's block-list checks.`,
            `受信側の管理者: サーバーのブロック リスト参照から ${list.name} を外してください。`,
          ),
          ...(list.listsEveryone ? [] : [YOUR_ADMIN.checkReputation]),
        ],
        actions: ["contact-recipient", "contact-recipient-admin"],
      },
    ],
  };
}

export const sorbs = closedList({
  id: "sorbs",
  name: "SORBS",
  page: "https://en.wikipedia.org/wiki/SORBS",
  markers: ["dnsbl.sorbs.net", "sorbs.net"],
  closed: t("closed in 2024", "2024 年に閉鎖された"),
  cause: t(
    "SORBS no longer operates, so there is no listing to remove; the receiving server still consults it and should stop.",
    "SORBS は運用を終了しており、削除を申請する掲載もありません。受信側のサーバーがまだ参照しており、参照をやめる必要があります。",
  ),
});

/**
 * AHBL (Abusive Hosts Blocking List) closed in 2014 and has answered "listed" for every address
 * and domain since 1 January 2015, so a receiver still using it refuses every sender (its
 * announcement as Validity and Word to the Wise reported it).
 */
export const ahbl = closedList({
  id: "ahbl",
  name: "AHBL",
  page: "https://wordtothewise.com/2015/01/ahbl-wildcards-internet",
  markers: ["dnsbl.ahbl.org", "rhsbl.ahbl.org", "ahbl.org"],
  listsEveryone: true,
  closed: t(
    "closed in 2014 and since 2015 lists every address",
    "2014 年に閉鎖され、2015 年からはすべてのアドレスを掲載扱いにしている",
  ),
  cause: t(
    'AHBL no longer operates: since 1 January 2015 it answers "listed" for every address and domain, so a server that still consults it refuses every sender. Nothing about your server caused it, and there is no listing to remove.',
    "AHBL は運用を終了しており、2015 年 1 月 1 日からはすべてのアドレスとドメインについて「掲載あり」と返します。まだ参照しているサーバーはすべての送信者を拒否します。あなたのサーバーが原因ではなく、削除を申請する掲載もありません。",
  ),
});

/**
 * Any other DNS block list, named in the reply's own words (Postfix "Client host [ip] blocked using
 * zone", Exim "is in a black list at zone", Sendmail "Rejected: ip listed at zone"), or left
 * unnamed ("[ip] is in an RBL", cPanel's "JunkMail rejected"; "Your IP ... is in RBL"): the
 * sending IP is on it. Tried after every list above.
 */
const ANY_LIST_MARKERS = [
  "blocked using",
  // the same refusal as a deferral while a dynamic listing lasts (Trend Micro's Email Reputation
  // Services answer 450 for its dynamic "Quick IP List": "Client host [ip] deferred using qil.…")
  "deferred using",
  "in a black list at",
  "in a blacklist at",
  "listed at",
  "dnsbl",
  "is in an rbl",
  // spamdyke's "Your IP address is listed in the RBL at ZONE"
  "listed in the rbl at",
  // a receiver's own words for the same check ("was found in a DNS blacklist database")
  "dns blacklist",
  "dns blocklist",
  "dns block list",
  // a list named only by its kind, as the refusal's whole cause: "554 rbl deny." and "550 black
  // ip." (a Chinese mail system's published replies, blog.sina.com.cn/s/blog_8dc13ec50101fxxr),
  // GoDaddy's "RBL Reject" for its own list (when its host is not named), "Rejected by RBL", "IP
  // in RBL", FortiMail's "connection black ip": they fell to the registry's 5.0.0, the recipient's
  // admin's
  "rbl deny",
  "rbl reject",
  "by rbl",
  "in rbl",
  "black ip",
];

export const anyBlockList: ProviderCatalog = {
  provider: {
    id: "dnsbl",
    name: "DNS block list",
    page: "https://en.wikipedia.org/wiki/Domain_Name_System_blocklist",
    hosts: [],
    markers: ANY_LIST_MARKERS,
    domains: [],
    kind: "blocklist",
    anyList: true,
  },
  entries: [
    {
      id: "dnsbl-listed",
      title: "Sending IP blocked using a block list",
      code: "",
      texts: [
        "Client host [<ip>] blocked using <list>",
        "Client host [<ip>] deferred using <list>",
      ],
      markers: ANY_LIST_MARKERS,
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "The receiving server refused mail from {ip} because a block list it consults[[ ({list})]] lists that IP address.",
        "受信側のサーバーが参照するブロック リスト[[ ({list}) ]]が {ip} を掲載しているため、そこからのメールは拒否されました。",
      ),
      cause: t(
        "Receivers look up each connecting IP in DNS block lists, which list IPs seen sending spam, infected machines, or ranges that should not send mail directly. The fix is on the sending side: the listing, not the recipient.",
        "受信側は接続してきた IP を DNS ブロック リストで照会します。リストには迷惑メールを送った IP、感染した端末、直接メールを送るべきでない範囲が載っています。対処が必要なのは送信側 (掲載の原因) で、受信者ではありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Look {ip} up on the web site of {list}, fix what got it listed (often an infected machine, an open relay or a missing PTR name), then request removal there.",
          "{list} の Web サイトで {ip} を検索し、掲載の原因 (感染した端末、オープン リレー、PTR 名の欠如が多い) を解消してから、そこで削除を申請してください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
  ],
};

/** Vade's own list, which the mailbox providers it filters for (EarthLink and others on its hosted platform) name. */
export const vadeThreatList = ipList({
  id: "vade-threat-list",
  name: "Vade Threat Network List",
  page: "https://postmaster-earthlink.vadesecure.com/inbound_error_codes",
  markers: ["vade threat list", "vade threat network"],
  holds: t(
    "IPs that Vade's filters saw sending spam, malware or phishing",
    "Vade のフィルターが迷惑メール、マルウェア、フィッシングの送信を確認した IP ",
  ),
});

/**
 * Microsoft 365's own IP block list as Exchange Online Protection names it in a refusal
 * ("blocked using Blocklist 1; To request removal ... delist@messaging.microsoft.com"): removal goes
 * through Microsoft, not a public list's site.
 */
export const microsoftBlockList = ipList({
  id: "microsoft-blocklist",
  name: "Microsoft 365 IP block list",
  page: "https://sender.office.com/",
  markers: ["blocked using blocklist 1", "delist@messaging.microsoft.com"],
  holds: t(
    "IPs that Microsoft's filters (Exchange Online Protection) saw sending spam or other abuse",
    "Microsoft のフィルター (Exchange Online Protection) が迷惑メールなどの悪用を確認した IP ",
  ),
  cause: t(
    "This is Microsoft's own list, which Microsoft 365 checks for every organization it receives mail for: it holds IPs that its filters saw sending spam or other abuse. Microsoft removes an IP on request in its delist portal, once the cause is fixed.",
    "これは Microsoft 独自のリストで、Microsoft 365 が受信するすべての組織のメールに適用されます。Microsoft のフィルターが迷惑メールなどの悪用を確認した IP が載ります。原因を解消したうえで、Microsoft の登録解除ポータルで申請すれば削除されます。",
  ),
});

export const lashback = ipList({
  id: "lashback",
  name: "LashBack Unsubscribe Blacklist (UBL)",
  page: "https://lashback.com/support/UnsubscribeBlacklistSupport.aspx",
  markers: ["ubl.unsubscore.com", "unsubscore", "lashback"],
  holds: t(
    "IPs that sent mail to addresses taken from unsubscribe (suppression) lists: a sign that a list was bought or unsubscribes are not honoured",
    "配信停止 (抑制) リストから取られたアドレスにメールを送った IP (購入したリストを使っているか、配信停止の依頼が守られていない兆候です) ",
  ),
});

export const nordspam = ipList({
  id: "nordspam",
  name: "NordSpam",
  page: "https://www.nordspam.com/",
  markers: ["bl.nordspam.com", "nordspam"],
  holds: t(
    "IPs it saw sending spam, phishing or other abuse, mostly aimed at Nordic and European users; removal is by request only",
    "主に北欧・欧州の利用者に向けて迷惑メールやフィッシングなどを送った IP (削除は申請によってのみ行われます) ",
  ),
});

export const nordspamDomains = domainList({
  id: "nordspam-dbl",
  name: "NordSpam DBL",
  page: "https://www.nordspam.com/",
  markers: ["dbl.nordspam.com"],
});

export const OTHER_BLOCK_LISTS: readonly ProviderCatalog[] = [
  barracudaBrbl,
  spamcop,
  uceprotect,
  invaluement,
  mailspike,
  psbl,
  abusix,
  spamrats,
  backscatterer,
  senderScore,
  cloudmark,
  trendMicroErs,
  nixspam,
  zeroSpam,
  hostKarma,
  droneBl,
  blocklistDe,
  gbudb,
  spfbl,
  vadeThreatList,
  surbl,
  uribl,
  sorbs,
  microsoftBlockList,
  lashback,
  // the domain list first: its zone (dbl.nordspam.com) holds the IP list's (bl.nordspam.com)
  nordspamDomains,
  nordspam,
  ahbl,
  // last: the catch-all for a list none of the above describes
  anyBlockList,
];
