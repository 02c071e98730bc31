import {
  holdsSecondMessage,
  looksLikeMbox,
  mboxMessages,
  unquoteFromLines,
} from "../../src/cli/mbox";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Reads `text` as a file would be read: the first `headSize` bytes, then the rest on demand. */
function split(text: string, opts: { headSize?: number; keep?: number; chunk?: number } = {}) {
  const bytes = enc.encode(text);
  const head = bytes.subarray(0, opts.headSize ?? bytes.length);
  let at = head.length;
  const more = (into: Uint8Array): number => {
    const n = Math.min(into.length, bytes.length - at);
    into.set(bytes.subarray(at, at + n));
    at += n;
    return n;
  };
  return [...mboxMessages(head, more, opts.keep ?? 1 << 20, opts.chunk)].map((m) => ({
    position: m.position,
    text: dec.decode(m.bytes),
    ...(m.broken ? { broken: m.broken } : {}),
  }));
}

const SEP = "From MAILER-DAEMON@example.org Sat Dec  5 01:14:12 2026";
const msg = (n: number, body = `line ${n}`) => `Subject: m${n}\nFrom: a@example.org\n\n${body}\n`;

describe("mbox", () => {
  it.each([
    ["an mbox separator then a header", `${SEP}\nSubject: x\n`, true],
    ["Thunderbird's 'From - date'", "From - Sat Dec 05 01:14:12 2026\r\nSubject: x\r\n", true],
    ["a header 'From:'", "From: someone@example.org\nSubject: x\n", false],
    ["a 'From ' line without a time", "From me to you\nSubject: x\n", false],
    ["a separator then body text", `${SEP}\nhello there\n`, false],
    ["plain text", "Delivery failed\n", false],
  ])("tells %s by content", (_name, text, expected) => {
    expect(looksLikeMbox(enc.encode(text))).toBe(expected);
  });

  it.each([
    ["two messages", `${SEP}\n${msg(1)}\n${SEP}\n${msg(2)}`, 0, true],
    ["one message", `${SEP}\n${msg(1)}`, 0, false],
    ["a body line 'From here on'", `${SEP}\n${msg(1, "From here on, no time")}\n`, 0, false],
    ["the second separator cut short", `${SEP}\n${msg(1)}\n${SEP.slice(0, 30)}`, 0, false],
    ["the second separator begun before the new bytes", `${SEP}\n${msg(1)}\n${SEP}\n`, 90, true],
    ["one message with a second mbox after it in the body", `Subject: x\n\n${SEP}\n`, 0, false],
  ])("tells whether the start of a stream holds a second message: %s", (_n, text, from, holds) => {
    expect(holdsSecondMessage(enc.encode(text), from)).toBe(holds);
  });

  it.each([
    ["whole in memory", {}],
    ["read in chunks that cut separators", { headSize: 7, chunk: 5 }],
    ["read in chunks of one line", { headSize: 60, chunk: 40 }],
  ])("splits messages at separators, %s", (_name, opts) => {
    const text = `${SEP}\n${msg(1)}\n${SEP}\n${msg(2, "From here on, not a separator")}\n${SEP}\n${msg(3)}\n`;
    expect(split(text, opts)).toEqual([
      { position: 1, text: msg(1) },
      { position: 2, text: msg(2, "From here on, not a separator") },
      { position: 3, text: msg(3) },
    ]);
  });

  it("keeps the first bytes of an oversized message and skips the rest to the next one", () => {
    const big = msg(1, "x".repeat(5000));
    const text = `${SEP}\n${big}\n${SEP}\n${msg(2)}\n`;
    const out = split(text, { keep: 100, chunk: 64, headSize: 64 });
    expect(out.map((m) => [m.position, m.text.length])).toEqual([
      [1, 100],
      [2, msg(2).length],
    ]);
    expect(out[0]?.text).toBe(big.slice(0, 100));
  });

  it("keeps every message whole when the mailbox, not a message, is larger than the cap", () => {
    const messages = Array.from({ length: 50 }, (_, i) => msg(i + 1));
    const text = messages.map((m) => `${SEP}\n${m}\n`).join("");
    const out = split(text, { keep: 200, chunk: 64, headSize: 1000 });
    expect(out.map((m) => m.text)).toEqual(messages);
  });

  it.each([
    [
      "in the middle",
      `${SEP}\n${SEP}\nnot a header line\n\n${SEP}\n${msg(3)}\n`,
      ["empty message", "no header at its start", undefined],
    ],
    // The last message's only line, with no newline after it, is still its first line.
    [
      "at the end, one line",
      `${SEP}\n${SEP}\n${msg(2)}\n${SEP}\n\u0000\u0000binary`,
      ["empty message", undefined, "no header at its start"],
    ],
    [
      "at the end, one header line",
      `${SEP}\n${SEP}\n${msg(2)}\n${SEP}\nSubject: only`,
      ["empty message", undefined, undefined],
    ],
  ])("names an empty message and one without a header as broken (%s)", (_name, text, broken) => {
    expect(split(text).map((m) => m.broken)).toEqual(broken);
  });

  it.each([
    ["mboxrd", ">From a\n>>From b\n>>>From c\n", "From a\n>From b\n>>From c\n"],
    ["mboxo", ">From a\nFrom: header-like\n", "From a\nFrom: header-like\n"],
    ["lines that only look quoted", "> From a\n>Fromage\nx>From\n", "> From a\n>Fromage\nx>From\n"],
  ])("unquotes %s 'From ' lines", (_name, quoted, plain) => {
    expect(dec.decode(unquoteFromLines(enc.encode(`Subject: q\n\n${quoted}`)))).toBe(
      `Subject: q\n\n${plain}`,
    );
  });
});
