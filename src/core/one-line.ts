// The bounce's words set inside a sentence we write (a fact, a title read from the reply): one
// plain line, so a NUL, an ESC sequence or a line break in a bounce never reaches our text.

/** Runs of white space and control characters (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BREAKS = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** The text with each run of white space or control characters made one space. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, " ");
}
