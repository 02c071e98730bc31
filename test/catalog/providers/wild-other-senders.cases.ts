// The twenty-first round of the words (December 2026): other sending software's own words about its
// failed attempts (Haraka, Postal, ZoneMTA, slimta, Kerio Connect, SmarterMail, Exchange's queue
// LastError), taken in order from the result lists of queries fixed before the search (issue
// threads first, then stored pages and docs), none a case, a catalog text or a test bounce before;
// the queries, the set and the scoring scripts are in /work/wt/h-words21-set, outside the
// repository. The round's misses that were classes: a connection that timed out, was refused or
// broke off, in these senders' words under a status that says nothing of the network (4.0.0,
// 5.0.0, Exchange's 4.4.0 and 4.4.397), read as the registry's "nothing said", its unspecified
// routing problem (the recipient's admin's) or a code inside the words (4.2.1: a disabled mailbox);
// and SmarterMail's "No MX records were found for" read as nothing said. Plain variants of each
// class are marked "variant" (our own examples).
import type { ProviderCase } from "./types";

const failed = (name: string, reply: string, status: string, remote?: string): ProviderCase => ({
  name,
  reply,
  status,
  ...(remote === undefined ? {} : { remote }),
  expected: { id: "connect-failed", owner: "nobody", temporary: true, words: [] },
});

const lost = (name: string, reply: string, status: string, remote?: string): ProviderCase => ({
  name,
  reply,
  status,
  ...(remote === undefined ? {} : { remote }),
  expected: { id: "connection-lost", owner: "nobody", temporary: true, words: [] },
});

export const CASES: readonly ProviderCase[] = [
  // https://github.com/haraka/Haraka/issues/2713 (Haraka's outbound log, temp fail)
  {
    name: "r21-03: Haraka's Outbound connection error: connect ETIMEDOUT",
    reply: "Outbound connection error: Error: connect ETIMEDOUT 104.47.60.36:25",
    status: "4.0.0",
    expected: {
      id: "connect-failed",
      owner: "nobody",
      temporary: true,
      words: ["port 25", "did not answer"],
      wordsJa: ["ポート 25"],
    },
  },
  // https://github.com/haraka/Haraka/issues/2507
  failed(
    "r21-04: Haraka's Outbound connection timed out to",
    "Outbound connection timed out to 64.233.179.27:25",
    "4.0.0",
  ),
  // https://github.com/postalserver/postal/issues/216 (Postal's SOFT FAIL)
  failed(
    "r21-07: Postal's No SMTP servers were available for",
    "No SMTP servers were available for gmail.com. Tried gmail-smtp-in.l.google.com, alt1.gmail-smtp-in.l.google.com, alt2.gmail-smtp-in.l.google.com, alt3.gmail-smtp-in.l.google.com, and alt4.gmail-smtp-in.l.google.com",
    "4.0.0",
  ),
  // https://github.com/postalserver/postal/issues/856
  failed(
    "r21-09: Postal's Cannot connect to ... (Net::OpenTimeout: execution expired)",
    "Cannot connect to 173.194.68.27:25 (aspmx.l.google.com) (Net::OpenTimeout: execution expired)",
    "4.0.0",
    "aspmx.l.google.com",
  ),
  // https://github.com/zone-eu/zone-mta/issues/458 (ZoneMTA's deferral)
  failed(
    "r21-11: ZoneMTA's Network error when connecting to MX server: Connection timed out",
    "Network error when connecting to MX server alt2.gmail-smtp-in.l.google.com[172.217.78.27] for gmail.com: Connection timed out",
    "4.0.0",
  ),
  // https://github.com/zone-eu/zone-mta/issues/182
  failed(
    "r21-12: ZoneMTA's 450 Network error when connecting to MX server: Connection refused",
    "450 Network error when connecting to MX server mail.example.com[1.1.1.1] for example.com: Connection refused",
    "4.0.0",
  ),
  // http://nuangel.net/2013/01/exchange-error-attempted-to-failover/ (Exchange's queue LastError)
  failed(
    "r21-14: Exchange's primary target IP address responded with 421.4.4.2 unable to connect",
    '451 4.4.0 primary target IP address responded with "421.4.4.2 unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
    "4.4.0",
  ),
  // https://supertekboy.com/2020/03/22/improperly-configured-dns-causes-internal-mail-to-hairpin-via-firewall/
  // (its "421 4.2.1 Unable to connect" between is Microsoft's table's, read first in Exchange's notices)
  failed(
    "r21-16 variant: Exchange's 4.4.397 Error communicating with target host -> SocketTimedout",
    "451 4.4.397 Error communicating with target host. -> SocketTimedout: Socket error code 10060",
    "4.4.397",
  ),
  failed(
    "r21 variant: Exim's transport defer (110): Connection timed out under 4.0.0",
    "R=dnslookup T=remote_smtp defer (110): Connection timed out",
    "4.0.0",
  ),
  failed(
    "r21 variant: Haraka's connect ECONNREFUSED",
    "Outbound connection error: Error: connect ECONNREFUSED 192.0.2.25:25",
    "4.0.0",
  ),
  failed(
    "r21 variant: Exchange's Failed to connect. Winsock error code: 10060",
    "Failed to connect. Winsock error code: 10060, Win32 error code: 10060.",
    "4.0.0",
  ),
  // https://github.com/postalserver/postal/issues/295 (Postal's SOFT FAIL)
  {
    name: "r21-06: Postal's Temporary SMTP delivery error ... Net::ReadTimeout",
    reply:
      "Temporary SMTP delivery error when sending to easymx2.easily.co.uk (185.26.230.91) Net::ReadTimeout",
    status: "4.0.0",
    remote: "easymx2.easily.co.uk",
    expected: {
      id: "connection-lost",
      owner: "nobody",
      temporary: true,
      words: ["broke off", "twice"],
      wordsJa: ["2 通"],
    },
  },
  // https://github.com/tgree/psdb/issues/72 (Kerio Connect's delay notice)
  lost(
    "r21-08: Kerio's SMTP module reports: connection with ... is broken",
    "Message delivery to 'tg@phasesensors.example' delayed SMTP module(domain phasesensors.example) reports: connection with smtp.secureserver.net is broken",
    "4.0.0",
    "smtp.secureserver.net",
  ),
  // https://github.com/slimta/python-slimta/issues/49
  lost(
    "r21-13: slimta's Transient failure ... 421 4.3.0 Connection was closed prematurely",
    "Transient failure on [unknown command]: 421 4.3.0 Connection was closed prematurely",
    "4.3.0",
  ),
  // https://www.alessandromazzanti.com/2015/02/exchange-2010-451-440-primary-target-ip.html
  lost(
    "r21 variant: Exchange's responded with 421 connection dropped due to timeout, no code beside",
    'Primary target IP address responded with "421 connection dropped due to timeout"',
    "4.4.0",
  ),
  // http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx
  // (SmarterMail's failure notices)
  {
    name: "r21-18: SmarterMail's Failed all attempts to connect to the recipients mail server",
    reply:
      "Failed all attempts to connect to the recipients mail server. Attempted to send the message to the following ip's: 203.0.113.25",
    status: "5.0.0",
    expected: {
      id: "connect-gave-up",
      owner: "you",
      temporary: false,
      words: ["gave up", "not delivered"],
      wordsJa: ["あきらめ"],
    },
  },
  {
    name: "r21-17: SmarterMail's No MX records were found for the domain",
    reply:
      "Failed to connect to the recipients mail server. No MX records were found for the 'example_domain.com' domain.",
    status: "5.0.0",
    expected: { id: "iana-5.1.2", owner: "you", temporary: false, words: [] },
  },
  {
    name: "r21 variant: a failure notice's bare Connection timed out under 5.0.0",
    reply: "Connection timed out",
    status: "5.0.0",
    expected: { id: "connect-gave-up", owner: "you", temporary: false, words: [] },
  },
  {
    name: "r21 variant: Postal's Net::OpenTimeout after it gave up",
    reply:
      "Cannot connect to 192.0.2.25:25 (mx.fabrikam.example) (Net::OpenTimeout: execution expired)",
    status: "5.0.0",
    expected: { id: "connect-gave-up", owner: "you", temporary: false, words: [] },
  },
  // https://github.com/zone-eu/zone-mta/issues/458: the sending machine's own error comes first
  {
    name: "r21-10: ZoneMTA's Network error ...: Cannot assign requested address",
    reply:
      "Network error when connecting to MX server gmail-smtp-in.l.google.com[74.125.24.26] for gmail.com: Cannot assign requested address",
    status: "4.0.0",
    expected: { id: "own-network-unreachable", owner: "your-admin", temporary: true, words: [] },
  },
];
