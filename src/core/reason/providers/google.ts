// Source: Gmail's SMTP error reference (support.google.com/a/answer/3726730) and Gmail bounces in the corpus.
import type { ProviderRules } from "../types";

export const google: ProviderRules = {
  id: "google",
  hosts: [".google.com", ".googlemail.com", ".gmail.com", "gmail.com", "googlemail.com"],
  rules: [
    { text: "fails to pass authentication checks", reason: "authfailure" },
    { text: "does not have authentication information", reason: "authfailure" },
    { text: "account that you tried to reach is disabled", reason: "suspend" },
    { text: "account that you tried to reach is inactive", reason: "suspend" },
    { text: "?p=disableduser", reason: "suspend" },
    { text: "account that you tried to reach does not exist", reason: "userunknown" },
    { text: "out of storage space", reason: "mailboxfull" },
    { text: "over quota", reason: "mailboxfull" },
    { text: "message exceeded google's message size limits", reason: "mesgtoobig" },
    { text: "receiving mail too quickly", reason: "speeding" },
    { text: "receiving mail at a rate", reason: "speeding" },
    { text: "unusual rate of unsolicited mail", reason: "blocked" },
    { text: "likely unsolicited mail", reason: "spamdetected" },
    { text: "does not have a ptr record", reason: "requireptr" },
    { text: "not rfc 5322 compliant", reason: "notcompliantrfc" },
    { text: "dmarc policy", reason: "authfailure" },
    { text: "spf record with a hard fail policy", reason: "authfailure" },
    { text: "did not pass authentication", reason: "authfailure" },
    { text: "not authenticated", reason: "authfailure" },
    { text: "ip you're using to send mail is not authorized", reason: "blocked" },
    { status: "5.7.26", reason: "authfailure" },
    { status: "4.7.26", reason: "authfailure" },
    { status: "4.7.27", reason: "authfailure" },
    { status: "5.7.27", reason: "authfailure" },
  ],
};
