// Where the peers compared with are: Go Sisimai 5's program beside the checkout (the team's
// ../shared) or where GO_SISIMAI says; undefined in a clone that has neither.
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

export function goPeer(): string | undefined {
  const candidates = [
    process.env["GO_SISIMAI"],
    join(ROOT, "..", "shared", "peers", "go-sisimai", "peer"),
    join(ROOT, "..", "..", "shared", "peers", "go-sisimai", "peer"),
  ];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

export const GO_NOT_FOUND =
  "Go Sisimai 5: not found (../shared/peers/go-sisimai/peer or GO_SISIMAI); not run";
