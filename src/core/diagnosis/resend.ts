// resendForm: the fields of a new message that resends to a corrected address, from the returned original.
import type { DiagnosedRecipient, Diagnosis, Lang } from "../types";
import { NOT_FAILED } from "./diagnose";
import { addressKey } from "../original/addressees";
import { notWritten, writtenAddress } from "./not-written";

export interface ResendForm {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  /** A short note for the top of the body: what changed, and that the original text must be pasted back. */
  readonly note: string;
}

function dedupe(list: readonly string[]): string[] {
  return list.filter((a, i) => list.findIndex((b) => addressKey(b) === addressKey(a)) === i);
}

/** Prefixes servers put before the original subject ("Undeliverable: ..."), for when no original is returned. */
const BOUNCE_PREFIX =
  /^\s*(?:undeliverable|undelivered mail returned to sender|delivery status notification \(failure\)|returned mail|配信不能|配送不能)\s*[:：]?\s*/i;

/** The addresses of `recipients`, their Original-Recipients too, as compared. */
function keysOf(recipients: readonly DiagnosedRecipient[]): Set<string> {
  const keys = new Set<string>();
  for (const r of recipients) {
    if (r.address) keys.add(addressKey(r.address));
    if (r.originalRecipient !== undefined) keys.add(addressKey(r.originalRecipient));
  }
  return keys;
}

/**
 * The address the user wrote for the failed recipient (writtenAddress) replaced by
 * `correctedAddress` (or by the explanation's resendTo), every other original To and Cc
 * recipient kept but those this report says failed or are still being tried (a copy would fail
 * again or come twice; each has its own resend), the original subject unchanged. A failed
 * recipient the original's To and Cc do not show was a Bcc, or a list or a forward sent the
 * message on to it: it is addressed alone, since resending to the original's To would give
 * everyone a second copy (and a list would forward it again to the same failing address).
 */
export function resendForm(
  diagnosis: Diagnosis,
  recipientAddress: string,
  correctedAddress?: string,
  lang: Lang = "en",
): ResendForm {
  const failed = addressKey(recipientAddress);
  const recipient = diagnosis.recipients.find((r) => addressKey(r.address) === failed);
  const original = diagnosis.original;
  const written =
    (recipient && writtenAddress(original, recipient)) ?? (recipientAddress || undefined);
  const replacement = correctedAddress ?? recipient?.explanation.resendTo ?? written ?? "";
  const mine = addressKey(written ?? "");
  const others = keysOf(
    diagnosis.recipients.filter((r) => r !== recipient && !NOT_FAILED.has(r.action ?? "")),
  );
  const kept = (a: string) => addressKey(a) === mine || !others.has(addressKey(a));
  const swap = (list: readonly string[]) =>
    list.filter(kept).map((a) => (addressKey(a) === mine ? replacement : a));
  const to = swap(original?.to ?? []);
  const cc = swap(original?.cc ?? []);
  const left = dedupe([...(original?.to ?? []), ...(original?.cc ?? [])].filter((a) => !kept(a)));
  const hidden = notWritten({ to, cc }, { address: replacement });
  const listed = !hidden && to.length + cc.length > 0;
  const subject = original?.subject ?? (diagnosis.subject ?? "").replace(BOUNCE_PREFIX, "");
  const shown = written ?? replacement;
  const changed = addressKey(replacement) !== addressKey(shown);
  const what =
    lang === "ja"
      ? changed
        ? `宛先 ${shown} を ${replacement} に修正して送り直します。`
        : `${shown} に送り直します。`
      : changed
        ? `Resending with ${shown} corrected to ${replacement}.`
        : `Resending to ${shown}.`;
  const where = !hidden
    ? ""
    : lang === "ja"
      ? "元のメッセージの To と Cc にはこの宛先がなかったため (BCC、またはグループや転送で届いた宛先)、この宛先だけに送ります。ほかの受信者には 2 通目が届きません。"
      : " It goes to this address alone: the original's To and Cc did not show it (a Bcc, or a list or forward sent the message on), and the others should not get a second copy.";
  const out =
    hidden || left.length === 0
      ? ""
      : lang === "ja"
        ? `${left.join("、")} は、このレポートで同じくまだ届いていないため、宛先から外しました (それぞれのカードから送り直せます)。`
        : ` Left out: ${left.join(", ")}, which this report says did not get the message either (each has its own card).`;
  const paste =
    lang === "ja"
      ? "元の本文を貼り付けてから送信してください。"
      : " Paste the original text back in before sending.";
  // Every To recipient left out (they failed too): the corrected address, the one this message
  // is resent for, goes in To rather than leaving a Cc-only message.
  const lead = !listed || to.length === 0;
  return {
    to: lead ? [replacement] : dedupe(to),
    cc: listed ? dedupe(cc).filter((a) => !lead || addressKey(a) !== addressKey(replacement)) : [],
    subject,
    note: what + where + out + paste,
  };
}
