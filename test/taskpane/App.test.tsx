import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { SAMPLES } from "../../src/taskpane/samples";
import { STRINGS } from "../../src/taskpane/strings";
import { fakeHost, renderApp } from "./fixtures";

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
    expect(screen.getByTestId("announcement").textContent).toBe(
      "This message is not a bounce (a non-delivery report).",
    );
    expectOtherWaysIn();
    expect(screen.queryByTestId("sample-dmarc")).toBeNull();
  });

  // The host's sentence for these restated the title in English: a Japanese pane showed it
  // under its Japanese title. Outlook's own error, the technical why, is still shown.
  it.each([
    [
      "not-a-bounce",
      "This message is not a delivery report. Drop a bounce here or paste its text.",
    ],
    ["no-item", "No message is selected. Select a message, or drop or paste a bounce."],
  ] as const)("in Japanese, %s is said once, in Japanese", async (failure, message) => {
    await renderApp(
      fakeHost({ displayLanguage: "ja-JP", current: { ok: false, failure, message } }),
    );
    expect(
      screen.getByRole("heading", { level: 2, name: STRINGS.ja.failures[failure] }),
    ).toBeTruthy();
    expect(screen.queryByText(message)).toBeNull();
  });

  it("shows Outlook's own error under the title", async () => {
    const message = "Outlook could not read the message: Internal error.";
    await renderApp(fakeHost({ current: { ok: false, failure: "error", message } }));
    expect(screen.getByText(message)).toBeTruthy();
  });

  it.each([
    ["en-US", "About this reading", /attached bounce was read/],
    ["ja-JP", "読み取りについて", /添付された配信エラーを読みました/],
  ])("says in %s that a forwarded bounce's attachment was read", async (language, title, note) => {
    // a help desk opens the user's forward: its attached bounce is read, and the pane says so
    const bounce = [
      "From: MAILER-DAEMON@mx.example.org",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "<kenji@example.net>: host mx.example.net[192.0.2.5] said: 550 5.1.1 User unknown",
      "",
    ].join("\r\n");
    const host = fakeHost({
      displayLanguage: language,
      current: {
        ok: true,
        bounce: {
          origin: "item-parts",
          input: {
            body: "Could you look at this?",
            headers: "From: Aiko <aiko@example.jp>\r\nSubject: Fwd: Undelivered Mail\r\n",
            attachments: [{ name: "bounce.eml", contentType: "message/rfc822", content: bounce }],
          },
        },
      },
    });
    await renderApp(host);
    const notes = within(screen.getByTestId("reading-notes"));
    expect(notes.getByText(title)).toBeTruthy();
    expect(notes.getByText(note)).toBeTruthy();
    expect(screen.getByTestId("recipient-card").getAttribute("data-address")).toBe(
      "kenji@example.net",
    );
  });

  it("says a report is a bounce even when it names no address the pane can read", async () => {
    const bounce = new Uint8Array(
      readFileSync(join(__dirname, "..", "fixtures", "bounces", "exim-quoted-local-part.eml")),
    );
    await renderApp(
      fakeHost({ current: { ok: true, bounce: { origin: "item-file", input: bounce } } }),
    );
    expect(
      screen.getByRole("heading", { level: 2, name: "Your message was not delivered" }),
    ).toBeTruthy();
    expect(screen.getByText(/names no address in a form this pane can read/)).toBeTruthy();
    expect(screen.queryByTestId("recipient-card")).toBeNull();
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
    expect(screen.getByTestId("announcement").textContent).toBe("");
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

describe("with the engine", () => {
  const standalone = { kind: "standalone", client: "browser", canOpenNewMessage: false } as const;

  it("explains a built-in sample: a typo'd domain, with the correction ready to resend", async () => {
    await renderApp(fakeHost(standalone));
    await act(async () => fireEvent.click(screen.getByTestId("sample-domain-typo")));
    const card = screen.getByTestId("recipient-card");
    expect(card.getAttribute("data-address")).toBe("kenji.sato@gmial.com");
    expect(within(card).getByText("Code 5.1.1")).toBeTruthy();
    expect(within(card).getByTestId("owner").getAttribute("data-owner")).toBe("you");
    expect((within(card).getByLabelText("Send to") as HTMLInputElement).value).toBe(
      "kenji.sato@gmail.com",
    );
    expect(screen.getByTestId("announcement").textContent).toMatch(
      /^Your message was not delivered\./,
    );
  });

  it("explains the Japanese sample in Japanese", async () => {
    await renderApp(fakeHost({ ...standalone, displayLanguage: "ja" }));
    await act(async () => fireEvent.click(screen.getByTestId("sample-ja-not-found")));
    const card = screen.getByTestId("recipient-card");
    expect(card.getAttribute("data-address")).toBe("suzuki.ichiro@fabrikam.co.jp");
    expect(within(card).getByText("永続的なエラー")).toBeTruthy();
    expect(screen.getByTestId("announcement").textContent).toBe(
      "メッセージは配信されませんでした。1 件の宛先に届きませんでした。",
    );
    expect(within(card).getByText("コード 5.1.10")).toBeTruthy();
  });

  it("says until when the sending server retries the delayed sample, and offers no retry", async () => {
    await renderApp(fakeHost(standalone));
    await act(async () => fireEvent.click(screen.getByTestId("sample-delay")));
    expect(
      screen.getByRole("heading", { name: "Your message has not been delivered yet" }),
    ).toBeTruthy();
    // the summary says until when; that it need not be sent again is the first step's to say
    expect(
      screen.getByText(/keeps the message and tries again by itself until [^,]*2026[^,]*\.$/),
    ).toBeTruthy();
    expect(
      screen.getByText(/^(?:Nothing to do yet, and no|You) need (?:not|to) send it again/),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Retry later" })).toBeNull();
  });

  it("resends the selected bounce from Outlook with the corrected recipient and the others kept", async () => {
    const host = fakeHost({
      current: { ok: true, bounce: { origin: "item-file", input: SAMPLES[0]?.eml ?? "" } },
    });
    await renderApp(host);
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Resend to a corrected address" })),
    );
    expect(host.opened).toEqual([
      {
        to: ["kenji.sato@gmail.com"],
        cc: ["alex.wilber@contoso.com"],
        subject: "Contract draft for review",
        body: expect.stringContaining("kenji.sato@gmial.com corrected to kenji.sato@gmail.com"),
      },
    ]);
  });

  it("runs nothing from a hostile pasted bounce and shows its text as text", async () => {
    const hostile = [
      "From: MAILER-DAEMON@mx.example",
      "Subject: Undelivered Mail Returned to Sender",
      "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
      "",
      "--b",
      "Content-Type: text/html",
      "",
      '<script>window.pwned=1</script><a href="javascript:window.pwned=2">click</a>',
      "--b",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example",
      "",
      "Final-Recipient: rfc822; victim@example.org",
      "Action: failed",
      "Status: 5.1.1",
      `Diagnostic-Code: smtp; 550 5.1.1 <img src=x onerror="window.pwned=3"> ${"A".repeat(5000)}`,
      "--b--",
      "",
    ].join("\r\n");
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <App host={fakeHost()} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByTestId("paste-input"), { target: { value: hostile } });
    await act(async () => fireEvent.click(screen.getByTestId("analyze-button")));
    fireEvent.click(await screen.findByRole("button", { name: "Admin details" }));
    expect(screen.getByTestId("recipient-card").getAttribute("data-address")).toBe(
      "victim@example.org",
    );
    expect(screen.getAllByText(/^550 5\.1\.1 <img src=x onerror=/).length).toBeGreaterThan(0);
    expect(container.querySelectorAll("script, img, a, iframe").length).toBe(0);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
