// Source: Yahoo's postmaster SMTP error codes (senders.yahooinc.com/smtp-error-codes) and corpus bounces.
import type { ProviderRules } from "../types";

export const yahoo: ProviderRules = {
  id: "yahoo",
  hosts: [
    ".yahoodns.net",
    ".yahoo.com",
    ".yahoo.co.jp",
    ".aol.com",
    ".yahooinc.com",
    ".verizonmedia.com",
  ],
  rules: [
    { text: "doesn't have a yahoo.com account", reason: "userunknown" },
    { text: "doesn't have a aol.com account", reason: "userunknown" },
    { text: "user doesn't have a", reason: "userunknown" },
    { text: "not accepted for policy reasons", reason: "policyviolation" },
    { text: "unexpected volume or user complaints", reason: "badreputation" },
    { text: "ip/domain reputation", reason: "badreputation" },
    { text: "mailbox is full", reason: "mailboxfull" },
    { text: "over quota", reason: "mailboxfull" },
    { text: "account is disabled", reason: "suspend" },
    { text: "mailbox disabled", reason: "suspend" },
    { text: "dmarc", reason: "authfailure" },
    { text: "temporarily deferred", reason: "speeding" },
  ],
};
