// TEMPORARY stand-in for src/office's connectHost() (helper H4a); removed when it lands.
import type { MailHost } from "../office/types";

export async function connectHost(): Promise<MailHost> {
  return {
    kind: "standalone",
    client: "browser",
    displayLanguage: navigator.language,
    isDarkTheme: window.matchMedia("(prefers-color-scheme: dark)").matches,
    canOpenNewMessage: false,
    loadCurrent: async () => ({ ok: false, failure: "no-item", message: "" }),
    onItemChanged: () => () => {},
    onDrop: () => () => {},
    openNewMessage: async () => ({ ok: false, message: "Outlook is not available." }),
  };
}
