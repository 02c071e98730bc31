// The XML manifest Outlook and the admin center read: checked offline (the official validator needs
// the network), including the production rewrite the build applies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildConfig } from "./build-config";
import { all, BT, named, parseXml, xmlUrls, xsiType } from "./manifest-xml";

const { rewriteManifest, productionUrl } = buildConfig;

const SOURCE = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

const paneUrl = (doc: Document): string | null | undefined =>
  named(doc, "Url")
    .find((u) => u.getAttribute("id") === "Taskpane.Url")
    ?.getAttribute("DefaultValue");

describe("manifest.xml", () => {
  const doc = parseXml(SOURCE);

  test("is a mail add-in asking for ReadItem only", () => {
    expect(xsiType(doc.documentElement)).toBe("MailApp");
    const permissions = Array.from(doc.getElementsByTagName("Permissions")).map(
      (p) => p.textContent,
    );
    expect(permissions).toEqual(["ReadItem"]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const ids = new Map<string, string>();
    for (const el of doc.getElementsByTagNameNS(BT, "*")) {
      const id = el.getAttribute("id");
      if (id && el.parentElement) ids.set(id, el.parentElement.localName);
    }
    const refs = all(doc).filter((el) => el.hasAttribute("resid"));
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const kind = ids.get(ref.getAttribute("resid") ?? "");
      const expected =
        ref.localName === "Image"
          ? "Images"
          : ref.localName === "SourceLocation"
            ? "Urls"
            : /String/;
      expect([ref.getAttribute("resid"), kind]).toEqual([
        ref.getAttribute("resid"),
        expect.stringMatching(expected),
      ]);
    }
  });

  test("all URLs are https on one host, and the pane is taskpane.html", () => {
    const list = xmlUrls(doc);
    expect(list.length).toBeGreaterThan(5);
    expect(list.every((u) => u.startsWith("https://"))).toBe(true);
    expect(new Set(list.map((u) => new URL(u).origin))).toEqual(
      new Set(["https://localhost:3000"]),
    );
    expect(paneUrl(doc)).toBe("https://localhost:3000/taskpane.html");
  });

  test("a pinnable button on the message read surface, Mailbox 1.5", () => {
    const surface = named(doc, "ExtensionPoint").find(
      (e) => xsiType(e) === "MessageReadCommandSurface",
    );
    expect(surface).toBeDefined();
    const action = named(surface as Element, "Action").find((e) => xsiType(e) === "ShowTaskpane");
    expect(named(action as Element, "SupportsPinning").map((e) => e.textContent)).toEqual(["true"]);
    expect(named(doc, "Sets").map((e) => e.getAttribute("DefaultMinVersion"))).toEqual([
      null,
      "1.5",
    ]);
    const overrides = Array.from(doc.getElementsByTagName("VersionOverrides")).map((v) =>
      v.getAttribute("xsi:type"),
    );
    expect(overrides).toEqual(["VersionOverridesV1_0", "VersionOverridesV1_1"]);
  });

  test("names and strings have a Japanese translation", () => {
    const localized = [
      ...Array.from(doc.documentElement.children).filter((e) =>
        /^(DisplayName|Description)$/.test(e.localName),
      ),
      ...Array.from(doc.getElementsByTagNameNS(BT, "String")),
    ];
    expect(localized.length).toBe(5);
    for (const el of localized) {
      const ja = Array.from(el.children).find((c) => c.getAttribute("Locale") === "ja-JP");
      // The element's name in the expectation tells which one lacks a translation.
      expect([
        el.getAttribute("id") ?? el.localName,
        ja?.getAttribute("Value") ?? "",
      ]).not.toContain("");
    }
  });

  test("the icons it names exist in assets/", () => {
    const icons = xmlUrls(doc).filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      const file = join(__dirname, "..", "..", new URL(icon).pathname);
      expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});

describe("production rewrite", () => {
  const saved = process.env["ADDIN_BASE_URL"];
  afterEach(() => {
    if (saved === undefined) delete process.env["ADDIN_BASE_URL"];
    else process.env["ADDIN_BASE_URL"] = saved;
  });

  test("points every URL at ADDIN_BASE_URL", () => {
    process.env["ADDIN_BASE_URL"] = "https://addins.example.org/ndr";
    expect(productionUrl()).toBe("https://addins.example.org/ndr/");
    const doc = parseXml(rewriteManifest(SOURCE, productionUrl()));
    const list = xmlUrls(doc);
    expect(list.length).toBe(xmlUrls(parseXml(SOURCE)).length);
    expect(list.every((u) => u.startsWith("https://addins.example.org/ndr/"))).toBe(true);
    expect(paneUrl(doc)).toBe("https://addins.example.org/ndr/taskpane.html");
  });

  test("refuses a plain-http base URL", () => {
    process.env["ADDIN_BASE_URL"] = "http://addins.example.org/";
    expect(() => productionUrl()).toThrow(/must be https/);
  });
});
