// The localized set (LAB_SET=locales: test/corpus/lab-locales): the servers' notices as admins in
// Japan and Europe rewrite them. Postfix's bounce_template_file (failure, delay and success
// templates), Exim's bounce_message_file and warn_message_file, Sendmail's ErrorHeader, each
// written here in Japanese (UTF-8, and ISO-2022-JP as Japanese admins long wrote them), German and
// French, in each language's own phrasing. The templates are data: each server's script
// (mta/<server>.sh, locale_templates) installs them, and says which locales it runs (LOCALES).
// The receiver's 501 (bare and 5.5.4), 550 5.1.1 and 452 4.2.2 replies come for several
// recipients of one message, so a notice lists them in the template's own sentences.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Scenario } from "./scenarios";

type Language = "ja" | "de" | "fr";

/** What an admin writes: subjects, and the sentences before the server's own list of recipients. */
interface Texts {
  readonly failSubject: string;
  readonly failText: readonly string[];
  readonly delaySubject: string;
  readonly delayText: readonly string[];
  readonly successSubject: string;
  readonly successText: readonly string[];
  /** Sendmail's ErrorHeader: one paragraph above its own notice, for failures and warnings alike. */
  readonly header: readonly string[];
}

const TEXTS: Readonly<Record<Language, Texts>> = {
  ja: {
    failSubject: "配信エラーのお知らせ（メールをお届けできませんでした）",
    failText: [
      "このメールはメールシステムから自動で送信されています。",
      "",
      "お送りいただいたメールは、下記の宛先に配信できませんでした。",
      "宛先のメールアドレスに誤りがないか、ご確認ください。",
      "",
      "ご不明な点がございましたら、システム管理者までお問い合わせください。",
      "このメールには返信しないでください。",
    ],
    delaySubject: "配信遅延のお知らせ（再送の必要はありません）",
    delayText: [
      "このメールはメールシステムから自動で送信されています。",
      "",
      "お送りいただいたメールは、下記の宛先にまだ配信できていません。",
      "配信が遅れていますが、システムが引き続き配信を試みています。",
      "再送していただく必要はありません。",
      "一定期間内に配信できなかった場合は、改めてお知らせいたします。",
    ],
    successSubject: "配信完了のお知らせ",
    successText: [
      "このメールはメールシステムから自動で送信されています。",
      "",
      "お送りいただいたメールは、下記の宛先に正常に配信されました。",
    ],
    header: [
      "【株式会社ラボ 情報システム部より】",
      "このメールはメールシステムから自動で送信されています。",
      "ご不明な点は情報システム部（内線 1234）までお問い合わせください。",
    ],
  },
  de: {
    failSubject: "Unzustellbar: Ihre Nachricht konnte nicht zugestellt werden",
    failText: [
      "Dies ist eine automatisch erstellte Nachricht des Mailservers.",
      "",
      "Ihre Nachricht konnte leider an einen oder mehrere Empfänger nicht",
      "zugestellt werden. Bitte prüfen Sie die Empfängeradresse auf Tippfehler.",
      "",
      "Bei Fragen wenden Sie sich bitte an Ihre IT-Abteilung.",
    ],
    delaySubject: "Zustellung verzögert – bitte nicht erneut senden",
    delayText: [
      "Dies ist eine automatisch erstellte Nachricht des Mailservers.",
      "",
      "Ihre Nachricht konnte bisher noch nicht zugestellt werden.",
      "Der Server versucht weiterhin, sie zuzustellen.",
      "Sie müssen die Nachricht nicht erneut senden.",
      "Gelingt die Zustellung auch weiterhin nicht, erhalten Sie",
      "eine weitere Benachrichtigung.",
    ],
    successSubject: "Zustellbestätigung",
    successText: [
      "Dies ist eine automatisch erstellte Nachricht des Mailservers.",
      "",
      "Ihre Nachricht wurde erfolgreich zugestellt.",
    ],
    header: [
      "Hinweis der IT-Abteilung der Labor GmbH:",
      "Dies ist eine automatisch erstellte Nachricht. Bei Fragen wenden Sie sich",
      "bitte an den Helpdesk (Durchwahl 1234).",
    ],
  },
  fr: {
    failSubject: "Non remis : votre message n'a pas pu être distribué",
    failText: [
      "Ceci est un message automatique du serveur de messagerie.",
      "",
      "Votre message n'a pas pu être remis à un ou plusieurs destinataires.",
      "Veuillez vérifier que l'adresse du destinataire est correcte.",
      "",
      "Pour toute question, contactez votre service informatique.",
    ],
    delaySubject: "Remise différée – inutile de renvoyer votre message",
    delayText: [
      "Ceci est un message automatique du serveur de messagerie.",
      "",
      "Votre message n'a pas encore pu être remis.",
      "Le serveur continue d'essayer de le distribuer.",
      "Vous n'avez pas besoin de renvoyer votre message.",
      "S'il ne peut toujours pas être remis, vous recevrez un",
      "nouvel avis.",
    ],
    successSubject: "Message remis",
    successText: [
      "Ceci est un message automatique du serveur de messagerie.",
      "",
      "Votre message a bien été remis au destinataire.",
    ],
    header: [
      "Avis du service informatique de Labo SA :",
      "Ceci est un message automatique. Pour toute question, contactez",
      "l'assistance (poste 1234).",
    ],
  },
};

/** A locale the lab runs: a language in one charset. */
const LOCALES: Readonly<Record<string, { language: Language; charset: string }>> = {
  "ja-utf8": { language: "ja", charset: "UTF-8" },
  "ja-jis": { language: "ja", charset: "ISO-2022-JP" },
  de: { language: "de", charset: "UTF-8" },
  fr: { language: "fr", charset: "UTF-8" },
};

/** The messages: one refusal, one delay to expiry, a mix, and several recipients per reply. */
const SCENARIOS: readonly Scenario[] = [
  { name: "lc-unknown", rcpts: ["unknown@lab.test"] },
  { name: "lc-defer", rcpts: ["defer@lab.test"] },
  { name: "lc-mixed", rcpts: ["unknown@lab.test", "defer@lab.test", "ok@lab.test"] },
  {
    name: "lc-syntax",
    rcpts: ["syntax.tanaka@lab.test", "syntax.suzuki@lab.test", "syntax-params@lab.test"],
  },
  {
    name: "lc-several",
    rcpts: [
      "syntax.mueller@lab.test",
      "unknown.dupont@lab.test",
      "unknown.yamada@lab.test",
      "quota-tmp.sato@lab.test",
      "quota-tmp.ito@lab.test",
      "ok@lab.test",
    ],
  },
];

/** The localized scenarios; To: names the recipients, so resends can be checked against it. */
export const LOCALE_SCENARIOS: readonly Scenario[] = SCENARIOS.map((s) => ({ ...s, to: s.rcpts }));

const encode = (text: string, charset: string): Buffer =>
  charset === "UTF-8"
    ? Buffer.from(text, "utf8")
    : execFileSync("iconv", ["-f", "UTF-8", "-t", charset], { input: text });

/** A header value as an admin writes a non-ASCII one: an RFC 2047 word in the template's charset. */
const word = (text: string, charset: string): string =>
  /^[ -~]*$/.test(text) ? text : `=?${charset}?B?${encode(text, charset).toString("base64")}?=`;

const fill = (lines: readonly string[]): string => lines.join("\n");

/** Postfix's bounce_template_file (bounce(5)): failure, delay and success templates. */
function postfix(t: Texts, charset: string): string {
  const template = (name: string, subject: string, body: string): string =>
    [
      `${name}_template = <<EOF`,
      `Charset: ${charset}`,
      "From: MAILER-DAEMON (Mail Delivery System)",
      `Subject: ${word(subject, charset)}`,
      ...(name === "success" ? [] : [`Postmaster-Subject: Postmaster Copy: ${name}`]),
      "",
      body,
      "EOF",
      "",
    ].join("\n");
  return [
    template("failure", t.failSubject, fill(t.failText)),
    template("delay", t.delaySubject, fill(t.delayText)),
    template("success", t.successSubject, fill(t.successText)),
  ].join("\n");
}

/** Exim expands its message files: text in a charset whose bytes hold "$" and "\\" (ISO-2022-JP)
 * goes between \\N markers, which Exim copies as they are. */
const literal = (text: string, charset: string): string =>
  charset === "UTF-8" ? text : `\\N${text}\\N`;

/** Exim's bounce_message_file and warn_message_file: items split by lines of four asterisks. */
function exim(t: Texts, charset: string): { bounce: string; warn: string } {
  const headers = (subject: string) => [`Subject: ${word(subject, charset)}`, ""].join("\n");
  return {
    bounce: [
      headers(t.failSubject),
      "****",
      `${literal(fill(t.failText), charset)}\n`,
      "****",
      "",
    ].join("\n"),
    warn: [
      headers(t.delaySubject),
      "****",
      `${literal(fill(t.delayText), charset)}\n`,
      "****",
      "",
    ].join("\n"),
  };
}

// usage: tsx scripts/lab/locales.ts LOCALE DIR (session.sh, LAB_SET=locales): writes the locale's
// templates to DIR in its charset: postfix.cf, exim-bounce, exim-warn, sendmail-header.
if (require.main === module) {
  const [locale = "", dir] = process.argv.slice(2);
  const chosen = LOCALES[locale];
  if (!chosen || !dir) throw new Error("usage: tsx scripts/lab/locales.ts LOCALE DIR");
  const t = TEXTS[chosen.language];
  const { charset } = chosen;
  mkdirSync(dir, { recursive: true });
  const { bounce, warn } = exim(t, charset);
  const files: Record<string, string> = {
    "postfix.cf": postfix(t, charset),
    "exim-bounce": bounce,
    "exim-warn": warn,
    "sendmail-header": `${t.header.join("\n")}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    const bytes = encode(text, charset);
    // Postfix expands "$" in its templates: ISO-2022-JP's two-byte characters hold "$" (0x24),
    // which a Japanese admin writes as "$$" (bounce(5)).
    const escaped =
      name === "postfix.cf" && charset !== "UTF-8"
        ? Buffer.from(bytes.toString("latin1").replace(/\$/g, "$$$$"), "latin1")
        : bytes;
    writeFileSync(join(dir, name), escaped);
  }
}
