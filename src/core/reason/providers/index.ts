// Receiving providers with rules of their own, most specific first.
import type { ProviderRules } from "../types";
import { aol } from "./aol";
import { apple } from "./apple";
import { cloudflare } from "./cloudflare";
import { cox } from "./cox";
import { facebook } from "./facebook";
import { franceptt } from "./franceptt";
import { godaddy } from "./godaddy";
import { google } from "./google";
import { iua } from "./iua";
import { kddi } from "./kddi";
import { messagelabs } from "./messagelabs";
import { microsoft } from "./microsoft";
import { mimecast } from "./mimecast";
import { nttdocomo } from "./nttdocomo";
import { spectrum } from "./spectrum";
import { tencent } from "./tencent";
import { yahoo } from "./yahoo";
import { zoho } from "./zoho";

export const providers: readonly ProviderRules[] = [
  microsoft,
  google,
  yahoo,
  aol,
  facebook,
  apple,
  cox,
  godaddy,
  mimecast,
  messagelabs,
  tencent,
  franceptt,
  kddi,
  nttdocomo,
  spectrum,
  iua,
  zoho,
  cloudflare,
];
