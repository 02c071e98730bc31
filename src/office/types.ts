// What the task pane gets from its host (Outlook through Office.js, or a plain browser).
import type { AnalyzeInput } from "../core";

/** How a bounce reached the pane. */
export type BounceOrigin =
  "item-file" | "item-parts" | "attachment" | "drop" | "file" | "paste" | "sample";

export interface LoadedBounce {
  readonly origin: BounceOrigin;
  /** A file name or the item's subject, for display. */
  readonly name?: string;
  readonly input: AnalyzeInput;
}

export type LoadFailure = "no-item" | "not-a-bounce" | "timeout" | "unsupported" | "error";

export type LoadResult =
  | { readonly ok: true; readonly bounce: LoadedBounce }
  | { readonly ok: false; readonly failure: LoadFailure; readonly message: string };

/** Which client the pane runs in; it decides the wording of client-specific guidance. */
export type ClientKind = "classic-windows" | "mac" | "web" | "new-outlook" | "mobile" | "browser";

/** A new message to open in Outlook's compose form. */
export interface NewMessageForm {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly body: string;
}

/** The host as the pane sees it. Only src/office implements it against Office.js. */
export interface MailHost {
  readonly kind: "outlook" | "standalone";
  readonly client: ClientKind;
  /** BCP 47 tag, e.g. "ja-JP". */
  readonly displayLanguage: string;
  readonly isDarkTheme: boolean;
  /** True when a new-message form can be opened (Mailbox 1.6+). */
  readonly canOpenNewMessage: boolean;
  /** Reads the selected item (or an attached forwarded bounce). */
  loadCurrent(): Promise<LoadResult>;
  /** Pinned pane: called when the selection changes. Returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Outlook's own drag-and-drop event (web and new Outlook). Returns an unsubscribe function. */
  onDrop(listener: (bounce: LoadResult) => void): () => void;
  /**
   * Outlook's theme changed (Mailbox 1.14), or the browser's colour scheme when standalone.
   * Optional (added after the first contract). Returns an unsubscribe function.
   */
  onThemeChanged?(listener: (isDarkTheme: boolean) => void): () => void;
  openNewMessage(
    form: NewMessageForm,
  ): Promise<{ readonly ok: boolean; readonly message?: string }>;
  /**
   * Opens a web page in the user's browser, only ever on a click. Optional (added after the
   * first contract): without it the pane's link opens the page itself.
   */
  openLink?(url: string): void;
}
