// A provider's refusal as the pane and the command line show it: the same explanation from the
// same bounce (both run diagnose()), the bounce's facts in the words, and the provider's page
// opened only on a click, through the host.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import { answer } from "../../src/cli/answer";
import { items } from "../../src/cli/inputs";
import type { Explanation } from "../../src/core";
import { Results } from "../../src/taskpane/components/Results";
import { explain } from "../../src/taskpane/explain";
import { CASES } from "../catalog/providers/gmail.cases";
import { wrap } from "../catalog/providers/wrap";
import { fakeHost, renderInPane } from "./fixtures";

const spfCase = CASES.find((c) => c.expected.id === "gmail-5.7.26-spf-hard-fail");
if (spfCase === undefined) throw new Error("the Gmail SPF case is missing");
const raw = wrap(spfCase, "exo-en");

async function paneDiagnosis() {
  const state = await explain({ ok: true, bounce: { origin: "paste", input: raw } });
  if (state.status !== "ready") throw new Error(`pane state ${state.status}`);
  return state.diagnosis;
}

/** What the command line's threads do for a file (the pool itself needs Node's timers, not jsdom's). */
function cliExplanation(): Explanation {
  const file = join(mkdtempSync(join(tmpdir(), "ndr-provider-")), "gmail-spf.eml");
  writeFileSync(file, raw);
  const { bytes, errors } = answer([...items([file])], { format: "json", lang: "en" });
  expect(errors).toEqual([]);
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as {
    recipients: { explanation: Explanation }[];
  };
  const e = parsed.recipients[0]?.explanation;
  if (e === undefined) throw new Error("no explanation from the command line");
  return e;
}

test("the pane and the command line give the same explanation for the same bounce", async () => {
  const pane = (await paneDiagnosis()).recipients[0]?.explanation;
  const cli = cliExplanation();
  expect(cli.id).toBe("gmail-5.7.26-spf-hard-fail");
  expect(pane).toEqual(cli);
});

test("the card shows the filled-in facts and the provider's page, opened only on a click", async () => {
  const openLink = jest.fn();
  renderInPane(<Results diagnosis={await paneDiagnosis()} />, fakeHost({ openLink }));
  const card = within(screen.getByTestId("recipient-card"));
  expect(
    card.getByText(/SPF failed: 203\.0\.113\.7 is not listed in the SPF record of contoso\.com/),
  ).toBeTruthy();
  const link = card.getByRole("link", { name: "open the page for senders" });
  expect(link.getAttribute("href")).toBe("https://support.google.com/a/answer/3726730");
  expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  expect(card.getByTestId("provider-source").textContent).toContain("Gmail / Google Workspace");
  expect(openLink).not.toHaveBeenCalled();
  fireEvent.click(link);
  expect(openLink).toHaveBeenCalledWith("https://support.google.com/a/answer/3726730");
});

test("in Japanese the facts stay as written and the provider is named", async () => {
  renderInPane(
    <Results diagnosis={await paneDiagnosis()} />,
    fakeHost({ displayLanguage: "ja-JP" }),
  );
  const card = within(screen.getByTestId("recipient-card"));
  expect(
    card.getByText(/203\.0\.113\.7 が contoso\.com の SPF レコードに記載されておらず/),
  ).toBeTruthy();
  expect(card.getByRole("link", { name: "送信者向けのページを開く" })).toBeTruthy();
});
