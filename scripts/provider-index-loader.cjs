// Webpack loader for the pane's build: replaces src/core/catalog/providers/index.ts (every
// provider table, about 180 KB gzipped) with the providers' identities (how a bounce names each:
// hosts, markers, domains; about 8 KB) and one dynamic import() per table file, so the pane loads
// only the tables a bounce names (see src/core/catalog/providers/tables.ts). The identities are
// read at build time by running the real index (bundled by esbuild), so a table added the usual way
// (its file, one line in index.ts) is lazy with no step of its own. The command line and the tests
// keep the real index: every table at start.
const path = require("path");
const esbuild = require("esbuild");

/** The files index.ts imports values from ("./gmail"), in its order. */
function importedFiles(source) {
  const files = [];
  for (const m of source.matchAll(/^import \{[^}]*\} from "\.\/([\w./-]+)";$/gm)) files.push(m[1]);
  return files;
}

/** Runs index.ts and every file it imports, bundled: their exports, and the files esbuild read. */
function evaluate(dir, files) {
  const entry = [
    'export { PROVIDER_CATALOGS } from "./index";',
    ...files.map((file, i) => `export * as f${i} from "./${file}";`),
  ].join("\n");
  const built = esbuild.buildSync({
    stdin: { contents: entry, resolveDir: dir, loader: "ts", sourcefile: "provider-index.ts" },
    bundle: true,
    format: "cjs",
    platform: "node",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const module = { exports: {} };
  new Function("module", "exports", built.outputFiles[0].text)(module, module.exports);
  const inputs = Object.keys(built.metafile.inputs).filter((input) => !input.startsWith("<"));
  return { exports: module.exports, inputs };
}

/** Where a catalog is exported: its file and the expression that reads it from the module. */
function locate(catalog, files, exports) {
  for (const [i, file] of files.entries()) {
    for (const [name, value] of Object.entries(exports[`f${i}`])) {
      if (value === catalog) return { file, read: `m.${name}` };
      if (Array.isArray(value) && value.includes(catalog)) {
        return { file, read: `m.${name}[${value.indexOf(catalog)}]` };
      }
    }
  }
  throw new Error(`provider-index-loader: no file of index.ts exports ${catalog.provider.id}`);
}

module.exports = function providerIndexLoader(source) {
  const dir = path.dirname(this.resourcePath);
  const files = importedFiles(source);
  const { exports, inputs } = evaluate(dir, files);
  for (const input of inputs) this.addDependency(path.resolve(input));
  const catalogs = exports.PROVIDER_CATALOGS;
  const loaders = catalogs.map((catalog) => {
    const { file, read } = locate(catalog, files, exports);
    const load = `import(/* webpackChunkName: "provider-${file}" */ "./${file}")`;
    return `  ${JSON.stringify(catalog.provider.id)}: () => ${load}.then((m) => ${read}),`;
  });
  return `// Made at build time by scripts/provider-index-loader.cjs from index.ts: no table at start.
export const PROVIDER_CATALOGS = [];
export const PROVIDERS = ${JSON.stringify(catalogs.map((catalog) => catalog.provider))};
// lookupCode() lists the tables loaded at start: the pane never calls it.
export const PROVIDER_ENTRIES = [];
const byId = new Map(PROVIDERS.map((p) => [p.id, p]));
export function providerById(id) {
  return byId.get(id);
}
const LOADERS = {
${loaders.join("\n")}
};
export function loadProviderTables(ids) {
  return Promise.all(ids.flatMap((id) => (LOADERS[id] === undefined ? [] : [LOADERS[id]()])));
}
`;
};
