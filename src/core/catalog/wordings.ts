// Meanings known by words any server may write, not one provider's: no code, registry or table
// names them. Greylisting (postgrey, Exim's and Rspamd's greylisting, many appliances) answers
// with whatever code its software picks (450 4.2.0, 451 4.7.1, 421 4.7.0), so the code's own
// registry meaning ("mailbox status", "security") would mislead; the explanations are our own words.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER } from "./steps";

export const WORDING_ENTRIES: readonly CatalogEntry[] = [
  {
    id: "greylisting",
    code: "",
    texts: ["Greylisted", "greylist", "graylist", "grey-list", "gray-list"],
    source: "wording",
    temporary: true,
    owner: "nobody",
    summary: t(
      "The receiving server turned the message away for now because it does not know the sending server yet (greylisting); a mail server that tries again after a few minutes is then let through.",
      "受信側のサーバーは、まだ知らない送信サーバーからのメールをいったん断りました (グレーリスティング)。数分おいて再試行してきたメール サーバーは、その後受け付けられます。",
    ),
    cause: t(
      "Greylisting defers the first attempt from an unfamiliar combination of sending server, sender and recipient, and accepts a retry that comes after a set wait. A deferral that never clears means the retries did not count: they came from another IP address of a pool, came too soon, or stopped before the wait was over.",
      "グレーリスティングは、送信サーバー・送信者・宛先の組み合わせが初めての配信をいったん保留し、決められた時間をおいた再試行を受け付けます。いつまでも解消しない場合は、再試行が数えられていません。プールの別の IP アドレスから来た、早すぎた、または待ち時間が過ぎる前に再試行をやめた、などが原因です。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If the deferral never clears, have the sending server retry from the same IP address and keep the message queued for at least a few hours; the recipient's admin can exempt your server from greylisting.",
        "保留が解消しない場合は、送信サーバーが同じ IP アドレスから再試行し、少なくとも数時間はメッセージをキューに残すようにしてください。受信側の管理者は、あなたのサーバーをグレーリスティングの対象から外せます。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
];
