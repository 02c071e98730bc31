// The engine's public API. Outer layers import from here only.
export * from "./types";
export { analyze } from "./analyze";
export { isDeliveryProblem } from "./kinds";
export { warningText } from "./warnings";
export { diagnose } from "./diagnosis/diagnose";
export { diagnoseLoading, type LoadProviderTables } from "./diagnosis/loading";
export type { ProviderCatalog } from "./catalog/providers/types";
export { loadProviderTables } from "./catalog/providers/index";
export { lookupCode, type LookupOptions } from "./diagnosis/lookup";
export { helpDeskSummary, OWNER_LABELS } from "./diagnosis/summary";
export { reportLines } from "./diagnosis/report-lines";
export { resendForm, type ResendForm } from "./diagnosis/resend";
export { writtenAddress } from "./diagnosis/not-written";
export { isMailbox } from "./mailbox";
export type { CatalogEntry } from "./catalog/types";
