// Source: Sakura Internet's rental servers (さくらのレンタルサーバ) and their 国外 IP アドレス フィルター
// (foreign IP address filter, on by default since March 2014), which makes the server answer a
// sending client abroad with "550 5.7.1 <address>... Command rejected"; the reply and its cause as
// reported when Gmail's "send mail as" stopped relaying through Sakura accounts
// (internetcom.jp/busnews/20140327/4.html). Sakura publishes no table of replies. The server is
// the sender's own outgoing server in that case. The explanations are our own words.
import { t } from "../types";
import type { ProviderCatalog } from "./types";

export const sakura: ProviderCatalog = {
  provider: {
    id: "sakura",
    name: "Sakura Internet",
    page: "https://help.sakura.ad.jp/",
    hosts: [".sakura.ne.jp", ".sakura.ad.jp"],
    markers: [],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "sakura-foreign-ip-filter",
      title: "Connection from abroad refused (foreign IP filter)",
      code: "",
      texts: ["Command rejected"],
      reasons: ["blocked"],
      temporary: false,
      owner: "you",
      summary: t(
        "Sakura Internet's server refused the sending connection because it came from an IP address outside Japan.",
        "接続元が日本国外の IP アドレスだったため、さくらインターネットのサーバーが送信の接続を拒否しました。",
      ),
      cause: t(
        "Sakura's rental servers have a foreign IP address filter, turned on by default, that refuses mail sent through the account from abroad. It also stops services that send through your Sakura account from servers abroad, such as Gmail's \"Send mail as\" or a mail app used while travelling.",
        "さくらインターネットのレンタル サーバーには「国外 IP アドレス フィルター」があり、初期設定で有効になっています。国外から自分のアカウント経由で送ろうとするメールは拒否されます。Gmail の「他のアドレスからメールを送信」のように国外のサーバーからさくらのアカウント経由で送るサービスや、海外滞在中に使うメール アプリも止まります。",
      ),
      fix: [
        t(
          "If the Sakura account is yours: in Sakura's server control panel, turn off the foreign IP address filter (or allow mail), then send again. If it belongs to your organization, forward this report to whoever manages it.",
          "さくらのアカウントがご自身のものであれば、サーバー コントロール パネルで「国外 IP アドレス フィルター」を無効にする (またはメールを許可する) 設定にしてから送り直してください。組織のアカウントであれば、このレポートを管理者に転送してください。",
        ),
        t(
          "Or send the message from a mail app connected from Japan.",
          "または、日本国内から接続したメール アプリで送信してください。",
        ),
      ],
      adminFix: [
        t(
          "In the server control panel, turn off the foreign IP address filter for mail, or send through a relay whose servers are in Japan.",
          "サーバー コントロール パネルで、メールに対する国外 IP アドレス フィルターを無効にするか、国内のサーバーを使う中継経由で送信してください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
