// policyd-weight, a Postfix policy server that scores each connection by DNS and block list checks
// before the message is sent, in its own reply words (its default configuration's $REJECTMSG "550
// Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX
// settings or to get removed from DNSBLs", with the failed checks appended, "MTA helo: ..., MTA
// hostname: ... (helo/hostname mismatch)"; its deferral when the client, its HELO name and the sender
// domain have no DNS records at all; and its cache's deferral of a client it refused a moment ago,
// "temporarily blocked because of previous errors - retrying too fast", as Postfix logs and the
// Debian bug #641227 notice quote them). Postfix answers each after its own prefix ("Client host
// rejected:" or "Recipient address rejected:"), under 450 or 550 as the site sets it, so the class
// decides the flag. Found by its words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { deferredAndRefused } from "./build";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.policyd-weight.org/";
const SPAM_OR_FORGED = "mail appeared to be spam or forged";
const NO_DNS = "no dns entries for your mta, helo and domain";
const RETRYING_TOO_FAST = "temporarily blocked because of previous errors";

// Postfix gives a policy server's answer its class's enhanced code (x.7.1); a bare code reads as x.0.0
const CODES = { deferred: "4.7.1/4.0.0", refused: "5.7.1/5.0.0" };

const FIX_DNS_AND_HELO = t(
  "Give the sending server a full host name in DNS and greet with it (HELO), make {ip}'s reverse DNS point to that name, publish MX or A records for the sender domain, and check {ip} on the public block lists.",
  "送信サーバーに DNS 上の完全なホスト名を付けてその名前で挨拶 (HELO) し、{ip} の逆引き DNS がその名前を指すようにし、送信者ドメインに MX または A レコードを公開し、{ip} が公開ブロック リストに載っていないか確認してください。",
);

export const policydWeight: ProviderCatalog = {
  provider: {
    id: "policyd-weight",
    name: "policyd-weight",
    page: PAGE,
    hosts: [],
    markers: [SPAM_OR_FORGED, NO_DNS, RETRYING_TOO_FAST],
    domains: [],
    kind: "receiver",
  },
  entries: [
    ...deferredAndRefused(CODES, {
      id: "policyd-weight-spam-or-forged",
      title: "Sending server scored as spam or forged by its DNS and block lists (policyd-weight)",
      texts: ["Mail appeared to be SPAM or forged"],
      markers: [SPAM_OR_FORGED],
      reasons: ["blocked"],
      owner: "your-admin",
      summary: t(
        "The receiving server (its policyd-weight filter) refused your server[[ ({ip})]] before the message was sent: checks of its DNS names and of public block lists added up to a score it treats as spam or forged mail.",
        "受信側のサーバー (policyd-weight フィルター) は、メッセージの送信前にあなたのサーバー[[ ({ip}) ]]を拒否しました。DNS 上の名前と公開ブロック リストの検査の合計点が、迷惑メールまたは偽装メールとみなす値に達しました。",
      ),
      cause: t(
        "policyd-weight adds points when the name the server greets with (HELO) does not match its reverse DNS, when the sender domain's MX or A records do not point near the sending IP address, and when the IP address is on DNS block lists; the reply lists the checks that failed (for example \"helo/hostname mismatch\"). It is about the sending server's DNS and reputation, not the message.",
        'policyd-weight は、サーバーが挨拶 (HELO) で名乗る名前が逆引き DNS と一致しない、送信者ドメインの MX や A レコードが送信元 IP アドレスの近くを指していない、IP アドレスが DNS ブロック リストに載っている、といった場合に点数を加えます。応答には失敗した検査が並びます (例: "helo/hostname mismatch")。メッセージではなく、送信サーバーの DNS と評価の問題です。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [FIX_DNS_AND_HELO, YOUR_ADMIN.setHeloName],
      actions: ["contact-your-admin", "copy-summary"],
    }),
    ...deferredAndRefused(CODES, {
      id: "policyd-weight-no-dns",
      title:
        "No DNS records for the sending server, its HELO name or the sender domain (policyd-weight)",
      texts: ["No DNS entries for your MTA, HELO and Domain"],
      markers: [NO_DNS],
      reasons: ["blocked"],
      owner: "your-admin",
      summary: t(
        "The receiving server (its policyd-weight filter) turned your server[[ ({ip})]] away because it found no DNS records for it: neither for its IP address, nor for the name it greeted with (HELO), nor for the sender domain.",
        "受信側のサーバー (policyd-weight フィルター) は、あなたのサーバー[[ ({ip}) ]]について DNS レコードを見つけられなかったため、受け付けませんでした。IP アドレスにも、挨拶 (HELO) で名乗った名前にも、送信者ドメインにもレコードがありませんでした。",
      ),
      cause: t(
        "A server with no reverse DNS, greeting with a name that does not exist and sending for a domain without MX or A records looks like a hijacked machine. Retries keep failing until the records exist (or a DNS outage on either side ends).",
        "逆引き DNS がなく、存在しない名前で挨拶し、MX や A レコードのないドメインを送信者として送るサーバーは、乗っ取られた端末のように見えます。レコードが用意される (またはどちらかの側の DNS 障害が終わる) まで、再試行しても失敗が続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [FIX_DNS_AND_HELO, YOUR_ADMIN.checkPtr],
      actions: ["contact-your-admin", "copy-summary"],
    }),
    ...deferredAndRefused(CODES, {
      id: "policyd-weight-retrying-too-fast",
      title: "Sending server refused a moment ago and retrying too soon (policyd-weight)",
      texts: ["temporarily blocked because of previous errors - retrying too fast"],
      markers: [RETRYING_TOO_FAST],
      reasons: ["blocked"],
      owner: "your-admin",
      summary: t(
        "The receiving server (its policyd-weight filter) refused your server[[ ({ip})]] a short while ago and keeps refusing it until a penalty time has passed.",
        "受信側のサーバー (policyd-weight フィルター) は少し前にあなたのサーバー[[ ({ip}) ]]を拒否しており、一定のペナルティ時間が過ぎるまで拒否し続けます。",
      ),
      cause: t(
        "policyd-weight remembers the servers it scored as spam or forged; a retry within the penalty time is refused without a new check. The first refusal's cause (the server's DNS names, HELO or a block list listing) is what to fix.",
        "policyd-weight は、迷惑メールまたは偽装と判定したサーバーを記憶しています。ペナルティ時間内の再試行は、検査し直されることなく拒否されます。直すべきは最初の拒否の原因 (サーバーの DNS 上の名前、HELO、ブロック リストへの掲載) です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [FIX_DNS_AND_HELO, YOUR_ADMIN.slowDown],
      actions: ["contact-your-admin", "copy-summary"],
    }),
  ],
};
