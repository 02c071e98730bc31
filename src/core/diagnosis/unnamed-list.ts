// A refusal read as a block listing whose list is the reply's to name: the admin's step looks the
// IP up on that list's page and asks there for removal ({listPage}), and the card offers the
// delisting action. Where the reply names no list ("550 5.7.0 Please use the smtp server of your
// ISP", a bare "421 Service not available"), there is no list to be delisted from yet: the step is
// the one that first finds out whether and where the IP is listed, and the action goes.
import type { CatalogEntry } from "../catalog/types";
import { YOUR_ADMIN } from "../catalog/providers/steps";
import type { BounceFacts } from "../types";

/** The entry as told for these facts: unchanged unless it needs a named list and has none. */
export function forNamedList(entry: CatalogEntry, facts: BounceFacts): CatalogEntry {
  if (facts.list !== undefined || !entry.adminFix.includes(YOUR_ADMIN.checkListing)) return entry;
  return {
    ...entry,
    adminFix: entry.adminFix.map((step) =>
      step === YOUR_ADMIN.checkListing ? YOUR_ADMIN.findUnnamedListing : step,
    ),
    actions: entry.actions.filter((action) => action !== "request-delisting"),
  };
}
