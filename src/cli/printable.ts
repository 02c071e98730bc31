// Text for a terminal. A bounce is written by whoever sent it, and so is a file's name: control
// characters in them (ESC sequences that clear the screen or retitle the window, a CR that
// writes over the line) are shown as their Unicode pictures ("␛[2J"), never acted on.

/** Every control character but the tab: C0 (line breaks included: one line is one line), DEL, C1. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? "\u2421" : "\ufffd";
}

/** One line of output, its control characters made visible. */
export function printable(line: string): string {
  return line.replace(CONTROL, picture);
}
