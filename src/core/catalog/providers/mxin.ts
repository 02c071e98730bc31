// The MXIN codes of the mail platform Virgin Media (UK) and Ziggo (NL) share: both Liberty Global
// networks, Virgin Media's inbound servers run in Ziggo's network (AS9143) and Ziggo's MX hosts are
// named mxin5/mxin10.ziggo.nl. Sources: "421 4.1.0 MXIN400 Cannot validate your Mailfrom Domain"
// (a Virgin Media forum thread, cited in github.com/swapmyvote/swapmyvote/issues/552), "421 4.2.0
// MXIN619 Your Header From domain is invalid" (suped.com, 2025: a From domain without MX or A
// records) and "421 4.1.1 MXIN503 Hourly ratelimit for your IP exceeded" (suped.com's "How to
// resolve Ziggo rate limiting issues", 2025, and Braze's documentation of Virgin Media's limits:
// an hourly limit per sending IP that even small senders meet). Each provider's table takes these
// entries with its own name. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderEntry } from "./types";

/** The MXIN entries, worded for the provider `name` and with ids under `id`. */
export function mxinEntries(id: string, name: string): ProviderEntry[] {
  return [
    {
      id: `${id}-mailfrom-domain`,
      title: "Envelope sender's domain could not be validated (MXIN400)",
      code: "",
      texts: ["Cannot validate your Mailfrom Domain"],
      markers: ["mxin400"],
      reasons: ["rejected", "hostunknown"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        `${name} could not validate the domain of your message's return address (the envelope sender) in DNS, so it deferred the message.`,
        `${name} はメッセージの返送先アドレス (エンベロープ送信者) のドメインを DNS で確認できなかったため、受け付けを保留しました。`,
      ),
      cause: t(
        `A return-address domain with no DNS records (MX or A), or one that does not resolve at all, cannot receive replies or bounces; ${name} defers mail from it until it does.`,
        `DNS レコード (MX や A) のない返送先ドメインや、名前解決できないドメインは、返信や配信エラーを受け取れません。${name} は受け取れるようになるまで、そのメールを保留します。`,
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "Give the envelope sender's domain ({domain}, or the application's return-path domain) an MX or A record, or set the sending application's return path to a domain that has one.",
          "エンベロープ送信者のドメイン ({domain}、またはアプリケーションの Return-Path のドメイン) に MX または A レコードを設定するか、送信アプリケーションの Return-Path をそれらのあるドメインにしてください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: `${id}-header-from-domain`,
      title: "From domain invalid (MXIN619)",
      code: "",
      texts: ["Your Header From domain is invalid"],
      markers: ["mxin619"],
      reasons: ["rejected", "notcompliantrfc"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        `${name} found the domain in your message's From address invalid, so it deferred the message.`,
        `${name} はメッセージの From アドレスのドメインを無効と判断し、受け付けを保留しました。`,
      ),
      cause: t(
        "The From domain has neither MX nor A records in DNS, which legacy systems and look-alike domains used only for sending often lack.",
        "From のドメインに DNS の MX レコードも A レコードもありません。古いシステムや送信専用の類似ドメインでよく欠けています。",
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [
        t(
          "Publish an MX (or at least an A) record for the From domain {domain}, with SPF and DMARC records beside it.",
          "From のドメイン {domain} に MX (少なくとも A) レコードを公開し、あわせて SPF と DMARC のレコードも設定してください。",
        ),
      ],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
    {
      id: `${id}-hourly-ratelimit`,
      title: "Hourly limit for the sending IP exceeded (MXIN503)",
      code: "",
      texts: ["Hourly ratelimit for your IP exceeded"],
      markers: ["mxin503"],
      reasons: ["speeding", "toomanyconn"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        `${name} takes only so many messages an hour from one sending IP, and your server[[ ({ip})]] went past it.`,
        `${name} は 1 つの送信 IP から 1 時間に受け取るメッセージ数を制限しており、あなたのサーバー[[ ({ip}) ]]がその上限を超えました。`,
      ),
      cause: t(
        `The limit counts everything sent from the IP to ${name} in the hour, from every sender using it; it is lower for an IP with a weak reputation, so even a small sender on a shared IP can meet it.`,
        `この上限は、その IP から 1 時間に ${name} へ送られたすべてのメールを、IP を使う全送信者の分まで数えます。評価の低い IP ほど上限が低いため、共用 IP では少量の送信者でも達することがあります。`,
      ),
      fix: [YOU.waitForRetry, YOU.forwardIfItFails],
      adminFix: [YOUR_ADMIN.slowDown, YOUR_ADMIN.checkReputation],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ];
}
