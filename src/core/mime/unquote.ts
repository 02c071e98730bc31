// A notice pasted into a reply or a forum post as a quote ("> " before each line): its lines
// read with one level of quoting taken off, so the readers see the notice's own layout (its
// indented address, its DSN fields) and not a quoted line's words.

/** A line of one quoting level: "> words", ">words", ">> words" (a level deeper) or a bare ">";
 * not Sendmail's ">>> RCPT" transcript lines. */
const QUOTED_LINE = /^>(?!>>)/;
/** The fewest quoted lines that make a quoted notice (an address, an error line, a heading). */
const MIN_QUOTED = 3;
/** Quoting levels taken off: a quote of a quote ("> > ") from a reply to a reply. */
const MAX_LEVELS = 3;

/**
 * The text with the "> " of its quoted lines taken off, level by level while most of its lines
 * are quoted (the paste is the quote, maybe under a line that introduces it); else as it is.
 */
export function unquoted(text: string): string {
  let result = text;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const next = oneLevelOff(result);
    if (next === result) break;
    result = next;
  }
  return result;
}

/** One level of quoting off, when most lines are quoted; else the text itself. */
function oneLevelOff(text: string): string {
  if (!text.startsWith(">") && !text.includes("\n>")) return text;
  const lines = text.split("\n");
  let quoted = 0;
  let written = 0;
  for (const line of lines) {
    if (QUOTED_LINE.test(line)) quoted++;
    else if (line.trim() !== "") written++;
  }
  if (quoted < MIN_QUOTED || quoted <= written) return text;
  return lines.map((line) => (QUOTED_LINE.test(line) ? line.replace(/^> ?/, "") : line)).join("\n");
}
