// Source: SoftBank, メールを送受信する際の注意事項 (softbank.jp/mobile/support/antispam/wrestle: advice to
// senders of mail to phones) and its 迷惑メール対策 help, and the replies SoftBank's servers write.
// Mail a SoftBank user's filter refuses is dropped without a bounce, so a refusal here is about the
// address or the sender's domain. Texts are SoftBank's phrasings; the explanations are our own words.
import { t } from "../types";
import { MAILBOX } from "./mailbox-steps";
import { senderDomainMissing } from "./sender-domain-missing";
import { YOU } from "./steps";
import type { ProviderCatalog } from "./types";

export const softbank: ProviderCatalog = {
  provider: {
    id: "softbank",
    name: "SoftBank",
    page: "https://www.softbank.jp/mobile/support/antispam/wrestle/",
    hosts: [".softbank.ne.jp", ".softbank.jp"],
    markers: [],
    domains: ["softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp", "disney.ne.jp"],
    kind: "receiver",
  },
  entries: [
    {
      id: "softbank-invalid-recipient",
      code: "",
      texts: ["Invalid recipient"],
      reasons: ["userunknown"],
      temporary: false,
      owner: "you",
      summary: t(
        "SoftBank has no mailbox with this address.",
        "SoftBank にはこのアドレスのメールボックスがありません。",
      ),
      cause: t(
        "The address is mistyped, or its owner changed or cancelled it. (SoftBank drops mail that its user's filters refuse without any bounce, so this reply is about the address itself.)",
        "アドレスの入力ミスか、持ち主がアドレスを変更または解約しています (SoftBank の受信者のフィルターで拒否されたメールはエラーを返さずに破棄されるため、この応答はアドレス自体の問題です)。",
      ),
      fix: [YOU.checkAddress, MAILBOX.askCurrentAddress],
      adminFix: [MAILBOX.dropFromLists],
      actions: ["resend-corrected-address", "contact-recipient"],
    },
    senderDomainMissing("softbank", "SoftBank"),
  ],
};
