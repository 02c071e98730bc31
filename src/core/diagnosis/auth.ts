// SPF, DKIM and DMARC as the returned original's headers state them, and From vs envelope alignment.
import type { AuthCheck, Localized, OriginalMessage } from "../types";
import { hasControl } from "../controls";
import { ownValue } from "../own";

/** Codes whose meaning is sender authentication (SPF, DKIM, DMARC, reverse DNS). */
const AUTH_CODES = new Set([
  "4.7.26",
  "5.7.20",
  "5.7.21",
  "5.7.22",
  "5.7.23",
  "5.7.24",
  "5.7.25",
  "5.7.26",
  "5.7.27",
  "5.7.29",
  "5.7.509",
  "5.7.515",
  "4.7.515",
  "4.7.25",
]);

export function isAuthenticationProblem(status: string | undefined, diagnostic: string): boolean {
  return (status !== undefined && AUTH_CODES.has(status)) || namesSpfDkimDmarc(diagnostic);
}

/** Reverse DNS (PTR): sender authentication in the registry, but no SPF, DKIM or DMARC to check. */
const REVERSE_DNS_CODES = new Set(["4.7.25", "5.7.25"]);

/**
 * Whether the reply gives cause to check SPF, DKIM and DMARC (the action of that name): a code of
 * theirs, or their names in the words, not inside an address ("<spf@example.com>").
 */
export function asksSpfDkimDmarcCheck(status: string | undefined, diagnostic: string): boolean {
  return (
    (status !== undefined && AUTH_CODES.has(status) && !REVERSE_DNS_CODES.has(status)) ||
    namesSpfDkimDmarc(diagnostic.replace(/\S+@\S+/g, " "))
  );
}

function namesSpfDkimDmarc(text: string): boolean {
  return /\b(spf|dkim|dmarc)\b/i.test(text);
}

/** Drops "(comments)" from a header value, without nesting (bounded, no backtracking). */
function stripComments(value: string): string {
  return value.replace(/\([^()]{0,500}\)/g, " ");
}

interface AuthFields {
  spf?: string;
  dkim?: string;
  dmarc?: string;
  mailfrom?: string;
  headerFrom?: string;
  dkimDomain?: string;
}

const KEYS: Record<string, keyof AuthFields> = {
  spf: "spf",
  dkim: "dkim",
  dmarc: "dmarc",
  "smtp.mailfrom": "mailfrom",
  "envelope-from": "mailfrom",
  "header.from": "headerFrom",
  "header.d": "dkimDomain",
};

/** The first value of each method and property over all Authentication-Results headers. */
export function parseAuthenticationResults(values: readonly string[]): AuthFields {
  const out: AuthFields = {};
  for (const value of values) {
    for (const word of stripComments(value).split(/[\s;]+/)) {
      const eq = word.indexOf("=");
      if (eq <= 0) continue;
      const key = ownValue(KEYS, word.slice(0, eq).toLowerCase());
      const val = word.slice(eq + 1).toLowerCase();
      // A value with a control character is no result, domain or address the header could state.
      if (key !== undefined && val !== "" && out[key] === undefined && !hasControl(val))
        out[key] = val;
    }
  }
  return out;
}

/** A domain name on its own, IDN letters allowed: never a NUL, an ESC or a space. */
const BARE_DOMAIN = /^[\p{L}\p{N}._-]{1,253}[>.]*$/u;

function domainOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /@([a-z0-9.-]{1,253})/i.exec(value);
  // A value with no "@" (header.from=) is taken whole only when it is shaped as a domain name.
  const domain = m?.[1] ?? (BARE_DOMAIN.test(value) ? value : undefined);
  const clean = domain?.replace(/[>.]+$/, "").toLowerCase();
  return clean === undefined || clean === "" || clean === "none" ? undefined : clean;
}

/** Shared suffixes under which every tenant is its own organization (Microsoft does not align two tenants of onmicrosoft.com). */
const TENANT_SUFFIXES = ["mail.onmicrosoft.com", "onmicrosoft.com"] as const;

/** The organizational domain, approximately: the last two labels, three under "co.jp"-like suffixes. */
export function organizationalDomain(domain: string): string {
  const labels = domain.split(".");
  const tenant = TENANT_SUFFIXES.find((suffix) => domain.endsWith(`.${suffix}`));
  if (tenant !== undefined) return labels.slice(-(tenant.split(".").length + 1)).join(".");
  const second = labels[labels.length - 2] ?? "";
  const tld = labels[labels.length - 1] ?? "";
  const keep =
    tld.length === 2 &&
    ["co", "ne", "or", "ac", "go", "com", "net", "org", "gov", "edu"].includes(second)
      ? 3
      : 2;
  return labels.slice(-keep).join(".");
}

function line(en: string, ja: string): Localized {
  return { en, ja };
}

function join(parts: readonly Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(" "), ja: parts.map((p) => p.ja).join("") };
}

/** "None (protection.outlook.com: ...)" -> "none": Received-SPF's result is its first word. */
function receivedSpfResult(values: readonly string[] | undefined): string | undefined {
  const word = values?.[0]
    ?.trim()
    .split(/[\s(;]/)[0]
    ?.toLowerCase();
  return word === undefined || word === "" || hasControl(word) ? undefined : word;
}

/**
 * The original's Authentication-Results, with what they lack taken from Received-SPF and the DKIM
 * signatures (set one by one: spreads of optional parts cost more).
 */
function authFieldsOf(original: OriginalMessage | undefined): AuthFields {
  const fields = parseAuthenticationResults(original?.authenticationResults ?? []);
  if (fields.spf === undefined) {
    const spf = receivedSpfResult(original?.receivedSpf);
    if (spf !== undefined) fields.spf = spf;
  }
  if (fields.mailfrom === undefined) {
    const mailfrom = parseAuthenticationResults(original?.receivedSpf ?? []).mailfrom;
    if (mailfrom !== undefined) fields.mailfrom = mailfrom;
  }
  const signed = original?.dkimDomains?.[0];
  if (fields.dkimDomain === undefined && signed !== undefined) fields.dkimDomain = signed;
  return fields;
}

/** SPF/DKIM/DMARC results, alignment, and what they mean, in both languages. */
export function authCheck(original: OriginalMessage | undefined): AuthCheck {
  const fields = authFieldsOf(original);
  const fromDomain = domainOf(fields.headerFrom) ?? domainOf(original?.from);
  const envelopeDomain = domainOf(fields.mailfrom) ?? domainOf(original?.returnPath);
  const dkimDomain = domainOf(fields.dkimDomain);
  const aligned =
    fromDomain !== undefined && envelopeDomain !== undefined
      ? organizationalDomain(fromDomain) === organizationalDomain(envelopeDomain)
      : undefined;
  const parts: Localized[] = [];
  if (fields.spf === undefined && fields.dkim === undefined && fields.dmarc === undefined) {
    parts.push(
      line(
        "The bounce did not return the original's Authentication-Results, so SPF, DKIM and DMARC cannot be read here; check them in a message trace or in the original's headers.",
        "このレポートには元のメッセージの Authentication-Results が含まれていないため、ここでは SPF・DKIM・DMARC を確認できません。メッセージ追跡か元のメッセージのヘッダーで確認してください。",
      ),
    );
  } else {
    const show = (v: string | undefined) => v ?? "?";
    parts.push(
      line(
        `SPF: ${show(fields.spf)}, DKIM: ${show(fields.dkim)}, DMARC: ${show(fields.dmarc)}.`,
        `SPF: ${show(fields.spf)}、DKIM: ${show(fields.dkim)}、DMARC: ${show(fields.dmarc)}。`,
      ),
    );
  }
  if (aligned === false) {
    parts.push(
      line(
        `The From domain (${fromDomain}) differs from the envelope sender domain (${envelopeDomain}), so a passing SPF check cannot count for DMARC; DMARC then needs a DKIM signature from ${fromDomain}.`,
        `From のドメイン (${fromDomain}) とエンベロープ送信者のドメイン (${envelopeDomain}) が一致しないため、SPF が合格しても DMARC には数えられません。DMARC に合格するには ${fromDomain} の DKIM 署名が必要です。`,
      ),
    );
  } else if (aligned === true) {
    parts.push(
      line(
        `The From domain (${fromDomain}) aligns with the envelope sender domain (${envelopeDomain}).`,
        `From のドメイン (${fromDomain}) はエンベロープ送信者のドメイン (${envelopeDomain}) と一致しています。`,
      ),
    );
  }
  if (fields.dkim !== undefined && fields.dkim !== "pass") {
    parts.push(
      line(
        "The message carried no valid DKIM signature: set up DKIM signing for the From domain.",
        "有効な DKIM 署名がありませんでした。From のドメインで DKIM 署名を設定してください。",
      ),
    );
  } else if (dkimDomain !== undefined && fromDomain !== undefined) {
    const dkimAligned = organizationalDomain(dkimDomain) === organizationalDomain(fromDomain);
    if (!dkimAligned) {
      parts.push(
        line(
          `The DKIM signature is from ${dkimDomain}, not from the From domain ${fromDomain}, so it does not satisfy DMARC.`,
          `DKIM 署名は From のドメイン ${fromDomain} ではなく ${dkimDomain} のものなので、DMARC の条件を満たしません。`,
        ),
      );
    }
  }
  if (fields.spf !== undefined && !["pass", "neutral"].includes(fields.spf)) {
    parts.push(
      line(
        "SPF did not pass: the sending server is missing from the envelope domain's SPF record, or the message was forwarded.",
        "SPF が合格しませんでした。送信サーバーがエンベロープ ドメインの SPF レコードに含まれていないか、メッセージが転送されています。",
      ),
    );
  }
  // In the output's order: the known results, then the text.
  const known: { -readonly [K in Exclude<keyof AuthCheck, "text">]?: AuthCheck[K] } = {};
  if (fields.spf !== undefined) known.spf = fields.spf;
  if (fields.dkim !== undefined) known.dkim = fields.dkim;
  if (fields.dmarc !== undefined) known.dmarc = fields.dmarc;
  if (fromDomain !== undefined) known.fromDomain = fromDomain;
  if (envelopeDomain !== undefined) known.envelopeDomain = envelopeDomain;
  if (aligned !== undefined) known.aligned = aligned;
  return { ...known, text: join(parts) };
}
