// Source: Orange / La Poste postmaster error codes (OFR_nnn, LPNnnn_nnn) and their bounces in the corpus.
import type { ProviderRules } from "../types";

export const franceptt: ProviderRules = {
  id: "franceptt",
  hosts: [".orange.fr", ".wanadoo.fr", ".laposte.net", ".francetelecom.fr", ".orange.com"],
  rules: [
    { text: "ofr_416", reason: "userunknown" },
    { text: "ofr_417", reason: "mailboxfull" },
    { text: "ofr_418", reason: "userunknown" },
    { text: "ofr_506", reason: "spamdetected" },
    { text: "ofr_999", reason: "blocked" },
    { text: "lpn007_426", reason: "suspend" },
    { text: "le compte du destinataire est bloque", reason: "suspend" },
    { text: "boite du destinataire pleine", reason: "mailboxfull" },
    { text: "[103]", reason: "blocked" },
    { text: "[510]", reason: "blocked" },
    { text: "_103", reason: "blocked" },
    { text: "_510", reason: "blocked" },
    { text: "trop de connexions", reason: "toomanyconn" },
    { text: "mail rejete. mail rejected", reason: "spamdetected" },
    { text: "service refused, please try later", reason: "blocked" },
  ],
};
