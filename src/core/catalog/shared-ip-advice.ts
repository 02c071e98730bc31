// What a block or reputation refusal of the sending IP means when that IP is one of a big
// provider's shared outgoing servers (./shared-outbound.ts): the sender's admin neither runs it nor
// can get it delisted. Two cases: another party (a public list, another receiver) refused the
// provider's address, or the provider's own receiving side refused its own pool (Outlook.com's
// block list naming a Microsoft 365 address). Our own words; the entry's own words come first.
import type { ActionId, Localized, Owner } from "../types";
import { resendStep } from "./step-kinds";
import { t } from "./types";

export interface SharedIpAdvice {
  /** The owner, or "pool" for the shared pool's company's own (SharedOutbound.ownBlockOwner). */
  readonly owner: Owner | "pool";
  /** Added after the entry's summary and cause. */
  readonly summary: Localized;
  readonly cause: Localized;
  readonly fix: readonly Localized[];
  /** The company's own step (SharedOutbound.raise) comes after these. */
  readonly adminFix: readonly Localized[];
  readonly actions: readonly ActionId[];
}

/** Sending again: the next attempt often leaves from another address of the pool. */
export const RESEND_FROM_POOL = resendStep(
  t(
    "Send the message again in an hour or so: the provider sends from many addresses, and a later attempt often leaves from one that is not refused.",
    "1 時間ほどおいてから送り直してください。プロバイダーは多数のアドレスから送信しており、後の試行は拒否されていない別のアドレスから出ることがよくあります。",
  ),
  "in-an-hour",
);

const SHARED_POOL = t(
  " That address is one of the shared outgoing servers of {ipPool} ({ipRange}), which send the mail of many organizations: your admin does not run it, and can neither get it delisted nor repair its standing.",
  "このアドレスは {ipPool} が多くの組織のメールを送るために共有している送信サーバー ({ipRange}) の 1 つです。自組織の管理者はこのサーバーを運用しておらず、リストからの削除も評価の回復もできません。",
);

export const SHARED_IP_ADVICE: Readonly<Record<"listed" | "own", SharedIpAdvice>> = {
  /** A public list or another receiver refused the provider's address. */
  listed: {
    owner: "recipient-admin",
    summary: SHARED_POOL,
    cause: t(
      " One customer's spam can hurt a shared address's standing, on a public list or in a receiver's own reputation data, for everyone sending through it, and some lists (UCEPROTECT levels 2 and 3, for one) list whole provider networks on purpose. Whether to refuse mail on that ground is the receiver's choice.",
      "1 人の利用者が送った迷惑メールで、共有アドレスの評価が、公開リスト上でも受信側独自の評価データ上でも、そこから送るすべての組織の分まで下がることがあります。また、プロバイダーのネットワーク全体を意図的に掲載するリストもあります (UCEPROTECT のレベル 2・3 など)。それを理由にメールを拒否するかどうかは、受信側が決めることです。",
    ),
    fix: [
      RESEND_FROM_POOL,
      t(
        'If it is refused again, tell the recipient another way (phone, another address) and ask them to have their mail admin allow the servers of {ipPool}; forward this report (use "copy summary") to your admin as well.',
        "再び拒否された場合は、電話や別のアドレスなど他の手段で受信者に連絡し、受信側の管理者に {ipPool} のサーバーを許可してもらうよう依頼してください。このレポートを (「ヘルプデスク用の要約をコピー」を使って) 自組織の管理者にも転送してください。",
      ),
    ],
    adminFix: [
      t(
        "Recipient's admin: let the published outgoing servers of {ipPool} past this check (an allow list for its ranges, {ipRange} among them), or stop refusing mail on a list that blocks whole provider networks.",
        "受信側の管理者: {ipPool} が公開している送信サーバーの範囲 ({ipRange} など) を許可リストに加えてこの検査を通すか、プロバイダーのネットワーク全体をブロックするリストによる拒否をやめてください。",
      ),
    ],
    actions: ["retry-later", "contact-recipient-admin", "contact-your-admin"],
  },
  /** The provider's own receiving side refused an address of its own sending pool. */
  own: {
    owner: "pool",
    summary: SHARED_POOL,
    cause: t(
      " Here the provider's receiving side refused an address of its own sending pool, so neither your admin nor the recipient's can lift it: only the provider can.",
      "ここでは、プロバイダーの受信側が自社の送信用プールのアドレスを拒否しているため、自組織の管理者にも受信側の管理者にも解除できません。解除できるのはプロバイダーだけです。",
    ),
    fix: [
      RESEND_FROM_POOL,
      t(
        'If it is refused again, forward this report (use "copy summary") to your admin, who can raise it with the provider.',
        "再び拒否された場合は、このレポートを (「ヘルプデスク用の要約をコピー」を使って) 自組織の管理者に転送してください。管理者からプロバイダーに問い合わせることができます。",
      ),
    ],
    adminFix: [],
    actions: ["retry-later", "contact-your-admin"],
  },
};
