// What a bounce or a file name holds reaches a terminal as text: its control characters are shown,
// never acted on (an ESC sequence could clear the screen or retitle the window, a CR write over
// the line), in the human output and the error lines (the summary's go through the same function).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printable } from "../../src/cli/printable";
import { run } from "./run-helper";

describe("printable", () => {
  it.each([
    ["an ESC sequence", "a\u001b[2Jb", "a\u241b[2Jb"],
    ["a window title (OSC ... BEL)", "\u001b]0;pwned\u0007", "\u241b]0;pwned\u2407"],
    ["a carriage return", "ok\rfake", "ok\u240dfake"],
    ["a line feed inside one line", "one\ntwo", "one\u240atwo"],
    ["NUL and DEL", "\u0000x\u007f", "\u2400x\u2421"],
    ["a C1 control (CSI)", "a\u009b2Jb", "a\ufffd2Jb"],
    ["a tab, kept", "a\tb", "a\tb"],
    ["text in any script, kept", "メール 5.1.1 café", "メール 5.1.1 café"],
  ])("shows %s", (_, input, shown) => {
    expect(printable(input)).toBe(shown);
  });
});

describe("the command's terminal output", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-printable-"));
  const file = join(dir, "escape.eml");
  writeFileSync(
    file,
    [
      "From: MAILER-DAEMON@mx.example.net",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "The following address failed: x@example.org 550 5.1.1 user unknown \u001b[2J\u001b]0;pwned\u0007",
      "",
    ].join("\n"),
  );

  it("has no control character but line ends in the human output", async () => {
    const { code, text } = await run([file]);
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("shows the server's words with the sequences made visible", async () => {
    const { text } = await run([file]);
    expect(text).toContain("user unknown \u241b[2J\u241b]0;pwned\u2407");
  });

  it("names an unreadable file with its control characters visible", async () => {
    const { err } = await run([join(dir, "no\u001b[2Jsuch.eml")]);
    expect(err).toEqual([
      `ndr-explain: ${join(dir, "no\u241b[2Jsuch.eml")}: no such file or folder`,
    ]);
  });
});
