// Admin steps that tune the sending server itself (its connections, retries, log, SMTP dialogue,
// TLS), as providers' and filters' entries word them, and what a Microsoft 365 tenant's admin does
// instead when Exchange Online wrote the notice: Exchange Online's outbound servers are Microsoft's,
// and no tenant setting reaches them. Each kind recognises its steps by their words (the entries
// word them each their own way) and has one step of its own. Our own words.
import type { Localized } from "../types";
import { t } from "./types";

export type SendingServerStep = "log" | "tls" | "protocol" | "connections" | "retries";

export interface TenantStep {
  readonly kind: SendingServerStep;
  /** An entry's admin step (its English text) that asks to change the sending server this way. */
  readonly asks: RegExp;
  /** The step for a Microsoft 365 tenant's admin in its place. */
  readonly step: Localized;
  /** Microsoft Learn's page the step follows. */
  readonly source: string;
}

/** In this order: a step that reads the log for a TLS failure is a log step. */
export const TENANT_STEPS: readonly TenantStep[] = [
  {
    kind: "log",
    asks: /\bsending server's logs?\b/i,
    step: t(
      "Exchange Online's server logs are not open to your tenant: run a message trace for this message in the Exchange admin center (Mail flow > Message trace); its details show each delivery attempt and the receiver's reply.",
      "Exchange Online のサーバーのログはテナントからは見られません。Exchange 管理センターの [メール フロー] > [メッセージ追跡] で、このメッセージのメッセージ追跡を実行してください。追跡結果の詳細に、配信の各試行と受信側の応答が表示されます。",
    ),
    source:
      "https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac",
  },
  {
    kind: "tls",
    asks: /\bmake(?: sure)? the sending server (?:use|offers?) TLS\b|openssl s_client/i,
    step: t(
      "Exchange Online uses TLS (STARTTLS) whenever the receiver offers it; to require TLS and a valid certificate for this domain, create an outbound connector for it in the Exchange admin center (Mail flow > Connectors). If the receiver asks for a TLS version or cipher Exchange Online does not offer, tell the receiver's admin.",
      "Exchange Online は、受信側が対応していれば常に TLS (STARTTLS) を使います。このドメインへの送信で TLS と有効な証明書を必須にするには、Exchange 管理センターの [メール フロー] > [コネクタ] で、このドメイン向けの送信コネクタを作成してください。受信側が Exchange Online の対応していない TLS のバージョンや暗号を求めている場合は、受信側の管理者に伝えてください。",
    ),
    source:
      "https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-for-secure-mail-flow-with-a-partner",
  },
  {
    kind: "protocol",
    asks: /\bsending (?:server|program)\b[^.;]*(?:\b465\b|\b587\b|220 greeting|SMTP settings)|\bsending server's SMTP dialogue/i,
    step: t(
      "Exchange Online's servers hold the SMTP session with the receiver (waiting for its 220 greeting, HELO, STARTTLS, the commands and their order), and no tenant setting changes it: send the receiver's admin the reply and the message trace's details, and if other receivers refuse Exchange Online the same way, open a support case with Microsoft.",
      "受信側との SMTP のやり取り (220 の応答を待つこと、HELO、STARTTLS、コマンドとその順序) は Exchange Online のサーバーが行っており、テナントの設定では変えられません。応答とメッセージ追跡の詳細を受信側の管理者に送り、ほかの受信側も同じように Exchange Online を拒否する場合は、Microsoft のサポートに問い合わせてください。",
    ),
    source:
      "https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac",
  },
  {
    kind: "connections",
    asks: /\b(?:parallel|simultaneous) connections\b|\bconnections (?:your server |the sending server )?(?:opens )?at once\b|\bmessages per connection\b|\bmessages (?:sent )?on each connection\b/i,
    step: t(
      "Exchange Online decides how many parallel connections it opens to the receiver and how many messages per connection it sends; no tenant setting changes that. If the limit is hit often, see in message trace how much your organization sends to this domain, spread bulk mail over time or send it through a bulk-mail service, and if the deferrals go on, ask the receiver's admin to raise the limit for Microsoft 365's servers.",
      "受信側への同時接続数や 1 接続あたりのメッセージ数は Exchange Online が決めており、テナントの設定では変えられません。この上限に何度も達する場合は、メッセージ追跡で自組織からこのドメインへの送信量を確かめ、一斉送信は時間を分けて送るか、一斉配信用のサービスから送ってください。それでも遅延が続く場合は、Microsoft 365 の送信サーバーに対する上限を引き上げるよう受信側の管理者に依頼してください。",
    ),
    source: "https://learn.microsoft.com/exchange/mail-flow-best-practices/high-volume-mails-m365",
  },
  {
    kind: "retries",
    asks: /\b(?:sending |your )?server(?: or (?:application|service))? retries\b|\bretry from the same IP\b|\bkeeps? the message queued\b|\byour server's queue\b/i,
    step: t(
      "Exchange Online keeps deferred mail queued and retries it by itself, from its own pool of servers (not always from the same IP address, which some greylisting waits for), and no tenant setting changes how; message trace in the Exchange admin center shows each attempt and the receiver's reply. If it never gets through, ask the receiver's admin to allow Microsoft 365's sending servers (for instance past greylisting).",
      "Exchange Online は遅延したメールをキューに残し、自身の送信サーバー群から自動で再試行します。再試行は同じ IP アドレスからとは限らず、グレーリスティングの中には同じ IP アドレスからの再試行を待つものもあります。その方法はテナントの設定では変えられません。Exchange 管理センターのメッセージ追跡で、各試行と受信側の応答を確認できます。最後まで届かない場合は、Microsoft 365 の送信サーバーを許可する (グレーリスティングの対象から外すなど) よう受信側の管理者に依頼してください。",
    ),
    source:
      "https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac",
  },
];
