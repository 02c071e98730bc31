// Filling a catalog text's placeholders ({ip}, {domain}, ...: facts.ts) with what the bounce names,
// or with a phrase that stands in for a fact it does not name.
import type { Localized } from "../types";
import { oneLine } from "../controls";
import { FALLBACK, PLACEHOLDERS, type FillValues, type Placeholder } from "./facts";

const SLOT = /\{([A-Za-z]+)\}/g;
const OPTIONAL = /\[\[([^\]]*)\]\]/g;
/** A space with Japanese (kana, kanji, their punctuation) on the side away from a stand-in. */
const JAPANESE_BEFORE_SPACE = /[\u3000-\u9fff\uff00-\uffef] $/;
const JAPANESE_AFTER_SPACE = /^ [\u3000-\u9fff\uff00-\uffef]/;

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** A fact's place in a text. */
interface Slot {
  readonly fact: Placeholder;
}
/** A `[[...]]` part: kept only when all its facts are known. */
interface OptionalPart {
  readonly facts: readonly Placeholder[];
  readonly part: readonly (string | Slot)[];
}
/** A text cut once at its placeholders (a catalog text's braces each belong to one placeholder). */
type Template = readonly (string | Slot | OptionalPart)[];

/** Literal text and facts; a name that is no placeholder stays as written. */
function slotsOf(text: string): (string | Slot)[] {
  // split() with the capture: the names at odd indexes, the text between at even ones.
  return text
    .split(SLOT)
    .map((bit, at) => (at % 2 === 0 ? bit : isPlaceholder(bit) ? { fact: bit } : `{${bit}}`))
    .filter((bit) => bit !== "");
}

function compile(text: string): Template {
  const out: (string | Slot | OptionalPart)[] = [];
  text.split(OPTIONAL).forEach((bit, at) => {
    if (at % 2 === 0) {
      out.push(...slotsOf(bit));
      return;
    }
    const names = [...bit.matchAll(SLOT)].map((m) => m[1] ?? "");
    // A part with a name that is no placeholder is never kept.
    if (names.every(isPlaceholder)) out.push({ facts: names, part: slotsOf(bit) });
  });
  return out;
}

/** Catalog texts with placeholders, each cut on its first use (a bounded set: the catalog's). */
const templates = new Map<string, Template>();

function templateOf(text: string): Template {
  let template = templates.get(text);
  if (template === undefined) {
    template = compile(text);
    // Bounded all the same, should a caller ever pass other texts.
    if (templates.size < 5000) templates.set(text, template);
  }
  return template;
}

function render(
  template: readonly (string | Slot | OptionalPart)[],
  values: FillValues,
  lang: "en" | "ja",
): string {
  let out = "";
  // Japanese sets a Latin fact ("example.com") apart with spaces; its Japanese stand-in takes none
  // from Japanese beside it, but keeps the space after a colon or Latin text and before "(" (the
  // style's spacing: "応答: 送信サーバーの", "あなたのドメイン (および").
  let standIn = false;
  for (const bit of template) {
    if (typeof bit === "string") {
      out += standIn && JAPANESE_AFTER_SPACE.test(bit) ? bit.slice(1) : bit;
      standIn = false;
    } else if ("fact" in bit) {
      const value = values[bit.fact];
      standIn = value === undefined && lang === "ja";
      if (standIn && JAPANESE_BEFORE_SPACE.test(out)) out = out.slice(0, -1);
      out += value === undefined ? FALLBACK[bit.fact][lang] : oneLine(value);
    } else if (bit.facts.every((fact) => values[fact] !== undefined)) {
      out += render(bit.part, values, lang);
      standIn = false;
    }
  }
  return out;
}

/**
 * Fills `{name}` with the fact, or the fallback phrase when the bounce does not name it; a part in
 * `[[...]]` is kept only when all its facts are known. A text never shows a raw placeholder. Cut
 * once, filled by concatenation: two replace() with a callback were a third of the filling.
 */
export function fillText(text: string, values: FillValues, lang: "en" | "ja"): string {
  return render(templateOf(text), values, lang);
}

export function fillLocalized(text: Localized, values: FillValues): Localized {
  if (!text.en.includes("{") && !text.ja.includes("{")) return text;
  return { en: fillText(text.en, values, "en"), ja: fillText(text.ja, values, "ja") };
}

/** The placeholders a text uses that are not known (a catalog test keeps this empty). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1] ?? "").filter((name) => !isPlaceholder(name));
}
