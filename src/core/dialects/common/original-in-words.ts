// The address a message was first sent to, where a text report names it only in words beside the
// failed one (an alias, list or forward turned it into the failed address): Postfix
// "<member@b> (expanded from <list@a>):", Sendmail "(expanded from: <list@a>)", Exim
// "(generated from list@a)" or, through more than one alias, "(ultimately generated from
// list@a)", Sun / Oracle Messaging Server "Original address: list@a". Read where every text
// decoder turns a recipient's lines into its facts (text-bounce.ts).

const ADDRESS = "<?([^\\s<>()@]{1,64}@[^\\s<>()@]{1,253}?)>?";
const WORDS = [
  new RegExp(`\\((?:expanded|(?:ultimately )?generated) from:? ?${ADDRESS}\\):? ?`, "i"),
  // as the Messaging Server writes it, a label of its own, not "my original address:"
  new RegExp(`(?:^|(?<= ))Original address: ?${ADDRESS}(?: |$)`),
];

/**
 * The original address the squeezed lines of one recipient name, and the lines without those
 * words (they are no part of the server's answer); undefined when they name none.
 */
export function originalInWords(
  squeezed: string,
): { readonly original: string; readonly words: string; readonly rest: string } | undefined {
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < WORDS.length && m === null; i++) m = (WORDS[i] as RegExp).exec(squeezed);
  const original = m?.[1];
  if (m === null || original === undefined) return undefined;
  const rest = `${squeezed.slice(0, m.index)}${squeezed.slice(m.index + m[0].length)}`.trim();
  return { original, words: m[0].trim(), rest };
}
