// Filters' own words for a refusal are read as its cause: spam-filter words as spam, SPF, DKIM
// and DMARC words as the authentication failure the rest of the engine names, not as a sign-in
// the server requires (the x.7.1 status table's securityerror); a relay refusal is a setting,
// deferred or not.
import { analyze, diagnose } from "../../src/core";
import { wrap } from "./providers/wrap";

function read(status: string, reply: string): [string | undefined, string | undefined] {
  const c = {
    name: reply,
    reply,
    status,
    remote: "mx.fabrikam.example",
    expected: { id: "", owner: "you" as const, temporary: false, words: [] },
  };
  const [r] = diagnose(analyze(wrap(c, "postfix"))).recipients;
  return [r?.reason, r?.explanation.id];
}

test.each([
  // status, reply, reason, entry
  // ClamAV's heuristic phishing signature as a receiver quotes it (Broadcom's knowledge base
  // article 169925); it read as the registry's 5.0.0, owned by the recipient's admin
  [
    "5.0.0",
    "550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)",
    "virusdetected",
    "refused-as-malware",
  ],
  [
    "5.7.1",
    "554 5.7.1 Rejected: Heuristics.Phishing.Email.SSL-Spoof",
    "virusdetected",
    "refused-as-malware",
  ],
  ["5.7.1", "554 5.7.1 Gtube pattern", "spamdetected", "rspamd-gtube"],
  ["5.6.0", "550 5.6.0 Gtube pattern; message rejected", "spamdetected", "rspamd-gtube"],
  [
    "5.7.1",
    "554 5.7.1 Message blocked automatically by anti-spam system",
    "spamdetected",
    "refused-as-spam",
  ],
  ["5.7.1", "550 5.7.1 Rejected by anti-spam filter", "spamdetected", "refused-as-spam"],
  ["5.7.1", "550 5.7.1 [BFD] Sender prohibited by SPF", "authfailure", "spf-refused"],
  ["5.7.1", "550 5.7.1 Reject due to SPF policy", "authfailure", "gmx-spf-reject"],
  ["5.7.1", "550 5.7.1 Message failed an SPF check", "authfailure", "iana-5.7.26"],
  [
    "4.7.1",
    "451 4.7.1 Temporary error occurred during SPF verification",
    "authfailure",
    "cisco-spf-temperror",
  ],
  [
    "5.7.1",
    "550 5.7.1 Message rejected because SPF check for example.com failed",
    "authfailure",
    "iana-5.7.26",
  ],
  [
    "5.7.1",
    "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking URL",
    "spamdetected",
    "fortimail-fortiguard-content",
  ],
  [
    "5.7.1",
    "554 5.7.1 This message has been blocked because it is from a FortiGuard - AntiSpam black IP address",
    "blocked",
    "fortimail-fortiguard-sender",
  ],
  [
    "5.7.1",
    "554 5.7.1 Message blocked due to spam content in the message.",
    "spamdetected",
    "refused-as-spam",
  ],
  [
    "5.7.1",
    "550 5.7.1 Message didn't contain a valid DKIM signature",
    "authfailure",
    "iana-5.7.26",
  ],
  ["5.7.1", "550 5.7.1 Message failed a DMARC check", "authfailure", "iana-5.7.26"],
  [
    "5.7.1",
    "550 5.7.1 This message does not pass authentication checks (SPF and DKIM both do not pass).",
    "authfailure",
    "iana-5.7.26",
  ],
  // a block list whose name starts with SPF is no SPF check
  [
    "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using SPFBL",
    "blocked",
    "spfbl-listed",
  ],
  // a deferred relay refusal: the same setting as a refused one (from the recipient's own MX, here)
  [
    "4.7.1",
    "454 4.7.1 <kim@fabrikam.example>: Relay access denied",
    "norelaying",
    "relay-refused-recipient-server",
  ],
  [
    "5.7.1",
    "554 5.7.1 <kim@fabrikam.example>: Relay access denied",
    "norelaying",
    "relay-refused-recipient-server",
  ],
])("%s %s: %s, %s", (status, reply, reason, id) => {
  expect(read(status, reply)).toEqual([reason, id]);
});
