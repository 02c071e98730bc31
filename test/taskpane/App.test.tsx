import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { MailHost } from "../../src/office/types";
import { App } from "../../src/taskpane/App";
import { fakeHost } from "./fixtures";

async function renderApp(host: MailHost) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}

function expectOtherWaysIn() {
  expect(screen.getByTestId("drop-zone")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Choose a file" })).toBeTruthy();
  expect(screen.getByTestId("paste-input")).toBeTruthy();
  expect(screen.getByTestId("analyze-button").textContent).toBe("Analyze");
}

describe("the pane", () => {
  it("says plainly when the selected message is not a bounce, and offers drop and paste", async () => {
    const host = fakeHost({
      current: {
        ok: true,
        bounce: { origin: "item-file", input: "Subject: lunch?\r\n\r\nAt noon." },
      },
    });
    await renderApp(host);
    expect(screen.getByRole("heading", { level: 2, name: /not a bounce/ })).toBeTruthy();
    expect(screen.getByText(/Drag the report into this pane, or copy its text/)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(
      "This message is not a bounce (a non-delivery report).",
    );
    expectOtherWaysIn();
    expect(screen.queryByTestId("sample-dmarc")).toBeNull();
  });

  it("says when no message is selected, in Japanese for a ja display language", async () => {
    await renderApp(fakeHost({ displayLanguage: "ja-JP" }));
    expect(
      screen.getByRole("heading", { level: 2, name: "メッセージが選択されていません。" }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "分析" })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("ja");
  });

  it("reloads when a pinned pane's item changes, and shows Outlook's dropped item", async () => {
    const host = fakeHost();
    await renderApp(host);
    await act(async () =>
      host.changeItem({ ok: false, failure: "timeout", message: "getAsFileAsync: 5 s" }),
    );
    expect(
      screen.getByRole("heading", { name: "Outlook did not hand over the message in time." }),
    ).toBeTruthy();
    expect(screen.getByText("getAsFileAsync: 5 s")).toBeTruthy();

    await act(async () => host.drop({ ok: false, failure: "unsupported", message: "" }));
    expect(
      screen.getByRole("heading", { name: "Outlook does not let add-ins read this message." }),
    ).toBeTruthy();
  });

  it("turns a failing host call into an error message", async () => {
    await renderApp(fakeHost({ loadCurrent: () => Promise.reject(new Error("boom")) }));
    expect(
      screen.getByRole("heading", { name: "Something went wrong while reading the message." }),
    ).toBeTruthy();
    expect(screen.getByText("boom")).toBeTruthy();
  });

  it("asks for text before analyzing an empty paste", async () => {
    await renderApp(fakeHost());
    fireEvent.click(screen.getByTestId("analyze-button"));
    expect(screen.getByText("Paste some text first.")).toBeTruthy();
  });

  it("runs standalone with an introduction and the built-in samples", async () => {
    await renderApp(fakeHost({ kind: "standalone", client: "browser", canOpenNewMessage: false }));
    expect(screen.getByText(/Everything runs on this device/)).toBeTruthy();
    expect(screen.queryByText("No message is selected.")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
    for (const id of ["domain-typo", "dmarc", "delay", "ja-not-found"]) {
      expect(screen.getByTestId(`sample-${id}`)).toBeTruthy();
    }
    expectOtherWaysIn();
  });
});

describe("files", () => {
  function textFile(name: string, text: string): File {
    return new File([text], name, { type: "text/plain" });
  }

  it("reads a file dropped anywhere on the pane", async () => {
    await renderApp(fakeHost());
    const files = [textFile("note.txt", "Just a note, no bounce here.")];
    await act(async () => {
      fireEvent.drop(screen.getByRole("main"), { dataTransfer: { files, types: ["Files"] } });
    });
    expect(await screen.findByRole("heading", { level: 2, name: /not a bounce/ })).toBeTruthy();
  });

  it("reads a file chosen with the file picker", async () => {
    await renderApp(fakeHost());
    const input = screen.getByLabelText("Bounce file") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [textFile("memo.eml", "Subject: hi\r\n\r\nhi")] },
      });
    });
    expect(await screen.findByRole("heading", { level: 2, name: /not a bounce/ })).toBeTruthy();
  });
});
