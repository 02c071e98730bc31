// The deferral's sentences that the message waits in the sending server's queue: true on a delay
// warning only, so entries give them as their `whileRetrying` summary (types.ts), never in it. The
// two queue sentences are told only where no notice's "keeps the message" follows (retries.ts).
import { t } from "./types";

/** Said to the sender of their own server. */
export const IN_YOUR_QUEUE = t(
  "The message waits in your server's queue.",
  "メッセージはあなたのサーバーの送信待ちキューにあります。",
);

/** Said after a sentence whose subject is the sending server. */
export const IN_ITS_QUEUE = t(
  "The message waits in its queue.",
  "メッセージは送信待ちのまま保持されています。",
);

/** Said of a message the sending server holds: on a give-up notice, "yet" would promise more. */
export const NOT_YET_RECEIVED = t(
  "The recipient's side has not seen it yet.",
  "受信側にはまだ届いていません。",
);

/** Said of a message the sender's own server could not sign in to send on. */
export const NOT_YET_SENT = t(
  "The message has not been sent yet.",
  "メッセージはまだ送信されていません。",
);

/**
 * Said of a receiver's per-mailbox limit: true while the sending server retries, not once the
 * limit outlasted days of retries (h-review8: a give-up's cause still said it).
 */
export const LIMIT_CLEARS = t("The limit clears on its own.", "制限は自然に解除されます。");
