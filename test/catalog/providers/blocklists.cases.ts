// Refusals that name one of the other public block lists, in Postfix's reject_rbl_client form or
// the list's own wording, one or more per list.
import type { ProviderCase } from "./types";

const MX = "mx.fabrikam.example";

function listed(
  name: string,
  reply: string,
  id: string,
  words: readonly string[],
  status = "5.7.1",
): ProviderCase {
  const temporary = status.startsWith("4");
  return {
    name,
    reply,
    status,
    remote: MX,
    expected: {
      id,
      owner: "your-admin",
      temporary,
      words: ["203.0.113.7", ...words],
      // The list's name and the IP stay as written in Japanese too.
      wordsJa: ["203.0.113.7", ...words.slice(0, 1)],
    },
  };
}

export const CASES: readonly ProviderCase[] = [
  listed(
    "Vade Threat Network List, in the words of the postmaster page Vade runs for EarthLink",
    "550 5.7.1 Connection refused: your sending address 203.0.113.7 is listed on the Vade Threat Network List",
    "vade-threat-list-listed",
    ["Vade Threat Network List"],
  ),
  listed(
    "Barracuda BRBL",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7",
    "barracuda-brbl-listed",
    ["Barracuda", "barracudacentral.org/lookups"],
  ),
  listed(
    "SpamCop",
    "550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7",
    "spamcop-listed",
    ["SpamCop", "spamcop.net"],
  ),
  // round 37: a host's list of the replies its customers meet (joomlers.uk/email/error-messages),
  // the list by its own short name only; then plain variants
  {
    name: "SpamCop by its short name",
    reply: "550: IP in SCBL",
    status: "5.0.0",
    remote: MX,
    expected: { id: "spamcop-listed", owner: "your-admin", temporary: false, words: ["SpamCop"] },
  },
  listed(
    "SpamCop's short name in a sentence",
    "554 5.7.1 Rejected: 203.0.113.7 is listed on SCBL",
    "spamcop-listed",
    ["SpamCop"],
  ),
  listed(
    "SpamCop's short name in parentheses",
    "550 5.7.1 Your IP 203.0.113.7 is in the Blocking List (SCBL)",
    "spamcop-listed",
    ["SpamCop"],
  ),
  listed(
    "UCEPROTECT level 2",
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl-2.uceprotect.net; Net 203.0.113.0/24 is UCEPROTECT-Level2 listed because of abuse",
    "uceprotect-listed",
    ["UCEPROTECT", "uceprotect.net"],
  ),
  listed(
    "Invaluement",
    "554 5.7.1 Rejected: 203.0.113.7 is listed at sip.invaluement.com",
    "invaluement-listed",
    ["Invaluement"],
  ),
  listed(
    "Invaluement by its list name alone",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ivmSIP/24",
    "invaluement-listed",
    ["Invaluement"],
  ),
  listed(
    "Mailspike",
    "550 5.7.1 Client host [203.0.113.7] blocked using bl.mailspike.net",
    "mailspike-listed",
    ["Mailspike"],
  ),
  listed(
    "PSBL",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=203.0.113.7",
    "psbl-listed",
    ["PSBL"],
  ),
  listed(
    "Abusix",
    "550 5.7.1 Service unavailable; client [203.0.113.7] blocked using combined.mail.abusix.zone",
    "abusix-listed",
    ["Abusix"],
  ),
  // SpamRATS' zones name the cause (spamrats.com/lists.php): RATS-NoPtr an address with no
  // reverse DNS name, RATS-Dyna one named like a home or dynamic connection (the seventh
  // help-desk review's row 26 read the first as the list's three kinds and a reputation step)
  listed(
    "SpamRATS, temporary",
    "450 4.7.1 Client host [203.0.113.7] blocked using noptr.spamrats.com; SPAMRATS IP Addresses See: http://www.spamrats.com/bl?203.0.113.7",
    "spamrats-noptr",
    ["RATS-NoPtr", "PTR", "spamrats.com/lookup.php"],
    "4.7.1",
  ),
  listed(
    "SpamRATS RATS-NoPtr, in Exim's words",
    "550 rejected because 203.0.113.7 is in a black list at noptr.spamrats.com",
    "spamrats-noptr",
    ["RATS-NoPtr", "PTR"],
  ),
  listed(
    "SpamRATS RATS-Dyna",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dyna.spamrats.com; SPAMRATS IP Addresses See: http://www.spamrats.com/bl?203.0.113.7",
    "spamrats-dyna",
    ["RATS-Dyna", "smart host", "spamrats.com/lookup.php"],
  ),
  // its spam zone names no cause of its own: the list's entry
  listed(
    "SpamRATS RATS-Spam",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using spam.spamrats.com",
    "spamrats-listed",
    ["SpamRATS"],
  ),
  listed(
    "Backscatterer",
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ips.backscatterer.org",
    "backscatterer-listed",
    ["Backscatterer", "bounces"],
  ),
  listed(
    "0spam",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.0spam.org",
    "0spam-listed",
    ["0spam"],
  ),
  listed(
    "HostKarma",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using hostkarma.junkemailfilter.com",
    "hostkarma-listed",
    ["HostKarma"],
  ),
  listed(
    "DroneBL, Exim",
    "550 rejected because 203.0.113.7 is in a black list at dnsbl.dronebl.org",
    "dronebl-listed",
    ["DroneBL"],
  ),
  listed(
    "blocklist.de",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.blocklist.de",
    "blocklist-de-listed",
    ["blocklist.de"],
  ),
  listed(
    "GBUdb Truncate, temporary",
    "450 4.7.1 Client host [203.0.113.7] blocked using truncate.gbudb.net",
    "gbudb-listed",
    ["GBUdb"],
    "4.7.1",
  ),
  listed(
    "SPFBL",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl.spfbl.net; https://spfbl.net/en/dnsbl/",
    "spfbl-listed",
    ["SPFBL"],
  ),
  listed(
    "a list no table describes: its zone is named",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using all.s5h.net",
    "dnsbl-listed",
    ["all.s5h.net", "block list"],
  ),
  listed(
    "a list no table describes, Exim wording",
    "550 rejected because 203.0.113.7 is in a black list at rbl.example.net",
    "dnsbl-listed",
    ["rbl.example.net"],
  ),
  listed(
    "a list no table describes, Sendmail wording",
    "550 5.7.1 Rejected: 203.0.113.7 listed at bl.example.net",
    "dnsbl-listed",
    ["bl.example.net"],
  ),
  listed(
    "a list no table describes, temporary",
    "451 4.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl.example.org",
    "dnsbl-listed",
    ["dnsbl.example.org"],
    "4.7.1",
  ),
  {
    name: "SORBS (closed): the receiver's admin must stop using it",
    reply: "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl.sorbs.net",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sorbs-listed",
      owner: "recipient-admin",
      temporary: false,
      words: ["203.0.113.7", "SORBS", "2024"],
    },
  },
  listed(
    "Validity Sender Score",
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.score.senderscore.com",
    "senderscore-listed",
    ["Sender Score", "senderscore.org"],
  ),
  listed(
    "Cloudmark CSI",
    "550 5.7.1 Rejected: 203.0.113.7 has a poor reputation on Cloudmark Sender Intelligence (CSI)",
    "cloudmark-listed",
    ["Cloudmark", "csi.cloudmark.com"],
  ),
  listed(
    "Trend Micro ERS, dynamic range (DUL)",
    "550 5.7.1 Recipient address rejected: Mail from <203.0.113.7> was refused due to the sender IP found in ERS-DUL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.",
    "trendmicro-ers-listed",
    ["Trend Micro", "servicecentral.trendmicro.com"],
  ),
  listed(
    "NiX Spam",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ix.dnsbl.manitu.net; Spam sent to the mailhost nixspam.net was detected",
    "nixspam-listed",
    ["NiX Spam"],
  ),
  // A link's domain on a domain list is the message's content, the sender's to change (as Cox's
  // URLBL011 and Strato's B-URL say): the link entry, with the list's name and lookup page.
  {
    name: "SURBL: a link's domain",
    reply:
      "554 5.7.1 Message rejected: the message contains a URI listed on multi.surbl.org (bad.example)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "link-dnsbl-listed",
      owner: "you",
      temporary: false,
      words: ["SURBL", "link", "surbl.org"],
      wordsJa: ["SURBL", "リンク"],
    },
  },
  {
    name: "URIBL: a link's domain",
    reply: "550 5.7.1 Message contains a blocklisted URL (black.uribl.com)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "link-dnsbl-listed",
      owner: "you",
      temporary: false,
      words: ["URIBL", "link"],
      wordsJa: ["URIBL", "リンク"],
    },
  },
  // The same lists on the sending side (Postfix's reject_rhsbl_sender and reject_rhsbl_helo): the
  // sender's domain or the sending server's name, your admin's.
  {
    name: "SURBL: the sender's domain (reject_rhsbl_sender)",
    reply:
      "554 5.7.1 Service unavailable; Sender address [sam@bad.example] blocked using multi.surbl.org",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "surbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["SURBL", "surbl.org"],
      wordsJa: ["SURBL"],
    },
  },
  {
    name: "URIBL: the sending server's name (reject_rhsbl_helo)",
    reply:
      "554 5.7.1 Service unavailable; Helo command [mail.bad.example] blocked using multi.uribl.com",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "uribl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["URIBL"],
      wordsJa: ["URIBL"],
    },
  },
  listed(
    "Microsoft 365's own list, as Exchange Online Protection names it",
    "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
    "microsoft-blocklist-listed",
    ["Microsoft", "sender.office.com", "delist portal"],
  ),
  listed(
    "LashBack UBL",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using ubl.unsubscore.com",
    "lashback-listed",
    ["LashBack", "unsubscribe"],
  ),
  listed(
    "NordSpam, an IP",
    "550 5.7.1 Rejected because 203.0.113.7 is in a black list at bl.nordspam.com",
    "nordspam-listed",
    ["NordSpam", "nordspam.com"],
  ),
  {
    name: "NordSpam DBL: a link's or the sender's domain",
    reply:
      "554 5.7.1 Service unavailable; Sender address [sam@bad.example] blocked using dbl.nordspam.com",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "nordspam-dbl-listed",
      owner: "your-admin",
      temporary: false,
      words: ["NordSpam DBL", "links"],
      wordsJa: ["NordSpam DBL", "リンク"],
    },
  },
  {
    name: "AHBL, closed and listing every address since 2015: the receiver's stale setting",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using dnsbl.ahbl.org; Listed",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "ahbl-listed",
      owner: "recipient-admin",
      temporary: false,
      words: ["203.0.113.7", "AHBL", "every address"],
      wordsJa: ["203.0.113.7", "AHBL"],
    },
  },
];
