import { join } from "node:path";
import { folderPrefix } from "../../src/cli/inputs";

describe("a file's path in a folder", () => {
  const names = ["a.eml", "..eml", "...", ".hidden", "x y", "\\back", "カナ.eml"];
  it.each([
    "",
    ".",
    "./",
    "..",
    "../",
    "dir",
    "dir/",
    "dir//",
    "./dir/.",
    "a/../b",
    "/",
    "//",
    "/x/",
  ])("is path.join's, folder %j", (dir) => {
    for (const name of names) expect(folderPrefix(dir) + name).toBe(join(dir, name));
  });
});
