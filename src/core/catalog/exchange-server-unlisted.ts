// Source: Microsoft Learn, "Receive connectors" and Set-ReceiveConnector: a receive connector's
// MessageRateLimit, "the maximum number of messages per minute that can be sent by a single
// source", which Exchange 2010 to 2019 answer with these words under 4.4.2 (the registry's "bad
// connection"). Not a row of Exchange Server's NDR table (seed 001), so kept apart from the seed
// entries; the words are our own.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER } from "./steps";

export const exchangeServerUnlisted: readonly CatalogEntry[] = [
  {
    id: "exs-4.4.2-message-rate-limit",
    code: "4.4.2",
    texts: ["Message submission rate for this client has exceeded the configured limit"],
    source: "exchange-server",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "An Exchange server is holding off messages from your server for now: they came faster than its receive connector takes from one sender per minute.",
      "Exchange サーバーが、あなたのサーバーからのメッセージの受け取りを当面見合わせています。受信コネクタが 1 つの送信元から 1 分間に受け付ける数を超える速さで、メッセージが届いたためです。",
    ),
    cause: t(
      "Exchange's receive connectors count the messages each source sends per minute (MessageRateLimit) and defer the rest. It is met most by an application, a scanner or a bulk mailing sending through an Exchange server, or by a server that sends much to one Exchange organization at once.",
      "Exchange の受信コネクタは、送信元ごとに 1 分間に送られるメッセージ数を数え (MessageRateLimit)、超えた分を保留します。アプリケーション、複合機、一斉送信などが Exchange サーバー経由でメールを送る場合や、1 つの Exchange 組織へ一度に大量に送るサーバーでよく起きます。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "If the Exchange server is your own, raise MessageRateLimit on the receive connector the sender uses (Set-ReceiveConnector) or in the sending account's throttling policy; if it is the recipient's, send to it more slowly.",
        "Exchange サーバーが自組織のものなら、送信元が使う受信コネクタ (Set-ReceiveConnector) か送信アカウントの調整ポリシーで MessageRateLimit を引き上げてください。受信側のものなら、送る速さを落としてください。",
      ),
    ],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
];
