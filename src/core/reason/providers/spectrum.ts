// Source: Spectrum's "understanding email error codes" page (AUP#In-nnnn / AUP#Out-nnnn code ranges).
import type { ProviderRules } from "../types";

export const spectrum: ProviderRules = {
  id: "spectrum",
  hosts: [".charter.net", "charter.net", ".spectrum.net", ".spectrumbusiness.net"],
  rules: [
    { code: { marker: "aup#", range: "1000" }, reason: "blocked" },
    { code: { marker: "aup#", range: "1010" }, reason: "rejected" },
    { code: { marker: "aup#", range: "1020-1080" }, reason: "rejected" },
    { code: { marker: "aup#", range: "1090" }, reason: "systemerror" },
    { code: { marker: "aup#", range: "1100-1150" }, reason: "requireptr" },
    { code: { marker: "aup#", range: "1160-1190" }, reason: "policyviolation" },
    { code: { marker: "aup#", range: "1200-1210" }, reason: "blocked" },
    { code: { marker: "aup#", range: "1220-1250" }, reason: "blocked" },
    { code: { marker: "aup#", range: "1260" }, reason: "networkerror" },
    { code: { marker: "aup#", range: "1300-1340" }, reason: "toomanyconn" },
    { code: { marker: "aup#", range: "1350-1490" }, reason: "speeding" },
    { code: { marker: "aup#", range: "1500" }, reason: "rejected" },
    { code: { marker: "aup#", range: "1520" }, reason: "rejected" },
    { code: { marker: "aup#", range: "1530" }, reason: "mesgtoobig" },
    { code: { marker: "aup#", range: "1540" }, reason: "speeding" },
    { code: { marker: "aup#", range: "1550" }, reason: "speeding" },
    { code: { marker: "aup#", range: "1560" }, reason: "policyviolation" },
    { code: { marker: "aup#", range: "1580" }, reason: "speeding" },
  ],
};
