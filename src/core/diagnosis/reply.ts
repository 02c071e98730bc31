// A recipient's reply read once: folded as the catalog matches it, and scanned in one pass for the
// providers' markers (which name the provider) and the words that gate the facts (facts.ts), which
// took a scan each before.
import { haystackOf, type ReplyScan } from "../catalog/match";
import { PROVIDERS } from "../catalog/providers/index";
import { SubstringIndex } from "../reason/substring-index";
import { FACT_WORDS } from "./facts";

const REPLY_WORDS = new SubstringIndex([
  ...PROVIDERS.flatMap((provider) => provider.markers),
  ...FACT_WORDS,
]);

export function readReply(diagnostic: string): ReplyScan {
  const haystack = haystackOf(diagnostic);
  return { haystack, words: REPLY_WORDS.find(haystack) };
}
