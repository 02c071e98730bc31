// The pane's React and Fluent UI part, loaded as its own chunk while the host connects and the
// selected item is read and explained (index.tsx).
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { MailHost } from "../office";
import { App } from "./App";
import type { FirstResult } from "./useBounce";

export function renderPane(container: HTMLElement, host: MailHost, first?: FirstResult): void {
  createRoot(container).render(
    <FluentProvider theme={host.isDarkTheme ? webDarkTheme : webLightTheme}>
      <App host={host} {...(first ? { first } : {})} />
    </FluentProvider>,
  );
}
