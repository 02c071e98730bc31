// Source: NTT docomo (docomo.ne.jp) bounces: a refusal after DATA is the recipient's sender filter.
import type { ProviderRules } from "../types";

export const nttdocomo: ProviderRules = {
  id: "nttdocomo",
  hosts: [".docomo.ne.jp", ".mopera.net"],
  rules: [
    { status: "5.2.0", reason: "filtered" },
    { command: "DATA", text: "unknown user", reason: "rejected" },
    { text: "too much mail data", reason: "mailboxfull" },
    { text: "too many recipients", reason: "toomanyconn" },
    { command: "RCPT", text: "unknown user", reason: "userunknown" },
  ],
};
