// HCL (formerly IBM Lotus) Domino's SMTP refusals in its own words: the default reply of its DNS
// block list filters, "Connection denied based on policy reason" (when no custom reply is set), and
// its inbound sender controls' "Mail from <address> rejected for policy reasons" (IBM Redbook
// "Lotus Domino 6 spam Survival Guide for IBM eServer", chapter 4, "Domino 6 Server anti-spam
// features"; HCL Domino administration help, "Using DNS blacklists to deny connections"). Found by
// its words, whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN, RECIPIENT_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const PAGE =
  "https://help.hcltechsw.com/domino/12.0.0/admin/conf_howinboundantirelaysettingscontrolmessagetransfer_r.html";

export const domino: ProviderCatalog = {
  provider: {
    id: "domino",
    name: "HCL Domino",
    page: PAGE,
    hosts: [],
    markers: ["connection denied based on policy reason", "rejected for policy reasons"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "domino-dnsbl",
      code: "",
      texts: ["Connection denied based on policy reason"],
      reasons: ["blocked", "badreputation"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's Domino server refused the connection from your server[[ ({ip})]] because that IP address is on a DNS block list it checks.",
        "あなたのサーバー[[ ({ip}) ]]の IP アドレスが、受信側の Domino サーバーが参照する DNS ブロック リストに載っているため、Domino はその接続を拒否しました。",
      ),
      cause: t(
        "This is Domino's default reply when a connecting server is found on one of the DNS block lists (such as Spamhaus or SpamCop) its admin turned on; the reply does not name the list. It is about the sending server's address, not about this message.",
        "これは、接続してきたサーバーが、管理者の有効にした DNS ブロック リスト (Spamhaus や SpamCop など) のいずれかに見つかったときの Domino の既定の応答です。応答はリストの名前を示しません。このメッセージではなく、送信サーバーのアドレスの問題です。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.findUnnamedListing, YOUR_ADMIN.checkReputation],
      actions: ["request-delisting", "contact-your-admin"],
    },
    {
      id: "domino-sender-denied",
      code: "",
      texts: ["Mail from <address> rejected for policy reasons"],
      title: "Mail from your address rejected for policy reasons",
      reasons: ["rejected", "policyviolation"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's Domino server refused mail from your address: its admin has listed your address or domain among the senders it does not accept.",
        "受信側の Domino サーバーは、あなたのアドレスからのメールを拒否しました。管理者が、あなたのアドレスまたはドメインを受け付けない送信者として登録しています。",
      ),
      cause: t(
        "Domino's inbound sender controls let an admin deny chosen addresses or domains, or accept mail only from a list of them. Your address or domain is denied, or is not on the list the server accepts; the same message from another organization would pass.",
        "Domino の受信時の送信者制御では、管理者が特定のアドレスやドメインを拒否したり、一覧にあるものからだけメールを受け付けたりできます。あなたのアドレスやドメインが拒否されているか、受け付ける一覧に入っていません。別の組織からの同じメッセージは通ります。",
      ),
      fix: [
        t(
          "Reach the recipient another way and ask their mail admin to allow your address or domain.",
          "別の手段で受信者に連絡し、受信側のメール管理者にあなたのアドレスやドメインを許可してもらってください。",
        ),
      ],
      adminFix: [RECIPIENT_ADMIN.reviewPolicy],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
  ],
};
