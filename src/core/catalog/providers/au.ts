// Source: au (KDDI) 迷惑メールフィルター help (au.com/support: 受信リスト設定, なりすまし規制, 携帯/PHS以外
// からのメールを拒否) for what its users' filters do, and the replies au's servers write: "User unknown"
// naming the address for a missing one, without an address for mail the user's filter refused.
// Texts are au's phrasings (matched in the reply); the explanations are our own words.
import { t } from "../types";
import { kddi } from "../../reason/providers/kddi";
import { CARRIER, MAILBOX } from "./mailbox-steps";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const au: ProviderCatalog = {
  provider: {
    id: "au",
    name: "au (KDDI)",
    page: "https://www.au.com/support/service/mobile/trouble/mail/email/filter/",
    hosts: kddi.hosts,
    markers: [],
    domains: ["ezweb.ne.jp", "au.com"],
    kind: "receiver",
  },
  entries: [
    {
      id: "au-user-unknown",
      title: "User unknown",
      code: "",
      texts: [">: User unknown"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        'au (KDDI) did not accept the message for this address: the address does not exist, or the recipient\'s mail filter refuses your mail. au answers "User unknown" in both cases.',
        "au (KDDI) はこの宛先へのメールを受け付けませんでした。アドレスが存在しないか、受信者の迷惑メールフィルターがあなたのメールを拒否しています。au はどちらの場合も「User unknown」と応答します。",
      ),
      cause: t(
        "The address may be mistyped or no longer used (phone addresses change often). If it is right, the recipient's au mail filter (designated reception, refusal of mail from computers, the spoofing check) is refusing your mail.",
        "アドレスの入力ミスや、使われなくなったアドレスが考えられます (携帯電話のアドレスはよく変更されます)。アドレスが正しい場合は、受信者の au 迷惑メールフィルター (受信リスト指定、パソコンからのメール拒否、なりすまし規制など) があなたのメールを拒否しています。",
      ),
      fix: [YOU.checkAddress, CARRIER.allowSender],
      adminFix: [CARRIER.spoofCheck, MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    {
      id: "au-refused-by-recipient-filter",
      title: "User unknown (refused by the recipient's mail filter)",
      code: "",
      texts: ["550 : User unknown"],
      reasons: ["filtered"],
      temporary: false,
      owner: "recipient",
      summary: t(
        "The au (KDDI) user's own mail filter refused your message.",
        "au (KDDI) の受信者自身の迷惑メールフィルターが、あなたのメッセージを拒否しました。",
      ),
      cause: t(
        "When au's reply names no address, the refusal comes from the recipient's filter settings: designated reception, refusal of mail from computers, or the spoofing check, which also stops forwarded mail unless the recipient allows it. Only the recipient can change these settings.",
        "au の応答にアドレスが書かれていない場合は、受信者のフィルター設定による拒否です (受信リスト指定、パソコンからのメール拒否、なりすまし規制など)。なりすまし規制は、受信者が許可しない限り転送メールも止めます。この設定を変えられるのは受信者本人だけです。",
      ),
      fix: [CARRIER.allowSender],
      adminFix: [CARRIER.spoofCheck],
      actions: ["contact-recipient"],
    },
    {
      id: "au-relay-access-denied",
      code: "",
      texts: ["Relay access denied"],
      reasons: ["norelaying", "userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "au (KDDI) refused the address: it is not written correctly, or it is not an au address at all.",
        "au (KDDI) はこの宛先を拒否しました。アドレスの書き方が正しくないか、そもそも au のアドレスではありません。",
      ),
      cause: t(
        "au answers this way for an address with two @ signs or characters it does not allow, and for a domain it does not host.",
        "au は、@ が 2 つあるアドレスや使えない文字を含むアドレス、au が扱っていないドメインのアドレスに対してこの応答を返します。",
      ),
      fix: [YOU.checkAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "clear-autocomplete-entry"],
    },
  ],
};
