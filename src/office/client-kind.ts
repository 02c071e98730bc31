// Which Outlook the pane runs in, from Office.context.platform and the mailbox diagnostics.
import type { ClientKind } from "./types";

export function clientKind(): ClientKind {
  const hostName = Office.context.mailbox?.diagnostics?.hostName ?? "";
  if (hostName === "newOutlookWindows") return "new-outlook";
  const platform = String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "");
  switch (platform) {
    case "PC":
      return "classic-windows";
    case "Mac":
      return "mac";
    case "OfficeOnline":
      return "web";
    case "iOS":
    case "Android":
      return "mobile";
  }
  if (hostName === "OutlookWebApp") return "web";
  if (hostName === "OutlookIOS" || hostName === "OutlookAndroid") return "mobile";
  return hostName === "Outlook" ? "classic-windows" : "web";
}
