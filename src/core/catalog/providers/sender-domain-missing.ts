// One meaning two Japanese receivers (SoftBank, J:COM) publish in the same words: "<domain> does
// not exist", a refusal of every message whose envelope sender's domain has no DNS record at all.
// Built per receiver so that each table names its own provider; our own words.
import { t } from "../types";
import { YOU } from "./steps";
import type { ProviderEntry } from "./types";

/** The refusal of a sender domain without DNS records, as `receiver` (one name in both languages) writes it. */
export function senderDomainMissing(providerId: string, receiver: string): ProviderEntry {
  return {
    id: `${providerId}-sender-domain-missing`,
    title: "Sender's domain does not exist",
    code: "",
    texts: ["$domain does not exist"],
    reasons: ["rejected"],
    temporary: false,
    owner: "your-admin",
    summary: t(
      `${receiver} refused the message because the sender's domain ({domain}) has no records in DNS.`,
      `送信者のドメイン ({domain}) の DNS レコードが見つからないため、${receiver} はメッセージを拒否しました。`,
    ),
    cause: t(
      `${receiver} refuses every message whose envelope sender (Return-Path) domain has no DNS record at all, whoever the recipient is; a made-up or expired bounce domain in a mailing tool is a common cause.`,
      `${receiver} は、エンベロープ送信者 (Return-Path) のドメインに DNS レコードが 1 つもないメールを、宛先にかかわらずすべて拒否します。配信ツールに設定した架空のドメインや期限切れのドメインがよくある原因です。`,
    ),
    fix: [YOU.forwardToAdmin],
    adminFix: [
      t(
        "Use an envelope sender (Return-Path) whose domain has MX or A records in public DNS; check with dig MX {domain}.",
        "公開 DNS に MX または A レコードのあるドメインをエンベロープ送信者 (Return-Path) に使ってください。dig MX {domain} で確認できます。",
      ),
    ],
    actions: ["contact-your-admin"],
  };
}
