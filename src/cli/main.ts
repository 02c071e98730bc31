// Entry point of the `ndr-explain` command.
import { runCodeCommand } from "./code-command";
import { runAnalyze } from "./run";

function main(args: readonly string[]): number {
  const io = {
    out: (line: string) => process.stdout.write(line + "\n"),
    err: (line: string) => process.stderr.write(line + "\n"),
  };
  if (args[0] === "code") return runCodeCommand(args.slice(1), io.out);
  return runAnalyze(args, io);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
