// What a mailbox provider's refusal means when it gives no reason (AOL's "421 Connection went
// away", "550 Action not taken"): the provider runs the mailbox itself, so there is no recipient's
// admin who could act; its bare refusals are its filters' verdict on the sending server or the
// message, and a bare deferral mostly passes. One meaning for every provider with mailboxes of its
// own (`domains`); {provider} is its name. When it applies is decided in ../match.ts.
import type { CatalogEntry } from "../types";
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";

const cause = t(
  "{provider} hosts this mailbox itself and gave no reason. A large mailbox provider refuses or defers mail without words mostly when its filters distrust the sending server (its IP's reputation, volume or complaints, missing SPF, DKIM or DMARC) or the message looks like spam; the recipient has no admin who could change that.",
  "{provider} はこのメールボックスを自ら運用しており、理由を示していません。大手のメール サービスが理由を付けずに拒否・保留するのは、多くの場合、送信サーバーを信用していない (IP の評価、送信量や苦情、SPF・DKIM・DMARC の不足) か、メッセージが迷惑メールに見える場合です。受信者の側に、これを変えられる管理者はいません。",
);

const checkSender = [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkDkim, YOUR_ADMIN.checkReputation];

export const UNEXPLAINED: {
  readonly deferred: CatalogEntry;
  readonly refused: CatalogEntry;
} = {
  deferred: {
    id: "mailbox-provider-unexplained-deferred",
    code: "4.x.x",
    texts: ["Deferred by the mailbox provider without a reason"],
    source: "provider",
    temporary: true,
    owner: "nobody",
    summary: t(
      "{provider} put off the message without saying why.",
      "{provider} は理由を示さずにメッセージの受け取りを保留しました。",
    ),
    cause,
    fix: [YOU.retryLater],
    adminFix: [MAILBOX.fewerConnections, ...checkSender],
    actions: ["retry-later"],
    lastingDeferral: "sending-side",
  },
  refused: {
    id: "mailbox-provider-unexplained",
    code: "5.x.x",
    texts: ["Refused by the mailbox provider without a reason"],
    source: "provider",
    temporary: false,
    owner: "your-admin",
    summary: t(
      "{provider} refused the message without saying why. It runs the recipient's mailbox itself, so the fix is on the sending side: your sending server's standing or authentication, or the message's content.",
      "{provider} は理由を示さずにメッセージを拒否しました。受信者のメールボックスは {provider} 自身が運用しているため、直すべきは送信側 (送信サーバーの評価や認証、またはメッセージの内容) です。",
    ),
    cause,
    fix: [
      YOU.forwardToAdmin,
      t(
        "Meanwhile, try a plain, short version without links or attachments; if that is refused too, reach the recipient another way (phone, chat, another address).",
        "その間に、リンクや添付ファイルのない短く簡潔な文面で送ってみてください。それも拒否される場合は、電話やチャット、別のアドレスなど他の手段で受信者に連絡してください。",
      ),
    ],
    adminFix: checkSender,
    actions: ["contact-your-admin", "check-spf-dkim-dmarc"],
  },
};
