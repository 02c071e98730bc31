// Opens the built pane in chromium, with the stand-in Office host or without office.js, and
// records what the page tries: requests, dialogs, console output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB = readFileSync(join(__dirname, "office-stub.js"), "utf8");
export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

export interface StubConfig {
  readonly displayLanguage?: string;
  readonly mailbox?: string;
  readonly platform?: string;
  readonly isDarkTheme?: boolean;
  readonly item?: {
    itemClass?: string;
    subject?: string;
    base64?: string;
    bodyText?: string;
    headers?: string;
    attachments?: { id: string; name: string; eml: string }[];
  } | null;
}

export interface OpenPane {
  readonly page: Page;
  /** Every URL the page asked for, office.js included. */
  readonly requests: string[];
  readonly dialogs: string[];
  readonly console: string[];
}

export const emlItem = (file: string, subject: string, itemClass = "REPORT.IPM.Note.NDR") => ({
  itemClass,
  subject,
  base64: readFileSync(file).toString("base64"),
});

/**
 * Requests to the pane's own site that `matches` picks are held (never answered: a chunk still
 * loading) or failed (a network error).
 */
export interface Stall {
  readonly matches: (url: string) => boolean;
  readonly how: "hold" | "fail";
}

/** A task pane's width; the standalone page is also opened in a desktop browser window. */
export const PANE_VIEWPORT = { width: 420, height: 900 };

/**
 * `office`: the stand-in host's configuration, or "none" for a plain browser (office.js
 * unreachable). `initScript` runs in the page before any of its own scripts.
 */
export async function openPane(
  browser: Browser,
  origin: string,
  office: StubConfig | "none",
  initScript?: string,
  viewport = PANE_VIEWPORT,
  stall?: Stall,
): Promise<OpenPane> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const opened: OpenPane = { page, requests: [], dialogs: [], console: [] };
  page.on("request", (request) => opened.requests.push(request.url()));
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => opened.console.push(message.text()));
  // Nothing leaves the machine: office.js is the stub (or unreachable), anything else is refused.
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) =>
      office !== "none" && route.request().url() === OFFICE_JS
        ? route.fulfill({ contentType: "text/javascript", body: STUB })
        : route.abort(),
  );
  if (stall) {
    await context.route(
      (url) => url.href.startsWith(origin) && stall.matches(url.href),
      (route) => (stall.how === "fail" ? route.abort() : new Promise<void>(() => undefined)),
    );
  }
  if (office !== "none") {
    await page.addInitScript((config) => {
      (window as unknown as { __officeStub: unknown }).__officeStub = config;
    }, office);
  }
  // Anything the page's Content-Security-Policy had to block is recorded in window.__csp.
  await page.addInitScript(() => {
    const blocked: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = blocked;
    document.addEventListener("securitypolicyviolation", (e) =>
      blocked.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (initScript) await page.addInitScript({ content: initScript });
  // A held script would keep the load event from ever firing.
  await page.goto(`${origin}/taskpane.html`, { waitUntil: stall ? "commit" : "load" });
  return opened;
}

/** What the page's Content-Security-Policy blocked (directive and URI). */
export const cspViolations = (opened: OpenPane): Promise<string[]> =>
  opened.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Requests to anything but the pane's own site and (stubbed) office.js. */
export const foreignRequests = (opened: OpenPane, origin: string): string[] =>
  opened.requests.filter((url) => !url.startsWith(origin) && url !== OFFICE_JS);
