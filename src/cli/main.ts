// Entry point of the `ndr-explain` command.
import { runAnalyze } from "./run";

function main(args: readonly string[]): number {
  const io = {
    out: (line: string) => process.stdout.write(line + "\n"),
    err: (line: string) => process.stderr.write(line + "\n"),
  };
  // HOOK: `ndr-explain code CODE ...` goes to runCodeCommand (src/cli/codeCommand.ts) once it lands.
  if (args[0] === "code") {
    io.err("ndr-explain: the code subcommand is not available in this build");
    return 2;
  }
  return runAnalyze(args, io);
}

process.exitCode = main(process.argv.slice(2));
