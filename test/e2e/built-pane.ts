// The built pane (dist/, as `npm run build` writes it) served on localhost, and a Chromium to open
// it in: started before a test file's tests, closed after them.
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { serveDirectory, type StaticSite } from "./static-server";

export const DIST = join(__dirname, "..", "..", "dist");

export interface BuiltPane {
  readonly browser: Browser;
  readonly site: StaticSite;
}

/** Registers the file's beforeAll and afterAll; the fields are set once beforeAll has run. */
export function builtPane(): BuiltPane {
  const pane: { browser?: Browser; site?: StaticSite } = {};
  beforeAll(async () => {
    pane.browser = await launchChromium();
    pane.site = await serveDirectory(DIST);
  });
  afterAll(async () => {
    await pane.browser?.close();
    await pane.site?.close();
  });
  return {
    get browser() {
      if (pane.browser === undefined) throw new Error("builtPane: used before beforeAll");
      return pane.browser;
    },
    get site() {
      if (pane.site === undefined) throw new Error("builtPane: used before beforeAll");
      return pane.site;
    },
  };
}
