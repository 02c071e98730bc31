// A notice pasted into a page written in Markdown (an issue thread, a forum post) with a line of
// it marked as inline code ("`<addr>: 550 5.1.1 ...`"): the marks hide the line's layout from
// the readers, which look for an address at its start. Whole lines only: a word marked as code
// in a person's sentence is theirs, and a fence ("```") opens a block, not a span.

/** A line that is one code span: its indentation, a backtick, words with none, a backtick. */
const CODE_SPAN_LINE = /^([ \t]*)`([^`\n]+)`[ \t]*$/gm;

/** The text with the backticks of its whole-line code spans taken off. */
export function withoutCodeSpans(text: string): string {
  if (!text.includes("`")) return text;
  return text.replace(CODE_SPAN_LINE, "$1$2");
}
