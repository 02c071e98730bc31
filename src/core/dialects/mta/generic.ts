// Any other text bounce without a status part: address blocks under a "could not be delivered" line, in many languages.
import { decodeTextBounce, type TextLayout } from "../common/text-bounce";
import { lacksDsn, textHas } from "../common/signals";
import type { Dialect } from "../types";
import { Marks } from "../common/marks";
import { textDomain } from "../../mailbox";

/** Lines that introduce the failed addresses (en, ja, fr, de, es, it, pt, nl, zh, ru). */
const INTRODUCTIONS = [
  "could not be delivered",
  "cannot be delivered",
  "could not be sent",
  "delivery problems",
  "did not reach",
  "failed to deliver",
  "not delivered",
  "not been delivered",
  "non-delivered",
  "following recipient",
  "following address",
  "failed permanently",
  "unable to deliver",
  // "an email you addressed to email address :" then the address, then "could not be delivered"
  "you addressed to",
  "delivery failed",
  "delivery has failed",
  "undeliverable",
  "was not delivered",
  "permanent error",
  "配信できません",
  "送信できません",
  "配送できません",
  "届きませんでした",
  "n'a pas pu être remis",
  "non remis",
  "konnte nicht zugestellt werden",
  "unzustellbar",
  "no se pudo entregar",
  "no ha podido ser entregado",
  "non è stato possibile recapitare",
  "non recapitato",
  "não foi possível entregar",
  "kon niet worden bezorgd",
  "無法投遞",
  "无法投递",
  "投递失败",
  "退信",
  "配送に失敗",
  "送信に失敗",
  "届けられませんでした",
  "n'a pas pu être distribué",
  "impossible de remettre",
  "no se ha podido entregar",
  "no pudo ser entregado",
  "impossibile consegnare",
  "não pôde ser entregue",
  "kan niet worden afgeleverd",
  "onbestelbaar",
  "не удалось доставить",
  "无法送达",
  "не может быть доставлено",
  "не доставлено",
];

const INTRODUCTION_MARKS = new Marks(INTRODUCTIONS);

const LAYOUT: TextLayout = {
  start: INTRODUCTIONS,
  // "The following recipients returned permanent errors: addr. Reason: ..." on one line.
  recipientLines: [
    new RegExp(
      String.raw`recipients? (?:returned|had) (?:permanent|temporary|fatal) errors?:\s{0,4}<?([^\s<>]{1,254}@${textDomain(1, 253)})>?\.?\s{0,4}(.{0,2000})$`,
      "i",
    ),
  ],
};

export const genericText: Dialect = {
  id: "text",
  detect: (src) => lacksDsn(src) && textHas(src, INTRODUCTION_MARKS),
  decode: (src) => decodeTextBounce(src, LAYOUT, "text report"),
};
