import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { LoadResult } from "../../src/office/types";
import { App } from "../../src/taskpane/App";
import { explainLoad } from "../../src/taskpane/explain";
import { SAMPLES } from "../../src/taskpane/samples";
import type { FirstResult } from "../../src/taskpane/useBounce";
import { fakeHost } from "./fixtures";

const sample = SAMPLES[0];
if (sample === undefined) throw new Error("no built-in sample");
const bounce: LoadResult = { ok: true, bounce: { origin: "item-file", input: sample.eml } };

function countingHost() {
  const loadCurrent = jest.fn(async () => bounce);
  return { host: fakeHost({ current: bounce, loadCurrent }), loadCurrent };
}

async function renderWithFirst(first: FirstResult, host = countingHost().host) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} first={first} />
      </FluentProvider>,
    );
  });
}

describe("the selected item read before the pane first rendered (index.tsx)", () => {
  it("is shown as it is, and the item is not read a second time", async () => {
    const { host, loadCurrent } = countingHost();
    const pending = explainLoad(Promise.resolve(bounce));
    const settled = await pending;
    await renderWithFirst({ pending, settled }, host);
    expect(screen.getAllByTestId("recipient-card").length).toBeGreaterThan(0);
    expect(loadCurrent).not.toHaveBeenCalled();
  });

  it("still under way, it shows the spinner until it arrives", async () => {
    const { host, loadCurrent } = countingHost();
    let finish: (result: LoadResult) => void = () => undefined;
    const pending = explainLoad(new Promise<LoadResult>((resolve) => (finish = resolve)));
    await renderWithFirst({ pending }, host);
    expect(screen.queryByTestId("recipient-card")).toBeNull();
    expect(screen.getByText("Reading the message…")).toBeTruthy();
    await act(async () => finish(bounce));
    expect(screen.getAllByTestId("recipient-card").length).toBeGreaterThan(0);
    expect(loadCurrent).not.toHaveBeenCalled();
  });
});
