// Source: the mail service Cloudmark runs for internet providers and hosts (MX hosts under
// *.mx.a.cloudfilter.net: Shaw's shw-central, eir's, CenturyLink's, the US carriers' SMS gateways;
// outgoing relays under *.ext.cloudfilter.net for Shaw, Telus, Virgin Media and Bluehost/HostGator),
// whose replies end in an AUP# code without Cox's "CX": Shaw's community forum thread "Shaw server
// blocking emails from domain" (support.shaw.ca, td-p/38236: "AUP#MXRT ... they are rate limiting
// connections. I have also seen AUP#CNCT which is too many concurrent connections. This is coming
// from the Cloudmark filtering service that Shaw uses"), a Gmail delay notice quoted by a user
// ("452 4.1.0 server temporarily unavailable AUP#MXRT", 2025) and Cox's error-code table, whose
// CXMXRT and CXCNCT are the same limits under Cox's prefix (./cox.ts). Named by its codes only:
// its hosts also serve Cox, whose own codes have their table. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const cloudfilter: ProviderCatalog = {
  provider: {
    id: "cloudfilter",
    name: "Cloudmark's hosted mail filtering for internet providers (cloudfilter.net)",
    page: "https://support.shaw.ca/t5/internet-discussions/shaw-server-blocking-emails-from-domain-it-used-to-work-until/td-p/38236/page/4",
    hosts: [],
    markers: ["aup#mxrt", "aup#cnct"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "cloudfilter-rate-limit",
      title: "Sending rate limited (AUP#MXRT)",
      code: "",
      texts: ["server temporarily unavailable AUP#MXRT", "AUP#MXRT"],
      markers: ["aup#mxrt"],
      reasons: ["speeding", "toomanyconn", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "A mail server on Cloudmark's service for internet providers (the recipient's provider's, or your own provider's outgoing relay) is limiting how fast it takes mail from the sending server[[ ({ip})]].",
        "インターネット プロバイダー向けの Cloudmark のサービス上のメール サーバー (受信側のプロバイダーのもの、またはあなた自身のプロバイダーの送信中継サーバー) が、送信サーバー[[ ({ip}) ]]からメールを受け取る速さを制限しています。",
      ),
      cause: t(
        'The filter counts the messages each sending IP delivers in a time window; past the limit, which is lower for an IP with a poor reputation, it answers "temporarily unavailable" until the window passes.',
        "このフィルターは、送信 IP ごとに一定時間に配信されたメッセージ数を数えます。上限 (評価の低い IP ほど低くなります) を超えると、その時間が過ぎるまで「一時的に利用できません」と応答します。",
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.checkReputation],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: "cloudfilter-too-many-connections",
      title: "Too many connections (AUP#CNCT)",
      code: "",
      texts: ["AUP#CNCT"],
      markers: ["aup#cnct"],
      reasons: ["toomanyconn", "speeding", "blocked"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "A mail server on Cloudmark's service for internet providers (the recipient's provider's, or your own provider's outgoing relay) refused a connection because the sending server[[ ({ip})]] had too many open at once.",
        "インターネット プロバイダー向けの Cloudmark のサービス上のメール サーバー (受信側のプロバイダーのもの、またはあなた自身のプロバイダーの送信中継サーバー) は、送信サーバー[[ ({ip}) ]]が同時に開いていた接続が多すぎたため、接続を拒否しました。",
      ),
      cause: t(
        "The filter allows each sending IP only a few connections at a time; a server that opens one per message, or many in parallel, is turned away until some close.",
        "このフィルターは、送信 IP ごとに同時に数本の接続しか認めません。メッセージごとに接続を開いたり、並行して多数開いたりするサーバーは、いくつか閉じるまで断られます。",
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "Limit the sending server's parallel connections to this receiver (a few at most) and send several messages per connection.",
          "この受信側への送信サーバーの同時接続数を (多くても数本に) 制限し、1 つの接続で複数のメッセージを送るようにしてください。",
        ),
        YOUR_ADMIN.slowDown,
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ],
};
