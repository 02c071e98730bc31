// Display helper for facts read from a bounce: long text cut to size.

/** Bounces can carry huge lines; the pane shows the start of them. */
const MAX_SHOWN_CHARS = 1000;

export function clip(text: string): string {
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
}
