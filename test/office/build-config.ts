// The build's own functions (webpack.config.js, a CommonJS file), so the tests check what
// `npm run build` writes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const buildConfig = require("../../webpack.config.js") as {
  rewriteManifest: (content: string, baseUrl: string) => string;
  productionUrl: () => string;
  appPackageFiles: (manifest: unknown) => string[];
};
