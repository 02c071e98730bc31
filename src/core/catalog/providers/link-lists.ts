// Source: the domain lists' own descriptions (surbl.org, uribl.com, spamhaus.org/dbl: lists of
// domains that appear in spam, checked against the links in a message) and the words receivers and
// filters write when the listed domain is a link in the message: SpamExperts' "A URL in this email
// (...) is listed on ...", cPanel's outgoing SpamAssassin scan "(URIBL domains: ...)", SpamAssassin's
// rule names and descriptions (URIBL_BLACK "Contains an URL listed in the URIBL blacklist",
// URIBL_DBL_SPAM, URIBL_ABUSE_SURBL). The same lists' hits on the sender's domain or the sending
// server's name stay with the lists' own entries (spamhaus.ts, blocklists.ts): those are the
// sending side's standing, your admin's; a link is the message's content, yours.
import { t } from "../types";
import type { ProviderCatalog } from "./types";

/** Words that say the listed domain is a link (URL, URI) in the message, whatever list names it. */
const LINK_MARKERS = [
  "url in this email",
  "url in this message",
  "url in the message",
  "url in your message",
  "contains a url listed",
  "contains an url listed",
  "contains a spam url listed",
  "contains a uri listed",
  "uri listed on",
  "url listed in",
  "blacklisted url",
  "blocklisted url",
  "uribl domains",
  "uribl_black",
  "uribl_dbl_",
  "uribl_abuse_surbl",
  "uribl_ph_surbl",
  "uribl_mw_surbl",
];

export const linkOnDomainList: ProviderCatalog = {
  provider: {
    id: "link-dnsbl",
    name: "Domain block list (a link in the message)",
    page: "https://en.wikipedia.org/wiki/Domain_Name_System_blocklist#URI_DNSBLs",
    hosts: [],
    markers: LINK_MARKERS,
    domains: [],
    kind: "blocklist",
    // It names no list of its own: the list is the one the reply names, found by its own markers.
    anyList: true,
  },
  entries: [
    {
      id: "link-dnsbl-listed",
      title: "A link in the message is on a domain block list",
      code: "",
      texts: ["A URL in this email (<domain>) is listed on <list>"],
      markers: LINK_MARKERS,
      reasons: ["spamdetected", "blocked"],
      temporary: false,
      owner: "you",
      summary: t(
        "The server refused the message because a link in it points to a domain on a block list of domains seen in spam[[ ({list})]].",
        "メッセージ内のリンク先のドメインが、迷惑メールで使われたドメインのブロック リスト[[ ({list}) ]]に載っているため、サーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "Domain lists are checked against every link in a message, the signature's included: an old short link, a link shortener or a site that was once compromised is enough. The sending server's standing is not in question.",
        "ドメインのリストは、署名を含むメッセージ内のすべてのリンクと照合されます。古い短縮リンク、短縮 URL サービス、過去に改ざんされたサイトへのリンクだけでも該当します。送信サーバーの評価が問われているわけではありません。",
      ),
      fix: [
        t(
          "Find the link the reply names (look in your signature too), remove it or replace it with the site's current address, and send again.",
          "応答に示されたリンクを (署名の中も) 探し、削除するかサイトの現在のアドレスに置き換えてから送り直してください。",
        ),
      ],
      adminFix: [
        t(
          "If the listed domain is your organization's, look it up[[ at {listPage}]], clean the site and request removal.",
          "掲載されたドメインが自組織のものなら、[[{listPage} で]]検索し、サイトの問題を解消してから削除を申請してください。",
        ),
      ],
      actions: ["request-delisting"],
    },
  ],
};
