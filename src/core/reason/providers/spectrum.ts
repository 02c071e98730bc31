// Source: Spectrum's "understanding email error codes" page (AUP#In-nnnn codes); only codes seen in real bounces.
import type { ProviderRules } from "../types";

export const spectrum: ProviderRules = {
  id: "spectrum",
  hosts: [".charter.net", ".spectrum.net", ".rr.com", ".twc.com"],
  rules: [
    { text: "aup#in-1310", reason: "toomanyconn" },
    { text: "aup#out-1310", reason: "toomanyconn" },
  ],
};
