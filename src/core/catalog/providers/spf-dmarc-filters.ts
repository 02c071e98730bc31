// The SPF and DMARC filters self-hosted servers plug into Postfix or Sendmail: policyd-spf
// (pypolicyd-spf, "postfix-policyd-spf-python"), whose refusal is "Message rejected due to: SPF
// fail - not authorized. Please see http://www.openspf.net/Why?s=...;ip=...;r=..." (its
// policyd-spf.1 manual and its EXPLANATIONS table), and OpenDMARC, whose refusal is "rejected by
// DMARC policy for <domain>" (opendmarc.c, RejectFailures in opendmarc.conf(5)). Two tables, found
// by their own words whatever host wrote them. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const policydSpf: ProviderCatalog = {
  provider: {
    id: "policyd-spf",
    name: "policyd-spf (SPF policy server)",
    page: "https://manpages.debian.org/stable/postfix-policyd-spf-python/policyd-spf.1.en.html",
    hosts: [],
    markers: ["message rejected due to: spf", "spf fail - not authorized"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "policyd-spf-fail",
      ownRecordsCause: true,
      code: "",
      texts: ["Message rejected due to: SPF fail - not authorized", "SPF fail - not authorized"],
      reasons: ["authfailure", "securityerror", "rejected", "blocked"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because your domain's SPF record does not list the server that sent it[[ ({ip})]].",
        "あなたのドメインの SPF レコードに、メッセージを送ったサーバー[[ ({ip}) ]]が記載されていないため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        'SPF lets a domain publish which servers may send its mail. The receiving server looked up the SPF record of the envelope sender\'s domain (or of the HELO name), and the sending IP address is not in it while the record ends in -all ("fail"). The usual causes: a new mail service, website or scanner that sends as your domain but was never added to the record, or a forwarder that passed the message on from its own servers.',
        'SPF は、ドメインのメールを送ってよいサーバーをそのドメインが公開するしくみです。受信側のサーバーがエンベロープ送信者のドメイン (または HELO 名) の SPF レコードを調べたところ、送信 IP アドレスが含まれておらず、レコードが -all ("fail") で終わっていました。よくある原因は、あなたのドメインとして送る新しいメール サービスや Web サイト、複合機をレコードに追加していないこと、または転送サービスがメッセージを自身のサーバーから転送したことです。',
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkSpf],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};

export const openDmarc: ProviderCatalog = {
  provider: {
    id: "opendmarc",
    name: "OpenDMARC",
    page: "https://manpages.debian.org/stable/opendmarc/opendmarc.conf.5.en.html",
    hosts: [],
    markers: ["rejected by dmarc policy for"],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "opendmarc-reject",
      ownRecordsCause: true,
      title: "Rejected by the sender domain's DMARC policy",
      code: "",
      texts: ["rejected by DMARC policy for <domain>"],
      reasons: ["authfailure", "securityerror", "rejected", "blocked"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The receiving server refused the message because it failed the DMARC check of the From domain[[ {domain}]], whose owner asks receivers to refuse such mail.",
        "差出人 (From) のドメイン[[ {domain} ]]の DMARC 検査にメッセージが合格せず、そのドメインの所有者が受信側にそのようなメールの拒否を求めているため、受信側のサーバーはメッセージを拒否しました。",
      ),
      cause: t(
        "DMARC passes only when SPF or DKIM passes for a domain that matches the From address. Neither did here, and the From domain publishes p=reject. Mail sent as your domain by an outside service that does not sign with your domain's DKIM key, or a message changed by a forwarder or mailing list, fails this way.",
        "DMARC は、From アドレスと一致するドメインで SPF または DKIM が合格した場合にのみ合格します。今回はどちらも合格せず、From のドメインは p=reject を公開しています。あなたのドメインの DKIM 鍵で署名しない外部サービスがあなたのドメインとして送ったメールや、転送サービスやメーリング リストが書き換えたメッセージは、このように不合格になります。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};
