// Source: Cox postmaster pages (cox.com/residential/support/cox-postmaster-email-administration.html): AUP# codes and messages.
import type { ProviderRules } from "../types";

export const cox: ProviderRules = {
  id: "cox",
  hosts: [".cox.net", "cox.net", ".cox.com"],
  rules: [
    { text: "aup#cxbl", reason: "blocked" },
    { text: "aup#cxdns", reason: "requireptr" },
    { text: "aup#cxsndr", reason: "authfailure" },
    { text: "aup#cxsmtp", reason: "rejected" },
    { text: "aup#cxcnct", reason: "toomanyconn" },
    { text: "aup#cxmxrt", reason: "toomanyconn" },
    { text: "aup#cdrbl", reason: "blocked" },
    { text: "aup#cxthrt", reason: "securityerror" },
    { text: "aup#cxmj", reason: "securityerror" },
    { text: "aup#ipbl", reason: "blocked" },
    { text: "aup#urlbl", reason: "spamdetected" },
    { text: "cox too many bad commands from", reason: "blocked" },
    { text: "too many invalid recipients", reason: "blocked" },
    { text: "dns check failure - try again later", reason: "requireptr" },
    { text: "rejected - no rdns", reason: "requireptr" },
    { text: "esmtp no data before greeting", reason: "policyviolation" },
    { text: "attachment extension is forbidden", reason: "policyviolation" },
    { text: "sender rejected", reason: "rejected" },
    { text: "esmtp server temporarily not available", reason: "systemerror" },
    { text: "too many sessions from", reason: "toomanyconn" },
    { text: "requested action aborted: try again later", reason: "toomanyconn" },
    { text: "message threshold exceeded", reason: "toomanyconn" },
    { text: "recipient rejected", reason: "userunknown" },
  ],
};
