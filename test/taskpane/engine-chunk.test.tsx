// The engine chunk (src/taskpane/engine-chunk.ts) when it cannot load: every way in ends in a
// state that says so, the pane is never blank, and each new request tries the load again.
import { screen } from "@testing-library/react";
import { explainWhenLoaded, loadEngine } from "../../src/taskpane/engine-chunk";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeHost, renderApp } from "./fixtures";

let mockAttempts = 0;
jest.mock("../../src/taskpane/engine", () => {
  mockAttempts += 1;
  throw new Error("Loading chunk engine failed.");
});

const bounce = { ok: true, bounce: { origin: "paste", input: "550 5.1.1 User unknown" } } as const;

test("a load to explain becomes the no-engine state, its own failure dropped, and is tried again", async () => {
  const before = mockAttempts;
  await expect(explainWhenLoaded(Promise.resolve(bounce))).resolves.toEqual({
    status: "empty",
    failure: "no-engine",
    detail: "Loading chunk engine failed.",
  });
  await expect(explainWhenLoaded(Promise.reject(new Error("no item")))).resolves.toMatchObject({
    failure: "no-engine",
  });
  expect(mockAttempts).toBe(before + 2);
});

test.each([
  ["in Outlook", fakeHost({ current: bounce })],
  ["standalone", fakeHost({ kind: "standalone" })],
])(
  "%s the pane says the analyzer could not load, how to go on, and keeps the ways in",
  async (_, host) => {
    await renderApp(host);
    const t = STRINGS.en;
    expect(screen.getByRole("heading", { level: 2, name: t.failures["no-engine"] })).toBeTruthy();
    expect(screen.getByText(t.noEngineHelp)).toBeTruthy();
    expect(screen.getByTestId("announcement").textContent).toBe(t.failures["no-engine"]);
    expect(screen.queryByText(t.engineLoading)).toBeNull();
    expect(screen.getByTestId("paste-input")).toBeTruthy();
  },
);

test("a pane mounted after the entry's load failed says so at once and does not load again", async () => {
  await expect(loadEngine()).rejects.toThrow("Loading chunk engine failed.");
  const before = mockAttempts;
  await renderApp(fakeHost({ kind: "standalone" }));
  expect(screen.getByText(STRINGS.en.noEngineHelp)).toBeTruthy();
  expect(mockAttempts).toBe(before);
});
