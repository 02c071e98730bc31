// A stand-in Office.js for adapter tests, built with office-addin-mock (host "outlook").
import { OfficeMockObject } from "office-addin-mock";

export type Callback = (result: {
  status: string;
  value?: unknown;
  error?: { message: string };
}) => void;

export const ok = (value?: unknown) => ({ status: "succeeded", value });
export const failed = (message: string) => ({ status: "failed", error: { message } });

export interface ItemSeed {
  itemClass?: string;
  subject?: string;
  from?: { emailAddress: string };
  attachments?: {
    id: string;
    name: string;
    attachmentType: string;
    contentType: string;
    size: number;
    isInline: boolean;
  }[];
  getAsFileAsync?: (cb: Callback) => void;
  body?: { getAsync: (type: string, cb: Callback) => void };
  getAllInternetHeadersAsync?: (cb: Callback) => void;
  getAttachmentContentAsync?: (id: string, cb: Callback) => void;
}

export interface MockOptions {
  /** Highest Mailbox requirement set the host supports, e.g. "1.8". */
  mailbox?: string;
  item?: ItemSeed | null;
  displayLanguage?: string;
  platform?: string;
  hostName?: string;
  isDarkTheme?: boolean;
  onReady?: () => Promise<{ host: string | null; platform: string | null }>;
  mailboxFns?: Record<string, unknown>;
  /** Office.context.ui.openBrowserWindow, reported as OpenBrowserWindowApi 1.1 when given. */
  openBrowserWindow?: (url: string) => void;
}

const versionAtLeast = (have: string, want: string): boolean => {
  const [hMajor = 0, hMinor = 0] = have.split(".").map(Number);
  const [wMajor = 0, wMinor = 0] = want.split(".").map(Number);
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
};

type OfficeMock = OfficeMockObject & { context: { mailbox: { item: unknown } } };

/** Handlers registered through mailbox.addHandlerAsync, by event type. */
export type Handlers = Map<string, (args: unknown) => void>;

export function installOffice(options: MockOptions = {}): {
  office: OfficeMock;
  handlers: Handlers;
} {
  const handlers: Handlers = new Map();
  const mailboxVersion = options.mailbox ?? "1.14";
  const seed = {
    host: "outlook",
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    EventType: {
      ItemChanged: "olkItemSelectedChanged",
      DragAndDropEvent: "olkDragAndDropEvent",
      OfficeThemeChanged: "officeThemeChanged",
    },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: "base64", Eml: "eml", ICalendar: "iCalendar", Url: "url" },
    },
    onReady:
      options.onReady ??
      (() => Promise.resolve({ host: "Outlook", platform: options.platform ?? "OfficeOnline" })),
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      platform: options.platform ?? "OfficeOnline",
      officeTheme: { isDarkTheme: options.isDarkTheme ?? false },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === "Mailbox" && versionAtLeast(mailboxVersion, version)) ||
          (name === "OpenBrowserWindowApi" && options.openBrowserWindow !== undefined),
      },
      ...(options.openBrowserWindow
        ? { ui: { openBrowserWindow: options.openBrowserWindow } }
        : {}),
      mailbox: {
        diagnostics: { hostName: options.hostName ?? "OutlookWebApp" },
        addHandlerAsync: (type: string, handler: (args: unknown) => void) =>
          handlers.set(type, handler),
        removeHandlerAsync: (type: string) => handlers.delete(type),
        ...(options.item ? { item: options.item } : {}),
        ...options.mailboxFns,
      },
    },
  };
  const office = new OfficeMockObject(seed) as unknown as OfficeMock;
  // office-addin-mock cannot seed null: a pinned pane with nothing selected.
  if (!options.item) office.context.mailbox.item = null;
  (globalThis as { Office?: unknown }).Office = office;
  return { office, handlers };
}

export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

export const base64 = (text: string | Uint8Array): string => Buffer.from(text).toString("base64");
