// The standalone page in a desktop browser window (a help desk opens it full screen): its text
// keeps a readable measure instead of running across the whole width.
import type { Page } from "playwright-core";
import { openPane } from "./pane";
import { builtPane } from "./built-pane";

const DESKTOP = { width: 1280, height: 900 };
/** About 80 characters is the readable measure; no line may pass 90. */
const MAX_LINE = 90;

jest.setTimeout(60_000);

const pane = builtPane();

/**
 * The longest rendered line of text on the page, in characters, with the line itself: every
 * visible character's box is measured, and characters sharing a box top and a parent form a line.
 */
function longestLine(page: Page): Promise<{ length: number; text: string }> {
  return page.evaluate(() => {
    const lines = new Map<string, string>();
    const parents = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode as Node;
      if (!parents.has(parent)) parents.set(parent, parents.size);
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        const key = `${parents.get(parent)}:${Math.round(box.top)}`;
        lines.set(key, (lines.get(key) ?? "") + text[i]);
      }
    }
    let longest = "";
    for (const line of lines.values())
      if (line.trim().length > longest.length) longest = line.trim();
    return { length: longest.length, text: longest };
  });
}

test.each([
  ["the start page", async () => {}],
  [
    "an explained bounce",
    async (page: Page) => {
      await page.getByTestId("sample-domain-typo").click();
      await page.getByTestId("recipient-card").first().waitFor();
    },
  ],
])(`at 1,280 px, %s keeps lines within ${MAX_LINE} characters`, async (_name, act) => {
  const opened = await openPane(pane.browser, pane.site.origin, "none", undefined, DESKTOP);
  const { page } = opened;
  await page.getByTestId("paste-input").waitFor();
  await act(page);
  const longest = await longestLine(page);
  expect([longest.length <= MAX_LINE, longest]).toEqual([true, longest]);
  await page.context().close();
});
