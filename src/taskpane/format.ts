// Display helpers for facts read from a bounce: dates in the UI language, long text cut to size.
import type { Lang } from "../core";

/** A date from the report in the reader's language and time zone; the raw text if it does not parse. */
export function formatDate(raw: string, lang: Lang): string {
  const time = Date.parse(raw);
  if (Number.isNaN(time)) return raw;
  return new Intl.DateTimeFormat(lang === "ja" ? "ja-JP" : "en-US", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(time);
}

/** Bounces can carry huge lines; the pane shows the start of them. */
const MAX_SHOWN_CHARS = 1000;

export function clip(text: string): string {
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
}
