// Reads an SMTP session transcript ("In: RCPT TO:<addr>" / "Out: 550 ..."), as Postfix's
// "Transcript of session follows" notices print it: the failed recipients and the refusal.
import { findStatusCode } from "../../status/codes";
import { addressesIn } from "./text-addresses";
import type { DecodedRecipient } from "../types";

interface Turn {
  readonly side: "in" | "out";
  text: string;
}

/** Joins indented continuation lines to the "In:"/"Out:" line they continue. */
function turns(lines: readonly string[]): Turn[] {
  const out: Turn[] = [];
  for (const line of lines) {
    const m = /^\s{0,4}(In|Out):\s{0,8}(.{0,2000})$/.exec(line);
    if (m) out.push({ side: m[1] === "In" ? "in" : "out", text: (m[2] ?? "").trim() });
    else if (/^\s{2,}\S/.test(line) && out.length > 0) {
      const last = out[out.length - 1];
      if (last) last.text += ` ${line.trim()}`;
    }
  }
  return out;
}

/** Recipients the transcript names, each with the first 4xx/5xx reply after its RCPT. */
export function transcriptRecipients(text: string, field: string): DecodedRecipient[] {
  const found: { address: string; command?: string; reply?: string }[] = [];
  let command: string | undefined;
  for (const turn of turns(text.split("\n"))) {
    if (turn.side === "in") {
      command = /^([A-Za-z]{4})\b/.exec(turn.text)?.[1]?.toUpperCase();
      const address = command === "RCPT" ? addressesIn(turn.text)[0] : undefined;
      if (address) found.push({ address });
      continue;
    }
    const code = /^([245])\d\d\b/.exec(turn.text);
    if (!code || code[1] === "2") continue;
    for (const r of found) {
      if (r.reply) continue;
      r.reply = turn.text;
      if (command) r.command = command;
    }
  }
  return found
    .filter((r) => r.reply !== undefined)
    .map((r) => {
      const diagnostic = r.reply ?? "";
      const status = findStatusCode(diagnostic);
      const replyCode = /^[245]\d\d/.exec(diagnostic)?.[0];
      return {
        address: r.address,
        diagnostic,
        ...(status ? { status } : {}),
        ...(replyCode ? { replyCode } : {}),
        ...(r.command ? { command: r.command } : {}),
        evidence: [
          { fact: "address", source: "body", field, text: r.address },
          { fact: "diagnostic", source: "body", field, text: diagnostic.slice(0, 300) },
        ],
      };
    });
}
