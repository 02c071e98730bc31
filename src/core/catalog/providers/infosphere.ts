// Source: InfoSphere (NTT PC Communications), "電子メール送信時のご注意"
// (sphere.ne.jp/support/news/2006/07/000027.html): its outgoing mail server answers
// "550 can't accept user... (#5.7.1)" at once when a recipient is an InfoSphere address
// (…@….sphere.ne.jp) whose account name is wrong or cancelled, and some mail apps then send the
// message to no one. The explanations are our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const infosphere: ProviderCatalog = {
  provider: {
    id: "infosphere",
    name: "InfoSphere",
    page: "https://www.sphere.ne.jp/support/news/2006/07/000027.html",
    hosts: [".sphere.ne.jp", ".sphere.ad.jp"],
    markers: [],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "infosphere-cant-accept-user",
      title: "No such InfoSphere address",
      code: "",
      texts: ["can't accept user"],
      reasons: ["userunknown", "filtered", "rejected"],
      temporary: false,
      owner: "you",
      summary: t(
        "InfoSphere's mail server refused a recipient: there is no InfoSphere address like this one.",
        "InfoSphere のメール サーバーが宛先を受け付けませんでした。この InfoSphere のアドレスは存在しません。",
      ),
      cause: t(
        "InfoSphere's server checks every InfoSphere address (…@….sphere.ne.jp) among the recipients as you send; the account name of one is mistyped, or it was cancelled. Depending on your mail app, the message may not have gone to the other recipients either.",
        "InfoSphere のサーバーは、送信時に宛先に含まれる InfoSphere のアドレス (…@….sphere.ne.jp) をその場で確認します。そのうち 1 つのアカウント名 (@ より前) が間違っているか、すでに解約されています。お使いのメール アプリによっては、ほかの宛先にもメッセージが送られていない場合があります。",
      ),
      fix: [
        YOU.checkAddress,
        t(
          "If the address was right, remove it and send the message again to the other recipients, then ask its owner for their current address.",
          "アドレスが正しい場合は、その宛先を外してほかの宛先に送り直し、持ち主に現在のアドレスを確認してください。",
        ),
      ],
      adminFix: [
        t(
          "Nothing to change on the server; for a mailing list, remove the address that InfoSphere refuses so that it does not stop the other recipients' copies.",
          "サーバー側で変える設定はありません。メーリング リストの場合は、ほかの宛先への送信が止まらないよう、InfoSphere が受け付けないアドレスをリストから外してください。",
        ),
      ],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
  ],
};
