// Source: Zoho Mail's SMTP errors (zoho.com/mail help, smtpfieldmanual.com/provider/zoho).
import type { ProviderRules } from "../types";

export const zoho: ProviderRules = {
  id: "zoho",
  hosts: [".zoho.com", ".zohomail.com", ".zoho.eu", ".zoho.in"],
  rules: [
    { text: "email rejected per dmarc policy", reason: "authfailure" },
    { text: "greylisted, try again after some time", reason: "blocked" },
    { text: "email cannot be delivered. reason: email flagged as spam", reason: "rejected" },
    { text: "mail rejected by destination domain", reason: "rejected" },
    { text: "email policy violation detected", reason: "policyviolation" },
    { text: "mailbox delivery restricted by policy error", reason: "policyviolation" },
    { text: "temporary system error", reason: "systemerror" },
    { text: "user does not exist", reason: "userunknown" },
    { text: " detected by zoho mail", reason: "virusdetected" },
  ],
};
