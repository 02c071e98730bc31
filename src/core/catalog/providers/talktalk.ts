// Source: TalkTalk's two policy codes as the deliverability firm Suped explains them from TalkTalk's
// community forum, where TalkTalk's staff answer senders ("How to contact TalkTalk postmaster for
// deliverability issues and what does TT992 error mean?", suped.com, 2025): "Content rejected
// (TT992)" is a policy reject (a permanent refusal by TalkTalk's third-party anti-spam filtering,
// for the content, the sending identity, its reputation or its sending rate over recent time
// windows) and TT991 the same policy's deferral; TalkTalk publishes no postmaster contact, its
// community forum is the way in. Its mailbox domains are talktalk.net and the former Tiscali,
// Pipex and Onetel domains. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

const FORUM = "https://community.talktalk.co.uk/";

/** What TalkTalk's policy weighs, the same for its refusal and its deferral. */
const policyCause = t(
  "TalkTalk's filtering weighs the message's content and links, the sending IP's and domain's reputation, SPF, DKIM and DMARC, and how much the sender has sent to TalkTalk recently; it does not say which of these decided.",
  "TalkTalk のフィルターは、メッセージの内容とリンク、送信 IP とドメインの評価、SPF・DKIM・DMARC、送信者が最近 TalkTalk に送った量を判断材料にします。どれが決め手になったかは示されません。",
);

/** The sending side's checks, and the forum where TalkTalk reviews a sender's case. */
const reviewSending = t(
  "Check SPF, DKIM and DMARC for {domain}, the reputation of {ip}, the campaign's content and links, and the sending rate to TalkTalk; if mail still fails, post the full refusal, the sending IPs and domains on TalkTalk's community forum, where its staff pick up deliverability cases.",
  "{domain} の SPF・DKIM・DMARC、{ip} の評価、キャンペーンの内容とリンク、TalkTalk への送信ペースを確認してください。それでも届かない場合は、拒否メッセージの全文、送信 IP とドメインを TalkTalk のコミュニティ フォーラムに投稿してください。スタッフが配信の問題を取り上げています。",
);

export const talktalk: ProviderCatalog = {
  provider: {
    id: "talktalk",
    name: "TalkTalk",
    page: FORUM,
    hosts: [".talktalk.net", ".tiscali.co.uk"],
    markers: ["(tt991)", "(tt992)"],
    domains: ["talktalk.net", "tiscali.co.uk", "pipex.com", "onetel.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "talktalk-policy-reject",
      title: "Refused by TalkTalk's policy (TT992)",
      code: "",
      texts: ["Content rejected (TT992)"],
      markers: ["(tt992)"],
      reasons: ["spamdetected", "policyviolation", "rejected", "badreputation"],
      temporary: false,
      owner: "your-admin",
      page: "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-contact-talktalk-postmaster-for-deliverability-issues-and-what-does-tt992-error-mean",
      summary: t(
        "TalkTalk refused the message under its sending policy: its filter judged the message or the way it was sent unacceptable.",
        "TalkTalk は送信ポリシーに基づいてメッセージを拒否しました。フィルターが、メッセージまたはその送られ方を受け入れられないと判断しました。",
      ),
      cause: policyCause,
      fix: [
        YOU.forwardToAdmin,
        t(
          "If you write to one person at TalkTalk, a plain message without links may get through meanwhile.",
          "TalkTalk の特定の相手に送る場合は、当面はリンクのない簡潔な文面なら届くことがあります。",
        ),
      ],
      adminFix: [reviewSending],
      actions: ["contact-your-admin", "check-spf-dkim-dmarc"],
    },
    {
      id: "talktalk-policy-deferral",
      title: "Deferred by TalkTalk's policy (TT991)",
      code: "",
      texts: ["(TT991)"],
      markers: ["(tt991)"],
      reasons: ["spamdetected", "policyviolation", "speeding", "badreputation"],
      temporary: true,
      owner: "your-admin",
      page: "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-contact-talktalk-postmaster-for-deliverability-issues-and-what-does-tt992-error-mean",
      summary: t(
        "TalkTalk deferred the message under its sending policy: it did not refuse it outright.",
        "TalkTalk は送信ポリシーに基づいてメッセージの受け付けを保留しました。完全に拒否したわけではありません。",
      ),
      cause: policyCause,
      fix: [YOU.waitForRetry, YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.slowDown, reviewSending],
      actions: ["wait-for-retry", "contact-your-admin"],
    },
  ],
};
