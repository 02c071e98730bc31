// Source: Microsoft Learn, "Receive connectors" and Set-ReceiveConnector: a receive connector's
// MessageRateLimit, "the maximum number of messages per minute that can be sent by a single
// source", which Exchange 2010 to 2019 answer with these words under 4.4.2 (the registry's "bad
// connection"). Not a row of Exchange Server's NDR table (seed 001), so kept apart from the seed
// entries; the words are our own. Exchange's Domain Security refusal: "451 4.7.3 The admin has
// temporarily disallowed this secure domain" (Microsoft Q&A 112624, an Exchange delay notice of
// 2020; Exchange's transport code names the reply DomainSecureDisabled), answered to a domain the
// receiving organization set up for mutual TLS while that setting is turned off.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER, ADMIN } from "./steps";

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
  {
    id: "exs-4.7.3-domain-secure-disabled",
    code: "4.7.3",
    texts: ["The admin has temporarily disallowed this secure domain"],
    source: "exchange-server",
    temporary: true,
    owner: "recipient-admin",
    summary: t(
      "The receiving Exchange server will not take mail from your domain for now: its admin set your domain up for Domain Security (mutual TLS) and has turned that off for the time being.",
      "受信側の Exchange サーバーは、当面あなたのドメインからのメールを受け付けません。受信側の管理者は、あなたのドメインをドメイン セキュリティ (相互 TLS) の相手として登録したまま、この機能を一時的に無効にしています。",
    ),
    cause: t(
      "Exchange can require mutual TLS with chosen partner domains (Domain Security). While the receiving organization still lists your domain as such a partner but has the setting turned off, it defers that domain's mail instead of taking it without mutual TLS. It clears once their admin turns it on again or takes your domain off the list.",
      "Exchange では、指定した相手ドメインとの間で相互 TLS を必須にできます (ドメイン セキュリティ)。受信側の組織は、あなたのドメインを相手として登録したままこの設定を無効にしている間、そのドメインからのメールを相互 TLS なしで受け取らずに保留します。受信側の管理者が設定を有効に戻すか、あなたのドメインを相手の一覧から外せば解消します。",
    ),
    fix: [SENDER.askRecipientAdminAnotherWay],
    adminFix: [
      t(
        "If your organization agreed Domain Security with the recipient's, ask their mail admin whether it is meant to be off; check your own send connector's domain-secure setting and certificate too.",
        "受信側の組織とドメイン セキュリティを取り決めている場合は、無効になっているのが意図どおりか、受信側のメール管理者に確認してください。自組織の送信コネクタのドメイン セキュリティの設定と証明書も確認してください。",
      ),
      ADMIN.checkConnectors,
    ],
    actions: ["wait-for-retry", "contact-recipient-admin"],
  },
];
