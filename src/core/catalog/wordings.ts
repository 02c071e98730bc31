// Meanings known by words any server may write, not one provider's: no code, registry or table
// names them. Greylisting (postgrey, Exim's and Rspamd's greylisting, many appliances) answers
// with whatever code its software picks (450 4.2.0, 451 4.7.1, 421 4.7.0), so the code's own
// registry meaning ("mailbox status", "security") would mislead. A refusal of a message whose
// header breaks RFC 5322 (Gmail, Yahoo, Outlook.com and others enforce it since 2024) comes under
// 5.7.0, 5.7.1, 5.6.0 or 5.0.0, whose registry meanings say security or nothing. The explanations
// are our own words.
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
  {
    id: "rfc5322-noncompliant",
    code: "",
    texts: [
      "RFC 5322 compliant",
      "RFC5322 compliant",
      "comply with RFC 5322",
      "RFC 2822 compliant",
    ],
    source: "wording",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "The receiving server refused the message because its header does not follow the standard format of an email (RFC 5322).",
      "メッセージのヘッダーがメールの標準形式 (RFC 5322) に従っていないため、受信側のサーバーはメッセージを拒否しました。",
    ),
    cause: t(
      "Large mailbox providers turn away messages with a malformed header: no From, or more than one; a From without a valid address; a missing Date or Message-ID; a header that may appear only once given twice. Such messages usually come from an application, a script, a device or a forwarding service, not from Outlook itself.",
      "大手のメールボックス事業者は、ヘッダーの形式が正しくないメッセージを受け付けません。From がない、または複数ある、From に有効なアドレスがない、Date や Message-ID がない、1 つだけのはずのヘッダーが 2 つある、といった場合です。このようなメッセージは、Outlook 自体ではなく、アプリケーション、スクリプト、機器、転送サービスから送られたものがほとんどです。",
    ),
    fix: [SENDER.askYourAdmin],
    adminFix: [
      t(
        "Look at the returned message's header, find the software that wrote it, and make it write exactly one From with a valid address, a Date and a Message-ID, and no header twice that may appear once.",
        "返送されたメッセージのヘッダーを確認して、それを作成したソフトウェアを特定し、有効なアドレスを持つ From を 1 つだけ、Date と Message-ID を書き、1 つだけのはずのヘッダーを重複させないようにしてください。",
      ),
    ],
    actions: ["contact-your-admin"],
  },
];
