// Bounce layouts of other mail servers and providers, most specific first; the generic text reader last.
import type { Dialect } from "../types";
import { amazonSes } from "./amazonses";
import { apacheJames } from "./apachejames";
import { courier } from "./courier";
import { dragonfly } from "./dragonfly";
import { exim } from "./exim";
import { ezweb } from "./ezweb";
import { genericText } from "./generic";
import { fml } from "./fml";
import { gmail } from "./gmail";
import { haraka } from "./haraka";
import { imailServer } from "./imailserver";
import { interScanMss } from "./interscanmss";
import { messageLabs } from "./messagelabs";
import { googleGroups } from "./googlegroups";
import { listManager } from "./listmanager";
import { notes } from "./notes";
import { opensmtpd } from "./opensmtpd";
import { postfix } from "./postfix";
import { powermta } from "./powermta";
import { qmail } from "./qmail";
import { sendmail } from "./sendmail";
import { verizon } from "./verizon";

export const mtaDialects: readonly Dialect[] = [
  amazonSes,
  powermta,
  messageLabs,
  dragonfly,
  courier,
  opensmtpd,
  verizon,
  apacheJames,
  fml,
  imailServer,
  interScanMss,
  notes,
  ezweb,
  googleGroups,
  listManager,
  qmail,
  gmail,
  exim,
  sendmail,
  postfix,
  haraka,
  genericText,
];
