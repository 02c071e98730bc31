// A receiver's cap on connections counted on the sending IP, in the words many servers write: Postfix's
// anvil ("421 4.7.0 <host> Error: too many connections from <ip>"), Exim's smtp_accept_max_per_host
// ("Too many concurrent SMTP connections from this IP address"), the "450 too frequent connects
// from <ip>, please try again later." that SendGrid's bounce responses page quotes (a sending rate
// the receiver slows down) and Momentum's adaptive rules throttle on, GoDaddy's IB007 ("too many
// sessions from <ip>"). The registry's x.4.5 (congestion, nobody's while retried) does not say whose: the words
// name the sending server's address, and the owners rule (README, "Who must fix it") gives a cap
// counted on the sending IP to your admin, also while retried, as Cox's, EarthLink's, La Poste's
// and Spectrum's tables do: a server that keeps its connections up keeps meeting it. A cap on the
// receiver's own total ("Too many concurrent connections", no sender named) stays x.4.5.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { YOU } from "./providers/steps";

export const SENDING_IP_CONNECTION_CAP: CatalogEntry = {
  id: "sending-ip-connection-cap",
  code: "4.x.x",
  title: "Too many connections from the sending server",
  texts: [
    "too many connections from",
    "too frequent connects from",
    "connections from this IP",
    "connections from your IP",
    "too many sessions from",
  ],
  source: "wording",
  temporary: true,
  owner: "your-admin",
  summary: t(
    "The receiving server turned the connection away for now because your mail server[[ ({ip})]] had opened too many connections to it, at once or in a short time.",
    "あなたのメール サーバー[[ ({ip}) ]]が同時に、または短時間に開いた接続が多すぎたため、受信側のサーバーはいったん接続を断りました。",
  ),
  cause: t(
    "The receiver caps the connections it takes from one sending IP address, open together or per minute, and defers those beyond it. A server that keeps many connections open to the same receiver (a bulk send, several queues or programs on one address) keeps meeting the cap.",
    "受信側は、1 つの送信元 IP アドレスから受け付ける接続の数 (同時に開く数や 1 分あたりの数) に上限を設け、それを超える接続をいったん断ります。同じ受信側に多くの接続を開き続けるサーバー (一斉送信、1 つのアドレスを共有する複数のキューやプログラム) は上限にかかり続けます。",
  ),
  whileRetrying: {
    cause: t("A later attempt usually gets through.", "多くの場合、次の試行で届きます。"),
  },
  fix: [YOU.waitForRetry, YOU.forwardIfItFails],
  adminFix: [
    t(
      "Lower the number of connections your server opens at once to this receiver, and how often it opens new ones (Postfix: the destination's concurrency and rate delay settings), and send more messages per connection.",
      "この受信側へ同時に開く接続の数と新しい接続を開く頻度を減らし (Postfix では宛先ごとの並列数と送信間隔の設定)、1 つの接続で送るメッセージの数を増やしてください。",
    ),
  ],
  actions: ["wait-for-retry", "contact-your-admin"],
};
