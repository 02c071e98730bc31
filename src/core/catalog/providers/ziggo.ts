// Source: Ziggo (NL) runs the mail platform Virgin Media's inbound mail runs on (./mxin.ts): its MX
// hosts are mxin5/mxin10.ziggo.nl and its deferrals carry the same MXIN codes, as the deliverability
// firm Suped documents for Ziggo and its former UPC, Casema and @Home domains ("How to resolve
// Ziggo rate limiting issues for email senders", suped.com, 2025: "421 4.1.1 MXIN503 Hourly
// ratelimit for your IP exceeded"; Ziggo relies on Cloudmark's filtering for its verdicts). Its codes
// alone cannot tell it from Virgin Media: its hosts and mailbox domains do (identify.ts). The
// explanations are our own words.
import { mxinEntries } from "./mxin";
import type { ProviderCatalog } from "./types";

export const ziggo: ProviderCatalog = {
  provider: {
    id: "ziggo",
    name: "Ziggo",
    page: "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-ziggo-rate-limiting-issues-for-email-senders",
    hosts: [".ziggo.nl"],
    markers: ["mxin400", "mxin619", "mxin503"],
    domains: [
      "ziggo.nl",
      "home.nl",
      "upcmail.nl",
      "casema.nl",
      "chello.nl",
      "zeelandnet.nl",
      "quicknet.nl",
    ],
    kind: "receiver",
  },
  entries: mxinEntries("ziggo", "Ziggo"),
};
