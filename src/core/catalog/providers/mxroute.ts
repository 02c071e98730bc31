// MXroute, a mail host for many small domains, and its Expert Spam Filtering
// (docs.mxroute.com/docs/expert-spam-filtering.html): mail from network ranges that seldom hold
// real mail servers (residential ISPs, compromised networks, botnets) must sign in, and an
// unauthenticated server there is refused with "Unauthenticated mail not allowed from this range";
// a legitimate server is whitelisted through MXroute's request form
// (whitelistrequest.mxrouting.net), which the sender or the recipient may fill in. The reply comes
// under a bare 550, whose meaning says nothing, so the table is found by these words whatever
// host wrote them (mjl-/mox#352 quotes it from an MXroute customer's server). The explanations
// are our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const mxroute: ProviderCatalog = {
  provider: {
    id: "mxroute",
    name: "MXroute",
    page: "https://docs.mxroute.com/docs/expert-spam-filtering.html",
    hosts: [".mxrouting.net"],
    markers: ["unauthenticated mail not allowed from this range"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "mxroute-range-refused",
      title: "Unauthenticated mail not allowed from this range",
      code: "",
      texts: ["Unauthenticated mail not allowed from this range"],
      reasons: ["blocked", "rejected"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail host, MXroute, refused the message because your sending server[[ ({ip})]] sits in a network range it takes mail from only after a sign-in (its Expert Spam Filtering).",
        "受信側のメール ホスティング サービス MXroute は、あなたの送信サーバー[[ ({ip}) ]]が、認証 (サインイン) のない送信を受け付けないネットワーク範囲にあるため、メッセージを拒否しました (Expert Spam Filtering)。",
      ),
      cause: t(
        "MXroute's Expert Spam Filtering refuses unauthenticated mail from address ranges that seldom hold real mail servers: home and mobile connections, cloud and hosting ranges with much abuse, known botnets. A server sending from such a range is refused whatever the message says, until MXroute whitelists it.",
        "MXroute の Expert Spam Filtering は、正規のメール サーバーがほとんどないアドレス範囲 (家庭用やモバイルの回線、悪用の多いクラウドやホスティングの範囲、既知のボットネット) からの認証されていないメールを拒否します。そのような範囲から送るサーバーは、MXroute が許可リストに登録するまで、メッセージの内容にかかわらず拒否されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Request whitelisting of the sending server's IP address and domain on MXroute's form (whitelistrequest.mxrouting.net; the recipient may request it too), or send through a relay whose addresses are not in such a range (your provider's smarthost or a sending service).",
          "MXroute の申請フォーム (whitelistrequest.mxrouting.net) で、送信サーバーの IP アドレスとドメインの許可リストへの登録を申請してください (受信者が申請することもできます)。または、このような範囲にないアドレスのリレー (プロバイダーのスマート ホストや送信サービス) を経由して送ってください。",
        ),
      ],
      actions: ["contact-your-admin", "copy-summary"],
    },
  ],
};
