// Source: the refusal of Daum Mail's (Kakao's hanmail.net / daum.net) anti-spam system as senders
// met it ("554 5.7.1 DAS51 <ip>: Your mail is blocked automatically by anti-spam system. (E06)",
// auctionpro.co.kr, 2018, with the steps that lifted it: stop the spam from the stolen account,
// have the IP removed from the block lists, ask Daum's support) and Daum's anti-spam policy for
// senders (mail.daum.net/policy, category spam). The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const daum: ProviderCatalog = {
  provider: {
    id: "daum",
    name: "Daum Mail (Kakao)",
    page: "https://mail.daum.net/policy?category=spam&tab=intro",
    hosts: [".hanmail.net", ".daum.net"],
    markers: [],
    domains: ["hanmail.net", "daum.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "daum-anti-spam-block",
      code: "",
      texts: ["Your mail is blocked automatically by anti-spam system"],
      markers: ["das51"],
      reasons: ["blocked", "spamdetected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Daum's anti-spam system has blocked mail from the sending IP[[ ({ip})]].",
        "Daum のスパム対策システムが、送信 IP [[({ip}) ]]からのメールをブロックしています。",
      ),
      cause: t(
        "Daum blocks an IP on its own when spam comes from it (often from a stolen account) or when it appears on public block lists; the block stays until the spam stops and is usually lifted after a day or on request.",
        "Daum は、IP から迷惑メールが届いた場合 (乗っ取られたアカウントからのことが多い) や、公開ブロック リストに掲載された場合に、自動でその IP をブロックします。迷惑メールが止まるまでブロックは続き、通常は 1 日ほどたつか依頼すると解除されます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Find the account or machine behind {ip} that sent spam and secure it (change its password), get {ip} off any public block list, then ask Daum's customer center to lift the block.",
          "{ip} から迷惑メールを送ったアカウントや端末を探して保護し (パスワードを変更)、公開ブロック リストから {ip} を外してもらってから、Daum の顧客センターにブロックの解除を依頼してください。",
        ),
        YOUR_ADMIN.checkReputation,
      ],
      actions: ["secure-account", "request-delisting", "contact-your-admin"],
    },
  ],
};
