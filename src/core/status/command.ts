// The SMTP command a failure happened at, as bounce texts name it.

const COMMANDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:in reply to|after|during|at|to) (?:the )?end of data\b/i, "DATA"],
  [/\b(?:in reply to|after|during|at|to) (?:the )?(?:mail from|mail)\b/i, "MAIL"],
  [/\b(?:in reply to|after|during|at|to) (?:the )?(?:rcpt to|rcpt)\b/i, "RCPT"],
  [/\b(?:in reply to|after|during|at|to) (?:the )?data\b/i, "DATA"],
  [/\b(?:in reply to|after|during|at|to) (?:the )?(?:helo|ehlo)\b/i, "HELO"],
  [/\b(?:in reply to|after|during|at|to) (?:the )?starttls\b/i, "STARTTLS"],
  [
    /\b(?:in reply to|after|during|at) (?:the )?(?:initial )?(?:connection|connect|greeting|banner)\b/i,
    "CONN",
  ],
];

/** "RCPT", "DATA", "MAIL", "HELO", "STARTTLS" or "CONN" when the text says which, else undefined. */
export function findCommand(text: string): string | undefined {
  for (const [pattern, command] of COMMANDS) if (pattern.test(text)) return command;
  return undefined;
}
