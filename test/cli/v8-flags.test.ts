// The installed command's V8 flags: one row per V8 generation, each flag one that V8 knows.
import { execFileSync } from "node:child_process";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { v8Flags } = require("../../bin/v8-flags") as {
  v8Flags: (version: string) => string | undefined;
};

describe("V8 flags by version", () => {
  it.each([
    ["11.3.244.8-node.38", "Node 20", ["--interrupt-budget=400000", "--always-sparkplug"]],
    ["12.4.254.21-node.57", "Node 22", ["--invocation-count-for-turbofan=18000"]],
    ["13.6.233.17-node.63", "Node 24", ["--no-turbofan"]],
    ["14.6.202.34-node.40", "Node 26", ["--no-turbofan"]],
  ])("%s (%s) gets its own tiering flags and the cache's checksum check", (version, _, own) => {
    const flags = (v8Flags(version) ?? "").split(" ");
    expect(flags).toEqual(
      expect.arrayContaining([
        "--max-inlined-bytecode-size-cumulative=100",
        ...own,
        "--verify-snapshot-checksum",
      ]),
    );
  });

  it("gives Node 22 and later no flag that V8 12 dropped", () => {
    for (const version of ["12.4.254.21-node.57", "13.6.233.17-node.63"])
      expect(v8Flags(version)).not.toMatch(/--interrupt-budget=/);
  });

  it("gives a V8 newer than the table no flags: its defaults, without the code cache", () => {
    expect(v8Flags("15.0.1-node.1")).toBeUndefined();
  });

  it("names only flags that this Node's V8 knows", () => {
    const known = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    const flags = v8Flags(process.versions.v8);
    expect(flags).toBeDefined();
    for (const flag of (flags as string).split(" ")) {
      const name = flag.replace(/=.*/, "").replace(/^--no-/, "--");
      expect(known).toMatch(new RegExp(`^\\s+${name}\\s`, "m"));
    }
  });
});
