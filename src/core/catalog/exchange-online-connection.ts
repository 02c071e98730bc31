// Source: Microsoft Learn, "Mail flow intelligence in EOP" (defender-office-365/
// connectors-mail-flow-intelligence): the errors Microsoft 365 queues a message with when the
// destination's server will not take it, rows the NDR table (seed 000) lacks. "450 4.4.317 Cannot
// connect to remote server": it reached the destination's server, which answered at once with an
// error ("Service not available", a socket error) or does not meet the connection's requirements
// (TLS required but not offered); the certificate cases keep their own entries
// (exchange-online-temporary.ts, exchange-online-unlisted.ts). "450 4.4.318 Connection was closed
// abruptly": the destination's server or a firewall in front of it dropped the session. And the
// give-up of the first, '550 5.4.317 Message expired, cannot connect to remote server(451 4.4.0
// Socket error SocketError)', quoted in a Server Fault question (snapoverflow.com/server/question/
// 1091875). In every case the fault is at the destination, outside Microsoft 365.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

const CANNOT_CONNECT_CAUSE = t(
  "Microsoft 365 reached the recipient's mail server, but that server answered straight away with an error (for example that its service is not available, or a broken connection) or did not meet what the connection needs (for example TLS, when the connection requires it). The problem is at the destination, outside Microsoft 365.",
  "Microsoft 365 は受信側のメール サーバーに接続できましたが、そのサーバーがすぐにエラー (サービスを利用できない、接続が切れたなど) を返したか、接続に必要な条件 (接続で TLS が必須の場合の TLS など) を満たしていませんでした。問題は Microsoft 365 の外側、宛先にあります。",
);

export const exchangeOnlineConnection: readonly CatalogEntry[] = [
  {
    id: "exo-4.4.317-cannot-connect",
    code: "4.4.317",
    texts: ["Cannot connect to remote server"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "Microsoft 365 could not hand your message to the recipient's mail server: the server answered with an error or did not meet the connection's requirements.",
      "Microsoft 365 は受信側のメール サーバーにメッセージを渡せませんでした。サーバーがエラーを返したか、接続の条件を満たしていませんでした。",
    ),
    cause: CANNOT_CONNECT_CAUSE,
    fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.checkTls],
    actions: ["wait-for-retry", "contact-recipient-admin"],
  },
  {
    id: "exo-5.4.317-expired-cannot-connect",
    code: "5.4.317",
    texts: ["Message expired, cannot connect to remote server"],
    source: "exchange-online",
    temporary: false,
    owner: "recipient-admin",
    summary: t(
      "Microsoft 365 gave up on your message: for the whole time it kept trying, the recipient's mail server answered with an error or did not meet the connection's requirements.",
      "Microsoft 365 はメッセージの配信をあきらめました。再試行していた間ずっと、受信側のメール サーバーがエラーを返したか、接続の条件を満たしていませんでした。",
    ),
    cause: CANNOT_CONNECT_CAUSE,
    fix: [SENDER.expiredTellRecipient, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer, ADMIN.checkTls],
    actions: ["contact-recipient-admin", "retry-later"],
  },
  {
    id: "exo-4.4.318-connection-closed",
    code: "4.4.318",
    texts: ["Connection was closed abruptly"],
    source: "exchange-online",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The connection to the recipient's mail server broke off in the middle of delivery.",
      "受信側のメール サーバーとの接続が配信の途中で切れました。",
    ),
    cause: t(
      "The recipient's mail server, or a firewall in front of it, dropped the connection: a firewall that inspects SMTP and misbehaves, a server that hangs or runs short of resources, or a network problem on the way. The problem is at the destination, outside Microsoft 365.",
      "受信側のメール サーバー、またはその手前のファイアウォールが接続を切りました。原因には、SMTP を検査するファイアウォールの不具合、サーバーの応答停止や資源不足、途中のネットワークの問題などがあります。問題は Microsoft 365 の外側、宛先にあります。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askRecipientAdmin],
    adminFix: [ADMIN.checkRemoteServer],
    actions: ["wait-for-retry", "contact-recipient-admin"],
  },
];
