// Admin steps that tune the sending server itself (its connections, retries, log, SMTP dialogue,
// TLS) or look at its own network and DNS lookups, as the entries word them, and what a Microsoft
// 365 tenant's admin does instead when Exchange Online wrote the notice: Exchange Online's outbound
// servers are Microsoft's, and no tenant setting reaches them. Each kind recognises its steps by
// their words (the entries word them each their own way) and has one step of its own. Our own words.
import type { Localized } from "../types";
import { t } from "./types";

export type SendingServerStep =
  "log" | "tls" | "protocol" | "connections" | "retries" | "network" | "dns";

export interface TenantStep {
  readonly kind: SendingServerStep;
  /** An entry's admin step (its English text) that asks to change the sending server this way. */
  readonly asks: RegExp;
  /** The step for a Microsoft 365 tenant's admin in its place. */
  readonly step: Localized;
  /** Microsoft Learn's page the step follows. */
  readonly source: string;
  /**
   * Microsoft's own entries' steps of this kind give way too. The tuning kinds' words in them are
   * about a server that sends to Microsoft 365 (4.5.3's retries), so they stay; a step that looks
   * at the sending machine's own network or DNS (the shared DNS check, Exchange Server's entries)
   * names, on Exchange Online's notice, Exchange Online's.
   */
  readonly inMicrosoftEntries: boolean;
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
    inMicrosoftEntries: false,
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
    inMicrosoftEntries: false,
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
    inMicrosoftEntries: false,
  },
  {
    kind: "connections",
    asks: /\b(?:parallel|simultaneous) connections\b|\bconnections (?:your server |the sending server )?(?:opens )?at once\b|\bmessages per connection\b|\bmessages (?:sent )?on each connection\b/i,
    step: t(
      "Exchange Online decides how many parallel connections it opens to the receiver and how many messages per connection it sends; no tenant setting changes that. If the limit is hit often, see in message trace how much your organization sends to this domain, spread bulk mail over time or send it through a bulk-mail service, and if the deferrals go on, ask the receiver's admin to raise the limit for Microsoft 365's servers.",
      "受信側への同時接続数や 1 接続あたりのメッセージ数は Exchange Online が決めており、テナントの設定では変えられません。この上限に何度も達する場合は、メッセージ追跡で自組織からこのドメインへの送信量を確かめ、一斉送信は時間を分けて送るか、一斉配信用のサービスから送ってください。それでも遅延が続く場合は、Microsoft 365 の送信サーバーに対する上限を引き上げるよう受信側の管理者に依頼してください。",
    ),
    source: "https://learn.microsoft.com/exchange/mail-flow-best-practices/high-volume-mails-m365",
    inMicrosoftEntries: false,
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
    inMicrosoftEntries: false,
  },
  {
    kind: "network",
    asks: /\bsending server may connect out\b|\bsending server's own network\b|\boutbound port 25 through firewalls\b|\bfirewalls between Exchange and\b|\bfrom the Exchange server, test a connection\b/i,
    step: t(
      "Exchange Online's servers connect to the receiver from Microsoft's network, so no firewall, route or port 25 of your organization is on the way (unless an outbound connector sends this mail through a smart host of yours: then check that host). Message trace shows each attempt and the receiver's reply: if only this domain fails, its mail servers or a firewall in front of them refuse or do not answer, so send its admin the details; if mail to many outside domains fails, check Microsoft 365's service health and open a support case with Microsoft.",
      "受信側への接続は Exchange Online のサーバーが Microsoft のネットワークから行うため、自組織のファイアウォール、ネットワーク経路、ポート 25 の設定は関係しません (送信コネクタでこのメールを自組織のスマート ホスト経由にしている場合は、そのホストを確認してください)。メッセージ追跡で、各試行と受信側の応答を確認できます。このドメイン宛てだけが失敗する場合は、宛先のメール サーバーかその手前のファイアウォールが接続を拒否しているか応答していないので、詳細を受信側の管理者に伝えてください。多くの外部ドメイン宛てが失敗する場合は、Microsoft 365 のサービス正常性を確認し、Microsoft のサポートに問い合わせてください。",
    ),
    source: "https://learn.microsoft.com/defender-office-365/connectors-mail-flow-intelligence",
    inMicrosoftEntries: true,
  },
  {
    kind: "dns",
    asks: /\bfrom the sending server's point of view\b|\b(?:sending|that) server's (?:own )?(?:DNS )?(?:resolver|cache)\b|\bDNS servers Exchange uses\b/i,
    step: t(
      "Exchange Online looks names up with Microsoft's own DNS servers, not with any your organization runs, and no tenant setting changes them: from any computer, check the domain's MX, A and TXT records (and DNSSEC, if the domain is signed) as the internet sees them, with nslookup or dig against a public DNS server, and read the reply in message trace. No MX and no A record, a null MX (\".\") or a name that does not resolve means the domain takes no mail; only the domain's owner can fix its records.",
      'Exchange Online は名前解決に Microsoft の DNS サーバーを使っており、自組織の DNS サーバーは使いません。テナントの設定でも変えられません。任意のコンピューターから公開 DNS サーバーに対して nslookup や dig を実行し、インターネットから見たドメインの MX、A、TXT レコード (DNSSEC で署名されたドメインなら DNSSEC も) を確認したうえで、メッセージ追跡で応答を確認してください。MX レコードも A レコードもない、null MX (".") である、またはドメイン名が解決できない場合、そのドメインはメールを受け付けていません。レコードを直せるのはそのドメインの所有者だけです。',
    ),
    source: "https://learn.microsoft.com/purview/how-smtp-dane-works",
    inMicrosoftEntries: true,
  },
];
