// Source: iCloud Mail's postmaster pages (support.apple.com/102322) and iCloud bounces in the corpus.
import type { ProviderRules } from "../types";

export const apple: ProviderRules = {
  id: "apple",
  hosts: [".icloud.com", ".apple.com", ".me.com", ".mac.com"],
  rules: [
    { text: "recipient no longer on server", reason: "hasmoved" },
    { text: "user is over quota", reason: "mailboxfull" },
    { text: "host/domain does not accept mail", reason: "notaccept" },
    { text: "mailbox is disabled", reason: "suspend" },
    { text: "no such user", reason: "userunknown" },
    { text: "blocked", reason: "blocked" },
  ],
};
