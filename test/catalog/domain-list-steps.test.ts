// A domain list's refusal (Spamhaus DBL, SURBL, URIBL, NordSpam's DBL) says which domain is listed:
// Postfix's "Sender address [..] blocked using" and "Helo command [..] blocked using", Microsoft's
// "MailFrom domain" and "Helo domain ... listed in Spamhaus" name the sender's own. The h-review5
// sample's row 40 ("Sender address [sam@bad.example] blocked using dbl.spamhaus.org") led with
// "if the message contains links, remove them and send again", which fails the same way, and had
// the admin look up the From's domain, not the listed one.
import { CATALOG, type CatalogEntry } from "../../src/core/catalog/index";
import { YOU } from "../../src/core/catalog/providers/steps";
import type { Explanation } from "../../src/core/types";
import { explainWrapped } from "./providers/check";
import type { ProviderCase } from "./providers/types";

const ids = (entries: readonly CatalogEntry[]): string[] => entries.map((e) => e.id);

const REMOVE_LINKS = { en: /remove (?:them|links)/i, ja: /リンク.*外して/ };

/** A list's refusal as Exchange Online's NDR quotes it, explained. */
function listRefusal(reply: string, status: string, id: string): Explanation | undefined {
  const c: ProviderCase = {
    name: id,
    reply,
    status,
    expected: { id, owner: "your-admin", temporary: false, words: [] },
  };
  return explainWrapped(c, "exo-en");
}

test.each(["en", "ja"] as const)(
  "a domain list that may have listed the sender's domain does not lead with removing links (%s)",
  (lang) => {
    const senders = CATALOG.filter(
      (e) => /\bthe sender's\b/.test(e.summary.en) && /\blink's\b/.test(e.summary.en),
    );
    // the rule reads Spamhaus's DBL and the other domain lists, not nothing
    expect(ids(senders)).toEqual(
      expect.arrayContaining(["spamhaus-dbl", "surbl-listed", "uribl-listed"]),
    );
    const linksFirst = senders.filter((e) => REMOVE_LINKS[lang].test(e.fix[0]?.[lang] ?? ""));
    expect(ids(linksFirst)).toEqual([]);
  },
);

/** Real replies naming the sender's domain or name: reply, status, entry, listed domain if named. */
const SENDER_NAMED: readonly (readonly [string, string, string, string | undefined])[] = [
  // Postfix's reject_rhsbl_sender, as its documentation words it (the sample's row 40)
  [
    "554 5.7.1 Service unavailable; Sender address [sam@bad.example] blocked using dbl.spamhaus.org",
    "5.7.1",
    "spamhaus-dbl",
    "bad.example",
  ],
  [
    "554 5.7.1 Service unavailable; Sender address [sam@bad.example] blocked using multi.surbl.org",
    "5.7.1",
    "surbl-listed",
    "bad.example",
  ],
  // reject_rhsbl_helo
  [
    "554 5.7.1 Service unavailable; Helo command [mail.bad.example] blocked using multi.uribl.com",
    "5.7.1",
    "uribl-listed",
    undefined,
  ],
  // Outlook.com (github.com/DigitalPlatDev/FreeDomain/discussions/80090)
  [
    "550 5.7.1 Service unavailable, MailFrom domain listed in Spamhaus (S8002)",
    "5.7.1",
    "spamhaus-dbl",
    undefined,
  ],
  // Postfix's reject_rhsbl_client, the client's name (a plain variant)
  [
    "554 5.7.1 Service unavailable; Client host [mail.bad.example] blocked using dbl.nordspam.com",
    "5.7.1",
    "nordspam-dbl-listed",
    undefined,
  ],
  // Exchange Online Protection (smtp.codes/exchangeonline)
  [
    "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8001)",
    "5.7.1",
    "spamhaus-dbl",
    undefined,
  ],
];

test.each(SENDER_NAMED)(
  "%s: forward first, the listed domain looked up",
  (reply, status, id, listed) => {
    const e = listRefusal(reply, status, id);
    expect(e?.id).toBe(id);
    expect(e?.owner).toBe("your-admin");
    expect(e?.fix[0]?.en).toMatch(/forward this report/);
    expect(e?.fix[0]?.en).not.toMatch(REMOVE_LINKS.en);
    expect(e?.fix[0]?.ja).not.toMatch(REMOVE_LINKS.ja);
    if (listed !== undefined) {
      expect(e?.adminFix[0]?.en).toContain(listed);
      expect(e?.adminFix[0]?.ja).toContain(listed);
    }
    // the seventh review's row 27: the step that applies, said as a fact, not the two choices
    expect(e?.fix).toContainEqual(YOU.senderNameListed);
    expect(e?.fix).not.toContainEqual(YOU.domainListed);
    expect(e?.fix).not.toContainEqual(YOU.linkListed);
  },
);

/** Replies of the same lists that name none of the sender's names: both steps stay. */
const NONE_NAMED: readonly (readonly [string, string, string])[] = [
  // a client host by its IP: the name it greets with or a link may be the listed one
  [
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dbl.spamhaus.org",
    "5.7.1",
    "spamhaus-dbl",
  ],
  // a filter's verdict that names no domain
  ["554 5.7.1 Rejected: listed in multi.uribl.com", "5.7.1", "uribl-listed"],
];

test.each(NONE_NAMED)("%s: both steps, the sender's names first", (reply, status, id) => {
  const e = listRefusal(reply, status, id);
  expect(e?.id).toBe(id);
  expect(e?.fix.slice(0, 2)).toEqual([YOU.domainListed, YOU.linkListed]);
});
