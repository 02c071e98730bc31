// Builds an Exchange-style bounce (multipart/report: text/plain in English or Japanese,
// message/delivery-status, text/rfc822-headers) for one seed case. scripts/make-catalog-fixtures.ts
// writes them to test/fixtures/catalog; seeds.test.ts reads them back.
import { encodeWord, exchangeText } from "./exchange-text";
import type { SeedCase } from "./seed-rows";

export type FixtureLang = "en" | "ja";

const EXO_HOST = "TYCPR01MB8000.jpnprd01.prod.outlook.com";
const EXS_HOST = "EXCH01.corp.contoso.com";
const EXCHANGE_SENDER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e";
const FAILED = "alex@fabrikam.com";
const DATE = "Mon, 16 Nov 2026 09:00:00 +0000";
const AUTH_CODES = ["4.7.26", "5.7.23", "5.7.509"];

export function fixtureName(c: SeedCase, variant: number, lang: FixtureLang): string {
  return `${c.row}-${String.fromCharCode(97 + variant)}-${lang}.eml`;
}

function humanText(c: SeedCase, lang: FixtureLang, host: string, reply: string): string {
  return exchangeText({
    lang,
    delayed: c.status.startsWith("4"),
    recipient: FAILED,
    generatingServer: host,
    reply,
  });
}

function returnedHeaders(c: SeedCase, lang: FixtureLang, host: string): string {
  const auth = AUTH_CODES.includes(c.status)
    ? "spf=none (sender IP is 198.51.100.7) smtp.mailfrom=bulk.contoso-mail.net; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=contoso.com;compauth=fail reason=000"
    : "spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100";
  const subject = lang === "ja" ? encodeWord("四半期報告") : "Quarterly report";
  return [
    `Return-Path: ${AUTH_CODES.includes(c.status) ? "mailer@bulk.contoso-mail.net" : "sender@contoso.com"}`,
    `Received: from SN7PR01MB0001.namprd01.prod.outlook.com by ${host} with HTTPS; ${DATE}`,
    `Authentication-Results: ${auth}`,
    "From: Sam Sender <sender@contoso.com>",
    `To: ${FAILED}, Kim <kim@fabrikam.com>`,
    "Cc: lee@contoso.com",
    `Subject: ${subject}`,
    `Date: ${DATE}`,
    `Message-ID: <${c.row}.${c.status}@contoso.com>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
  ].join("\r\n");
}

/** The whole .eml, CRLF line ends, deterministic. */
export function buildFixture(c: SeedCase, lang: FixtureLang): string {
  const online = c.server === "exchange-online";
  const host = online ? EXO_HOST : EXS_HOST;
  const domain = online ? "contoso.onmicrosoft.com" : "contoso.com";
  const reply = `${c.reply} ${c.status} ${c.text}`;
  const delayed = c.status.startsWith("4");
  const boundary = `report_${c.row}_${lang}`;
  const subjectPrefix =
    lang === "ja"
      ? delayed
        ? "配信の遅延: "
        : "配信不能: "
      : delayed
        ? "Delayed: "
        : "Undeliverable: ";
  const subject =
    lang === "ja" ? encodeWord(`${subjectPrefix}四半期報告`) : `${subjectPrefix}Quarterly report`;
  const dsn = [
    `Reporting-MTA: dns;${host}`,
    `Arrival-Date: ${DATE}`,
    "",
    `Final-Recipient: rfc822;${FAILED}`,
    `Action: ${delayed ? "delayed" : "failed"}`,
    `Status: ${c.status}`,
    `Diagnostic-Code: smtp;${reply}`,
    ...(delayed ? ["Will-Retry-Until: Wed, 18 Nov 2026 09:00:00 +0000"] : []),
    "",
  ].join("\r\n");
  return [
    `From: Microsoft Outlook <${EXCHANGE_SENDER}@${domain}>`,
    "To: Sam Sender <sender@contoso.com>",
    `Date: ${DATE}`,
    `Subject: ${subject}`,
    `Message-ID: <ndr-${c.row}-${c.status}-${lang}@${host.toLowerCase()}>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "X-MS-Exchange-Message-Is-Ndr:",
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    humanText(c, lang, host, reply),
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    dsn,
    `--${boundary}`,
    "Content-Type: text/rfc822-headers",
    "",
    returnedHeaders(c, lang, host),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** Every fixture: file name, case, language (variants numbered within their row). */
export function allFixtures(
  cases: readonly SeedCase[],
): { name: string; seed: SeedCase; lang: FixtureLang }[] {
  const seen = new Map<string, number>();
  return cases.flatMap((seed) => {
    const variant = seen.get(seed.row) ?? 0;
    seen.set(seed.row, variant + 1);
    return (["en", "ja"] as const).map((lang) => ({
      name: fixtureName(seed, variant, lang),
      seed,
      lang,
    }));
  });
}
