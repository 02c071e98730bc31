// Office.js callback APIs as promises with a deadline: a host that never answers (an NDR opened
// after a "Restricted item" dialog, a stale pinned pane) must not hang the pane.

/** How long one Office.js call may take before the pane gives up on it. */
const CALL_TIMEOUT_MS = 5000;

export class HostCallError extends Error {
  constructor(
    message: string,
    readonly failure: "timeout" | "error",
  ) {
    super(message);
  }
}

/**
 * Runs `start`, which calls an Office.js async API with the given callback, and settles with its
 * value, or rejects with a HostCallError naming `what` when it fails, throws or takes too long.
 */
export function hostCall<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs = CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new HostCallError(`Outlook did not ${what} within ${timeoutMs / 1000} s.`, "timeout"));
    }, timeoutMs);
    const settle = (result: Office.AsyncResult<T>): void => {
      clearTimeout(timer);
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else
        reject(new HostCallError(`Outlook could not ${what}: ${describe(result.error)}.`, "error"));
    };
    try {
      start(settle);
    } catch (error) {
      clearTimeout(timer);
      reject(new HostCallError(`Outlook could not ${what}: ${describe(error)}.`, "error"));
    }
  });
}

function describe(error: unknown): string {
  if (
    error &&
    typeof error === "object" &&
    "message" in error &&
    typeof error.message === "string"
  ) {
    return error.message;
  }
  return String(error ?? "unknown error");
}

/** Whether the host implements Mailbox requirement set `version` (e.g. "1.8"). */
export function supportsMailbox(version: string): boolean {
  return Office.context.requirements?.isSetSupported("Mailbox", version) ?? false;
}
