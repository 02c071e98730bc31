// The unified manifest (manifest.json) in tests: its shape as far as the tests read it, and
// Microsoft's published JSON schema of its declared version, from @microsoft/app-manifest, offline.
import { dirname, join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";

interface Icon {
  readonly size: number;
  readonly url: string;
}

export interface UnifiedManifest {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly version: string;
  readonly id: string;
  readonly localizationInfo: {
    readonly additionalLanguages: readonly { languageTag: string; file: string }[];
  };
  readonly developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  readonly name: { short: string; full: string };
  readonly description: { short: string; full: string };
  readonly icons: { color: string; outline: string };
  readonly accentColor: string;
  readonly authorization: {
    readonly permissions: { resourceSpecific: readonly { name: string; type: string }[] };
  };
  readonly extensions: readonly {
    readonly requirements: {
      scopes: readonly string[];
      capabilities: readonly { name: string; minVersion: string }[];
    };
    readonly runtimes: readonly {
      readonly code: { page: string };
      readonly actions: readonly { id: string; type: string; pinnable?: boolean }[];
    }[];
    readonly ribbons: readonly {
      readonly contexts: readonly string[];
      readonly tabs: readonly {
        readonly builtInTabId: string;
        readonly groups: readonly {
          readonly id: string;
          readonly label: string;
          readonly controls: readonly {
            readonly id: string;
            readonly type: string;
            readonly label: string;
            readonly icons: readonly Icon[];
            readonly supertip: { title: string; description: string };
            readonly actionId: string;
          }[];
        }[];
      }[];
    }[];
    readonly alternates: readonly {
      readonly hide?: { customOfficeAddin?: { officeAddinId: string } };
      readonly alternateIcons?: { icon: Icon; highResolutionIcon: Icon };
    }[];
  }[];
}

/** The localization file: the manifest's localizable strings by their JSON path. */
export type Localization = Readonly<Record<string, string>>;

const SCHEMAS = join(
  dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
);

/** Where Microsoft publishes the schema of a manifest version, as `$schema` names it. */
export const schemaUrl = (version: string, kind: "manifest" | "localization"): string =>
  `https://developer.microsoft.com/json-schemas/teams/v${version}/${schemaFile(kind)}`;

const schemaFile = (kind: "manifest" | "localization"): string =>
  kind === "manifest" ? "MicrosoftTeams.schema.json" : "MicrosoftTeams.Localization.schema.json";

/**
 * A validator for Microsoft's schema of a manifest version (draft-04). The localization schema's
 * patterns are not valid as Unicode regular expressions, hence unicodeRegExp off.
 */
export function schemaValidator(
  version: string,
  kind: "manifest" | "localization",
): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require(join(SCHEMAS, `v${version}`, schemaFile(kind))) as object;
  return ajv.compile(schema);
}
