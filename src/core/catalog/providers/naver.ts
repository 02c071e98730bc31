// Source: Naver Mail's own refusals, which link its help (help.naver.com/alias/mail/newmail10.naver
// for an unknown address, as met in github.com/your-digital-rights issue 736, 2025) and its IP
// registration page for senders (realip.naver.com, "Your IP(...) is filtered ... You must
// register your IP", as Korean senders list Naver's replies: puffinknight.tistory.com), and Naver's
// anti-spam policy for senders (policy.naver.com/rules/spamcheck.html). Naver's MX servers end
// their replies in "- nsmtp". The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const naver: ProviderCatalog = {
  provider: {
    id: "naver",
    name: "Naver Mail",
    page: "https://policy.naver.com/rules/spamcheck.html",
    hosts: [".naver.com"],
    markers: ["help.naver.com/alias/mail", "realip.naver.com"],
    domains: ["naver.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "naver-no-such-user",
      code: "",
      texts: ["No such user. For more information, go to", "No such user"],
      markers: ["newmail10.naver"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      page: "https://help.naver.com/alias/mail/newmail10.naver",
      summary: t(
        "Naver Mail has no user with this address.",
        "Naver メールには、このアドレスの利用者がいません。",
      ),
      cause: t(
        "The ID before @naver.com is mistyped, or the Naver account was closed. Naver checks the address before it takes the message, so nothing was delivered.",
        "@naver.com の前の ID の入力ミスか、Naver のアカウントが削除されています。Naver はメッセージを受け取る前にアドレスを確認するため、何も配信されていません。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
    {
      id: "naver-ip-filtered",
      title: "Sending IP filtered",
      code: "",
      texts: [
        "Your IP(<ip>) is filtered and this connection will be closed",
        "You must register your IP to http://realip.naver.com",
      ],
      markers: ["realip.naver.com"],
      reasons: ["blocked", "badreputation", "spamdetected", "toomanyconn", "speeding"],
      temporary: true,
      owner: "your-admin",
      summary: t(
        "Naver is filtering the sending IP[[ ({ip})]] and closed the connection; it asks the IP's operator to register it with Naver.",
        "Naver は送信 IP [[({ip}) ]]をフィルターの対象にして接続を閉じました。その IP の運用者に Naver への登録を求めています。",
      ),
      cause: t(
        "Naver filters IPs that send a lot of mail, or mail its users report, without being registered as a sending server with Naver. The filter stays until the IP is registered or its mail improves.",
        "Naver は、送信サーバーとして Naver に登録されていないまま大量のメールや利用者から報告されたメールを送る IP をフィルターの対象にします。IP が登録されるかメールの状況が改善するまで、フィルターは続きます。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [
        t(
          "Register {ip} as a sending server on Naver's page for senders (realip.naver.com, now part of Naver's customer center), with SPF, DKIM and a reverse DNS name in place.",
          "SPF・DKIM と逆引き DNS 名を設定したうえで、Naver の送信者向けページ (realip.naver.com、現在は Naver の顧客センター) で {ip} を送信サーバーとして登録してください。",
        ),
        YOUR_ADMIN.slowDown,
      ],
      actions: ["contact-your-admin", "request-delisting"],
    },
  ],
};
