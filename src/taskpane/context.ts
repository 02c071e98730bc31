// What every component needs from the top: the host, the UI language and its strings.
import { createContext, useContext } from "react";
import type { Lang } from "../core";
import type { MailHost } from "../office/types";
import type { UiStrings } from "./strings";

export interface PaneContext {
  readonly host: MailHost;
  readonly lang: Lang;
  readonly t: UiStrings;
}

export const Pane = createContext<PaneContext | null>(null);

export function usePane(): PaneContext {
  const pane = useContext(Pane);
  if (!pane) throw new Error("usePane outside <Pane.Provider>");
  return pane;
}
