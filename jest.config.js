/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      isolatedModules: true,
      module: "commonjs",
      jsx: "react-jsx",
      verbatimModuleSyntax: false,
    },
  },
];

module.exports = {
  projects: [
    {
      displayName: "core",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/{core,cli,catalog}/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/{office,taskpane}/**/*.test.{ts,tsx}"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      // office-addin-mock needs only this enum; the package's main pulls in ESM-only modules.
      moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
    },
    {
      // The built pane in Debian's chromium; globalSetup runs the production build first.
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.ts",
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
