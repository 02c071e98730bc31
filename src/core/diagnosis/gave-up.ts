// A final notice after deferrals: the sending server retried a temporary refusal (greylisting, a
// rate limit, a receiver that is down) until it gave up. The refusal's own meaning explains why,
// told as what stopped the message rather than as something still being retried.
import type { Localized } from "../types";
import { findDiagnosticStatus, isGenericStatus } from "../status/codes";

/**
 * The code of the temporary reply a final notice quotes, when the notice's own status gives only
 * the class (Courier's and Exim's 5.0.0) or none: "421-4.7.28 ..." -> 4.7.28. The status stays
 * as the notice gives it; this code only chooses the meaning.
 */
export function deferredReplyStatus(
  status: string | undefined,
  diagnostic: string,
): string | undefined {
  if (diagnostic === "" || (status !== undefined && !/^[45]\.0\.0$/.test(status))) return undefined;
  const own = findDiagnosticStatus(diagnostic);
  return own?.[0] === "4" && !isGenericStatus(own) ? own : undefined;
}

/** Put before a temporary refusal's meaning on a notice that reports the message as failed. */
export const GAVE_UP: Localized = {
  en: "Your mail server kept retrying and has now given up, so the message was not delivered. The last answer it got:",
  ja: "送信側のメール サーバーは再試行を続けましたが、最終的にあきらめたため、メッセージは配信されていません。最後に受け取った応答:",
};
