// Source: NTT docomo (docomo.ne.jp) bounces: "Unknown user" after DATA was its sender filter, at RCPT a missing mailbox.
import type { ProviderRules } from "../types";

export const nttdocomo: ProviderRules = {
  id: "nttdocomo",
  hosts: ["mfsmax.docomo.ne.jp", ".docomo.ne.jp"],
  rules: [
    { status: "5.1.1", reason: "userunknown" },
    { status: "5.2.0", reason: "filtered" },
    { status: "5.0.0", command: "RCPT", text: "unknown user", reason: "userunknown" },
    { status: "5.0.0", command: "DATA", text: "unknown user", reason: "rejected" },
    { text: "552 too much mail data", reason: "mailboxfull" },
    { text: "503 bad sequence of commands", reason: "syntaxerror" },
    { text: "504 command parameter not implemented", reason: "syntaxerror" },
    { text: "552 too many recipients", reason: "toomanyconn" },
    { text: "550 unknown user", reason: "userunknown" },
  ],
};
