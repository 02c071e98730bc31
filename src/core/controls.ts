// Control characters in the bounce's words. Whoever wrote the bounce chose those bytes, so a NUL,
// an ESC sequence or a line break in them never reaches a text we write (a fact, a title read
// from the reply) and never passes for a value we read (an authentication result, a domain).

/** Runs of white space and control characters (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BREAKS = /[\s\u0000-\u001f\u007f-\u009f]+/g;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The text with each run of white space or control characters made one space. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, " ");
}

/** True when the text holds a control character (a line break or tab included). */
export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}
