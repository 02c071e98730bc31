// Source: Yahoo! JAPAN Mail help (support.yahoo-net.jp, メールが送れない・エラーで戻ってくる) and the replies
// its servers (*.mail.yahoo.co.jp) write. Yahoo! JAPAN publishes no table of its SMTP replies; its
// servers keep the wording of Yahoo Mail's software ("dd This user doesn't have a ... account"),
// so only the meanings its replies state outright are here. The explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const yahooJapan: ProviderCatalog = {
  provider: {
    id: "yahoo-japan",
    name: "Yahoo! JAPAN",
    page: "https://support.yahoo-net.jp/PccMail/",
    hosts: [".yahoo.co.jp", ".yahoo-net.jp"],
    // Its refusal names its own domain ("doesn't have a yahoo.co.jp account") when no host is named.
    markers: ["yahoo.co.jp account", "ymail.ne.jp account"],
    domains: ["yahoo.co.jp", "ymail.ne.jp"],
    kind: "receiver",
  },
  entries: [
    {
      id: "yahoo-japan-no-such-user",
      title: "This user doesn't have an account",
      code: "",
      texts: ["This user doesn't have a $domain account", "User unknown"],
      reasons: ["userunknown", "filtered"],
      temporary: false,
      owner: "you",
      summary: t(
        "Yahoo! JAPAN has no mailbox with this address.",
        "Yahoo! JAPAN にはこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or its Yahoo! JAPAN ID was deleted or never had mail turned on. Yahoo! JAPAN deletes the mail address of an ID that goes unused for a long time.",
        "アドレスの入力ミスか、その Yahoo! JAPAN ID が削除されたか、その ID ではメールの利用が開始されていません。Yahoo! JAPAN は、長期間使われていない ID のメール アドレスを削除します。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
  ],
};
