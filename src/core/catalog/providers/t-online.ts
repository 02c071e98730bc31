// Source: Deutsche Telekom's postmaster page for t-online.de (postmaster.t-online.de, section 4.1
// "Requirements for smooth access to our e-mail exchanges": the sending host's name must lead to
// its operator's domain and a website with direct contact details, with forward-confirmed reverse
// DNS), its refusals as its MX servers write them ("554 IP=... - None/bad reputation ... (NOWL)",
// "... A problem occurred ... (BL)") and T-Online's own explanation that it refuses hosts of bad
// or unknown reputation, including ones that have not sent mail for a long time (quoted on
// spamresource.com, June 2020). The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

/** T-Online's requirement 4.1, which both refusals come back to. */
const operatorWebsite = t(
  "Make the name of {ip} lead to you: its reverse DNS name must resolve back to {ip} and belong to your domain, and that domain must have a website with your contact details (an imprint), as T-Online's postmaster page requires in section 4.1.",
  "{ip} の名前から運営者がわかるようにしてください。逆引き DNS 名が {ip} に正引きでき、自組織のドメインに属し、そのドメインに連絡先 (Impressum、運営者情報) を載せた Web サイトがある必要があります。T-Online のポストマスター ページの 4.1 節の要件です。",
);

export const tOnline: ProviderCatalog = {
  provider: {
    id: "t-online",
    name: "T-Online (Deutsche Telekom)",
    page: "https://postmaster.t-online.de/index.en.html",
    hosts: [".t-online.de"],
    markers: ["rx.t-online.de", "postmaster.t-online.de"],
    domains: ["t-online.de", "magenta.de"],
    kind: "receiver",
  },
  entries: [
    {
      id: "t-online-no-reputation",
      code: "",
      texts: ["None/bad reputation", "(NOWL)"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "T-Online refused your server[[ ({ip})]] because it has no good sending reputation with T-Online yet: unknown, not trusted, or not seen for a long time.",
        "あなたのサーバー[[ ({ip}) ]]には T-Online での良好な送信評価がまだないため (未知、信頼されていない、または長期間送信がない)、T-Online は受け付けを拒否しました。",
      ),
      cause: t(
        "T-Online takes mail only from servers it knows to behave well; a new IP, or one that has sent nothing for a long time, is refused until its operator asks T-Online to reset it and the server meets T-Online's requirements. This is not a public block list.",
        "T-Online は、問題なく送信していると確認できたサーバーからしかメールを受け付けません。新しい IP や長期間送信のなかった IP は、運営者が T-Online にリセットを依頼し、サーバーが T-Online の要件を満たすまで拒否されます。公開ブロック リストによるものではありません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        operatorWebsite,
        t(
          "Then write to the address the refusal names (…@rx.t-online.de) asking for a reset of {ip}, with the full refusal and the web address of your contact page.",
          "その上で、拒否メッセージに書かれたアドレス (…@rx.t-online.de) に、拒否メッセージの全文と連絡先ページの URL を添えて {ip} のリセットを依頼してください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "t-online-blocked",
      title: "Sending server blocked",
      code: "",
      texts: ["A problem occurred <x> (BL)", "(BL)"],
      reasons: ["blocked", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "T-Online blocks your server[[ ({ip})]]: it refuses its mail because of the server's reputation or setup.",
        "T-Online はあなたのサーバー[[ ({ip}) ]]をブロックしています。サーバーの評価または設定を理由に、そのメールを拒否しています。",
      ),
      cause: t(
        "T-Online refuses hosts with a bad reputation (spam seen from the IP or its network) and hosts that break its requirements; the block stays until T-Online's postmaster team clears it.",
        "T-Online は、評価の低いホスト (その IP やネットワークから迷惑メールが観測された) や、要件を満たさないホストを拒否します。T-Online のポストマスター チームが解除するまでブロックは続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        YOUR_ADMIN.checkReputation,
        operatorWebsite,
        t(
          "Write to the address the refusal names (…@rx.t-online.de) to clarify the block, with the full refusal.",
          "拒否メッセージに書かれたアドレス (…@rx.t-online.de) に、拒否メッセージの全文を添えてブロックについて問い合わせてください。",
        ),
      ],
      actions: ["request-delisting", "contact-your-admin"],
    },
  ],
};
