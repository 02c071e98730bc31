// The MailHost for Outlook, over Office.js. Newer APIs are used only where the host reports the
// requirement set (the manifest asks for Mailbox 1.5).
import { readBounceFile } from "./bounce-file";
import { clientKind } from "./client-kind";
import { hostCall, supportsMailbox } from "./host-call";
import { loadItem } from "./item-reader";
import type { LoadResult, MailHost, NewMessageForm } from "./types";

/** Outlook's limit for a new message form's body. */
const MAX_FORM_BODY_CHARS = 32 * 1024;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The plain-text note as the HTML body Outlook expects, escaped and within its size limit. */
function htmlBody(text: string): string {
  const html = escapeHtml(text).replace(/\r?\n/g, "<br>");
  return html.length <= MAX_FORM_BODY_CHARS ? html : html.slice(0, MAX_FORM_BODY_CHARS - 3) + "...";
}

/**
 * Subscribes `handler` to a mailbox event and returns the unsubscribe function. Office.js keeps
 * one handler per event type, so every listener of a type shares one registration.
 */
function mailboxEvent<A>(type: Office.EventType): (listener: (args: A) => void) => () => void {
  const listeners = new Set<(args: A) => void>();
  const dispatch = (args: A): void => listeners.forEach((listener) => listener(args));
  return (listener) => {
    if (listeners.size === 0) Office.context.mailbox.addHandlerAsync(type, dispatch);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) Office.context.mailbox.removeHandlerAsync(type);
    };
  };
}

async function droppedFile(file: Office.DroppedItemDetails): Promise<LoadResult> {
  const bytes = new Uint8Array(await file.fileContent.arrayBuffer());
  return readBounceFile(file.name, bytes, "drop");
}

export function createOutlookHost(): MailHost {
  const mailbox = Office.context.mailbox;
  const onItemChanged = mailboxEvent<unknown>(Office.EventType.ItemChanged);
  const onDragAndDrop = mailboxEvent<Office.DragAndDropEventArgs>(
    Office.EventType.DragAndDropEvent,
  );
  const onTheme = mailboxEvent<Office.OfficeThemeChangedEventArgs>(
    Office.EventType.OfficeThemeChanged,
  );
  const themeSupported = supportsMailbox("1.14");

  return {
    kind: "outlook",
    client: clientKind(),
    displayLanguage: Office.context.displayLanguage || "en-US",
    isDarkTheme: (themeSupported && Office.context.officeTheme?.isDarkTheme) || false,
    canOpenNewMessage: supportsMailbox("1.6"),

    // Read at call time: a pinned pane's item changes (and may be null).
    loadCurrent: () => loadItem(Office.context.mailbox.item as Office.MessageRead | null),

    onItemChanged: (listener) => onItemChanged(() => listener()),

    onDrop: (listener) =>
      onDragAndDrop((event) => {
        const data = event.dragAndDropEventData;
        if (data.type !== "drop") return;
        const first = (data as Office.DropEventData).dataTransfer.files[0];
        if (first) void droppedFile(first).then(listener);
      }),

    onThemeChanged: (listener) =>
      themeSupported ? onTheme((event) => listener(event.officeTheme.isDarkTheme)) : () => {},

    // Classic Outlook on Windows and Mac open the system browser (OpenBrowserWindowApi 1.1);
    // Outlook on the web and new Outlook run in a browser, where a new tab does the same.
    openLink(url: string) {
      if (Office.context.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1")) {
        Office.context.ui.openBrowserWindow(url);
      } else {
        window.open(url, "_blank", "noopener,noreferrer");
      }
    },

    async openNewMessage(form: NewMessageForm) {
      const parameters = {
        toRecipients: [...form.to],
        ccRecipients: [...form.cc],
        subject: form.subject,
        htmlBody: htmlBody(form.body),
      };
      try {
        if (supportsMailbox("1.9")) {
          await hostCall<unknown>("open a new message", (cb) =>
            mailbox.displayNewMessageFormAsync(parameters, cb),
          );
        } else if (supportsMailbox("1.6")) {
          mailbox.displayNewMessageForm(parameters);
        } else {
          return {
            ok: false,
            message: "This version of Outlook cannot open a new message from an add-in.",
          };
        }
        return { ok: true };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
