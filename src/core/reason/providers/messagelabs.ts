// Source: Broadcom (Symantec) Email Security.cloud / MessageLabs rejection messages.
import type { ProviderRules } from "../types";

export const messagelabs: ProviderRules = {
  id: "messagelabs",
  hosts: [".messagelabs.com"],
  rules: [
    { text: "turn on smtp authentication", reason: "securityerror" },
    { text: "your email address has been blacklisted", reason: "rejected" },
    { text: "rejected", reason: "userunknown" },
  ],
};
