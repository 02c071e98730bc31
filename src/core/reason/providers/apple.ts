// Source: iCloud Mail postmaster information (support.apple.com/102322) and iCloud bounces.
import type { ProviderRules } from "../types";

export const apple: ProviderRules = {
  id: "apple",
  hosts: [".mail.icloud.com", ".icloud.com", ".apple.com", ".me.com", ".mac.com"],
  rules: [
    { text: "s dmarc policy", reason: "authfailure" },
    { text: "blocked for failing both spf and dkim", reason: "authfailure" },
    { text: "rejected due to having a domain present in the spamhaus", reason: "blocked" },
    { text: "rejected due to listing in spamhaus", reason: "blocked" },
    { text: "blocked - see https://support.proofpoint.com/dnsbl-lookup", reason: "blocked" },
    { text: "not accepting connections", reason: "blocked" },
    { text: "recipient no longer on server", reason: "hasmoved" },
    { text: "user is over quota", reason: "mailboxfull" },
    { text: "relay access denied", reason: "norelaying" },
    { text: "host/domain does not accept mail", reason: "notaccept" },
    { text: "due to local policy", reason: "policyviolation" },
    { text: "sender address rejected", reason: "rejected" },
    { text: "due to excessive volume", reason: "speeding" },
    { text: "inactive email address", reason: "userunknown" },
    { text: "user does not exist", reason: "userunknown" },
    { text: "unknown or illegal alias", reason: "userunknown" },
  ],
};
