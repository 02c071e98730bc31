// The engine and its catalog are a chunk of their own, loaded beside the pane's shell: while it
// loads the shell is there and says so, and a chunk that cannot load gets a message, never a blank
// pane. The chunk is held (never answered) or failed (a network error) by the test's router.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { NO_UI } from "../../src/taskpane/no-ui";
import { STRINGS } from "../../src/taskpane/strings";
import { emlItem, openPane, type Stall, type StubConfig } from "./pane";
import { builtPane } from "./built-pane";

const EXO_NOT_FOUND = join(
  __dirname,
  "..",
  "corpus",
  "sisimai",
  "maildir",
  "bsd",
  "lhost-office365-01.eml",
);
const OUTLOOK: StubConfig = { item: emlItem(EXO_NOT_FOUND, "Undeliverable: Nyaan") };
const isEngineChunk = (url: string): boolean => /\/engine\.[0-9a-f]+\.js$/.test(url);
const HOLD: Stall = { matches: isEngineChunk, how: "hold" };
const FAIL: Stall = { matches: isEngineChunk, how: "fail" };

jest.setTimeout(60_000);

const pane = builtPane();

async function expectWaysIn(page: Page): Promise<void> {
  await page.getByTestId("paste-input").waitFor();
  await expect(page.getByTestId("drop-zone").count()).resolves.toBe(1);
}

describe("while the engine chunk loads", () => {
  test("in Outlook the shell is up and its status says the analyzer is loading", async () => {
    const opened = await openPane(
      pane.browser,
      pane.site.origin,
      OUTLOOK,
      undefined,
      undefined,
      HOLD,
    );
    const { page } = opened;
    await page.getByRole("heading", { level: 1, name: STRINGS.en.appTitle }).waitFor();
    await page.getByText(STRINGS.en.engineLoading).first().waitFor();
    await expectWaysIn(page);
    await expect(page.getByTestId("recipient-card").count()).resolves.toBe(0);
    await page.context().close();
  });

  test("standalone, a status line says so beside the intro and the ways in", async () => {
    const opened = await openPane(
      pane.browser,
      pane.site.origin,
      "none",
      undefined,
      undefined,
      HOLD,
    );
    const { page } = opened;
    await expectWaysIn(page);
    const status = page.getByTestId("engine-loading");
    await expect(status.getAttribute("role")).resolves.toBe("status");
    await expect(status.textContent()).resolves.toBe(STRINGS.en.engineLoading);
    await expect(page.getByText(STRINGS.en.standaloneIntro).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe("when the engine chunk cannot load", () => {
  test.each([
    ["in Outlook", OUTLOOK],
    ["standalone", "none"],
  ] as const)("%s the pane says so and how to go on", async (_, office) => {
    const opened = await openPane(
      pane.browser,
      pane.site.origin,
      office,
      undefined,
      undefined,
      FAIL,
    );
    const { page } = opened;
    await page.getByRole("heading", { level: 2, name: STRINGS.en.failures["no-engine"] }).waitFor();
    await expect(page.getByText(STRINGS.en.noEngineHelp).count()).resolves.toBe(1);
    await expect(page.getByTestId("announcement").textContent()).resolves.toBe(
      STRINGS.en.failures["no-engine"],
    );
    await expectWaysIn(page);
    await page.context().close();
  });
});

describe("when the UI chunk cannot load", () => {
  const isUiChunk = (url: string): boolean => /\/ui\.[0-9a-f]+\.js$/.test(url);
  test.each([
    ["in Outlook", OUTLOOK],
    ["standalone", "none"],
  ] as const)("%s the page says so in plain text, not a blank pane", async (_, office) => {
    const failUi: Stall = { matches: isUiChunk, how: "fail" };
    const opened = await openPane(
      pane.browser,
      pane.site.origin,
      office,
      undefined,
      undefined,
      failUi,
    );
    const { page } = opened;
    await expect(page.getByRole("alert").textContent()).resolves.toBe(NO_UI.en);
    await page.context().close();
  });
});
