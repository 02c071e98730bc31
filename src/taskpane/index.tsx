// Entry: connect to the host (Outlook or a plain browser), pick the theme, render the pane.
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { connectHost } from "../office";

async function main(): Promise<void> {
  const host = await connectHost();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(
    <FluentProvider theme={host.isDarkTheme ? webDarkTheme : webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

void main();
