// What `npm run build` writes for an admin (globalSetup builds dist/ first): the app package
// Integrated Apps takes, checked as uploaded, and the privacy and terms pages the manifest names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AdmZip from "adm-zip";
import { schemaValidator, type UnifiedManifest } from "../office/app-manifest";
import { buildConfig } from "../office/build-config";
import { builtPane, DIST } from "./built-pane";

const zip = new AdmZip(join(DIST, "ndr-explainer.zip"));
const entry = (name: string): Buffer => {
  const data = zip.getEntry(name)?.getData();
  if (!data) throw new Error(`ndr-explainer.zip has no ${name}`);
  return data;
};
const manifest = JSON.parse(entry("manifest.json").toString("utf8")) as UnifiedManifest;

jest.setTimeout(60_000);

const pane = builtPane();

test("the package holds exactly the files the manifest names, as built into dist/", () => {
  const files = buildConfig.appPackageFiles(manifest);
  expect(
    zip
      .getEntries()
      .map((e) => e.entryName)
      .sort(),
  ).toEqual([...files].sort());
  for (const file of files) expect(entry(file).equals(readFileSync(join(DIST, file)))).toBe(true);
});

test("its manifest and localization file validate against the schema of their version", () => {
  const files = buildConfig.appPackageFiles(manifest);
  const localizations = files.filter((f) => f !== "manifest.json" && f.endsWith(".json"));
  expect(localizations).toHaveLength(1);
  for (const [kind, document] of [
    ["manifest", manifest],
    ...localizations.map((f) => ["localization", JSON.parse(entry(f).toString("utf8"))]),
  ] as const) {
    const validate = schemaValidator(manifest.manifestVersion, kind);
    expect([kind, validate(document), validate.errors ?? []]).toEqual([kind, true, []]);
  }
});

test("the colour icon is 192x192 and the outline icon 32x32, white on transparency", async () => {
  // A blank page (no Content-Security-Policy) decodes the PNGs as the browser would show them.
  const page = await pane.browser.newPage();
  const measure = (file: string) =>
    page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let transparent = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) transparent++;
        else if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
      }
      return { size: [image.width, image.height], pixels: data.length / 4, transparent, white };
    }, entry(file).toString("base64"));
  const color = await measure(manifest.icons.color);
  expect(color.size).toEqual([192, 192]);
  const outline = await measure(manifest.icons.outline);
  expect(outline.size).toEqual([32, 32]);
  expect(outline.transparent + outline.white).toBe(outline.pixels);
  expect(outline.transparent).toBeGreaterThan(outline.pixels / 4);
  expect(outline.white).toBeGreaterThan(outline.pixels / 8);
  await page.close();
});

test.each([
  ["privacy", "no telemetry", "テレメトリ"],
  ["termsOfUse", "without warranty", "保証"],
])("the %s page is served in English and Japanese, with no script", async (kind, en, ja) => {
  const url = manifest.developer[`${kind}Url` as "privacyUrl" | "termsOfUseUrl"];
  const page = await pane.browser.newPage();
  const response = await page.goto(`${pane.site.origin}${new URL(url).pathname}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('section[lang="en"]').textContent()).resolves.toContain(en);
  await expect(page.locator('section[lang="ja"]').textContent()).resolves.toContain(ja);
  await expect(page.locator("script").count()).resolves.toBe(0);
  await page.close();
});
