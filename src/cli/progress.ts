// The progress line of a long run, on standard error when it is a terminal: messages done, rate,
// and time left (from the share of input bytes read). Redrawn at most a few times a second.
const EVERY_MS = 250;
/** Short runs finish before the line would be useful. */
const FIRST_AFTER_MS = 1000;

export class Progress {
  private readonly started: number;
  private shown = 0;
  private drawn = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly totalBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(messages: number, bytes: number): void {
    const t = this.now();
    const elapsed = t - this.started;
    if (elapsed < FIRST_AFTER_MS || t - this.shown < EVERY_MS) return;
    this.shown = t;
    this.drawn = true;
    const rate = (messages * 1000) / elapsed;
    const share = this.totalBytes > 0 ? Math.min(1, bytes / this.totalBytes) : 0;
    const left = share > 0 ? ((1 - share) * elapsed) / share / 1000 : undefined;
    this.write(
      `\r${messages} messages, ${Math.round(rate)}/s` +
        (left !== undefined ? `, ${formatSeconds(left)} left` : "") +
        "\x1b[K",
    );
  }

  /** Removes the line, so what follows starts clean. */
  clear(): void {
    if (this.drawn) this.write("\r\x1b[K");
    this.drawn = false;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s`;
}
