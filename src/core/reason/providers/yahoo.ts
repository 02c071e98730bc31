// Source: Yahoo's SMTP error codes (senders.yahooinc.com/smtp-error-codes), as Sisimai's rhost table groups them.
import type { ProviderRules } from "../types";

export const yahoo: ProviderRules = {
  id: "yahoo",
  hosts: [".yahoodns.net", ".yahoo.com", ".yahooinc.com"],
  rules: [
    {
      text: "yahoo requires all senders to authenticate with either spf or dkim",
      reason: "authfailure",
    },
    { text: " because the ip is in spamhaus's list;", reason: "blocked" },
    { text: "not accepted from ip addresses on spamhaus xbl", reason: "blocked" },
    { text: "relaying denied for ", reason: "norelaying" },
    { text: "headers are not rfc compliant", reason: "notcompliantrfc" },
    { text: "not accepted for policy reasons", reason: "policyviolation" },
    {
      text: "temporarily deferred due to unexpected volume or user complaints",
      reason: "badreputation",
    },
    { text: "due to unresolvable rfc.5321", reason: "rejected" },
    // TS03, "All messages from <IP> will be permanently deferred": Yahoo's help (SLN3436) says a
    // high volume from that IP; a refusal of the sending host, not of the envelope sender.
    { text: " will be permanently deferred", reason: "blocked" },
    { text: "user is receiving mail too quickly", reason: "speeding" },
    { text: " is no longer valid.", reason: "suspend" },
    { text: "this mailbox is disabled", reason: "suspend" },
    { text: "syntax error in parameters or arguments", reason: "syntaxerror" },
    { text: "max message per connection reached", reason: "toomanyconn" },
    { text: "dd this user doesn't have a ", reason: "userunknown" },
    { text: "mailbox not found", reason: "userunknown" },
  ],
};
