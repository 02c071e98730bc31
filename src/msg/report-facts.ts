// What a report .msg says happened, in RFC 3464's terms: its message class gives the Action of
// every row of its recipient table, PidTagNonDeliveryReportStatusCode a row's Status.

/**
 * Report classes by their last part ([MS-OXCMAIL] 2.2.3.7.1.1 names the class a DSN is read into
 * by its most severe Action; Exchange's DSN classes: NDR, Delayed.DR, Relayed.DR, Expanded.DR, DR).
 * A read or not-read notification (.IPNRN, .IPNNRN) is about reading, not delivery: no action.
 */
const REPORT_ACTIONS: readonly { readonly pattern: RegExp; readonly action: string }[] = [
  { pattern: /\.ndr$/, action: "failed" },
  // (also without ".DR", as some writers name them)
  { pattern: /\.delayed(?:\.dr)?$/, action: "delayed" },
  { pattern: /\.relayed(?:\.dr)?$/, action: "relayed" },
  { pattern: /\.expanded(?:\.dr)?$/, action: "expanded" },
  { pattern: /\.dr$/, action: "delivered" },
];

/** The Action a report class stands for; undefined for a message that is no delivery report. */
export function reportAction(messageClass: string): string | undefined {
  const lower = messageClass.toLowerCase();
  if (!lower.startsWith("report.")) return undefined;
  return REPORT_ACTIONS.find((r) => r.pattern.test(lower))?.action;
}

/** The Status a class of success states when its row gives none (RFC 3463's 2.0.0). */
export function successStatus(action: string): string | undefined {
  return action === "delivered" || action === "relayed" || action === "expanded"
    ? "2.0.0"
    : undefined;
}

/**
 * The status a PidTagNonDeliveryReportStatusCode stands for: [MS-OXCMAIL] 2.2.3.7.1.3 stores
 * kind * 100 + subject * 10 + detail, a subject or detail over 9 as 0 (5.4.310 is kept as 540,
 * read back as 5.4.0, the class and subject the engine still reads right).
 */
export function statusFromCode(code: unknown): string | undefined {
  if (typeof code !== "number" || !Number.isInteger(code)) return undefined;
  const kind = Math.floor(code / 100);
  if (kind !== 2 && kind !== 4 && kind !== 5) return undefined;
  return `${kind}.${Math.floor(code / 10) % 10}.${code % 10}`;
}
