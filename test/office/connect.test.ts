/** @jest-environment node */
// Node rather than jsdom: Office.js runs in a browser with TextDecoder and Blob.arrayBuffer, which
// jsdom lacks; the adapter touches no DOM.
import { connectHost, CONNECT_TIMEOUT_MS } from "../../src/office";
import { installOffice, uninstallOffice } from "./office-mock";

afterEach(() => {
  uninstallOffice();
  jest.useRealTimers();
});

test("without office.js the page runs standalone", async () => {
  const host = await connectHost();
  expect(host.kind).toBe("standalone");
  expect(host.client).toBe("browser");
  expect(host.canOpenNewMessage).toBe(false);
  const result = await host.loadCurrent();
  expect(result.ok === false && result.failure).toBe("unsupported");
});

test("Office.onReady that never resolves gives up after the timeout", async () => {
  jest.useFakeTimers();
  installOffice({ onReady: () => new Promise(() => {}) });
  const pending = connectHost();
  await jest.advanceTimersByTimeAsync(CONNECT_TIMEOUT_MS - 1);
  let settled = false;
  void pending.then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  expect((await pending).kind).toBe("standalone");
});

test("office.js outside an Office host (host null) runs standalone", async () => {
  installOffice({ onReady: () => Promise.resolve({ host: null, platform: null }) });
  expect((await connectHost()).kind).toBe("standalone");
});

test("in Outlook it connects to the mailbox", async () => {
  installOffice({ item: null, displayLanguage: "ja-JP" });
  const host = await connectHost();
  expect([host.kind, host.client, host.displayLanguage]).toEqual(["outlook", "web", "ja-JP"]);
});
