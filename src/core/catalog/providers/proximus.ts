// Source: Proximus's help page "Your IP address is in our blacklist" (proximus.be/support, id
// sfaqs_mail_blacklist): a customer who can no longer send gets "554 Access denied - Under
// investigation for spam abuse. Contact your email provider for more info", because spam left from
// their IP, mailbox or mail server (malware, a misconfigured server, a mailing list full of dead
// addresses, a phished password); and its "E-mail guidelines" (proximus.be, id_cr_emailguidelines:
// no open relays, no dynamic or residential IPs, a PTR record, under 10% unknown recipients, at most
// 4 connections at once). Proximus's mail servers are *.proximus.be (relay.proximus.be sends its
// customers' mail). The explanations are our own words.
import { t } from "../types";
import { YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const proximus: ProviderCatalog = {
  provider: {
    id: "proximus",
    name: "Proximus",
    page: "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html",
    hosts: [".proximus.be", ".skynet.be", ".belgacom.be"],
    markers: ["under investigation for spam abuse"],
    domains: ["proximus.be", "skynet.be", "belgacom.net"],
    kind: "receiver",
  },
  entries: [
    {
      id: "proximus-blacklist",
      title: "Blocked by Proximus: under investigation for spam",
      code: "",
      texts: ["Access denied - Under investigation for spam abuse"],
      reasons: ["blocked", "badreputation", "spamdetected"],
      temporary: false,
      owner: "your-admin",
      ownBounce: true,
      summary: t(
        "Proximus has put your IP address[[ ({ip})]], mailbox or mail server on its own block list because spam was sent from it; until it is removed, your mail through Proximus is refused.",
        "迷惑メールが送られていたため、Proximus はあなたの IP アドレス[[ ({ip}) ]]、メールボックス、またはメール サーバーを自社のブロック リストに登録しました。削除されるまで、Proximus 経由のメールは拒否されます。",
      ),
      cause: t(
        "Spam often leaves without its owner knowing: malware on a computer, a mail server that lets others relay, a password stolen by phishing, or newsletters sent to many addresses that no longer exist.",
        "迷惑メールは所有者が知らないうちに送られることがよくあります。コンピューターのマルウェア、他者の中継を許すメール サーバー、フィッシングで盗まれたパスワード、存在しない多数のアドレスへのニュースレター送信などです。",
      ),
      fix: [
        t(
          "Install your computers' updates and scan them for malware, change your mailbox password if it may be known to others, then forward this report to your mail admin or Proximus's support.",
          "コンピューターの更新を適用してマルウェア スキャンを行い、パスワードが他人に知られている可能性があればメールボックスのパスワードを変更してから、このレポートをメール管理者または Proximus のサポートに転送してください。",
        ),
      ],
      adminFix: [
        t(
          "Check the mail server: no open relay, a reverse DNS (PTR) record for {ip}, bulk mail sent from your own server rather than relay.proximus.be; then ask Proximus to remove the listing, giving {ip}, the customer number and what was fixed.",
          "メール サーバーがオープン リレーでないこと、{ip} に逆引き DNS (PTR) レコードがあること、一斉送信を relay.proximus.be ではなく自組織のサーバーから送っていることを確認してください。そのうえで {ip}、顧客番号、対処内容を添えて Proximus に登録の削除を依頼してください。",
        ),
        YOUR_ADMIN.cleanLists,
      ],
      actions: ["secure-account", "contact-your-admin", "request-delisting"],
    },
  ],
};
