// Microsoft's bounce layouts: Exchange Online, Exchange 2007-2019, Exchange 2003, Outlook.com.
import type { Dialect } from "../types";

export const microsoftDialects: readonly Dialect[] = [];
