// SpamRATS' zones that name why an address is listed, as its pages publish them
// (spamrats.com/lists.php: RATS-Dyna is dyna.spamrats.com, RATS-NoPtr noptr.spamrats.com;
// spamrats.com/about.php): both hold addresses seen connecting to providers' mail servers too
// often or trying many unknown users, RATS-NoPtr those with no reverse DNS name, RATS-Dyna those
// whose name follows the pattern of a home or dynamic connection. A refusal that names the zone
// says the cause, which the list-wide entry (blocklists.ts) can only list among others. Our words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderEntry } from "./types";

/** After the PTR step: the listing goes on request. */
const removalOncePtrSet = t(
  "Once the PTR name is in place, request the removal of {ip} at {listPage}.",
  "PTR 名を設定したら、{listPage} で {ip} の削除を申請してください。",
);

export const SPAMRATS_ZONES: readonly ProviderEntry[] = [
  {
    id: "spamrats-noptr",
    code: "",
    texts: ["listed on RATS-NoPtr (SpamRATS)"],
    markers: ["noptr.spamrats.com", "rats-noptr"],
    reasons: ["blocked", "requireptr"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused mail from {ip} because it is on RATS-NoPtr, SpamRATS' list of sending addresses that have no reverse DNS (PTR) name.",
      "{ip} が、逆引き DNS (PTR) 名のない送信アドレスを集めた SpamRATS の RATS-NoPtr に載っているため、受信側のサーバーはそこからのメールを拒否しました。",
    ),
    cause: t(
      "RATS-NoPtr lists addresses without a PTR name that were seen connecting to providers' mail servers abusively often or trying many unknown addresses, as bots do; a real mail server is expected to have a PTR name.",
      "RATS-NoPtr は、PTR 名がなく、ボットのようにプロバイダーのメール サーバーへ過剰に接続したり存在しない宛先を多数試したりしたアドレスを掲載しています。正規のメール サーバーには PTR 名があることが求められます。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [YOUR_ADMIN.checkPtr, removalOncePtrSet],
    actions: ["request-delisting", "contact-your-admin"],
  },
  {
    id: "spamrats-dyna",
    code: "",
    texts: ["listed on RATS-Dyna (SpamRATS)"],
    markers: ["dyna.spamrats.com", "rats-dyna"],
    reasons: ["blocked"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused mail from {ip} because it is on RATS-Dyna, SpamRATS' list of addresses whose reverse DNS name marks a home or dynamic connection, not a mail server.",
      "{ip} が、逆引き DNS 名からメール サーバーではなく家庭向けや動的な回線とみなされるアドレスを集めた SpamRATS の RATS-Dyna に載っているため、受信側のサーバーはそこからのメールを拒否しました。",
    ),
    cause: t(
      "RATS-Dyna lists addresses whose PTR name follows a generic pattern of an internet provider's customer ranges (the address's digits, or words such as dyn, dsl or pool) and that were seen connecting to providers' mail servers abusively often or trying many unknown addresses.",
      "RATS-Dyna は、PTR 名がインターネット プロバイダーの利用者向けアドレスの汎用的な命名パターン (アドレスの数字や dyn、dsl、pool などの語を含む名前) に当てはまり、プロバイダーのメール サーバーへ過剰に接続したり存在しない宛先を多数試したりしたアドレスを掲載しています。",
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Send mail through your internet or hosting provider's mail server (smart host) instead of straight from {ip}; or, if {ip} is the static address of a real mail server, give it a PTR name of the server's own, one that resolves back to {ip} and holds no generic pattern, then request its removal at {listPage}.",
        "{ip} から直接ではなく、インターネット プロバイダーやホスティング事業者のメール サーバー (スマート ホスト) を経由して送ってください。{ip} が正規のメール サーバーの固定アドレスであれば、汎用的なパターンを含まず正引きで {ip} に戻る、そのサーバー自身の PTR 名を設定してから、{listPage} で削除を申請してください。",
      ),
    ],
    actions: ["request-delisting", "contact-your-admin"],
  },
];
