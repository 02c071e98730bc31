// The placeholders of catalog texts as Microsoft and providers publish them ("sending domain
// [$SenderDomain]", "MX hosts of <domain>"): where the reply has a value, the text has a name.
import { oneLine } from "../controls";

/** A placeholder: `<x>` (to the first `>`), `[$X]` (to the first `]`), or `$x` (its letters). */
export const PLACEHOLDER = /<[^>]*>|\[\$[^\]]*\]|\$[A-Za-z]+/;

const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, "g");

/** A literal piece of a text as a pattern, any run of whitespace matching any other. */
function literal(piece: string): string {
  return piece
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
}

/**
 * A catalog text shown as a title: as is without placeholders; with them, the span of `reply` it
 * matches (what the server wrote, its values in place), else the text with "…" in each place. A
 * user never reads "[$SenderDomain]".
 */
export function titleInReply(text: string, reply: string): string {
  if (!PLACEHOLDER.test(text)) return text;
  const pieces = text
    .replace(/\.\s*$/, "")
    .split(PLACEHOLDER)
    .map(literal);
  // A value between two literal pieces runs from one to the other; one at either end of the
  // text is one word.
  let source = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (source === "") source = `\\S+\\s*${piece}`;
    else if (piece === "" && i === pieces.length - 1) source += "\\s*\\S+";
    else source += `\\s*[^\\r\\n]+?${piece}`;
  }
  const found = new RegExp(source, "i").exec(reply);
  return found !== null ? oneLine(found[0]) : text.replace(PLACEHOLDERS, "…");
}
