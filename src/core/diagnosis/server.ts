// Which kind of server wrote a status: Exchange Online, Exchange Server, or another MTA.
import type { BounceReport, Evidence, RecipientFacts } from "../types";
import { namesExchangeComponent, type ServerFamily } from "../catalog/match";
import { hostOf } from "../host";
import { sendersOwnWords } from "./whose-words";

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

/** "dns; MX.Example.COM" / "[10.0.0.1]" -> "mx.example.com" / "10.0.0.1": the host, lower case. */
function hostName(value: string | undefined): string | undefined {
  return hostOf(value)?.toLowerCase();
}

/** `host` is `suffix` or ends with "." + `suffix` (no template string per host and suffix). */
function isDomainOrSubdomain(host: string, suffix: string): boolean {
  const dot = host.length - suffix.length - 1;
  return host.endsWith(suffix) && (dot === -1 || (dot >= 0 && host[dot] === "."));
}

function isExchangeOnlineHost(host: string | undefined): boolean {
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
  return namesExchangeComponent(diagnostic) ? "exchange-server" : "other";
}

/**
 * The notice is Exchange Online's (Microsoft 365): its sending servers are Microsoft's, which a
 * tenant's admin cannot set. Outlook.com's notices are a consumer's, with no tenant.
 */
export function writtenByExchangeOnline(report: BounceReport): boolean {
  if (report.dialect === "outlook-com") return false;
  return (
    report.dialect === "exchange-online" ||
    isExchangeOnlineHost(hostName(report.generatingServer ?? report.reportingMta))
  );
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
 * A delivery time that ran out (X.4.7) is the generating server's own verdict, even when it names
 * the remote server it kept trying; so is a delay for want of reaching it (X.4.x: a timeout, a
 * refused connection). A delay notice's other status is the remote's last reply: Exchange
 * Online's thread limit is not what a Postfix's "452 4.3.2" means.
 */
function isOwnVerdict(recipient: RecipientFacts): boolean {
  const status = recipient.status ?? "";
  return /^[45]\.4\.7$/.test(status) || (recipient.action === "delayed" && /^4\.4\./.test(status));
}

/** A host name in square brackets: "[AM4PEPF00027A5F.eurprd04.prod.outlook.com]". */
const BRACKETED_HOST = /\[([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\]/gi;

/**
 * The Microsoft cloud host a reply names as the one that answered: Exchange Online and
 * Outlook.com end each reply with it in brackets. It tells whose words these are when the bounce
 * names the remote server only by its IP address, or not at all.
 */
function microsoftReplyHost(diagnostic: string | undefined): string | undefined {
  if (diagnostic === undefined || !diagnostic.includes("]")) return undefined;
  for (const m of diagnostic.matchAll(BRACKETED_HOST)) {
    const host = (m[1] as string).toLowerCase();
    if (isExchangeOnlineHost(host)) return host;
  }
  return undefined;
}

function remoteVerdict(family: ServerFamily, remote: string, named = remote): ServerVerdict {
  return {
    family,
    remote,
    writer: undefined,
    evidence: {
      fact: "server",
      source: "inferred",
      field: "remote-server",
      text: `${named}: ${FAMILY_NAME[family]}`,
    },
  };
}

/**
 * Who produced this recipient's status: the remote server when the bounce names one apart from
 * the generating server and the status is the remote's reply (then only Microsoft's cloud hosts
 * are recognised, by name or by the host their reply names), else the server that wrote the
 * bounce.
 */
export function serverFamily(report: BounceReport, recipient: RecipientFacts): ServerVerdict {
  const generating = hostName(report.generatingServer ?? report.reportingMta);
  const remote = hostName(recipient.remoteServer);
  // Words in Sendmail's own forms are a Sendmail's: in a Microsoft notice they are the remote's,
  // relayed, not Exchange's own verdict (Microsoft's meanings hold only for Microsoft's words).
  const relayed =
    sendersOwnWords(recipient.diagnostic ?? "") &&
    familyOfBounce(report, recipient, generating) !== "other";
  const ownVerdict = isOwnVerdict(recipient) && !relayed;
  if (remote !== undefined && remote !== generating && !ownVerdict) {
    if (isExchangeOnlineHost(remote)) return remoteVerdict("exchange-online", remote);
    const replied = microsoftReplyHost(recipient.diagnostic);
    return replied === undefined
      ? remoteVerdict("other", remote)
      : remoteVerdict("exchange-online", remote, replied);
  }
  const family = relayed ? "other" : familyOfBounce(report, recipient, generating);
  const replied =
    family === "other" && !ownVerdict ? microsoftReplyHost(recipient.diagnostic) : undefined;
  if (replied !== undefined) return remoteVerdict("exchange-online", replied);
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
