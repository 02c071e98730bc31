// Trend Micro email gateway refusals. Verbatim: Deep Discovery Email Inspector's published replies
// ("421 Block temporarily (Sender Filtering/Authentication)", "521 Block permanently ..."),
// InterScan's "550 domain of forward path is not allowed" (KA-0004824), HES's "Sender address
// rejected: Access denied" (solution 1053852), and two Email Reputation Services refusals a user
// quoted on the iRedMail forum (bbs.iredmail.org/post13489.html), which keep the ERS block list's
// own entry. Trend Micro Email Security publishes its rate limit, size limit and invalid recipient
// refusals only as a block reason or a reply code: those cases put the published words in our own
// plain layout. Sample values.
import type { ProviderCase } from "./types";

const TMES = "fabrikam-example.in.tmes.trendmicro.com";
const TMES_EU = "fabrikam-example.in.tmes.trendmicro.eu";
const HES = "fabrikam-example.in.hes.trendmicro.com";
const APPLIANCE = "mail.fabrikam.example";
const IP = "203.0.113.7";

export const CASES: readonly ProviderCase[] = [
  {
    name: "421 Block temporarily (Sender Filtering/Authentication), named by its words",
    reply: "421 Block temporarily (Sender Filtering/Authentication)",
    status: "4.7.0",
    expected: {
      id: "trendmicro-sender-filtering-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["Trend Micro", "SMTP traffic throttling"],
      wordsJa: ["Trend Micro", "SMTP トラフィックの制限"],
    },
  },
  {
    name: "421 Block temporarily from the customer's own appliance, under 4.0.0",
    reply: "421 Block temporarily (Sender Filtering/Authentication)",
    status: "4.0.0",
    remote: APPLIANCE,
    expected: {
      id: "trendmicro-sender-filtering-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["harvest"],
      wordsJa: ["ハーベスト"],
    },
  },
  {
    name: "521 Block permanently (Sender Filtering/Authentication)",
    reply: "521 Block permanently (Sender Filtering/Authentication)",
    status: "5.7.1",
    remote: APPLIANCE,
    expected: {
      id: "trendmicro-sender-filtering",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "SPF"],
    },
  },
  {
    name: "521 Block permanently under a bare 5.0.0",
    reply: "521 Block permanently (Sender Filtering/Authentication)",
    status: "5.0.0",
    expected: {
      id: "trendmicro-sender-filtering",
      owner: "your-admin",
      temporary: false,
      words: ["DKIM"],
    },
  },
  {
    name: "Rate limit temporarily exceeded (the published block reason in a 4xx reply)",
    reply: "451 4.7.1 Rate limit temporarily exceeded",
    status: "4.7.1",
    remote: TMES,
    expected: {
      id: "trendmicro-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: ["2,000 messages a minute"],
      wordsJa: ["2,000 通"],
    },
  },
  {
    name: "Rate limit temporarily exceeded from the EU site, per recipient",
    reply: `450 4.7.0 <kim@fabrikam.example>: Rate limit temporarily exceeded [${IP}]`,
    status: "4.7.0",
    remote: TMES_EU,
    expected: {
      id: "trendmicro-rate-limit",
      owner: "your-admin",
      temporary: true,
      words: [IP, "200 a minute"],
      wordsJa: [IP, "200 通"],
    },
  },
  {
    name: "invalid recipient, not the registry's 5.1.1",
    reply: "550 5.1.1 <kim@fabrikam.example>: invalid recipient",
    status: "5.1.1",
    remote: TMES,
    expected: {
      id: "trendmicro-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["directory", "Trend Micro Email Security"],
      wordsJa: ["ディレクトリ", "Trend Micro Email Security"],
    },
  },
  {
    name: "5.1.1 from an HES host, by its code",
    reply: "550 5.1.1 <kim@fabrikam.example>: Recipient address rejected",
    status: "5.1.1",
    remote: HES,
    expected: {
      id: "trendmicro-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["typo"],
      wordsJa: ["入力ミス"],
    },
  },
  {
    name: "552 size limit (50 MB by default)",
    reply: "552 5.3.4 Size limit: the message exceeds 50 MB",
    status: "5.3.4",
    remote: TMES,
    expected: {
      id: "trendmicro-size-limit",
      owner: "you",
      temporary: false,
      words: ["50 MB"],
    },
  },
  {
    name: "Sender address rejected: Access denied from your own outbound relay",
    reply: "554 5.7.1 <alex@contoso.example>: Sender address rejected: Access denied",
    status: "5.7.1",
    remote: "relay.tmes.trendmicro.com",
    expected: {
      id: "trendmicro-outbound-domain",
      owner: "your-admin",
      temporary: false,
      words: ["Outbound Servers", "registered"],
      wordsJa: ["Outbound Servers", "登録"],
    },
  },
  {
    name: "550 domain of forward path is not allowed (InterScan), named by its words",
    reply: "550 domain of forward path is not allowed",
    status: "5.0.0",
    expected: {
      id: "trendmicro-relay-domain",
      owner: "recipient-admin",
      temporary: false,
      words: ["Relay Domains"],
    },
  },
  {
    name: "ERS refusal from an HES host keeps the ERS block list's entry",
    reply: `550 5.7.1 Service unavailable; Client host [${IP}] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=${IP}; Mail from ${IP} blocked using Trend Micro Email Reputation database. Please see <http://www.mail-abuse.com/cgi-bin/lookup?${IP}>`,
    status: "5.7.1",
    remote: "in.sjc.mx.trendmicro.com",
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Trend Micro"],
      wordsJa: [IP, "Trend Micro"],
    },
  },
  {
    name: "ERS refusal from the customer's own gateway keeps the ERS block list's entry",
    reply:
      "550 5.7.1 Your email messages have been blocked by the recipient OR by Trend Micro Email Reputation Service. Contact the recipient or his/her administrator using alternate means to resolve the issue.",
    status: "5.7.1",
    remote: APPLIANCE,
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: false,
      words: ["Trend Micro"],
    },
  },
  {
    // Deep Discovery Email Inspector's words (its "SMTP Error Codes" help) in our own layout
    name: "Deep Discovery Email Inspector's RBL+ refusal keeps the ERS block list's entry",
    reply: `550 5.7.1 Connection from ${IP} rejected (550) for RBL+ matches (ERS)`,
    status: "5.7.1",
    remote: APPLIANCE,
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Trend Micro"],
      wordsJa: [IP, "Trend Micro"],
    },
  },
  {
    name: "a block list named only as Trend Micro RBL+ keeps the ERS block list's entry",
    reply: `554 5.7.1 Service unavailable; Client host [${IP}] blocked using Trend Micro RBL+`,
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Trend Micro"],
      wordsJa: [IP, "Trend Micro"],
    },
  },
  {
    // Trend Micro's ERS FAQ (success.trendmicro.com, solution 1097055) quotes MAPS's older wording
    name: "RBL+ under its MAPS name (mail-abuse.org) keeps the ERS block list's entry",
    reply: `550 Mail from ${IP} refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation`,
    status: "5.0.0",
    remote: APPLIANCE,
    expected: {
      id: "trendmicro-ers-listed",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Trend Micro"],
      wordsJa: [IP, "Trend Micro"],
    },
  },
];
