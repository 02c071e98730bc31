// The command line as a triage tool: mbox files, standard input, Maildir, CSV and the summary.
import { parse } from "csv-parse/sync";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CSV_COLUMNS } from "../../src/cli/format";
import { run } from "./run-helper";

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const CORPUS = join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd");
const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((f) => join(CORPUS, f));
const SEPARATOR = "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n";

/**
 * The corpus as one mbox. A file that is already an mbox (it starts with a "From " line) goes in
 * as it is; any other gets a separator and its "From " lines quoted in the given style.
 */
function corpusMbox(style: "mboxrd" | "mboxo"): string {
  const quote = style === "mboxrd" ? /^(>*From )/gm : /^(From )/gm;
  return FILES.map((file) => {
    let text = readFileSync(file).toString("latin1");
    if (!text.endsWith("\n")) text += "\n";
    return (text.startsWith("From ") ? text : SEPARATOR + text.replace(quote, ">$1")) + "\n";
  }).join("");
}

/** Each JSON answer without the fields that name where it came from. */
function answers(lines: readonly string[]): unknown[] {
  return lines.map((line) => {
    const answer = JSON.parse(line);
    delete answer.file;
    delete answer.message;
    return answer;
  });
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "ndr-cli-"));
}

describe("ndr-explain on an mbox", () => {
  const separate = run(["--json", ...FILES]);

  it.each(["mboxrd", "mboxo"] as const)(
    "gives one answer per message of an %s of the corpus, the same as the separate files",
    async (style) => {
      const box = join(tmp(), "corpus"); // no extension: known by its content
      writeFileSync(box, corpusMbox(style), "latin1");
      const [files, mbox] = await Promise.all([separate, run(["--json", box])]);
      expect(files.code).toBe(0);
      expect(mbox.code).toBe(0);
      expect(mbox.out.length).toBeGreaterThanOrEqual(FILES.length);
      expect(answers(mbox.out)).toEqual(answers(files.out));
      const origins = mbox.out.map((line) => JSON.parse(line)).map((a) => [a.file, a.message]);
      expect(origins.slice(0, 2)).toEqual([
        [box, 1],
        [box, 2],
      ]);
      expect(origins.at(-1)).toEqual([box, mbox.out.length]);
    },
  );

  it("names a broken message by its position, answers the rest and exits 1", async () => {
    const box = join(tmp(), "inbox.mbox");
    const good = readFileSync(join(CORPUS, "lhost-postfix-01.eml"), "latin1");
    writeFileSync(
      box,
      `${SEPARATOR}${good}\n${SEPARATOR}garbage, no header\n\n${SEPARATOR}${good}\n`,
    );
    const { code, out, err } = await run(["--json", box]);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).message)).toEqual([1, 3]);
    expect(err).toEqual([`ndr-explain: ${box} (message 2): no header at its start`]);
  });
});

describe("ndr-explain inputs", () => {
  it("reads one message from standard input with -", async () => {
    const bytes = readFileSync(join(CORPUS, "lhost-exim-01.eml"));
    const [stdin, file] = await Promise.all([
      run(["--json", "-"], bytes),
      run(["--json", join(CORPUS, "lhost-exim-01.eml")]),
    ]);
    expect(stdin.code).toBe(0);
    expect(stdin.out).toHaveLength(1);
    expect(JSON.parse(stdin.out[0] as string).file).toBe("-");
    expect(answers(stdin.out)).toEqual(answers(file.out));
  });

  it("reads a Maildir's cur/ and new/ (files with no extension) and skips tmp/", async () => {
    const dir = tmp();
    for (const sub of ["cur", "new", "tmp"]) mkdirSync(join(dir, sub));
    const mail = readFileSync(join(CORPUS, "lhost-exim-01.eml"));
    writeFileSync(join(dir, "cur", "1733360052.M1P2.host:2,S"), mail);
    writeFileSync(join(dir, "new", "1733360053.M3P4.host"), mail);
    writeFileSync(join(dir, "tmp", "1733360054.M5P6.host"), mail);
    const { code, out } = await run(["--json", dir]);
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([
      join(dir, "cur", "1733360052.M1P2.host:2,S"),
      join(dir, "new", "1733360053.M3P4.host"),
    ]);
  });

  it("reads files and folders whose names are not UTF-8 (Shift_JIS, Latin-1)", async () => {
    const dir = tmp();
    const mail = readFileSync(join(CORPUS, "lhost-exim-01.eml"));
    // "受信" in Shift_JIS as a folder, "café.eml" in Latin-1 inside it and beside it
    const folder = Buffer.concat([Buffer.from(dir + "/"), Buffer.from([0x8e, 0xf3, 0x90, 0x4d])]);
    mkdirSync(folder);
    const latin1 = Buffer.from("café.eml", "latin1");
    writeFileSync(Buffer.concat([folder, Buffer.from("/"), latin1]), mail);
    writeFileSync(Buffer.concat([Buffer.from(dir + "/"), latin1]), mail);
    const { code, out, err } = await run(["--json", dir]);
    expect([code, err]).toEqual([0, []]);
    expect(out).toHaveLength(2);
    expect(out.map((l) => JSON.parse(l).recipients[0].address)).toEqual([
      "kijitora@example.ed.jp",
      "kijitora@example.ed.jp",
    ]);
  });

  it("walks a folder once when a symbolic link inside it points back up", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "a.eml"), readFileSync(join(CORPUS, "lhost-exim-01.eml")));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const { code, out } = await run(["--json", dir]);
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([join(dir, "sub", "a.eml")]);
  });

  it.each([
    [["--jobs", "0", "a.eml"], "--jobs takes a number"],
    [["--json", "--csv", "a.eml"], "choose one of"],
    [["-", "-"], "standard input (-) can be read once"],
  ])("rejects %j", async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err[0]).toContain(message);
  });
});

describe("ndr-explain --csv and --summary", () => {
  const json = run(["--json", ...FILES]);

  it("writes one CSV row per recipient that a CSV parser reads back", async () => {
    const [csv, all] = await Promise.all([run(["--csv", ...FILES]), json]);
    expect(csv.code).toBe(0);
    const rows: CsvRow[] = parse(csv.text, { columns: true });
    const recipients = all.out.flatMap((line) => {
      const a = JSON.parse(line);
      return a.recipients.map((r: { address: string; reason: string; status: string | null }) => ({
        file: a.file,
        // A cell that a spreadsheet would run as a formula is shown as text.
        address: /^[=+\-@\t\r]/.test(r.address) ? `'${r.address}` : r.address,
        reason: r.reason,
        status: r.status ?? "",
      }));
    });
    expect(
      rows.map((r) => ({ file: r.file, address: r.address, reason: r.reason, status: r.status })),
    ).toEqual(recipients);
    expect(csv.out[0]).toBe(
      "file,message,address,action,status,reason,owner,entry,title,remote server",
    );
    expect(rows.every((r) => r.entry !== "" && r.owner !== "" && r.title !== "")).toBe(true);
    expect(csv.text.endsWith("\r\n")).toBe(true);
  });

  it("keeps a formula from an email from running in a spreadsheet", async () => {
    const file = join(tmp(), "formula.eml");
    const text = readFileSync(join(CORPUS, "lhost-postfix-01.eml"), "latin1").replaceAll(
      "r@p351355.pool.example.ne.jp",
      "=cmd@p351355.pool.example.ne.jp",
    );
    writeFileSync(file, text, "latin1");
    const { text: csv } = await run(["--csv", file]);
    const rows: CsvRow[] = parse(csv, { columns: true });
    expect(rows.map((r) => r.address)).toEqual(["'=cmd@p351355.pool.example.ne.jp"]);
  });

  it.each(["en", "ja"])(
    "sums the recipients read in every count of the summary (%s)",
    async (lang) => {
      const [summary, all] = await Promise.all([
        run(["--summary", "--lang", lang, ...FILES]),
        json,
      ]);
      expect(summary.code).toBe(0);
      const recipients = all.out.reduce((n, line) => n + JSON.parse(line).recipients.length, 0);
      const sections = summary.text.split("\n\n").slice(1, 5);
      expect(sections).toHaveLength(4);
      for (const section of sections) {
        const counts = section
          .split("\n")
          .slice(1)
          .map((line) => Number(line.trim().split(/\s+/)[0]));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(recipients);
      }
      expect(summary.out[0]?.match(/\d+/g)?.map(Number)).toEqual([all.out.length, recipients]);
      const fixes = summary.text.split("\n\n")[5]?.split("\n").slice(1) ?? [];
      expect(fixes.length).toBeGreaterThan(0);
      expect(fixes[0]).toMatch(/^ {2}1\. \D*\d+ .+: .+ -> .+$/);
    },
  );
});
