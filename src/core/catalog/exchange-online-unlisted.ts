// Source: Exchange Online's (and Exchange's) own replies and reports for codes its NDR table
// (seed 000) does not list: the code it gives up with when the retries of a table row run out
// (the table has 4.4.316 "Connection refused", not "550 5.4.316 Message expired, connection
// refused"), and the temporary error its front-end proxy answers with ("Temporary server error.
// Please try again later. PRX4"), as people quote them from their reports and logs. Kept apart
// from the seed entries; the words are our own.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

export const exchangeOnlineUnlisted: readonly CatalogEntry[] = [
  {
    id: "exo-5.4.316-expired-connection-refused",
    code: "5.4.316",
    texts: ["Message expired, connection refused"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "Microsoft 365 gave up on your message: for the whole time it kept trying, the recipient's mail server refused every connection.",
      "Microsoft 365 はメッセージの配信をあきらめました。再試行を続けた間ずっと、受信者のメール サーバーがすべての接続を拒否しました。",
    ),
    cause: t(
      "The recipient's mail server (or a firewall in front of it) refuses connections on port 25: it is down, moved without its MX record being updated, or blocks Microsoft 365. The problem is at the destination, outside Microsoft 365.",
      "受信者のメール サーバー (またはその手前のファイアウォール) がポート 25 への接続を拒否しています。停止している、MX レコードを更新しないまま移転した、または Microsoft 365 を遮断している、といった原因です。問題は Microsoft 365 の外側、宛先にあります。",
    ),
    fix: [SENDER.askRecipientAdmin, SENDER.retryLater],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.checkDns],
    actions: ["contact-recipient-admin", "retry-later"],
  },
  {
    id: "exo-4.7.0-temporary-server-error",
    code: "4.7.0",
    texts: ["Temporary server error. Please try again later"],
    byTextOnly: true,
    source: "both",
    temporary: true,
    owner: "nobody",
    summary: t(
      "A Microsoft mail server had a temporary internal error while taking your message (or your program's sign-in), so it asked to try again later.",
      "Microsoft のメール サーバーがメッセージ (またはプログラムのサインイン) を受け取る途中で一時的な内部エラーになり、後で再試行するよう求めました。",
    ),
    cause: t(
      "PRX in the reply marks the front end that passes each connection on to the servers holding the mailboxes; when that hand-off fails it answers with this temporary error. A short spell clears by itself; one that lasts for hours points at the service (Microsoft 365 service health) or at the organization's own setup (an Exchange server, its connectors or its accepted domains).",
      "応答中の PRX は、接続をメールボックスのあるサーバーへ引き渡すフロント エンドを表します。この引き渡しに失敗すると、この一時エラーを返します。短時間なら自然に解消します。何時間も続く場合は、サービス側 (Microsoft 365 のサービス正常性) か、組織側の構成 (Exchange サーバー、コネクタ、承認済みドメイン) に問題があります。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If it lasts for hours: check Service health in the Microsoft 365 admin center; for your own Exchange servers, check the front-end transport service, the connectors and that the recipient's domain is an accepted domain.",
        "何時間も続く場合は、Microsoft 365 管理センターの「サービス正常性」を確認してください。自組織の Exchange サーバーであれば、フロント エンド トランスポート サービス、コネクタ、宛先ドメインが承認済みドメインであることを確認してください。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
];
