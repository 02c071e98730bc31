// --summary's list of fixes: one line per explanation as the reader is told it, and owner.
import { Summary, type SummaryRow } from "../../src/cli/summary";

const row = (what: string, domain: string, notWritten = false): SummaryRow => ({
  reason: "expired",
  owner: "recipient-admin",
  domain,
  remote: "-",
  failure: true,
  entry: "iana-4.4.7",
  what,
  notWritten,
});

test("one entry told as a delay and as a final expiry is two fixes, each with its own words", () => {
  const summary = new Summary();
  summary.add([
    row("Not delivered yet; still trying.", "a.example"),
    row("It expired in the queue.", "b.example"),
    row("It expired in the queue.", "c.example"),
  ]);
  const fixes = summary.render("en").trimEnd().split("\n\n")[5]?.split("\n").slice(1);
  expect(fixes).toEqual([
    expect.stringMatching(/^ {2}1\. .*2 .*: It expired in the queue\. -> /),
    expect.stringMatching(/^ {2}2\. .*1 .*: Not delivered yet; still trying\. -> /),
  ]);
});

test("an address the user did not write is a fix of its own, and says so", () => {
  const summary = new Summary();
  summary.add([
    row("The address does not exist.", "a.example"),
    row("The address does not exist.", "b.example", true),
    row("The address does not exist.", "c.example", true),
  ]);
  const fixes = summary.render("en").trimEnd().split("\n\n")[5]?.split("\n").slice(1);
  expect(fixes).toEqual([
    expect.stringMatching(
      /^ {2}1\. 2 .*: The address does not exist\. \(not in To or Cc: .*\) -> /,
    ),
    expect.stringMatching(/^ {2}2\. 1 .*: The address does not exist\. -> /),
  ]);
});

test("a count of one takes the singular in English, and Japanese keeps its counters", () => {
  const one = new Summary();
  one.messages = 1;
  one.add([row("The address does not exist.", "a.example")]);
  expect(one.render("en")).toMatch(/^1 message, 1 recipient\n/);
  expect(one.render("en")).toContain("  1. 1 recipient at a.example: The address does not exist.");
  expect(one.render("ja")).toMatch(/^1 通、宛先 1 件\n/);
  const two = new Summary();
  two.messages = 2;
  two.add([row("Gone.", "a.example"), row("Gone.", "a.example")]);
  expect(two.render("en")).toMatch(/^2 messages, 2 recipients\n/);
  expect(two.render("en")).toContain("  1. 2 recipients at a.example: Gone.");
});
