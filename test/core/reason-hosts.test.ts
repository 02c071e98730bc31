// Which entries a host names: the host itself or a domain above it, never a name that merely
// ends with the same letters.
import { positionsNaming } from "../../src/core/reason/match";

const LIST = [
  { hosts: [".prod.outlook.com", ".outlook.com"] },
  { hosts: [".google.com", "google.com"] },
  { hosts: ["charter.net"] },
  { hosts: [".ne.jp"] },
  { hosts: [".outlook.com"] },
];

describe("positionsNaming", () => {
  test.each([
    ["mx.prod.outlook.com", [0, 4]],
    ["a.b.prod.outlook.com", [0, 4]],
    ["outlook.com", [0, 4]],
    ["prod.outlook.com", [0, 4]],
    ["MX1.Google.COM", [1]],
    ["google.com", [1]],
    ["notgoogle.com", []],
    ["google.com.evil.example", []],
    ["charter.net", [2]],
    ["mail.charter.net", [2]],
    ["docomo.ne.jp", [3]],
    ["ne.jp", [3]],
    ["jp", []],
    ["com", []],
    [".google.com", [1]],
    ["mx.google.com.", []],
    ["", []],
  ])("%s", (host, expected) => {
    expect(positionsNaming(LIST, host)).toEqual(expected);
  });
});
