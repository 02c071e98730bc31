// Sender-verification ("challenge-response") replies (test/fixtures/challenges), every file against
// the truth written before the engine saw them: a challenge is a held message for the sender to
// release, told by its own meaning; the near-misses (an out-of-office reply, a new address, a
// list's subscription request and moderation hold, a bounce that says "verify", an account's
// sign-up check) stay what they are. Before, the challenges were automatic replies ("your message
// reached their mail system"), delays, failures for the recipient's admin, or not bounces at all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, diagnose, isDeliveryProblem } from "../../src/core";
import { summaryRows } from "../../src/cli/summary";
import { humanLines } from "../../src/cli/format";

const DIR = join(__dirname, "..", "fixtures", "challenges");

interface Truth {
  readonly kind: string;
  readonly recipient?: string;
  readonly reason?: string;
  readonly challenge: boolean;
}

const truth = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Truth>;
const CHALLENGE = "sender-verification-challenge";

const read = (message: string) => diagnose(analyze(message));

test.each(Object.entries(truth))("%s", (file, want) => {
  const message = readFileSync(join(DIR, file), "utf8");
  const d = read(message);
  expect(d.kind).toBe(want.kind);
  const [first] = d.recipients;
  expect(first?.address).toBe(want.recipient);
  expect(first?.reason).toBe(want.reason);
  expect(first?.explanation.id === CHALLENGE).toBe(want.challenge);
  if (!want.challenge || first === undefined) return;
  const e = first.explanation;
  expect([e.owner, e.temporary, e.actions]).toEqual(["you", false, ["copy-summary"]]);
  // Nothing of the email's links reaches what the user reads as advice.
  const told = [e.summary, e.cause, ...e.fix, ...e.adminFix].flatMap((s) => [s.en, s.ja]);
  expect(told.join(" ")).not.toMatch(/https?:|www\./);
  // A held message is a delivery problem: --summary counts it among the fixes.
  expect(isDeliveryProblem(d.kind)).toBe(true);
  expect(summaryRows(d, "en")[0]?.failure).toBe(true);
});

const message = (headers: readonly string[], body: readonly string[]): string =>
  [
    "From: Kim Lee <kim@fabrikam.example>",
    "To: sam@contoso.example",
    "Date: Sat, 5 Dec 2026 09:00:00 +0000",
    ...headers,
    "Content-Type: text/plain; charset=utf-8",
    "",
    ...body,
    "",
  ].join("\r\n");

// Plain forms of the class, and of what it must not take.
test.each([
  [
    "words that hold the message and ask for a person",
    message(
      ["Subject: Re: Budget"],
      ["Your message is being held until you confirm that you are a real person."],
    ),
    CHALLENGE,
  ],
  [
    "a challenge subject and words that ask",
    message(
      ["Subject: Sender verification"],
      ["Please prove that you are human: reply to this mail."],
    ),
    CHALLENGE,
  ],
  [
    "an Auto-Submitted challenge, not an out-of-office reply",
    message(
      ["Subject: Automatic reply: Budget", "Auto-Submitted: auto-replied"],
      ["Your message is pending until you confirm that you are not a robot."],
    ),
    CHALLENGE,
  ],
  [
    "words that ask, with nothing held: an out-of-office reply",
    message(
      ["Subject: Out of office", "Auto-Submitted: auto-replied"],
      ["I am away. I am a real person, not a robot, and will answer next week."],
    ),
    "automatic-reply",
  ],
  [
    "a held message with nothing asked of the sender",
    message(
      ["Subject: Re: Budget"],
      ["Your message is being held by the recipient's administrator."],
    ),
    undefined,
  ],
])("%s", (_name, text, id) => {
  expect(read(text).recipients[0]?.explanation.id).toBe(id);
});

test("a delivery report that quotes a challenge's words stays a failure", () => {
  const report = readFileSync(join(DIR, "near-miss-bounce-sender-verify.eml"), "utf8").replace(
    "please verify that your domain accepts mail",
    "your message has not been delivered until you confirm that you are a real person",
  );
  const d = read(report);
  expect(d.kind).toBe("failed");
  expect(d.recipients[0]?.explanation.id).not.toBe(CHALLENGE);
});

test("the command's human output calls a held challenge neither temporary nor permanent", () => {
  const d = read(readFileSync(join(DIR, "spam-arrest-style.eml"), "utf8"));
  const line = humanLines({ file: "a.eml" }, d, "en").find((l) =>
    l.includes("dana@northwind.example:"),
  );
  expect(line).toBe("  dana@northwind.example: filtered");
});
