/** @jest-environment node */
// Node rather than jsdom: Office.js runs in a browser with TextDecoder and Blob.arrayBuffer, which
// jsdom lacks; the adapter touches no DOM.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { connectHost, type MailHost } from "../../src/office";
import {
  base64,
  failed,
  installOffice,
  ok,
  uninstallOffice,
  type Callback,
  type MockOptions,
} from "./office-mock";

const CORPUS = join(__dirname, "..", "corpus", "sisimai", "maildir", "bsd");
const NDR = readFileSync(join(CORPUS, "lhost-office365-01.eml"));
const NDR_TEXT = NDR.toString("latin1");
const NDR_HEADERS = NDR_TEXT.slice(0, NDR_TEXT.indexOf("\n\n"));
const PLAIN_MAIL =
  "From: a@example.org\r\nTo: b@example.org\r\nSubject: Lunch\r\n\r\nSee you at noon.\r\n";

async function outlook(options: MockOptions): Promise<MailHost> {
  installOffice(options);
  const host = await connectHost({ timeoutMs: 1000 });
  expect(host.kind).toBe("outlook");
  return host;
}

const never = (): void => {};

afterEach(() => {
  uninstallOffice();
  jest.useRealTimers();
});

describe("loadCurrent", () => {
  test("reads the whole message with getAsFileAsync when Mailbox 1.14 is there", async () => {
    const host = await outlook({
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "Undeliverable: Nyaan",
        getAsFileAsync: (cb: Callback) => cb(ok(base64(NDR))),
      },
    });
    const result = await host.loadCurrent();
    expect(result.ok && result.bounce.origin).toBe("item-file");
    expect(result.ok && result.bounce.name).toBe("Undeliverable: Nyaan");
    expect(result.ok && Buffer.from(result.bounce.input as Uint8Array).equals(NDR)).toBe(true);
  });

  test("falls back to body, headers and attachments when getAsFileAsync fails", async () => {
    const host = await outlook({
      item: {
        itemClass: "IPM.Note",
        subject: "Undeliverable: Nyaan",
        from: { emailAddress: "postmaster@example.com" },
        attachments: [
          {
            id: "a1",
            name: "Nyaan",
            attachmentType: "item",
            contentType: "message/rfc822",
            size: 900,
            isInline: false,
          },
          {
            id: "a2",
            name: "details.txt",
            attachmentType: "file",
            contentType: "text/plain",
            size: 20,
            isInline: false,
          },
        ],
        getAsFileAsync: (cb: Callback) => cb(failed("Restricted item")),
        body: {
          getAsync: (_type: string, cb: Callback) =>
            cb(ok("Delivery has failed to these recipients")),
        },
        getAllInternetHeadersAsync: (cb: Callback) => cb(ok(NDR_HEADERS)),
        getAttachmentContentAsync: (id: string, cb: Callback) =>
          cb(
            ok(
              id === "a1"
                ? { format: "eml", content: PLAIN_MAIL }
                : { format: "base64", content: base64("5.1.10 not found") },
            ),
          ),
      },
    });
    const result = await host.loadCurrent();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bounce.origin).toBe("item-parts");
    expect(result.bounce.input).toEqual({
      body: "Delivery has failed to these recipients",
      bodyType: "text",
      headers: NDR_HEADERS,
      subject: "Undeliverable: Nyaan",
      from: "postmaster@example.com",
      attachments: [
        { name: "Nyaan", contentType: "message/rfc822", content: PLAIN_MAIL },
        {
          name: "details.txt",
          contentType: "text/plain",
          content: new Uint8Array(Buffer.from("5.1.10 not found")),
        },
      ],
    });
  });

  test("uses the HTML body when the text body is empty, and skips 1.8 calls on a 1.5 host", async () => {
    const headers = jest.fn();
    const host = await outlook({
      mailbox: "1.5",
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "Undeliverable: Nyaan",
        body: {
          getAsync: (type: string, cb: Callback) =>
            cb(ok(type === "html" ? "<p>550 5.1.10</p>" : " ")),
        },
        getAllInternetHeadersAsync: headers,
      },
    });
    const result = await host.loadCurrent();
    expect(result.ok && result.bounce.input).toEqual({
      body: "<p>550 5.1.10</p>",
      bodyType: "html",
      subject: "Undeliverable: Nyaan",
      attachments: [],
    });
    expect(headers).not.toHaveBeenCalled();
  });

  test("reports a timeout, naming the call, when Outlook never answers", async () => {
    const host = await outlook({
      mailbox: "1.8",
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "Undeliverable: x",
        body: { getAsync: never },
      },
    });
    jest.useFakeTimers();
    const pending = host.loadCurrent();
    await jest.advanceTimersByTimeAsync(5000);
    await expect(pending).resolves.toEqual({
      ok: false,
      failure: "timeout",
      message: "Outlook did not return the message body as text within 5 s.",
    });
  });

  test("a silent getAsFileAsync costs one timeout, then the parts are read", async () => {
    const host = await outlook({
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "Undeliverable: Nyaan",
        getAsFileAsync: never,
        body: {
          getAsync: (_t: string, cb: Callback) =>
            cb(ok("550 5.1.10 RESOLVER.ADR.RecipientNotFound")),
        },
        getAllInternetHeadersAsync: (cb: Callback) => cb(ok(NDR_HEADERS)),
      },
    });
    jest.useFakeTimers();
    const pending = host.loadCurrent();
    await jest.advanceTimersByTimeAsync(4999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result.ok && result.bounce.origin).toBe("item-parts");
    expect(result.ok && result.bounce.input).toMatchObject({
      body: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
      headers: NDR_HEADERS,
    });
  });

  test("reports the host's error when the body cannot be read", async () => {
    const host = await outlook({
      mailbox: "1.8",
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        body: { getAsync: (_t: string, cb: Callback) => cb(failed("The item is restricted")) },
      },
    });
    const result = await host.loadCurrent();
    expect(result).toEqual({
      ok: false,
      failure: "error",
      message: "Outlook could not return the message body as HTML: The item is restricted.",
    });
  });

  test("a pinned pane with no item says no-item", async () => {
    const host = await outlook({ item: null });
    const result = await host.loadCurrent();
    expect(result.ok === false && result.failure).toBe("no-item");
  });

  test("an ordinary message is not a bounce", async () => {
    const host = await outlook({
      item: {
        itemClass: "IPM.Note",
        subject: "Lunch",
        getAsFileAsync: (cb: Callback) => cb(ok(base64(PLAIN_MAIL))),
      },
    });
    const result = await host.loadCurrent();
    expect(result.ok === false && result.failure).toBe("not-a-bounce");
  });

  test("a forwarded bounce is read from the attached message", async () => {
    const host = await outlook({
      item: {
        itemClass: "IPM.Note",
        subject: "FW: Undeliverable: Nyaan",
        attachments: [
          {
            id: "fw",
            name: "Undeliverable: Nyaan",
            attachmentType: "item",
            contentType: "message/rfc822",
            size: NDR.length,
            isInline: false,
          },
        ],
        getAsFileAsync: (cb: Callback) => cb(ok(base64(PLAIN_MAIL))),
        getAttachmentContentAsync: (_id: string, cb: Callback) =>
          cb(ok({ format: "eml", content: NDR_TEXT })),
      },
    });
    const result = await host.loadCurrent();
    expect(result.ok && result.bounce.origin).toBe("attachment");
    expect(result.ok && Buffer.from(result.bounce.input as Uint8Array).toString("latin1")).toBe(
      NDR_TEXT,
    );
  });
});

describe("events and actions", () => {
  test("ItemChanged reaches the listener until it unsubscribes", async () => {
    const { handlers } = installOffice({ item: null });
    const host = await connectHost();
    const listener = jest.fn();
    const unsubscribe = host.onItemChanged(listener);
    handlers.get("olkItemSelectedChanged")?.({ type: "olkItemSelectedChanged" });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(handlers.has("olkItemSelectedChanged")).toBe(false);
  });

  test("Outlook's drop event hands over the dropped .eml", async () => {
    const { handlers } = installOffice({ item: null });
    const host: MailHost = await connectHost();
    const dropped = new Promise((resolve) => host.onDrop(resolve));
    const handler = handlers.get("olkDragAndDropEvent");
    handler?.({
      type: "olkDragAndDropEvent",
      dragAndDropEventData: { type: "dragover", pageX: 1, pageY: 1 },
    });
    handler?.({
      type: "olkDragAndDropEvent",
      dragAndDropEventData: {
        type: "drop",
        dataTransfer: {
          files: [
            { name: "Undeliverable.eml", type: "message/rfc822", fileContent: new Blob([NDR]) },
          ],
        },
      },
    });
    const result = (await dropped) as Awaited<ReturnType<MailHost["loadCurrent"]>>;
    expect(result.ok && result.bounce.origin).toBe("drop");
    expect(result.ok && result.bounce.name).toBe("Undeliverable.eml");
    expect(result.ok && Buffer.from(result.bounce.input as Uint8Array).equals(NDR)).toBe(true);
  });

  test("openNewMessage uses displayNewMessageFormAsync (1.9) with an escaped body", async () => {
    const form = jest.fn((_p: unknown, cb: Callback) => cb(ok()));
    installOffice({ item: null, mailboxFns: { displayNewMessageFormAsync: form } });
    const host = await connectHost();
    const result = await host.openNewMessage({
      to: ["kijitora@example.com"],
      cc: ["c@example.org"],
      subject: "Nyaan",
      body: "Fixed <a>\nthanks",
    });
    expect(result).toEqual({ ok: true });
    expect(form.mock.calls[0]?.[0]).toEqual({
      toRecipients: ["kijitora@example.com"],
      ccRecipients: ["c@example.org"],
      subject: "Nyaan",
      htmlBody: "Fixed &lt;a&gt;<br>thanks",
    });
  });

  test("openLink opens the system browser where Office offers it (OpenBrowserWindowApi 1.1)", async () => {
    const openBrowserWindow = jest.fn();
    installOffice({ item: null, openBrowserWindow });
    const host = await connectHost();
    host.openLink?.("https://support.google.com/a/answer/3726730");
    expect(openBrowserWindow).toHaveBeenCalledWith("https://support.google.com/a/answer/3726730");
  });

  test("openLink opens a new tab where the client runs in a browser", async () => {
    // This suite runs in node: the browser's window is stood in for.
    const open = jest.fn();
    (globalThis as { window?: unknown }).window = { open };
    installOffice({ item: null });
    const host = await connectHost();
    host.openLink?.("https://check.spamhaus.org/");
    expect(open).toHaveBeenCalledWith(
      "https://check.spamhaus.org/",
      "_blank",
      "noopener,noreferrer",
    );
    delete (globalThis as { window?: unknown }).window;
  });

  test("openNewMessage falls back to displayNewMessageForm (1.6) and reports its exception", async () => {
    const form = jest.fn(() => {
      throw new Error("Recipients exceed the limit");
    });
    installOffice({ mailbox: "1.6", item: null, mailboxFns: { displayNewMessageForm: form } });
    const host = await connectHost();
    expect(host.canOpenNewMessage).toBe(true);
    const result = await host.openNewMessage({
      to: ["a@example.org"],
      cc: [],
      subject: "s",
      body: "b",
    });
    expect(result).toEqual({ ok: false, message: "Recipients exceed the limit" });
    expect(form).toHaveBeenCalledTimes(1);
  });

  test("client kind, language and theme come from the host", async () => {
    const { handlers } = installOffice({
      item: null,
      platform: "PC",
      hostName: "Outlook",
      displayLanguage: "ja-JP",
      isDarkTheme: true,
    });
    const host = await connectHost();
    expect([host.client, host.displayLanguage, host.isDarkTheme]).toEqual([
      "classic-windows",
      "ja-JP",
      true,
    ]);
    const themes: boolean[] = [];
    host.onThemeChanged?.((dark) => themes.push(dark));
    handlers.get("officeThemeChanged")?.({ officeTheme: { isDarkTheme: false } });
    expect(themes).toEqual([false]);
  });

  test("new Outlook on Windows is told apart from Outlook on the web", async () => {
    installOffice({
      item: null,
      platform: "OfficeOnline",
      hostName: "newOutlookWindows",
      isDarkTheme: true,
      mailbox: "1.13",
    });
    const host = await connectHost();
    expect([host.client, host.isDarkTheme]).toEqual(["new-outlook", false]);
  });
});
