// Source: Microsoft Learn, "DSNs and NDRs in Exchange Server" (seed 001), table of temporary delivery errors.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";

export const exchangeServerTemporary: readonly CatalogEntry[] = [
  {
    id: "exs-4.3.1-insufficient-resources",
    code: "4.3.1",
    texts: ["Insufficient system resources"],
    commonTexts: ["Insufficient system resources"],
    source: "exchange-server",
    temporary: true,
    lastingDeferral: "receiving-side",
    // a receiving system short of storage or memory, nobody's while retried (iana.ts, 3.1)
    owner: "nobody",
    summary: t(
      "An Exchange server ran short of disk space or memory and is refusing mail for now.",
      "Exchange サーバーのディスク領域またはメモリが不足し、一時的にメールを受け付けていません。",
    ),
    cause: t(
      "Back pressure: the disk holding the queue database is low on free space, or memory is short (for example a virtual machine using dynamic memory).",
      "バック プレッシャーが働いています。キュー データベースのあるディスクの空き容量不足、またはメモリ不足 (動的メモリを使う仮想マシンなど) です。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "The refusing Exchange server's admin (your own, if it is your organization's server): free disk space or move the queue database to another disk; give Exchange virtual machines static memory.",
        "拒否した Exchange サーバーの管理者 (自組織のサーバーなら自組織の管理者): ディスクの空きを増やすかキュー データベースを別ディスクに移し、Exchange の仮想マシンには静的メモリを割り当ててください。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
  {
    id: "exs-4.3.2-service-not-available",
    code: "4.3.2",
    texts: ["Service not available", "Service not active"],
    commonTexts: ["Service not available"],
    source: "exchange-server",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "A part of the Exchange server that handles mail is not running or not listening where it should.",
      "Exchange サーバーのメール処理を担う部分が停止しているか、本来の場所で待ち受けていません。",
    ),
    cause: t(
      "A custom receive connector on port 25 was bound to the Transport service instead of Front End Transport, server components are inactive (maintenance mode), or an incompatible transport agent broke after an update.",
      "ポート 25 のカスタム受信コネクタがフロントエンド トランスポートではなくトランスポート サービスに設定されている、サーバー コンポーネントが非アクティブ (メンテナンス状態)、または更新後に互換性のないトランスポート エージェントがある、のいずれかです。",
    ),
    fix: [SENDER.waitForRetry, SENDER.askYourAdmin],
    adminFix: [
      t(
        "Run Get-ServerComponentState -Identity <server>; reactivate with Set-ServerComponentState -Component ServerWideOffline -State Active -Requester Maintenance.",
        "Get-ServerComponentState -Identity <サーバー> で状態を確認し、Set-ServerComponentState -Component ServerWideOffline -State Active -Requester Maintenance で再開してください。",
      ),
      t(
        "Move custom port-25 receive connectors to the Front End Transport service; disable or remove incompatible transport agents.",
        "ポート 25 のカスタム受信コネクタはフロントエンド トランスポート サービスに設定し、互換性のないトランスポート エージェントは無効化または削除してください。",
      ),
    ],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
  {
    id: "exs-4.4.1-connection-timed-out",
    code: "4.4.1",
    texts: ["Connection timed out"],
    commonTexts: ["Connection timed out"],
    source: "exchange-server",
    temporary: true,
    owner: "nobody",
    summary: t("The destination server did not answer.", "宛先サーバーが応答しませんでした。"),
    cause: t(
      "A passing network problem, or a firewall or ISP restriction on TCP port 25; after repeated failures the message comes back with a permanent error.",
      "一時的なネットワークの問題、またはファイアウォールや ISP による TCP ポート 25 の制限です。失敗が続くと、永続的エラーとして差し戻されます。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      t(
        "Check outbound port 25 through firewalls and the ISP; retry the queue by hand once fixed (Retry-Queue).",
        "ファイアウォールや ISP で送信ポート 25 が通るか確認し、解消したらキューを手動で再試行してください (Retry-Queue)。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
  {
    id: "exs-4.4.2-connection-dropped",
    code: "4.4.2",
    texts: ["Connection dropped"],
    commonTexts: ["Connection dropped"],
    source: "exchange-server",
    temporary: true,
    owner: "nobody",
    summary: t(
      "The connection to the destination server broke off during delivery.",
      "配信中に宛先サーバーとの接続が切れました。",
    ),
    cause: t(
      "A passing network or server problem, a size or rate limit on the connection, or anti-spam, SMTP proxy or firewall settings cutting Exchange off.",
      "一時的なネットワークやサーバーの問題、接続ごとのサイズやレートの制限、またはスパム対策・SMTP プロキシ・ファイアウォールの設定によって、接続が切られています。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      ADMIN.checkLimits,
      t(
        "Check anti-spam devices, SMTP proxies and firewalls between Exchange and the destination.",
        "Exchange と宛先の間にあるスパム対策機器、SMTP プロキシ、ファイアウォールを確認してください。",
      ),
    ],
    actions: ["wait-for-retry"],
  },
  {
    id: "exs-4.4.7-queue-expired",
    code: "4.4.7",
    texts: ["Message delayed", "Queue expired; Message expired"],
    commonTexts: ["Message delayed"],
    source: "exchange-server",
    temporary: true,
    owner: "your-admin",
    summary: t(
      "Exchange has not been able to hand your message to the destination for a while.",
      "Exchange はしばらくの間、メッセージを宛先に渡せていません。",
    ),
    cause: t(
      "Often a send connector problem (DNS versus smart-host routing, or an EHLO name that does not match the MX host), a stopped Mailbox Transport Delivery service, trouble with TNEF (rich text) messages at the destination, or SPF problems at the destination domain.",
      "送信コネクタの問題 (DNS ルーティングとスマート ホストの取り違え、MX ホストと一致しない EHLO 名)、メールボックス トランスポート配信サービスの停止、宛先での TNEF (リッチ テキスト) の問題、宛先ドメインでの SPF の問題などがよくある原因です。",
    ),
    fix: [SENDER.waitForRetry],
    adminFix: [
      ADMIN.checkConnectors,
      t(
        "Check with nslookup that the destination domain resolves from the Exchange server; check the Mailbox Transport Delivery service is running.",
        "Exchange サーバーから nslookup で宛先ドメインを解決できるか、メールボックス トランスポート配信サービスが動いているかを確認してください。",
      ),
    ],
    actions: ["wait-for-retry", "contact-your-admin"],
  },
];
