// Source: QQ Mail's bounce help pages (service.mail.qq.com/detail/122/...).
import type { ProviderRules } from "../types";

export const tencent: ProviderRules = {
  id: "tencent",
  hosts: [".qq.com", ".exmail.qq.com", ".foxmail.com"],
  rules: [
    { text: "spf check failed", reason: "authfailure" },
    { text: "dmarc check failed", reason: "authfailure" },
    { text: "suspected bounce attacks", reason: "blocked" },
    { text: "suspected spam ip", reason: "blocked" },
    { text: "connection denied", reason: "blocked" },
    { text: "message too large", reason: "mesgtoobig" },
    { text: "suspected spam", reason: "rejected" },
    { text: "mail is rejected by recipients", reason: "rejected" },
    { text: "spam is embedded in the email", reason: "spamdetected" },
    { text: "mail content denied", reason: "spamdetected" },
    { text: "mailbox unavailable or access denined", reason: "speeding" },
    { text: "frequency of receiving messages is limited", reason: "speeding" },
    { text: "is a deactivated mailbox", reason: "suspend" },
    { text: "bad address syntax", reason: "syntaxerror" },
    { text: "ip frequency limited", reason: "toomanyconn" },
    { text: "domain frequency limited", reason: "toomanyconn" },
    { text: "sender frequency limited", reason: "toomanyconn" },
    { text: "connection frequency limited", reason: "toomanyconn" },
    { text: "mailbox not found", reason: "userunknown" },
  ],
};
