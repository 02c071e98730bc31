// iCloud Mail refusals as Apple's servers write them (the [CS..]/[HM..] local-policy refusals that
// link to support.apple.com, DMARC, block lists, addresses and storage), with sample values.
import type { ProviderCase } from "./types";

const MX = "mx01.mail.icloud.com";
const IP = "203.0.113.25";
const HT = "https://support.apple.com/en-us/HT204137";

export const CASES: readonly ProviderCase[] = [
  {
    name: "[CS01] local policy (not the registry's generic 5.7.1)",
    reply: `554 5.7.1 [CS01] Message rejected due to local policy. Please visit ${HT}`,
    status: "5.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-local-policy",
      owner: "your-admin",
      temporary: false,
      words: ["iCloud", "icloudadmin@apple.com", "DMARC"],
    },
  },
  {
    name: "[CS02] local policy (marker only)",
    reply: `550 5.7.1 [CS02] Message rejected due to local policy. Please visit ${HT}`,
    status: "5.7.1",
    recipient: "kim@me.com",
    expected: {
      id: "icloud-local-policy",
      owner: "your-admin",
      temporary: false,
      words: ["iCloud", "icloudadmin@apple.com"],
    },
  },
  {
    name: "[HM08] local policy",
    reply: "554 5.7.1 [HM08] Message rejected due to local policy.",
    status: "5.7.1",
    remote: "mx02.mail.icloud.com",
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-local-policy",
      owner: "your-admin",
      temporary: false,
      words: ["iCloud", "[HM08]"],
    },
  },
  {
    name: "DMARC policy of the sender's domain",
    reply: `550 5.7.1 Your message was rejected due to contoso.com's DMARC policy. See ${HT}`,
    status: "5.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-dmarc-policy",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.com", "SPF", "DKIM"],
    },
  },
  {
    name: "Spamhaus listing goes to the Spamhaus table",
    reply: `550 5.7.1 Mail from IP ${IP} was rejected due to listing in Spamhaus XBL. For details please see http://www.spamhaus.org/query/bl?ip=${IP}`,
    status: "5.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "spamhaus-zen",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Spamhaus"],
    },
  },
  {
    name: "a domain in the message on the Spamhaus DBL",
    reply:
      "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "spamhaus-dbl",
      owner: "your-admin",
      temporary: false,
      words: ["Spamhaus", "DBL"],
    },
  },
  {
    name: "Proofpoint block list",
    reply: `550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=${IP}`,
    status: "5.7.0",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-proofpoint-blocked",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Proofpoint"],
    },
  },
  {
    name: "user does not exist",
    reply: "550 5.1.1 <kim@icloud.com>: user does not exist",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-no-such-user",
      owner: "you",
      temporary: false,
      words: ["iCloud", "address"],
      wordsJa: ["iCloud", "アドレス"],
    },
  },
  {
    name: "unknown or illegal alias",
    reply: "550 5.1.1 unknown or illegal alias: kim@icloud.com",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-no-such-user",
      owner: "you",
      temporary: false,
      words: ["alias"],
      wordsJa: ["エイリアス"],
    },
  },
  {
    name: "inactive address",
    reply: "550 5.1.1 <kim@icloud.com>: inactive email address",
    status: "5.1.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-inactive-address",
      owner: "you",
      temporary: false,
      words: ["turned it off"],
      wordsJa: ["無効"],
    },
  },
  {
    name: "Hide My Email address turned off",
    reply: "550 5.7.1 Relay not permitted for user.",
    status: "5.7.1",
    remote: MX,
    recipient: "x7k2p9q4r8@privaterelay.appleid.com",
    expected: {
      id: "icloud-relay-not-permitted",
      owner: "you",
      temporary: false,
      words: ["Hide My Email"],
      wordsJa: ["メールを非公開"],
    },
  },
  {
    name: "over quota",
    reply: "552 5.2.2 <kim@icloud.com>: user is over quota",
    status: "5.2.2",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-over-quota",
      owner: "recipient",
      temporary: false,
      words: ["iCloud", "full"],
      wordsJa: ["iCloud", "いっぱい"],
    },
  },
  {
    name: "too much mail for one recipient",
    reply: `421 4.7.1 Messages to kim@icloud.com deferred due to excessive volume. Try again later - ${HT}`,
    status: "4.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-excessive-volume",
      owner: "nobody",
      temporary: true,
      words: ["iCloud"],
    },
  },
  {
    name: "service unavailable",
    reply: "451 4.7.1 Service unavailable - try again later",
    status: "4.7.1",
    remote: MX,
    recipient: "kim@icloud.com",
    expected: {
      id: "icloud-service-unavailable",
      owner: "nobody",
      temporary: true,
      words: ["iCloud"],
    },
  },
];
