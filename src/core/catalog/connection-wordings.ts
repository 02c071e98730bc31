// The sending server's own words for a connection to the receiving server that failed or broke off,
// as it writes them into its queue, its delay warnings and its expiry notices, under a status that
// says nothing of the network (4.0.0 or 5.0.0, none at all, Exchange's queue-wide 4.4.0 or its
// 4.4.3xx codes): Haraka's "Outbound connection timed out to <ip>:25" and "connect ETIMEDOUT",
// Postal's "Net::OpenTimeout" / "Net::ReadTimeout" and "No SMTP servers were available",
// ZoneMTA's "Network error when connecting to MX server", Exchange's "SocketTimedout: Socket error
// code 10060", Kerio's "connection with <host> is broken", slimta's "Connection was closed
// prematurely", SmarterMail's "Failed all attempts to connect" (the round of December 2026 on other
// sending software's words); Tencent Exmail's notice, in English and Chinese (github.com/lisijie/
// webcron/issues/14, round 32). Under the registry's own x.4.1 to x.4.7 the registry says the same
// (match.ts: NETWORK_STATUS), so these yield to it there.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER } from "./steps";
import { YOU } from "./providers/steps";
import { IN_YOUR_QUEUE } from "./waiting";

/** Words for a connection that could not be opened: no answer in time, or refused. */
const CONNECT_TEXTS: readonly string[] = [
  "connection timed out",
  "connect ETIMEDOUT",
  "connect ECONNREFUSED",
  "Net::OpenTimeout",
  "SocketTimedout",
  "Socket error code 10060",
  "Winsock error code: 10060",
  "Network error when connecting to MX server",
  "No SMTP servers were available for",
  "No answer from any hosts listed in MX",
  // Exchange's own note when it could not connect, quoted in its queue's "Primary target IP
  // address responded with" under 4.4.2 (nuangel.net/2013/01/exchange-error-attempted-to-failover:
  // an antivirus rule closing port 25) or 4.4.0 (a pasted Exchange Online delay, round 55)
  "4.4.2 unable to connect",
  "4.4.0 unable to connect",
  // Gmail's own words in its delay and failure notices, whatever socket error its bracket names
  // ("[host (1): Connection dropped]", "[host. ip: timed out]", "connect error (111): Connection
  // refused"): threads quoting them since 2009 and support.google.com/mail/answer/7720
  "did not accept our requests to connect",
  // Tencent Exmail's bounce notice: its reply line, then its reason in Chinese ("connecting to
  // the recipient's mail system failed")
  "connect to the <x> server failed",
  "连接收件方邮件系统失败",
];

/** Words for a connection that was opened and then broke off or stalled. */
const LOST_TEXTS: readonly string[] = [
  "Net::ReadTimeout",
  "connection with <x> is broken",
  "Connection was closed prematurely",
  "connection dropped due to timeout",
];

/**
 * The receiving server's own words for a session the sending side left idle past its time limit:
 * SubEthaSMTP's "421 Timeout waiting for data from client." (a Java SMTP server many applications
 * embed), Amazon SES's "451 4.4.2 Timeout waiting for data from client" (an SES test script in a
 * public repository), OpenACalendar/OpenACalendar-Web-Core#767's "421 Timeout waiting for data
 * from client."; Postfix's smtpd "421 4.4.2 <host> Error: timeout exceeded" (AOL's in a Postfix
 * log on a forum thread, round 56; Hostinger's to an application's login, in a public repository's
 * mail log). Under 4.4.2 too they say more than the registry's "bad connection": who stopped
 * waiting for whom.
 */
const IDLE_TEXTS: readonly string[] = [
  "Timeout waiting for data from client",
  "Error: timeout exceeded",
];

/** A connection that failed while the sending server still retries. */
const CONNECT_FAILED: CatalogEntry = {
  id: "connect-failed",
  title: "Your server could not connect to the receiving server yet",
  code: "4.x.x",
  texts: CONNECT_TEXTS,
  source: "wording",
  temporary: true,
  lastingDeferral: "sending-side",
  owner: "nobody",
  summary: t(
    "Your mail server could not open a connection to the receiving server: it did not answer in time, or refused the connection.",
    "あなたのメール サーバーは、受信側のサーバーに接続できませんでした。時間内に応答がなかったか、接続が拒否されました。",
  ),
  cause: t(
    "The receiving server may be down, overloaded or behind a firewall for now; a network between the two may be failing; or the sending server's own provider may block outgoing connections to port 25.",
    "受信側のサーバーが停止中か過負荷か、一時的にファイアウォールの向こうにある、両者の間のネットワークに障害がある、または送信側のサーバーのプロバイダーがポート 25 への送信接続を遮断している、などが考えられます。",
  ),
  fix: [SENDER.waitForRetry, YOU.forwardIfItFails],
  adminFix: [
    t(
      "If every destination fails this way, check that the sending server may connect out to port 25 (the hosting provider's block, a firewall, an antivirus mass-mailing rule); if only one does, check its MX hosts from the sending server (nslookup, telnet to port 25).",
      "すべての宛先でこの失敗が起きる場合は、送信サーバーがポート 25 に外向きに接続できるか確認してください (ホスティング事業者の遮断、ファイアウォール、ウイルス対策ソフトの大量送信防止ルール)。一部の宛先だけなら、送信サーバーからその MX ホストを確認してください (nslookup、ポート 25 への telnet)。",
    ),
  ],
  actions: ["wait-for-retry"],
};

export const CONNECTION_ENTRIES: readonly CatalogEntry[] = [
  {
    ...CONNECT_FAILED,
    whileRetrying: {
      summary: IN_YOUR_QUEUE,
      cause: t(
        "Servers retry such failures for a day or more, and most clear on their own.",
        "サーバーはこの種の失敗を 1 日以上再試行し、多くは自然に解消します。",
      ),
    },
  },
  {
    ...CONNECT_FAILED,
    id: "connection-lost",
    title: "The connection to the receiving server broke off",
    texts: LOST_TEXTS,
    summary: t(
      "Your mail server reached the receiving server, but the connection broke off or stalled before the message was handed over.",
      "あなたのメール サーバーは受信側のサーバーに接続しましたが、メッセージを渡し終える前に接続が切れたか、応答が止まりました。",
    ),
    cause: t(
      "A slow or overloaded receiving server, a firewall or filter in between that cuts long sessions, or a failing network.",
      "受信側のサーバーが遅いか過負荷になっている、途中のファイアウォールやフィルターが長い接続を切っている、またはネットワークの障害が考えられます。",
    ),
    whileRetrying: {
      summary: IN_YOUR_QUEUE,
      cause: t(
        "If the receiver had already taken the message, a later attempt may deliver it twice.",
        "受信側がすでにメッセージを受け取っていた場合は、次の試行で 2 通届くことがあります。",
      ),
    },
    adminFix: [
      t(
        "If it keeps happening with one destination, look in the sending server's log at the step where the connection broke off, and check firewalls or filters between the two that inspect or time out SMTP sessions.",
        "特定の宛先で繰り返し起きる場合は、送信サーバーのログで接続が切れた段階を確認し、両者の間で SMTP の通信を検査したり時間切れにしたりするファイアウォールやフィルターを確認してください。",
      ),
    ],
    // given up on, it kept happening: the sending server's admin reads its log
    lastingDeferral: "sending-side",
  },
  // The same failures once the sending server gave up: the message was not delivered.
  {
    ...CONNECT_FAILED,
    id: "connect-gave-up",
    title: "Your server gave up connecting to the receiving server",
    code: "5.x.x",
    texts: [
      ...CONNECT_TEXTS,
      ...LOST_TEXTS,
      ...IDLE_TEXTS,
      "Failed all attempts to connect",
      "Failed <x> attempts to connect",
      // Haraka's bounce once every MX host failed for its retry period, its outbound/hmail.js:
      // "Too many failures (Tried all MXs)" (h-facts18, haraka/Haraka#568's pasted notice, read
      // as the class fallback "Permanent failure")
      "Too many failures (Tried all MXs)",
    ],
    temporary: false,
    owner: "you",
    cause: t(
      "The receiving server was down, unreachable or cutting the connection for the whole time the sending server kept the message (a day or more, as it is set). The cause may have passed by now.",
      "送信側のサーバーがメッセージを保持していた間 (設定により 1 日以上) ずっと、受信側のサーバーが停止しているか、到達できないか、接続を切っていました。今は原因が解消しているかもしれません。",
    ),
    summary: t(
      "Your mail server could not connect to the receiving server, or keep a connection with it, for as long as it kept trying, and gave up: the message was not delivered.",
      "あなたのメール サーバーは、再試行を続けた間ずっと受信側のサーバーに接続できないか、接続を保てず、配信をあきらめました。メッセージは届いていません。",
    ),
    // not "the fix is in your organization's settings": the cause is most often the receiver's
    fix: [SENDER.retryLater, SENDER.askYourAdmin],
    actions: ["retry-later", "contact-your-admin"],
  },
];

/** The receiver closed a session the sending server left idle; not skipped under x.4.1 to x.4.7. */
export const SESSION_TIMEOUT: CatalogEntry = {
  ...CONNECT_FAILED,
  id: "session-timeout",
  title: "The receiving server stopped waiting for your server",
  texts: IDLE_TEXTS,
  summary: t(
    "The receiving server closed the session because your mail server sent nothing more within its time limit, before the message was handed over.",
    "受信側のサーバーは、あなたのメール サーバーから制限時間内に続きが届かなかったため、メッセージを受け取り終える前に接続を閉じました。",
  ),
  cause: t(
    "A receiving server gives each step of a session a time limit. A slow or congested network, a filter or proxy in between that holds the data back, a large message over a slow uplink, or a sending server under load can exceed it.",
    "受信側のサーバーは、接続中の各段階に制限時間を設けています。遅い、または混雑したネットワーク、途中でデータを止めるフィルターやプロキシ、遅い回線での大きなメッセージ、負荷の高い送信サーバーなどにより、制限を超えることがあります。",
  ),
  whileRetrying: {
    summary: IN_YOUR_QUEUE,
    cause: t(
      "Most such timeouts pass by a later attempt.",
      "このようなタイムアウトの多くは、次の試行までに解消します。",
    ),
  },
  adminFix: [
    t(
      "If it keeps happening, look in the sending server's log for the step where it went quiet (often while sending the message's data), and check the network and any filter or proxy on the sending side that holds outgoing SMTP data back.",
      "繰り返し起きる場合は、送信サーバーのログで送信が止まった段階 (多くはメッセージ本文の送信中) を調べてください。あわせてネットワークを確認し、送信側に、出ていく SMTP のデータを止めているフィルターやプロキシがないかも確認してください。",
    ),
  ],
  lastingDeferral: "sending-side",
};
