// Microsoft's bounce layouts, most specific first: Exchange Online's modern layout, the Exchange
// 2007-2019 / older Office 365 layout, Exchange 5.5-2003, and Outlook.com / Windows SMTP DSNs.
import type { Dialect } from "../types";
import { exchange2003 } from "./exchange2003";
import { exchange2007 } from "./exchange2007";
import { exchangeOnline } from "./exchange-online";
import { outlookCom } from "./outlook-com";

export const microsoftDialects: readonly Dialect[] = [
  exchangeOnline,
  exchange2007,
  exchange2003,
  outlookCom,
];
