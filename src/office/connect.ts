// Connects to the host: Outlook when office.js loads and says so within a few seconds, else the
// standalone analyzer (a plain browser resolves onReady with host null; a blocked CDN never does).
import { createOutlookHost } from "./outlook-host";
import { createStandaloneHost } from "./standalone-host";
import type { MailHost } from "./types";

export const CONNECT_TIMEOUT_MS = 4000;

function officeReady(timeoutMs: number): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    Office.onReady()
      .then((info) => resolve(info.host ?? null))
      .catch(() => resolve(null))
      .finally(() => clearTimeout(timer));
  });
}

export async function connectHost(
  options: { readonly timeoutMs?: number } = {},
): Promise<MailHost> {
  const host = await officeReady(options.timeoutMs ?? CONNECT_TIMEOUT_MS);
  if (host !== null && host === Office.HostType.Outlook && Office.context?.mailbox) {
    return createOutlookHost();
  }
  return createStandaloneHost();
}
