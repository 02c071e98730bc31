// Source: Wirtualna Polska's anti-spam policy for its mail (wp.pl, o2.pl: pomoc.wp.pl/polityka-antyspamowa,
// formerly poczta.wp.pl/info-antyspam-policy.html), which its refusals link, and its spam refusal
// as senders met it, in Polish and English ("Nie przyjmiemy tej wiadomosci poniewaz jest to spam
// ... / We can't accept this message because it is spam", github.com/geokrety, 2024). The policy
// lists what WP refuses: senders users complained about, listed IPs, spam and viruses, mail
// bombing, bad DNS or reverse DNS, forged headers and SPF failures. The explanations are our own words.
import { t } from "../types";
import { finalOnly } from "../step-kinds";
import { YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const wp: ProviderCatalog = {
  provider: {
    id: "wp",
    name: "Wirtualna Polska (WP, o2)",
    page: "https://pomoc.wp.pl/polityka-antyspamowa",
    hosts: [".wp.pl", ".o2.pl"],
    markers: ["pomoc.wp.pl/polityka-antyspamowa", "info-antyspam-policy"],
    domains: ["wp.pl", "o2.pl", "tlen.pl", "go2.pl", "wp.eu"],
    kind: "receiver",
  },
  entries: [
    {
      id: "wp-spam",
      code: "",
      texts: [
        "We can't accept this message because it is spam",
        "Nie przyjmiemy tej wiadomosci poniewaz jest to spam",
      ],
      reasons: ["spamdetected", "policyviolation", "rejected"],
      temporary: false,
      // The policy's verdict on the message itself (unsolicited bulk mail); the sending server's
      // DNS, SPF and block lists are refusals of their own.
      owner: "you",
      summary: t(
        "WP's anti-spam system refused the message as spam.",
        "WP のスパム対策システムは、メッセージを迷惑メールとして拒否しました。",
      ),
      cause: t(
        "WP (wp.pl, o2.pl) judges each message by its content, its sender's history with WP users (complaints) and the sending server's setup (DNS, reverse DNS, SPF). Automated mail (registrations, notifications) from a new or shared server is often caught; a recipient who has the sender in their address book receives it.",
        "WP (wp.pl、o2.pl) は、内容、WP の利用者からの苦情などの送信者の履歴、送信サーバーの設定 (DNS、逆引き DNS、SPF) から各メッセージを判定します。新しいサーバーや共用サーバーからの自動送信メール (登録確認、通知) が引っかかりやすく、送信者をアドレス帳に登録している受信者には届きます。",
      ),
      fix: [
        finalOnly(
          t(
            "Ask the recipient another way to add your address to their WP address book, then send again; or send a short, plain message of your own words.",
            "別の手段で受信者に連絡し、WP のアドレス帳にあなたのアドレスを登録してもらってから送り直してください。または、自分の言葉で書いた短く簡潔なメッセージを送ってください。",
          ),
          t(
            "Ask the recipient another way to add your address to their WP address book.",
            "別の手段で受信者に連絡し、WP のアドレス帳にあなたのアドレスを登録してもらってください。",
          ),
        ),
      ],
      adminFix: [YOUR_ADMIN.checkSpf, YOUR_ADMIN.checkPtr, YOUR_ADMIN.checkReputation],
      actions: ["contact-recipient", "copy-summary"],
    },
  ],
};
