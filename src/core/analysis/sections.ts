// What a text notice's section headings say happened to the recipients listed under them: a
// notice without a status part that sorts its recipients by outcome has no other word for
// each one's action, and a delay section read as a failure tells the user to send a duplicate.
// Sources: ZMailer's reports ("FAILED:", "DELAYED:", "DELIVERED:" over each recipient's block,
// its router's report template; a real one forwarded to linux-kernel, lore.kernel.org 2001),
// Stalwart's mixed DSN text (smtp/src/reporting/dsn.rs: "----- There was a temporary problem
// delivering to these addresses -----", "... was successful -----", "... failed -----").
import type { BounceSource, DecodedRecipient } from "../dialects/types";
import type { Evidence } from "../types";
import { Marks } from "../dialects/common/marks";
import { lineAt, textLines, type TextLines } from "../dialects/common/text-lines";

type SectionAction = "delayed" | "delivered" | "failed";

/** A heading's line and the outcome it says. */
interface Section {
  readonly at: number;
  readonly action: SectionAction;
}

/** Each outcome's words in a heading (lower-case), the delay's first: "transient non-fatal
 * errors" is a delay, "not delivered" a failure, never a delivery. */
const HEADING_WORDS: readonly (readonly [SectionAction, Marks])[] = [
  [
    "delayed",
    new Marks([
      "delayed",
      "deferred",
      "temporary problem",
      "temporarily",
      "transient",
      "retrying",
      "not yet",
    ]),
  ],
  [
    "failed",
    new Marks([
      "failed",
      "failure",
      "fatal",
      "permanent",
      "not delivered",
      "not be delivered",
      "not been delivered",
      "undeliverable",
      "undelivered",
      "could not",
      "unable",
      "rejected",
      "error",
    ]),
  ],
  ["delivered", new Marks(["successful", "succesful", "succeeded", "delivered", "relayed"])],
];

/** A heading alone on its line: words between runs of dashes, or words and a final colon. Its
 * words are letters, spaces and brackets only, so a header field ("Subject: Delayed: ...") or a
 * sentence quoting one is none. */
const HEADING =
  /^\s{0,8}(?:-{3,}\s{0,4}([A-Za-z ()'’]{3,90}?)\s{0,4}-{3,}|([A-Za-z ()'’]{3,90}):)\s*$/;

/** How many lines with words, under a heading, may come before the first address of its list. */
const LIST_WITHIN = 3;

/** The outcome a line says for the list under it, when it is a heading. */
function headingAction(line: string): SectionAction | undefined {
  if (!line.includes("-") && !line.includes(":")) return undefined;
  const m = HEADING.exec(line);
  const words = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (words === undefined) return undefined;
  for (const [action, marks] of HEADING_WORDS) if (marks.in(words)) return action;
  return undefined;
}

/** Whether an address comes within a few lines with words under line `at`: the heading heads a
 * list of recipients, not a paragraph. */
function headsList(lines: readonly string[], at: number): boolean {
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < LIST_WITHIN; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    if (line.includes("@")) return true;
    seen++;
  }
  return false;
}

/** The notice's sections, in order: the line each heading is on, and what it says. */
function sectionsOf(lines: readonly string[]): Section[] {
  const found: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const action = headingAction(lines[i] as string);
    if (action !== undefined && headsList(lines, i)) found.push({ at: i, action });
  }
  return found;
}

/** A word with an "@" in a lower-cased line: what a list names a recipient by. */
const ADDRESS_WORD = /[^\s<>()[\]{},;:"'`]+@[^\s<>()[\]{},;:"'`]+/g;

/**
 * The line each address word is first on, from the first heading on, found in one pass over the
 * bounce's lower-cased text, so a notice listing thousands of recipients is read in linear time
 * (a pass over every line per recipient took seconds).
 */
class Listed {
  private readonly text: string;
  private readonly starts: readonly number[];
  private readonly start: number;
  private readonly firstLine = new Map<string, number>();

  constructor(lines: TextLines, from: number) {
    ({ text: this.text, starts: this.starts } = lines.lowerText());
    this.start = this.starts[from] ?? this.text.length;
    ADDRESS_WORD.lastIndex = this.start;
    for (let m = ADDRESS_WORD.exec(this.text); m !== null; m = ADDRESS_WORD.exec(this.text)) {
      const word = m[0].replace(/\.+$/, "");
      if (!this.firstLine.has(word)) this.firstLine.set(word, lineAt(this.starts, m.index));
    }
  }

  /** The line that first names `address` (lower-case): an address word, else any text. */
  lineOf(address: string): number | undefined {
    const line = this.firstLine.get(address);
    if (line !== undefined) return line;
    const found = this.text.indexOf(address, this.start);
    return found < 0 ? undefined : lineAt(this.starts, found);
  }
}

/**
 * Recipients without an action, given the action of the section their address is first listed
 * in. A failure heading only where another outcome has a section too: there it keeps a delay
 * warning's words from making the failed ones delayed; alone it adds nothing.
 */
export function withSectionActions(
  src: BounceSource,
  recipients: readonly DecodedRecipient[],
): readonly DecodedRecipient[] {
  if (recipients.every((r) => r.action)) return recipients;
  const text = textLines(src);
  const lines = text.lines;
  const sections = sectionsOf(lines);
  if (sections.length === 0) return recipients;
  const mixed = sections.some((s) => s.action !== "failed");
  const listed = new Listed(text, (sections[0] as Section).at);
  const headings = sections.map((s) => s.at);
  return recipients.map((r) => {
    if (r.action || r.address === "") return r;
    const line = listed.lineOf(r.address.toLowerCase());
    // the section a line is in: the last heading at or above it
    const section = line === undefined ? undefined : sections[lineAt(headings, line)];
    if (section === undefined || (section.action === "failed" && !mixed)) return r;
    const evidence: Evidence = {
      fact: "action",
      source: "body",
      text: (lines[section.at] as string).trim(),
    };
    return { ...r, action: section.action, evidence: [...r.evidence, evidence] };
  });
}
