// Steps that ask the sender to send the message again, and what each becomes while the sending
// server still retries (a delay warning): sending again then only makes a second copy, so such a
// step is dropped, or kept only for a corrected address.
import { YOU } from "./providers/steps";
import { RESEND_FROM_POOL } from "./shared-ip-advice";
import { SENDER } from "./steps";
import type { Localized } from "../types";

export const WHILE_RETRYING: ReadonlyMap<Localized, Localized | undefined> = new Map([
  [SENDER.checkAddress, SENDER.checkAddressWhileRetrying],
  [YOU.checkAddress, SENDER.checkAddressWhileRetrying],
  [SENDER.retryLater, undefined],
  [YOU.retryLater, undefined],
  [SENDER.resendAfterRoom, undefined],
  [RESEND_FROM_POOL, undefined],
]);
