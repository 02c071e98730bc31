// A link in the message on a domain list, in the words receivers and filters use (plain variants of
// the class; the real replies are in wild-blocklists-thirty-ninth.cases.ts): the message's content,
// the sender's to change, whichever list holds the domain. Beside them, the same lists' hits on the
// sending side, which stay with the lists' own entries and your admin.
import type { ProviderCase } from "./types";

const MX = "mx.fabrikam.example";

function link(
  name: string,
  reply: string,
  words: readonly string[],
  wordsJa: readonly string[],
  status = "5.7.1",
): ProviderCase {
  return {
    name,
    reply,
    status,
    remote: MX,
    expected: { id: "link-dnsbl-listed", owner: "you", temporary: false, words, wordsJa },
  };
}

export const CASES: readonly ProviderCase[] = [
  link(
    "SpamExperts' wording, a list it names by its site",
    "550 A URL in this email (bad.example) is listed on uribl.example. Please resolve and retry",
    ["link", "signature"],
    ["リンク", "署名"],
    "5.0.0",
  ),
  link(
    "Spamhaus DBL named by its zone",
    "554 5.7.1 Message contains a URL listed in dbl.spamhaus.org (bad.example)",
    ["link", "Spamhaus"],
    ["リンク", "Spamhaus"],
  ),
  link(
    "SpamAssassin's rule and its description in the refusal",
    "550 5.7.1 Rejected as spam: URIBL_BLACK Contains an URL listed in the URIBL blacklist [URIs: bad.example]",
    ["link", "URIBL"],
    ["リンク", "URIBL"],
  ),
  link(
    "SpamAssassin's DBL rule by name only",
    "550 5.7.1 Message scored as spam (URIBL_DBL_SPAM=2.5, HTML_MESSAGE=0.001)",
    ["link"],
    ["リンク"],
  ),
  link(
    "SURBL's abuse list by SpamAssassin's rule name",
    "550 5.7.1 Spam detected: URIBL_ABUSE_SURBL bad.example",
    ["link", "SURBL"],
    ["リンク", "SURBL"],
  ),
  link(
    "a blacklisted URL, no list named",
    "554 5.7.1 Blacklisted URL in message (bad.example)",
    ["link"],
    ["リンク"],
  ),
  link(
    "the filter's summary of the listed domains",
    "550 5.7.1 Message detected as spam (URIBL domains: bad.example) (Spam score: 9.1)",
    ["link"],
    ["リンク"],
  ),
  link(
    "a URL in the message, in Exim's multi-line form",
    "550-Rejected: a URL in the message is listed 550 in multi.surbl.org; see https://www.surbl.org/surbl-analysis",
    ["link", "SURBL"],
    ["リンク", "SURBL"],
    "5.0.0",
  ),
  // The sending side: the lists' own entries, your admin's
  {
    name: "the sender's domain on the DBL stays Spamhaus's (reject_rhsbl_sender)",
    reply:
      "554 5.7.1 Service unavailable; Sender address [sam@bad.example] blocked using dbl.spamhaus.org",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus DBL"],
      wordsJa: ["Spamhaus DBL"],
    },
  },
];
