// Which kind of server wrote a status: Exchange Online, Exchange Server, or another MTA.
import type { BounceReport, Evidence, RecipientFacts } from "../types";
import type { ServerFamily } from "../catalog/match";
import { Marks } from "../dialects/common/marks";
import { hostOf } from "../host";

/** Microsoft's cloud mail hosts (Exchange Online, Exchange Online Protection, Outlook.com). */
const EXCHANGE_ONLINE_HOSTS = [
  "outlook.com",
  "hotmail.com",
  "office365.com",
  "onmicrosoft.com",
  "exchangelabs.com",
  "outlook.cn",
] as const;

/** Dialects that only Exchange Online / Outlook.com write. */
const ONLINE_DIALECTS = new Set(["exchange-online", "outlook-com"]);
const EXCHANGE_DIALECTS = new Set(["exchange2007", "exchange2003"]);

/** Exchange writes its NDRs from this fixed system mailbox, on premises and online. */
const EXCHANGE_SENDER = "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@";
/** Looked for at once: one search, not one per token. */
const EXCHANGE_TOKENS = new Marks(["resolver.", "storedrv.", "smtpsend.", "queue.", "routing."]);

/** "dns; MX.Example.COM" / "[10.0.0.1]" -> "mx.example.com" / "10.0.0.1": the host, lower case. */
export function hostName(value: string | undefined): string | undefined {
  return hostOf(value)?.toLowerCase();
}

/** `host` is `suffix` or ends with "." + `suffix` (no template string per host and suffix). */
function isDomainOrSubdomain(host: string, suffix: string): boolean {
  const dot = host.length - suffix.length - 1;
  return host.endsWith(suffix) && (dot === -1 || (dot >= 0 && host[dot] === "."));
}

export function isExchangeOnlineHost(host: string | undefined): boolean {
  return (
    host !== undefined && EXCHANGE_ONLINE_HOSTS.some((suffix) => isDomainOrSubdomain(host, suffix))
  );
}

function familyOfBounce(
  report: BounceReport,
  recipient: RecipientFacts,
  host: string | undefined,
): ServerFamily {
  if (isExchangeOnlineHost(host) || ONLINE_DIALECTS.has(report.dialect)) return "exchange-online";
  if (EXCHANGE_DIALECTS.has(report.dialect)) return "exchange-server";
  if (report.from?.toLowerCase().includes(EXCHANGE_SENDER) === true) return "exchange-server";
  const diagnostic = recipient.diagnostic?.toLowerCase() ?? "";
  return EXCHANGE_TOKENS.in(diagnostic) ? "exchange-server" : "other";
}

export interface ServerVerdict {
  readonly family: ServerFamily;
  // Always set (one shape for every verdict), undefined when unknown.
  /** The remote server the bounce names apart from its writer (its reply, or its last one). */
  readonly remote: string | undefined;
  /** The server that wrote the bounce, when the status is its own. */
  readonly writer: string | undefined;
  readonly evidence: Evidence;
}

const FAMILY_NAME: Record<ServerFamily, string> = {
  "exchange-online": "Exchange Online",
  "exchange-server": "Exchange Server",
  other: "another mail server",
};

/**
 * A delay notice, or a delivery time that ran out (X.4.7), is the generating server's own verdict,
 * even when it names the remote server it kept trying.
 */
function isOwnVerdict(recipient: RecipientFacts): boolean {
  return recipient.action === "delayed" || /^[45]\.4\.7$/.test(recipient.status ?? "");
}

/**
 * Who produced this recipient's status: the remote server when the bounce names one apart from
 * the generating server and the status is the remote's reply (then only Microsoft's cloud hosts
 * are recognised by name), else the server that wrote the bounce.
 */
export function serverFamily(report: BounceReport, recipient: RecipientFacts): ServerVerdict {
  const generating = hostName(report.generatingServer ?? report.reportingMta);
  const remote = hostName(recipient.remoteServer);
  if (remote !== undefined && remote !== generating && !isOwnVerdict(recipient)) {
    const family: ServerFamily = isExchangeOnlineHost(remote) ? "exchange-online" : "other";
    return {
      family,
      remote,
      writer: undefined,
      evidence: {
        fact: "server",
        source: "inferred",
        field: "remote-server",
        text: `${remote}: ${FAMILY_NAME[family]}`,
      },
    };
  }
  const family = familyOfBounce(report, recipient, generating);
  // A delay notice still carries the remote's last reply: the remote names its provider.
  return {
    family,
    remote: remote !== generating ? remote : undefined,
    writer: generating,
    evidence: {
      fact: "server",
      source: "inferred",
      field: "generating-server",
      text: `${generating ?? report.dialect}: ${FAMILY_NAME[family]}`,
    },
  };
}
