// Lint rules, including the layer rules: core <- msg, core/msg <- office <- taskpane, core/msg <- cli.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeModules = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "url",
  "util",
  "stream",
  "zlib",
];
const uiModules = ["react", "react-dom", "react-dom/*", "react/*", "@fluentui/*"];
/** Host APIs that pure layers (core, msg) must not touch. */
const hostGlobals = [
  "window",
  "document",
  "Office",
  "process",
  "Buffer",
  "require",
  "fetch",
  "navigator",
  "localStorage",
  "atob",
  "btoa",
  "setTimeout",
];

/** Forbids the host globals in a pure layer. */
function noHostGlobals(message) {
  return ["error", ...hostGlobals.map((name) => ({ name, message }))];
}

/** Forbids imports of the given layers (by folder name) and modules. */
function layerRule(layers, modules, message) {
  return [
    "error",
    {
      patterns: [
        ...layers.map((layer) => ({
          group: [`**/${layer}`, `**/${layer}/**`],
          message,
        })),
        { group: modules, message },
      ],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "lib",
      "coverage",
      "test-artifacts",
      "test/corpus",
      "test/fixtures",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
      "no-console": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": layerRule(
        ["msg", "office", "taskpane", "cli"],
        [...nodeModules, ...uiModules],
        "src/core is pure TypeScript: no Office, DOM, React or Node APIs, and no imports from outer layers.",
      ),
      "no-restricted-globals": noHostGlobals(
        "src/core must run anywhere: keep host APIs out of it.",
      ),
    },
  },
  {
    files: ["src/msg/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": layerRule(
        ["office", "taskpane", "cli"],
        [...nodeModules, ...uiModules],
        "src/msg turns .msg bytes into .eml text for the pane and the command line: core only, no host APIs.",
      ),
      "no-restricted-globals": noHostGlobals(
        "src/msg runs in the browser and in Node: keep host APIs out of it.",
      ),
    },
  },
  {
    files: ["src/office/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly" } },
    rules: {
      "no-restricted-imports": layerRule(
        ["taskpane", "cli"],
        [...nodeModules, ...uiModules],
        "src/office adapts Office.js to core: it may import core and msg only.",
      ),
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": layerRule(
        ["cli"],
        nodeModules,
        "src/taskpane may import core, msg and office only.",
      ),
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/office touches Office." },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        ["office", "taskpane"],
        uiModules,
        "src/cli is Node and imports core and msg only.",
      ),
    },
  },
  {
    files: ["bin/**/*.js", "*.js", "scripts/**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
  },
);
