// Source: Cox's email error codes page (cox.com/residential/support/email-error-codes.html).
import type { ProviderRules } from "../types";

export const cox: ProviderRules = {
  id: "cox",
  hosts: [".cox.net", ".cox.com"],
  rules: [
    { text: "aup#cdrbl", reason: "blocked" },
    { text: "aup#cxbl", reason: "blocked" },
    { text: "aup#cxdns", reason: "requireptr" },
    { text: "aup#cxsndr", reason: "rejected" },
    { text: "aup#cxcnct", reason: "toomanyconn" },
  ],
};
