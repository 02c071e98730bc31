// The SMTP command a failure happened at, as bounce texts name it ("in reply to RCPT TO
// command", "after end of data", "during the initial connection").

const COMMAND =
  /\b(?:in reply to|after|during|at) (?:the )?(end of data|mail from|rcpt to|mail|rcpt|data|helo|ehlo|starttls|(?:initial )?(?:connection|connect|greeting|banner))\b/i;

const NAMES: Readonly<Record<string, string>> = {
  "end of data": "DATA",
  data: "DATA",
  "mail from": "MAIL",
  mail: "MAIL",
  "rcpt to": "RCPT",
  rcpt: "RCPT",
  helo: "HELO",
  ehlo: "HELO",
  starttls: "STARTTLS",
};

/** "RCPT", "DATA", "MAIL", "HELO", "STARTTLS" or "CONN" when the text says which, else undefined. */
export function findCommand(text: string): string | undefined {
  const said = COMMAND.exec(text)?.[1]?.toLowerCase();
  if (said === undefined) return undefined;
  return NAMES[said] ?? "CONN";
}
