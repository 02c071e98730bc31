// Source: QQ Mail's bounce help (service.mail.qq.com, "error codes") and QQ bounces in the corpus.
import type { ProviderRules } from "../types";

export const tencent: ProviderRules = {
  id: "tencent",
  hosts: [".qq.com", ".exmail.qq.com", ".tencent.com", ".foxmail.com"],
  rules: [
    { text: "ip frequency limited", reason: "toomanyconn" },
    { text: "connection frequency limited", reason: "toomanyconn" },
    { text: "domain frequency limited", reason: "toomanyconn" },
    { text: "sender frequency limited", reason: "toomanyconn" },
    { text: "dmarc check failed", reason: "authfailure" },
    { text: "spf check failed", reason: "authfailure" },
    { text: "mailbox not found", reason: "userunknown" },
    { text: "mailbox unavailable or access denied", reason: "suspend" },
    { text: "mail content denied", reason: "spamdetected" },
    { text: "mailbox is full", reason: "mailboxfull" },
    { text: "mailbox is frozen", reason: "suspend" },
    { text: "is a deactivated mailbox", reason: "suspend" },
    { text: "suspended", reason: "suspend" },
    { text: "message too large", reason: "mesgtoobig" },
  ],
};
