// ImprovMX's published error codes (improvmx.com/guides/improvmx-error-codes). Marked "(quoted)" are
// the replies Postmark's SMTP Field Manual lists (ActiveCampaign/smtp-field-manual, data/codes/450.json
// and 551.json), judged blind in the sixteenth words round before this table was written; the
// others are the same codes in plain forms of our own.
import type { ProviderCase } from "./types";

const MX = "mx1.improvmx.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "loop through ImprovMX (quoted)",
    reply: "551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "improvmx-loop",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX", "loop"],
      wordsJa: ["ImprovMX", "転送"],
    },
  },
  {
    name: "domain not set up at ImprovMX (quoted)",
    reply: "551 5.7.1 Domain not found (#id-5.9.2)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "improvmx-domain-not-found",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX", "MX records"],
      wordsJa: ["ImprovMX", "MX レコード"],
    },
  },
  {
    name: "ImprovMX's data about the domain unreadable (quoted)",
    reply:
      "551 5.7.1 Our database returned invalid pieces of information about the requested recipient’s domain (#id-5.9.3)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "improvmx-domain-data",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX"],
    },
  },
  {
    name: "anti-spam check asks to retry (quoted)",
    reply: "450 4.2.1 Please try again later. (#id-5.9.4)",
    status: "4.2.1",
    remote: MX,
    expected: {
      id: "improvmx-retry",
      owner: "nobody",
      temporary: true,
      words: ["ImprovMX", "anti-spam"],
      wordsJa: ["ImprovMX", "迷惑メール"],
    },
  },
  {
    name: "forwarding destination unreadable (quoted)",
    reply:
      "551 5.7.1 Unable to correctly read the forwarding recipient (where to forward the email to) (#id-5.9.5)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "improvmx-forward-target",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX", "alias"],
      wordsJa: ["ImprovMX", "エイリアス"],
    },
  },
  {
    name: "a bounce of ImprovMX's own not passed on",
    reply: "550 5.7.1 Bounce messages originating from ImprovMX are not forwarded (#id-5.9.1)",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "improvmx-bounce-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX", "delivery report"],
      wordsJa: ["ImprovMX", "配信エラー通知"],
    },
  },
  {
    name: "loop, known by its tag without the host",
    reply: "550 5.7.1 Loop detected (#id-5.9.0)",
    status: "5.0.0",
    expected: {
      id: "improvmx-loop",
      owner: "recipient-admin",
      temporary: false,
      words: ["loop"],
      wordsJa: ["循環"],
    },
  },
  {
    name: "domain not found, by its tag under a bare 550",
    reply: "550 Domain not found (#id-5.9.2)",
    status: "5.0.0",
    expected: {
      id: "improvmx-domain-not-found",
      owner: "recipient-admin",
      temporary: false,
      words: ["ImprovMX"],
    },
  },
  {
    name: "the retry tag under 451",
    reply: "451 4.7.1 Please try again later. (#id-5.9.4)",
    status: "4.7.1",
    expected: {
      id: "improvmx-retry",
      owner: "nobody",
      temporary: true,
      words: ["ImprovMX"],
    },
  },
];
