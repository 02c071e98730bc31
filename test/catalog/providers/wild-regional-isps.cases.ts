// The forty-sixth round of the words (December 2026): mailbox providers and ISPs that no table
// had, by region (the rule, set and scoring script are in /work/wt/h-words46-set, outside the
// repository). Its one class fixed: Yahoo's content refusal as a Yahoo-hosted ISP's bounce gives
// it, with no Yahoo host and a code other than "[PH01]" before the words ("UP", "[299]"), read as
// the registry's 5.7.1 (the recipient's admin's). Yahoo's own words now name Yahoo. The last
// two variants already read right (Yahoo's postmaster link, an AT&T address Yahoo hosts): guards.
import type { ProviderCase } from "./types";

const CONTENT = {
  id: "yahoo-content-blocked",
  owner: "you",
  temporary: false,
  words: ["Yahoo"],
} as const;

export const CASES: readonly ProviderCase[] = [
  // https://www.vomitcomet.org/2009/01/12/rogers-is-eating-things-it-calls-spam/ (Rogers' mail,
  // hosted by Yahoo; the reply as the user quoted it, its link stripped)
  {
    name: "r46-06: 554 Message not allowed - UP Email not accepted for policy reasons (Rogers)",
    reply: "554 Message not allowed - UP Email not accepted for policy reasons. Please visit [120]",
    status: "5.0.0",
    recipient: "kim@rogers.com",
    expected: CONTENT,
  },
  // the same page, quoting Yahoo's help page on the reply
  {
    name: "r46-06 variant: Yahoo's older wording, 'Message type not allowed. UP ...'",
    reply: "554 Message type not allowed. UP Email not accepted for policy reasons",
    status: "5.0.0",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: another number before the words, no host and no Yahoo recipient",
    reply: "554 Message not allowed - [299] Email not accepted for policy reasons.",
    status: "5.7.1",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: the Rogers reply under the security catch-all, as the code command gets it",
    reply: "554 Message not allowed - UP Email not accepted for policy reasons. Please visit [120]",
    status: "5.7.1",
    recipient: "kim@rogers.com",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: on two lines, to another Yahoo-hosted ISP's address",
    reply:
      "554-Message not allowed - UP Email not accepted for policy reasons. 554 Please visit [120]",
    status: "5.0.0",
    recipient: "kim@frontier.com",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: the words alone after the code",
    reply: "554 Email not accepted for policy reasons",
    status: "5.7.1",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: Yahoo's postmaster page named after another number",
    reply:
      "554 Message not allowed - [120] Email not accepted for policy reasons. Please visit http://postmaster.yahoo.com/errors/postmaster-28.html",
    status: "5.0.0",
    recipient: "kim@xtra.co.nz",
    expected: CONTENT,
  },
  {
    name: "r46-06 variant: the older wording to an AT&T address Yahoo now hosts",
    reply: "554 Message type not allowed. UP Email not accepted for policy reasons",
    status: "5.0.0",
    recipient: "kim@sbcglobal.net",
    expected: CONTENT,
  },
];
