// sendmail's local delivery failure of a mailbox over its disk quota, as a Japanese hosting service
// documents it for senders (おまかせサーバ's FAQ, member.omakase.jp/support/faq/tech.html: "Can't
// create output"). Found by its words, not by a host. sendmail's "Relaying denied" keeps the
// engine's own meaning (reason-meanings.ts), since receivers write it too; its POP before SMTP
// refusals are in ./pop-before-smtp.ts. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import { RECIPIENT_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const sendmail: ProviderCatalog = {
  provider: {
    id: "sendmail",
    name: "sendmail",
    page: "https://member.omakase.jp/support/faq/tech.html",
    hosts: [],
    markers: [
      "please receive your mail before sending",
      "relay operation rejected",
      "can't create output",
    ],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "sendmail-cant-create-output",
      title: "Can't create output",
      code: "",
      texts: ["Can't create output"],
      reasons: ["mailboxfull"],
      page: "https://member.omakase.jp/support/faq/tech.html",
      owner: "recipient",
      temporary: false,
      summary: t(
        "The recipient's mail server could not write your message into their mailbox, most often because the mailbox has used up its disk space.",
        "受信側のメール サーバーは、受信者のメールボックスにメッセージを書き込めませんでした。多くの場合、メールボックスのディスク容量を使い切っていることが原因です。",
      ),
      cause: t(
        "The server accepted the message, then failed to store it. On hosting servers this is what a full mailbox quota looks like, typically when the recipient's mail app leaves every message on the server.",
        "サーバーはメッセージを受け付けた後、保存に失敗しました。ホスティング サーバーでは、メールボックスの容量の上限に達したときにこう表示されます。受信者のメール アプリがすべてのメッセージをサーバーに残す設定になっていることがよくある原因です。",
      ),
      fix: [SENDER.tellMailboxFull, SENDER.resendAfterRoom],
      adminFix: [RECIPIENT_ADMIN.freeSpace],
      actions: ["contact-recipient"],
    },
  ],
};
