// Source: Broadcom Email Security.cloud (MessageLabs) bounce codes (knowledge.broadcom.com article 169652 and related).
import type { ProviderRules } from "../types";

export const messagelabs: ProviderRules = {
  id: "messagelabs",
  hosts: [".messagelabs.com"],
  rules: [
    { text: "domain authentication fail", reason: "authfailure" },
    { text: "connection rejected by policy", reason: "badreputation" },
    { text: "mail rejected because your ip is in the pbl", reason: "blocked" },
    { text: "your ip address has been ", reason: "blocked" },
    { text: "stray linefeeds in message", reason: "contenterror" },
    { text: "tls/sslv3 connection required", reason: "failedstarttls" },
    { text: " as a relay, ", reason: "norelaying" },
    { text: "550 requested action aborted [4]", reason: "notcompliantrfc" },
    { text: "has detected that this message is not rfc 5322", reason: "notcompliantrfc" },
    { text: "sender envelope domain not allowed for sender ip address", reason: "rejected" },
    { text: "your domain has been blocked", reason: "rejected" },
    { text: "your email address has been blocked", reason: "rejected" },
    { text: "your envelope sender is in my badmailfrom list", reason: "rejected" },
    { text: "your email address has been blacklisted", reason: "rejected" },
    { text: "your domain has been blacklisted", reason: "rejected" },
    { text: "please turn on smtp authentication in your mail client", reason: "securityerror" },
    { text: "message filtered", reason: "spamdetected" },
    { text: "filtered by outbound scanning", reason: "spamdetected" },
    { text: "too many recipients received this hour", reason: "toomanyconn" },
    { text: "too many messages", reason: "toomanyconn" },
    { text: "no such user", reason: "userunknown" },
    { text: "invalid recipient", reason: "userunknown" },
    { text: "mailbox is not allowed", reason: "userunknown" },
    { text: "rejected", reason: "userunknown" },
  ],
};
