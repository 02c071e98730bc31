// The MailHost outside Outlook (a plain browser, or office.js unreachable): no item, no compose
// form; the pane offers drop, paste, file picking and its built-in samples.
import type { MailHost } from "./types";

export function createStandaloneHost(): MailHost {
  const scheme =
    typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;
  return {
    kind: "standalone",
    client: "browser",
    displayLanguage: (typeof navigator !== "undefined" && navigator.language) || "en-US",
    isDarkTheme: scheme?.matches ?? false,
    canOpenNewMessage: false,
    loadCurrent: async () => ({
      ok: false,
      failure: "unsupported",
      message: "Running outside Outlook: drop or paste a bounce, or open a sample.",
    }),
    onItemChanged: () => () => {},
    onDrop: () => () => {},
    onThemeChanged: (listener) => {
      const changed = (event: MediaQueryListEvent): void => listener(event.matches);
      scheme?.addEventListener("change", changed);
      return () => scheme?.removeEventListener("change", changed);
    },
    openLink: (url) => {
      window.open(url, "_blank", "noopener,noreferrer");
    },
    openNewMessage: async () => ({
      ok: false,
      message: "Outside Outlook there is no new-message form; copy the address instead.",
    }),
  };
}
