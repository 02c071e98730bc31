// Wraps a provider's refusal the three ways a user meets it: an Exchange Online NDR in English and
// in Japanese (Remote Server returned '...'), and a Postfix DSN ("host ... said: ..."). Each is a
// whole multipart/report message, CRLF line ends, deterministic.
import type { ProviderCase } from "./types";

export type Wrapping = "exo-en" | "exo-ja" | "postfix";
export const WRAPPINGS: readonly Wrapping[] = ["exo-en", "exo-ja", "postfix"];

const EXO_HOST = "TYCPR01MB8000.jpnprd01.prod.outlook.com";
const POSTFIX_HOST = "mail.contoso.com";
const SENDER = "sam@contoso.com";
const EXCHANGE_SENDER = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com";
const DATE = "Mon, 16 Nov 2026 09:00:00 +0000";
const RETRY = "Wed, 18 Nov 2026 09:00:00 +0000";

export function recipientOf(c: ProviderCase): string {
  return c.recipient ?? "kim@fabrikam.example";
}

function encodeWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

/** Folds a header field at spaces, as mail servers do with long Diagnostic-Code values. */
function fold(field: string): string {
  const out: string[] = [];
  let line = "";
  for (const word of field.split(" ")) {
    if (line !== "" && line.length + word.length + 1 > 76) {
      out.push(line);
      line = ` ${word}`;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out.join("\r\n");
}

function dsnPart(c: ProviderCase, reporting: string): string {
  const delayed = c.status.startsWith("4");
  return [
    `Reporting-MTA: dns;${reporting}`,
    `Arrival-Date: ${DATE}`,
    "",
    `Final-Recipient: rfc822;${recipientOf(c)}`,
    `Action: ${delayed ? "delayed" : "failed"}`,
    `Status: ${c.status}`,
    ...(c.remote !== undefined ? [`Remote-MTA: dns;${c.remote}`] : []),
    fold(`Diagnostic-Code: smtp;${c.reply}`),
    ...(delayed ? [`Will-Retry-Until: ${RETRY}`] : []),
    "",
  ].join("\r\n");
}

const ORIGINAL = [
  `From: Sam Sender <${SENDER}>`,
  "To: Kim <kim@fabrikam.example>",
  "Subject: Quarterly report",
  `Date: ${DATE}`,
  "Message-ID: <q4.report@contoso.com>",
  "MIME-Version: 1.0",
  "",
].join("\r\n");

function exoHuman(c: ProviderCase, lang: "en" | "ja"): string {
  const delayed = c.status.startsWith("4");
  const rcpt = recipientOf(c);
  const remote = c.remote ?? "";
  if (lang === "ja") {
    return [
      delayed
        ? "次の受信者またはグループへの配信が遅延しています:"
        : "次の受信者またはグループへの配信に失敗しました:",
      "",
      rcpt,
      delayed
        ? "メッセージはまだ配信されていません。サーバーは引き続き配信を試みます。"
        : "メッセージを配信できませんでした。サーバーが返したエラーは以下のとおりです。",
      "",
      "管理者向けの診断情報:",
      "",
      `生成サーバー: ${EXO_HOST}`,
      ...(remote !== "" ? [`受信サーバー: ${remote}`] : []),
      "",
      rcpt,
      `Remote Server returned '${c.reply}'`,
      "",
    ].join("\r\n");
  }
  return [
    delayed
      ? "Delivery is delayed to these recipients or groups:"
      : "Delivery has failed to these recipients or groups:",
    "",
    rcpt,
    delayed
      ? "Your message hasn't been delivered yet. The server will keep trying to deliver it."
      : "Your message couldn't be delivered. The error the server returned is shown below.",
    "",
    "Diagnostic information for administrators:",
    "",
    `Generating server: ${EXO_HOST}`,
    ...(remote !== "" ? [`Receiving server: ${remote}`] : []),
    "",
    rcpt,
    `Remote Server returned '${c.reply}'`,
    "",
  ].join("\r\n");
}

function postfixHuman(c: ProviderCase): string {
  const delayed = c.status.startsWith("4");
  const host = c.remote ?? "mx.fabrikam.example";
  return [
    `This is the mail system at host ${POSTFIX_HOST}.`,
    "",
    delayed
      ? "####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n####################################################################\r\n\r\nYour message could not be delivered for more than 4 hour(s).\r\nIt will be retried until it is 2 day(s) old."
      : "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.",
    "",
    "                   The mail system",
    "",
    `<${recipientOf(c)}>: host ${host}[192.0.2.25] said: ${c.reply} (in reply to end of DATA command)`,
    "",
  ].join("\r\n");
}

function report(headers: readonly string[], boundary: string, human: string, dsn: string): string {
  return [
    ...headers,
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    human,
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    dsn,
    `--${boundary}`,
    "Content-Type: text/rfc822-headers",
    "",
    ORIGINAL,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** The whole bounce for one case and wrapping. */
export function wrap(c: ProviderCase, how: Wrapping): string {
  const delayed = c.status.startsWith("4");
  if (how === "postfix") {
    return report(
      [
        `From: MAILER-DAEMON@${POSTFIX_HOST} (Mail Delivery System)`,
        `To: ${SENDER}`,
        `Date: ${DATE}`,
        `Subject: ${delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender"}`,
        "Auto-Submitted: auto-replied",
      ],
      "postfix-report",
      postfixHuman(c),
      dsnPart(c, POSTFIX_HOST).replace(
        `Arrival-Date: ${DATE}`,
        `X-Postfix-Queue-ID: 4B2C91A0F3\r\nX-Postfix-Sender: rfc822; ${SENDER}\r\nArrival-Date: ${DATE}`,
      ),
    );
  }
  const lang = how === "exo-ja" ? "ja" : "en";
  const prefix =
    lang === "ja"
      ? delayed
        ? "配信の遅延: "
        : "配信不能: "
      : delayed
        ? "Delayed: "
        : "Undeliverable: ";
  const subject = lang === "ja" ? encodeWord(`${prefix}四半期報告`) : `${prefix}Quarterly report`;
  return report(
    [
      `From: Microsoft Outlook <${EXCHANGE_SENDER}>`,
      `To: Sam Sender <${SENDER}>`,
      `Date: ${DATE}`,
      `Subject: ${subject}`,
      "X-MS-Exchange-Message-Is-Ndr:",
    ],
    `exo-report-${lang}`,
    exoHuman(c, lang),
    dsnPart(c, EXO_HOST),
  );
}
