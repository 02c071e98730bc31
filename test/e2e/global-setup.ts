// Runs once before the browser tests: checks for chromium, then builds the production pane.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { assertChromium } from "./chromium";

export default function globalSetup(): void {
  assertChromium();
  if (process.env["E2E_SKIP_BUILD"] === "1") return;
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: join(__dirname, "..", ".."),
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
