// The unified manifest (manifest.json, for Integrated Apps and the clients that read it) and its
// Japanese file: valid against Microsoft's published schema of their declared version, offline,
// and the twin of manifest.xml: every fact the two share is read from each and compared, so
// neither can change alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  schemaUrl,
  schemaValidator,
  type Localization,
  type UnifiedManifest,
} from "./app-manifest";
import { buildConfig } from "./build-config";
import { BT, named, parseXml, xmlUrls, xsiType } from "./manifest-xml";

const ROOT = join(__dirname, "..", "..");
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");
const XML = read("manifest.xml");
const JSON_SOURCE = read("manifest.json");
const MANIFEST = JSON.parse(JSON_SOURCE) as UnifiedManifest;
const JA_FILE = MANIFEST.localizationInfo.additionalLanguages.find(
  (l) => l.languageTag === "ja-jp",
)?.file;
const JA = JSON.parse(read(JA_FILE ?? "")) as Localization;

/** The XML manifest's permission and command surface, as the unified manifest names them. */
const PERMISSION_TWIN: Readonly<Record<string, string>> = { ReadItem: "MailboxItem.Read.User" };
const SURFACE_TWIN: Readonly<Record<string, string>> = { MessageReadCommandSurface: "mailRead" };

/** The facts both manifests state, in one shape. */
interface SharedFacts {
  readonly replacedAddinId: string;
  readonly version: string;
  readonly name: readonly [string, string];
  readonly description: readonly [string, string];
  readonly icon: string;
  readonly highResolutionIcon: string;
  readonly supportUrl: string;
  readonly paneUrl: string;
  readonly permissions: readonly string[];
  readonly mailboxMinVersion: string;
  readonly surface: string;
  readonly tab: string;
  readonly group: readonly [string, string, string];
  readonly button: {
    readonly id: string;
    readonly label: readonly [string, string];
    readonly tipTitle: readonly [string, string];
    readonly tipDescription: readonly [string, string];
    readonly icons: readonly { size: number; url: string }[];
    readonly pinnable: boolean;
  };
}

function xmlFacts(xml: string): SharedFacts {
  const doc = parseXml(xml);
  const child = (name: string): Element => {
    const found = Array.from(doc.documentElement.children).find((e) => e.localName === name);
    if (!found) throw new Error(`manifest.xml has no ${name}`);
    return found;
  };
  const ja = (el: Element): string =>
    Array.from(el.children)
      .find((c) => c.getAttribute("Locale") === "ja-JP")
      ?.getAttribute("Value") ?? "";
  const localized = (el: Element): [string, string] => [
    el.getAttribute("DefaultValue") ?? "",
    ja(el),
  ];
  const resource = (id: string): Element => {
    const found = Array.from(doc.getElementsByTagNameNS(BT, "*")).find(
      (e) => e.getAttribute("id") === id,
    );
    if (!found) throw new Error(`manifest.xml has no resource ${id}`);
    return found;
  };
  const byResid = (el: Element, name: string): Element =>
    resource(named(el, name)[0]?.getAttribute("resid") ?? "");
  const surface = named(doc, "ExtensionPoint")[0] as Element;
  const group = named(surface, "Group")[0] as Element;
  const control = named(group, "Control")[0] as Element;
  const tip = named(control, "Supertip")[0] as Element;
  const action = named(control, "Action")[0] as Element;
  return {
    replacedAddinId: child("Id").textContent ?? "",
    version: child("Version").textContent ?? "",
    name: localized(child("DisplayName")),
    description: localized(child("Description")),
    icon: child("IconUrl").getAttribute("DefaultValue") ?? "",
    highResolutionIcon: child("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "",
    supportUrl: child("SupportUrl").getAttribute("DefaultValue") ?? "",
    paneUrl: byResid(action, "SourceLocation").getAttribute("DefaultValue") ?? "",
    permissions: named(doc, "Permissions").map((p) => PERMISSION_TWIN[p.textContent ?? ""] ?? ""),
    // The VersionOverrides requirement is the one clients with add-in commands apply.
    mailboxMinVersion: named(doc, "Sets").at(-1)?.getAttribute("DefaultMinVersion") ?? "",
    surface: SURFACE_TWIN[xsiType(surface) ?? ""] ?? "",
    tab: named(surface, "OfficeTab")[0]?.getAttribute("id") ?? "",
    group: [group.getAttribute("id") ?? "", ...localized(byResid(group, "Label"))],
    button: {
      id: control.getAttribute("id") ?? "",
      label: localized(byResid(control, "Label")),
      tipTitle: localized(byResid(tip, "Title")),
      tipDescription: localized(byResid(tip, "Description")),
      icons: named(named(control, "Icon")[0] as Element, "Image").map((image) => ({
        size: Number(image.getAttribute("size")),
        url: resource(image.getAttribute("resid") ?? "").getAttribute("DefaultValue") ?? "",
      })),
      pinnable: named(action, "SupportsPinning")[0]?.textContent === "true",
    },
  };
}

function jsonFacts(manifest: UnifiedManifest, ja: Localization): SharedFacts {
  const [extension] = manifest.extensions;
  if (!extension) throw new Error("manifest.json has no extension");
  const ribbon = extension.ribbons[0];
  const tab = ribbon?.tabs[0];
  const group = tab?.groups[0];
  const control = group?.controls[0];
  const runtime = extension.runtimes.find((r) => r.actions.some((a) => a.id === control?.actionId));
  const action = runtime?.actions.find((a) => a.id === control?.actionId);
  const alternate = extension.alternates.find((a) => a.alternateIcons);
  const path = "extensions[0].ribbons[0].tabs[0].groups[0]";
  return {
    replacedAddinId:
      extension.alternates.find((a) => a.hide)?.hide?.customOfficeAddin?.officeAddinId ?? "",
    // n.n.n here, n.n.n.n in the XML manifest.
    version: `${manifest.version}.0`,
    name: [manifest.name.short, ja["name.short"] ?? ""],
    description: [manifest.description.full, ja["description.full"] ?? ""],
    icon: alternate?.alternateIcons?.icon.url ?? "",
    highResolutionIcon: alternate?.alternateIcons?.highResolutionIcon.url ?? "",
    supportUrl: manifest.developer.websiteUrl,
    paneUrl: runtime?.code.page ?? "",
    permissions: manifest.authorization.permissions.resourceSpecific.map((p) => p.name),
    mailboxMinVersion:
      extension.requirements.capabilities.find((c) => c.name === "Mailbox")?.minVersion ?? "",
    surface: ribbon?.contexts.join() ?? "",
    tab: tab?.builtInTabId ?? "",
    group: [group?.id ?? "", group?.label ?? "", ja[`${path}.label`] ?? ""],
    button: {
      id: control?.id ?? "",
      label: [control?.label ?? "", ja[`${path}.controls[0].label`] ?? ""],
      tipTitle: [control?.supertip.title ?? "", ja[`${path}.controls[0].supertip.title`] ?? ""],
      tipDescription: [
        control?.supertip.description ?? "",
        ja[`${path}.controls[0].supertip.description`] ?? "",
      ],
      icons: control?.icons ?? [],
      pinnable: action?.type === "openPage" && action.pinnable === true,
    },
  };
}

/** Every https URL a JSON document names, at any depth. */
function jsonUrls(value: unknown): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonUrls);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonUrls);
  return [];
}

/** The URLs the add-in is served from (all but the schema's address). */
const manifestUrls = (manifest: UnifiedManifest): string[] =>
  jsonUrls(Object.entries(manifest).filter(([key]) => key !== "$schema"));

describe("manifest.json against Microsoft's schema of its version", () => {
  test("declares the schema of its manifestVersion, and the Japanese file the same version", () => {
    expect(MANIFEST.$schema).toBe(schemaUrl(MANIFEST.manifestVersion, "manifest"));
    expect(JA["$schema"]).toBe(schemaUrl(MANIFEST.manifestVersion, "localization"));
  });

  test.each([
    ["manifest.json", "manifest" as const, MANIFEST],
    [JA_FILE, "localization" as const, JA],
  ])("%s validates", (_file, kind, document) => {
    const validate = schemaValidator(MANIFEST.manifestVersion, kind);
    expect([validate(document), validate.errors ?? []]).toEqual([true, []]);
  });

  test.each([
    ["a short description over 80 characters", { "description.short": "x".repeat(81) }],
    ["a short name over 30 characters", { "name.short": "x".repeat(31) }],
  ])("the schema check can fail: it refuses %s", (_what, change) => {
    const validate = schemaValidator(MANIFEST.manifestVersion, "localization");
    expect(validate({ ...JA, ...change })).toBe(false);
  });

  test("only MailboxItem.Read.User, Mailbox 1.5, Outlook only, a real accent colour", () => {
    expect(MANIFEST.authorization.permissions.resourceSpecific).toEqual([
      { name: "MailboxItem.Read.User", type: "Delegated" },
    ]);
    expect(MANIFEST.extensions.map((e) => e.requirements)).toEqual([
      { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.5" }] },
    ]);
    // The icon's blue (scripts/make-icons.ts), not the converter's placeholder #230201.
    expect(MANIFEST.accentColor).toBe("#0F6CBD");
  });

  test("privacy and terms are their own pages, and the short descriptions open the full ones", () => {
    const { websiteUrl, privacyUrl, termsOfUseUrl } = MANIFEST.developer;
    expect(new Set([websiteUrl, privacyUrl, termsOfUseUrl]).size).toBe(3);
    for (const url of [privacyUrl, termsOfUseUrl]) {
      const page = read(join("src", "pages", new URL(url).pathname));
      expect(page).toMatch(/<section lang="en">[\s\S]+<section lang="ja">/);
    }
    expect(MANIFEST.description.full.startsWith(MANIFEST.description.short)).toBe(true);
    expect((JA["description.full"] ?? "").startsWith(JA["description.short"] ?? "-")).toBe(true);
  });
});

describe("manifest.json and manifest.xml agree", () => {
  const xml = xmlFacts(XML);
  const json = jsonFacts(MANIFEST, JA);

  test.each(Object.keys(xml) as (keyof SharedFacts)[])("%s", (fact) => {
    expect(json[fact]).toEqual(xml[fact]);
    expect(JSON.stringify(xml[fact])).not.toMatch(/""|\[\]/);
  });

  test("the unified app is a new app that hides the XML add-in (Microsoft's rule for both)", () => {
    expect(MANIFEST.id).not.toBe(xml.replacedAddinId);
    expect(MANIFEST.id).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
  });

  test("it names every URL the XML manifest names, and adds only the privacy and terms pages", () => {
    const fromXml = new Set(xmlUrls(parseXml(XML)));
    const fromJson = new Set(manifestUrls(MANIFEST));
    expect([...fromXml].filter((u) => !fromJson.has(u))).toEqual([]);
    expect([...fromJson].filter((u) => !fromXml.has(u))).toEqual([
      MANIFEST.developer.privacyUrl,
      MANIFEST.developer.termsOfUseUrl,
    ]);
  });

  test("a change to one alone is caught", () => {
    const changed = JSON.parse(
      JSON_SOURCE.replace('"minVersion": "1.5"', '"minVersion": "1.8"'),
    ) as UnifiedManifest;
    expect(jsonFacts(changed, JA).mailboxMinVersion).not.toEqual(xml.mailboxMinVersion);
    const renamed = xmlFacts(
      XML.replace('DefaultValue="Explain bounce"', 'DefaultValue="Explain"'),
    );
    expect(renamed.button.label).not.toEqual(json.button.label);
  });
});

describe("the app package and the production rewrite", () => {
  const saved = process.env["ADDIN_BASE_URL"];
  afterEach(() => {
    if (saved === undefined) delete process.env["ADDIN_BASE_URL"];
    else process.env["ADDIN_BASE_URL"] = saved;
  });

  test("ADDIN_BASE_URL moves every URL of manifest.json, the way it moves the XML ones", () => {
    process.env["ADDIN_BASE_URL"] = "https://addins.example.org/ndr";
    const base = buildConfig.productionUrl();
    const rewritten = JSON.parse(buildConfig.rewriteManifest(JSON_SOURCE, base)) as UnifiedManifest;
    const moved = manifestUrls(rewritten);
    expect(moved).toHaveLength(manifestUrls(MANIFEST).length);
    expect(moved.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(jsonFacts(rewritten, JA)).toEqual(xmlFacts(buildConfig.rewriteManifest(XML, base)));
  });

  test("the package holds the manifest, its Japanese file and the two icons at their sizes", () => {
    const files = buildConfig.appPackageFiles(MANIFEST);
    expect(files).toEqual([
      "manifest.json",
      "manifest.ja-jp.json",
      "assets/icon-192.png",
      "assets/outline-32.png",
    ]);
    const size = (file: string): [number, number] => {
      const png = readFileSync(join(ROOT, file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(MANIFEST.icons.color)).toEqual([192, 192]);
    expect(size(MANIFEST.icons.outline)).toEqual([32, 32]);
  });
});
