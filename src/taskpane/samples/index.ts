// The built-in sample bounces the standalone page offers, in the order shown.
import type { SampleId } from "../strings";
import { delay } from "./delay";
import { dmarc } from "./dmarc";
import { domainTypo } from "./domain-typo";
import { jaNotFound } from "./ja-not-found";

export const SAMPLES: readonly { readonly id: SampleId; readonly eml: string }[] = [
  { id: "domain-typo", eml: domainTypo },
  { id: "dmarc", eml: dmarc },
  { id: "delay", eml: delay },
  { id: "ja-not-found", eml: jaNotFound },
];
