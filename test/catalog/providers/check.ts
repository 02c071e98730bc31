// What a provider case's explanation must show, shared by the tests and the score script.
import { analyze, diagnose } from "../../../src/core";
import type { Explanation } from "../../../src/core/types";
import type { ProviderCase } from "./types";
import { wrap, type Wrapping } from "./wrap";

export function explainWrapped(c: ProviderCase, how: Wrapping): Explanation | undefined {
  return diagnose(analyze(wrap(c, how))).recipients[0]?.explanation;
}

/** All the words an explanation shows in one language. */
export function wordsOf(e: Explanation, lang: "en" | "ja"): string {
  return [e.summary, e.cause, ...e.fix, ...e.adminFix].map((text) => text[lang]).join("\n");
}

/** The problems with one explanation, none when it is right. */
export function problems(c: ProviderCase, e: Explanation | undefined): string[] {
  if (e === undefined) return ["no recipient"];
  const out: string[] = [];
  if (e.id !== c.expected.id) out.push(`entry ${e.id}`);
  if (e.owner !== c.expected.owner) out.push(`owner ${e.owner}`);
  if (e.temporary !== c.expected.temporary) out.push(`temporary ${e.temporary}`);
  const en = wordsOf(e, "en");
  const ja = wordsOf(e, "ja");
  for (const word of c.expected.words) if (!en.includes(word)) out.push(`en lacks "${word}"`);
  for (const word of c.expected.wordsJa ?? c.expected.words) {
    if (!ja.includes(word)) out.push(`ja lacks "${word}"`);
  }
  if (/\{[A-Za-z]+\}|\[\[/.test(en + ja)) out.push("a placeholder is shown");
  return out;
}
