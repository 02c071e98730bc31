// SFR refusals from smtp-in.sfr.fr: an SFR_IN code whose last two digits name the cause, and the
// bare "too many errors". Sample values.
import type { ProviderCase } from "./types";

const MX = "smtp-in.sfr.fr";
const IP = "203.0.113.107";

export const CASES: readonly ProviderCase[] = [
  {
    name: "SFR_IN_101: spam, not the registry's 4.7.1",
    reply: `450 4.7.1 <${IP}>: Client host rejected: Service refused due to bad behavior - Too many spam messages SFR_IN_101`,
    status: "4.7.1",
    remote: MX,
    recipient: "luc@sfr.fr",
    expected: {
      id: "sfr-spam",
      owner: "your-admin",
      temporary: true,
      words: ["SFR", "two hours", "Signal Spam"],
      wordsJa: ["SFR", "2 時間", "Signal Spam"],
    },
  },
  {
    name: "SFR_IN_101 named by its code alone",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_101",
    status: "4.7.1",
    expected: {
      id: "sfr-spam",
      owner: "your-admin",
      temporary: true,
      words: ["SFR"],
      wordsJa: ["SFR"],
    },
  },
  {
    name: "SFR_IN_102: viruses",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_102",
    status: "4.7.1",
    remote: MX,
    recipient: "luc@neuf.fr",
    expected: {
      id: "sfr-virus",
      owner: "your-admin",
      temporary: true,
      words: ["malware"],
      wordsJa: ["マルウェア"],
    },
  },
  {
    name: "SFR_IN_103: SMTP errors",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_103",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "sfr-smtp-errors",
      owner: "your-admin",
      temporary: true,
      words: ["HELO", "STARTTLS"],
      wordsJa: ["HELO", "STARTTLS"],
    },
  },
  {
    name: "SFR_IN_104: unknown users",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_104",
    status: "4.7.1",
    remote: MX,
    recipient: "luc@numericable.fr",
    expected: {
      id: "sfr-unknown-users",
      owner: "your-admin",
      temporary: true,
      words: ["do not exist"],
      wordsJa: ["存在しない"],
    },
  },
  {
    name: "SFR_IN_105: volume",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_105",
    status: "4.7.1",
    remote: MX,
    expected: {
      id: "sfr-volume",
      owner: "your-admin",
      temporary: true,
      words: ["sending rate"],
      wordsJa: ["送信ペース"],
    },
  },
  {
    name: "too many errors, closed",
    reply: "421 4.7.0 msfrf2604.sfr.fr Error: too many errors",
    status: "4.7.0",
    remote: MX,
    recipient: "luc@sfr.fr",
    expected: {
      id: "sfr-too-many-errors",
      owner: "your-admin",
      temporary: true,
      words: ["SMTP", "SFR_IN_103"],
      wordsJa: ["SMTP", "SFR_IN_103"],
    },
  },
  {
    name: "SFR_IN_101 given up on after the retries",
    reply: "450 4.7.1 Service refused due to bad behavior SFR_IN_101",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "sfr-spam",
      owner: "your-admin",
      temporary: false,
      words: ["SFR"],
      wordsJa: ["SFR"],
    },
  },
  {
    name: "negative: an unknown SFR user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <luc@sfr.fr>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: MX,
    recipient: "luc@sfr.fr",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
